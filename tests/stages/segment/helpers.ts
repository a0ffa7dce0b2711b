/** Shared helpers for the segment-stage tests: building a document, reading layers back as text, invariants. */
import { expect } from 'vitest';
import { emptyMeta, newDoc, type ArticleDoc, type ArticleMeta, type Paragraph, type Span } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';

/** A txt document with the given text (and optional metadata or reader-supplied paragraphs), segmented. */
export function segmentText(text: string, init: { meta?: Partial<ArticleMeta>; paragraphs?: Paragraph[] } = {}): ArticleDoc {
  const meta = { ...emptyMeta(), ...init.meta };
  const format = init.paragraphs ? 'html' : 'txt';
  return segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format, meta, text, paragraphs: init.paragraphs }));
}

/** The text of each span of a layer. */
export function textsOf(doc: ArticleDoc, spans: Span[]): string[] {
  return spans.map((s) => doc.text.slice(s.start, s.end));
}

/** The sentences of a text, as strings. */
export function sentencesOf(text: string): string[] {
  const doc = segmentText(text);
  return textsOf(doc, doc.sentences);
}

/** The tokens of a text, as strings. */
export function tokensOf(text: string): string[] {
  const doc = segmentText(text);
  return textsOf(doc, doc.tokens);
}

/**
 * Checks what holds for every layer of every document: spans are non-empty, trimmed, inside the text, in order
 * and non-overlapping within their layer, and inside their parent (sentence in its paragraph, token in its
 * sentence); sections are exactly the heading paragraphs other than a title. Loops rather than one `expect`
 * per span, so that it stays fast on multi-megabyte inputs.
 */
export function expectValidLayers(doc: ArticleDoc, opts: { trimmedParagraphs?: boolean } = {}): void {
  const { text } = doc;
  const problems: string[] = [];
  const check = (layer: string, spans: Span[], trimmed: boolean, parentOf?: (i: number) => Span | undefined): void => {
    let previousEnd = 0;
    spans.forEach((s, i) => {
      const where = `${layer}[${i}] ${s.start}-${s.end}`;
      if (!(s.start >= 0 && s.end <= text.length && s.start < s.end)) problems.push(`${where}: empty or outside the text`);
      if (s.start < previousEnd) problems.push(`${where}: overlaps or precedes the previous span`);
      if (trimmed) {
        const slice = text.slice(s.start, s.end);
        if (slice.trim() !== slice) problems.push(`${where}: not trimmed`);
      }
      const parent = parentOf?.(i);
      if (parentOf && (!parent || s.start < parent.start || s.end > parent.end)) problems.push(`${where}: outside its parent`);
      previousEnd = s.end;
    });
  };
  check('paragraphs', doc.paragraphs, opts.trimmedParagraphs ?? true);
  check('sentences', doc.sentences, true, (i) => doc.paragraphs[doc.sentences[i].paragraphIndex]);
  check('tokens', doc.tokens, true, (i) => doc.sentences[doc.tokens[i].sentenceIndex]);
  check('sections', doc.sections, true, (i) => doc.paragraphs.find((p) => p.start === doc.sections[i].start));
  for (const s of doc.sections) {
    if (text.slice(s.start, s.end) !== s.text) problems.push(`section "${s.text}" does not match its span`);
  }
  expect(problems.slice(0, 10)).toEqual([]);
}
