/**
 * Quote-mark pairing: finds the top-level quoted spans of a document in one left-to-right pass.
 *
 * Marks: “ ” « » „ and straight " (double); ‘ ’ and straight ' (single). An apostrophe inside a word
 * (Iran’s, don’t), an elision before digits (’90s) or a plural possessive (the players’ union) is
 * not a mark. A straight mark, or a curly one typed the wrong way round, is read by what stands on
 * either side of it (CommonMark's "flanking" idea): a mark before a word opens, a mark after one closes.
 *
 * Pairing is per paragraph with a stack, so nested quotes (“He said ‘no’ to me”) stay inside their
 * outer quote and only top-level spans are returned. A quote that runs over several paragraphs
 * (an opening mark at the start of each, a closing mark only at the end) is one span with one part
 * per paragraph (the continuing paragraphs must open with the same mark). An opening mark still unclosed at the end of its paragraph is kept up to the
 * paragraph end when `keepUnclosed` says its content reads as speech; otherwise it is dropped and
 * any complete quotes inside it become top-level.
 *
 * Linear time: every mark is pushed and popped at most once, and every character is looked at a
 * bounded number of times (hostile input such as a megabyte of random marks included).
 */
import type { Span } from '../../model/doc.ts';
import { isSpaceChar, isWordChar } from './lex.ts';

export type MarkFamily = 'double' | 'single';

export interface QuotedSpan {
  family: MarkFamily;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or -1 when the quote was never closed. */
  close: number;
  /** The quoted text between the marks, trimmed of spaces: one part per paragraph. */
  parts: Span[];
  firstParagraph: number;
  lastParagraph: number;
  /** Number of words in the parts. */
  words: number;
}

export interface UnclosedMark {
  open: number;
  /** True when the quote was kept up to the end of its paragraph. */
  kept: boolean;
}

export interface Pairing {
  /** Top-level quoted spans, sorted by opening mark. */
  quotes: QuotedSpan[];
  /** isMark[i] === 1 when text[i] is a quotation mark that opened or closed a quote (not an apostrophe). */
  isMark: Uint8Array;
  /** Top-level opening marks with no closing mark. */
  unclosed: UnclosedMark[];
}

/** Decides whether an unclosed quote (from `open` to its paragraph end, `words` words) reads as speech. */
export type KeepUnclosed = (open: number, words: number) => boolean;

const MARK_RE = /["“”«»„‘’']/g;
const DOUBLE = 0;
const SINGLE = 1;
const OPENS_DOUBLE = new Set(['“', '"', '«', '„']);
const OPENS_SINGLE = new Set(['‘', "'"]);
const OPENING_PUNCT = new Set(['(', '[', '{', '<', '—', '–', '-', '/']);

type Decision = 'open' | 'close' | 'none';

interface Completed {
  open: number;
  close: number;
  family: number;
  /** Stack height below the pair when it closed. */
  depth: number;
  /** Opening mark of the carried (multi-paragraph) quote, when this pair closes it. */
  carried: boolean;
}

/** Parts and words of a quote carried over from earlier paragraphs (no closing mark there). */
interface Carry {
  open: number;
  family: number;
  parts: Span[];
  words: number;
  firstParagraph: number;
}

function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const w = isWordChar(text, i);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}

/** How many of the first `n` (ascending) offsets are below `x`: binary search. */
function countBelow(sorted: number[], n: number, x: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function trimSpan(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && isSpaceChar(text[s])) s++;
  while (e > s && isSpaceChar(text[e - 1])) e--;
  return { start: s, end: e };
}

function spaceLikeBefore(ch: string | undefined): boolean {
  return ch === undefined || isSpaceChar(ch) || OPENING_PUNCT.has(ch);
}

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && isWordChar(ch, 0);
}

/** ’90s, '80s: an elision before two digits. */
function isElision(text: string, i: number): boolean {
  return /\d/.test(text[i + 1] ?? '') && /\d/.test(text[i + 2] ?? '');
}

/**
 * Pairs the quotation marks of every paragraph. Paragraph spans must be sorted and not overlap;
 * with no paragraphs the whole text is one paragraph.
 */
