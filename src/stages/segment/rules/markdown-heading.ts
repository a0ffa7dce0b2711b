/**
 * Markdown ATX headings ("## Background") that reach the segmenter: a line starting with one to six "#" and a
 * space is a heading whatever its wording. The paragraph span covers the heading's words only, without the
 * "#" marks, so the section text reads "Background".
 */
import type { Span } from '../../../model/doc.ts';
import { isWhitespaceCode, skipWhitespace, trimEndOf } from '../chars.ts';

const HASH = 0x23;

/** The span of the heading's words when the (trimmed) line is a Markdown heading, else null. */
export function markdownHeading(text: string, line: Span): Span | null {
  let i = line.start;
  while (i < line.end && text.charCodeAt(i) === HASH && i - line.start < 7) i++;
  const level = i - line.start;
  if (level < 1 || level > 6 || i >= line.end || !isWhitespaceCode(text.charCodeAt(i))) return null;
  const start = skipWhitespace(text, i, line.end);
  // An optional closing run of "#" after a space ("## Background ##") is not part of the heading.
  let end = line.end;
  let k = end;
  while (k > start && text.charCodeAt(k - 1) === HASH) k--;
  if (k < end && (k === start || isWhitespaceCode(text.charCodeAt(k - 1)))) end = trimEndOf(text, start, k);
  return end > start ? { start, end } : null;
}
