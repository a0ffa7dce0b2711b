/**
 * examples/github-actions/nightly.yml: a well-formed workflow whose pipeline step, run here in bash
 * the way the runner runs it, writes the tables it then uploads.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers/cli.ts';

const workflow = parse(readFileSync(join(ROOT, 'examples/github-actions/nightly.yml'), 'utf8'));
const steps: Array<Record<string, any>> = workflow.jobs.pipeline.steps;
const step = (name: string) => steps.find((s) => s.name === name)!;

describe('the nightly GitHub Actions workflow', () => {
  it('runs on a nightly schedule and on demand', () => {
    const [{ cron }] = workflow.on.schedule;
    expect(cron.split(/\s+/)).toHaveLength(5);
    expect(cron).toMatch(/^\d+ \d+ \* \* \*$/);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('caches node_modules on the lockfile and installs only on a miss', () => {
    const cache = step('Cache node_modules');
    expect(cache.uses).toMatch(/^actions\/cache@v\d+$/);
    expect(cache.with.path).toBe('node_modules');
    expect(cache.with.key).toContain("hashFiles('package-lock.json')");
    expect(step('Install')).toMatchObject({ run: 'npm ci', if: `steps.${cache.id}.outputs.cache-hit != 'true'` });
  });

  it('uploads the output folder as an artifact', () => {
    const upload = step('Upload the tables');
    expect(upload.uses).toMatch(/^actions\/upload-artifact@v\d+$/);
    expect(upload.with.path).toBe('${{ env.OUTPUT_DIR }}/');
    expect(workflow.env.OUTPUT_DIR).toBe('output');
  });

  it('has a pipeline step that, run as the runner runs it, writes the tables and a summary', () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const run = step('Run the pipeline');
    expect(run.shell).toBe('bash');
    // The step runs in the checkout, as on the runner, so its run cache lands in the repo: removed after.
    const cacheDir = join(ROOT, '.newsframe-cache');
    const hadCache = existsSync(cacheDir);
    onTestFinished(() => {
      if (!hadCache) rmSync(cacheDir, { recursive: true, force: true });
    });
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', run.run], {
      cwd: ROOT, encoding: 'utf8', timeout: 300_000,
      env: { ...process.env, INPUT_DIR: join(ROOT, workflow.env.INPUT_DIR), OUTPUT_DIR: join(dir, 'output'), GITHUB_STEP_SUMMARY: summary },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'output/articles.parquet'))).toBe(true);
    expect(readFileSync(summary, 'utf8')).toMatch(/### newsframe\n```\nnewsframe: 9 articles from/);
  });
});
