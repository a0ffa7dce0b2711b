/**
 * The segmenter's rules. Sentence boundaries are decided by `sentenceRules`, in this order; the first rule with
 * an opinion wins and a candidate nobody objects to ends a sentence. The other rules are predicates used by
 * paragraph detection (title, headings, wrapped prose, lists) and by the tokenizer (possessives).
 */
import type { SentenceRule } from './rule.ts';
import { innerStops } from './inner-stops.ts';
import { lowercaseContinuation } from './lowercase-continuation.ts';
import { spacedEllipsis } from './spaced-ellipsis.ts';
import { dateline } from './dateline.ts';
import { abbreviations } from './abbreviations.ts';
import { initials } from './initials.ts';
import { acronyms } from './acronyms.ts';

export const sentenceRules: readonly SentenceRule[] = [
  innerStops, // "3.5", "bbc.co.uk": no space, no boundary
  lowercaseContinuation, // "wait... and", "'Why?' he asked"
  spacedEllipsis, // "the talks ... Iran said"
  dateline, // "NASHVILLE, Tenn. (AP) — A ransomware attack"
  abbreviations, // "Mr. Smith", "No. 10", "Acme Inc. The firm"
  initials, // "George W. Bush", "J. K. Rowling"
  acronyms, // "the U.S. Senate" vs "in the U.S. The next day"
];

export type { SentenceRule, Verdict } from './rule.ts';
export { Candidate } from './rule.ts';
