/**
 * The trained entity tagger: finds PER, ORG, LOC and MISC names in a segmented document.
 *
 * Two passes of an averaged structured perceptron with BILOU labels and beam-search decoding (decode.ts,
 * of the width the model was trained with): the first labels each
 * sentence from the words, their shapes, word clusters and vectors, gazetteer and lexicon (features.ts); the second
 * makes the labels of the same names agree across the document (stage2.ts). The model (data/ner-model.bin)
 * is trained by scripts/train-ner.ts and read once per process, on first use.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleDoc } from '../../../model/doc.ts';
import { getGazetteer } from '../gazetteer.ts';
import { ABBREVIATIONS, TITLE_HEADS } from '../lexicon.ts';
import { getClusters, sharedClusterTables, useClusterTables, type ClusterTables } from './clusters.ts';
import { decodeBeam } from './decode.ts';
import { SumCache, WordLabelSums } from './sum-cache.ts';
import { DYNAMIC1, NUM_GROUPS, staticFeatures, type FeatureContext, type ScoreCache } from './features.ts';
import { CLASSES, NUM_LABELS, labelsToSpans, type EntityClass } from './labels.ts';
import { TaggerModel, type ModelData, type ModelTables } from './model.ts';
import { decodeModel } from './model-io.ts';
import { DYNAMIC2, stage2Features } from './stage2.ts';
import { toTagInput, type TagInput } from './tokens.ts';
import { addRuleHints, type RuleHint } from './rule-hints.ts';

/** The model file; NEWSFRAME_NER_MODEL names another (to compare models without replacing the shipped one). */
export const MODEL_FILE = process.env.NEWSFRAME_NER_MODEL ?? fileURLToPath(new URL('../data/ner-model.bin', import.meta.url));

/** A name the tagger found: words [first, last] of the tag input, characters [start, end) of the text. */
export interface TaggedName {
  first: number;
  last: number;
  start: number;
  end: number;
  cls: EntityClass;
}

export interface Tagged {
  input: TagInput;
  names: TaggedName[];
}

export interface Tagger {
  model: TaggerModel;
  /** Tags a segmented document (it needs doc.tokens and doc.sentences), with the rule names as hints. */
  tag(doc: ArticleDoc, hints: RuleHint[]): Tagged;
  /** Labels the words of a tag input (BILOU label numbers, see labels.ts). */
  label(input: TagInput): Uint8Array;
}

/**
 * Beam items scoring this far below the best at a word are dropped (decode.ts): about 1.4 times as fast as the
 * full beam of 8. Chosen on CoNLL-2003 valid with the shipped model: at 200 its F1 is that of the full
 * beam (94.01), at 100 it loses 0.55. Scores scale with the training (epochs, data, word vectors): train-ner.ts
 * chooses the threshold the same way for each model it trains and writes it into the file (`beamThreshold`);
 * this one is for files without it.
 */
export const BEAM_THRESHOLD = 200;

/**
 * Word attributes are cached per distinct word; the cache is emptied when it grows past this (the labels are the
 * same either way). A cached word holds ~600 bytes of attributes and word vectors in each worker. BBC has 37,881
 * distinct words, so the bench never empties it; on a 20x BBC whose copies rename the capitalised words, peak RSS
 * was 932 MB with 200,000 words, 772 with 100,000 and 701 with 50,000 (286, 255 and 266 s).
 */
const MAX_CACHED_WORDS = 50_000;

let tagger: Tagger | null | undefined;
/** Tables another thread built (useSharedTaggerTables); getTagger then reads no file. */
let sharedModel: ModelTables | null = null;

/** The process-wide tagger, loaded on first use; null when no model file is installed. */
export function getTagger(): Tagger | null {
  if (tagger === undefined) {
    const model = sharedModel ?? readModelFile();
    tagger = model ? createTagger(new TaggerModel(model)) : null;
  }
  return tagger;
}

/** The installed model file, decoded; null when there is none. */
function readModelFile(): ModelData | null {
  return existsSync(MODEL_FILE) ? decodeModel(readFileSync(MODEL_FILE)) : null;
}

/**
 * The model and the cluster table, built in SharedArrayBuffers: the worker pool builds them once and every
 * worker uses them (useSharedTaggerTables) instead of each building its own copy (~18 MB and ~0.2 s of
 * CPU per worker). Built once per process; null when no model file is installed.
 */
export interface SharedTaggerTables {
  model: ModelTables;
  clusters: ClusterTables | null;
}

let shared: SharedTaggerTables | null | undefined;

export function getSharedTaggerTables(): SharedTaggerTables | null {
  if (shared === undefined) {
    const data = readModelFile();
    shared = data ? { model: new TaggerModel(data, true).tables(), clusters: sharedClusterTables() } : null;
  }
  return shared;
}

/** In a worker: the tagger (built on first use, as ever) and the cluster table use tables the pool built. */
export function useSharedTaggerTables(tables: SharedTaggerTables): void {
  useClusterTables(tables.clusters);
  sharedModel = tables.model;
}

