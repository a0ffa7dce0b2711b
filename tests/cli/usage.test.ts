/** Options and config errors, through the command line's main() in this process (no pipeline run needed). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/main.ts';
import { tempDir } from '../helpers/cli.ts';

async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const status = await main(args);
  vi.restoreAllMocks();
  return { status, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

describe('the command line', () => {
  it('prints help and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    for (const opt of ['--input', '--output', '--config', '--formats', '--concurrency', '--strict', '--cache', '--no-cache']) expect(r.stdout).toContain(opt);
  });

  it('exits 2 and names the option for an unknown format', async () => {
    const r = await run(['--formats', 'csv,xlsx', '--output', join(tempDir(), 'o')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--formats.*"xlsx"/);
  });

  it('exits 2 and names an unknown flag', async () => {
    const r = await run(['--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bogus/);
  });

  it('exits 2 and names the option for a bad concurrency', async () => {
    for (const bad of ['zero', '0', '1.5']) {
      const r = await run(['--concurrency', bad]);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/--concurrency/);
    }
  });

  it('exits 2 and names the config field that is wrong', async () => {
    const cfg = join(tempDir(), 'bad.json');
    writeFileSync(cfg, JSON.stringify({ stages: { entities: true, quotess: false } }));
    const r = await run(['--config', cfg, '--output', join(tempDir(), 'o')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/stages\.quotess/);
  });

  it('exits 2 for a config file that is missing or not JSON', async () => {
    expect((await run(['--config', join(tempDir(), 'none.json')])).stderr).toMatch(/--config.*not found/);
    const cfg = join(tempDir(), 'broken.json');
    writeFileSync(cfg, '{ "stages": ');
    const r = await run(['--config', cfg]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--config.*not valid JSON/);
  });
});
