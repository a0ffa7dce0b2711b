/**
 * Decoding with BILOU constraints (a B or I must be continued by an I or L of its class, a sentence must
 * not end inside a span). The scores are the static features' weights plus those of the features built on
 * the two labels before. Beam search (`Beam`, `decodeBeam`) keeps the best few label sequences of each
 * sentence, so a word's label can depend on the words after it; greedy decoding (`decode`, the beam of
 * width one) takes the best allowed label word by word, as models trained before beam search expect.
 */
import { NUM_GROUPS, type Dynamic, type StaticFeatures } from './features.ts';
import { ALLOWED, ENDS, NUM_LABELS, START } from './labels.ts';
import type { TaggerModel } from './model.ts';
import type { SumCache, WordLabelSums } from './sum-cache.ts';

/**
 * The best allowed label for scores[], given the label before and whether this is the sentence's last word.
 * With `margins`, margins[i] is set to how far the best allowed score is ahead of the second best.
 */
export function bestAllowed(scores: Float32Array | Float64Array, prev: number, last: boolean, margins?: Float32Array, i = 0): number {
  const row = prev * NUM_LABELS;
  let best = -1;
  let bestScore = -Infinity;
  let second = -Infinity;
  for (let l = 0; l < NUM_LABELS; l++) {
    if (!ALLOWED[row + l] || (last && !ENDS[l])) continue;
    const s = scores[l];
    if (s > bestScore) {
      second = bestScore;
      bestScore = s;
      best = l;
    } else if (s > second) second = s;
  }
  if (margins) margins[i] = second === -Infinity ? 100 : bestScore - second;
  return best;
}

/** Label states: the labels and START. */
const STATES = NUM_LABELS + 1;
/** The labels allowed after each label (or START), anywhere and at the end of a sentence. */
const ALLOWED_LIST: Uint8Array[] = [];
const ALLOWED_END_LIST: Uint8Array[] = [];
for (let prev = 0; prev < STATES; prev++) {
  const ok: number[] = [];
  for (let l = 0; l < NUM_LABELS; l++) if (ALLOWED[prev * NUM_LABELS + l]) ok.push(l);
  ALLOWED_LIST.push(Uint8Array.from(ok));
  ALLOWED_END_LIST.push(Uint8Array.from(ok.filter((l) => ENDS[l])));
}

/** The scores beam search asks for; each adds into `out` (cleared by the caller) or returns a vector. */
export interface BeamScorer {
  /** The scores of word i that do not depend on labels (writes out). */
  word(i: number, out: Float32Array): void;
  /** Adds the scores of the features of word i and the label before it to out[at..at + NUM_LABELS). */
  prev1(i: number, prev1: number, out: Float32Array, at: number): void;
  /** The scores of the feature of the two labels before (NUM_LABELS values; do not keep the array). */
  pair(i: number, prev1: number, prev2: number): Float32Array;
}

/**
 * Beam search over one sentence, words [from, to): keeps the `width` best label sequences so far, merging
 * those that end in the same two labels (the dynamic features see no further back, so only the better one
 * can win). `staticScores(i, out)` writes the scores of word i that do not depend on labels;
 * `dynamicScores(i, prev1, prev2, out)` adds those that do. Writes labels[from..to) and, with `margins`,
 * how far each chosen label was ahead of the best other allowed label on the chosen path.
 * Width 1 is greedy decoding.
 */
export class Beam {
  private readonly stat = new Float32Array(NUM_LABELS);
  private readonly scores = new Float32Array(NUM_LABELS);
  // Per position, per beam item: label, index of the item it extends, margin.
  private lab = new Uint8Array(0);
  private back = new Int16Array(0);
  private marg = new Float32Array(0);
  // Where the item ending in labels (p1, p2) is in `next`, valid when stampOf[p1 * STATES + p2] is this word's stamp.
  private readonly slot = new Int32Array(STATES * STATES);
  private readonly stampOf = new Int32Array(STATES * STATES);
  private stamp = 0;
  // runSplit: per label before, the scores of the word's features with it, valid when prev1Stamp is this word's.
  private readonly byPrev1 = new Float32Array(STATES * NUM_LABELS);
  private readonly prev1Stamp = new Int32Array(STATES);
  // The beam at the word before (cur) and the one being built (next); swapped after each word.
  private cur: { score: Float64Array; p1: Uint8Array; p2: Uint8Array; n: number };
  private next: { score: Float64Array; p1: Uint8Array; p2: Uint8Array; n: number };

