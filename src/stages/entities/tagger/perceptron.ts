/**
 * Training of the tagger: an averaged perceptron (used by scripts/train-ner.ts only; run time needs
 * model.ts and decode.ts). Structured (`epochBeam`): each sentence is decoded whole by beam search with
 * the current weights, and where the best sequence is wrong, the gold sequence's features go up by one and
 * the predicted sequence's go down. Greedy (`epoch`): at each word the current weights pick a label, with
 * the labels already picked as history; a wrong pick moves that word's weights alone. The model kept is
 * the average of the weights over all steps, which generalises much better than the last.
 *
 * Word vectors (`DenseInput`, first pass only): each word's vector and those of its neighbours at `sides` are
 * real-valued features; their weights are the trainer's first rows (one row of NUM_LABELS weights per side
 * and dimension), updated and averaged like the others, and shipped as the scores they give each word
 * (`denseTable`).
 */
import { Beam, bestAllowed } from './decode.ts';
import type { Dynamic, StaticFeatures } from './features.ts';
import { NUM_LABELS, START } from './labels.ts';
import type { DenseData, ModelData } from './model.ts';

/** A document prepared for training or evaluation. */
export interface TrainDoc {
  sf: StaticFeatures;
  sentStarts: Int32Array;
  /** Gold label of each word (training documents only). */
  gold?: Uint8Array;
  /** Feature ids of sf.keys (-1: not a feature of the model), filled by `prepare`. */
  ids?: Int32Array;
  /** With word vectors: per word and side, the vector row of the word that far away (-1: none), by `prepare`. */
  nb?: Int32Array;
}

/** Word vectors for the trainer: rows by the cluster table's frequency rank. */
export interface DenseInput {
  /** words × dim values: each word's unit vector times the scale. */
  vectors: Float32Array;
  dim: number;
  words: number;
  /** Offsets of the words whose vectors are features (0: the word itself). */
  sides: number[];
}

const L = NUM_LABELS;

/** How often each static key occurs in the documents. */
export function countKeys(docs: TrainDoc[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const d of docs) for (const k of d.sf.keys) counts.set(k | 0, (counts.get(k | 0) ?? 0) + 1);
  return counts;
}

export class PerceptronTrainer {
  private readonly index = new Map<number, number>();
  private keys: number[] = [];
  private w = new Float64Array(0);
  private u = new Float64Array(0);
  /** Steps taken (one per word seen), the averaging denominator. */
  private c = 1;
  /** Rows taken by the word-vector weights (sides × dim), before the sparse features' rows. */
  private readonly reserved: number;

  constructor(private readonly dynamic: Dynamic, private readonly dense?: DenseInput) {
    this.reserved = dense ? dense.sides.length * dense.dim : 0;
    // Rows without a key: never found by idOf, skipped by export.
    for (let r = 0; r < this.reserved; r++) this.keys.push(0);
    this.grow(this.reserved);
  }

  get numFeatures(): number {
    return this.keys.length - this.reserved;
  }

  /** Makes room for n rows of weights. */
  private grow(n: number): void {
    if (n * L <= this.w.length) return;
    const cap = Math.max(1 << 16, n * 2) * L;
    const w = new Float64Array(cap);
    w.set(this.w);
    this.w = w;
    const u = new Float64Array(cap);
    u.set(this.u);
    this.u = u;
  }

  /** Id of a feature key; with `create`, a new feature gets an id (and zero weights). */
  idOf(key: number, create: boolean): number {
    const id = this.index.get(key | 0);
    if (id !== undefined || !create) return id ?? -1;
    const n = this.keys.length;
    this.index.set(key | 0, n);
    this.keys.push(key >>> 0);
    this.grow(n + 1);
    return n;
  }

  /**
   * Maps a document's static keys to feature ids; `create` for training documents. With `counts` (from
   * `countKeys`), a key seen fewer than `minCount` times in the training data gets no feature.
   */
  prepare(doc: TrainDoc, create: boolean, counts?: Map<number, number>, minCount = 1): void {
    const { keys } = doc.sf;
    const ids = new Int32Array(keys.length);
    for (let k = 0; k < keys.length; k++) {
      const ok = create && (!counts || (counts.get(keys[k] | 0) ?? 0) >= minCount);
      ids[k] = this.idOf(keys[k], ok);
    }
    doc.ids = ids;
    if (this.dense) doc.nb = neighbourRows(doc, this.dense);
  }

