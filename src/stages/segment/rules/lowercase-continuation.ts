/**
 * A sentence starts with an uppercase letter, a digit, a currency sign, or an opening quotation mark or bracket.
 * Anything else
 * after a stop continues the sentence: a mid-sentence ellipsis ("wait... and then"), a quoted question
 * ("'Why?' he asked"), or a lowercase word after an abbreviation we do not know ("approx. five").
 */
import type { SentenceRule } from './rule.ts';
import { isDigitCode, isOpenerCode, isUpperAt } from '../chars.ts';

/** $ £ € ¥ ₹: "It cost more. £5m was spent." */
const CURRENCY = new Set([0x24, 0xa3, 0x20ac, 0xa5, 0x20b9]);

export const lowercaseContinuation: SentenceRule = {
  name: 'lowercase-continuation',
  decide(c) {
    const code = c.text.charCodeAt(c.next);
    const startsSentence = isUpperAt(c.text, c.next) || isDigitCode(code) || isOpenerCode(code) || CURRENCY.has(code);
    return startsSentence ? undefined : 'join';
  },
};