  /**
   * `threshold`: items scoring more than this below the best item at a word are dropped too (most words
   * have one clear label, and then the beam costs little more than greedy decoding).
   */
  constructor(readonly width: number, readonly threshold = Infinity) {
    const mk = () => ({ score: new Float64Array(width), p1: new Uint8Array(width), p2: new Uint8Array(width), n: 0 });
    this.cur = mk();
    this.next = mk();
  }

  /**
   * Labels words [from, to) with a scorer that gives each beam item its full history scores
   * (`dynamicScores` adds them to a copy of the word's static scores). Training uses it.
   */
  run(
    from: number, to: number, staticScores: (i: number, out: Float32Array) => void,
    dynamicScores: (i: number, prev1: number, prev2: number, out: Float32Array) => void,
    labels: Uint8Array, margins?: Float32Array,
  ): void {
    if (to <= from) return;
    this.begin(to - from);
    const W = this.width;
    const { stat, scores, slot, stampOf, lab, back, marg } = this;
    for (let i = from; i < to; i++) {
      staticScores(i, stat);
      const last = i === to - 1;
      const row = this.beginWord(i - from);
      const { cur, next, stamp } = this;
      // The lowest score in `next` and where it is, once `next` is full (the insertion is written out in
      // both loops: as a method it cost this hot loop ~8% of the entities stage).
      let min = -Infinity;
      let minAt = 0;
      for (let b = 0; b < cur.n; b++) {
        scores.set(stat);
        const p1 = cur.p1[b];
        dynamicScores(i, p1, cur.p2[b], scores);
        const allowed = last ? ALLOWED_END_LIST[p1] : ALLOWED_LIST[p1];
        // Best and second-best allowed scores, for the margin.
        let best = -Infinity;
        let second = -Infinity;
        for (let a = 0; a < allowed.length; a++) {
          const s = scores[allowed[a]];
          if (s > best) {
            second = best;
            best = s;
          } else if (s > second) second = s;
        }
        const base = cur.score[b];
        for (let a = 0; a < allowed.length; a++) {
          const l = allowed[a];
          const sl = scores[l];
          const total = base + sl;
          // Neither a new item nor better than the item it would merge with (which scores at least min).
          if (next.n === W && total <= min) continue;
          const state = l * STATES + p1;
          let at = stampOf[state] === stamp ? slot[state] : -1;
          if (at >= 0) {
            if (total <= next.score[at]) continue;
          } else if (next.n < W) {
            at = next.n++;
            stampOf[state] = stamp;
            slot[state] = at;
          } else {
            at = minAt;
            stampOf[next.p1[at] * STATES + next.p2[at]] = 0;
            stampOf[state] = stamp;
            slot[state] = at;
          }
          next.score[at] = total;
          next.p1[at] = l;
          next.p2[at] = p1;
          lab[row + at] = l;
          back[row + at] = b;
          if (margins) marg[row + at] = sl === best ? (second === -Infinity ? 100 : best - second) : sl - best;
          // The lowest item changes only when the beam has just filled or its lowest item was replaced or
          // raised (raising another item leaves the first lowest where it was).
          if (next.n === W && (at === minAt || min === -Infinity)) {
            min = next.score[0];
            minAt = 0;
            for (let k = 1; k < W; k++) {
              if (next.score[k] < min) {
                min = next.score[k];
                minAt = k;
              }
            }
          }
        }
      }
      this.endWord(row);
    }
    this.backtrace(from, to, labels, margins);
  }

