/**
 * A sentence starts with an uppercase letter, a digit, a currency sign, an opening quotation mark or bracket, or a
 * name written with a small letter before a capital ("xAI did not respond", "iPhone sales rose", "eBay declined").
 * Anything else after a stop continues the sentence: a mid-sentence ellipsis ("wait... and then"), a quoted question
 * ("'Why?' he asked"), or a lowercase word after an abbreviation we do not know ("approx. five").
 */
import type { SentenceRule } from './rule.ts';
import { isDigitCode, isLetterAt, isOpenerCode, isUpperAt } from '../chars.ts';

/** $ £ € ¥ ₹: "It cost more. £5m was spent." */
const CURRENCY = new Set([0x24, 0xa3, 0x20ac, 0xa5, 0x20b9]);

export const lowercaseContinuation: SentenceRule = {
  name: 'lowercase-continuation',
  decide(c) {
    const code = c.text.charCodeAt(c.next);
    const startsSentence = isUpperAt(c.text, c.next) || isDigitCode(code) || isOpenerCode(code) || CURRENCY.has(code) ||
      startsWithCamelCase(c.text, c.next, c.limit);
    return startsSentence ? undefined : 'join';
  },
};

/** One or two small letters, then a capital: "xAI", "iPhone", "eBay", "mRNA" (not "pm", "etc"). */
function startsWithCamelCase(text: string, i: number, limit: number): boolean {
  for (let k = i; k < Math.min(i + 3, limit); k++) {
    if (isUpperAt(text, k)) return k > i;
    if (!isLetterAt(text, k)) return false;
  }
  return false;
}
