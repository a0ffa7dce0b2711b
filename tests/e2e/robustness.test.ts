/** The CLI's promises: exit codes, isolation of bad input, determinism, and atomic output. */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { TABLES } from '../../src/schema/tables.ts';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

function goodInput(): string {
  const dir = join(tempDir(), 'in');
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'input/iran-negotiations.txt'), join(dir, 'iran.txt'));
  writeFileSync(join(dir, 'short.txt'), 'Markets Rally\n\nShares in London rose on Monday, said Jane Smith of Barclays.\n');
  writeFileSync(join(dir, 'feed.jsonl'), [
    JSON.stringify({ title: 'One', text: 'The United Nations met in Geneva on Tuesday.' }),
    JSON.stringify({ title: 'Two', text: '“We will win,” said Maria Lopez.' }),
  ].join('\n') + '\n');
  return dir;
}

function addBadFiles(dir: string): void {
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0]));
  writeFileSync(join(dir, 'broken.json'), '{"title": "x", "text": ');
  writeFileSync(join(dir, 'feed2.jsonl'), '{"text": "Fine line about Paris."}\n{not json}\n42\n{"title": "no text"}\n');
  writeFileSync(join(dir, 'notes.docx'), 'not an article');
}

describe('the command line', () => {
  it('runs as a program: prints help and exits 0 (option errors are tested through main() in tests/cli)', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/--formats/);
  });

  it('exits 2 when the input folder does not exist, and leaves the previous output alone', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['--input', goodInput(), '--output', out, '--formats', 'csv']).status).toBe(0);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const r = runCli(['--input', join(tempDir(), 'missing'), '--output', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--input/);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('exits 2 when the output folder would be inside the input folder', () => {
    const input = goodInput();
    const r = runCli(['--input', input, '--output', join(input, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--output/);
  });

  it('writes only the formats asked for', () => {
    const out = join(tempDir(), 'out');
    expect(runCli(['--input', goodInput(), '--output', out, '--formats', 'parquet']).status).toBe(0);
    expect(existsSync(join(out, 'articles.parquet'))).toBe(true);
    expect(existsSync(join(out, 'articles.csv'))).toBe(false);
  });
});

describe('bad input', () => {
  const good = goodInput();
  const mixed = join(tempDir(), 'mixed');
  cpSync(good, mixed, { recursive: true });
  addBadFiles(mixed);
  const outGood = join(tempDir(), 'good');
  const outMixed = join(tempDir(), 'mixed-out');
  const runGood = runCli(['--input', good, '--output', outGood, '--formats', 'csv']);
  const runMixed = runCli(['--input', mixed, '--output', outMixed, '--formats', 'csv']);

  it('becomes error rows while the run still exits 0', () => {
    expect(runGood.status).toBe(0);
    expect(runMixed.status).toBe(0);
    const errors = readFileSync(join(outMixed, 'errors.csv'), 'utf8');
    for (const code of ['E_EMPTY', 'E_BINARY', 'E_JSON_PARSE', 'E_JSON_SHAPE', 'E_NO_TEXT', 'W_SKIPPED']) expect(errors).toContain(code);
  });

  it('exits 1 under --strict', () => {
    expect(runCli(['--input', mixed, '--output', join(tempDir(), 'o'), '--formats', 'csv', '--strict']).status).toBe(1);
    expect(runCli(['--input', good, '--output', join(tempDir(), 'o'), '--formats', 'csv', '--strict']).status).toBe(0);
  });

  it('changes nothing else: the good articles’ rows are the same as in a run without it', () => {
    for (const t of ['paragraphs', 'sentences', 'mentions', 'quotes', 'entities']) {
      const g = readFileSync(join(outGood, `${t}.csv`), 'utf8').trim().split('\n');
      const m = readFileSync(join(outMixed, `${t}.csv`), 'utf8').trim().split('\n');
      // The mixed input adds one good JSONL line ("Fine line about Paris."), so its rows are a superset.
      for (const row of g) expect(m, t).toContain(row);
    }
  });
});

describe('determinism', () => {
  it('writes byte-identical tables whatever the worker count', () => {
    // Enough files for several batches, so the multi-worker run really uses worker threads.
    const input = join(tempDir(), 'in');
    cpSync(join(ROOT, 'input'), input, { recursive: true });
    const sample = readFileSync(join(ROOT, 'input/iran-negotiations.txt'), 'utf8');
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(input, `copies/${i % 4}`), { recursive: true });
      writeFileSync(join(input, `copies/${i % 4}/article-${i}.txt`), i % 2 ? sample : sample.split('\n').reverse().join('\n'));
    }
    const a = join(tempDir(), 'a');
    const b = join(tempDir(), 'b');
    expect(runCli(['--input', input, '--output', a, '--concurrency', '1']).status).toBe(0);
    expect(runCli(['--input', input, '--output', b, '--concurrency', '2']).status).toBe(0);
    for (const t of TABLES) for (const ext of ['csv', 'arrow', 'parquet']) {
      expect(sha(join(a, `${t.name}.${ext}`)), `${t.name}.${ext}`).toBe(sha(join(b, `${t.name}.${ext}`)));
    }
    const manifest = JSON.parse(readFileSync(join(b, 'manifest.json'), 'utf8'));
    expect(manifest.rows.articles).toBe(49);
    expect(manifest.counts.articles).toBe(49);
  });
});

