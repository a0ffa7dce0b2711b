/**
 * A single capital letter standing alone before a dot is an initial inside a name ("George W. Bush", "J. K.
 * Rowling"), unless a common sentence starter follows ("... under Plan B. The vote"). A capital glued to what
 * comes before it ends a name or a code, not an initial: "AT&T.", "Jay-Z.", "3G.".
 */
import type { SentenceRule } from './rule.ts';
import { isOpenerCode, isUpperAt, isWhitespaceCode } from '../chars.ts';
import { startsLikeSentence } from './sentence-starters.ts';

/** True when [start, end) is one capital letter that starts the text or follows whitespace or an opening mark. */
export function isInitial(text: string, start: number, end: number): boolean {
  if (end - start !== 1 || !isUpperAt(text, start)) return false;
  if (start === 0) return true;
  const before = text.charCodeAt(start - 1);
  return isWhitespaceCode(before) || isOpenerCode(before);
}

export const initials: SentenceRule = {
  name: 'initials',
  decide(c) {
    if (!c.isSingleDot || !isInitial(c.text, c.stopStart - 1, c.stopStart)) return undefined;
    return startsLikeSentence(c) ? 'split' : 'join';
  },
};
