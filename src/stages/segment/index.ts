/**
 * The segment stage: paragraphs (with headings and sections), sentences and tokens, as flat span lists into
 * `doc.text`. Each level has its own module; the small rules they apply live in rules/, one per file.
 */
import type { ArticleDoc, Paragraph, Span } from '../../model/doc.ts';
import type { Stage } from '../stage.ts';
import { detectParagraphs } from './paragraphs.ts';
import { assignSections, suppliedTitleIndex } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { tokenize } from './tokens.ts';

/**
 * Segments one document. Paragraphs a structured reader already supplied (HTML, with `isHeading`) are kept as
 * they are; otherwise they are detected in the text. Fills and returns `doc` with `sections`, `paragraphs`
 * (with `section` set), `sentences` and `tokens`, replacing whatever those layers held.
 */
export function segmentDoc(doc: ArticleDoc): ArticleDoc {
  const { text } = doc;
  const metaTitle = doc.meta.title;
  const detected =
    doc.paragraphs.length > 0
      ? { paragraphs: doc.paragraphs.map(copyParagraph), titleIndex: suppliedTitleIndex(text, doc.paragraphs, metaTitle) }
      : detectParagraphs(text, metaTitle, doc.metaSpans);
  doc.paragraphs = detected.paragraphs;
  const meta = metaLines(detected.paragraphs, doc.metaSpans);
  const titleIndex = detected.titleIndex ?? titleUnderMetaLines(text, detected.paragraphs, meta, metaTitle);
  doc.sections = assignSections(text, detected.paragraphs, titleIndex, meta);
  doc.sentences = splitSentences(text, doc.paragraphs);
  doc.tokens = tokenize(text, doc.sentences);
  return doc;
}

/**
 * Indices of the paragraphs that are header lines the load stage read as metadata ("Date: 2026-11-20", "By Sarah
 * Kim"): each is marked a heading, as the title is, so it is not body text, and opens no section.
 */
function metaLines(paragraphs: Paragraph[], metaSpans: readonly Span[] | undefined): Set<number> {
  const out = new Set<number>();
  if (!metaSpans?.length) return out;
  let k = 0;
  for (let i = 0; i < paragraphs.length && k < metaSpans.length; i++) {
    const p = paragraphs[i];
    while (k < metaSpans.length && metaSpans[k].end <= p.start) k++;
    if (k < metaSpans.length && metaSpans[k].start <= p.start && p.end <= metaSpans[k].end) {
      p.isHeading = true;
      out.add(i);
    }
  }
  return out;
}

/**
 * The title under lines the load stage read as metadata or furniture ("Skip to content", "Page 1 of 2" above it):
 * the first other paragraph, when it is the metadata's title. It is marked a heading that opens no section.
 */
function titleUnderMetaLines(text: string, paragraphs: Paragraph[], meta: ReadonlySet<number>, metaTitle: string | null): number | null {
  if (metaTitle === null || meta.size === 0) return null;
  let i = 0;
  while (meta.has(i)) i++;
  const p = paragraphs[i];
  if (i === 0 || !p || text.slice(p.start, p.end).trim() !== metaTitle.trim()) return null;
  p.isHeading = true;
  return i;
}

/** A copy the segmenter may update, so the reader's own objects stay as they were. */
function copyParagraph(p: Paragraph): Paragraph {
  return { start: p.start, end: p.end, section: p.section, isHeading: p.isHeading };
}

export const segment: Stage = {
  name: 'segment',
  requires: ['text'],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run: (doc) => segmentDoc(doc),
};