  /**
   * `run` for a scorer that splits the history scores (run time, decodeBeam): the word's features with the
   * label before are summed once per label before, not once per item. The same sums in the same order as
   * `run`, so the same labels and margins.
   */
  runSplit(from: number, to: number, scorer: BeamScorer, labels: Uint8Array, margins?: Float32Array): void {
    if (to <= from) return;
    this.begin(to - from);
    const W = this.width;
    const { stat, scores, byPrev1, prev1Stamp, slot, stampOf, lab, back, marg } = this;
    for (let i = from; i < to; i++) {
      scorer.word(i, stat);
      const last = i === to - 1;
      const row = this.beginWord(i - from);
      const { cur, next, stamp } = this;
      let min = -Infinity;
      let minAt = 0;
      for (let b = 0; b < cur.n; b++) {
        const p1 = cur.p1[b];
        // The scores of the word's features with the label before, once per label before; then the pair feature.
        const o1 = p1 * NUM_LABELS;
        if (prev1Stamp[p1] !== stamp) {
          // Summed in place (fill and set on a row this short cost more than the loop).
          prev1Stamp[p1] = stamp;
          for (let l = 0; l < NUM_LABELS; l++) byPrev1[o1 + l] = 0;
          scorer.prev1(i, p1, byPrev1, o1);
        }
        const pair = scorer.pair(i, p1, cur.p2[b]);
        const allowed = last ? ALLOWED_END_LIST[p1] : ALLOWED_LIST[p1];
        // Best and second-best allowed scores, for the margin.
        let best = -Infinity;
        let second = -Infinity;
        for (let a = 0; a < allowed.length; a++) {
          const l = allowed[a];
          const s = Math.fround(stat[l] + (byPrev1[o1 + l] + pair[l]));
          scores[a] = s;
          if (s > best) {
            second = best;
            best = s;
          } else if (s > second) second = s;
        }
        const base = cur.score[b];
        // Items more than `threshold` below this item's best extension are dropped at the word's end
        // whatever else the beam holds (endWord's floor is at least this one): not inserted at all.
        const floor = base + best - this.threshold;
        for (let a = 0; a < allowed.length; a++) {
          const l = allowed[a];
          const sl = scores[a];
          const total = base + sl;
          if (total < floor) continue;
          // Neither a new item nor better than the item it would merge with (which scores at least min).
          if (next.n === W && total <= min) continue;
          const state = l * STATES + p1;
          let at = stampOf[state] === stamp ? slot[state] : -1;
          if (at >= 0) {
            if (total <= next.score[at]) continue;
          } else if (next.n < W) {
            at = next.n++;
            stampOf[state] = stamp;
            slot[state] = at;
          } else {
            at = minAt;
            stampOf[next.p1[at] * STATES + next.p2[at]] = 0;
            stampOf[state] = stamp;
            slot[state] = at;
          }
          next.score[at] = total;
          next.p1[at] = l;
          next.p2[at] = p1;
          lab[row + at] = l;
          back[row + at] = b;
          if (margins) marg[row + at] = sl === best ? (second === -Infinity ? 100 : best - second) : sl - best;
          // The lowest item changes only when the beam has just filled or its lowest item was replaced or
          // raised (raising another item leaves the first lowest where it was).
          if (next.n === W && (at === minAt || min === -Infinity)) {
            min = next.score[0];
            minAt = 0;
            for (let k = 1; k < W; k++) {
              if (next.score[k] < min) {
                min = next.score[k];
                minAt = k;
              }
            }
          }
        }
      }
      this.endWord(row);
    }
    this.backtrace(from, to, labels, margins);
  }

  /** Makes room for a sentence of `len` words and starts the beam with the empty sequence. */
  private begin(len: number): void {
    const W = this.width;
    // A beam is kept from one document to the next (beamFor): start the stamps again long before they overflow.
    if (this.stamp > 1 << 30) {
      this.stamp = 0;
      this.stampOf.fill(0);
      this.prev1Stamp.fill(0);
    }
    if (this.lab.length < len * W) {
      this.lab = new Uint8Array(len * W * 2);
      this.back = new Int16Array(len * W * 2);
      this.marg = new Float32Array(len * W * 2);
    }
    const cur = this.cur;
    cur.n = 1;
    cur.score[0] = 0;
    cur.p1[0] = START;
    cur.p2[0] = START;
  }

  /** Starts word `w` of the sentence: `next` empties and a new stamp is taken. Returns the word's row in lab/back/marg. */
  private beginWord(w: number): number {
    this.next.n = 0;
    this.stamp++;
    return w * this.width;
  }

  /** Ends a word: drops items more than `threshold` below the best, and makes `next` the current beam. */
  private endWord(row: number): void {
    const { next, threshold, lab, back, marg } = this;
    if (threshold !== Infinity && next.n > 1) {
      let top = next.score[0];
      for (let k = 1; k < next.n; k++) if (next.score[k] > top) top = next.score[k];
      const floor = top - threshold;
      let j = 0;
      for (let k = 0; k < next.n; k++) {
        if (next.score[k] < floor) continue;
        if (j !== k) {
          next.score[j] = next.score[k];
          next.p1[j] = next.p1[k];
          next.p2[j] = next.p2[k];
          lab[row + j] = lab[row + k];
          back[row + j] = back[row + k];
          marg[row + j] = marg[row + k];
        }
        j++;
      }
      next.n = j;
    }
    this.next = this.cur;
    this.cur = next;
  }

