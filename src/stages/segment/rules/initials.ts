/**
 * A single capital letter and a dot is an initial inside a name ("George W. Bush", "J. K. Rowling"), unless a
 * common sentence starter follows ("... under Plan B. The vote").
 */
import type { SentenceRule } from './rule.ts';
import { isUpperAt } from '../chars.ts';
import { startsLikeSentence } from './sentence-starters.ts';

export const initials: SentenceRule = {
  name: 'initials',
  decide(c) {
    const word = c.wordBefore;
    if (!c.isSingleDot || word === null || word.length !== 1 || !isUpperAt(word, 0)) return undefined;
    return startsLikeSentence(c) ? 'split' : 'join';
  },
};
