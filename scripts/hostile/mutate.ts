/**
 * Small edits that make an article odd without making it something else: text edits keep it
 * valid, non-empty text (so it must still be read), byte edits break its UTF-8 (so it must be
 * read as Windows-1252 with a warning), fuzz edits may do anything.
 */
import type { Rng } from '../lib/prng.ts';

/** Quotation marks of every kind, straight and curly, opening and closing. */
export const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」'];

/** Characters a text edit may insert: punctuation, marks, other scripts, emoji, invisible ones. */
const ODD_CHARS = [
  ...QUOTE_MARKS, '.', '!', '?', '…', ',', ';', ':', '-', '–', '—', '(', ')', '[', ']', '{', '}', '/', '\\', '*', '_', '#',
  '`', '~', '<', '>', '&', '@', '$', '£', '€', '%', '\t', '\n', '\n\n', '\r\n', '\u00a0', '\u200b', '\u200d', '\u200e',
  '\u200f', '\u202e', '\u2028', '\u2029', '\ufeff', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', 'Ω', 'Ж', 'ש', 'ع', '中', '日本', '😀',
  '👩‍👩‍👧', '🇬🇧', '\u{10FFFF}', 'Mr.', 'U.S.', 'e.g.', '3.5', '1,000', '$5m', '10:30', 'said', 'told', 'according to',
];

/** Applies `edits` random text edits (insert odd characters, delete, duplicate, swap words). */
export function mutateText(rng: Rng, text: string, edits: number): string {
  let s = text;
  for (let k = 0; k < edits; k++) {
    const at = rng.int(0, s.length);
    switch (rng.int(0, 5)) {
      case 0:
      case 1:
        s = s.slice(0, at) + rng.pick(ODD_CHARS) + s.slice(at);
        break;
      case 2: {
        const end = Math.min(s.length, at + rng.int(1, 20));
        if (s.length - (end - at) > 40) s = s.slice(0, at) + s.slice(end);
        break;
      }
      case 3: {
        const end = Math.min(s.length, at + rng.int(1, 60));
        s = s.slice(0, end) + s.slice(at, end) + s.slice(end);
        break;
      }
      case 4:
        s = s.slice(0, at) + rng.pick(QUOTE_MARKS).repeat(rng.int(1, 4)) + s.slice(at);
        break;
      default:
        s = s.slice(0, at) + 'x'.repeat(rng.int(50, 400)) + s.slice(at); // a very long word
    }
  }
  return wellFormed(s);
}

/** Inserts quotation marks at `count` random places. */
export function sprinkleQuotes(rng: Rng, text: string, count: number): string {
  let s = text;
  for (let k = 0; k < count; k++) {
    const at = rng.int(0, s.length);
    s = s.slice(0, at) + rng.pick(QUOTE_MARKS) + s.slice(at);
  }
  return wellFormed(s);
}

/** Lone surrogates (an edit may split a pair) cannot be written as UTF-8: they become U+FFFD, as a write would make them. */
export function wellFormed(s: string): string {
  return Buffer.from(s, 'utf8').toString('utf8');
}

/** Bytes that are never valid UTF-8 where they are put, and never C0 controls, NUL or DEL. */
const BAD_UTF8 = [
  [0x80], [0xbf], [0xc0, 0xaf], [0xc1, 0xbf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf0, 0x80, 0x80, 0xaf],
  [0xf4, 0x90, 0x80, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xfe], [0xff], [0xa3], [0xe9], [0x93], [0x94], [0xc3],
  [0xe2, 0x82],
];

/** Inserts `count` invalid UTF-8 sequences after the first byte (never at the start: no BOM by accident). */
export function breakUtf8(rng: Rng, bytes: Uint8Array, count: number): Uint8Array {
  let b = Buffer.from(bytes);
  for (let k = 0; k < count; k++) {
    const at = rng.int(1, b.length);
    b = Buffer.concat([b.subarray(0, at), Buffer.from(rng.pick(BAD_UTF8)), b.subarray(at)]);
  }
  return b;
}

/** Random byte-level damage: flips, inserts (any byte), deletions, truncation. The outcome is not known. */
export function fuzzBytes(rng: Rng, bytes: Uint8Array, edits: number): Uint8Array {
  let b = Buffer.from(bytes);
  for (let k = 0; k < edits && b.length > 1; k++) {
    const at = rng.int(0, b.length - 1);
    switch (rng.int(0, 3)) {
      case 0:
        b[at] = rng.int(0, 255);
        break;
      case 1:
        b = Buffer.concat([b.subarray(0, at), Buffer.from(rng.bytes(rng.int(1, 8))), b.subarray(at)]);
        break;
      case 2:
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + rng.int(1, 30)))]);
        break;
      default:
        b = b.subarray(0, Math.max(1, at));
    }
  }
  return b;
}
