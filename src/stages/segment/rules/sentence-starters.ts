/**
 * Words that usually begin a sentence and rarely follow an abbreviation inside one. After a dot that could
 * belong to an abbreviation ("U.S.", "Inc.", "etc.") a capitalised word from this list tips the decision to a
 * sentence boundary: "in the U.S. The next day" splits, "the U.S. Senate" does not.
 */
import type { Candidate } from './rule.ts';
import { isOpenerCode, isStopCode } from '../chars.ts';

const STARTERS = new Set(
  (
    'The A An This That These Those There Then Thus Such ' +
    'He She It They We I You His Her Its Their Our My Your ' +
    'But And Or So Yet Nor Also Still Now However Meanwhile Moreover Instead Indeed Nevertheless ' +
    'In On At As For From By With Without After Before When Whenever While If Although Though Since Because ' +
    'Until Unless Once During Despite Under Over Among Between Within Across Following According ' +
    'Some Many Most Much Several Both Each Every All Any No None Neither Few Other Another Only Even Besides ' +
    'What Who Whom Whose Why How Where Which Nobody Nothing Everyone Everybody Someone Somebody Anyone ' +
    'Last Next Earlier Later Today Yesterday Tomorrow Here'
  ).split(' '),
);

/**
 * True when a common sentence-starting word, or an opening quotation mark, follows the candidate, or a bracket
 * holding a sentence of its own ("Tenn. (Not Memphis.)"). A bracket that closes without a stop of its own goes on
 * with the sentence ("QuantaLink, Inc. (NASDAQ: QLNK) announced", "until 6 p.m. (1700 GMT)."), and so does a
 * quotation opening with a small letter, a fragment quoted inside the sentence ("launch it in the U.S. “in the
 * coming weeks”").
 */
export function startsLikeSentence(c: Candidate): boolean {
  const word = c.wordAfter;
  // "301 S. I-Oka Ave.", "the A-League": a one-letter starter glued to a hyphen is a name's part, not "I" or "A".
  if (word !== null) return STARTERS.has(word) && !(word.length === 1 && c.text.charCodeAt(c.next + 1) === 0x2d);
  if (c.next >= c.limit) return false;
  const code = c.text.charCodeAt(c.next);
  if (code === 0x28) return !closesWithoutStop(c.text, c.next, c.limit);
  if (!isOpenerCode(code) || QUOTED_FRAGMENT.test(c.text.slice(c.next + 1, c.next + 3))) return false;
  // "Walter J. "Walt" Brennan", "Lt. Col. "Mad Jack" Churchill": a nickname in quotes between a name's parts.
  const nickname = QUOTED_NICKNAME.exec(c.text.slice(c.next, Math.min(c.limit, c.next + 60)));
  return !(nickname && !STARTERS.has(nickname[1]));
}

/** A nickname of one or two capitalised words in quotes, then a capitalised word (the surname, in group 1). */
const QUOTED_NICKNAME = /^["“‘']\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?["”’'] (\p{Lu}[\p{L}'’-]*)/u;

/** The first letter of a quotation, small: a fragment quoted inside a sentence (after any further opening mark). */
const QUOTED_FRAGMENT = /^['‘"“]?\p{Ll}/u;

/** Farthest a bracket's closing mark is looked for. */
const MAX_BRACKET = 120;

/** Whether the bracket opened at `open` closes within MAX_BRACKET characters, with no stop right before its ")". */
function closesWithoutStop(text: string, open: number, limit: number): boolean {
  const end = Math.min(limit, open + MAX_BRACKET);
  for (let i = open + 1; i < end; i++) if (text.charCodeAt(i) === 0x29) return !isStopCode(text.charCodeAt(i - 1));
  return false;
}
