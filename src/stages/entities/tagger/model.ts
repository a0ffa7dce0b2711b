/**
 * The trained tagger's weights as used at run time: for each feature key, a short list of
 * (label, weight) pairs, found through an open-addressing hash table of the keys. Built by model-io.ts
 * from the model file, or by the trainer from its averaged weights.
 */
import { NUM_LABELS } from './labels.ts';
import { zeros } from './shared-arrays.ts';

export interface ModelData {
  /** Feature keys, one per feature (never 0). */
  keys: Uint32Array;
  /** Number of (label, weight) entries of each feature; entries are stored feature after feature. */
  counts: Uint8Array;
  labels: Uint8Array;
  weights: Float32Array;
  /** What the model was trained on and with (written into the file's header). */
  meta: Record<string, unknown>;
  /** Dense scores per word (the word-vector features, see DenseData); absent in models without them. */
  dense?: DenseData;
}

/**
 * The word-vector features of a trained model, stored as what they add: the learned weights times a word's
 * vector are a fixed score per label, for the word at each offset (`sides`) from the word labelled. One row of
 * sides.length × NUM_LABELS scores per word of the cluster table's `words` most frequent ones (by frequency
 * rank, so a word's row is found through the cluster table's lookup), quantised to 8 bits per value:
 * score = offset[s * NUM_LABELS + l] + q × scale[s * NUM_LABELS + l].
 */
export interface DenseData {
  sides: number[];
  words: number;
  scale: Float32Array;
  offset: Float32Array;
  /** words × sides.length × NUM_LABELS values, word after word. */
  q: Int8Array;
}

/**
 * A built model's arrays: what a worker needs to use a model another thread built (in SharedArrayBuffers,
 * passed in workerData, they are shared rather than copied).
 */
export interface ModelTables {
  meta: Record<string, unknown>;
  numFeatures: number;
  table: Int32Array;
  entries: Int32Array;
  scale: number;
  dense?: DenseData;
}


export class TaggerModel {
  readonly meta: Record<string, unknown>;
  readonly numFeatures: number;
  /**
   * Open-addressing hash table, two Int32 per slot: the feature key (0 = empty slot) and where its entries
   * start (index into `entries`) << 5 | how many there are. Key and place share a cache line, and a
   * feature's entries lie side by side: one lookup costs about two memory reads.
   */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** One Int32 per (label, weight) entry: the weight in units of `scale` << 5 | the label. */
  private readonly entries: Int32Array;
  private readonly scale: number;
  /** The dense scores per word (q in shared memory when the tables are shared), if the model has them. */
  readonly dense: DenseData | undefined;
  /** Position of each side in a dense row, by side + 2 (-1: the model has no scores for that side). */
  private readonly sideAt = new Int8Array(5).fill(-1);

  /** Builds the run-time tables from model data (`shared`: in SharedArrayBuffers), or takes tables already built. */
  constructor(data: ModelData | ModelTables, shared = false) {
    const t = 'table' in data ? data : buildTables(data, shared);
    this.meta = t.meta;
    this.numFeatures = t.numFeatures;
    this.table = t.table;
    this.mask = t.table.length / 2 - 1;
    this.entries = t.entries;
    this.scale = t.scale;
    this.dense = t.dense;
    if (t.dense) t.dense.sides.forEach((side, k) => (this.sideAt[side + 2] = k));
  }

  /**
   * Adds the dense scores of the word of frequency rank `rank` seen `side` places from the word labelled
   * to out[at..at + NUM_LABELS); nothing for a word outside the table or a side without scores.
   */
  addDense(rank: number, side: number, out: Float32Array, at: number): void {
    const d = this.dense;
    if (!d || rank < 0 || rank >= d.words || side < -2 || side > 2) return;
    const k = this.sideAt[side + 2];
    if (k < 0) return;
    const o = k * NUM_LABELS;
    const row = (rank * d.sides.length + k) * NUM_LABELS;
    const { q, scale, offset } = d;
    for (let l = 0; l < NUM_LABELS; l++) out[at + l] += offset[o + l] + q[row + l] * scale[o + l];
  }

  /** The arrays behind the model (for another thread: see ModelTables). */
  tables(): ModelTables {
    return { meta: this.meta, numFeatures: this.numFeatures, table: this.table, entries: this.entries, scale: this.scale, dense: this.dense };
  }

