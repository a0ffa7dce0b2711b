import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { TableSink } from '../../src/export/table-sink.ts';
import { rowGroupRowsFor } from '../../src/export/to-parquet.ts';
import { articles, entities, errors } from '../../src/schema/tables.ts';
import { csvCell } from '../../src/export/to-csv.ts';
import { sql, tempDir } from '../helpers/cli.ts';

const article = (id: string, extra: Record<string, unknown> = {}) => ({
  article_id: id, source_path: `${id}.txt`, record_index: null, format: 'txt', title: null, published_at: null,
  author: null, source_name: null, url: null, language: null, text: 'Hello.', char_count: 6, word_count: 1,
  paragraph_count: 1, sentence_count: 1, content_sha256: 'x', duplicate_of: null, ...extra,
});

describe('TableSink', () => {
  it('writes a table with no rows as files that still carry the header and schema', async () => {
    const dir = tempDir();
    const sink = new TableSink(errors, dir, ['csv', 'arrow', 'parquet'], 100, true);
    await sink.close();
    expect(readFileSync(join(dir, 'errors.csv'), 'utf8')).toBe(errors.columns.map((c) => c.name).join(',') + '\n');
    expect(tableFromIPC(readFileSync(join(dir, 'errors.arrow'))).schema.fields.length).toBe(errors.columns.length);
    const cols = await sql(`describe select * from '${join(dir, 'errors.parquet')}'`);
    expect(cols.length).toBe(errors.columns.length);
  });

  it('splits rows into record batches and keeps every row, in order', async () => {
    const dir = tempDir();
    const sink = new TableSink(articles, dir, ['csv', 'arrow', 'parquet'], 3, true);
    for (let i = 0; i < 10; i++) sink.add([article(`a${i}`, { published_at: i % 2 ? '2024-05-01T10:00:00.000Z' : null })]);
    await sink.close();
    const rows = await sql<{ article_id: string; ts: string | null }>(
      `select article_id, strftime(published_at at time zone 'UTC', '%Y-%m-%dT%H:%M:%S') as ts from '${join(dir, 'articles.parquet')}'`,
    );
    expect(rows.map((r) => r.article_id)).toEqual(Array.from({ length: 10 }, (_, i) => `a${i}`));
    expect(rows[1].ts).toBe('2024-05-01T10:00:00');
    expect(rows[0].ts).toBeNull();
    expect(tableFromIPC(readFileSync(join(dir, 'articles.arrow'))).batches.length).toBe(4);
  });

  it('compresses Parquet with the codec asked for (snappy unless told otherwise)', async () => {
    for (const [codec, expected] of [[undefined, 'SNAPPY'], ['zstd', 'ZSTD'], ['lz4', 'LZ4_RAW'], ['none', 'UNCOMPRESSED']] as const) {
      const dir = tempDir();
      const sink = new TableSink(articles, dir, ['parquet'], 100, true, { parquetCompression: codec });
      sink.add([article('a1'), article('a2')]);
      await sink.close();
      const used = await sql<{ c: string }>(`select distinct compression as c from parquet_metadata('${join(dir, 'articles.parquet')}')`);
      expect(used.map((r) => r.c)).toEqual([expected]);
      expect((await sql(`select * from '${join(dir, 'articles.parquet')}'`)).length).toBe(2);
    }
  });

  it('keeps Parquet row groups of wide (text) rows to a few megabytes, so the writer buffer stays small', async () => {
    const dir = tempDir();
    const sink = new TableSink(articles, dir, ['parquet'], 5000, true);
    const text = 'Word '.repeat(1200);
    sink.add(Array.from({ length: 3000 }, (_, i) => article(`a${i}`, { text, char_count: text.length })));
    await sink.close();
    const groups = await sql<{ n: number; rows: number }>(
      `select count(distinct row_group_id)::INT as n, max(row_group_num_rows)::INT as rows from parquet_metadata('${join(dir, 'articles.parquet')}')`,
    );
    expect(groups[0].n).toBeGreaterThan(1);
    expect(groups[0].rows).toBeLessThan(3000);
    expect(rowGroupRowsFor(30 * 1024 * 1024, 3000, 5000)).toBe(1024);
    expect(rowGroupRowsFor(1000, 10, 20_000)).toBe(20_000);
    expect(rowGroupRowsFor(1000, 0, 20_000)).toBe(20_000);
  });

  it('writes lists as real lists in Parquet and as JSON arrays in CSV', async () => {
    const dir = tempDir();
    const sink = new TableSink(entities, dir, ['csv', 'parquet'], 100, true);
    sink.add([{ entity_id: 'e1', type: 'PERSON', canonical_name: 'Ali Khamenei', aliases: ['Ali Khamenei', 'Khamenei'], mention_count: 2, article_count: 1, nested_mention_count: 0 }]);
    await sink.close();
    const [row] = await sql<{ n: number }>(`select len(aliases)::INT as n from '${join(dir, 'entities.parquet')}'`);
    expect(row.n).toBe(2);
    expect(readFileSync(join(dir, 'entities.csv'), 'utf8')).toContain('"[""Ali Khamenei"",""Khamenei""]"');
  });
});

describe('csvCell', () => {
  const col = { name: 'text', kind: 'string' as const, nullable: true, description: '' };
  it('neutralises cells a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx']) expect(csvCell(s, col, true)).toBe(`'${s}`);
    expect(csvCell('=1+1', col, false)).toBe('=1+1');
    expect(csvCell('plain', col, true)).toBe('plain');
  });
  it('writes nulls as empty cells and numbers as they are', () => {
    expect(csvCell(null, col, true)).toBe('');
    expect(csvCell(-5, { ...col, kind: 'int32' }, true)).toBe('-5');
  });
});

describe('toRecordBatch', () => {
  it('round-trips strings with nulls, emoji and combining marks, and nullable integers', async () => {
    const { toRecordBatch, arrowSchema } = await import('../../src/export/to-arrow.ts');
    const { tableFromIPC, tableToIPC, Table } = await import('apache-arrow');
    const { quotes } = await import('../../src/schema/tables.ts');
    const texts = ['“Iran’s” 🇮🇷 café', '', 'e\u0301', 'plain'];
    const rows = texts.map((text, i) => ({
      article_id: 'a', quote_index: i, kind: 'direct', text, start: i, end: i + 1, content_spans: i % 2 ? null : '1-2',
      speaker_text: i === 2 ? null : `S${i}`, speaker_start: i === 2 ? null : -i, speaker_end: null, speaker_entity_id: null,
      cue: null, cue_start: null, cue_end: null, sentence_index: 0, confidence: 0.25 * i,
    }));
    const back = tableFromIPC(tableToIPC(new Table(toRecordBatch(quotes, arrowSchema(quotes), rows)), 'stream'));
    expect(back.getChild('text')!.toArray()).toEqual(texts);
    expect([...back.getChild('content_spans')!]).toEqual(['1-2', null, '1-2', null]);
    expect([...back.getChild('speaker_start')!]).toEqual([0, -1, null, -3]);
    expect([...back.getChild('confidence')!]).toEqual([0, 0.25, 0.5, 0.75]);
  });
});