  /** Writes labels[from..to) (and margins) along the best item's path back from the last word. */
  private backtrace(from: number, to: number, labels: Uint8Array, margins?: Float32Array): void {
    const { cur, width: W, lab, back, marg } = this;
    let bestItem = 0;
    for (let k = 1; k < cur.n; k++) if (cur.score[k] > cur.score[bestItem]) bestItem = k;
    for (let i = to - 1, k = bestItem; i >= from; i--) {
      const row = (i - from) * W;
      labels[i] = lab[row + k];
      if (margins) margins[i] = marg[row + k];
      k = back[row + k];
    }
  }
}

const pairCache = new WeakMap<TaggerModel, Map<Dynamic, Array<Float32Array | undefined>>>();

/** Scores of the pair feature of `dynamic`, by (label two before) * (NUM_LABELS + 1) + label before; filled on demand. */
function pairScores(model: TaggerModel, dynamic: Dynamic): Array<Float32Array | undefined> {
  let byDynamic = pairCache.get(model);
  if (!byDynamic) pairCache.set(model, (byDynamic = new Map()));
  let entry = byDynamic.get(dynamic);
  if (!entry) byDynamic.set(dynamic, (entry = new Array((NUM_LABELS + 1) ** 2).fill(undefined)));
  return entry;
}

/**
 * Sums of a by-value Dynamic's keys other than the pair (Dynamic.byValue), by value * (NUM_LABELS + 1) + label
 * before: NUM_LABELS scores each, filled on demand (`filled`).
 */
const byValueCache = new WeakMap<TaggerModel, Map<Dynamic, { sums: Float32Array; filled: Uint8Array }>>();

function byValueSums(model: TaggerModel, dynamic: Dynamic, values: number): { sums: Float32Array; filled: Uint8Array } {
  let byDynamic = byValueCache.get(model);
  if (!byDynamic) byValueCache.set(model, (byDynamic = new Map()));
  let entry = byDynamic.get(dynamic);
  const slots = values * (NUM_LABELS + 1);
  if (!entry) byDynamic.set(dynamic, (entry = { sums: new Float32Array(slots * NUM_LABELS), filled: new Uint8Array(slots) }));
  return entry;
}

/**
 * One beam per width and threshold, kept from one document to the next: a new one per document allocated its
 * buffers again for every document and pass. (Decoding runs one document at a time in a thread.)
 */
const beams = new Map<string, Beam>();
function beamFor(width: number, threshold: number): Beam {
  const key = `${width} ${threshold}`;
  let beam = beams.get(key);
  if (!beam) beams.set(key, (beam = new Beam(width, threshold)));
  return beam;
}

/** Labels every word of a document (sentence by sentence) with beam search of the given width. */
export function decodeBeam(
  model: TaggerModel, sf: StaticFeatures, sentStarts: Int32Array, dynamic: Dynamic, width: number, margins?: Float32Array,
  threshold = Infinity, sums?: SumCache, wordSums?: WordLabelSums,
): Uint8Array {
  if (width <= 1) return decode(model, sf, sentStarts, dynamic, margins);
  const n = sf.offsets.length - 1;
  const labels = new Uint8Array(n);
  const dyn = new Uint32Array(dynamic.count);
  // The keys that depend on the label before but not on the one before it.
  const own = new Uint32Array(dynamic.count);
  const { groups, pool, split } = sf;
  // Without the run-time pool (training's read-back check), the word vectors' scores are summed here.
  const dense = groups ? undefined : denseScores(model, sf, sentStarts);
  const beam = beamFor(width, threshold);
  const pairs = pairScores(model, dynamic);
  const S = NUM_LABELS + 1;
  const byValue = dynamic.byValue;
  const byWord = dynamic.byWord === true;
  const { wordId } = sf;
  const cached = byValue ? byValueSums(model, dynamic, byValue.values) : undefined;
  /** Adds the weights of word i's keys with the label before, other than the pair, to out[at..). */
  const sumOwn = (i: number, prev1: number, out: Float32Array, at: number): void => {
    dynamic.keys(sf, i, prev1, START, dyn);
    let n = 0;
    for (let k = 0; k < dynamic.count; k++) if (k !== dynamic.pair) own[n++] = dyn[k];
    if (sums) sums.add(own, 0, n, out, at);
    else model.sum(own, 0, n, out, at);
  };
  const scorer: BeamScorer = {
    word(i, scores) {
      if (sums) {
        // The keys built on few distinct values, summed through the cache; the word's own keys directly.
        const mid = split ? split[i] : sf.offsets[i + 1];
        // Cleared by a loop: fill() on an array this short costs more.
        for (let l = 0; l < NUM_LABELS; l++) scores[l] = 0;
        sums.add(sf.keys, sf.offsets[i], mid, scores);
        model.sum(sf.keys, mid, sf.offsets[i + 1], scores, 0);
      } else model.score(sf.keys, sf.offsets[i], sf.offsets[i + 1], scores);
      if (groups && pool) {
        for (let g = i * NUM_GROUPS; g < (i + 1) * NUM_GROUPS; g++) {
          const at = groups[g];
          for (let l = 0; l < NUM_LABELS; l++) scores[l] += pool[at + l];
        }
      }
      if (dense) for (let l = 0; l < NUM_LABELS; l++) scores[l] += dense[i * NUM_LABELS + l];
    },
    // Cached sums are the same sums, from zero, as sumOwn gives (runSplit clears out's row first): the same scores.
    prev1(i, prev1, out, at) {
      if (byWord && wordId && wordSums) {
        let o = wordSums.find(wordId[i], prev1);
        if (o < 0) {
          o = -o - 1;
          sumOwn(i, prev1, wordSums.sums, o);
        }
        for (let l = 0; l < NUM_LABELS; l++) out[at + l] += wordSums.sums[o + l];
        return;
      }
      if (!byValue || !cached) {
        sumOwn(i, prev1, out, at);
        return;
      }
      const slot = byValue.of(sf, i) * S + prev1;
      const o = slot * NUM_LABELS;
      if (!cached.filled[slot]) {
        sumOwn(i, prev1, cached.sums, o);
        cached.filled[slot] = 1;
      }
      for (let l = 0; l < NUM_LABELS; l++) out[at + l] += cached.sums[o + l];
    },
    // The pair feature depends on the labels alone: computed once per pair and model.
    pair(i, prev1, prev2) {
      const p = prev2 * S + prev1;
      let v = pairs[p];
      if (!v) {
        dynamic.keys(sf, i, prev1, prev2, dyn);
        v = pairs[p] = new Float32Array(NUM_LABELS);
        model.add(dyn[dynamic.pair], v);
      }
      return v;
    },
  };
  for (let s = 0; s + 1 < sentStarts.length; s++) beam.runSplit(sentStarts[s], sentStarts[s + 1], scorer, labels, margins);
  return labels;
}

