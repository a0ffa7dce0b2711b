/**
 * A possessive or contracted "’s" / "'s" at the end of a word is a token of its own ("Iran’s" → "Iran" + "’s"),
 * so that later stages see the bare name. Other inner apostrophes stay in the word ("don’t", "O'Brien").
 */
import { isApostropheCode } from '../chars.ts';

/** Offset of the apostrophe when the word [start, end) ends in ’s or 's after at least one character, else -1. */
export function possessiveStart(text: string, start: number, end: number): number {
  if (end - start < 3) return -1;
  const s = text.charCodeAt(end - 1);
  if ((s !== 0x73 && s !== 0x53) || !isApostropheCode(text.charCodeAt(end - 2))) return -1;
  return end - 2;
}
