/**
 * A line a reader takes for a heading: short (at most 12 words and 100 characters), starting with a capital or a
 * digit, not ending like a sentence or a clause (. ! ? … , ; :), and mostly capitalised words, the small
 * words of title case aside ("Regional Security and the ‘Axis of Resistance’", "Background: A Decades-Long
 * Standoff", "Conclusion"). Whether it really is a heading also depends on the next paragraph (see paragraphs.ts).
 */
import type { Span } from '../../../model/doc.ts';
import { isCloserCode, isDigitCode, isLetterAt, isOpenerCode, isStopCode, isUpperAt } from '../chars.ts';
import { isListItem } from './list-item.ts';

const MAX_CHARS = 100;
const MAX_WORDS = 12;
/** Share of the words that carry meaning that must be capitalised. */
const MIN_CAPITALISED = 0.7;

/** Words title case leaves in lowercase; they count neither for nor against a heading. */
const MINOR_WORDS = new Set(
  ('a an the and or nor but so yet of in on at to for by with from as into onto over under up off out per via ' +
    'than vs v is are be de la le du des da di del von van der den al el').split(' '),
);

/** True when the (trimmed) single line looks like a heading by its own wording. */
export function looksLikeHeading(text: string, line: Span): boolean {
  if (line.end - line.start > MAX_CHARS || line.end <= line.start) return false;
  if (!startsCapitalised(text, line.start, line.end) || isListItem(text, line)) return false;
  if (endsLikeSentence(text, line)) return false;
  const words = text.slice(line.start, line.end).split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  let significant = 0;
  let capitalised = 0;
  for (const word of words) {
    // Numbers ("78,000") neither make nor break a heading; a line of numbers alone is not one.
    const first = firstLetter(word);
    if (first < 0) continue;
    const isMinor = MINOR_WORDS.has(word.toLowerCase());
    const isCapitalised = isUpperAt(word, first) || (first > 0 && isDigitCode(word.charCodeAt(0)));
    if (isMinor && !isCapitalised) continue;
    significant++;
    if (isCapitalised) capitalised++;
  }
  return significant > 0 && capitalised >= significant * MIN_CAPITALISED;
}

function startsCapitalised(text: string, start: number, end: number): boolean {
  let i = start;
  if (isOpenerCode(text.charCodeAt(i)) && i + 1 < end) i++;
  return isUpperAt(text, i) || isDigitCode(text.charCodeAt(i));
}

function endsLikeSentence(text: string, line: Span): boolean {
  let i = line.end;
  while (i > line.start && isCloserCode(text.charCodeAt(i - 1))) i--;
  const c = text.charCodeAt(i - 1);
  return isStopCode(c) || c === 0x2c || c === 0x3b || c === 0x3a;
}

/** Index of the first letter in the word, or -1. */
function firstLetter(word: string): number {
  for (let i = 0; i < word.length; i++) if (isLetterAt(word, i)) return i;
  return -1;
}
