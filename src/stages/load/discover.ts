/**
 * Finds the files of an input folder, in a deterministic order, and classifies each one:
 * an article file to read, a file skipped for its extension, or a problem (too large,
 * unreadable, a symbolic link that cannot be followed). Never throws for a bad entry.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { extname, join, sep } from 'node:path';
import type { InputFormat, Problem } from '../../model/doc.ts';
import type { PipelineConfig } from '../../config.ts';
import { problem } from '../../errors.ts';

export interface DiscoveredFile {
  /**
   * Path relative to the input folder, with forward slashes. Bytes of a file name that are not
   * UTF-8 are written %XX (hex), so the path stays readable and tells such names apart.
   */
  relPath: string;
  /** The path to open: a string, or the raw bytes when a name on the way is not UTF-8. */
  absPath: FsPath;
  /** Size in bytes (0 for a folder or a link that could not be followed). */
  size: number;
  kind: 'article' | 'skipped' | 'problem';
  /** Set when kind is 'article'. */
  format?: InputFormat;
  /** Set when kind is 'skipped' (W_SKIPPED) or 'problem'. */
  problem?: Problem;
}

/** A file system path: a string, or raw bytes for names that are not UTF-8 (Node accepts both). */
export type FsPath = string | Buffer;

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
  const rootReal = await realKey(inputDir);
  if (!(await stat(fromKey(rootReal))).isDirectory()) throw new Error(`"${inputDir}" is not a folder`);
  yield* walk({ absPath: inputDir, realPath: rootReal, relPath: '' }, rootReal, new Set([rootReal]), config);
}

/**
 * Real paths are compared as "keys": their bytes, one character per byte (latin1), so that any
 * file name, UTF-8 or not, compares exactly.
 */
async function realKey(path: FsPath): Promise<string> {
  return (await realpath(path, { encoding: 'buffer' })).toString('latin1');
}

const fromKey = (key: string): Buffer => Buffer.from(key, 'latin1');

interface Dir {
  absPath: FsPath;
  /** Key of the real path (see realKey). */
  realPath: string;
  /** '' for the input folder itself. */
  relPath: string;
}

/** One directory entry, classified before sorting so folders sort as "name/". */
interface Entry {
  /** The name as shown in relPath. */
  name: string;
  absPath: FsPath;
  relPath: string;
  /** The entry's own stats, or its target's when it is a followed link. */
  stats: Stats | null;
  realPath: string;
  /** Set when the entry cannot be used. */
  problem?: Problem;
}

async function* walk(dir: Dir, rootReal: string, ancestors: Set<string>, config: PipelineConfig): AsyncGenerator<DiscoveredFile> {
  let names: Buffer[];
  try {
    names = await readdir(dir.absPath, { encoding: 'buffer' });
  } catch (err) {
    // The input folder itself is the caller's mistake; anything below it is one problem row.
    if (dir.relPath === '') throw err;
    yield { relPath: dir.relPath, absPath: dir.absPath, size: 0, kind: 'problem', problem: readProblem(err) };
    return;
  }

  const entries: Entry[] = [];
  for (const name of names) {
    if (name[0] === 0x2e) continue; // "."
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

async function classify(dir: Dir, nameBytes: Buffer, rootReal: string, ancestors: Set<string>, config: PipelineConfig): Promise<Entry> {
  const utf8 = isUtf8(nameBytes);
  const name = utf8 ? nameBytes.toString('utf8') : escapeName(nameBytes);
  const absPath = utf8 && typeof dir.absPath === 'string'
    ? join(dir.absPath, name)
    : Buffer.concat([Buffer.from(dir.absPath), Buffer.from(sep), nameBytes]);
  const relPath = dir.relPath ? `${dir.relPath}/${name}` : name;
  const entry: Entry = { name, absPath, relPath, stats: null, realPath: `${dir.realPath}${sep}${nameBytes.toString('latin1')}` };
  try {
    entry.stats = await lstat(absPath);
  } catch (err) {
    return { ...entry, problem: readProblem(err) };
  }
  if (!entry.stats.isSymbolicLink()) return entry;

  const link = (reason: string): Entry => ({ ...entry, problem: problem('W_SYMLINK', 'load', { reason }) });
  try {
    entry.realPath = await realKey(absPath);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return link('is broken');
    if (code === 'ELOOP') return link('loops');
    return { ...entry, problem: readProblem(err) };
  }
  if (entry.realPath !== rootReal && !entry.realPath.startsWith(rootReal + sep)) return link('points outside the input folder');
  if (!config.load.followSymlinks) return link('was found and load.followSymlinks is false');
  try {
    entry.stats = await stat(fromKey(entry.realPath));
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
  // Whether the file can be read is found out by reading it (pipeline.ts): checking here too cost a
  // system call per file on the main thread.
  return { ...base, size: stats.size, kind: 'article', format };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function isUtf8(bytes: Buffer): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** A file name that is not UTF-8, shown with each byte that is not part of a UTF-8 character as %XX. */
export function escapeName(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const n = utf8Length(bytes, i);
    if (n) {
      out += bytes.toString('utf8', i, i + n);
      i += n;
    } else {
      out += `%${bytes[i].toString(16).toUpperCase().padStart(2, '0')}`;
      i++;
    }
  }
  return out;
}

/** Length of the well-formed UTF-8 character at `i`, or 0 (the Unicode table of well-formed byte sequences). */
function utf8Length(b: Buffer, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < b.length && b[i + k] >= lo && b[i + k] <= hi;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    const lo = c === 0xe0 ? 0xa0 : 0x80;
    const hi = c === 0xed ? 0x9f : 0xbf;
    return cont(1, lo, hi) && cont(2) ? 3 : 0;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    const lo = c === 0xf0 ? 0x90 : 0x80;
    const hi = c === 0xf4 ? 0x8f : 0xbf;
    return cont(1, lo, hi) && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

/** The problem row of a file that could not be read (permission, vanished, I/O error). */
export function readProblem(err: unknown): Problem {
  const e = err as NodeJS.ErrnoException;
  const reason = e.code === 'EACCES' || e.code === 'EPERM' ? 'permission denied' : e.code ?? String(err);
  return problem('E_READ', 'load', { reason });
}
