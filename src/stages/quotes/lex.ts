/**
 * A small local word lexer for the text around quotation marks and inside sentences.
 *
 * The quote rules read short windows of text (a clause before an opening mark, a few words after a
 * closing one) and need punctuation and quote marks as tokens, with offsets. They lex those windows
 * here instead of reading doc.tokens, so they do not depend on how the segment stage splits "don’t"
 * or "U.S.": only on the quote marks that pair-marks.ts found (`isMark`).
 */

export type TokKind = 'word' | 'punct' | 'mark' | 'dash';

export interface Tok {
  start: number;
  end: number;
  kind: TokKind;
  /** The token as written. */
  text: string;
  /** Lower-cased text (words) or the character itself (punctuation). */
  norm: string;
}

/** Abbreviations whose full stop belongs to the word ("Mr. Smith said"), lower-case, without the dot. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm',
  'prof', 'st', 'jr', 'sr', 'pres', 'rev', 'hon', 'supt', 'insp', 'det', 'amb', 'atty', 'corp', 'inc', 'ltd',
  'co', 'no', 'vs', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec',
]);

/** A party and state after a name, before a comma: "Mitch McConnell, R-Ky., said". */
const PARTY_STATE = /^[RDI]-[A-Z][a-z]{1,4}$/;
const WORD_UNICODE = /[\p{L}\p{N}\p{M}]/u;
/** Characters that join two word parts into one word: Iran’s, don't, Hamas-led, U.S, 3.5, AT&T. */
const JOINERS = new Set(['’', "'", '-', '‐', '.', '&']);
const DASHES = new Set(['—', '–', '―']);

/** True for a letter, digit or combining mark (and for either half of a surrogate pair). */
export function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // General punctuation (quote marks, dashes) and « »: the common non-ASCII characters here, no regex needed.
  if ((c >= 0x2000 && c <= 0x206f) || c === 0xab || c === 0xbb || c === 0xa0) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return WORD_UNICODE.test(text[i]);
}

