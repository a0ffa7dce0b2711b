/**
 * Which shard an input file belongs to, and the shard options of a run (flags, or the variables a
 * Kubernetes Indexed Job sets). The share depends only on the file's relative path, so every shard
 * picks its files alone, on any machine, and a retried shard picks the same ones.
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.ts';

export interface ShardSpec {
  /** 0-based. */
  index: number;
  count: number;
}

/** Environment variables read when the flags are not given. */
export const INDEX_VARIABLE = 'JOB_COMPLETION_INDEX';
export const COUNT_VARIABLE = 'NEWSFRAME_SHARD_COUNT';
export const MAX_SHARDS = 10_000;

/**
 * The shard (0 to count - 1) of a relative input path: the first four bytes of the sha256 of the
 * path (UTF-8), read as a big-endian unsigned integer, modulo count.
 */
export function shardOf(relPath: string, count: number): number {
  return createHash('sha256').update(relPath).digest().readUInt32BE(0) % count;
}

function wholeNumber(text: string, name: string, min: number, max: number): number {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`${name}: "${text}" is not a whole number from ${min} to ${max}`);
  }
  return n;
}

/**
 * The shard of this run from `--shard-index` / `--shard-count`, else from JOB_COMPLETION_INDEX /
 * NEWSFRAME_SHARD_COUNT; null for an ordinary (unsharded) run. Throws UsageError naming the
 * option or variable that is missing or wrong.
 */
export function shardSpec(
  flags: { index?: string; count?: string }, env: NodeJS.ProcessEnv = process.env,
): ShardSpec | null {
  const index = flags.index !== undefined
    ? { text: flags.index, name: '--shard-index' }
    : env[INDEX_VARIABLE] !== undefined ? { text: env[INDEX_VARIABLE]!, name: INDEX_VARIABLE } : null;
  const count = flags.count !== undefined
    ? { text: flags.count, name: '--shard-count' }
    : env[COUNT_VARIABLE] !== undefined ? { text: env[COUNT_VARIABLE]!, name: COUNT_VARIABLE } : null;
  if (!index && !count) return null;
  if (!count) throw new UsageError(`${index!.name} is set but no shard count: give --shard-count N (or set ${COUNT_VARIABLE})`);
  if (!index) throw new UsageError(`${count.name} is set but no shard index: give --shard-index I (or set ${INDEX_VARIABLE})`);
  const n = wholeNumber(count.text, count.name, 1, MAX_SHARDS);
  const i = wholeNumber(index.text, index.name, 0, MAX_SHARDS - 1);
  if (i >= n) throw new UsageError(`${index.name}: ${i} is not below the shard count ${n} (${count.name}); shards are numbered 0 to ${n - 1}`);
  return { index: i, count: n };
}
