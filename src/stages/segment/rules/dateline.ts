/**
 * A stop inside the dateline that opens a paragraph ("NASHVILLE, Tenn. (AP) — A ransomware attack …",
 * "WASHINGTON, D.C., Nov. 3 —") is no sentence end: the dateline and the report's first words are one sentence.
 */
import type { SentenceRule } from './rule.ts';
import { readDateline } from '../../load/dateline.ts';

/** How far into its line a dateline's stop can be. */
const MAX_OFFSET = 80;

export const dateline: SentenceRule = {
  name: 'dateline',
  decide(c) {
    let line = c.stopStart;
    while (line > 0 && c.text[line - 1] !== '\n') if (c.stopStart - --line > MAX_OFFSET) return undefined;
    const d = readDateline(c.text.slice(line, Math.min(c.limit, line + 160)));
    return d && line + d.end > c.stopStart ? 'join' : undefined;
  },
};
