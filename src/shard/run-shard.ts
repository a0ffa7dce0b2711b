/**
 * One shard of a sharded run: the pipeline over the input files whose path hashes to this shard,
 * written as one Parquet part per table plus the shard's manifest (see layout.ts). The parts are
 * written into a temporary folder inside the output folder and renamed into place, the manifest
 * last, so a crashed shard leaves no half-written part and a retried shard replaces only its own.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { runPipeline, type RunOptions, type RunSummary } from '../run.ts';
import { pipelineFingerprint } from '../cache.ts';
import type { PipelineConfig } from '../config.ts';
import { TABLES } from '../schema/tables.ts';
import type { DiscoveredFile } from '../stages/load/discover.ts';
import { manifestPath, partPath, tablesSha256, type ShardManifest } from './layout.ts';
import { shardOf, type ShardSpec } from './select.ts';

export type ShardRunOptions = Omit<RunOptions, 'formats' | 'select' | 'publish'> & { shard: ShardSpec };

export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The settings of a config: without the fields that only describe it ($schema, description). */
export function settingsOf(config: PipelineConfig): PipelineConfig {
  const { $schema: _s, description: _d, ...settings } = config;
  return settings;
}

/** sha256 of a config as canonical JSON (keys sorted), so key order in the file does not matter. */
export function configSha256(config: unknown): string {
  const canonical = (v: unknown): unknown => Array.isArray(v)
    ? v.map(canonical)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]))
      : v;
  return sha256(JSON.stringify(canonical(config)));
}

/**
 * Runs shard `shard.index` of `shard.count` over `inputDir` and puts its parts and manifest under
 * `outputDir`. Other shards' files there are left alone. The summary's outputDir is the output folder.
 */
export async function runShard(opts: ShardRunOptions): Promise<RunSummary> {
  const { index, count } = opts.shard;
  const outputDir = resolve(opts.outputDir);
  const files: ShardManifest['files'] = [];
  const allPaths = createHash('sha256');
  let position = 0;
  const select = (file: DiscoveredFile) => {
    const p = position++;
    allPaths.update(file.relPath).update('\n');
    if (shardOf(file.relPath, count) !== index) return false;
    files.push({ path: file.relPath, position: p });
    return true;
  };

  const publish = (tmpDir: string) => {
    const run = JSON.parse(readFileSync(join(tmpDir, 'manifest.json'), 'utf8'));
    delete run.files_sha256;
    const parts: Record<string, string> = {};
    for (const t of TABLES) parts[t.name] = sha256(readFileSync(join(tmpDir, `${t.name}.parquet`)));
    const manifest: ShardManifest = {
      ...run,
      shard: { index, count },
      config_sha256: configSha256(settingsOf(opts.config)),
      pipeline_fingerprint: pipelineFingerprint(settingsOf(opts.config)),
      tables_sha256: tablesSha256(TABLES),
      input_files: { count: position, paths_sha256: allPaths.digest('hex') },
      files,
      parts_sha256: parts,
    };
    // Uncommit first: from here until the new manifest is in place, merge sees this shard as unfinished.
    const final = manifestPath(outputDir, index);
    rmSync(final, { force: true });
    for (const t of TABLES) {
      const to = partPath(outputDir, t.name, index);
      mkdirSync(dirname(to), { recursive: true });
      renameSync(join(tmpDir, `${t.name}.parquet`), to);
    }
    mkdirSync(dirname(final), { recursive: true });
    const staged = `${final}.tmp-${process.pid}`;
    writeFileSync(staged, JSON.stringify(manifest, null, 2) + '\n');
    renameSync(staged, final);
  };

  // The run's own temporary folder goes inside the output folder (renames stay on one file system, also
  // when the output folder is a mounted volume), under a hidden name per shard that readers skip.
  const summary = await runPipeline({
    ...opts, outputDir: join(outputDir, `.shard=${index}`), formats: ['parquet'], select, publish,
  });
  return { ...summary, outputDir, shard: { index, count } };
}
