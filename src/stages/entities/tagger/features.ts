/**
 * Features of the entity tagger. Every feature is a 32-bit key (see hash.ts); the model maps a key to a
 * weight for each label.
 *
 * Static features depend only on the text, so they are computed once per document before decoding:
 * - the word: as written, lower-cased, its shape ("Xxxxx", short "Xx"), prefixes and suffixes of 1-4
 *   characters, its word-cluster path at each level of the cluster tree, its frequency rank, and whether
 *   the gazetteer or the names list knows it;
 * - its neighbours two words either side (lower-cased words, shapes, clusters, gazetteer), with bigrams;
 * - the longest gazetteer name that covers it, and its place in that name (BILU);
 * - the sentence: first word, a headline in capitals, a results table;
 * - the document: whether the word is also written in lower case elsewhere (a capitalised common word at the
 *   start of a sentence) or capitalised in mid-sentence elsewhere (a name), and for a word in an all-caps
 *   headline, how it is written in the body.
 * Dynamic features depend on the labels already given to the two words before (see `dynamicKeys`).
 */
import { gazetteerKey, type Gazetteer, type GazetteerEntry } from '../gazetteer.ts';
import type { Clusters } from './clusters.ts';
import {
  COMMON_WORDS, HEAD_TYPES, LOC_PREPOSITIONS, LOWERCASE_PERSON_CUES, MONTHS, NAME_PARTICLES, SPEECH_VERBS, TITLE_HEADS,
  TITLE_MODIFIERS, WEEKDAYS,
} from '../lexicon.ts';
import { hashString, key1, key2, key3 } from './hash.ts';
import { NUM_LABELS } from './labels.ts';
import type { TagInput } from './tokens.ts';

// Word attributes: one Uint32Array per distinct word, with these slots.
const A_W = 0;
const A_LOWER = 1;
const A_SHAPE = 2;
const A_SHORT = 3;
const A_PRE = 4; // 4..7: prefixes of 1..4 characters
const A_SUF = 8; // 8..11: suffixes of 1..4 characters
const A_CLUSTER = 12; // 12..15: cluster id + 1 at up to four tree levels (0: unknown)
const A_RANK = 16;
const A_GAZ = 17;
const A_FLAGS = 18;
const A_CAPFORM = 19; // hash of the word as a body sentence would write it ("IRAN" → "Iran")
const A_LEX = 20; // word classes of the hand-written lexicon (lexicon.ts), as bits
const A_VEC = 21; // 21..25: 1 + pool offsets of the word's summed weights per side (run time, see ScoreCache)
const A_FULLRANK = 26; // frequency rank + 1 in the cluster table (0: not in it): the row of the dense table
const A_ID = 27; // the distinct word's number (see nextWordId)
const NUM_ATTRS = 28;
const MAX_LEVELS = 4;
/** Most distinct neighbours taken from a word's other occurrences, on each side. */
const MAX_AGG = 8;

const F_CAP = 1;
const F_ALLCAPS = 2;
const F_LOWERFIRST = 4;
const F_DIGIT = 8;
const F_LETTER = 16;
const F_NUMBER = 32;
/** A longer gazetteer name starts with the word (folded when the word is in capitals, as gazetteerSpans reads it). */
const F_GAZ_PREFIX = 64;
/** The gazetteer code in A_GAZ (below the person bit). */
const GAZ_CODE = 15;

