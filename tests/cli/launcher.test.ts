/** bin/newsframe.js runs a cached JavaScript bundle of src/; it must behave exactly like the TypeScript sources. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
    const newest = readdirSync(cache).filter((d) => !d.endsWith('-scripts')).sort((a, b) => statSync(join(cache, b)).mtimeMs - statSync(join(cache, a)).mtimeMs)[0];
    expect(readdirSync(join(cache, newest)).sort()).toEqual(['cli.mjs', 'merge-worker.mjs', 'worker.mjs']);
  });

  it('runs a script bundled as the CLI is (scripts/run-bundled.mjs), with its own arguments and location', () => {
    const dir = tempDir();
    const script = join(dir, 'probe-script.mts');
    const labels = join(ROOT, 'src/stages/entities/tagger/labels.ts');
    writeFileSync(script, `import { NUM_LABELS } from ${JSON.stringify(labels)};\nconst n: number = NUM_LABELS;\nconsole.log(JSON.stringify({ n, dir: import.meta.dirname, args: process.argv.slice(2) }));\n`);
    const outputs = [{}, { NEWSFRAME_NO_BUNDLE: '1' }].map((env) => {
      const r = spawnSync(process.execPath, [join(ROOT, 'scripts/run-bundled.mjs'), script, '--limit', '3'], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000,
      });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout);
    });
    expect(outputs[0]).toEqual({ n: 17, dir, args: ['--limit', '3'] });
    expect(outputs[1]).toEqual(outputs[0]);
    const cache = join(ROOT, 'node_modules/.cache/newsframe');
    expect(readdirSync(cache).some((d) => d.endsWith('-scripts') && existsSync(join(cache, d, 'probe-script.mjs')))).toBe(true);
  });
});