  /** Adds the word-vector scores of word i of a prepared document with the given weights. */
  private addDense(doc: TrainDoc, i: number, weights: Float32Array | Float64Array, scores: Float32Array | Float64Array): void {
    const dense = this.dense;
    const nb = doc.nb;
    if (!dense || !nb) return;
    const S = dense.sides.length;
    const D = dense.dim;
    const V = dense.vectors;
    for (let k = 0; k < S; k++) {
      const r = nb[i * S + k];
      if (r < 0) continue;
      const v = r * D;
      for (let d = 0, o = k * D * L; d < D; d++, o += L) {
        const x = V[v + d];
        for (let l = 0; l < L; l++) scores[l] += weights[o + l] * x;
      }
    }
  }

  /** Moves the word-vector weights of word i towards label g and away from p. */
  private updateDense(doc: TrainDoc, i: number, g: number, p: number, c: number): void {
    const dense = this.dense;
    const nb = doc.nb;
    if (!dense || !nb) return;
    const S = dense.sides.length;
    const D = dense.dim;
    const V = dense.vectors;
    const { w, u } = this;
    for (let k = 0; k < S; k++) {
      const r = nb[i * S + k];
      if (r < 0) continue;
      const v = r * D;
      for (let d = 0, o = k * D * L; d < D; d++, o += L) {
        const x = V[v + d];
        w[o + g] += x;
        u[o + g] += x * c;
        w[o + p] -= x;
        u[o + p] -= x * c;
      }
    }
  }

  /**
   * The word-vector features as the model ships them: for each of the `words` most frequent words and each
   * side, the scores its vector adds with the given (averaged) weights, quantised to 8 bits per side and
   * label (the range of the scores split into 255 steps). Also returns the largest quantisation error.
   */
  denseTable(weights: Float32Array): { data: DenseData; maxError: number } | undefined {
    const dense = this.dense;
    if (!dense) return undefined;
    const S = dense.sides.length;
    const D = dense.dim;
    const N = dense.words;
    const V = dense.vectors;
    const exact = new Float32Array(N * S * L);
    const row = new Float64Array(L);
    for (let r = 0; r < N; r++) {
      for (let k = 0; k < S; k++) {
        row.fill(0);
        for (let d = 0, o = k * D * L; d < D; d++, o += L) {
          const x = V[r * D + d];
          for (let l = 0; l < L; l++) row[l] += weights[o + l] * x;
        }
        exact.set(row, (r * S + k) * L);
      }
    }
    const scale = new Float32Array(S * L);
    const offset = new Float32Array(S * L);
    const q = new Int8Array(N * S * L);
    let maxError = 0;
    for (let j = 0; j < S * L; j++) {
      let lo = Infinity;
      let hi = -Infinity;
      for (let r = 0; r < N; r++) {
        const x = exact[r * S * L + j];
        if (x < lo) lo = x;
        if (x > hi) hi = x;
      }
      offset[j] = (lo + hi) / 2;
      scale[j] = hi > lo ? (hi - lo) / 254 : 1;
      for (let r = 0; r < N; r++) {
        const x = exact[r * S * L + j];
        const v = Math.max(-127, Math.min(127, Math.round((x - offset[j]) / scale[j])));
        q[r * S * L + j] = v;
        maxError = Math.max(maxError, Math.abs(offset[j] + v * scale[j] - x));
      }
    }
    return { data: { sides: dense.sides, words: N, scale, offset, q }, maxError };
  }

  /** One pass over the documents in the given order; returns the number of wrong picks. */
  epoch(docs: TrainDoc[], order: number[]): number {
    const scores = new Float64Array(L);
    const nd = this.dynamic.count;
    const dyn = new Uint32Array(nd);
    const dynIds = new Int32Array(nd);
    let mistakes = 0;
    for (const d of order) {
      const doc = docs[d];
      const { sf, ids, gold } = doc;
      if (!ids || !gold) throw new Error('prepare() the training documents first');
      for (let s = 0; s + 1 < doc.sentStarts.length; s++) {
        const to = doc.sentStarts[s + 1];
        let prev1 = START;
        let prev2 = START;
        for (let i = doc.sentStarts[s]; i < to; i++) {
          const from = sf.offsets[i];
          const end = sf.offsets[i + 1];
          scores.fill(0);
          for (let k = from; k < end; k++) {
            const id = ids[k];
            if (id < 0) continue;
            const o = id * L;
            for (let l = 0; l < L; l++) scores[l] += this.w[o + l];
          }
          this.addDense(doc, i, this.w, scores);
          this.dynamic.keys(sf, i, prev1, prev2, dyn);
          for (let k = 0; k < nd; k++) {
            const id = this.idOf(dyn[k], false);
            dynIds[k] = id;
            if (id < 0) continue;
            const o = id * L;
            for (let l = 0; l < L; l++) scores[l] += this.w[o + l];
          }
          const g = gold[i];
          let pred = bestAllowed(scores, prev1, i === to - 1);
          // The gold label competes even where the history so far forbids it.
          if (pred !== g && scores[g] > scores[pred]) pred = g;
          if (pred !== g) {
            mistakes++;
            const c = this.c;
            for (let k = from; k < end; k++) {
              const id = ids[k];
              if (id < 0) continue;
              this.update(id, g, pred, c);
            }
            this.updateDense(doc, i, g, pred, c);
            for (let k = 0; k < nd; k++) {
              const id = dynIds[k] >= 0 ? dynIds[k] : this.idOf(dyn[k], true);
              this.update(id, g, pred, c);
            }
          }
          this.c++;
          prev2 = prev1;
          prev1 = pred;
        }
      }
    }
    return mistakes;
  }

