/**
 * The rule-based baseline's names as tagger features ("stacking"): each word gets its place in a rule
 * name (B, I, L, U), that name's type, how far the rules trust it and which rule found it. The tagger
 * learns from the training data how far each rule is right, and the rules bring what the data lacks:
 * titles ("Minister of Defense Israel Katz"), name particles ("Osama bin Laden"), treaties named with
 * "of" ("Plan of Action").
 */
import type { EntityType } from '../../../model/doc.ts';
import { hashString } from './hash.ts';
import type { TagInput } from './tokens.ts';

/** What the tagger needs of a rule name (a Mention of the baseline, with its strength). */
export interface RuleHint {
  start: number;
  end: number;
  type: EntityType;
  source: string;
  strength: number;
}

const TYPES: EntityType[] = ['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC'];

/**
 * Writes input.ruleCode (place 1-4 for B/I/L/U, + 8 × type index + 128 × strength; 0 outside rule names)
 * and input.ruleSource (hash of the rule's name) for every word. A word only partly inside a rule name
 * ("Hamas" of "Hamas-orchestrated") counts as inside it.
 */
export function addRuleHints(input: TagInput, hints: RuleHint[]): void {
  const n = input.words.length;
  const code = new Uint16Array(n);
  const source = new Uint32Array(n);
  let w = 0;
  for (const h of hints) {
    while (w < n && input.ends[w] <= h.start) w++;
    let last = w;
    while (last < n && input.starts[last] < h.end) last++;
    last--;
    if (last < w) continue;
    const base = 8 * (TYPES.indexOf(h.type) + 1) + 128 * h.strength;
    const src = hashString(h.source);
    for (let i = w; i <= last; i++) {
      const place = w === last ? 4 : i === w ? 1 : i === last ? 3 : 2;
      code[i] = base + place;
      source[i] = src;
    }
  }
  input.ruleCode = code;
  input.ruleSource = source;
}
