/**
 * The tagger's second pass: document consistency. The first pass labels each word from its sentence;
 * the second pass sees, for each word, how the first pass labelled the same word and the same name
 * elsewhere in the document ("Magna" is an ORG in three places, so the fourth is one too; "Netanyahu"
 * ends a PER name elsewhere), together with the first pass's own label, its neighbours' labels and its
 * confidence. It is trained on first-pass labels of documents the first pass was not trained on
 * (five-fold jackknife), so it learns how far to trust them.
 */
import { key1, key2, key3 } from './hash.ts';
import { NUM_LABELS, START, classOf, posOf } from './labels.ts';
import type { Dynamic, StaticFeatures } from './features.ts';

/** Stage-2 templates: disjoint from the first pass's (features.ts), so both live in one model. */
export const T2 = {
  BIAS: 100, OWN: 101, OWN_CTX: 102, OWN_SHORT: 103, MARGIN: 104, AGG: 105, AGG_OWN: 106, AGG_COUNT: 107,
  SPAN_AGG: 108, SUPER: 109, OWN_LOWER: 110,
  P1: 120, P2: 121, P1_OWN: 122,
} as const;

const OTHER = 4; // the class index used for "labelled O"

const fracBucket = (x: number): number => (x <= 0 ? 0 : x < 0.34 ? 1 : x < 0.67 ? 2 : x < 1 ? 3 : 4);
const marginBucket = (m: number): number => (m < 1 ? 0 : m < 3 ? 1 : m < 7 ? 2 : m < 15 ? 3 : m < 30 ? 4 : 5);

/** Hash of a span's words (their capitalised forms or lower-case forms), to find the same name elsewhere. */
function spanHash(sf: StaticFeatures, first: number, last: number): number {
  let h = 0x1b873593;
  for (let i = first; i <= last; i++) h = key2(199, h, sf.capform[i] || sf.lower[i]);
  return h;
}

/**
 * Stage-2 features of a document, from the first pass's labels and margins (best minus second-best score).
 * The result reuses the first pass's per-word values for the dynamic features.
 */
export function stage2Features(sf: StaticFeatures, sentStarts: Int32Array, labels: Uint8Array, margins: Float32Array): StaticFeatures {
  const n = labels.length;
  // First-pass classes of each capitalised word's occurrences.
  const wordCounts = new Map<number, Int32Array>();
  for (let i = 0; i < n; i++) {
    const h = sf.capform[i];
    if (!h) continue;
    let c = wordCounts.get(h);
    if (!c) wordCounts.set(h, (c = new Int32Array(5)));
    c[labels[i] ? classOf(labels[i]) : OTHER]++;
  }
  // First-pass names: each span's class counts by its text, and the longer names each word stands in.
  const spanAt = new Int32Array(n).fill(-1);
  const spans: Array<{ first: number; last: number; cls: number; hash: number }> = [];
  const spanCounts = new Map<number, Int32Array>();
  const inLonger = new Map<number, number>(); // capform → bit set of (class * 3 + place): 0 first, 1 middle, 2 last
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    let open = -1;
    for (let i = sentStarts[s]; i < sentStarts[s + 1]; i++) {
      const l = labels[i];
      if (l === 0) continue;
      const p = posOf(l);
      if (p === 0 || p === 3) open = i;
      if ((p === 2 || p === 3) && open >= 0) {
        const sp = { first: open, last: i, cls: classOf(l), hash: spanHash(sf, open, i) };
        for (let k = open; k <= i; k++) spanAt[k] = spans.length;
        spans.push(sp);
        let c = spanCounts.get(sp.hash);
        if (!c) spanCounts.set(sp.hash, (c = new Int32Array(4)));
        c[sp.cls]++;
        if (i > open) {
          for (let k = open; k <= i; k++) {
            const h = sf.capform[k];
            if (!h) continue;
            const place = k === open ? 0 : k === i ? 2 : 1;
            inLonger.set(h, (inLonger.get(h) ?? 0) | (1 << (sp.cls * 3 + place)));
          }
        }
        open = -1;
      }
    }
  }

  // A typed buffer grown by doubling: a document can have millions of keys (a hostile 1 MB line).
  let keys = new Uint32Array(Math.max(1024, n * 12));
  let used = 0;
  const push = (k: number): void => {
    if (used === keys.length) {
      const bigger = new Uint32Array(keys.length * 2);
      bigger.set(keys);
      keys = bigger;
    }
    keys[used++] = k;
  };
  const offsets = new Int32Array(n + 1);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    const from = sentStarts[s];
    const to = sentStarts[s + 1];
    for (let i = from; i < to; i++) {
      offsets[i] = used;
      const y = labels[i];
      const prev = i > from ? labels[i - 1] : START;
      const next = i + 1 < to ? labels[i + 1] : START;
      push(key1(T2.BIAS, 0));
      push(key1(T2.OWN, y));
      push(key3(T2.OWN_CTX, prev, y, next));
      push(key2(T2.OWN_SHORT, y, sf.short[i]));
      push(key2(T2.OWN_LOWER, y, sf.lower[i]));
      push(key2(T2.MARGIN, y, marginBucket(margins[i])));
      const own = y ? classOf(y) : OTHER;
      const h = sf.capform[i];
      if (h) {
        const c = wordCounts.get(h)!;
        const others = c[0] + c[1] + c[2] + c[3] + c[4] - 1;
        push(key2(T2.AGG_COUNT, own, Math.min(others, 3)));
        if (others > 0) {
          for (let k = 0; k < 5; k++) {
            const m = c[k] - (k === own ? 1 : 0);
            if (m <= 0) continue;
            const b = fracBucket(m / others);
            push(key2(T2.AGG, k, b));
            push(key3(T2.AGG_OWN, y, k, b));
          }
        }
        const longer = inLonger.get(h) ?? 0;
        for (let bit = 0; bit < 12; bit++) if (longer & (1 << bit)) push(key2(T2.SUPER, bit, y));
      }
      const sp = spanAt[i];
      if (sp >= 0) {
        const span = spans[sp];
        const c = spanCounts.get(span.hash)!;
        const others = c[0] + c[1] + c[2] + c[3] - 1;
        if (others > 0) {
          for (let k = 0; k < 4; k++) {
            const m = c[k] - (k === span.cls ? 1 : 0);
            if (m > 0) push(key3(T2.SPAN_AGG, y, k, fracBucket(m / others)));
          }
        }
      }
    }
  }
  offsets[n] = used;
  return { keys: keys.subarray(0, used), offsets, lower: sf.lower, short: sf.short, cluster: sf.cluster, capform: sf.capform, own: labels };
}

/** Number of keys `dynamicKeys2` writes. */
export const NUM_DYNAMIC2 = 3;

/** Stage-2 features on the labels already given: the two before, and the one before with the first pass's label. */
export function dynamicKeys2(sf: StaticFeatures, i: number, prev1: number, prev2: number, out: Uint32Array): void {
  out[0] = key1(T2.P1, prev1);
  out[1] = key2(T2.P2, prev2, prev1);
  out[2] = key2(T2.P1_OWN, prev1, sf.own ? sf.own[i] : NUM_LABELS);
}

/** The second pass's dynamic features. */
export const DYNAMIC2: Dynamic = {
  count: NUM_DYNAMIC2, keys: dynamicKeys2, pair: 1,
  // P1 and P1_OWN: the label before and the first pass's label of the word.
  byValue: { values: NUM_LABELS + 1, of: (sf, i) => (sf.own ? sf.own[i] : NUM_LABELS) },
};
