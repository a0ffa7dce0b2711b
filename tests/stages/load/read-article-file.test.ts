import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READERS, articleId, readArticleFile } from '../../../src/stages/load/index.ts';
import { defaultConfig } from '../../../src/config.ts';
import type { InputFormat } from '../../../src/model/doc.ts';
import { ROOT, cp1252, discoverAll, readBytes, tempTree, utf16 } from './helpers.ts';

describe('articleId', () => {
  it('is the first 16 hex characters of sha256 of the path, plus "#index" for records', async () => {
    const { createHash } = await import('node:crypto');
    const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);
    expect(articleId('feeds/wire.jsonl', 3)).toBe(sha('feeds/wire.jsonl#3'));
    expect(articleId('a.txt', null)).toBe(sha('a.txt'));
    expect(articleId('a.json', 0)).not.toBe(articleId('a.json', null));
  });
});

describe('readArticleFile', () => {
  it('turns a decode failure into one problem and no documents', () => {
    expect(readBytes('empty.txt', '')).toEqual({ docs: [], problems: [expect.objectContaining({ code: 'E_EMPTY', stage: 'load' })] });
    expect(readBytes('bin.html', Uint8Array.from([0, 1, 2, 0, 0, 7]))).toMatchObject({ docs: [], problems: [{ code: 'E_BINARY' }] });
  });

  it('reads every format from UTF-16 as well as UTF-8', () => {
    const doc = readBytes('a.json', utf16('{"title": "T", "text": "Body £"}', 'le', true)).docs[0];
    expect([doc.meta.title, doc.text]).toEqual(['T', 'Body £']);
  });

  it('never throws: an unexpected failure becomes an E_READ problem', () => {
    const r = readArticleFile({ relPath: 'x.txt', format: 'nope' as InputFormat }, new TextEncoder().encode('text'), defaultConfig());
    expect(r.docs).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['E_READ']);
  });

  it('turns an exception inside the HTML reader into one E_HTML problem', () => {
    const original = READERS.html;
    READERS.html = () => {
      throw new RangeError('Maximum call stack size exceeded');
    };
    try {
      const r = readBytes('page.html', '<p>x</p>');
      expect(r).toEqual({ docs: [], problems: [expect.objectContaining({ code: 'E_HTML', severity: 'error' })] });
      expect(r.problems[0].message).toContain('Maximum call stack size exceeded');
    } finally {
      READERS.html = original;
    }
  });

  it('reads UTF-16, Windows-1252, binary and empty files written to disk, one result each', async () => {
    const dir = tempTree({
      'utf16.txt': utf16('Title\r\n\r\nBody £1.', 'le', true),
      'utf16-nobom.md': utf16('# Heading\n\nBody.', 'be', false),
      'cp1252.txt': cp1252('Fares rise to £3.50 “today”.'),
      'binary.json': Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03]),
      'empty.html': '',
    });
    const out: Record<string, unknown> = {};
    for (const f of await discoverAll(dir)) {
      const r = readArticleFile({ relPath: f.relPath, format: f.format! }, readFileSync(f.absPath), defaultConfig());
      out[f.relPath] = [r.docs.map((d) => d.text), r.problems.map((p) => p.code)];
    }
    expect(out).toEqual({
      'binary.json': [[], ['E_BINARY']],
      'cp1252.txt': [['Fares rise to £3.50 “today”.'], ['W_DECODE_REPLACED']],
      'empty.html': [[], ['E_EMPTY']],
      'utf16-nobom.md': [['Heading\n\nBody.'], []],
      'utf16.txt': [['Title\n\nBody £1.'], []],
    });
  });

  it('reads the shipped input folder: every format, the expected articles and the expected problems', async () => {
    const config = defaultConfig();
    const rows: string[] = [];
    for (const f of await discoverAll(join(ROOT, 'input'), config)) {
      if (f.kind !== 'article') {
        rows.push(`${f.relPath} ${f.problem!.code}`);
        continue;
      }
      const r = readArticleFile({ relPath: f.relPath, format: f.format! }, readFileSync(f.absPath), config);
      for (const p of r.problems) rows.push(`${f.relPath}${p.recordIndex == null ? '' : '#' + p.recordIndex} ${p.code}`);
      for (const d of r.docs) {
        rows.push(`${f.relPath}${d.recordIndex == null ? '' : '#' + d.recordIndex} ${d.format} ${JSON.stringify(d.meta.title)}${d.problems.map((p) => ' ' + p.code).join('')}`);
        for (const p of d.paragraphs) expect(p.end).toBeLessThanOrEqual(d.text.length);
      }
    }
    expect(rows).toEqual([
      'business/markets.html html "Shares slide as Brightwater Energy warns on profits"',
      'feeds/digest.json#0 json "Museum returns bronze sculptures to Benin City"',
      'feeds/digest.json#1 json "Heatwave brings record temperatures to southern Spain"',
      'feeds/wire.jsonl#2 E_JSON_PARSE',
      'feeds/wire.jsonl#1 jsonl "Lake Meridian water levels hit record low"',
      'feeds/wire.jsonl#3 jsonl "City council approves tram extension"',
      'feeds/wire.jsonl#4 jsonl "Hospital trial halves waiting times for hip surgery"',
      'iran-negotiations.txt txt null',
      'misc/empty.txt E_EMPTY',
      'misc/photo-credits.csv W_SKIPPED',
      'sport/final.txt txt "Rivertown Rovers lift the cup after extra-time thriller"',
      'world/election-results.md md "Coastal Alliance wins narrow majority in Veloria"',
    ]);
  });
});
