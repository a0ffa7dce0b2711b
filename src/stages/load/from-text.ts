/** Plain-text articles: the text exactly as decoded, a title when the first line is one, and the header lines' metadata. */
import { emptyMeta, type Span } from '../../model/doc.ts';
import { makeDoc, type Reader } from './read-result.ts';
import { isHeaderLine, readTextHeader, titleAboveHeader, titleShaped } from './text-header.ts';

/**
 * Reads a .txt file: doc.text is the decoded text, untouched (the title line stays in it, so
 * offsets match the file). meta.title is set when `detectTitle` finds one; byline, date, source and
 * URL when the lines under the title or the dateline give them (text-header.ts). Paragraphs are left
 * to the segment stage.
 */
export const fromText: Reader = (relPath, text) => {
  const meta = emptyMeta();
  // A title line, or one right above header lines ("Title\nBy Sarah Kim\n4 March 2026\n\nBody").
  meta.title = detectTitle(text) ?? titleAboveHeader(text);
  const metaSpans: Span[] = [];
  Object.assign(meta, readTextHeader(text, meta.title, metaSpans));
  // "Title: Storm closes schools": the key names the field, it is not part of the title.
  const keyed = meta.title ? TITLE_KEY.exec(meta.title) : null;
  if (keyed) meta.title = keyed[1];
  return { docs: [makeDoc({ relPath, recordIndex: null, format: 'txt', meta, text, metaSpans })], problems: [] };
};

const TITLE_KEY = /^(?:title|headline)\s*:\s*(\S.*)$/i;

/**
 * The first line, when a reader would take it for a title: short (≤150 characters, ≤20 words),
 * not ending like a sentence or a clause (. , ; :), and followed by a blank line and more text.
 * A headline may end with ? or !. Returns null otherwise.
 */
export function detectTitle(text: string): string | null {
  // Line by line rather than one regex: no backtracking on a long first line.
  let start = 0;
  let end = text.indexOf('\n');
  while (end !== -1 && text.slice(start, end).trim() === '') {
    start = end + 1;
    end = text.indexOf('\n', start);
  }
  if (end === -1) return null;
  const next = text.indexOf('\n', end + 1);
  if (next === -1 || text.slice(end + 1, next).trim() !== '' || text.slice(next).trim() === '') return null;
  const line = text.slice(start, end).trim();
  // "PUBLISHED: 10:00 EST, 25 November 2026": a date or byline line opening the file is a header line, not a title.
  return titleShaped(line) && !isHeaderLine(line) ? line : null;
}
