/**
 * A run killed at any moment (SIGKILL: no cleanup code runs) leaves the previous output whole, and
 * the next run completes. See swapInto / recoverPreviousOutput in src/run.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { ROOT, runCli, sql, tempDir } from '../helpers/cli.ts';
import { Rng } from '../../scripts/lib/prng.ts';

interface Manifest {
  input: string;
  rows: Record<string, number>;
  files_sha256: Record<string, string>;
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * Checks that `dir` is a complete output folder: the manifest parses, it lists every file there
 * and each has the sha256 it gives, and DuckDB reads as many articles from the Parquet file as the
 * manifest counts. Returns the manifest.
 */
async function expectWhole(dir: string): Promise<Manifest> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  expect(readdirSync(dir).sort()).toEqual([...Object.keys(manifest.files_sha256), 'manifest.json'].sort());
  for (const [name, hash] of Object.entries(manifest.files_sha256)) expect(sha(join(dir, name)), name).toBe(hash);
  const [{ n }] = await sql<{ n: number }>(`SELECT count(*)::INT AS n FROM read_parquet('${join(dir, 'articles.parquet')}')`);
  expect(n).toBe(manifest.rows.articles);
  return manifest;
}

/** Starts the CLI and SIGKILLs it after `delayMs`. Resolves when it has exited. */
function runAndKill(args: string[], delayMs: number): Promise<{ killed: boolean; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/newsframe.js'), ...args, '--no-cache'], { cwd: ROOT, stdio: 'ignore' });
    let killed = false;
    const timer = setTimeout(() => {
      if (child.exitCode === null) killed = child.kill('SIGKILL');
    }, delayMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ killed, code });
    });
  });
}

/** Temporary folders made here, removed after the tests. */
const made: string[] = [];
const temp = (prefix: string) => {
  const dir = tempDir(prefix);
  made.push(dir);
  return dir;
};
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** 200 article files: the sample input's articles, copied round-robin into 8 folders. */
function largeInput(): string {
  const dir = join(temp('newsframe-kill-in-'), 'in');
  const sources = ['iran-negotiations.txt', 'sport/final.txt', 'world/election-results.md', 'business/markets.html', 'feeds/digest.json', 'feeds/wire.jsonl'];
  for (let i = 0; i < 200; i++) {
    const src = sources[i % sources.length];
    const sub = join(dir, `batch-${i % 8}`);
    mkdirSync(sub, { recursive: true });
    copyFileSync(join(ROOT, 'input', src), join(sub, `${String(i).padStart(3, '0')}-${basename(src)}`));
  }
  return dir;
}

describe('a run killed at a random moment', () => {
  it('leaves the previous output whole, and the next run completes', async () => {
    const out = join(temp('newsframe-kill-out-'), 'out');
    const first = runCli(['--input', join(ROOT, 'input'), '--output', out, '--quiet']);
    expect(first.status, first.stderr).toBe(0);
    const before = await expectWhole(out);

    const input = largeInput();
    const args = ['--input', input, '--output', out, '--quiet'];
    const rng = new Rng(20240501);
    // Seeded moments: during start-up, discovery, the first batches, and later in the run.
    const delays = [200, 800, 1500].map((ms) => ms + rng.int(-100, 100));
    delays.push(rng.int(2000, 5000));

    let killedBeforeSwap = 0;
    for (const delay of delays) {
      const { killed } = await runAndKill(args, delay);
      // A run that swapped its output in before the kill landed leaves the new output: whole too.
      if (existsSync(out)) {
        const m = await expectWhole(out);
        if (killed && m.input === before.input) killedBeforeSwap++;
      } else {
        // Killed between the two renames of the swap: the previous output waits beside it, whole,
        // and the next run puts it back.
        await expectWhole(join(dirname(out), '.out.old'));
      }
    }

    expect(killedBeforeSwap, 'runs killed before they could replace the output').toBeGreaterThanOrEqual(2);

    const last = runCli(args);
    expect(last.status, last.stderr).toBe(0);
    const after = await expectWhole(out);
    expect(after.input).toBe(input);
    expect(after.rows.articles).toBeGreaterThan(200);
    // Nothing is left behind by the killed runs.
    expect(readdirSync(dirname(out)).filter((n) => n !== 'out')).toEqual([]);
  }, 240_000);

  it('leaves, when it dies between the two renames of the swap, a state the next run cleans up and completes from', async () => {
    // The state a kill between renameSync(output, old) and renameSync(tmp, output) leaves: no output
    // folder, the previous one as .out.old, and the dead run's half-written temp folder.
    const parent = temp('newsframe-kill-swap-');
    const out = join(parent, 'out');
    expect(runCli(['--input', join(ROOT, 'input'), '--output', out, '--formats', 'csv,parquet', '--quiet']).status).toBe(0);
    const before = await expectWhole(out);
    renameSync(out, join(parent, '.out.old'));
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(parent, `.out.tmp-${dead}-1`));
    writeFileSync(join(parent, `.out.tmp-${dead}-1`, 'articles.csv'), 'article_id\n');

    const next = runCli(['--input', join(ROOT, 'input/sport'), '--output', out, '--formats', 'csv,parquet', '--quiet']);
    expect(next.status, next.stderr).toBe(0);
    const after = await expectWhole(out);
    expect(after.input).not.toBe(before.input);
    expect(readdirSync(parent)).toEqual(['out']);
  });
});
