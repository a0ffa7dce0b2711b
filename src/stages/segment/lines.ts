/**
 * Line iteration without allocation: calls back with the trimmed bounds of each line, so that blocks of many
 * lines can be examined (and re-examined) without keeping an object per line.
 */
import { isLineBreakCode, skipWhitespace, trimEndOf } from './chars.ts';

/**
 * Calls `visit(start, end)` for every line in [from, to), trimmed of surrounding whitespace; a blank line
 * comes as an empty span (start === end). Line terminators are \n, \r\n, \r, U+2028 and U+2029.
 */
export function forEachLine(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let lineStart = from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isLineBreakCode(c)) continue;
    visitTrimmed(text, lineStart, i, visit);
    if (c === 0x0d && i + 1 < to && text.charCodeAt(i + 1) === 0x0a) i++;
    lineStart = i + 1;
  }
  visitTrimmed(text, lineStart, to, visit);
}

function visitTrimmed(text: string, start: number, end: number, visit: (start: number, end: number) => void): void {
  const first = skipWhitespace(text, start, end);
  visit(first, first === end ? first : trimEndOf(text, first, end));
}
