/**
 * Words that usually begin a sentence and rarely follow an abbreviation inside one. After a dot that could
 * belong to an abbreviation ("U.S.", "Inc.", "etc.") a capitalised word from this list tips the decision to a
 * sentence boundary: "in the U.S. The next day" splits, "the U.S. Senate" does not.
 */
import type { Candidate } from './rule.ts';
import { isOpenerCode } from '../chars.ts';

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

/** True when a common sentence-starting word, or an opening quotation mark, follows the candidate. */
export function startsLikeSentence(c: Candidate): boolean {
  const word = c.wordAfter;
  if (word !== null) return STARTERS.has(word);
  return c.next < c.limit && isOpenerCode(c.text.charCodeAt(c.next));
}
