/**
 * Word clusters: the table data/clusters.txt.gz made once by scripts/build-clusters.ts from GloVe-derived
 * vectors (a tree of k-means clusters over the most frequent lower-case words). A word's cluster at each
 * level of the tree, and its frequency rank, let the tagger generalise from "Smith" to "Jones" and from
 * seen to unseen town names.
 *
 * Words are looked up by their 32-bit hash (hash.ts), the same one the features use, so loading builds
 * no strings: it hashes each line's word in place into an open-addressing table (about 20 ms).
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fmix } from './hash.ts';
import { zeros } from './shared-arrays.ts';

export interface Clusters {
  /** Frequency rank (0 = most frequent) of the lower-case word with this hash (`hashString`), or -1. */
  rank(hash: number): number;
  /** Cluster id of the word of rank `rank` at tree level `level` (0 = coarsest). */
  cluster(rank: number, level: number): number;
  /** Number of levels of the tree (0 when no table is installed). */
  levels: number;
  /** Number of words in the table. */
  size: number;
}

/**
 * A parsed table's arrays: what a worker needs to use a table another thread parsed (in SharedArrayBuffers,
 * passed in workerData, they are shared rather than copied).
 */
export interface ClusterTables {
  branch: number[];
  levels: number;
  size: number;
  /** Open-addressing table of word hashes (0: empty) and, at the same slot, their ranks. */
  keys: Uint32Array;
  ranks: Int32Array;
  /** Leaf of the tree and flat cluster of each word, by rank. */
  leaves: Int32Array;
  flats: Int32Array;
}

const EMPTY: Clusters = { rank: () => -1, cluster: () => 0, levels: 0, size: 0 };
const FILE = new URL('../data/clusters.txt.gz', import.meta.url);

let loaded: Clusters | null = null;

/** The process-wide cluster table, read on first use; an empty table if the file is missing. */
export function getClusters(): Clusters {
  if (!loaded) loaded = existsSync(FILE) ? parseClusters(gunzipSync(readFileSync(FILE)).toString('utf8')) : EMPTY;
  return loaded;
}

/** Makes getClusters() return a table another thread parsed (its arrays shared, not copied); null: no table. */
export function useClusterTables(tables: ClusterTables | null): void {
  loaded = tables ? clustersFromTables(tables) : EMPTY;
}

/** The installed table parsed into SharedArrayBuffers, for worker threads; null when none is installed. */
export function sharedClusterTables(): ClusterTables | null {
  return existsSync(FILE) ? parseClusterTables(gunzipSync(readFileSync(FILE)).toString('utf8'), true) : null;
}

/**
 * Parses the table: a `#clusters branch=32,32,16 [flat=K] ...` header, then `word<TAB>leaf[<TAB>flat]`
 * lines by frequency.
 */
export function parseClusters(text: string): Clusters {
  return clustersFromTables(parseClusterTables(text, false));
}

/** The arrays of a parsed table (`shared`: in SharedArrayBuffers, for worker threads). */
export function parseClusterTables(text: string, shared: boolean): ClusterTables {
  const nl = text.indexOf('\n');
  // A copy, not a slice: a slice keeps the whole 7 MB text alive for as long as anything holds it, and the
  // regular expressions below leave it in V8's record of their last match (seen in the main thread's heap).
  const header = Array.from(text.slice(0, nl)).join('');
  const branch = (/branch=([\d,]+)/.exec(header)?.[1] ?? '').split(',').map(Number).filter((n) => n > 0);
  const flat = Number(/flat=(\d+)/.exec(header)?.[1] ?? 0);
  const levels = branch.length + (flat > 0 ? 1 : 0);
  const N = Number(/words=(\d+)/.exec(header)?.[1] ?? 0);
  let size = 1024;
  while (size < N * 2) size *= 2;
  const mask = size - 1;
  const keys = zeros(Uint32Array, size, shared);
  const ranks = zeros(Int32Array, size, shared);
  const leaves = zeros(Int32Array, N, shared);
  const flats = zeros(Int32Array, flat > 0 ? N : 0, shared);
  let n = 0;
  let pos = nl + 1;
  while (pos < text.length && n < N) {
    // The word's hash, computed as hashString would, up to the tab; then the leaf number.
    let h = 0x811c9dc5;
    let c = text.charCodeAt(pos);
    while (c !== 9 && pos < text.length) {
      h = Math.imul(h ^ c, 0x01000193);
      c = text.charCodeAt(++pos);
    }
    let leaf = 0;
    c = text.charCodeAt(++pos);
    while (c >= 48 && c <= 57) {
      leaf = leaf * 10 + c - 48;
      c = text.charCodeAt(++pos);
    }
    if (c === 9) {
      let f = 0;
      c = text.charCodeAt(++pos);
      while (c >= 48 && c <= 57) {
        f = f * 10 + c - 48;
        c = text.charCodeAt(++pos);
      }
      if (flat > 0) flats[n] = f;
    }
    pos++; // the newline
    const key = fmix(h) || 1;
    let slot = key & mask;
    while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
    if (keys[slot] === 0) {
      keys[slot] = key;
      ranks[slot] = n;
    }
    leaves[n++] = leaf;
  }
  return { branch, levels, size: n, keys, ranks, leaves, flats };
}

/** The table over arrays parsed here or by another thread. */
export function clustersFromTables(tables: ClusterTables): Clusters {
  const { branch, levels, keys, ranks, leaves, flats } = tables;
  const mask = keys.length - 1;
  // Divisors that turn a leaf number into its ancestor at each level: leaf / (product of the later branches).
  const divisors = branch.map((_, l) => branch.slice(l + 1).reduce((a, b) => a * b, 1));
  return {
    rank: (hash) => {
      const key = hash || 1;
      let slot = key & mask;
      for (;;) {
        const k = keys[slot];
        if (k === key) return ranks[slot];
        if (k === 0) return -1;
        slot = (slot + 1) & mask;
      }
    },
    // Levels of the tree first, then the flat clustering if the table has one.
    cluster: (rank, level) => (level < branch.length ? Math.floor(leaves[rank] / divisors[level]) : flats[rank]),
    levels,
    size: tables.size,
  };
}