/** Feature templates. The numbers are part of the model file's meaning: append, never renumber. */
export const T = {
  BIAS: 1, W: 2, LOWER: 3, SHAPE: 4, SHORT: 5, PRE: 6, SUF: 7, CLUSTER: 8, RANK_SHORT: 9, GAZ: 10,
  L_M1: 11, L_P1: 12, L_M2: 13, L_P2: 14, W_M1: 15, W_P1: 16, SHORT_M1: 17, SHORT_P1: 18,
  SHORT_TRI: 19, SHORT_BI_M1: 20, SHORT_BI_P1: 21, L_BI_M1: 22, L_BI_P1: 23, L_SKIP: 24,
  CLUSTER_M1: 25, CLUSTER_P1: 26, CLUSTER_M2: 27, CLUSTER_P2: 28, CLUSTER_SHORT: 29, GAZ_M1: 30, GAZ_P1: 31,
  GAZ_SPAN: 32, GAZ_SPAN_M1: 33, GAZ_SPAN_P1: 34, GAZ_SPAN_SHORT: 35, FIRST_SHORT: 36, SENT_SHORT: 37,
  DOC_SHORT: 38, DOC_SENT: 39, DOC_FIRST: 40, CAPFORM_CAPS: 41, SHAPE_M1_W: 42, L_M1_SHORT: 43,
  AGG_M1: 44, AGG_P1: 45, LEX: 46, LEX_M1: 47, LEX_P1: 48, LEX_M1_SHORT: 49, LEX_P1_SHORT: 50, LEX_M2: 51, LEX_P2: 52,
  RULE: 57, RULE_TYPE: 58, RULE_M1: 59, RULE_P1: 65, RULE_SHORT: 66,
  // dynamic
  P1: 60, P2: 61, P1_LOWER: 62, P1_SHORT: 63, P1_CLUSTER: 64,
} as const;

/** Everything feature extraction reads besides the text; the cache of word attributes lives here. */
export interface FeatureContext {
  gazetteer: Gazetteer;
  clusters: Clusters;
  words: Map<string, Uint32Array>;
  /** Run time only: summed weights per distinct word (the cache empties with `words`). */
  scores?: ScoreCache;
}

/** Static feature keys of a document: keys[offsets[i] .. offsets[i + 1]) belong to word i. */
export interface StaticFeatures {
  keys: Uint32Array;
  offsets: Int32Array;
  /** Per word, the values the dynamic features combine with the previous labels. */
  lower: Uint32Array;
  short: Uint32Array;
  cluster: Uint32Array;
  /** Per word, the hash of its capitalised form ("IRAN" → "Iran"), 0 for words without a capital. */
  capform: Uint32Array;
  /**
   * Per word, its frequency rank in the cluster table (-1: not in it): the row of its word vector in training
   * and of its dense scores in the model (first pass only).
   */
  rank?: Int32Array;
  /**
   * Run time: keys[offsets[i] .. split[i]) of word i are built on few distinct values (cached together by
   * decoding), keys[split[i] .. offsets[i + 1]) on its words.
   */
  split?: Int32Array;
  /** Run time, first pass: per word, the distinct word's number (its attributes, and so its values above, are the word's). */
  wordId?: Uint32Array;
  /** Second pass only: the first pass's label of each word. */
  own?: Uint8Array;
  /** Run time: NUM_GROUPS offsets per word into `pool`, the summed weights of its word-only features. */
  groups?: Int32Array;
  pool?: Float32Array;
}

/** Features built on the labels already given to the words before: how many keys, and how to make them. */
export interface Dynamic {
  count: number;
  keys(sf: StaticFeatures, i: number, prev1: number, prev2: number, out: Uint32Array): void;
  /**
   * Index of the one key that depends on both labels before and on nothing else (not the word); all the
   * other keys depend on the word and the label just before only. Decoding caches by this split.
   */
  pair: number;
  /**
   * When the other keys depend on the label before and one small per-word value only (not the word itself):
   * that value of word i, in [0, values). Decoding then sums their weights once per (value, label before)
   * and model, not once per word.
   */
  byValue?: { values: number; of(sf: StaticFeatures, i: number): number };
  /**
   * The other keys depend on the label before and the word's own values (lower, short, cluster) only: decoding
   * caches their sums by (StaticFeatures.wordId, label before) when the features carry word numbers.
   */
  byWord?: boolean;
}

const BOS = hashString('<S>');
const EOS = hashString('</S>');
const NONE = 0;