describe('the time budget', () => {
  it('turns a file that runs too long into an E_TIMEOUT row and keeps the others', () => {
    const input = goodInput();
    const sentence = 'Officials in Geneva said on Monday that the talks, led by Maria Lopez, would go on. ';
    // ~5 MB of sentences: several seconds of work, far past the budget; the budget leaves the small files room on a busy machine.
    writeFileSync(join(input, 'huge.txt'), sentence.repeat(60_000));
    const cfg = join(tempDir(), 'budget.json');
    writeFileSync(cfg, JSON.stringify({ process: { fileTimeoutMs: 1500 } }));
    const out = join(tempDir(), 'out');
    const r = runCli(['--input', input, '--output', out, '--formats', 'csv', '--config', cfg]);
    expect(r.status).toBe(0);
    const errors = readFileSync(join(out, 'errors.csv'), 'utf8');
    expect(errors).toMatch(/huge\.txt,,,worker,E_TIMEOUT,error/);
    const articles = readFileSync(join(out, 'articles.csv'), 'utf8');
    for (const f of ['iran.txt', 'short.txt', 'feed.jsonl']) expect(articles).toContain(f);
  });
});

describe('stage selection', () => {
  it('runs without the entity stages when the config turns them off', () => {
    const cfg = join(tempDir(), 'no-entities.json');
    writeFileSync(cfg, JSON.stringify({ stages: { entities: false, normalise: false } }));
    const out = join(tempDir(), 'out');
    expect(runCli(['--input', goodInput(), '--output', out, '--formats', 'csv', '--config', cfg]).status).toBe(0);
    expect(readFileSync(join(out, 'mentions.csv'), 'utf8').trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(out, 'quotes.csv'), 'utf8').trim().split('\n').length).toBeGreaterThan(1);
  });
});

describe('progress and logs', () => {
  it('writes JSON log records on stderr with --log-format json, ending with the summary', () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['--input', goodInput(), '--output', out, '--formats', 'csv', '--log-format', 'json']);
    expect(r.status).toBe(0);
    const records = r.stderr.trim().split('\n').map((l) => JSON.parse(l));
    expect(records[0].event).toBe('start');
    const done = records.at(-1);
    expect(done.event).toBe('done');
    expect(done.counts.articles).toBe(4);
    expect(done.rows.articles).toBe(4);
    expect(r.stdout).toBe('');
  });

  it('prints a summary naming the output, the rows per table and the report', () => {
    const out = join(tempDir(), 'out');
    const r = runCli(['--input', goodInput(), '--output', out, '--formats', 'csv']);
    expect(r.stdout).toMatch(/4 articles from 3 files/);
    expect(r.stdout).toMatch(/rows: articles 4, paragraphs \d+/);
    expect(r.stdout).toContain(join(out, 'report.html'));
  });
});
