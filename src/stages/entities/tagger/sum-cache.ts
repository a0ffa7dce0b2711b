/**
 * A cache of summed weights by feature set. Most words of a text share their context features with many
 * other words ("x" between "x" and "x", no gazetteer name, no rule name): summing those weights means a
 * dozen lookups in the model's hash table, each a likely cache miss. This cache keys the sum by a 64-bit
 * fingerprint of the keys and keeps it in a small table, so a repeated set costs one lookup.
 *
 * A cached sum is the same floating-point sum as a fresh one (the keys in the same order, from zero), so
 * results never depend on what the cache holds; it is emptied whenever it fills, at any point.
 */
import { fmixSigned } from './hash.ts';
import { NUM_LABELS } from './labels.ts';

/** What the cache sums: the model's `sum` (adds the weights of keys[from..to) to out[at..at + NUM_LABELS)). */
export interface Summer {
  sum(keys: Uint32Array, from: number, to: number, out: Float32Array, at: number): void;
}

/** Fewer keys than this are summed directly: hashing them would cost about as much. */
const MIN_KEYS = 3;
/**
 * A slot: the two halves of the fingerprint, a used flag, then the sum (NUM_LABELS floats). The sum lies
 * beside its fingerprint, so a hit reads one or two neighbouring cache lines, not two far apart.
 */
const STRIDE = 3 + NUM_LABELS;

export class SumCache {
  /** The slots, as Int32 (fingerprint, flag) and as Float32 (the sums) over one buffer. */
  private readonly table: Int32Array;
  private readonly sums: Float32Array;
  private readonly mask: number;
  private readonly capacity: number;
  private count = 0;
  hits = 0;
  misses = 0;

  constructor(private readonly summer: Summer, slots = 1 << 16) {
    this.mask = slots - 1;
    const buffer = new ArrayBuffer(slots * STRIDE * 4);
    this.table = new Int32Array(buffer);
    this.sums = new Float32Array(buffer);
    // At most three quarters full: probes stay short, and neighbouring slots are neighbouring memory.
    this.capacity = (slots >> 2) * 3;
  }

  /** Adds the summed weights of keys[from..to) to out[at..at + NUM_LABELS). */
  add(keys: Uint32Array, from: number, to: number, out: Float32Array, at = 0): void {
    if (to - from < MIN_KEYS) {
      this.summer.sum(keys, from, to, out, at);
      return;
    }
    // Two independent 32-bit hashes of the keys (and their count).
    let h1 = 0x9747b28c ^ (to - from);
    let h2 = 0x2545f491 + (to - from);
    for (let i = from; i < to; i++) {
      const k = keys[i];
      h1 = Math.imul(h1 ^ k, 0x01000193);
      h2 = Math.imul((h2 << 5) | (h2 >>> 27), 0x9e3779b1) ^ k;
    }
    h1 = fmixSigned(h1);
    h2 = fmixSigned(h2);
    const { table, mask, sums } = this;
    let s = (h1 & mask) * STRIDE;
    for (;;) {
      if (table[s + 2] === 0) break;
      if (table[s] === h1 && table[s + 1] === h2) {
        this.hits++;
        for (let l = 0, p = s + 3; l < NUM_LABELS; l++, p++) out[at + l] += sums[p];
        return;
      }
      s = s + STRIDE > mask * STRIDE ? 0 : s + STRIDE;
    }
    this.misses++;
    if (this.count === this.capacity) {
      // Full: start again (the sums are recomputed as needed, to the same values).
      table.fill(0);
      this.count = 0;
      s = (h1 & mask) * STRIDE;
    }
    this.count++;
    sums.fill(0, s + 3, s + STRIDE);
    this.summer.sum(keys, from, to, sums, s + 3);
    table[s] = h1;
    table[s + 1] = h2;
    table[s + 2] = 1;
    for (let l = 0, p = s + 3; l < NUM_LABELS; l++, p++) out[at + l] += sums[p];
  }
}

/**
 * Sums cached by (word number, label), for sums the caller can name without listing keys: a word's features
 * with the label before it (decode.ts). Direct-mapped: a slot keeps the last (word, label) that hashed to it, and
 * a sum pushed out is computed again, to the same value, when next asked for.
 */
export class WordLabelSums {
  readonly sums: Float32Array;
  private readonly words: Int32Array;
  private readonly labels: Uint8Array;
  private readonly shift: number;

  constructor(slots = 1 << 16) {
    this.sums = new Float32Array(slots * NUM_LABELS);
    this.words = new Int32Array(slots).fill(-1);
    this.labels = new Uint8Array(slots);
    this.shift = 32 - Math.log2(slots);
  }

  /**
   * Where the sum of (word, label) is in `sums`: its offset when cached, else -(offset + 1), the slot then taken
   * for it and cleared, for the caller to fill.
   */
  find(word: number, label: number): number {
    const slot = Math.imul((word * 32 + label) | 0, 0x9e3779b1) >>> this.shift;
    const o = slot * NUM_LABELS;
    if (this.words[slot] === (word | 0) && this.labels[slot] === label) return o;
    this.words[slot] = word | 0;
    this.labels[slot] = label;
    this.sums.fill(0, o, o + NUM_LABELS);
    return -(o + 1);
  }
}
