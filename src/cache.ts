/**
 * Incremental runs: the rows made from one input file, stored under a key of the file's path and
 * bytes, inside a folder named after the pipeline's fingerprint (the source code and data of
 * every stage, the version and the config). An unchanged file is not read twice by the stages;
 * a change to the code or the config starts a new folder and the old ones are removed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { PipelineConfig } from './config.ts';
import type { ArticleRows } from './export/rows.ts';
import { VERSION } from './version.ts';

const SRC = fileURLToPath(new URL('.', import.meta.url));

/** Folders of src/ that cannot change the rows: views made after the tables are written, and sharding and merging. */
const NOT_ROWS = new Set(['report', 'docs', 'shard']);

function filesUnder(dir: string, top = false): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !(top && NOT_ROWS.has(e.name)))
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();
}

/** Hash of everything that decides the rows: version, the files under src/ (code, models, word lists), config. */
export function pipelineFingerprint(config: PipelineConfig): string {
  const h = createHash('sha256').update(VERSION).update(JSON.stringify(config));
  for (const f of filesUnder(SRC, true)) h.update(relative(SRC, f)).update('\0').update(readFileSync(f));
  return h.digest('hex').slice(0, 24);
}

/** Folder of the run stamps (src/unchanged.ts) inside the cache folder; pruneCache leaves it alone. */
export const STAMPS_DIR = 'runs';

export class RowCache {
  readonly dir: string;
  hits = 0;
  misses = 0;

  constructor(root: string, fingerprint: string) {
    this.dir = join(root, fingerprint);
    mkdirSync(this.dir, { recursive: true });
  }

  /** Cache key of one input file: its relative path (ids derive from it) and its bytes. */
  static key(relPath: string, bytes: Uint8Array): string {
    return createHash('sha256').update(relPath).update('\0').update(bytes).digest('hex');
  }

  private path(key: string): string {
    return join(this.dir, `${key.slice(0, 2)}`, `${key}.v8`);
  }

  get(key: string): ArticleRows | null {
    try {
      const rows = deserialize(readFileSync(this.path(key))) as ArticleRows;
      this.hits++;
      return rows;
    } catch {
      this.misses++;
      return null;
    }
  }

  /** Stores rows; written to a temporary name then renamed, so a killed run never leaves a torn entry. */
  set(key: string, rows: ArticleRows): void {
    const p = this.path(key);
    try {
      mkdirSync(join(p, '..'), { recursive: true });
      const tmp = `${p}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      writeFileSync(tmp, serialize(rows));
      renameSync(tmp, p);
    } catch {
      // A cache that cannot be written only costs speed.
    }
  }
}

/**
 * After a run: removes folders of other fingerprints and entries this run did not use, so the
 * cache holds what the next run over the same input needs, and no more.
 */
export function pruneCache(root: string, fingerprint: string, used: Set<string>): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    if (name !== fingerprint && name !== STAMPS_DIR) rmSync(join(root, name), { recursive: true, force: true });
  }
  const dir = join(root, fingerprint);
  for (const shard of readdirSync(dir)) {
    for (const f of readdirSync(join(dir, shard))) {
      const key = f.slice(0, 64);
      if (!used.has(key) || !f.endsWith('.v8')) {
        const p = join(dir, shard, f);
        // Leave a temporary file younger than a minute alone: another run may be writing it.
        if (f.endsWith('.tmp') && Date.now() - statSync(p).mtimeMs < 60_000) continue;
        rmSync(p, { force: true });
      }
    }
  }
}
