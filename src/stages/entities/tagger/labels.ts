/**
 * BILOU labels of the tagger: O, then Begin / Inside / Last / Unit for each of the four CoNLL classes.
 * Label n > 0 is class (n - 1) >> 2 at position (n - 1) & 3. The transition table says which label may
 * follow which, so the decoder never builds a broken span ("O I-PER", "B-PER O").
 */

export const CLASSES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityClass = (typeof CLASSES)[number];

export const POS_B = 0;
export const POS_I = 1;
export const POS_L = 2;
export const POS_U = 3;

export const NUM_LABELS = 1 + 4 * CLASSES.length;
/** The "previous label" of a sentence's first token. */
export const START = NUM_LABELS;

export const LABEL_NAMES: string[] = ['O'];
for (const c of CLASSES) for (const p of 'BILU') LABEL_NAMES.push(`${p}-${c}`);

export const labelOf = (cls: number, pos: number): number => 1 + cls * 4 + pos;
export const classOf = (label: number): number => (label - 1) >> 2;
export const posOf = (label: number): number => (label - 1) & 3;

/** ALLOWED[prev * NUM_LABELS + label] is 1 when `label` may follow `prev` (prev may be START). */
export const ALLOWED = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
/** ENDS[label] is 1 when a sentence may end on `label` (O, L-x, U-x). */
export const ENDS = new Uint8Array(NUM_LABELS);
for (let prev = 0; prev <= NUM_LABELS; prev++) {
  const open = prev > 0 && prev < NUM_LABELS && (posOf(prev) === POS_B || posOf(prev) === POS_I);
  for (let label = 0; label < NUM_LABELS; label++) {
    let ok: boolean;
    if (open) ok = label > 0 && classOf(label) === classOf(prev) && (posOf(label) === POS_I || posOf(label) === POS_L);
    else ok = label === 0 || posOf(label) === POS_B || posOf(label) === POS_U;
    ALLOWED[prev * NUM_LABELS + label] = ok ? 1 : 0;
  }
}
for (let label = 0; label < NUM_LABELS; label++) ENDS[label] = label === 0 || posOf(label) === POS_L || posOf(label) === POS_U ? 1 : 0;

/** A span of tokens [first, last] of one class. */
export interface LabelSpan {
  first: number;
  last: number;
  cls: number;
}

/** Writes the BILOU labels of `spans` into `out` (which should be zero, i.e. all O). */
export function spansToLabels(spans: LabelSpan[], out: Uint8Array): Uint8Array {
  for (const s of spans) {
    if (s.first === s.last) {
      out[s.first] = labelOf(s.cls, POS_U);
      continue;
    }
    out[s.first] = labelOf(s.cls, POS_B);
    for (let i = s.first + 1; i < s.last; i++) out[i] = labelOf(s.cls, POS_I);
    out[s.last] = labelOf(s.cls, POS_L);
  }
  return out;
}

/**
 * Reads spans back from labels[from..to). Tolerant of broken sequences (from a model without
 * constraints): a B or I without its L still ends a span where its class stops.
 */
export function labelsToSpans(labels: ArrayLike<number>, from: number, to: number, out: LabelSpan[] = []): LabelSpan[] {
  let open: LabelSpan | null = null;
  for (let i = from; i < to; i++) {
    const l = labels[i];
    const cls = l === 0 ? -1 : classOf(l);
    const pos = l === 0 ? -1 : posOf(l);
    if (open && (cls !== open.cls || pos === POS_B || pos === POS_U)) {
      out.push(open);
      open = null;
    }
    if (l === 0) continue;
    if (!open) open = { first: i, last: i, cls };
    else open.last = i;
    if (pos === POS_L || pos === POS_U) {
      out.push(open);
      open = null;
    }
  }
  if (open) out.push(open);
  return out;
}
