/**
 * Greedy left-to-right decoding with BILOU constraints: each word takes the best-scoring label that may
 * follow the label before it (a B or I must be continued by an I or L of its class, a sentence must not
 * end inside a span). The scores are the static features' weights plus those of the features built on
 * the two labels before.
 */
import { NUM_GROUPS, type Dynamic, type StaticFeatures } from './features.ts';
import { ALLOWED, ENDS, NUM_LABELS, START } from './labels.ts';
import type { TaggerModel } from './model.ts';

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

/** Labels every word of a document (sentence by sentence); returns one label per word. */
export function decode(model: TaggerModel, sf: StaticFeatures, sentStarts: Int32Array, dynamic: Dynamic, margins?: Float32Array): Uint8Array {
  const n = sf.offsets.length - 1;
  const labels = new Uint8Array(n);
  const scores = new Float32Array(NUM_LABELS);
  const dyn = new Uint32Array(dynamic.count);
  const { groups, pool } = sf;
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
