/**
 * examples/github-actions/sharded.yml: a shard matrix whose list agrees with the shard count, and a merge
 * job that collects every shard's artifact; its run steps, run here in bash as the runner runs them (with
 * one shard, to stay fast), write the parts and then the merged tables.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { COUNT_VARIABLE } from '../../src/shard/select.ts';

const workflow = parse(readFileSync(join(ROOT, 'examples/github-actions/sharded.yml'), 'utf8'));
const step = (job: string, name: string) => (workflow.jobs[job].steps as Array<Record<string, any>>).find((s) => s.name === name)!;

/** Runs a `run:` step in bash as the runner does, with the workflow's env and `env`. */
function runStep(s: Record<string, any>, env: Record<string, string>) {
  return spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run], {
    cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: { ...process.env, CI: 'true', ...env },
  });
}

describe('the sharded GitHub Actions workflow', () => {
  it('has one matrix job per shard, 0 to the shard count - 1, none cancelling the others', () => {
    const count = Number(workflow.env[COUNT_VARIABLE]);
    expect(count).toBeGreaterThan(1);
    expect(workflow.jobs.shard.strategy.matrix.shard).toEqual(Array.from({ length: count }, (_, i) => i));
    expect(workflow.jobs.shard.strategy['fail-fast']).toBe(false);
    expect(step('shard', 'Run one shard').env.SHARD_INDEX).toBe('${{ matrix.shard }}');
  });

  it('uploads each shard under its own name and merges after every shard, from all their artifacts', () => {
    const upload = step('shard', 'Upload the shard\'s parts');
    expect(upload.with.name).toBe('newsframe-shard-${{ matrix.shard }}');
    expect(upload.with.path).toBe('${{ env.OUTPUT_DIR }}/');
    expect(workflow.jobs.merge.needs).toBe('shard');
    const download = step('merge', 'Download the shards\' parts');
    expect(download.uses).toMatch(/^actions\/download-artifact@v\d+$/);
    expect(download.with).toMatchObject({ pattern: 'newsframe-shard-*', path: '${{ env.OUTPUT_DIR }}', 'merge-multiple': true });
    expect(step('merge', 'Upload the tables').with.path).toBe('${{ env.OUTPUT_DIR }}/');
  });

  it('has shard and merge steps that, run as the runner runs them, write the merged tables and a summary', () => {
    const dir = tempDir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '');
    const env = {
      INPUT_DIR: join(ROOT, workflow.env.INPUT_DIR), OUTPUT_DIR: join(dir, 'output'), GITHUB_STEP_SUMMARY: summary,
      [COUNT_VARIABLE]: '1', SHARD_INDEX: '0',
    };
    const shard = runStep(step('shard', 'Run one shard'), env);
    expect(shard.status, shard.stderr).toBe(0);
    expect(existsSync(join(dir, 'output/mentions/shard=0/part-0.parquet'))).toBe(true);
    const merge = runStep(step('merge', 'Merge the shards'), env);
    expect(merge.status, merge.stderr).toBe(0);
    expect(existsSync(join(dir, 'output/articles.parquet'))).toBe(true);
    expect(readFileSync(summary, 'utf8')).toMatch(/### newsframe \(merged\)\n```\nnewsframe: merged 1 shards in [\d.]+ s\nnewsframe: 9 articles from/);
  });
});