/** The shape of a word: X for capitals, x for small letters, d for digits, others as written; runs capped at 4. */
function shapes(w: string): [string, string] {
  let long = '';
  let short = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && i < 40; i++) {
    const c = w.charCodeAt(i);
    let s: string;
    if (c >= 65 && c <= 90) s = 'X';
    else if (c >= 97 && c <= 122) s = 'x';
    else if (c >= 48 && c <= 57) s = 'd';
    else if (c < 128) s = w[i];
    else {
      const ch = w[i];
      s = ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    }
    if (s === last) run++;
    else {
      run = 1;
      last = s;
      short += s;
    }
    if (run <= 4) long += s;
  }
  return [long, short];
}

function gazetteerCode(e: GazetteerEntry | undefined): number {
  if (!e) return 0;
  switch (e.source) {
    case 'country':
      return 1;
    case 'demonym':
      return 2;
    case 'city':
      return e.population >= 1_000_000 ? 3 : e.population >= 100_000 ? 4 : 5;
    default:
      return 6 + ['ORG', 'LOC', 'NORP', 'EVENT', 'LAW', 'PERSON', 'MISC'].indexOf(e.type);
  }
}

/** The lexicon's word classes of a lower-case word (a final full stop ignored: "gov." is "gov"). */
function lexiconClasses(lower: string): number {
  const w = lower.length > 1 && lower.endsWith('.') ? lower.slice(0, -1) : lower;
  let bits = 0;
  if (TITLE_HEADS.has(w)) bits |= 1;
  if (TITLE_MODIFIERS.has(w)) bits |= 2;
  const head = HEAD_TYPES.get(w);
  if (head) bits |= 4 << ['ORG', 'LOC', 'EVENT', 'LAW', 'NORP', 'PERSON'].indexOf(head); // 4..128
  if (LOWERCASE_PERSON_CUES.has(w)) bits |= 256;
  if (SPEECH_VERBS.has(w)) bits |= 512;
  if (MONTHS.has(w) || WEEKDAYS.has(w)) bits |= 1024;
  if (NAME_PARTICLES.has(w)) bits |= 2048;
  if (COMMON_WORDS.has(w)) bits |= 4096;
  if (LOC_PREPOSITIONS.has(w)) bits |= 8192;
  return bits;
}

const titleCase = (w: string): string => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

/**
 * Words' attribute rows are cut from shared blocks: a typed array of its own per word costs a separate
 * buffer and allocation (~170 bytes beside the 108 of data), ~6 MB per worker on BBC's ~38,000 words.
 */
const ATTR_BLOCK_WORDS = 1024;
let attrBlock = new Uint32Array(0);
let attrUsed = 0;

function newAttrRow(): Uint32Array {
  if (attrUsed === attrBlock.length) {
    attrBlock = new Uint32Array(ATTR_BLOCK_WORDS * NUM_ATTRS);
    attrUsed = 0;
  }
  attrUsed += NUM_ATTRS;
  return attrBlock.subarray(attrUsed - NUM_ATTRS, attrUsed);
}

/**
 * Each distinct word gets the next number when its attributes are made, never reused (not even after the
 * cache of attributes is emptied): decoding caches sums by it (StaticFeatures.wordId).
 */
let nextWordId = 0;

