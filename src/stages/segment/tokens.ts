/**
 * Tokens inside sentences, by one scan per sentence:
 * - words: letters and digits joined by inner apostrophes, hyphens and dots ("don’t", "Decades-Long", "U.S",
 *   "3.5"), and commas between digit groups ("1,000"); a final possessive "’s" is split off ("Iran" + "’s");
 * - the final dot of a known abbreviation, a dotted acronym or a mid-sentence initial stays in the word
 *   ("Mr.", "U.S.", "W.");
 * - every other non-space character is a punctuation token of its own.
 * A word made only of digits, dots and commas is a number.
 */
import type { Sentence, Token, TokenKind } from '../../model/doc.ts';
import {
  charLengthAt, isApostropheCode, isCloserCode, isDigitCode, isHyphenCode, isWhitespaceCode,
  skipWhitespace, wordRunEnd,
} from './chars.ts';
import { abbreviationPolicy } from './rules/abbreviations.ts';
import { isDottedAcronym } from './rules/acronyms.ts';
import { isInitial } from './rules/initials.ts';
import { possessiveStart } from './rules/possessive.ts';

/** Longer words are never abbreviations, so they are not looked up. */
const MAX_ABBREVIATION = 24;

/** Tokenizes every sentence; tokens come out in text order, each with its `sentenceIndex`. */
export function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((s, sentenceIndex) => tokenizeSpan(text, s.start, s.end, sentenceIndex, tokens));
  return tokens;
}

/** Pushes the tokens of [start, end) onto `out`. */
function tokenizeSpan(text: string, start: number, end: number, sentenceIndex: number, out: Token[]): void {
  let i = start;
  while (i < end) {
    if (isWhitespaceCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runEnd = wordRunEnd(text, i, end);
    if (runEnd === i) {
      const charEnd = Math.min(i + charLengthAt(text, i), end);
      out.push({ start: i, end: charEnd, kind: 'punct', sentenceIndex });
      i = charEnd;
      continue;
    }
    const wordEnd = withAbbreviationDot(text, i, extendWord(text, runEnd, end), end);
    const apostrophe = possessiveStart(text, i, wordEnd);
    if (apostrophe > i) {
      out.push({ start: i, end: apostrophe, kind: kindOf(text, i, apostrophe), sentenceIndex });
      out.push({ start: apostrophe, end: wordEnd, kind: 'word', sentenceIndex });
    } else {
      out.push({ start: i, end: wordEnd, kind: kindOf(text, i, wordEnd), sentenceIndex });
    }
    i = wordEnd;
  }
}

/** Extends a run of letters and digits over inner joiners followed by another run: don’t, Decades-Long, 1,000. */
function extendWord(text: string, runEnd: number, limit: number): number {
  let end = runEnd;
  while (end + 1 < limit && joinsAt(text, end, limit)) {
    const next = wordRunEnd(text, end + 1, limit);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

/** True when the character at `i` may join two runs: apostrophe, hyphen, dot, or a thousands comma (1,000). */
function joinsAt(text: string, i: number, limit: number): boolean {
  const c = text.charCodeAt(i);
  if (isApostropheCode(c) || isHyphenCode(c) || c === 0x2e) return true;
  if (c !== 0x2c || !isDigitCode(text.charCodeAt(i - 1))) return false;
  // Exactly three digits after the comma: "1,000" joins, "2003,2004" and "1, 2" do not.
  for (let k = i + 1; k <= i + 3; k++) if (k >= limit || !isDigitCode(text.charCodeAt(k))) return false;
  return i + 4 >= limit || !isDigitCode(text.charCodeAt(i + 4));
}

/**
 * Takes a following dot into the word when it belongs to it: always for dotted acronyms ("U.S.") and titles
 * ("Mr."); before a number for "No."; for other abbreviations ("Inc.", "etc.") and single-capital initials
 * ("W.") only when the dot does not end the sentence, where it is the sentence's full stop.
 */
function withAbbreviationDot(text: string, start: number, end: number, limit: number): number {
  if (end >= limit || text.charCodeAt(end) !== 0x2e || end - start > MAX_ABBREVIATION) return end;
  // "U.S..." is an acronym followed by an ellipsis: the dots stay together as punctuation.
  if (text.charCodeAt(end + 1) === 0x2e) return end;
  const word = text.slice(start, end);
  if (isDottedAcronym(word)) return end + 1;
  const policy = abbreviationPolicy(word);
  if (policy === 'always') return end + 1;
  if (policy === 'before-number') return isDigitCode(text.charCodeAt(skipWhitespace(text, end + 1, limit))) ? end + 1 : end;
  if (policy === undefined && !isInitial(text, start, end)) return end;
  return endsSentence(text, end + 1, limit) ? end : end + 1;
}

/** True when only closing quotes and brackets lie between `i` and the end of the sentence. */
function endsSentence(text: string, i: number, limit: number): boolean {
  while (i < limit && isCloserCode(text.charCodeAt(i))) i++;
  return i >= limit;
}

/** A word made only of ASCII digits and the dots and commas between them is a number. */
function kindOf(text: string, start: number, end: number): TokenKind {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isDigitCode(c) && c !== 0x2e && c !== 0x2c) return 'word';
  }
  return isDigitCode(text.charCodeAt(start)) ? 'number' : 'word';
}