  /**
   * One pass of the structured perceptron: each sentence is decoded whole by beam search of `width` with
   * the current weights; where the best sequence differs from the gold one, the features of the gold
   * sequence go up and those of the predicted one down (including the label-history features).
   */
  epochBeam(docs: TrainDoc[], order: number[], width: number): number {
    const nd = this.dynamic.count;
    const dyn = new Uint32Array(nd);
    const beam = new Beam(width);
    let mistakes = 0;
    for (const d of order) {
      const doc = docs[d];
      const { sf, ids, gold } = doc;
      if (!ids || !gold) throw new Error('prepare() the training documents first');
      const staticScores = (i: number, scores: Float32Array): void => {
        scores.fill(0);
        for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++) {
          const id = ids[k];
          if (id < 0) continue;
          const o = id * L;
          for (let l = 0; l < L; l++) scores[l] += this.w[o + l];
        }
        this.addDense(doc, i, this.w, scores);
      };
      const dynamicScores = (i: number, prev1: number, prev2: number, scores: Float32Array): void => {
        this.dynamic.keys(sf, i, prev1, prev2, dyn);
        for (let k = 0; k < nd; k++) {
          const id = this.idOf(dyn[k], false);
          if (id < 0) continue;
          const o = id * L;
          for (let l = 0; l < L; l++) scores[l] += this.w[o + l];
        }
      };
      const pred = new Uint8Array(gold.length);
      for (let s = 0; s + 1 < doc.sentStarts.length; s++) {
        const from = doc.sentStarts[s];
        const to = doc.sentStarts[s + 1];
        beam.run(from, to, staticScores, dynamicScores, pred);
        let same = true;
        for (let i = from; i < to; i++) if (pred[i] !== gold[i]) same = false;
        if (!same) {
          const c = this.c;
          for (let i = from; i < to; i++) {
            const g = gold[i];
            const p = pred[i];
            const g1 = i > from ? gold[i - 1] : START;
            const g2 = i > from + 1 ? gold[i - 2] : START;
            const p1 = i > from ? pred[i - 1] : START;
            const p2 = i > from + 1 ? pred[i - 2] : START;
            if (g === p && g1 === p1 && g2 === p2) continue;
            if (g !== p) {
              mistakes++;
              for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++) if (ids[k] >= 0) this.update(ids[k], g, p, c);
              this.updateDense(doc, i, g, p, c);
            }
            this.dynamic.keys(sf, i, g1, g2, dyn);
            for (let k = 0; k < nd; k++) this.nudge(this.idOf(dyn[k], true), g, 1, c);
            this.dynamic.keys(sf, i, p1, p2, dyn);
            for (let k = 0; k < nd; k++) this.nudge(this.idOf(dyn[k], true), p, -1, c);
          }
        }
        this.c += to - from;
      }
    }
    return mistakes;
  }

  private nudge(id: number, label: number, delta: number, c: number): void {
    this.w[id * L + label] += delta;
    this.u[id * L + label] += delta * c;
  }

  private update(id: number, gold: number, pred: number, c: number): void {
    const o = id * L;
    this.w[o + gold] += 1;
    this.u[o + gold] += c;
    this.w[o + pred] -= 1;
    this.u[o + pred] -= c;
  }

  /** Zeroes the weights (keeping the features), to train again from scratch, e.g. in another order. */
  resetWeights(): void {
    this.w.fill(0);
    this.u.fill(0);
    this.c = 1;
  }

  /** The averaged weights, feature-major (id * NUM_LABELS + label). */
  averaged(): Float32Array {
    const n = this.keys.length * L;
    const avg = new Float32Array(n);
    for (let k = 0; k < n; k++) avg[k] = this.w[k] - this.u[k] / this.c;
    return avg;
  }

  /** Beam-search decoding (decode.ts) of a prepared document with the given (averaged) weights. */
  decodeBeam(doc: TrainDoc, weights: Float32Array, width: number, margins?: Float32Array): Uint8Array {
    if (width <= 1) return this.decode(doc, weights, margins);
    const { sf, ids } = doc;
    if (!ids) throw new Error('prepare() the document first');
    const labels = new Uint8Array(sf.offsets.length - 1);
    const nd = this.dynamic.count;
    const dyn = new Uint32Array(nd);
    const known = weights.length / L;
    const staticScores = (i: number, scores: Float32Array): void => {
      scores.fill(0);
      for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++) {
        const id = ids[k];
        if (id < 0 || id >= known) continue;
        for (let l = 0; l < L; l++) scores[l] += weights[id * L + l];
      }
      this.addDense(doc, i, weights, scores);
    };
    const dynamicScores = (i: number, prev1: number, prev2: number, scores: Float32Array): void => {
      this.dynamic.keys(sf, i, prev1, prev2, dyn);
      for (let k = 0; k < nd; k++) {
        const id = this.idOf(dyn[k], false);
        if (id < 0 || id >= known) continue;
        for (let l = 0; l < L; l++) scores[l] += weights[id * L + l];
      }
    };
    const beam = new Beam(width);
    for (let s = 0; s + 1 < doc.sentStarts.length; s++) beam.run(doc.sentStarts[s], doc.sentStarts[s + 1], staticScores, dynamicScores, labels, margins);
    return labels;
  }

  /** Greedy decoding of a prepared document with the given (averaged) weights; see decode.ts for `margins`. */
  decode(doc: TrainDoc, weights: Float32Array, margins?: Float32Array): Uint8Array {
    const { sf, ids } = doc;
    if (!ids) throw new Error('prepare() the document first');
    const n = sf.offsets.length - 1;
    const labels = new Uint8Array(n);
    const scores = new Float64Array(L);
    const nd = this.dynamic.count;
    const dyn = new Uint32Array(nd);
    // Weights may be a snapshot taken before later features were added.
    const known = weights.length / L;
    for (let s = 0; s + 1 < doc.sentStarts.length; s++) {
      const to = doc.sentStarts[s + 1];
      let prev1 = START;
      let prev2 = START;
      for (let i = doc.sentStarts[s]; i < to; i++) {
        scores.fill(0);
        for (let k = sf.offsets[i]; k < sf.offsets[i + 1]; k++) {
          const id = ids[k];
          if (id < 0 || id >= known) continue;
          for (let l = 0; l < L; l++) scores[l] += weights[id * L + l];
        }
        this.addDense(doc, i, weights, scores);
        this.dynamic.keys(sf, i, prev1, prev2, dyn);
        for (let k = 0; k < nd; k++) {
          const id = this.idOf(dyn[k], false);
          if (id < 0 || id >= known) continue;
          for (let l = 0; l < L; l++) scores[l] += weights[id * L + l];
        }
        const label = bestAllowed(scores, prev1, i === to - 1, margins, i);
        labels[i] = label;
        prev2 = prev1;
        prev1 = label;
      }
    }
    return labels;
  }

  /**
   * The model to ship: weights below `minWeight` in absolute value are dropped (they rarely change a
   * decision), and so are features left without weights.
   */
  export(weights: Float32Array, minWeight: number, meta: Record<string, unknown>): ModelData {
    const keys: number[] = [];
    const counts: number[] = [];
    const labels: number[] = [];
    const ws: number[] = [];
    // The weights may be a snapshot taken before later features were added.
    const known = Math.min(this.keys.length, weights.length / L);
    for (let f = this.reserved; f < known; f++) {
      let n = 0;
      for (let l = 0; l < L; l++) {
        const v = weights[f * L + l];
        if (Math.abs(v) < minWeight) continue;
        labels.push(l);
        ws.push(v);
        n++;
      }
      if (n) {
        keys.push(this.keys[f]);
        counts.push(n);
      }
    }
    return {
      keys: Uint32Array.from(keys),
      counts: Uint8Array.from(counts),
      labels: Uint8Array.from(labels),
      weights: Float32Array.from(ws),
      meta,
    };
  }
}

/**
 * Per word of a document and side, the vector row (frequency rank) of the word that far away in its sentence;
 * -1 past the sentence's edge or for a word without a vector. The rows are the cluster table's ranks (sf.rank).
 */
export function neighbourRows(doc: TrainDoc, dense: DenseInput): Int32Array {
  const { rank } = doc.sf;
  const n = doc.sf.offsets.length - 1;
  const S = dense.sides.length;
  const nb = new Int32Array(n * S).fill(-1);
  if (!rank) return nb;
  for (let s = 0; s + 1 < doc.sentStarts.length; s++) {
    const from = doc.sentStarts[s];
    const to = doc.sentStarts[s + 1];
    for (let i = from; i < to; i++) {
      for (let k = 0; k < S; k++) {
        const j = i + dense.sides[k];
        const r = j >= from && j < to ? rank[j] : -1;
        nb[i * S + k] = r >= 0 && r < dense.words ? r : -1;
      }
    }
  }
  return nb;
}