/** Attributes of one word (cached per distinct word). */
function wordAttrs(ctx: FeatureContext, w: string): Uint32Array {
  let a = ctx.words.get(w);
  if (a) return a;
  a = newAttrRow();
  const lower = w.toLowerCase();
  const [long, short] = shapes(w);
  a[A_W] = hashString(w);
  a[A_LOWER] = lower === w ? a[A_W] : hashString(lower);
  a[A_SHAPE] = hashString(long);
  a[A_SHORT] = hashString(short);
  for (let k = 1; k <= 4; k++) {
    a[A_PRE + k - 1] = w.length >= k ? hashString(w.slice(0, k)) : NONE;
    a[A_SUF + k - 1] = w.length >= k ? hashString(w.slice(-k)) : NONE;
  }
  const cl = ctx.clusters;
  const rank = cl.rank(a[A_LOWER]);
  for (let l = 0; l < MAX_LEVELS; l++) a[A_CLUSTER + l] = rank >= 0 && l < cl.levels ? cl.cluster(rank, l) + 1 : 0;
  a[A_FULLRANK] = rank + 1;
  a[A_RANK] = rank < 0 ? 0 : rank < 1000 ? 1 : rank < 5000 ? 2 : rank < 20000 ? 3 : rank < 60000 ? 4 : 5;
  let flags = 0;
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) flags |= F_DIGIT;
    const up = c < 128 ? c >= 65 && c <= 90 : ch.toLowerCase() !== ch;
    const lo = c < 128 ? c >= 97 && c <= 122 : ch.toUpperCase() !== ch;
    if (up || lo) letters++;
    if (up) upper++;
    if (i === 0 && up) flags |= F_CAP;
    if (i === 0 && lo) flags |= F_LOWERFIRST;
  }
  if (letters) flags |= F_LETTER;
  if (upper >= 2 && upper === letters) flags |= F_ALLCAPS;
  if (!letters && flags & F_DIGIT) flags |= F_NUMBER;
  a[A_FLAGS] = flags;
  const capForm = flags & F_ALLCAPS ? titleCase(w) : w;
  a[A_CAPFORM] = hashString(capForm);
  const g = ctx.gazetteer;
  const key = gazetteerKey(w);
  const entry = g.lookup(key) ?? (flags & F_ALLCAPS ? g.lookupFolded(key) : undefined);
  const person = flags & F_CAP && g.isPersonName(capForm) ? 16 : 0;
  a[A_GAZ] = gazetteerCode(entry) | person;
  if (g.isPrefix(key, (flags & F_ALLCAPS) !== 0)) a[A_FLAGS] |= F_GAZ_PREFIX;
  a[A_LEX] = lexiconClasses(lower);
  a[A_ID] = nextWordId++;
  ctx.words.set(w, a);
  return a;
}

/** Sentence kinds: 0 body, 1 headline in capitals, 2 results table, 3 both. */
function sentenceKind(attrs: Uint32Array[], from: number, to: number): number {
  let caps = 0;
  let mixed = 0;
  let numbers = 0;
  let lowerFirst = 0;
  for (let i = from; i < to; i++) {
    const f = attrs[i][A_FLAGS];
    if (f & F_NUMBER) numbers++;
    if (f & F_LOWERFIRST) lowerFirst++;
    if (f & F_ALLCAPS) caps++;
    else if (f & F_LETTER && (f & F_LOWERFIRST || f & F_CAP)) mixed++;
  }
  const headline = caps > 0 && caps >= 0.6 * (caps + mixed) ? 1 : 0;
  const table = numbers >= 2 && lowerFirst <= 2 ? 2 : 0;
  return headline | table;
}

/** A growable list of keys. */
class KeyList {
  keys = new Uint32Array(1024);
  n = 0;
  push(k: number): void {
    if (this.n === this.keys.length) {
      const bigger = new Uint32Array(this.keys.length * 2);
      bigger.set(this.keys);
      this.keys = bigger;
    }
    this.keys[this.n++] = k;
  }
}


/** Keys of the features of a word by itself (the same wherever it stands). */
function selfKeys(a: Uint32Array, levels: number, out: KeyList): void {
  const short = a[A_SHORT];
  out.push(key1(T.BIAS, 0));
  out.push(key1(T.W, a[A_W]));
  out.push(key1(T.LOWER, a[A_LOWER]));
  out.push(key1(T.SHAPE, a[A_SHAPE]));
  out.push(key1(T.SHORT, short));
  for (let k = 0; k < 4; k++) {
    if (a[A_PRE + k]) out.push(key2(T.PRE, k, a[A_PRE + k]));
    if (a[A_SUF + k]) out.push(key2(T.SUF, k, a[A_SUF + k]));
  }
  for (let l = 0; l < levels; l++) out.push(key2(T.CLUSTER, l, a[A_CLUSTER + l]));
  out.push(key2(T.CLUSTER_SHORT, a[A_CLUSTER + 1], short));
  out.push(key2(T.RANK_SHORT, a[A_RANK], short));
  out.push(key1(T.GAZ, a[A_GAZ]));
  out.push(key1(T.LEX, a[A_LEX]));
}

