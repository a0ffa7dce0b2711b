/**
 * examples/kubernetes: an Indexed Job whose pods each run one shard (the index from JOB_COMPLETION_INDEX,
 * which Kubernetes sets) into a shared volume, and a merge Job over the same folder. The containers'
 * commands are run here as they are written, with the volume's paths pointing at a temporary folder.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { COUNT_VARIABLE, INDEX_VARIABLE } from '../../src/shard/select.ts';

const load = (name: string) => parse(readFileSync(join(ROOT, 'examples/kubernetes', name), 'utf8'));
const shards = load('shards-job.yaml');
const merge = load('merge-job.yaml');
const container = (job: any) => job.spec.template.spec.containers[0];
const envOf = (job: any) => Object.fromEntries((container(job).env ?? []).map((e: any) => [e.name, e.value]));

/** Runs a container's command in the repository, with /data standing for `data`. */
function runCommand(job: any, data: string, env: Record<string, string>) {
  const [cmd, ...args] = container(job).command.map((a: string) => a.replace(/^\/data\//, `${data}/`));
  return spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000, env: { ...process.env, CI: 'true', ...env } });
}

describe('the Kubernetes example', () => {
  it('runs the shards as an Indexed Job whose shard count equals its completions', () => {
    expect(shards.kind).toBe('Job');
    expect(shards.spec.completionMode).toBe('Indexed');
    expect(envOf(shards)[COUNT_VARIABLE]).toBe(String(shards.spec.completions));
    expect(container(shards).command).not.toContain('--shard-index'); // the index comes from JOB_COMPLETION_INDEX
    expect(shards.spec.template.spec.restartPolicy).toBe('Never');
  });

  it('merges the folder the shards write to, on the same volume, and does not retry a refusal', () => {
    const out = (job: any) => container(job).command[container(job).command.indexOf('--output') + 1];
    expect(out(merge)).toBe(out(shards));
    expect(container(merge).command).toContain('merge');
    const claim = (job: any) => job.spec.template.spec.volumes[0].persistentVolumeClaim.claimName;
    expect(claim(merge)).toBe(claim(shards));
    expect(container(merge).volumeMounts).toEqual(container(shards).volumeMounts);
    expect(merge.spec.podFailurePolicy.rules[0]).toMatchObject({ action: 'FailJob', onExitCodes: { operator: 'In', values: [2, 3] } });
  });

  it('has commands that, run as written (one shard), write the parts and the merged tables', () => {
    const data = tempDir();
    cpSync(join(ROOT, 'input'), join(data, 'input'), { recursive: true });
    const shard = runCommand(shards, data, { ...envOf(shards), [COUNT_VARIABLE]: '1', [INDEX_VARIABLE]: '0' });
    expect(shard.status, shard.stderr).toBe(0);
    expect(existsSync(join(data, 'output/_manifests/shard=0.json'))).toBe(true);
    const merged = runCommand(merge, data, {});
    expect(merged.status, merged.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(data, 'output/manifest.json'), 'utf8')).counts.articles).toBe(9);
  });
});
