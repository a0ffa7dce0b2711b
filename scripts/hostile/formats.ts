/**
 * A generated article written out in each input format and in each text encoding the load stage
 * is meant to accept.
 */
import type { Rng } from '../lib/prng.ts';
import { articleText } from './articles.ts';

export type Ext = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

export interface Article {
  title: string;
  /** Paragraphs joined by a blank line, title excluded. */
  body: string;
}

export function newArticle(rng: Rng, serial: number, paragraphs?: number): Article {
  const { title, body } = articleText(rng, serial, paragraphs);
  return { title, body };
}

export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The article as the text of a file of format `ext`. */
export function render(a: Article, ext: Ext): string {
  const paras = a.body.split('\n\n');
  switch (ext) {
    case 'txt':
      return `${a.title}\n\n${a.body}\n`;
    case 'md':
      return `---\ntitle: "${a.title}"\ndate: 2024-05-01\nauthor: Desk Reporter\n---\n# ${a.title}\n\n${paras.join('\n\n')}\n`;
    case 'html':
      return (
        `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(a.title)}</title>` +
        `<meta property="article:published_time" content="2024-05-01T10:00:00Z"></head><body>` +
        `<nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>${escapeHtml(a.title)}</h1>` +
        paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n') +
        `</article><footer>All rights reserved.</footer></body></html>\n`
      );
    case 'json':
      return JSON.stringify({ title: a.title, published_at: '2024-05-01T10:00:00Z', author: 'Desk Reporter', text: a.body }, null, 1) + '\n';
    case 'jsonl':
      return JSON.stringify({ title: a.title, text: a.body }) + '\n';
  }
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Bytes of `text` in `encoding`. Windows-1252 is only asked for text it can represent. */
export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    case 'utf-16le':
      return Buffer.from(text, 'utf16le');
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return swapBytes(Buffer.from(text, 'utf16le'));
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swapBytes(Buffer.from(text, 'utf16le'))]);
    case 'windows-1252':
      return toWindows1252(text);
  }
}

function swapBytes(b: Buffer): Buffer {
  const out = Buffer.from(b);
  out.swap16();
  return out;
}

/** Windows-1252 bytes 0x80-0x9F by the character they stand for. */
const CP1252: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a,
  '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97,
  '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** Windows-1252 bytes; characters it cannot hold become "?". */
export function toWindows1252(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out[n++] = CP1252[ch] ?? (c < 0x80 || (c >= 0xa0 && c <= 0xff) ? c : 0x3f);
  }
  return out.subarray(0, n);
}

/** True when the bytes are valid UTF-8 (then the load stage reads them as UTF-8, with no warning). */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