/** Keys of the features of the word `side` places away (-2, -1, 1, 2); null: past the sentence's edge. */
function neighbourKeys(a: Uint32Array | null, side: number, levels: number, out: KeyList): void {
  const edge = side < 0 ? BOS : EOS;
  const lexEdge = side < 0 ? 1 << 20 : 1 << 21;
  if (side === -1 || side === 1) {
    const before = side < 0;
    out.push(key1(before ? T.L_M1 : T.L_P1, a ? a[A_LOWER] : edge));
    out.push(key1(before ? T.W_M1 : T.W_P1, a ? a[A_W] : edge));
    out.push(key1(before ? T.SHORT_M1 : T.SHORT_P1, a ? a[A_SHORT] : edge));
    for (let l = 0; l < levels; l++) out.push(key2(before ? T.CLUSTER_M1 : T.CLUSTER_P1, l, a ? a[A_CLUSTER + l] : edge));
    out.push(key1(before ? T.GAZ_M1 : T.GAZ_P1, a ? a[A_GAZ] : edge));
    out.push(key1(before ? T.LEX_M1 : T.LEX_P1, a ? a[A_LEX] : lexEdge));
  } else {
    const before = side < 0;
    out.push(key1(before ? T.L_M2 : T.L_P2, a ? a[A_LOWER] : edge));
    out.push(key1(before ? T.CLUSTER_M2 : T.CLUSTER_P2, a ? a[A_CLUSTER + 1] : edge));
    out.push(key1(before ? T.LEX_M2 : T.LEX_P2, a ? a[A_LEX] : lexEdge));
  }
}

/** The sides whose word-only features are summed once per distinct word at run time: self, -1, +1, -2, +2. */
const SIDES = [0, -1, 1, -2, 2];
export const NUM_GROUPS = SIDES.length;

/**
 * Run-time cache of summed weights: for each distinct word and side, the scores its word-only features
 * add, computed once with the model and kept in a pool. The word's attribute slots A_VEC.. hold
 * 1 + its offsets in the pool (0: not yet computed).
 */
export interface ScoreCache {
  /** Adds the weights of keys[from..to) to scores (the model's `score`, without clearing). */
  sum(keys: Uint32Array, from: number, to: number, out: Float32Array, at: number): void;
  pool: Float32Array;
  used: number;
  /** Offsets of the edge vectors (beyond the sentence) for sides -1, +1, -2, +2. */
  edges: Int32Array;
  /**
   * Adds the model's dense scores of the word of frequency rank `rank` seen `side` places away (TaggerModel.addDense);
   * absent for a model without them.
   */
  dense?: (rank: number, side: number, out: Float32Array, at: number) => void;
}

function poolVector(ctx: FeatureContext, a: Uint32Array | null, side: number, levels: number, scratch: KeyList): number {
  const cache = ctx.scores!;
  const slot = A_VEC + SIDES.indexOf(side);
  if (a && a[slot]) return a[slot] - 1;
  if (!a && cache.edges[SIDES.indexOf(side)] >= 0) return cache.edges[SIDES.indexOf(side)];
  scratch.n = 0;
  if (side === 0) selfKeys(a!, levels, scratch);
  else neighbourKeys(a, side, levels, scratch);
  if (cache.used + NUM_LABELS > cache.pool.length) {
    const bigger = new Float32Array(cache.pool.length * 2);
    bigger.set(cache.pool);
    cache.pool = bigger;
  }
  const at = cache.used;
  cache.used += NUM_LABELS;
  // The sums are added: a slot used before the cache was last emptied holds an old word's vector.
  cache.pool.fill(0, at, at + NUM_LABELS);
  cache.sum(scratch.keys, 0, scratch.n, cache.pool, at);
  // The word's vector, seen from this side, as the dense scores the model stores per word: a fixed vector too.
  if (a && cache.dense && a[A_FULLRANK]) cache.dense(a[A_FULLRANK] - 1, side, cache.pool, at);
  if (a) a[slot] = at + 1;
  else cache.edges[SIDES.indexOf(side)] = at;
  return at;
}

