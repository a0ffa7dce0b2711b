/**
 * End to end: the real CLI over the bundled input/ folder, outputs read back with DuckDB
 * (Parquet, CSV) and apache-arrow (Arrow IPC file).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { ROOT, runCli, sql, tempDir } from '../helpers/cli.ts';
import { TABLES } from '../../src/schema/tables.ts';

const out = join(tempDir(), 'output');
let run: ReturnType<typeof runCli>;
const pq = (t: string) => `'${join(out, t)}.parquet'`;
const csv = (t: string) => `read_csv('${join(out, t)}.csv', header = true, all_varchar = true, quote = '"', escape = '"')`;

beforeAll(() => {
  run = runCli(['--input', join(ROOT, 'input'), '--output', out, '--concurrency', '2']);
});

describe('a default run over input/', () => {
  it('exits 0 and prints a summary', () => {
    expect(run.stderr).not.toMatch(/fatal/);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/articles from/);
  });

  it('writes every table in every format, plus the manifest', () => {
    for (const t of TABLES) for (const ext of ['csv', 'arrow', 'parquet']) {
      expect(existsSync(join(out, `${t.name}.${ext}`)), `${t.name}.${ext}`).toBe(true);
    }
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
  });

  it('lists in the manifest the sha256 of every file it wrote, equal to the bytes on disk', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { files_sha256: Record<string, string> };
    const files = readdirSync(out).filter((f) => f !== 'manifest.json').sort();
    expect(Object.keys(manifest.files_sha256).sort()).toEqual(files);
    for (const f of files) expect(manifest.files_sha256[f], f).toBe(createHash('sha256').update(readFileSync(join(out, f))).digest('hex'));
  });

  it('has the same row count in CSV, Arrow, Parquet and the manifest for every table', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    for (const t of TABLES) {
      const [p] = await sql<{ n: number }>(`select count(*)::INT as n from ${pq(t.name)}`);
      const [c] = await sql<{ n: number }>(`select count(*)::INT as n from ${csv(t.name)}`);
      const a = tableFromIPC(readFileSync(join(out, `${t.name}.arrow`)));
      expect([p.n, c.n, a.numRows], t.name).toEqual([manifest.rows[t.name], manifest.rows[t.name], manifest.rows[t.name]]);
    }
  });

  it('writes the columns of each schema, in order, in every format', async () => {
    for (const t of TABLES) {
      const names = t.columns.map((c) => c.name);
      const cols = await sql<{ column_name: string }>(`describe select * from ${pq(t.name)}`);
      expect(cols.map((c) => c.column_name)).toEqual(names);
      const header = readFileSync(join(out, `${t.name}.csv`), 'utf8').split('\n')[0];
      expect(header).toBe(names.join(','));
      expect(tableFromIPC(readFileSync(join(out, `${t.name}.arrow`))).schema.fields.map((f) => f.name)).toEqual(names);
    }
  });

  it('finds articles in every input format and real rows in every table', async () => {
    const formats = await sql<{ format: string }>(`select distinct format from ${pq('articles')} order by 1`);
    expect(formats.map((f) => f.format)).toEqual(['html', 'json', 'jsonl', 'md', 'txt']);
    for (const t of ['paragraphs', 'sentences', 'mentions', 'entities', 'quotes', 'errors']) {
      const [r] = await sql<{ n: number }>(`select count(*)::INT as n from ${pq(t)}`);
      expect(r.n, t).toBeGreaterThan(0);
    }
  });

  it('keeps a UTF-8 .txt file’s content exactly as articles.text', async () => {
    const [a] = await sql<{ text: string }>(`select text from ${pq('articles')} where source_path = 'iran-negotiations.txt'`);
    expect(a.text).toBe(readFileSync(join(ROOT, 'input/iran-negotiations.txt'), 'utf8'));
  });

  it('gives every span a text equal to articles.text sliced at its offsets', async () => {
    const texts = new Map(
      (await sql<{ article_id: string; text: string }>(`select article_id, text from ${pq('articles')}`)).map((r) => [r.article_id, r.text]),
    );
    for (const t of ['paragraphs', 'sentences', 'mentions', 'quotes']) {
      const rows = await sql<{ article_id: string; start: number; end: number; text: string }>(
        `select article_id, start, "end", text from ${pq(t)}`,
      );
      for (const r of rows) expect(texts.get(r.article_id)!.slice(r.start, r.end), `${t} ${r.article_id} ${r.start}`).toBe(r.text);
    }
    const q = await sql<{ article_id: string; speaker_start: number; speaker_end: number; speaker_text: string; cue_start: number; cue_end: number; cue: string }>(
      `select * from ${pq('quotes')} where speaker_start is not null`,
    );
    for (const r of q) {
      expect(texts.get(r.article_id)!.slice(r.speaker_start, r.speaker_end)).toBe(r.speaker_text);
      if (r.cue !== null) expect(texts.get(r.article_id)!.slice(r.cue_start, r.cue_end)).toBe(r.cue);
    }
  });

  it('records bad input as error rows with stable codes', async () => {
    const rows = await sql<{ source_path: string; code: string; severity: string }>(
      `select source_path, code, severity from ${pq('errors')} order by source_path, code`,
    );
    const codes = rows.map((r) => `${r.source_path} ${r.code}`);
    expect(codes).toContain('misc/empty.txt E_EMPTY');
    expect(codes).toContain('misc/photo-credits.csv W_SKIPPED');
    expect(codes.some((c) => c.startsWith('feeds/wire.jsonl E_JSON_PARSE'))).toBe(true);
    const [good] = await sql<{ n: number }>(`select count(*)::INT as n from ${pq('articles')} where source_path = 'feeds/wire.jsonl'`);
    expect(good.n).toBe(3);
  });

  it('links mentions to entities that exist in the entities table', async () => {
    const [orphans] = await sql<{ n: number }>(
      `select count(*)::INT as n from ${pq('mentions')} m where m.entity_id is not null
       and m.entity_id not in (select entity_id from ${pq('entities')})`,
    );
    expect(orphans.n).toBe(0);
    const [sum] = await sql<{ n: number; nested: number }>(
      `select sum(mention_count)::INT as n, sum(nested_mention_count)::INT as nested from ${pq('entities')}`,
    );
    const [named] = await sql<{ n: number; nested: number }>(
      `select count(*) filter (where nested_in is null)::INT as n, count(*) filter (where nested_in is not null)::INT as nested
       from ${pq('mentions')} where entity_id is not null`,
    );
    expect(sum).toEqual(named);
  });

  it('puts each nested name right after the longer mention it is written inside', async () => {
    const rows = await sql<{ text: string; parent: string; inside: boolean; after: boolean }>(
      `select m.text, p.text as parent, m.start >= p.start and m."end" <= p."end" and p.nested_in is null as inside,
              p.mention_index < m.mention_index as after
       from ${pq('mentions')} m join ${pq('mentions')} p on p.article_id = m.article_id and p.mention_index = m.nested_in`,
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.inside && r.after)).toBe(true);
    const [orphans] = await sql<{ n: number }>(
      `select count(*)::INT as n from ${pq('mentions')} m where m.nested_in is not null
       and not exists (select 1 from ${pq('mentions')} p where p.article_id = m.article_id and p.mention_index = m.nested_in)`,
    );
    expect(orphans.n).toBe(0);
  });

  it('resolves the sample article’s quoted “Iranian leader” to the entity of “Iran’s president”, through the tables', async () => {
    const rows = await sql<{ kind: string; speaker_text: string; cue: string; same: boolean }>(
      `select q.kind, q.speaker_text, q.cue,
              q.speaker_entity_id = (select any_value(m.entity_id) from ${pq('mentions')} m
                                     where m.article_id = q.article_id and m.text = 'Iran’s president') as same
       from ${pq('quotes')} q join ${pq('articles')} a using (article_id)
       where a.source_path = 'iran-negotiations.txt' and q.kind = 'direct'`,
    );
    expect(rows).toEqual([{ kind: 'direct', speaker_text: 'the Iranian leader', cue: 'emphasized', same: true }]);
  });

  it('stores published_at as a UTC timestamp in Parquet', async () => {
    const cols = await sql<{ column_name: string; column_type: string }>(`describe select * from ${pq('articles')}`);
    expect(cols.find((c) => c.column_name === 'published_at')!.column_type).toBe('TIMESTAMP WITH TIME ZONE');
    const cols2 = await sql<{ column_name: string; column_type: string }>(`describe select * from ${pq('entities')}`);
    expect(cols2.find((c) => c.column_name === 'aliases')!.column_type).toBe('VARCHAR[]');
  });
});

describe('a run started from another folder', () => {
  it('finds its shipped default config and writes the tables there', () => {
    const dir = tempDir();
    const input = join(dir, 'articles');
    mkdirSync(input);
    writeFileSync(join(input, 'a.txt'), 'Talks resume\n\nBRUSSELS — European leaders met on Monday, diplomats said.\n');
    const r = runCli(['--input', 'articles', '--output', 'tables', '--concurrency', '1', '--quiet'], dir);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readFileSync(join(dir, 'tables', 'quotes.csv'), 'utf8')).toMatch(/European leaders met on Monday/);
  });
});
