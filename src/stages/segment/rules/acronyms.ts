/**
 * Dotted acronyms ("U.S.", "U.N.", "a.m.", "Ph.D.") keep their final dot inside the sentence ("the U.S.
 * Senate"), unless a common sentence starter follows ("in the U.S. The next day").
 */
import type { SentenceRule } from './rule.ts';
import { startsLikeSentence } from './sentence-starters.ts';

/** Letters in groups of one or two, each followed by a dot, at least two groups: U.S, a.m, Ph.D (final dot excluded). */
const DOTTED = /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u;

/** True for a dotted acronym without its final dot ("U.S", "e.g"). Input is at most a few dozen characters. */
export function isDottedAcronym(word: string): boolean {
  return DOTTED.test(word);
}

export const acronyms: SentenceRule = {
  name: 'acronyms',
  decide(c) {
    const word = c.wordBefore;
    if (!c.isSingleDot || word === null || !isDottedAcronym(word)) return undefined;
    return startsLikeSentence(c) ? 'split' : 'join';
  },
};
