/**
 * Known abbreviations whose dot does not end a sentence. Each has a policy, because they differ in how often
 * they close one:
 * - `always`: titles before a name ("Mr. Smith", "Gen. Petraeus", "Ald. Felix Cardona") and Latin connectives ("e.g.", "vs.").
 * - `before-number`: only before a number ("No. 10", "pp. 4-6", "Pg. 11", "Jan. 5", "Rs. 5 lakh", a docket's "No. CV-24-991204");
 *   "the answer was no. Then" splits,
 *   and so does "hosts Ant and Dec. Natalie said".
 * - `before-capitals`: a personal title in capitals, only before a name in capitals ("MS. LEAVITT:", as transcripts
 *   write speakers; "patients with MS. Final approval" splits).
 * - `unless-starter`: company and name suffixes, street and US state abbreviations, "etc.", German amounts quoted
 *   in English news ("4,5 Mrd. €", "12 Mio. Euro"): they often end a
 *   sentence, so a common sentence starter after them splits ("shares in Acme Inc. The firm"), anything else
 *   joins ("Acme Inc. shares").
 * - `street`: "Ave.", "Rd.", "Blvd." as `unless-starter`, and they also end a sentence before a capitalised word with a
 *   small word after it, a sentence's subject and verb ("at 301 S. I-Oka Ave. Memorials may be made to …"), where a
 *   street name goes on in capitals ("Pennsylvania Ave. NW", "Ocean Blvd. Bridge").
 * Day names are left out: "Sun." and "Sat." end too many sentences as words.
 */
import type { Candidate, SentenceRule } from './rule.ts';
import { isDigitCode } from '../chars.ts';
import { startsLikeSentence } from './sentence-starters.ts';

export type AbbreviationPolicy = 'always' | 'before-number' | 'unless-starter' | 'before-capitals' | 'street';

const TABLE: Record<AbbreviationPolicy, string> = {
  always:
    'Mr Mrs Ms Mx Messrs Mme Mlle Dr Prof Rev Hon Rt Fr Pres Gen Sen Rep Gov Lt Col Capt Cmdr Cdr Sgt Maj Brig ' +
    'Adm Supt Insp Det Cpl Pte Mt Ft Ald Atty vs v e.g i.e cf viz approx',
  'before-number':
    'No no Nos nos Vol vol Art art Fig fig Ch ch Sec sec Para para p pp Pg pg Rs ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
  'before-capitals': 'MR MRS MS DR',
  'unless-starter':
    'Inc Corp Ltd Co Bros Jr Sr St Dept Univ Assn Est est etc al ' +
    'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla ' +
    'Ore Pa Tenn Tex Va Vt Wash Wis Wyo Mrd Mio Tsd',
  street: 'Ave Rd Blvd',
};

const POLICY = new Map<string, AbbreviationPolicy>();
for (const [policy, words] of Object.entries(TABLE) as [AbbreviationPolicy, string][]) {
  for (const word of words.split(' ')) POLICY.set(word, policy);
}

/**
 * The policy of an abbreviation written without its final dot ("Mr", "e.g"), or undefined when it is not one.
 * A lowercase entry also matches its capitalised form at the start of a sentence ("Etc", "E.g"), except for
 * single letters, where a capital is an initial (see initials.ts).
 */
export function abbreviationPolicy(word: string): AbbreviationPolicy | undefined {
  const exact = POLICY.get(word);
  if (exact !== undefined || word.length < 2) return exact;
  return POLICY.get(word[0].toLowerCase() + word.slice(1));
}

/** True when the abbreviation's dot stays inside the sentence at this candidate. */
export function abbreviationHoldsDot(policy: AbbreviationPolicy, c: Candidate): boolean {
  switch (policy) {
    case 'always':
      return true;
    case 'before-number':
      // "No. 25-418", and a docket or case number in capitals and digits: "No. CV-24-991204".
      return isDigitCode(c.text.charCodeAt(c.next)) || CASE_NUMBER.test(c.text.slice(c.next, c.next + 12));
    case 'unless-starter':
      return !startsLikeSentence(c);
    case 'street':
      return !startsLikeSentence(c) && !SUBJECT_AND_VERB.test(c.text.slice(c.next, c.next + 40));
    case 'before-capitals':
      return /^\p{Lu}{2,}(?![\p{Ll}])/u.test(c.text.slice(c.next, c.next + 30));
  }
}

/** A capitalised word and a small one after it: "Memorials may", "Residents said". */
const SUBJECT_AND_VERB = /^\p{Lu}\p{Ll}+ \p{Ll}/u;

/** A case or docket number: capitals, an optional hyphen, then a digit ("CV-24-991204", "A123"). */
const CASE_NUMBER = /^\p{Lu}{1,4}-?\d/u;

export const abbreviations: SentenceRule = {
  name: 'abbreviations',
  decide(c) {
    const word = c.wordBefore;
    if (!c.isSingleDot || word === null) return undefined;
    const policy = abbreviationPolicy(word);
    if (policy === undefined) return undefined;
    return abbreviationHoldsDot(policy, c) ? 'join' : 'split';
  },
};
