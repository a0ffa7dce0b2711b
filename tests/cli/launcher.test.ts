/** bin/newsframe.js runs a cached JavaScript bundle of src/; it must behave exactly like the TypeScript sources. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers/cli.ts';

function run(out: string, env: Record<string, string>) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/newsframe.js'), '--input', join(ROOT, 'input'), '--output', out, '--no-cache', '--quiet', '--formats', 'csv', '--concurrency', '2'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env }, timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
}

describe('the launcher', () => {
  it('writes the same tables from the bundle as from the TypeScript sources (through tsx)', () => {
    const dir = tempDir();
    run(join(dir, 'bundled'), {});
    run(join(dir, 'tsx'), { NEWSFRAME_NO_BUNDLE: '1' });
    const tables = readdirSync(join(dir, 'tsx')).filter((f) => f.endsWith('.csv')).sort();
    expect(tables.length).toBeGreaterThanOrEqual(7);
    for (const t of tables) expect(readFileSync(join(dir, 'bundled', t), 'utf8'), t).toBe(readFileSync(join(dir, 'tsx', t), 'utf8'));
  });

  it('keeps the bundle in node_modules/.cache/newsframe, one folder per version of the sources', () => {
    const cache = join(ROOT, 'node_modules/.cache/newsframe');
    const newest = readdirSync(cache).sort((a, b) => statSync(join(cache, b)).mtimeMs - statSync(join(cache, a)).mtimeMs)[0];
    expect(readdirSync(join(cache, newest)).sort()).toEqual(['cli.mjs', 'merge-worker.mjs', 'worker.mjs']);
  });
});