export function pairMarks(text: string, paragraphs: readonly Span[], keepUnclosed: KeepUnclosed): Pairing {
  const isMark = new Uint8Array(text.length);
  const quotes: QuotedSpan[] = [];
  const unclosed: UnclosedMark[] = [];
  const paras: readonly Span[] = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];

  const positions: number[] = [];
  MARK_RE.lastIndex = 0;
  for (let m; (m = MARK_RE.exec(text)); ) positions.push(m.index);

  let pos = 0;
  let carry = null as Carry | null; // (a cast: assignments inside the loop would otherwise be narrowed away)
  let carryMark = -1;

  for (let pi = 0; pi < paras.length; pi++) {
    const { start: ps, end: pe } = paras[pi];
    while (pos < positions.length && positions[pos] < ps) pos++;
    const first = pos;
    while (pos < positions.length && positions[pos] < pe) pos++;
    const marks = positions.slice(first, pos);
    const n = marks.length;

    // Nearest non-mark character on each side of every mark (a run of marks shares them).
    const prevNM: (string | undefined)[] = new Array(n);
    const nextNM: (string | undefined)[] = new Array(n);
    for (let k = 0; k < n; k++) {
      const p = marks[k];
      prevNM[k] = k > 0 && marks[k - 1] === p - 1 ? prevNM[k - 1] : p - 1 >= ps ? text[p - 1] : undefined;
    }
    for (let k = n - 1; k >= 0; k--) {
      const p = marks[k];
      nextNM[k] = k < n - 1 && marks[k + 1] === p + 1 ? nextNM[k + 1] : p + 1 < pe ? text[p + 1] : undefined;
    }
    const leftOk = (k: number) => !isSpaceChar(nextNM[k]) && spaceLikeBefore(prevNM[k]);
    const rightOk = (k: number) =>
      prevNM[k] !== undefined && !spaceLikeBefore(prevNM[k]) && (nextNM[k] === undefined || isSpaceChar(nextNM[k]) || !isLetterOrDigit(nextNM[k]));
    const inWord = (k: number) => marks[k] > ps && marks[k] + 1 < pe && isLetterOrDigit(text[marks[k] - 1]) && isLetterOrDigit(text[marks[k] + 1]);
    /**
     * ’ after an s and before a space and a lower-case word: a closing mark or a plural possessive (the players’
     * union). Before the paragraph's end, a capital or a digit it closes ("‘… on racehorses’" ending a headline).
     */
    const possessiveLike = (k: number) => {
      if (!/[sS]/.test(text[marks[k] - 1] ?? '') || !isSpaceChar(text[marks[k] + 1])) return false;
      let j = marks[k] + 1;
      while (j < pe && isSpaceChar(text[j])) j++;
      return j < pe && /\p{Ll}/u.test(text[j]);
    };

    // laterCloser[k]: an unambiguous single closing mark follows k before the next single opening mark.
    const laterCloser = new Uint8Array(n);
    let seen = 0;
    for (let k = n - 1; k >= 0; k--) {
      laterCloser[k] = seen;
      const ch = text[marks[k]];
      if ((ch === '’' || ch === "'") && !inWord(k) && rightOk(k) && !possessiveLike(k)) seen = 1;
      if (ch === '‘' || (ch === "'" && leftOk(k) && !rightOk(k))) seen = 0;
    }

    const stackOpen: number[] = [];
    const stackFam: number[] = [];
    const openCount = [0, 0];
    const completed: Completed[] = [];
    const thisCarryMark = carryMark;
    const carryIn: Carry | null = carry;
    let carriedOnStack = false;
    if (carry) {
      isMark[carryMark] = 1;
      stackOpen.push(carry.open);
      stackFam.push(carry.family);
      openCount[carry.family]++;
      carriedOnStack = true;
    }
    const contentStart = (k: number) => (carriedOnStack && k === 0 ? thisCarryMark + 1 : stackOpen[k] + 1);

    const decide = (k: number): Decision => {
      const ch = text[marks[k]];
      const L = leftOk(k);
      const R = rightOk(k);
      switch (ch) {
        case '“':
          return !L && R && openCount[DOUBLE] > 0 ? 'close' : 'open';
        case '„':
        case '«':
          return 'open';
        case '”':
          // ("” … he delivered a mix …,” Barabak wrote.": a paragraph opening with a closing mark and an ellipsis
          // opens a quote, as some sites type it.)
          if (prevNM[k] === undefined && openCount[DOUBLE] === 0 && /^\s*(?:…|\.\.\.)/.test(text.slice(marks[k] + 1, marks[k] + 6))) return 'open';
          return L && !R && openCount[DOUBLE] === 0 ? 'open' : 'close';
        case '»':
          return 'close';
        case '"':
          if (L && !R) return 'open';
          if (R && !L) return 'close';
          if (L && R) return openCount[DOUBLE] > 0 ? 'close' : 'open';
          return 'none';
        case '‘':
          if (inWord(k) || isElision(text, marks[k])) return 'none';
          return !L && R && openCount[SINGLE] > 0 ? 'close' : 'open';
        default: {
          // ’ or ': apostrophe unless it stands at a word edge.
          if (inWord(k)) return 'none';
          if (L && !R) return ch === "'" && !isElision(text, marks[k]) ? 'open' : 'none';
          if (R) {
            if (openCount[SINGLE] === 0) return 'none';
            if (possessiveLike(k) && laterCloser[k]) return 'none';
            return 'close';
          }
          return 'none';
        }
      }
    };

    for (let k = 0; k < n; k++) {
      const p = marks[k];
      if (k === 0 && carryIn && p === thisCarryMark) continue;
      const d = decide(k);
      if (d === 'none') continue;
      const ch = text[p];
      const fam = ch === '‘' || ch === '’' || ch === "'" ? SINGLE : DOUBLE;
      if (d === 'open') {
        stackOpen.push(p);
        stackFam.push(fam);
        openCount[fam]++;
        isMark[p] = 1;
        continue;
      }
      if (openCount[fam] === 0) continue; // a stray closing mark: left as text
      for (;;) {
        const o = stackOpen.pop()!;
        const f = stackFam.pop()!;
        openCount[f]--;
        const wasCarried = carriedOnStack && stackOpen.length === 0;
        if (wasCarried) carriedOnStack = false;
        if (f === fam) {
          isMark[p] = 1;
          completed.push({ open: o, close: p, family: f, depth: stackOpen.length, carried: wasCarried });
          break;
        }
        isMark[o] = 0; // an opening mark that never closed inside an outer quote: not a mark after all
      }
    }

    // Unclosed marks at the paragraph end: continue into the next paragraph, keep, or drop.
    let dropped = 0;
    let keptIndex = -1;
    const u = stackOpen.length;
    const carryHere: Carry | null = carriedOnStack ? carryIn : null;
    carry = null;
    if (u > 0) {
      const next = paras[pi + 1];
      const nextFirst = next ? text[next.start] : undefined;
      const bottomFam = stackFam[0];
      // The next paragraph must open with the same mark ("“" after "“", '"' after '"'): a straight mark
      // after a curly one is more often a stray than a continuation.
      const continues = next !== undefined && nextFirst === text[stackOpen[0]] &&
        (bottomFam === DOUBLE ? OPENS_DOUBLE.has(nextFirst) : OPENS_SINGLE.has(nextFirst));
      if (continues) {
        const part = trimSpan(text, contentStart(0), pe);
        const prevParts: Span[] = carryHere?.parts ?? [];
        carry = {
          open: stackOpen[0],
          family: bottomFam,
          parts: part.end > part.start ? [...prevParts, part] : prevParts,
          words: (carryHere?.words ?? 0) + countWords(text, part.start, part.end),
          firstParagraph: carryHere?.firstParagraph ?? pi,
        };
        carryMark = next.start;
        for (let k = 1; k < u; k++) isMark[stackOpen[k]] = 0;
      } else {
        // Words from each unclosed mark to the paragraph end, summed from the innermost outwards.
        const words: number[] = new Array(u);
        for (let k = u - 1; k >= 0; k--) {
          const segEnd = k === u - 1 ? pe : stackOpen[k + 1];
          words[k] = countWords(text, contentStart(k), segEnd) + (k === u - 1 ? 0 : words[k + 1]);
        }
        for (let k = 0; k < u; k++) {
          const before = k === 0 && carryHere ? carryHere.words : 0;
          if (keepUnclosed(stackOpen[k], words[k] + before)) { keptIndex = k; break; }
          dropped++;
        }
        for (let k = 0; k < u; k++) if (k !== keptIndex) isMark[stackOpen[k]] = 0;
        if (keptIndex === -1 || keptIndex > 0) unclosed.push({ open: stackOpen[0], kept: false });
        if (keptIndex >= 0) {
          unclosed.push({ open: stackOpen[keptIndex], kept: true });
          const part = trimSpan(text, contentStart(keptIndex), pe);
          const prev = keptIndex === 0 && carryHere ? carryHere : null;
          const parts = part.end > part.start ? [...(prev?.parts ?? []), part] : prev?.parts ?? [];
          if (parts.length) {
            quotes.push({
              family: stackFam[keptIndex] === DOUBLE ? 'double' : 'single',
              open: stackOpen[keptIndex],
              close: -1,
              parts,
              firstParagraph: prev?.firstParagraph ?? pi,
              lastParagraph: pi,
              words: words[keptIndex] + (prev?.words ?? 0),
            });
          }
        }
      }
    }

    // Complete pairs that are top-level once dropped unclosed marks no longer enclose them.
    for (const c of completed) {
      if (c.depth !== countBelow(stackOpen, dropped, c.open)) continue;
      const prev = c.carried ? carryIn : null;
      const part = trimSpan(text, prev ? thisCarryMark + 1 : c.open + 1, c.close);
      const parts = part.end > part.start ? [...(prev?.parts ?? []), part] : prev?.parts ?? [];
      if (!parts.length) continue;
      quotes.push({
        family: c.family === DOUBLE ? 'double' : 'single',
        open: c.open,
        close: c.close,
        parts,
        firstParagraph: prev?.firstParagraph ?? pi,
        lastParagraph: pi,
        words: countWords(text, part.start, part.end) + (prev?.words ?? 0),
      });
    }
  }
  quotes.sort((a, b) => a.open - b.open);
  return { quotes, isMark, unclosed };
}
