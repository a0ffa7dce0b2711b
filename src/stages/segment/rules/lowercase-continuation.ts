/**
 * A sentence starts with an uppercase letter, a digit, or an opening quotation mark or bracket. Anything else
 * after a stop continues the sentence: a mid-sentence ellipsis ("wait... and then"), a quoted question
 * ("'Why?' he asked"), or a lowercase word after an abbreviation we do not know ("approx. five").
 */
import type { SentenceRule } from './rule.ts';
import { isDigitCode, isOpenerCode, isUpperAt } from '../chars.ts';

export const lowercaseContinuation: SentenceRule = {
  name: 'lowercase-continuation',
  decide(c) {
    const code = c.text.charCodeAt(c.next);
    const startsSentence = isUpperAt(c.text, c.next) || isDigitCode(code) || isOpenerCode(code);
    return startsSentence ? undefined : 'join';
  },
};
