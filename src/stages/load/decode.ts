/**
 * Bytes to text. Detects the encoding (UTF-8 with or without BOM, UTF-16 with a BOM or by its
 * NUL-byte pattern, else Windows-1252 with a warning), rejects binary and empty files, and turns
 * CRLF and lone CR into LF, and removes the invisible format characters that only hint at line breaking
 * (soft hyphen, zero-width space, word joiner, a BOM inside the text: see INVISIBLE). Nothing else is changed: a
 * UTF-8 LF file without those characters decodes to its exact content.
 */
import type { Problem } from '../../model/doc.ts';
import { problem } from '../../errors.ts';

export type DecodeResult =
  | { text: string; encoding: string; warnings: Problem[] }
  | { problem: Problem; warnings: Problem[] };

/** How much of the file the UTF-16 and control-character checks look at. */
const SAMPLE_BYTES = 64 * 1024;

/** Decodes a file's bytes; on failure returns one E_EMPTY, E_BINARY or E_DECODE problem. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const warnings: Problem[] = [];
  const fail = (p: Problem): DecodeResult => ({ problem: p, warnings });
  if (bytes.length === 0) return fail(problem('E_EMPTY', 'load', { detail: ' (0 bytes)' }));

  let encoding: string;
  let text: string;
  const bom = bomOf(bytes);
  const utf16 = bom === 'utf-8' ? null : bom ?? utf16ByNulPattern(bytes);
  if (utf16) {
    const body = bom ? bytes.subarray(2) : bytes;
    try {
      text = new TextDecoder(utf16, { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      return fail(problem('E_DECODE', 'load', { encoding: utf16.toUpperCase(), reason: 'invalid UTF-16 code units' }));
    }
    encoding = utf16;
  } else {
    const body = bom === 'utf-8' ? bytes.subarray(3) : bytes;
    if (body.includes(0)) return fail(problem('E_BINARY', 'load', { reason: 'it contains NUL bytes' }));
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      encoding = 'utf-8';
    } catch {
      // Not UTF-8. Text saved by older Windows tools is usually Windows-1252, where every
      // byte is a character, so "£" (0xA3) survives; binary data is caught just below.
      // (Node 20's TextDecoder('windows-1252') decodes as Latin-1: "€" (0x80) would be lost.)
      text = decodeWindows1252(body);
      encoding = 'windows-1252';
      warnings.push(problem('W_DECODE_REPLACED', 'load', { encoding: 'Windows-1252' }));
    }
  }

  const controls = controlCharRatio(text);
  if (controls > 0.02) return fail(problem('E_BINARY', 'load', { reason: `${Math.round(controls * 100)}% control characters` }));
  text = withoutInvisibles(text);
  if (text.trim() === '') return fail(problem('E_EMPTY', 'load', { detail: ' (only whitespace)' }));
  return { text: text.replace(/\r\n?/g, '\n'), encoding, warnings };
}

/**
 * Invisible characters that only tell a renderer where it may (or may not) break a line: the soft hyphen
 * U+00AD ("get\u00ADting", typeset text and Windows-1252 files carry it), the zero-width space U+200B, the
 * word joiner U+2060 and a byte order mark U+FEFF inside the text (a BOM of a file pasted into another). Left
 * in, each one cuts a word in two for the tokenizer and the tagger ("com\u00ADmerce"), so they are removed
 * before any offset is assigned. The zero-width (non-)joiners U+200C/U+200D are kept: they change how Persian,
 * Indic scripts and emoji are written. (Thai and Khmer use U+200B as a word boundary; the tagger is English, so
 * its words are no worse joined than split at an invisible mark.)
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** The text without the invisible line-breaking hints (INVISIBLE); applied to every format's text and metadata. */
export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '');
}

function bomOf(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: in mostly-ASCII text every other byte is 0 (the odd bytes in
 * little-endian, the even ones in big-endian) and the other half almost never is.
 */
function utf16ByNulPattern(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, SAMPLE_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZeros++;
    if (b[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros >= pairs * 0.6 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.6 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** Share of C0/C1 control characters other than tab, newline, carriage return and form feed. */
function controlCharRatio(text: string): number {
  const n = Math.min(text.length, SAMPLE_BYTES);
  if (n === 0) return 0;
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) controls++;
  }
  return controls / n;
}

/** Windows-1252 code points of bytes 0x80-0x9F (WHATWG table); the other bytes equal their code point. */
const CP1252_HIGH = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const CHUNK = 8192;
  let out = '';
  const units = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const n = Math.min(CHUNK, bytes.length - start);
    for (let i = 0; i < n; i++) {
      const b = bytes[start + i];
      units[i] = b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80] : b;
    }
    out += String.fromCharCode(...units.subarray(0, n));
  }
  return out;
}
