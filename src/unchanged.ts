/**
 * A re-run over exactly the input, pipeline, config and formats that made the output folder, while the
 * folder is as that run left it, has nothing to do: like `make`, it keeps the output and says so.
 *
 * After a run with a cache, a stamp in the cache folder records what made the output: the pipeline
 * fingerprint, the formats, a signature of the input (every discovered entry, and the content key of every
 * article file) and the size and modification time of every output file. A later run compares them
 * before it starts any worker. Reading and hashing the input is all it costs (the BBC corpus: 5 MB).
 * A run with a transient error (E_TIMEOUT, E_WORKER) writes no stamp, so its next run tries those files again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineConfig } from './config.ts';
import { RowCache, STAMPS_DIR } from './cache.ts';
import { discover, type DiscoveredFile } from './stages/load/discover.ts';
import type { RunCounts } from './export/manifest.ts';

const TRANSIENT = new Set(['E_TIMEOUT', 'E_WORKER']);

export interface RunStamp {
  fingerprint: string;
  inputDir: string;
  formats: string[];
  input: string;
  outputs: Record<string, { size: number; mtimeMs: number }>;
  counts: RunCounts;
  rows: Record<string, number>;
  errorsByCode: Record<string, number>;
  finishedAt: string;
}

/**
 * Collects the input signature of a run as its files are discovered and processed: a digest of the set of
 * discovered entries and the set of article content keys, whatever order they come in. Each is kept as
 * the sum, modulo 2^256, of its members' SHA-256 (a multiset hash), so the signature takes constant memory
 * rather than a string per file (44,500 files: ~5 MB of the main thread's heap).
 */
export class InputSignature {
  private entries = 0n;
  private keys = 0n;

  addEntry(f: DiscoveredFile): void {
    this.entries = add256(this.entries, `${f.relPath}\t${f.kind}\t${f.problem?.code ?? ''}`);
  }

  addKey(key: string): void {
    this.keys = add256(this.keys, key);
  }

  digest(): string {
    return createHash('sha256').update(`${this.entries.toString(16)}\0${this.keys.toString(16)}`).digest('hex');
  }
}

const MOD_256 = (1n << 256n) - 1n;
const add256 = (sum: bigint, member: string): bigint =>
  (sum + BigInt(`0x${createHash('sha256').update(member).digest('hex')}`)) & MOD_256;

const stampPath = (cacheRoot: string, outputDir: string) =>
  join(cacheRoot, STAMPS_DIR, `${createHash('sha256').update(outputDir).digest('hex').slice(0, 16)}.json`);

/** The stat of every file in the output folder. */
function outputState(outputDir: string): RunStamp['outputs'] {
  const out: RunStamp['outputs'] = {};
  for (const name of readdirSync(outputDir).sort()) {
    const s = statSync(join(outputDir, name));
    out[name] = { size: s.size, mtimeMs: s.mtimeMs };
  }
  return out;
}

/** Records what made the output folder (called after the swap). */
export function writeStamp(
  cacheRoot: string, outputDir: string,
  stamp: Omit<RunStamp, 'outputs'>,
): void {
  if (Object.keys(stamp.errorsByCode).some((c) => TRANSIENT.has(c))) return;
  try {
    const path = stampPath(cacheRoot, outputDir);
    mkdirSync(join(path, '..'), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ ...stamp, outputs: outputState(outputDir) }));
    renameSync(tmp, path);
  } catch {
    // Without a stamp the next run only does more work.
  }
}

/**
 * The stamp of the run that made outputDir, when the input, pipeline, config, formats and the output
 * folder itself are all as that run left them; otherwise null.
 */
export async function unchangedRun(
  cacheRoot: string, fingerprint: string, inputDir: string, outputDir: string, formats: string[], config: PipelineConfig,
): Promise<RunStamp | null> {
  let stamp: RunStamp;
  try {
    stamp = JSON.parse(readFileSync(stampPath(cacheRoot, outputDir), 'utf8')) as RunStamp;
  } catch {
    return null;
  }
  if (stamp.fingerprint !== fingerprint || stamp.inputDir !== inputDir || stamp.formats.join() !== formats.join()) return null;
  try {
    if (JSON.stringify(outputState(outputDir)) !== JSON.stringify(stamp.outputs)) return null;
  } catch {
    return null;
  }
  const sig = new InputSignature();
  for await (const f of discover(inputDir, config)) {
    sig.addEntry(f);
    if (f.kind !== 'article') continue;
    try {
      sig.addKey(RowCache.key(f.relPath, readFileSync(f.absPath)));
    } catch {
      return null; // unreadable now: let the run record it
    }
  }
  return sig.digest() === stamp.input ? stamp : null;
}
