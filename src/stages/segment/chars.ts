/**
 * Character classes the segmenter scans with. Each test takes the text and an offset so that scanning never
 * allocates a one-character string; ASCII is answered from char codes and only other characters reach a
 * (sticky, single-character, so non-backtracking) Unicode regex.
 */

const UPPER = /[\p{Lu}\p{Lt}]/uy;
const LETTER = /\p{L}/uy;
/** Letters, digits and combining marks: what words are made of. */
const WORD_RUN = /[\p{L}\p{N}\p{M}]+/uy;

/** True for the characters String#trim removes (ECMAScript WhiteSpace and LineTerminator), so spans trimmed here equal `.trim()`. */
export function isWhitespaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Line terminators: \n, \r (a \r\n pair is handled by the caller), U+2028 and U+2029. */
export function isLineBreakCode(c: number): boolean {
  return c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
}

/** ASCII digits 0-9. */
export function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Sentence-final stops: . ! ? and the ellipsis character …. */
export function isStopCode(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Marks that close a quotation or bracket and stay with the sentence they end: " ' ” ’ » › ) ] }. */
export function isCloserCode(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a ||
    c === 0x29 || c === 0x5d || c === 0x7d
  );
}

/** Marks that can open a sentence: " ' “ ‘ „ ‚ « ‹ ( [ { ¿ ¡. */
export function isOpenerCode(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0x201e || c === 0x201a ||
    c === 0xab || c === 0x2039 || c === 0x28 || c === 0x5b || c === 0x7b || c === 0xbf || c === 0xa1
  );
}

/** Apostrophes that may sit inside a word (don't, don’t). */
export function isApostropheCode(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** Hyphens that may join a compound word (Decades-Long): hyphen-minus, hyphen, non-breaking hyphen. */
export function isHyphenCode(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** True when the character at `i` is an uppercase (or titlecase) letter. */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  UPPER.lastIndex = i;
  return UPPER.test(text);
}

/** True when the character at `i` is a letter of any script. */
export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  LETTER.lastIndex = i;
  return LETTER.test(text);
}

/**
 * End of the run of letters, digits and marks starting at `i` and stopping at `limit`, or `i` when there is
 * none there. ASCII is scanned by char code; at the first other character the Unicode regex takes over.
 */
export function wordRunEnd(text: string, i: number, limit: number): number {
  for (let j = i; j < limit; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0x80) {
      WORD_RUN.lastIndex = j;
      return WORD_RUN.test(text) ? Math.min(WORD_RUN.lastIndex, limit) : j;
    }
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return j;
  }
  return limit;
}

/** Length in code units of the character at `i`: 2 for a well-formed surrogate pair, else 1. */
export function charLengthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/** Offset of the first non-whitespace character in [start, end), or `end`. */
export function skipWhitespace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isWhitespaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just past the last non-whitespace character in [start, end), or `start`. */
export function trimEndOf(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && isWhitespaceCode(text.charCodeAt(i - 1))) i--;
  return i;
}
