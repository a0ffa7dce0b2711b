/**
 * Where shards put their files inside the output folder, and what a shard's manifest holds.
 *
 *   <output>/<table>/shard=<I>/part-0.parquet   one part per table (hive partitioning: DuckDB, Spark, polars and
 *                                                arrow read <output>/<table>/ as one table with a `shard` column)
 *   <output>/_manifests/shard=<I>.json          the shard's manifest, written last: a shard without it is unfinished
 *
 * Spark and arrow skip folders starting with `_` when reading a dataset, so the manifests never look like data.
 */
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { TableDef } from '../schema/columns.ts';

export const MANIFEST_DIR = '_manifests';

export const partPath = (dir: string, table: string, index: number) => join(dir, table, `shard=${index}`, 'part-0.parquet');
export const manifestPath = (dir: string, index: number) => join(dir, MANIFEST_DIR, `shard=${index}.json`);
export const MANIFEST_NAME = /^shard=(0|[1-9]\d*)\.json$/;

const counts = z.object({
  files: z.number(), article_files: z.number(), skipped_files: z.number(), articles: z.number(),
  error_rows: z.number(), warning_rows: z.number(), cache_hits: z.number(),
});

/** A shard's manifest: the fields merge relies on are checked; the run's other manifest fields ride along. */
export const shardManifestSchema = z.looseObject({
  tool: z.literal('newsframe'),
  version: z.string(),
  started_at: z.string(),
  finished_at: z.string(),
  config: z.record(z.string(), z.unknown()),
  config_path: z.string().nullable(),
  workers: z.number(),
  counts,
  errors_by_code: z.record(z.string(), z.number()),
  rows: z.record(z.string(), z.number()),
  shard: z.object({ index: z.number().int().min(0), count: z.number().int().min(1) }),
  /** sha256 of the config alone, and of everything that decides the rows (version, source, data, config). */
  config_sha256: z.string(),
  pipeline_fingerprint: z.string(),
  /** sha256 of every table's columns (name, storage type, nullability): merge reads the parts with its own schemas. */
  tables_sha256: z.string(),
  /** What discovery found under the input folder, over all shards: so merge can tell shards of different inputs apart. */
  input_files: z.object({ count: z.number().int(), paths_sha256: z.string() }),
  /** This shard's entries, in discovery order, each with its position in the discovery order of the whole input. */
  files: z.array(z.object({ path: z.string(), position: z.number().int().min(0) })),
  /** sha256 of each part, by table name: merge checks them, so a part left by another run is caught. */
  parts_sha256: z.record(z.string(), z.string()),
});

export type ShardManifest = z.infer<typeof shardManifestSchema>;

/** sha256 of the column lists of `tables` (see ShardManifest.tables_sha256). */
export function tablesSha256(tables: readonly TableDef[]): string {
  const shape = tables.map((t) => [t.name, t.columns.map((c) => [c.name, c.kind, c.nullable])]);
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex');
}
