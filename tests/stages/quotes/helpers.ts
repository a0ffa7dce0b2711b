/** Shared helpers for the quotes-stage tests: a segmented document, quotes read back as text, invariants. */
import { expect } from 'vitest';
import { emptyMeta, newDoc, type ArticleDoc, type EntityType, type Mention, type Quote, type Span } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { extractQuotes, type QuoteOptions } from '../../../src/stages/quotes/index.ts';

/** A segmented txt document; `mentions` are built by hand from [surface text, type] pairs (first occurrence from `from`). */
export function docOf(text: string, mentions: Array<[string, EntityType, number?]> = []): ArticleDoc {
  const doc = segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  doc.mentions = mentions.map(([surface, type, from]) => mentionAt(doc, surface, type, from ?? 0));
  return doc;
}

/** A mention for the first occurrence of `surface` at or after `from`. */
export function mentionAt(doc: ArticleDoc, surface: string, type: EntityType, from = 0): Mention {
  const start = doc.text.indexOf(surface, from);
  if (start < 0) throw new Error(`"${surface}" is not in the text`);
  const sentenceIndex = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  return {
    start, end: start + surface.length, text: surface, type, sentenceIndex, title: null, canonicalName: null,
    entityId: null, source: 'test',
  };
}

const slice = (doc: ArticleDoc, s: Span | null): string | null => (s ? doc.text.slice(s.start, s.end) : null);

/** A quote as text, for readable expectations. */
export interface QuoteView {
  kind: Quote['kind'];
  text: string;
  speaker: string | null;
  cue: string | null;
  parts: string[];
}

export function view(doc: ArticleDoc, q: Quote): QuoteView {
  return {
    kind: q.kind,
    text: doc.text.slice(q.start, q.end),
    speaker: slice(doc, q.speaker),
    cue: slice(doc, q.cue),
    parts: q.contentSpans.map((s) => doc.text.slice(s.start, s.end)),
  };
}

/** Options that turn the learned cues off: what the hand-written rules alone find. */
export const RULES_ONLY: QuoteOptions = { learnedModel: null };
/** The stage as the pipeline runs it: rules and learned cues (learned-cues.ts). */
export const FULL_STAGE: QuoteOptions = {};

/**
 * Runs the quotes stage on a document (built from text when given a string) and returns its quotes as
 * text. The rules alone by default (the tests of each rule); FULL_STAGE adds the learned cues.
 */
export function quotesOf(input: string | ArticleDoc, options: QuoteOptions = RULES_ONLY): QuoteView[] {
  const doc = typeof input === 'string' ? docOf(input) : input;
  extractQuotes(doc, options);
  expectValidQuotes(doc);
  return doc.quotes.map((q) => view(doc, q));
}

/** The one quote of a text; fails when there is not exactly one. */
export function onlyQuote(input: string | ArticleDoc, options: QuoteOptions = RULES_ONLY): QuoteView {
  const qs = quotesOf(input, options);
  expect(qs, JSON.stringify(qs, null, 1)).toHaveLength(1);
  return qs[0];
}

/**
 * What holds for every quote of every document: spans are non-empty, trimmed and inside the text;
 * quotes are sorted; content spans lie inside [start, end), in order; speaker and cue lie outside
 * the content spans; speakerMention points at a real mention; sentenceIndex is the sentence holding
 * `start`; confidence is in [0, 1]. A quote's text is doc.text.slice(start, end) and nothing else.
 */
export function expectValidQuotes(doc: ArticleDoc): void {
  const { text } = doc;
  const problems: string[] = [];
  const span = (what: string, s: Span) => {
    if (!(s.start >= 0 && s.end <= text.length && s.start < s.end)) problems.push(`${what} [${s.start},${s.end}) is empty or outside the text`);
    else if (/^\s|\s$/.test(text.slice(s.start, s.end))) problems.push(`${what} "${text.slice(s.start, s.end)}" is not trimmed`);
  };
  let previous = -1;
  doc.quotes.forEach((q, i) => {
    const at = `quote ${i}`;
    span(at, q);
    if (q.start < previous) problems.push(`${at} is out of order`);
    previous = q.start;
    if (q.contentSpans.length === 0) problems.push(`${at} has no content span`);
    let last = q.start;
    for (const c of q.contentSpans) {
      span(`${at} content`, c);
      if (c.start < last || c.end > q.end) problems.push(`${at} content [${c.start},${c.end}) is out of order or outside [${q.start},${q.end})`);
      last = c.end;
    }
    for (const [name, s] of [['speaker', q.speaker], ['cue', q.cue]] as const) {
      if (!s) continue;
      span(`${at} ${name}`, s);
      if (q.contentSpans.some((c) => s.start < c.end && c.start < s.end)) problems.push(`${at} ${name} overlaps its content`);
    }
    if (q.speakerMention !== null) {
      const m = doc.mentions[q.speakerMention];
      if (!m) problems.push(`${at} speakerMention ${q.speakerMention} is not a mention`);
      else if (text.slice(m.start, m.end) !== m.text) problems.push(`${at} mention text differs from the document`);
    }
    if (!q.speaker && q.speakerMention !== null) problems.push(`${at} has a speakerMention but no speaker`);
    if (!(q.confidence >= 0 && q.confidence <= 1)) problems.push(`${at} confidence ${q.confidence} is outside [0, 1]`);
    const s = doc.sentences[q.sentenceIndex];
    if (doc.sentences.length && !(s && s.start <= q.start && (q.start < s.end || doc.sentences[q.sentenceIndex + 1]?.start > q.start))) {
      problems.push(`${at} sentenceIndex ${q.sentenceIndex} does not hold its start`);
    }
    if ('text' in q) problems.push(`${at} stores its text`);
  });
  expect(problems).toEqual([]);
}