function isDigit(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

export function isSpaceChar(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\u00a0' ||
    ch === '\u2009' || ch === '\u202f' || ch === '\u2002' || ch === '\u2003' || ch === '\f' || ch === '\v';
}

/**
 * Lexes text[from, to) into words, punctuation, dashes and quote marks.
 * `isMark[i] === 1` when the character at i is a quotation mark (not an apostrophe).
 */
export function lex(text: string, from: number, to: number, isMark: Uint8Array): Tok[] {
  const toks: Tok[] = [];
  let i = Math.max(0, from);
  const end = Math.min(to, text.length);
  while (i < end) {
    const ch = text[i];
    if (isSpaceChar(ch)) { i++; continue; }
    if (isWordChar(text, i)) {
      let j = i + 1;
      for (;;) {
        while (j < end && isWordChar(text, j)) j++;
        // A joiner followed by another word character continues the word, unless it is a real quote mark.
        if (j + 1 < end && JOINERS.has(text[j]) && isMark[j] !== 1 && isWordChar(text, j + 1)) { j += 2; continue; }
        // A thousands separator is part of the number ("250,000", "$1,200"), not a comma ending a clause.
        if (text[j] === ',' && j + 3 < end && isDigit(text, j - 1) && isDigit(text, j + 1) && isDigit(text, j + 2) && isDigit(text, j + 3) &&
          !isDigit(text, j + 4)) { j += 4; continue; }
        break;
      }
      // Plural possessive: the players’ union (the apostrophe is not a quote mark).
      if (j < end && (text[j] === '’' || text[j] === "'") && isMark[j] !== 1 && (text[j - 1] === 's' || text[j - 1] === 'S')) j++;
      // Abbreviations and initials keep their full stop: Mr. / J. / U.S.
      if (j < end && text[j] === '.') {
        const w = text.slice(i, j);
        if (ABBREVIATIONS.has(w.toLowerCase()) || /^[A-Z]$/.test(w) || (w.includes('.') && !/\d/.test(w)) ||
          (text[j + 1] === ',' && PARTY_STATE.test(w))) j++;
        // "U.S.-based": a hyphen after the abbreviation's stop goes on with the word.
        if (text[j - 1] === '.' && text[j] === '-' && j + 1 < end && isWordChar(text, j + 1)) {
          j++;
          while (j < end && (isWordChar(text, j) || (text[j] === '-' && j + 1 < end && isWordChar(text, j + 1)))) j++;
        }
      }
      const t = text.slice(i, j);
      toks.push({ start: i, end: j, kind: 'word', text: t, norm: t.toLowerCase() });
      i = j;
      continue;
    }
    if (isMark[i] === 1) {
      toks.push({ start: i, end: i + 1, kind: 'mark', text: ch, norm: ch });
      i++;
      continue;
    }
    if (DASHES.has(ch) || (ch === '-' && (text[i + 1] === '-' || (isSpaceChar(text[i - 1]) && isSpaceChar(text[i + 1]))))) {
      const j = ch === '-' && text[i + 1] === '-' ? i + 2 : i + 1;
      toks.push({ start: i, end: j, kind: 'dash', text: text.slice(i, j), norm: '—' });
      i = j;
      continue;
    }
    // Other punctuation, one character at a time ("..." becomes three tokens; that is fine here).
    const len = ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdbff ? 2 : 1;
    toks.push({ start: i, end: i + len, kind: 'punct', text: text.slice(i, i + len), norm: text.slice(i, i + len) });
    i += len;
  }
  markAcronyms(toks);
  return toks;
}

/**
 * Function words that are also organisations' initials: "WHO", "IT", "AS" (the Madrid paper). Not "US", which the
 * rules and the learned cues were built to read in its pronoun's form.
 */
const ACRONYM_CLASHES = new Set(['who', 'it', 'am', 'as', 'at', 'if', 'in', 'is', 'me', 'no', 'on', 'or', 'so', 'up', 'we']);
/** The longest of them: longer tokens are ruled out before the set is asked (this runs for every token). */
const MAX_CLASH_LENGTH = Math.max(...[...ACRONYM_CLASHES].map((w) => w.length));
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * "WHO chief Tedros said", "IT firm Dimension Data": such a word in capitals among words that are not is the
 * initials, and keeps them as its norm, so no rule reads it as the pronoun. (An all-caps headline, "WHO WILL PAY?",
 * keeps the words.)
 */
function markAcronyms(toks: Tok[]): void {
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.text.length > MAX_CLASH_LENGTH || !ACRONYM_CLASHES.has(t.norm) || !CAPITALS.test(t.text)) continue;
    let p = k - 1;
    while (p >= 0 && toks[p].kind !== 'word') p--;
    let n = k + 1;
    while (n < toks.length && toks[n].kind !== 'word') n++;
    if ((p >= 0 && CAPITALS.test(toks[p].text)) || (n < toks.length && CAPITALS.test(toks[n].text))) continue;
    t.norm = t.text;
  }
}

/** Determiners and possessives that open a noun phrase: after one, a word is a noun ("the report", "her remarks"). */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Forms of "be" before a passive participle ("was fined", "were shelled"). */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am']);

/** Sentence-ending punctuation as the quote rules see it. */
export function isTerminator(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'punct' && (t.norm === '.' || t.norm === '!' || t.norm === '?' || t.norm === ';' || t.norm === '…');
}

export function isWord(t: Tok | undefined): t is Tok {
  return t !== undefined && t.kind === 'word';
}

export function isPunct(t: Tok | undefined, chars: string): boolean {
  return t !== undefined && t.kind === 'punct' && chars.includes(t.norm);
}

/** Starts with an upper-case letter (a name, an acronym, or a sentence-initial word). */
export function isCapitalized(t: Tok | undefined): boolean {
  // (Past the last token is no capital: callers look one token ahead.)
  if (t === undefined) return false;
  const c = t.text[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}
