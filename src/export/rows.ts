/**
 * Turns one processed document into rows of every per-article table (articles, paragraphs,
 * sentences, mentions, quotes) plus error rows for its problems.
 */
import { createHash } from 'node:crypto';
import type { ArticleDoc, Mention, NestedMention, Problem, Quote } from '../model/doc.ts';
import type {
  ArticleRow, ErrorRow, MentionRow, ParagraphRow, QuoteRow, SentenceRow,
} from '../schema/tables.ts';

export interface ArticleRows {
  articles: ArticleRow[];
  paragraphs: ParagraphRow[];
  sentences: SentenceRow[];
  mentions: MentionRow[];
  quotes: QuoteRow[];
  errors: ErrorRow[];
}

export function emptyRows(): ArticleRows {
  return { articles: [], paragraphs: [], sentences: [], mentions: [], quotes: [], errors: [] };
}

/** Appends every row of `more` to `out`. */
export function appendRows(out: ArticleRows, more: ArticleRows): void {
  for (const k of Object.keys(out) as (keyof ArticleRows)[]) {
    const target = out[k] as unknown[];
    for (const r of more[k]) target.push(r);
  }
}

export function errorRow(
  sourcePath: string, p: Problem, recordIndex: number | null = null, articleId: string | null = null,
): ErrorRow {
  return {
    source_path: sourcePath, record_index: recordIndex, article_id: articleId,
    stage: p.stage, code: p.code, severity: p.severity, message: p.message,
  };
}

/** True when the quoted words are exactly the quote's own span (no attribution inside, no fragment). */
function sameAsQuote(q: Quote): boolean {
  const c = q.contentSpans;
  return c.length === 0 || (c.length === 1 && c[0].start === q.start && c[0].end === q.end);
}

/** Appends the rows of one document to `out`. duplicate_of is filled later, by the run. */
export function docToRows(doc: ArticleDoc, out: ArticleRows): void {
  const id = doc.id;
  const text = doc.text;
  let words = 0;
  for (const t of doc.tokens) if (t.kind !== 'punct') words++;
  out.articles.push({
    article_id: id, source_path: doc.sourcePath, record_index: doc.recordIndex, format: doc.format,
    title: doc.meta.title, published_at: doc.meta.publishedAt, author: doc.meta.author,
    source_name: doc.meta.sourceName, url: doc.meta.url, language: doc.meta.language,
    text, char_count: text.length, word_count: words,
    paragraph_count: doc.paragraphs.length, sentence_count: doc.sentences.length,
    content_sha256: createHash('sha256').update(text).digest('hex'), duplicate_of: null,
  });
  doc.paragraphs.forEach((p, i) => out.paragraphs.push({
    article_id: id, paragraph_index: i, section: p.section, is_heading: p.isHeading,
    start: p.start, end: p.end, text: text.slice(p.start, p.end),
  }));
  doc.sentences.forEach((s, i) => out.sentences.push({
    article_id: id, sentence_index: i, paragraph_index: s.paragraphIndex,
    start: s.start, end: s.end, text: text.slice(s.start, s.end),
  }));
  mentionRows(doc, out.mentions);
  doc.quotes.forEach((q, i) => {
    const speakerMention = q.speakerMention == null ? undefined : doc.mentions[q.speakerMention];
    out.quotes.push({
      article_id: id, quote_index: i, kind: q.kind, text: text.slice(q.start, q.end), start: q.start, end: q.end,
      content_spans: sameAsQuote(q) ? null : q.contentSpans.map((s) => `${s.start}-${s.end}`).join(';'),
      speaker_text: q.speaker ? text.slice(q.speaker.start, q.speaker.end) : null,
      speaker_start: q.speaker?.start ?? null, speaker_end: q.speaker?.end ?? null,
      speaker_entity_id: speakerMention?.entityId ?? null,
      cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
      cue_start: q.cue?.start ?? null, cue_end: q.cue?.end ?? null,
      sentence_index: q.sentenceIndex, confidence: Math.round(q.confidence * 1000) / 1000,
    });
  });
  for (const p of doc.problems) out.errors.push(errorRow(doc.sourcePath, p, doc.recordIndex, id));
}

/**
 * The mention rows of a document, in text order: each top-level mention followed by the names nested
 * in it (nested_in: the row index of that mention). Nested names whose parent is no longer among
 * doc.mentions are left out.
 */
function mentionRows(doc: ArticleDoc, out: MentionRow[]): void {
  const { id, text } = doc;
  const inside = new Map<Mention, NestedMention[]>();
  for (const n of doc.nestedMentions) {
    const list = inside.get(n.parent);
    if (list) list.push(n);
    else inside.set(n.parent, [n]);
  }
  const first = out.length;
  const push = (m: Mention, nestedIn: number | null) => out.push({
    article_id: id, mention_index: out.length - first, sentence_index: m.sentenceIndex, start: m.start, end: m.end,
    text: text.slice(m.start, m.end), type: m.type, title: m.title,
    canonical_name: m.canonicalName, entity_id: m.entityId,
    code: m.code ?? null, country_code: m.countryCode ?? null, normalized: m.normalized ?? null,
    amount: m.amount ?? null, currency: m.currency ?? null, unit: m.unit ?? null, nested_in: nestedIn,
  });
  for (const m of doc.mentions) {
    const index = out.length - first;
    push(m, null);
    const nested = inside.get(m);
    if (nested) for (const n of nested.sort((a, b) => a.start - b.start)) push(n, index);
  }
}