/**
 * Computes the static features of every word of a document. With ctx.scores (run time), the word-only
 * features are not listed as keys but summed once per distinct word: sf.groups points into the pool.
 */
export function staticFeatures(ctx: FeatureContext, input: TagInput): StaticFeatures {
  const { words, sentStarts, ruleCode, ruleSource } = input;
  const n = words.length;
  const attrs: Uint32Array[] = new Array(n);
  for (let i = 0; i < n; i++) attrs[i] = wordAttrs(ctx, words[i]);

  // Sentences: kind, and the gazetteer names they contain (longest match, left to right).
  const kind = new Uint8Array(n);
  const gazSpan = new Uint32Array(n);
  const first = new Uint8Array(n);
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    const from = sentStarts[s];
    const to = sentStarts[s + 1];
    const k = sentenceKind(attrs, from, to);
    for (let i = from; i < to; i++) kind[i] = k;
    // The first word, after opening quotes and brackets.
    let f = from;
    while (f < to && !(attrs[f][A_FLAGS] & (F_LETTER | F_DIGIT)) && f - from < 3) f++;
    if (f < to) first[f] = 1;
    gazetteerSpans(ctx, words, attrs, from, to, (k & 1) === 1, gazSpan);
  }

  // The document: words written in lower case, and capitalised words in mid-sentence, outside headlines.
  const lowerSeen = new Set<number>();
  const capCount = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    if (kind[i] & 1) continue;
    const a = attrs[i];
    if (a[A_FLAGS] & F_LOWERFIRST) lowerSeen.add(a[A_LOWER]);
    else if (a[A_FLAGS] & F_CAP && !first[i]) capCount.set(a[A_CAPFORM], (capCount.get(a[A_CAPFORM]) ?? 0) + 1);
  }

  // Where else each capitalised word stands in the document: the words around its occurrences ("shares of
  // Magna" there, "Magna said" here) are evidence for each of them. Up to MAX_AGG distinct words on each
  // side, gathered in one pass over the document (a word written 10,000 times costs no more than that).
  const sentOf = new Int32Array(n);
  for (let s = 0; s + 1 < sentStarts.length; s++) sentOf.fill(s, sentStarts[s], sentStarts[s + 1]);
  const around = new Map<number, { m1: number[]; p1: number[]; count: number }>();
  for (let j = 0; j < n; j++) {
    if (!(attrs[j][A_FLAGS] & F_CAP)) continue;
    let ctxs = around.get(attrs[j][A_CAPFORM]);
    if (!ctxs) around.set(attrs[j][A_CAPFORM], (ctxs = { m1: [], p1: [], count: 0 }));
    ctxs.count++;
    const sm = j > 0 && sentOf[j - 1] === sentOf[j] ? attrs[j - 1][A_LOWER] : BOS;
    const sp = j + 1 < n && sentOf[j + 1] === sentOf[j] ? attrs[j + 1][A_LOWER] : EOS;
    if (ctxs.m1.length < MAX_AGG && !ctxs.m1.includes(sm)) ctxs.m1.push(sm);
    if (ctxs.p1.length < MAX_AGG && !ctxs.p1.includes(sp)) ctxs.p1.push(sp);
  }

  const levels = Math.min(MAX_LEVELS, ctx.clusters.levels);
  const out = new KeyList();
  const groups = ctx.scores ? new Int32Array(n * NUM_GROUPS) : undefined;
  const scratch = new KeyList();
  const spec = ctx.scores ? new KeyList() : undefined;
  const split = ctx.scores ? new Int32Array(n) : undefined;
  const offsets = new Int32Array(n + 1);
  const lowerOut = new Uint32Array(n);
  const shortOut = new Uint32Array(n);
  const clusterOut = new Uint32Array(n);
  const capformOut = new Uint32Array(n);
  const rankOut = new Int32Array(n);
  const wordId = ctx.scores ? new Uint32Array(n) : undefined;
  for (let s = 0; s + 1 < sentStarts.length; s++) {
    const from = sentStarts[s];
    const to = sentStarts[s + 1];
    for (let i = from; i < to; i++) {
      offsets[i] = out.n;
      const a = attrs[i];
      const m1 = i - 1 >= from ? attrs[i - 1] : null;
      const p1 = i + 1 < to ? attrs[i + 1] : null;
      const m2 = i - 2 >= from ? attrs[i - 2] : null;
      const p2 = i + 2 < to ? attrs[i + 2] : null;
      const short = a[A_SHORT];
      const flags = a[A_FLAGS];
      lowerOut[i] = a[A_LOWER];
      shortOut[i] = short;
      clusterOut[i] = a[A_CLUSTER + 1];
      rankOut[i] = a[A_FULLRANK] - 1;
      if (wordId) wordId[i] = a[A_ID];
      if (flags & F_CAP) capformOut[i] = a[A_CAPFORM];

      if (groups) {
        for (let g = 0; g < NUM_GROUPS; g++) {
          const side = SIDES[g];
          const j = i + side;
          groups[i * NUM_GROUPS + g] = poolVector(ctx, j >= from && j < to ? attrs[j] : null, side, levels, scratch);
        }
      } else {
        selfKeys(a, levels, out);
        neighbourKeys(m1, -1, levels, out);
        neighbourKeys(p1, 1, levels, out);
        neighbourKeys(m2, -2, levels, out);
        neighbourKeys(p2, 2, levels, out);
      }

      // Features of the word's context and of the word with its neighbours. At run time the ones built
      // on few distinct values (shapes, gazetteer and rule codes: `g`) come first and those built on words
      // (`w`) after them, from sf.split[i]: decoding caches the sum of the first set (sum-cache.ts).
      const g = out;
      const w = spec ?? out;
      const lm1 = m1 ? m1[A_LOWER] : BOS;
      const lp1 = p1 ? p1[A_LOWER] : EOS;
      const sm1 = m1 ? m1[A_SHORT] : BOS;
      const sp1 = p1 ? p1[A_SHORT] : EOS;
      g.push(key3(T.SHORT_TRI, sm1, short, sp1));
      g.push(key2(T.SHORT_BI_M1, sm1, short));
      g.push(key2(T.SHORT_BI_P1, short, sp1));
      w.push(key2(T.L_BI_M1, lm1, a[A_LOWER]));
      w.push(key2(T.L_BI_P1, a[A_LOWER], lp1));
      w.push(key2(T.L_SKIP, lm1, lp1));
      w.push(key2(T.L_M1_SHORT, lm1, short));
      g.push(key1(T.GAZ_SPAN, gazSpan[i]));
      g.push(key1(T.GAZ_SPAN_M1, i > from ? gazSpan[i - 1] : BOS));
      g.push(key1(T.GAZ_SPAN_P1, i + 1 < to ? gazSpan[i + 1] : EOS));
      g.push(key2(T.GAZ_SPAN_SHORT, gazSpan[i], short));
      g.push(key2(T.FIRST_SHORT, first[i], short));
      g.push(key2(T.SENT_SHORT, kind[i], short));
      if (flags & F_CAP) {
        const elsewhere = (capCount.get(a[A_CAPFORM]) ?? 0) - (!(kind[i] & 1) && !first[i] ? 1 : 0);
        const doc = (lowerSeen.has(a[A_LOWER]) ? 1 : 0) | (elsewhere > 0 ? 2 : 0);
        g.push(key2(T.DOC_SHORT, doc, short));
        g.push(key2(T.DOC_SENT, doc, kind[i]));
        g.push(key3(T.DOC_FIRST, doc, first[i], a[A_RANK]));
        if (kind[i] & 1) w.push(key1(T.CAPFORM_CAPS, a[A_CAPFORM]));
        const ctxs = around.get(a[A_CAPFORM])!;
        if (ctxs.count > 1) {
          for (const h of ctxs.m1) w.push(key1(T.AGG_M1, h));
          for (const h of ctxs.p1) w.push(key1(T.AGG_P1, h));
        }
      }
      w.push(key2(T.SHAPE_M1_W, sm1, a[A_W]));
      if (ruleCode && ruleSource) {
        const rc = ruleCode[i];
        const place = rc & 7;
        const rt = rc & 127; // place and type, without strength
        g.push(key2(T.RULE, rc, ruleSource[i]));
        g.push(key1(T.RULE_TYPE, rt));
        g.push(key1(T.RULE_M1, i > from ? ruleCode[i - 1] & 127 : 1 << 10));
        g.push(key1(T.RULE_P1, i + 1 < to ? ruleCode[i + 1] & 127 : 1 << 11));
        if (place) g.push(key2(T.RULE_SHORT, rc, short));
      }
      const xm1 = m1 ? m1[A_LEX] : 1 << 20;
      const xp1 = p1 ? p1[A_LEX] : 1 << 21;
      g.push(key2(T.LEX_M1_SHORT, xm1, short));
      g.push(key2(T.LEX_P1_SHORT, xp1, short));
      if (spec && split) {
        split[i] = out.n;
        for (let k = 0; k < spec.n; k++) out.push(spec.keys[k]);
        spec.n = 0;
      }
    }
  }
  offsets[n] = out.n;
  return { keys: out.keys.subarray(0, out.n), offsets, lower: lowerOut, short: shortOut, cluster: clusterOut, capform: capformOut, rank: rankOut, groups, pool: ctx.scores?.pool, split, wordId };
}

