/**
 * An ellipsis with a space before it marks words left out of a quotation ("the talks ... Iran said"), not the
 * end of a sentence. An ellipsis glued to the word before it ("I waited... Nobody came") is left to the
 * other rules, which split it before a capital.
 */
import type { SentenceRule } from './rule.ts';
import { isWhitespaceCode } from '../chars.ts';

export const spacedEllipsis: SentenceRule = {
  name: 'spaced-ellipsis',
  decide(c) {
    if (!c.isEllipsis || c.stopStart === 0) return undefined;
    return isWhitespaceCode(c.text.charCodeAt(c.stopStart - 1)) ? 'join' : undefined;
  },
};