/** Labels every word of a document (sentence by sentence), greedily; returns one label per word. */
export function decode(model: TaggerModel, sf: StaticFeatures, sentStarts: Int32Array, dynamic: Dynamic, margins?: Float32Array): Uint8Array {
  const n = sf.offsets.length - 1;
  const labels = new Uint8Array(n);
  const scores = new Float32Array(NUM_LABELS);
  const dyn = new Uint32Array(dynamic.count);
  const { groups, pool } = sf;
  const dense = groups ? undefined : denseScores(model, sf, sentStarts);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    const to = sentStarts[s + 1];
    let prev1 = START;
    let prev2 = START;
    for (let i = sentStarts[s]; i < to; i++) {
      model.score(sf.keys, sf.offsets[i], sf.offsets[i + 1], scores);
      if (groups && pool) {
        // The word-only features, summed once per distinct word (features.ts ScoreCache).
        for (let g = i * NUM_GROUPS; g < (i + 1) * NUM_GROUPS; g++) {
          const at = groups[g];
          for (let l = 0; l < NUM_LABELS; l++) scores[l] += pool[at + l];
        }
      }
      if (dense) for (let l = 0; l < NUM_LABELS; l++) scores[l] += dense[i * NUM_LABELS + l];
      dynamic.keys(sf, i, prev1, prev2, dyn);
      for (let k = 0; k < dynamic.count; k++) model.add(dyn[k], scores);
      const label = bestAllowed(scores, prev1, i === to - 1, margins, i);
      labels[i] = label;
      prev2 = prev1;
      prev1 = label;
    }
  }
  return labels;
}

/**
 * The model's word-vector scores of every word (NUM_LABELS per word: those of the words at each of the
 * model's sides within its sentence), for features listed as keys (at run time they are in sf.pool);
 * undefined when the model has none or the features carry no ranks (the second pass).
 */
function denseScores(model: TaggerModel, sf: StaticFeatures, sentStarts: Int32Array): Float32Array | undefined {
  const d = model.dense;
  const { rank } = sf;
  if (!d || !rank) return undefined;
  const out = new Float32Array(rank.length * NUM_LABELS);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    const from = sentStarts[s];
    const to = sentStarts[s + 1];
    for (let i = from; i < to; i++) {
      for (const side of d.sides) {
        const j = i + side;
        if (j >= from && j < to) model.addDense(rank[j], side, out, i * NUM_LABELS);
      }
    }
  }
  return out;
}
