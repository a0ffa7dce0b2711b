/**
 * Finds the files of an input folder, in a deterministic order, and classifies each one:
 * an article file to read, a file skipped for its extension, or a problem (too large,
 * unreadable, a symbolic link that cannot be followed). Never throws for a bad entry.
 */
import { lstat, readdir, realpath, stat, access } from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { InputFormat, Problem } from '../../model/doc.ts';
import type { PipelineConfig } from '../../config.ts';
import { problem } from '../../errors.ts';

export interface DiscoveredFile {
  /** Path relative to the input folder, with forward slashes. */
  relPath: string;
  absPath: string;
  /** Size in bytes (0 for a folder or a link that could not be followed). */
  size: number;
  kind: 'article' | 'skipped' | 'problem';
  /** Set when kind is 'article'. */
  format?: InputFormat;
  /** Set when kind is 'skipped' (W_SKIPPED) or 'problem'. */
  problem?: Problem;
}

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The input format a file name stands for, by extension (case-insensitive), or null. */
export function formatOf(name: string): InputFormat | null {
  return FORMAT_BY_EXTENSION[extname(name).toLowerCase()] ?? null;
}

/**
 * Walks `inputDir` recursively and yields one entry per file (and per folder or link that
 * could not be read), sorted by relative path in UTF-16 code-unit order. Hidden files and
 * folders (names starting with ".") are left out silently. Symbolic links are followed when
 * `config.load.followSymlinks` is on and they resolve to a place inside the input folder.
 * Throws only when `inputDir` itself is not a readable folder.
 */
export async function* discover(inputDir: string, config: PipelineConfig): AsyncGenerator<DiscoveredFile> {
  const rootReal = await realpath(inputDir);
  if (!(await stat(rootReal)).isDirectory()) throw new Error(`"${inputDir}" is not a folder`);
  yield* walk({ absPath: inputDir, realPath: rootReal, relPath: '' }, rootReal, new Set([rootReal]), config);
}

interface Dir {
  absPath: string;
  realPath: string;
  /** '' for the input folder itself. */
  relPath: string;
}

/** One directory entry, classified before sorting so folders sort as "name/". */
interface Entry {
  name: string;
  absPath: string;
  relPath: string;
  /** The entry's own stats, or its target's when it is a followed link. */
  stats: Stats | null;
  realPath: string;
  /** Set when the entry cannot be used. */
  problem?: Problem;
}

async function* walk(dir: Dir, rootReal: string, ancestors: Set<string>, config: PipelineConfig): AsyncGenerator<DiscoveredFile> {
  let names: string[];
  try {
    names = await readdir(dir.absPath);
  } catch (err) {
    // The input folder itself is the caller's mistake; anything below it is one problem row.
    if (dir.relPath === '') throw err;
    yield { relPath: dir.relPath, absPath: dir.absPath, size: 0, kind: 'problem', problem: readProblem(err) };
    return;
  }

  const entries: Entry[] = [];
  for (const name of names) {
    if (name.startsWith('.')) continue;
    entries.push(await classify(dir, name, rootReal, ancestors, config));
  }
  // Sorting "name/" for folders makes the walk order equal to sorting the full relative
  // paths: "a-b.txt" comes before "a/x.txt" because "-" < "/".
  const key = (e: Entry) => (e.stats?.isDirectory() && !e.problem ? `${e.name}/` : e.name);
  entries.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

  for (const e of entries) {
    const base = { relPath: e.relPath, absPath: e.absPath };
    if (e.problem) {
      yield { ...base, size: e.stats?.isFile() ? e.stats.size : 0, kind: 'problem', problem: e.problem };
    } else if (e.stats!.isDirectory()) {
      ancestors.add(e.realPath);
      yield* walk({ absPath: e.absPath, realPath: e.realPath, relPath: e.relPath }, rootReal, ancestors, config);
      ancestors.delete(e.realPath);
    } else {
      yield await fileEntry(e, config);
    }
  }
}

async function classify(dir: Dir, name: string, rootReal: string, ancestors: Set<string>, config: PipelineConfig): Promise<Entry> {
  const absPath = join(dir.absPath, name);
  const relPath = dir.relPath ? `${dir.relPath}/${name}` : name;
  const entry: Entry = { name, absPath, relPath, stats: null, realPath: join(dir.realPath, name) };
  try {
    entry.stats = await lstat(absPath);
  } catch (err) {
    return { ...entry, problem: readProblem(err) };
  }
  if (!entry.stats.isSymbolicLink()) return entry;

  const link = (reason: string): Entry => ({ ...entry, problem: problem('W_SYMLINK', 'load', { reason }) });
  try {
    entry.realPath = await realpath(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return link('is broken');
    if (code === 'ELOOP') return link('loops');
    return { ...entry, problem: readProblem(err) };
  }
  if (entry.realPath !== rootReal && !entry.realPath.startsWith(rootReal + sep)) return link('points outside the input folder');
  if (!config.load.followSymlinks) return link('was found and load.followSymlinks is false');
  try {
    entry.stats = await stat(entry.realPath);
  } catch (err) {
    return { ...entry, problem: readProblem(err) };
  }
  // A link to the folder it sits in (or to any folder above it) would be walked forever.
  if (entry.stats.isDirectory() && ancestors.has(entry.realPath)) return link('loops');
  return entry;
}

async function fileEntry(e: Entry, config: PipelineConfig): Promise<DiscoveredFile> {
  const stats = e.stats!;
  const base = { relPath: e.relPath, absPath: e.absPath };
  if (!stats.isFile()) {
    return { ...base, size: 0, kind: 'problem', problem: problem('E_READ', 'load', { reason: 'not a regular file' }) };
  }
  const format = formatOf(e.name);
  if (!format) {
    const ext = extname(e.name) || '(none)';
    return { ...base, size: stats.size, kind: 'skipped', problem: problem('W_SKIPPED', 'load', { ext }) };
  }
  const limit = config.load.maxFileBytes;
  if (stats.size > limit) {
    return { ...base, size: stats.size, kind: 'problem', problem: problem('E_TOO_LARGE', 'load', { size: stats.size, limit }) };
  }
  try {
    await access(e.absPath, constants.R_OK);
  } catch (err) {
    return { ...base, size: stats.size, kind: 'problem', problem: readProblem(err) };
  }
  return { ...base, size: stats.size, kind: 'article', format };
}

function readProblem(err: unknown): Problem {
  const e = err as NodeJS.ErrnoException;
  const reason = e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code ?? String(err);
  return problem('E_READ', 'load', { reason });
}
