/**
 * The one shared document model. Every layer is a flat list of spans into `ArticleDoc.text`;
 * offsets are half-open [start, end) in UTF-16 code units (what JavaScript's String#slice uses).
 */

export type Span = { start: number; end: number };

export const ENTITY_TYPES = [
  'PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC', 'DATE', 'TIME', 'MONEY', 'PERCENT', 'QUANTITY',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const INPUT_FORMATS = ['txt', 'md', 'html', 'json', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Article metadata read by the load stage. Empty values are null, never ''. */
export interface ArticleMeta {
  title: string | null;
  /** ISO 8601 timestamp (UTC, `Z`) when a date could be read, else null. */
  publishedAt: string | null;
  /**
   * The calendar day (YYYY-MM-DD) the source printed, when its time in the outlet's home zone, or in a zone or offset
   * printed with it, falls on another UTC day ("November 21, 2026 07:35" in Beijing is 2026-11-20T23:35Z; "7:45 PM
   * EST, November 2, 2026" is 2026-11-03T00:45Z): the day relative dates ("yesterday", "on Friday") count from. Not
   * a column; absent when it is publishedAt's own day.
   */
  localDay?: string;
  author: string | null;
  sourceName: string | null;
  url: string | null;
  language: string | null;
}

/** A heading line: its span and its text. */
export interface Section extends Span {
  text: string;
}

export interface Paragraph extends Span {
  /** Heading of the section this paragraph belongs to (null before the first heading). */
  section: string | null;
  /** True when the paragraph is itself a heading line (or the title line). */
  isHeading: boolean;
}

export interface Sentence extends Span {
  paragraphIndex: number;
}

/** Token kinds: word (letters/digits, with inner apostrophes, hyphens, dots of abbreviations), number, punct. */
export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  kind: TokenKind;
  sentenceIndex: number;
}

export interface Mention extends Span {
  text: string;
  type: EntityType;
  sentenceIndex: number;
  /** Title or honorific in front of a person's name ("Prime Minister"), kept apart from the name. */
  title: string | null;
  /** Canonical name this mention resolves to inside the article (set by normalise). */
  canonicalName: string | null;
  /** Stable id derived from type + canonical name (set by normalise). */
  entityId: string | null;
  /** Where the mention came from: 'gazetteer', 'rule', 'pattern'... (diagnostic). */
  source: string;
  /** ISO 3166-1 alpha-2 of a country, GeoNames id of a city (set by normalise for LOC). */
  code?: string | null;
  /** ISO 3166-1 alpha-2 of the country a place lies in or a people (NORP) belongs to (set by normalise). */
  countryCode?: string | null;
  /** ISO 8601 value of a DATE or TIME mention (set by normalise). */
  normalized?: string | null;
  /** Number of a MONEY, PERCENT or QUANTITY mention (set by normalise). */
  amount?: number | null;
  /** ISO 4217 code of a MONEY mention (set by normalise). */
  currency?: string | null;
  /** Unit of a PERCENT or QUANTITY mention (set by normalise). */
  unit?: string | null;
}

/**
 * A name written inside a longer name: "Chicago" in "University of Chicago", "Google" in "Google Science
 * Fair". Kept apart from `ArticleDoc.mentions`, which stay flat (sorted, non-overlapping), so stages that
 * walk the text's names (quotes, linking) see each stretch of text once.
 */
export interface NestedMention extends Mention {
  /** The top-level mention (an object of doc.mentions) whose span holds this one. */
  parent: Mention;
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export interface Quote extends Span {
  kind: QuoteKind;
  /** Spans of the quoted words themselves; more than one when an attribution splits the quote. */
  contentSpans: Span[];
  speaker: Span | null;
  /** Index into doc.mentions of the entity mention the speaker resolves to, or null. */
  speakerMention: number | null;
  cue: Span | null;
  sentenceIndex: number;
  confidence: number;
}

export type Severity = 'error' | 'warning';

/** A problem recorded on the document (vfile-style): it becomes one row of the errors table. */
export interface Problem {
  code: string;
  severity: Severity;
  stage: string;
  message: string;
  start?: number;
  end?: number;
}

export interface ArticleDoc {
  /** Stable id: hash of the relative source path (and record index for JSON/JSONL). */
  id: string;
  /** Path relative to the input folder, with forward slashes. */
  sourcePath: string;
  /** Position inside a multi-article file (JSON array index or JSONL line number), else null. */
  recordIndex: number | null;
  format: InputFormat;
  meta: ArticleMeta;
  text: string;
  sections: Section[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  mentions: Mention[];
  /** Names inside the names of `mentions` (assigned with them, by the entities stage), in text order. */
  nestedMentions: NestedMention[];
  quotes: Quote[];
  problems: Problem[];
  /**
   * Spans of the text that hold metadata rather than the story: a plain-text or Markdown file's byline,
   * date, source and URL lines under the title, and the credit lines that close a wire story in any format
   * ("(Reporting by …; Editing by …)"). The text keeps them (offsets stay the file's); the entities and quotes
   * stages take nothing from them.
   */
  metaSpans?: Span[];
}

/** Layers a stage may require or assign; the pipeline checks the order once at start-up. */
export type Layer = 'text' | 'meta' | 'paragraphs' | 'sentences' | 'tokens' | 'mentions' | 'quotes' | 'entityIds';

/** True if `span` overlaps one of `spans` (a short list, such as a file's header lines: a scan is enough). */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  return spans.some((s) => span.start < s.end && s.start < span.end);
}

export function emptyMeta(): ArticleMeta {
  return { title: null, publishedAt: null, author: null, sourceName: null, url: null, language: null };
}

/** A fresh document with text and metadata and every layer empty. */
export function newDoc(init: {
  id: string;
  sourcePath: string;
  recordIndex: number | null;
  format: InputFormat;
  meta: ArticleMeta;
  text: string;
  /** Paragraph spans a structured reader (HTML) already knows; segment keeps them. */
  paragraphs?: Paragraph[];
  /** Header lines that are metadata (see ArticleDoc.metaSpans). */
  metaSpans?: Span[];
}): ArticleDoc {
  return {
    ...init,
    sections: [],
    paragraphs: init.paragraphs ?? [],
    sentences: [],
    tokens: [],
    mentions: [],
    nestedMentions: [],
    quotes: [],
    problems: [],
  };
}
