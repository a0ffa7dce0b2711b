/**
 * Issue 7, "bad input never costs data": a small seeded hostile corpus (scripts/hostile) mixed with
 * good articles, through the real CLI. The full 10,000-file run is `npm run test:hostile`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { ROOT, runCli, tempDir, type CliResult } from '../helpers/cli.ts';
import { buildCorpus, MiB, removeCorpus } from '../../scripts/hostile/build.ts';
import { checkRun, type CheckReport } from '../../scripts/hostile/check.ts';
import type { Manifest } from '../../scripts/hostile/corpus.ts';

const MAX_FILE_BYTES = 2 * MiB;

/** Every path below `dir` with its content hash (or link target), for comparing two corpora. Names may not be UTF-8. */
function treeDigest(dir: string, rel: Buffer = Buffer.alloc(0)): string[] {
  const at = (name?: Buffer) => Buffer.concat([Buffer.from(dir), ...(rel.length ? [Buffer.from('/'), rel] : []), ...(name ? [Buffer.from('/'), name] : [])]);
  let names: Buffer[];
  try {
    names = readdirSync(at(), { encoding: 'buffer' }).sort(Buffer.compare);
  } catch {
    return [`${rel.toString('hex')}/ (unreadable)`];
  }
  const out: string[] = [];
  for (const name of names) {
    const sub = rel.length ? Buffer.concat([rel, Buffer.from('/'), name]) : name;
    const abs = at(name);
    const shown = sub.toString('hex');
    const st = lstatSync(abs);
    if (st.isSymbolicLink()) out.push(`${shown} -> ${readlinkSync(abs, 'utf8').replace(dir, '<corpus>')}`);
    else if (st.isDirectory()) out.push(...treeDigest(dir, sub));
    else if (st.isFile() && st.mode & 0o400 && st.size < 64 * MiB) out.push(`${shown} ${st.size} ${createHash('sha256').update(readFileSync(abs)).digest('hex')}`);
    else out.push(`${shown} ${st.size} mode ${(st.mode & 0o777).toString(8)}`);
  }
  return out;
}

describe('a hostile corpus mixed with good articles', () => {
  let work: string;
  let corpus: string;
  let input: string;
  let out: string;
  let manifest: Manifest;
  let mixed: CliResult;
  let strict: CliResult;
  let mixedSeconds: number;
  let report: CheckReport;

  beforeAll(async () => {
    work = tempDir('newsframe-hostile-');
    corpus = join(work, 'corpus');
    input = join(corpus, 'input');
    out = join(work, 'out');
    const controlOut = join(work, 'control-out');
    manifest = buildCorpus({
      out: corpus, count: 400, seed: 7, maxFileBytes: MAX_FILE_BYTES, bigBytes: MiB / 2, goodFrom: join(ROOT, 'input'), controls: 10,
    });
    const controlInput = join(work, 'control');
    mkdirSync(controlInput);
    cpSync(join(input, 'good'), join(controlInput, 'good'), { recursive: true });
    const config = join(work, 'config.json');
    writeFileSync(config, JSON.stringify({ load: { maxFileBytes: MAX_FILE_BYTES }, process: { fileTimeoutMs: 30_000 } }));
    const started = Date.now();
    mixed = runCli(['--input', input, '--output', out, '--config', config, '--formats', 'csv,parquet', '--quiet']);
    mixedSeconds = (Date.now() - started) / 1000;
    const control = runCli(['--input', controlInput, '--output', controlOut, '--config', config, '--formats', 'csv,parquet', '--quiet']);
    expect(control.status, control.stderr).toBe(0);
    // --strict over the hand-made hostile files only (the big ones and the bulk add time, not cases).
    strict = runCli(['--input', join(input, 'hostile'), '--output', join(work, 'strict-out'), '--config', config, '--formats', 'csv', '--quiet', '--strict']);
    if (mixed.status === 0) report = await checkRun({ manifest, inputDir: input, outDir: out, controlOutDir: controlOut });
  }, 240_000);

  afterAll(() => {
    if (work) removeCorpus(work);
  });

  it('runs to the end with exit 0: no crash, no hang', () => {
    expect(mixed.status, mixed.stderr).toBe(0);
    expect(mixed.stderr).not.toMatch(/fatal/i);
    expect(mixedSeconds).toBeLessThan(240);
  });

  it('exits 1 under --strict', () => {
    expect(strict.status, strict.stderr).toBe(1);
    expect(strict.stderr).not.toMatch(/fatal/i);
  });

  it('covers every kind of trouble the issue lists', () => {
    const categories = new Set(manifest.files.map((f) => f.category));
    for (const c of [
      'random-bytes', 'nul-bytes', 'truncated-utf8', 'overlong-utf8', 'utf-16', 'windows-1252', 'latin-1', 'empty', 'whitespace-only',
      'big', 'unbalanced-quotes', 'mismatched-quotes', 'deep-html', 'malformed-html', 'malformed-json', 'jsonl-mixed', 'json-odd-types',
      'json-shape', 'odd-name', 'non-utf8-name', 'symlink', 'unreadable', 'too-large', 'fuzzed',
    ]) expect(categories, c).toContain(c);
    expect(manifest.files.filter((f) => !f.control).length).toBeGreaterThanOrEqual(400);
  });

  it('gives every file the outcome expected.json lists (error codes, warnings, article counts)', () => {
    const wrong = report.failures.filter((f) => f.kind === 'outcome');
    expect(wrong, JSON.stringify(wrong, null, 1)).toEqual([]);
  });

  it('writes only codes from the catalogue, and no stage, reader or worker crashes', () => {
    expect(report.failures.filter((f) => f.kind === 'code')).toEqual([]);
    expect(report.crashes).toEqual([]);
    expect(report.errorRowsByCode.E_STAGE).toBeUndefined();
  });

  it('takes no file past the time budget', () => {
    expect(report.hangs).toEqual([]);
  });

  it('names in every error row a path that exists in the input', () => {
    const bad = report.failures.filter((f) => f.kind === 'path');
    expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
  });

  it('leaves the good articles’ rows byte-identical to a run over the good files alone', () => {
    expect(report.controlRowsCompared).toBeGreaterThan(500);
    expect(report.controlRowsChanged, JSON.stringify(report.controlDiffs, null, 1)).toBe(0);
  });

  it('never reads a file a link outside the input folder points to', () => {
    const articles = readFileSync(join(out, 'articles.csv'), 'utf8');
    const secret = readFileSync(join(corpus, 'outside/secret.txt'), 'utf8').split('\n')[0];
    expect(articles).not.toContain(secret);
  });
});

describe('the hostile corpus generator', () => {
  it('writes the same files and manifest for the same seed', () => {
    const a = join(tempDir('newsframe-corpus-a-'), 'c');
    const b = join(tempDir('newsframe-corpus-b-'), 'c');
    const opts = { count: 120, seed: 3, maxFileBytes: 256 * 1024, bigBytes: 128 * 1024 };
    buildCorpus({ out: a, ...opts });
    buildCorpus({ out: b, ...opts });
    try {
      expect(treeDigest(b)).toEqual(treeDigest(a));
      expect(readFileSync(join(b, 'expected.json'), 'utf8')).toBe(readFileSync(join(a, 'expected.json'), 'utf8'));
    } finally {
      removeCorpus(dirname(a));
      removeCorpus(dirname(b));
    }
  });
});