  /** Adds the weights of feature `key` to scores[0..NUM_LABELS). */
  add(key: number, scores: Float32Array): void {
    const { table, mask } = this;
    const k = key | 0;
    let h = k & mask;
    for (;;) {
      const t = table[2 * h];
      if (t === k) break;
      if (t === 0) return;
      h = (h + 1) & mask;
    }
    const packed = table[2 * h + 1];
    const end = (packed >>> 5) + (packed & 31);
    const { entries, scale } = this;
    for (let e = packed >>> 5; e < end; e++) {
      const v = entries[e];
      scores[v & 31] += (v >> 5) * scale;
    }
  }

  /** Sum of the weights of keys[from..to) into scores (which is cleared first). */
  score(keys: Uint32Array, from: number, to: number, scores: Float32Array): void {
    scores.fill(0, 0, NUM_LABELS);
    this.sum(keys, from, to, scores, 0);
  }

  /** Adds the weights of keys[from..to) to out[at .. at + NUM_LABELS). */
  sum(keys: Uint32Array, from: number, to: number, out: Float32Array, at: number): void {
    const { table, mask, entries, scale } = this;
    for (let i = from; i < to; i++) {
      const k = keys[i] | 0;
      let h = k & mask;
      let t = table[2 * h];
      while (t !== k && t !== 0) {
        h = (h + 1) & mask;
        t = table[2 * h];
      }
      if (t === 0) continue;
      const packed = table[2 * h + 1];
      const end = (packed >>> 5) + (packed & 31);
      for (let e = packed >>> 5; e < end; e++) {
        const v = entries[e];
        out[at + (v & 31)] += (v >> 5) * scale;
      }
    }
  }
}

function buildTables(data: ModelData, shared: boolean): ModelTables {
  const n = data.keys.length;
  let maxAbs = 0;
  for (const w of data.weights) maxAbs = Math.max(maxAbs, Math.abs(w));
  // 26 bits of weight: far finer than the 16 bits of the file.
  const scale = maxAbs > 0 ? maxAbs / (1 << 25) : 1;
  const entries = zeros(Int32Array, data.weights.length, shared);
  for (let e = 0; e < data.weights.length; e++) entries[e] = (Math.round(data.weights[e] / scale) << 5) | data.labels[e];
  // At most two-thirds full. Most keys of a new text are absent, and an absent key is probed until an empty slot; but
  // neighbouring slots share a cache line, and a smaller table misses the caches (and the TLB: it is on 4 KB pages)
  // less. The shipped model's 148,232 keys in 262,144 slots (2 MB): label() ~4% faster on BBC than in 1,048,576 slots
  // (8 MB, a quarter full), three alternating rounds, labels identical.
  let size = 1024;
  while (size < n * 1.5) size *= 2;
  const mask = size - 1;
  const table = zeros(Int32Array, size * 2, shared);
  let start = 0;
  for (let f = 0; f < n; f++) {
    const k = data.keys[f] | 0;
    let h = k & mask;
    while (table[2 * h] !== 0 && table[2 * h] !== k) h = (h + 1) & mask;
    table[2 * h] = k;
    table[2 * h + 1] = (start << 5) | data.counts[f];
    start += data.counts[f];
  }
  let dense = data.dense;
  if (dense && shared) {
    // The table in shared memory (a few MB: one copy for all the workers).
    const q = new Int8Array(new SharedArrayBuffer(dense.q.length));
    q.set(dense.q);
    dense = { ...dense, q };
  }
  return { meta: data.meta, numFeatures: n, table, entries, scale, dense };
}

/** One model from two with disjoint feature templates (the first and second pass). */
export function mergeModels(a: ModelData, b: ModelData, meta: Record<string, unknown>): ModelData {
  const cat8 = (x: Uint8Array, y: Uint8Array): Uint8Array => {
    const out = new Uint8Array(x.length + y.length);
    out.set(x);
    out.set(y, x.length);
    return out;
  };
  const keys = new Uint32Array(a.keys.length + b.keys.length);
  keys.set(a.keys);
  keys.set(b.keys, a.keys.length);
  const weights = new Float32Array(a.weights.length + b.weights.length);
  weights.set(a.weights);
  weights.set(b.weights, a.weights.length);
  return { keys, counts: cat8(a.counts, b.counts), labels: cat8(a.labels, b.labels), weights, meta, dense: a.dense ?? b.dense };
}
