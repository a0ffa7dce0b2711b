import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/stages/load/decode.ts';
import { cp1252, readBytes, utf16 } from './helpers.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

function textOf(bytes: Uint8Array): string {
  const r = decodeText(bytes);
  if ('problem' in r) throw new Error(`unexpected ${r.problem.code}: ${r.problem.message}`);
  return r.text;
}

function codeOf(bytes: Uint8Array): string {
  const r = decodeText(bytes);
  return 'problem' in r ? r.problem.code : 'ok';
}

describe('decodeText', () => {
  it('returns UTF-8 LF text exactly as it is in the file', () => {
    const s = 'Title\n\n“Quotes”, £5, café, 日本, emoji 🎉\n  indented  \n';
    const r = decodeText(utf8(s));
    expect(r).toEqual({ text: s, encoding: 'utf-8', warnings: [] });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(textOf(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Hello')]))).toBe('Hello');
  });

  it('turns CRLF and lone CR line endings into LF', () => {
    expect(textOf(utf8('one\r\ntwo\rthree\n\r\nfour'))).toBe('one\ntwo\nthree\n\nfour');
  });

  it('decodes UTF-16 little- and big-endian files that start with a byte order mark', () => {
    const s = 'Grüße from Zürich\r\nsecond line £';
    expect(textOf(utf16(s, 'le', true))).toBe('Grüße from Zürich\nsecond line £');
    expect(textOf(utf16(s, 'be', true))).toBe('Grüße from Zürich\nsecond line £');
  });

  it('recognises UTF-16 without a byte order mark by its pattern of NUL bytes', () => {
    const s = 'Plain ASCII-heavy text, saved as UTF-16 by an old tool. Café.';
    expect(textOf(utf16(s, 'le', false))).toBe(s);
    expect(textOf(utf16(s, 'be', false))).toBe(s);
  });

  it('reads invalid UTF-8 as Windows-1252 so that "£" survives, with a warning', () => {
    const r = decodeText(cp1252('Tickets cost £25 at the café, or €30 at the door.'));
    expect('text' in r && r.text).toBe('Tickets cost £25 at the café, or €30 at the door.');
    expect(r.warnings.map((w) => w.code)).toEqual(['W_DECODE_REPLACED']);
    expect(r.warnings[0].severity).toBe('warning');
  });

  it('maps the Windows-1252 bytes 0x80-0x9F to their characters (€, curly quotes), not to control codes', () => {
    expect(textOf(cp1252('“It’s €5,” he said.'))).toBe('“It’s €5,” he said.');
  });

  it('rejects binary data with NUL bytes as E_BINARY', () => {
    expect(codeOf(Uint8Array.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]))).toBe('E_BINARY');
    expect(codeOf(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))).toBe('E_BINARY');
  });

  it('rejects data full of control characters as E_BINARY even without NUL bytes', () => {
    const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 8) : 0x41 + (i % 26)));
    expect(codeOf(bytes)).toBe('E_BINARY');
  });

  it('rejects empty and whitespace-only files as E_EMPTY', () => {
    expect(codeOf(new Uint8Array())).toBe('E_EMPTY');
    expect(codeOf(utf8(' \n\t\r\n  '))).toBe('E_EMPTY');
    expect(codeOf(Uint8Array.from([0xef, 0xbb, 0xbf]))).toBe('E_EMPTY');
    expect(codeOf(utf16('  \n', 'le', true))).toBe('E_EMPTY');
  });

  it('passes the decode warning on through readArticleFile as a file problem', () => {
    const r = readBytes('old.txt', cp1252('Price: £5\n'));
    expect(r.docs[0].text).toBe('Price: £5\n');
    expect(r.problems.map((p) => p.code)).toEqual(['W_DECODE_REPLACED']);
  });
});

describe('invisible line-breaking hints', () => {
  const SHY = '\u00ad';
  it('removes soft hyphens, zero-width spaces, word joiners and inner BOMs from a text file before offsets exist', () => {
    const doc = readBytes('a.txt', `Rents are get${SHY}ting worse in Cork.\n\nThe Chambre de com\u200bmerce\u2060 said so.\ufeff\n`).docs[0];
    expect(doc.text).toBe('Rents are getting worse in Cork.\n\nThe Chambre de commerce said so.\n');
  });

  it('removes them from a Windows-1252 file, where the soft hyphen is byte 0xAD', () => {
    const bytes = Uint8Array.from([...'Caf\u00e9 com', 0xad, ...'merce and \u00a3'].map((c) => (typeof c === 'number' ? c : c.charCodeAt(0))));
    expect(decodeText(bytes)).toMatchObject({ text: 'Café commerce and £', encoding: 'windows-1252' });
  });

  it('removes them from HTML entities, JSON escapes and Markdown alike, keeping the offsets of the cleaned text', () => {
    const html = readBytes('a.html', `<html><head><title>Com&shy;merce</title></head><body><p>The Chambre de com&shy;merce met.</p></body></html>`).docs[0];
    const json = readBytes('a.json', JSON.stringify({ title: `Com${SHY}merce`, text: `The Chambre de com${SHY}merce met.` })).docs[0];
    const jsonHtml = readBytes('b.json', JSON.stringify({ text: `<p>The Chambre de com${SHY}merce met.</p><p>Then it ended.</p>` })).docs[0];
    const md = readBytes('a.md', `---\ntitle: "Com\\u00admerce"\n---\nThe Chambre de com${SHY}merce met.\n`).docs[0];
    for (const doc of [html, json, jsonHtml, md]) {
      expect(doc.text).toContain('The Chambre de commerce met.');
      expect(doc.text).not.toMatch(/[\u00ad\u200b\u2060\ufeff]/);
      for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end).trim()).toBe(doc.text.slice(p.start, p.end));
    }
    expect([html, json, md].map((d) => d.meta.title)).toEqual(['Commerce', 'Commerce', 'Commerce']);
  });

  it('keeps the zero-width joiner, which changes how some scripts and emoji are written', () => {
    expect(readBytes('a.txt', 'Family: \u{1F468}\u200d\u{1F469}\u200d\u{1F467} went home.\n').docs[0].text).toContain('\u200d');
  });
});
