/**
 * Before a merge: finds the shards' manifests and refuses, with a message saying what to do, when
 * a shard is missing or unfinished, when shards were made by different versions, builds, configs
 * or inputs, or when a part on disk is not the one its manifest describes.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES } from '../schema/tables.ts';
import { VERSION } from '../version.ts';
import { MANIFEST_DIR, MANIFEST_NAME, manifestPath, partPath, shardManifestSchema, tablesSha256, type ShardManifest } from './layout.ts';

/** The shards cannot be merged as they are (exit code 3): the message names the shards and the fix. */
export class MergeRefused extends Error {}

const list = (ns: number[]) => (ns.length === 1 ? `shard ${ns[0]}` : `shards ${ns.join(', ')}`);

/** Refuses when `key` differs between shards; the message lists each value with the shards that have it. */
function sameFor(shards: ShardManifest[], key: (s: ShardManifest) => string, what: string, fix: string, label = key): void {
  const groups = new Map<string, { label: string; shards: number[] }>();
  for (const s of shards) {
    const k = key(s);
    if (!groups.has(k)) groups.set(k, { label: label(s), shards: [] });
    groups.get(k)!.shards.push(s.shard.index);
  }
  if (groups.size <= 1) return;
  const parts = [...groups.values()].map((g) => `${g.label} (${list(g.shards)})`);
  throw new MergeRefused(`the shards were made ${what}: ${parts.join('; ')}. ${fix}`);
}

function readManifest(path: string): ShardManifest {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new MergeRefused(`${path} is not valid JSON (${(err as Error).message}); re-run that shard`);
  }
  const r = shardManifestSchema.safeParse(raw);
  if (!r.success) {
    const fields = r.error.issues.map((i) => i.path.join('.') || '(root)').join(', ');
    throw new MergeRefused(`${path} is not a newsframe shard manifest (bad or missing: ${fields}); re-run that shard`);
  }
  return r.data;
}

/**
 * The manifests of every shard under `dir`, by index, once every check passes. `fingerprint`
 * computes this build's pipeline fingerprint for a config (see cache.ts).
 */
export function checkShards(dir: string, fingerprint: (config: ShardManifest['config']) => string): ShardManifest[] {
  const names = existsSync(join(dir, MANIFEST_DIR)) ? readdirSync(join(dir, MANIFEST_DIR)).filter((n) => MANIFEST_NAME.test(n)) : [];
  if (!names.length) {
    throw new MergeRefused(`no finished shards in ${dir}: a run with --shard-index I --shard-count N writes ${join(dir, MANIFEST_DIR, 'shard=I.json')} when it finishes`);
  }
  const shards = names.map((n) => {
    const m = readManifest(join(dir, MANIFEST_DIR, n));
    if (`shard=${m.shard.index}.json` !== n) throw new MergeRefused(`${join(dir, MANIFEST_DIR, n)} describes shard ${m.shard.index}, not the shard its name says; re-run that shard`);
    return m;
  }).sort((a, b) => a.shard.index - b.shard.index);

  sameFor(shards, (s) => String(s.shard.count), 'with different shard counts', 'Remove the stale shards, or give each sharded run its own output folder.', (s) => `--shard-count ${s.shard.count}`);
  const count = shards[0].shard.count;
  const extra = shards.filter((s) => s.shard.index >= count).map((s) => s.shard.index);
  if (extra.length) throw new MergeRefused(`${list(extra)} cannot be part of ${count} shards; remove ${extra.map((i) => manifestPath(dir, i)).join(', ')}`);
  const have = new Set(shards.map((s) => s.shard.index));
  const missing = Array.from({ length: count }, (_, i) => i).filter((i) => !have.has(i));
  if (missing.length) {
    const unfinished = missing.filter((i) => TABLES.some((t) => existsSync(partPath(dir, t.name, i))));
    throw new MergeRefused(
      `missing ${list(missing)} of ${count} in ${dir} (no ${join(MANIFEST_DIR, `shard=${missing[0]}.json`)}${missing.length > 1 ? ' ...' : ''})`
      + (unfinished.length ? `; ${list(unfinished)} ${unfinished.length > 1 ? 'have' : 'has'} parts but no manifest: failed, killed or still running` : '')
      + `. Run ${missing.length > 1 ? 'them' : 'it'} (--shard-index I --shard-count ${count}) before merging.`,
    );
  }

  sameFor(shards, (s) => s.version, 'by different newsframe versions', 'Run every shard with the same version.', (s) => `newsframe ${s.version}`);
  if (shards[0].version !== VERSION) {
    throw new MergeRefused(`the shards were made by newsframe ${shards[0].version} and this is newsframe ${VERSION}: merge with the version that made them`);
  }
  sameFor(shards, (s) => s.config_sha256, 'with different configs', 'Run every shard with the same --config.',
    (s) => `config ${s.config_path ?? '(default)'} sha256 ${s.config_sha256.slice(0, 12)}`);
  sameFor(shards, (s) => s.pipeline_fingerprint, `by different builds of newsframe ${VERSION} (their source or data files differ)`,
    'Run every shard from the same checkout.', (s) => `build ${s.pipeline_fingerprint}`);
  if (shards[0].tables_sha256 !== tablesSha256(TABLES)) {
    throw new MergeRefused(`the shards' table columns differ from this newsframe's (another build of ${VERSION}): merge with the checkout that made them`);
  }
  if (fingerprint(shards[0].config) !== shards[0].pipeline_fingerprint) {
    process.stderr.write(`newsframe: warning: the shards were made by another build of newsframe ${VERSION} than this one (same tables); merging\n`);
  }
  sameFor(shards, (s) => `${s.input_files.count}/${s.input_files.paths_sha256}`, 'over different inputs',
    'Every shard must see the same input folder (same files, same names).', (s) => `${s.input_files.count} files under ${String(s.input)}`);

  const total = shards[0].input_files.count;
  const seen = new Uint8Array(total);
  for (const s of shards) for (const f of s.files) {
    if (f.position >= total || seen[f.position]++) throw new MergeRefused(`shard ${s.shard.index}'s file list does not fit the input (${f.path}); re-run that shard`);
  }
  if (seen.some((x) => x !== 1)) throw new MergeRefused(`the shards' file lists do not cover the ${total} input files; re-run the shards`);

  for (const s of shards) for (const t of TABLES) {
    const path = partPath(dir, t.name, s.shard.index);
    const want = s.parts_sha256[t.name];
    const got = existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : null;
    if (got !== want) {
      throw new MergeRefused(`${path} ${got ? 'is not the part shard ' + s.shard.index + '\'s manifest describes (left by another run?)' : 'is missing'}: re-run shard ${s.shard.index}`);
    }
  }
  return shards;
}
