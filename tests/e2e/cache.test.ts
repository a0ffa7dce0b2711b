/** Incremental runs: unchanged files come from the cache, changed ones are processed again, output is the same. */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';
import { TABLES } from '../../src/schema/tables.ts';

const manifest = (out: string) => JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('the incremental cache', () => {
  const input = join(tempDir(), 'in');
  cpSync(join(ROOT, 'input'), input, { recursive: true });
  const cache = join(tempDir(), 'cache');
  const first = join(tempDir(), 'first');
  const second = join(tempDir(), 'second');
  const third = join(tempDir(), 'third');
  const fresh = join(tempDir(), 'fresh');
  const args = (out: string) => ['--input', input, '--output', out, '--cache', cache];

  it('serves an unchanged re-run from the cache with byte-identical tables', () => {
    expect(runCli(args(first)).status).toBe(0);
    expect(manifest(first).counts.cache_hits).toBe(0);
    expect(runCli(args(second)).status).toBe(0);
    const m = manifest(second);
    // Every article file came from the cache (a file that gave only error rows too: same bytes, same rows).
    expect(m.counts.cache_hits).toBe(m.counts.article_files);
    for (const t of TABLES) for (const ext of ['csv', 'arrow', 'parquet']) {
      expect(sha(join(second, `${t.name}.${ext}`)), `${t.name}.${ext}`).toBe(sha(join(first, `${t.name}.${ext}`)));
    }
  });

  it('processes a changed file again and only that one', () => {
    const file = join(input, 'sport/final.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n*$/, '\n\nA late addition from Lisbon, said Ana Costa.\n'));
    expect(runCli(args(third)).status).toBe(0);
    const m = manifest(third);
    expect(m.counts.cache_hits).toBe(m.counts.article_files - 1);
    expect(readFileSync(join(third, 'sentences.csv'), 'utf8')).toContain('A late addition from Lisbon');
    expect(runCli(['--input', input, '--output', fresh, '--no-cache']).status).toBe(0);
    for (const t of TABLES) expect(sha(join(third, `${t.name}.parquet`)), t.name).toBe(sha(join(fresh, `${t.name}.parquet`)));
  });

  it('keeps the output folder as it is when nothing changed since the run that wrote it', () => {
    const out = join(tempDir(), 'same');
    expect(runCli(args(out)).status).toBe(0);
    const state = () => readdirSync(out).sort().map((f) => `${f} ${statSync(join(out, f)).mtimeMs} ${sha(join(out, f))}`);
    const before = state();
    const again = runCli(args(out));
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/nothing changed since the run that finished at/);
    expect(state()).toEqual(before);
    // The errors it recorded still count under --strict.
    expect(runCli([...args(out), '--strict']).status).toBe(1);
    // A table removed by hand, or other formats: the run writes the folder again.
    rmSync(join(out, 'quotes.csv'));
    const rewritten = runCli(args(out));
    expect(rewritten.stdout).not.toMatch(/nothing changed/);
    expect(existsSync(join(out, 'quotes.csv'))).toBe(true);
    expect(runCli([...args(out), '--formats', 'csv']).stdout).not.toMatch(/nothing changed/);
  });

  it('writes no cache with --no-cache', () => {
    const none = join(tempDir(), 'none');
    const out = join(tempDir(), 'out');
    expect(runCli(['--input', input, '--output', out, '--cache', none, '--no-cache']).status).toBe(0);
    expect(existsSync(none)).toBe(false);
    expect(manifest(out).counts.cache_hits).toBe(0);
  });
});