/** A tagger around a model (with the process-wide gazetteer and cluster table). */
export function createTagger(model: TaggerModel, maxCachedWords = MAX_CACHED_WORDS): Tagger {
  const scores: ScoreCache = {
    sum: (keys, from, to, out, at) => model.sum(keys, from, to, out, at),
    pool: new Float32Array(NUM_LABELS * 8192),
    used: 0,
    edges: new Int32Array(NUM_GROUPS).fill(-1),
    dense: model.dense ? (rank, side, out, at) => model.addDense(rank, side, out, at) : undefined,
  };
  // 32,768 slots of 80 bytes (2.6 MB): up to 24,576 sums. On BBC twice over the sum cache missed 18% of 4.4 million
  // look-ups with four times the slots (and the first pass's label-before sums in it, before wordSums) and 22% with
  // twice; label() took the same time with this size, which holds 2.6 MB less per worker.
  const sums = new SumCache(model, 1 << 15);
  // The first pass's label-before sums by word (32,768 slots of 68 bytes, 2.2 MB): 81% hits on BBC twice over, 86% with
  // twice the slots, in the same time. With both halved the 20x corpus peaked at 490 MiB against 502 (one run each).
  const wordSums = new WordLabelSums(1 << 15);
  const ctx: FeatureContext = { gazetteer: getGazetteer(), clusters: getClusters(), words: new Map(), scores };
  // The beam width the model was trained with (models from before beam search: 1, greedy).
  const width = typeof model.meta.beam === 'number' ? model.meta.beam : 1;
  const threshold = typeof model.meta.beamThreshold === 'number' ? model.meta.beamThreshold : BEAM_THRESHOLD;
  // The second pass's (train-ner.ts chooses it too: the first's for files without one).
  const threshold2 = typeof model.meta.beamThreshold2 === 'number' ? model.meta.beamThreshold2 : threshold;
  const label = (input: TagInput): Uint8Array => {
    if (ctx.words.size > maxCachedWords) {
      ctx.words.clear();
      scores.used = 0;
      scores.edges.fill(-1);
    }
    const sf = staticFeatures(ctx, input);
    const margins = new Float32Array(input.words.length);
    const first = decodeBeam(model, sf, input.sentStarts, DYNAMIC1, width, margins, threshold, sums, wordSums);
    return decodeBeam(model, stage2Features(sf, input.sentStarts, first, margins), input.sentStarts, DYNAMIC2, width, undefined, threshold2, sums);
  };
  return {
    model,
    label,
    tag(doc, hints) {
      const input = toTagInput(doc);
      addRuleHints(input, hints);
      const labels = label(input);
      const names = labelsToSpans(labels, 0, labels.length).map((s) => ({
        first: s.first,
        last: s.last,
        start: input.starts[s.first],
        end: input.ends[s.last],
        cls: CLASSES[s.cls],
      }));
      return { input, names: joinTitles(input, withoutEdgePunctuation(input, names)) };
    },
  };
}

/** Marks that open a quotation, and what may end a clause or close one, as tokens of their own. */
const OPENING = /^["'‘“«]+$/u;
const CLOSING = /^(?:[,;:]|["'’”»]+)$/u;

/**
 * Names without the quotation marks or the clause's punctuation the tagger took in at either edge ("International
 * Organization for Migration." at the end of a sentence, "'Jawan" after its opening mark); a full stop stays after an
 * abbreviation ("Corp .", as CoNLL-2003 writes it), and brackets and currency signs stay ("Mladost ( L )", "C $").
 * (Not a "The" opening the name: CoNLL-2003 has it in some, and dropping it cost valid F1 0.12.)
 */
export function withoutEdgePunctuation(input: TagInput, names: TaggedName[]): TaggedName[] {
  const out: TaggedName[] = [];
  const { words } = input;
  for (const n of names) {
    let { first, last } = n;
    while (first < last && OPENING.test(words[first])) first++;
    while (last > first && (CLOSING.test(words[last]) || (words[last] === '.' && !isAbbreviation(words[last - 1])))) last--;
    out.push(first === n.first && last === n.last ? n : { ...n, first, last, start: input.starts[first], end: input.ends[last] });
  }
  return out;
}

const isAbbreviation = (w: string): boolean => /^\p{Lu}$/u.test(w) || ABBREVIATIONS.has(w.toLowerCase());

/**
 * A title tagged as a name of its own right before a person's name ("Ayatollah" "Khamenei") is joined to
 * it, as a title inside a name is ("Ayatollah Khomeini"): the entities stage then moves it to the title
 * column. A title alone is never a name in the training data's conventions, whatever class the tagger gave
 * it ("In a speech on Monday, Mr Prettejohn urged": "Mr" had been an ORG of its own).
 */
export function joinTitles(input: TagInput, names: TaggedName[]): TaggedName[] {
  const out: TaggedName[] = [];
  for (let k = 0; k < names.length; k++) {
    const n = names[k];
    const next = names[k + 1];
    const word = input.words[n.first].toLowerCase().replace(/\.$/, '');
    if (n.first === n.last && next?.cls === 'PER' && next.first === n.last + 1 && TITLE_HEADS.has(word)) {
      out.push({ ...next, first: n.first, start: n.start });
      k++;
      continue;
    }
    out.push(n);
  }
  return out;
}