/**
 * Marks the longest gazetteer names in words[from..to) (case-folded in a headline in capitals):
 * gazSpan[i] = place in the name (1 B, 2 I, 3 L, 4 U) * 32 + the entry's code.
 */
function gazetteerSpans(
  ctx: FeatureContext, words: string[], attrs: Uint32Array[], from: number, to: number, caps: boolean, gazSpan: Uint32Array,
): void {
  const g = ctx.gazetteer;
  let i = from;
  while (i < to) {
    const f = attrs[i][A_FLAGS];
    if (!(f & F_CAP) && !(f & F_DIGIT)) {
      i++;
      continue;
    }
    const folded = caps || (f & F_ALLCAPS) !== 0;
    let best = -1;
    let code = 0;
    let key = '';
    const max = Math.min(to, i + g.maxTokens);
    for (let j = i; j < max; j++) {
      if (j === i && !caps) {
        // The word alone, read as wordAttrs read it: its entry's code and whether a longer name starts with it.
        code = attrs[i][A_GAZ] & GAZ_CODE;
        if (code) best = i;
        if (!(f & F_GAZ_PREFIX)) break;
        key = gazetteerKey(words[i]);
        continue;
      }
      key = j === i ? gazetteerKey(words[i]) : key + ' ' + gazetteerKey(words[j]);
      const e = g.lookup(key) ?? (folded ? g.lookupFolded(key) : undefined);
      if (e) {
        best = j;
        code = gazetteerCode(e);
      }
      if (!g.isPrefix(key, folded)) break;
    }
    if (best < 0) {
      i++;
      continue;
    }
    if (best === i) gazSpan[i] = 4 * 32 + code;
    else {
      gazSpan[i] = 1 * 32 + code;
      for (let k = i + 1; k < best; k++) gazSpan[k] = 2 * 32 + code;
      gazSpan[best] = 3 * 32 + code;
    }
    i = best + 1;
  }
}

/** Number of keys `dynamicKeys` writes. */
export const NUM_DYNAMIC = 5;

/** Writes the keys of the features that combine word i with the labels before it (prev1 next to it). */
export function dynamicKeys(sf: StaticFeatures, i: number, prev1: number, prev2: number, out: Uint32Array): void {
  out[0] = key1(T.P1, prev1);
  out[1] = key2(T.P2, prev2, prev1);
  out[2] = key2(T.P1_LOWER, prev1, sf.lower[i]);
  out[3] = key2(T.P1_SHORT, prev1, sf.short[i]);
  out[4] = key2(T.P1_CLUSTER, prev1, sf.cluster[i]);
}

/** The first pass's dynamic features. */
export const DYNAMIC1: Dynamic = { count: NUM_DYNAMIC, keys: dynamicKeys, pair: 1, byWord: true };
