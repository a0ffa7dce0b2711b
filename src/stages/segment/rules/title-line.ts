/**
 * The title line of a plain-text article: the very first line when it equals the title the reader found in
 * the metadata, or, failing that, when it looks like one by itself: short (at most 150 characters and 20
 * words), with a letter in it, standing alone with a blank line and more text after it (the BBC layout:
 * "Ad sales boost Time Warner profit", blank line, body), and not ending like a sentence or a clause
 * (. , ; :). A headline may end with ? ! or an ellipsis ("Can Yahoo dominate next decade?"). These are the
 * load stage's own criteria (detectTitle in from-text.ts), so both agree on BBC files.
 * A title is a heading paragraph but does not start a section.
 */
import type { Span } from '../../../model/doc.ts';
import { isCloserCode, isLetterAt, isWhitespaceCode } from '../chars.ts';

const MAX_CHARS = 150;
const MAX_WORDS = 20;

/**
 * True when the first paragraph is the article's title. `standsAlone` says whether it was the only line of
 * its block and more text followed after a blank line.
 */
export function isTitleLine(text: string, line: Span, standsAlone: boolean, metaTitle: string | null): boolean {
  const length = line.end - line.start;
  if (length === 0 || length > MAX_CHARS) return false;
  if (metaTitle !== null) {
    const written = text.slice(line.start, line.end);
    const title = metaTitle.trim();
    // The title as written, or after its key ("Title: Storm closes schools", read by load as the title) or a wire's
    // topic code in capitals ("STOCKS-Wall Street ends higher", "UPDATE 2-Nvidia forecasts").
    const before = written.endsWith(title) ? written.slice(0, written.length - title.length) : null;
    if (written === title || (before && (/^(?:title|headline)\s*:\s*$/i.test(before) || /^(?:[A-Z][A-Z ]{1,30}(?: \d{1,2})?-)+$/.test(before)))) return true;
  }
  return standsAlone && countWords(text, line) <= MAX_WORDS && hasLetter(text, line) && !endsLikeClause(text, line);
}

function countWords(text: string, line: Span): number {
  let words = 0;
  let inWord = false;
  for (let i = line.start; i < line.end; i++) {
    const space = isWhitespaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function hasLetter(text: string, line: Span): boolean {
  for (let i = line.start; i < line.end; i++) if (isLetterAt(text, i)) return true;
  return false;
}

/** Ends with . , ; or : (closing quotes and brackets aside), an ellipsis excepted. */
function endsLikeClause(text: string, line: Span): boolean {
  let i = line.end;
  while (i > line.start && isCloserCode(text.charCodeAt(i - 1))) i--;
  const last = text.charCodeAt(i - 1);
  if (last === 0x2c || last === 0x3b || last === 0x3a) return true;
  const isEllipsis = i - 3 >= line.start && text.charCodeAt(i - 2) === 0x2e && text.charCodeAt(i - 3) === 0x2e;
  return last === 0x2e && !isEllipsis;
}
