/**
 * The entity stage's view of the segment stage's tokens: one `Tok` per word, with its possessive
 * ending split off ("Iran’s" → "Iran") and abbreviation dots joined ("U.S" + "." → "U.S.",
 * "Mr" + "." → "Mr."), so the rules work the same whichever way the segmenter cuts these.
 */
import type { ArticleDoc, Token, TokenKind } from '../../model/doc.ts';
import { ABBREVIATIONS, NAME_PREFIXES } from './lexicon.ts';
import type { GazetteerEntry } from './gazetteer.ts';

export interface Tok {
  start: number;
  /** End of the word without a possessive ending: "Iran" of "Iran’s". */
  end: number;
  /** End of the whole token, possessive included. */
  fullEnd: number;
  /** doc.text.slice(start, end) */
  text: string;
  lower: string;
  kind: TokenKind;
  sentenceIndex: number;
  /** Starts with a capital letter, or is a name with a lowercase prefix ("al-Assad"). */
  cap: boolean;
  /** Two or more letters, all capitals ("IAEA", "U.S."). */
  allCaps: boolean;
  /** Has a lowercase letter; starts with one. */
  hasLower: boolean;
  lowerFirst: boolean;
  /** Followed by a possessive ’s / ' (inside the token or as the next token). */
  possessive: boolean;
  /** Capitalised part of a hyphenated word with a lowercase tail ("Hamas" of "Hamas-orchestrated"). */
  bound: boolean;
  /** Gazetteer entry of `text` (null: none), filled on first use by the name rules. */
  entry?: GazetteerEntry | null;
}

const POSSESSIVE_MARKS = new Set(["'s", '’s', "'", '’', "'S", '’S']);
const UPPER = /^\p{Lu}/u;
const UPPER_CHAR = /\p{Lu}/u;
const LOWER_CHAR = /\p{Ll}/u;
const PREFIXED = /^(\p{Ll}{1,4})[-‐'’]\p{Lu}/u;
const HYPHEN_TAIL = /^(\p{Lu}[\p{L}.'’]*)-\p{Ll}[\p{Ll}-]*$/u;
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/** Builds the entity stage's tokens; also returns the index of the first Tok of each sentence. */
export function toToks(doc: ArticleDoc): { toks: Tok[]; sentenceStarts: number[] } {
  const { text, tokens } = doc;
  const toks: Tok[] = [];
  const sentenceStarts: number[] = new Array(doc.sentences.length + 1).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i];
    let raw = text.slice(tk.start, tk.end);
    let fullEnd = tk.end;
    // A possessive mark as its own token belongs to the word before it.
    const c0 = raw.charCodeAt(0);
    if ((c0 === 39 || c0 === 0x2019) && POSSESSIVE_MARKS.has(raw) && toks.length) {
      const prev = toks[toks.length - 1];
      if (prev.fullEnd === tk.start && prev.sentenceIndex === tk.sentenceIndex && prev.kind !== 'punct') {
        prev.possessive = true;
        prev.fullEnd = tk.end;
        continue;
      }
    }
    // Join an abbreviation's full stop: "U.S" "." → "U.S.", "J" "." → "J.", "Mr" "." → "Mr.".
    const next = tokens[i + 1];
    if (
      text.charCodeAt(tk.end) === 46 && next && next.start === tk.end && next.end === tk.end + 1 &&
      next.sentenceIndex === tk.sentenceIndex &&
      (INITIALISM.test(raw) || (raw.length === 1 && UPPER.test(raw)) || (UPPER.test(raw) && ABBREVIATIONS.has(raw.toLowerCase())))
    ) {
      raw += '.';
      fullEnd = next.end;
      i++;
    }
    let end = fullEnd;
    let possessive = false;
    const n = raw.length;
    if (n > 2 && (raw.charCodeAt(n - 1) | 32) === 115 /* s */ && (raw[n - 2] === "'" || raw[n - 2] === '’')) {
      end -= 2;
      raw = raw.slice(0, -2);
      possessive = true;
    }
    const shape = wordShape(raw);
    let cap = shape.upperFirst;
    if (!cap && shape.lowerFirst && (raw.includes('-') || raw.includes('’') || raw.includes("'"))) {
      const prefixed = PREFIXED.exec(raw);
      cap = prefixed !== null && NAME_PREFIXES.has(prefixed[1]);
    }
    // "Hamas-orchestrated", "Iran-backed": only the capitalised part can be a name, and only a known one.
    let bound = false;
    const tail = cap && !possessive && raw.includes('-') ? HYPHEN_TAIL.exec(raw) : null;
    if (tail) {
      raw = tail[1];
      end = tk.start + raw.length;
      bound = true;
    }
    const t: Tok = {
      start: tk.start,
      end,
      fullEnd,
      text: raw,
      lower: shape.upper === 0 ? raw : raw.toLowerCase(),
      kind: tk.kind,
      sentenceIndex: tk.sentenceIndex,
      cap: cap && tk.kind !== 'punct',
      allCaps: cap && shape.upper >= 2 && shape.lower === 0,
      hasLower: shape.lower > 0,
      lowerFirst: shape.lowerFirst,
      possessive,
      bound,
      entry: undefined,
    };
    if (sentenceStarts[tk.sentenceIndex] === -1) sentenceStarts[tk.sentenceIndex] = toks.length;
    toks.push(t);
  }
  sentenceStarts[doc.sentences.length] = toks.length;
  // Sentences without tokens start where the next one does.
  for (let s = doc.sentences.length - 1; s >= 0; s--) {
    if (sentenceStarts[s] === -1) sentenceStarts[s] = sentenceStarts[s + 1];
  }
  return { toks, sentenceStarts };
}


/** Counts of upper- and lowercase letters, and the case of the first character (ASCII fast path). */
function wordShape(w: string): { upper: number; lower: number; upperFirst: boolean; lowerFirst: boolean } {
  let upper = 0;
  let lower = 0;
  let upperFirst = false;
  let lowerFirst = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    let u = false;
    let l = false;
    if (c >= 65 && c <= 90) u = true;
    else if (c >= 97 && c <= 122) l = true;
    else if (c > 127) {
      const ch = w[i];
      u = UPPER_CHAR.test(ch);
      l = !u && LOWER_CHAR.test(ch);
    }
    if (u) upper++;
    if (l) lower++;
    if (i === 0) {
      upperFirst = u;
      lowerFirst = l;
    }
  }
  return { upper, lower, upperFirst, lowerFirst };
}

const lowerWordsOf = new WeakMap<readonly Token[], Set<string>>();

/**
 * The words a document writes with a lower-case first letter (a-z), as written: a capitalised word also
 * found among them is a word there, not a name. Computed once per document (per tokens array).
 */
export function lowerCaseWords(text: string, tokens: readonly Token[]): ReadonlySet<string> {
  let words = lowerWordsOf.get(tokens);
  if (words) return words;
  words = new Set<string>();
  for (const t of tokens) {
    const c = text.charCodeAt(t.start);
    if (t.kind === 'word' && c >= 97 && c <= 122) words.add(text.slice(t.start, t.end));
  }
  lowerWordsOf.set(tokens, words);
  return words;
}
