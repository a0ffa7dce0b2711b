/**
 * A stop with no whitespace after it sits inside a word or number, not at a sentence end: decimals (3.5),
 * dotted acronyms mid-word (U.S.A), web addresses (bbc.co.uk), times (10.30).
 */
import type { SentenceRule } from './rule.ts';

export const innerStops: SentenceRule = {
  name: 'inner-stops',
  decide: (c) => (c.next === c.end ? 'join' : undefined),
};
