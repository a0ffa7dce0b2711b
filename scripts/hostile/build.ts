/**
 * Builds a hostile corpus: the hand-made cases, the bulk of mutated files, control articles and,
 * optionally, good files copied from a folder; then writes expected.json. Deterministic: the same
 * options give the same files, byte for byte.
 */
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusWriter, type Manifest } from './corpus.ts';
import { CASES } from './cases.ts';
import { writeControls, writeMutations } from './mutations.ts';
import { Rng } from '../lib/prng.ts';

export interface BuildOptions {
  /** Folder to create: <out>/input, <out>/outside, <out>/expected.json. Emptied first. */
  out: string;
  /** Hostile files to write at least (the hand-made cases count; mutations make up the rest). */
  count: number;
  seed: number;
  /** load.maxFileBytes of the run: too-large files are 1 MiB over it. */
  maxFileBytes: number;
  /** Size of the biggest files that must still be read; must stay under maxFileBytes. */
  bigBytes: number;
  /** Folder of good articles to copy into input/good/ as controls. */
  goodFrom?: string;
  /** Generated control articles (in every format) to add to input/good/generated/. */
  controls?: number;
}

export const MiB = 1024 * 1024;

export function buildCorpus(opts: BuildOptions): Manifest {
  if (opts.bigBytes >= opts.maxFileBytes) throw new Error(`bigBytes (${opts.bigBytes}) must be under maxFileBytes (${opts.maxFileBytes})`);
  removeCorpus(opts.out);
  const w = new CorpusWriter(opts.out);
  const rng = new Rng(opts.seed);
  CASES.forEach((c, i) => c.build(w, rng.fork(i), { maxFileBytes: opts.maxFileBytes, bigBytes: opts.bigBytes }));
  const hostile = w.files.length;
  writeMutations(w, rng.fork(1000), Math.max(0, opts.count - hostile));
  writeControls(w, rng.fork(1001), opts.controls ?? 10);
  if (opts.goodFrom) copyGood(w, opts.goodFrom, '');
  const manifest = w.manifest({ seed: opts.seed, count: opts.count, maxFileBytes: opts.maxFileBytes, bigBytes: opts.bigBytes });
  writeFileSync(join(opts.out, 'expected.json'), JSON.stringify(manifest, null, 1) + '\n');
  return manifest;
}

/** Copies the non-hidden files below `from` into input/good/, as controls. */
function copyGood(w: CorpusWriter, from: string, rel: string): void {
  for (const name of readdirSync(join(from, rel)).sort()) {
    if (name.startsWith('.')) continue;
    const sub = rel ? `${rel}/${name}` : name;
    if (statSync(join(from, sub)).isDirectory()) {
      copyGood(w, from, sub);
      continue;
    }
    mkdirSync(join(w.inputDir, 'good', rel), { recursive: true });
    copyFileSync(join(from, sub), join(w.inputDir, 'good', sub));
    w.expect(`good/${sub}`, { category: 'control', expect: 'baseline', control: true });
  }
}

/** Deletes a folder holding a corpus, first giving back the permissions the corpus took away (a user other than root could not delete it). */
export function removeCorpus(dir: string): void {
  const unlock = (path: string): void => {
    let stats;
    try {
      stats = lstatSync(path);
    } catch {
      return;
    }
    if (!stats.isDirectory()) return;
    try {
      chmodSync(path, 0o755);
      for (const name of readdirSync(path)) unlock(join(path, name));
    } catch {
      // Not ours to unlock: rmSync reports it below.
    }
  };
  unlock(dir);
  rmSync(dir, { recursive: true, force: true });
}
