/**
 * A line that starts like a list item: a bullet (- * + • · – —) or a short number or letter with "." or ")",
 * followed by whitespace. List items are paragraphs of their own, never wrapped prose and never headings.
 */
import type { Span } from '../../../model/doc.ts';
import { isDigitCode, isWhitespaceCode } from '../chars.ts';

const BULLETS = new Set([0x2d, 0x2a, 0x2b, 0x2022, 0xb7, 0x2013, 0x2014]);

/** True when the (trimmed) line starts with a list marker. */
export function isListItem(text: string, line: Span): boolean {
  const first = text.charCodeAt(line.start);
  if (BULLETS.has(first)) return line.start + 1 < line.end && isWhitespaceCode(text.charCodeAt(line.start + 1));
  // "1. ", "12) ", "a) ": at most three digits or one lowercase letter before the mark.
  let i = line.start;
  while (i < line.end && i - line.start < 3 && isDigitCode(text.charCodeAt(i))) i++;
  if (i === line.start && first >= 0x61 && first <= 0x7a) i++;
  if (i === line.start || i + 1 >= line.end) return false;
  const mark = text.charCodeAt(i);
  return (mark === 0x2e || mark === 0x29) && isWhitespaceCode(text.charCodeAt(i + 1));
}
