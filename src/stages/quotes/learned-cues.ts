/**
 * Attributions from cues learned on PolNeAR train, for sentences in which the rules of
 * reported-speech.ts find none ("A review by The Times shows most of the hours …", "Enthusiasm for
 * Clinton appears to have plummeted", "Palestinians want East Jerusalem …").
 *
 * Every word seen often in PolNeAR's gold cues is a candidate cue, read in three ways (LearnedMode):
 * the clause after it ('after'), the same with a speaker before it ('subject'), or the clause it
 * stands in ('clause'). A linear model (an averaged perceptron, trained by
 * scripts/learn-quote-cues.ts and stored in learned-model.ts) scores each reading from a few
 * features of the word and its neighbours, and of where the sentence part stands in the article
 * (`context`, from index.ts: a rule row just before, a paragraph's first sentence, the lede); the best
 * reading of the sentence is kept when its score passes the model's threshold. Cost: a few map look-ups per word of a sentence without attribution.
 */
import type { Span } from '../../model/doc.ts';
import { CONFIDENCE } from './confidence.ts';
import { isCapitalized, isPunct, isWord, PASSIVE_BE, type Tok } from './lex.ts';
import { asksAnonymity, clause, clauseEnd, firstClauseWord, GREETINGS, span, type ReportedSpeech } from './reported-speech.ts';
import { isNegation, isNominal, isPronoun, rangeSpan, speakerBefore, subjectAt, type SpeakerContext, type TokRange } from './speaker-phrase.ts';

/** How a learned cue's content is read: the clause after it (with a speaker before it: 'subject'), or the clause around it. */
export type LearnedMode = 'after' | 'subject' | 'clause';
const MODES: readonly LearnedMode[] = ['after', 'subject', 'clause'];

/** A model from scripts/learn-quote-cues.ts: candidate words, feature weights, and the score a row needs. */
export interface LearnedModel {
  words: ReadonlySet<string>;
  weights: ReadonlyMap<string, number>;
  threshold: number;
}

/** One reading of one candidate cue, with the features the model scores it by. */
export interface LearnedCandidate {
  row: ReportedSpeech;
  features: string[];
}

/**
 * Closed-class words never taken as learned cues, however often PolNeAR's cue spans hold them ("said
 * on", "its support for", "questions about"): a cue names the act of saying or thinking.
 */
export const NOT_LEARNED_CUES: ReadonlySet<string> = new Set(`
a an the this that these those his her its their our my your he she it they we you him them us me who whom whose
which what whether how why when where if and or but nor not no of in on at to for from by with about as into onto
over under after before between against during through up out off than then there here so too very just also even
only still now all any some many much more most such own same other another each every both either neither one two
is was are were be been being am has have had do does did will would can could should may might must shall
new like well back way time`.trim().split(/\s+/));

/** Words that open a clause of its own: the sentence's subject is not the subject of a cue after one. */
const CLAUSE_OPENERS = new Set([
  'after', 'before', 'when', 'as', 'because', 'while', 'since', 'if', 'unless', 'once', 'although', 'though', 'that',
  'who', 'which', 'whom', 'whose', 'where', 'until',
]);

/**
 * The sentence's subject as the speaker of a cue at `cue`, unless a clause of its own opens between them
 * ("Shares in Brightwater fell on Tuesday after the utility warned …": the shares warned nothing).
 */
function mainSubject(toks: Tok[], from: number, cue: number, ctx: SpeakerContext): TokRange | null {
  let sp = subjectAt(toks, from, cue, ctx);
  if (!sp) return null;
  for (let k = sp.end; k < cue; k++) if (isWord(toks[k]) && CLAUSE_OPENERS.has(toks[k].norm)) return null;
  // "Gilead hasn’t disclosed": the auxiliary and its negation are no part of the subject.
  while (sp.end - 1 > sp.start && (isNegation(toks[sp.end - 1]) || (AUX.has(toks[sp.end - 1].norm) && toks[sp.end - 1].norm !== 'to'))) sp = { start: sp.start, end: sp.end - 1 };
  return sp;
}

/** Auxiliaries, adverbs and "to" between a learned cue and its subject: "is expected", "has long wanted". */
const AUX = new Set([
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
  'may', 'might', 'must', 'can', 'did', 'does', 'do', 'also', 'still', 'now', 'long', 'to',
]);

/**
 * Every reading of every candidate cue in a sentence's tokens: lower-case words of `words` outside
 * quotation marks, in text order. `context` holds the features of where the sentence part stands, shared by
 * all its readings (as findLearnedReportedSpeech gets them).
 */
export function learnedCandidates(
  toks: Tok[], ctx: SpeakerContext, words: ReadonlySet<string>, context: readonly string[] = [],
): LearnedCandidate[] {
  const out: LearnedCandidate[] = [];
  const strings = (v: BaseValues): string[] => [...featureStrings(v), ...context];
  forEachReading(toks, ctx, words, strings, (r) => out.push({ row: r.row, features: readingFeatures(r) }));
  return out;
}

/**
 * One reading of a candidate cue: its row, its mode, the size class of its content and the cue's base features
 * (shared by its readings), as `forEachReading`'s caller made them from their values: the features' names for
 * training, their summed weights at run time.
 */
interface Reading<B> {
  row: ReportedSpeech;
  mode: number;
  size: number;
  base: B;
  word: string;
}
const SIZES = ['s', 'm', 'l', 'xl'] as const;

/**
 * The features of a reading, as the model's keys, in this order: the base features suffixed with the mode first,
 * so that run-time scoring can add them up once per cue word and mode (scoreReading) to the same sum.
 */
function readingFeatures(r: Reading<string[]>): string[] {
  const mode = MODES[r.mode];
  return [...r.base.map((f) => `${f}|${mode}`), `m=${mode}`, `size=${SIZES[r.size]}|${mode}`, `w=${r.word}`];
}

/** Number words before a counted noun. */
const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'several', 'hundreds', 'thousands']);

/** Participles that "as" makes a comparison with what was foreseen: "as expected", "as forecast". */
const COMPARED_PARTICIPLES = new Set(['expected', 'predicted', 'forecast', 'anticipated', 'feared', 'planned', 'scheduled', 'hoped', 'intended', 'promised', 'thought']);
/** "appear" forms: cues of seeming in PolNeAR ("appears to", "appeared poised"), never before a place. */
const APPEAR_FORMS = new Set(['appear', 'appears', 'appeared', 'appearing']);
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'before', 'outside', 'inside', 'alongside', 'with', 'onstage', 'onscreen']);

/** Calls `visit` with every reading of every candidate cue of a sentence's tokens, in text order. */
function forEachReading<B>(
  toks: Tok[], ctx: SpeakerContext, words: ReadonlySet<string>, baseOf: (v: BaseValues) => B, visit: (r: Reading<B>) => void,
): void {
  const fc = firstClauseWord(toks);
  // marks[k]: quotation marks among toks[0, k), so that a content span's marks are counted in constant time.
  const marks = new Int32Array(toks.length + 1);
  for (let k = 0; k < toks.length; k++) marks[k + 1] = marks[k] + (toks[k].kind === 'mark' ? 1 : 0);
  const hasMark = marks[toks.length] > 0;
  const holdsMark = (from: number, to: number) => marks[to] > marks[from];
  let inQuote = false;
  let ordinal = 0;
  for (let c = 0; c < toks.length; c++) {
    const t = toks[c];
    if (t.kind === 'mark') { inQuote = !inQuote; continue; }
    if (inQuote || !isWord(t) || isCapitalized(t) || !words.has(t.norm)) continue;
    if ((isWord(toks[c + 1]) && GREETINGS.has(toks[c + 1].norm)) || asksAnonymity(toks, c)) continue;
    // "added 15 points", "by two points": a counted noun, no cue.
    if (/^\d/.test(toks[c - 1]?.text ?? '') || COUNT_WORDS.has(toks[c - 1]?.norm ?? '')) continue;
    // "fewer jobs than expected", "better than forecast", "as expected, the bank held rates": a comparison with what
    // was expected, no one's words ("as reported by the BBC" stays a candidate).
    if (toks[c - 1]?.norm === 'than' || (toks[c - 1]?.norm === 'as' && COMPARED_PARTICIPLES.has(t.norm) && toks[c + 1]?.norm !== 'by')) continue;
    // "He appeared at Westminster Magistrates' Court": "appear" before a place is showing up, not seeming.
    if (APPEAR_FORMS.has(t.norm) && isWord(toks[c + 1]) && PLACE_PREPOSITIONS.has(toks[c + 1].norm)) continue;
    const end = clauseEnd(toks, Math.min(c + 1, toks.length - 1));
    const cue = span(toks, c, c + 1);
    let j = c;
    while (j > 0 && j > c - 3 && isWord(toks[j - 1]) && AUX.has(toks[j - 1].norm)) j--;
    // (Without skipping a time or medium before the cue: the readings and their features stay those the
    // model was designed on; "X on Tuesday appears …" still finds X as the clause's subject below.)
    const sp = speakerBefore(toks, j, 0, ctx, true, false) ?? (fc >= 0 && fc < j ? mainSubject(toks, fc, j, ctx) : null);
    // Quoted words are left to the quote rules: no reading holds a mark.
    const after = c + 1 < toks.length && !holdsMark(c + 1, end) ? clause(toks, c + 1, end) : null;
    // The clause around the cue, in two parts (the cue is not content): "Enthusiasm … | to have plummeted".
    const before = fc >= 0 && fc < c && !holdsMark(fc, end) ? clause(toks, fc, c, 1) : null;
    const rest = before && c + 1 < end ? clause(toks, c + 1, end, 1) : null;
    const base = baseOf(baseValues(toks, c, fc, j, sp, ctx, hasMark, end, ordinal++));
    for (let m = 0; m < MODES.length; m++) {
      const mode = MODES[m];
      let parts: Span[] | null = null;
      if (mode === 'clause') parts = before && rest ? [before, rest] : before ? [before] : null;
      else if (after && (sp || mode === 'after')) parts = [after];
      if (!parts) continue;
      const chars = parts.reduce((n, p) => n + (p.end - p.start), 0);
      visit({
        row: {
          contentSpans: parts, speaker: mode !== 'clause' && sp ? rangeSpan(toks, sp) : null, cue,
          confidence: CONFIDENCE.learned, next: -1,
        },
        mode: m, size: chars < 20 ? 0 : chars < 60 ? 1 : chars < 150 ? 2 : 3, base, word: t.norm,
      });
    }
  }
}

/** The values of a candidate cue's features that do not depend on the reading (named by featureStrings). */
interface BaseValues {
  n2: string; fin: boolean; ord: number; cut: boolean; w: string; p1: string; n1: string; sp: string; pos: string;
  aux: string; mark: boolean; comma: boolean;
}

/** Features of a candidate cue at token c that do not depend on the reading, as values. */
function baseValues(
  toks: Tok[], c: number, fc: number, j: number, sp: TokRange | null, ctx: SpeakerContext, hasMark: boolean,
  end: number, ordinal: number,
): BaseValues {
  const w = toks[c].norm;
  const norm = (t: Tok | undefined) => (t === undefined ? '<s>' : isWord(t) && isCapitalized(t) && t !== toks[fc] ? '<Cap>' : t.norm);
  let speaker = 'none';
  if (sp) {
    const last = toks[sp.end - 1];
    speaker = sp.end - sp.start === 1 && isPronoun(last.norm) ? `pro:${last.norm}` :
      ctx.hasMention(rangeSpan(toks, sp)) ? 'mention' : isCapitalized(last) ? 'name' : 'noun';
  }
  // A finite verb in the clause after the cue: a reported clause ("said the talks would resume"), not a noun phrase.
  let finite = false;
  for (let k = c + 1; k < end && k < c + 12 && !finite; k++) finite = isWord(toks[k]) && FINITE.has(toks[k].norm);
  return {
    n2: norm(toks[c + 2]), fin: finite, ord: Math.min(ordinal, 2), cut: end < toks.length - 1, w, p1: norm(toks[c - 1]),
    n1: norm(toks[c + 1]), sp: speaker, pos: c === fc ? 'first' : c - fc < 4 ? 'early' : 'late',
    aux: j < c ? toks[j].norm : '-', mark: hasMark, comma: isPunct(toks[c - 1], ','),
  };
}

/** The base features' names (the model's keys, without the mode suffix), in the order their weights are added. */
function featureStrings(v: BaseValues): string[] {
  return [
    `n2=${v.n2}`, `fin=${v.fin}`, `ord=${v.ord}`, `cut=${v.cut}`, `w=${v.w}`, `p1=${v.p1}`, `n1=${v.n1}`, `sp=${v.sp}`,
    `wsp=${v.w}:${v.sp}`, `pos=${v.pos}`, `aux=${v.aux}`, `mark=${v.mark}`, `comma=${v.comma}`, `bias`,
  ];
}

/** Auxiliaries and common finite verbs: a clause after a cue that holds one reports something. */
const FINITE = new Set([
  'is', 'was', 'are', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must',
  'does', 'did', 'do', 'isn’t', "isn't", 'won’t', "won't", 'wasn’t', "wasn't", 'doesn’t', "doesn't",
]);

/** The model's score of one candidate. */
export function scoreLearned(model: LearnedModel, features: readonly string[]): number {
  let s = 0;
  for (const f of features) s += model.weights.get(f) ?? 0;
  return s;
}

/**
 * How far above the model's threshold a reading's score must be for confidence CONFIDENCE.learnedSure instead
 * of CONFIDENCE.learned. Chosen on train with the shipped model (rows above it 77% right, below it 56%); scores
 * scale with training, so check it again after retraining.
 */
export const LEARNED_SURE_MARGIN = 4;

/**
 * The best-scored reading of a learned cue in a sentence's tokens, when its score reaches the model's
 * threshold: an attribution with confidence CONFIDENCE.learnedSure or CONFIDENCE.learned (see
 * LEARNED_SURE_MARGIN). Empty otherwise.
 */
export function findLearnedReportedSpeech(
  toks: Tok[], ctx: SpeakerContext, model: LearnedModel, context: readonly string[] = [],
): ReportedSpeech[] {
  if (!model.words.size) return [];
  const table = compiled(model);
  let best: ReportedSpeech | null = null;
  let bestScore = -Infinity;
  const contextWeights = context.map((f) => table.byFeature.get(f));
  forEachReading(toks, ctx, model.words, (v) => baseSums(table, v, contextWeights), (r) => {
    if (r.row.speaker && adverbSpeaker(toks, r.row.speaker)) return;
    if (nounReading(toks, r)) return;
    // "Martin Groves … is accused of defrauding …", "was fined £2,400 and ordered to pay": the subject of a passive cue is
    // who it happened to, not who spoke (the row stays, with no speaker).
    if (r.row.speaker && passiveCue(toks, r.row.cue)) r = { ...r, row: { ...r.row, speaker: null } };
    const score = scoreReading(table, r);
    if (score >= model.threshold && score > bestScore) { best = r.row; bestScore = score; }
  });
  if (!best) return [];
  const row: ReportedSpeech = best;
  return [{
    ...row, speaker: row.speaker && possessorOf(toks, row.speaker), learned: true,
    confidence: bestScore >= model.threshold + LEARNED_SURE_MARGIN ? CONFIDENCE.learnedSure : CONFIDENCE.learned,
  }];
}

/**
 * A candidate that is no cue here: "opposition" modifying the noun after it, a word of time or of a market ("a resolution last week demanding", "Tehran's open
 * market"), or a noun of business news followed by a preposition rather than a clause ("an offer for sale of …", "its
 * previous forecast of 3.2 trillion yen", "helped by demand in North America", "a request for comment").
 */
function nounReading(toks: Tok[], r: Reading<unknown>): boolean {
  // (The cue's token by binary search on its start: tokens are in text order, and a long sentence has many readings.)
  let lo = 0;
  let hi = toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid].start < r.row.cue.start) lo = mid + 1;
    else hi = mid;
  }
  const c = lo;
  if (NOT_CUES_HERE.has(toks[c].norm)) return true;
  // "The opposition Peoples Democratic Party (PDP) and …", "the opposition alliance led by …": the noun as a modifier
  // ("voiced opposition to the plan" keeps its "to").
  if (toks[c].norm === 'opposition' && isWord(toks[c + 1]) && toks[c + 1].norm !== 'to') return true;
  if (!NOUN_CUES.has(toks[c].norm)) return false;
  const next = toks[c + 1];
  return isWord(next) && NOUN_COMPLEMENTS.has(next.norm);
}
/** Words of a time, a market or a degree the model learned from longer cues ("said last week", "open to"), never a cue alone. */
const NOT_CUES_HERE = new Set(['week', 'month', 'year', 'open']);
/** Cue forms that are nouns of business news more often than verbs of saying. */
const NOUN_CUES = new Set(['forecast', 'estimates', 'estimate', 'offer', 'demand', 'note', 'point', 'request']);
/** Prepositions after a noun, which no reported clause opens with. */
const NOUN_COMPLEMENTS = new Set(['of', 'for', 'in', 'on', 'despite', 'at', 'from', 'by', 'as', 'and']);

/** A possessive ending: "Tehran’s", "president's", "officials’". */
const POSSESSIVE_END = /(?:['’]s|(?<=s)['’])$/;

/**
 * "Tehran’s hardline | position on …", "The Iranian president’s recent | statements cast doubt": a subject that
 * ends in a word no noun for people (a modifier of a nominal cue) is its possessor's, so the speaker is the
 * possessor ("Tehran", "The Iranian president"). Only the row's span changes, not what the model scored.
 */
function possessorOf(toks: Tok[], speaker: Span): Span {
  const inside = toks.filter((t) => t.start >= speaker.start && t.end <= speaker.end);
  const last = inside[inside.length - 1];
  if (!last || !isWord(last) || last.text[0] !== last.norm[0] || isNominal(last.norm)) return speaker;
  for (let k = inside.length - 2; k >= 0; k--) {
    const possessive = isWord(inside[k]) ? POSSESSIVE_END.exec(inside[k].text) : null;
    if (possessive && possessive.index > 0) return { start: speaker.start, end: inside[k].start + possessive.index };
  }
  return speaker;
}

/**
 * "Collectively termed …, these groups are central to Iran’s strategy": a one-word adverb is no speaker; nor is a
 * participle opening the sentence ("Giving evidence to the committee on Thursday, he said:").
 */
function adverbSpeaker(toks: Tok[], speaker: Span): boolean {
  const t = toks.find((k) => k.start === speaker.start);
  return t !== undefined && t.end === speaker.end && (ADVERB.test(t.norm) || /^[a-z]{3,}ing$/.test(t.norm));
}
const ADVERB = /^[a-z]{3,}(?:ally|ively|ously|ently|antly|edly|ately)$/;

/**
 * A model's weights by feature without its mode suffix: slots 0-2 hold "f|after", "f|subject", "f|clause", slot
 * 3 the feature without suffix. `mode` and `size` are the weights of the features that name only the reading's
 * mode and size class ("m=after", "size=s|after"; 0 where the model has none), and the base features' weights are
 * also kept by feature name and value ("n2" → "the" for "n2=the"), so that run-time scoring neither builds nor
 * hashes a string per feature: the same weight arrays, found from the values.
 */
interface CompiledWeights {
  byFeature: Map<string, Float64Array>;
  /** Weight of "m=MODE", by mode. */
  mode: Float64Array;
  /** Weight of "size=SIZE|MODE", by size * MODES.length + mode. */
  size: Float64Array;
  n2: Map<string, Float64Array>; w: Map<string, Float64Array>; p1: Map<string, Float64Array>; n1: Map<string, Float64Array>;
  sp: Map<string, Float64Array>; wsp: Map<string, Float64Array>; pos: Map<string, Float64Array>; aux: Map<string, Float64Array>;
  /** By value: false, true (ord: 0, 1, 2). */
  fin: Array<Float64Array | undefined>; cut: Array<Float64Array | undefined>; mark: Array<Float64Array | undefined>;
  comma: Array<Float64Array | undefined>; ord: Array<Float64Array | undefined>;
  bias: Float64Array | undefined;
}
const compiledModels = new WeakMap<LearnedModel, CompiledWeights>();

function compiled(model: LearnedModel): CompiledWeights {
  let table = compiledModels.get(model);
  if (table) return table;
  const byFeature = new Map<string, Float64Array>();
  for (const [feature, weight] of model.weights) {
    const bar = feature.lastIndexOf('|');
    const slot = bar < 0 ? -1 : MODES.indexOf(feature.slice(bar + 1) as LearnedMode);
    const key = slot < 0 ? feature : feature.slice(0, bar);
    let w = byFeature.get(key);
    if (!w) byFeature.set(key, (w = new Float64Array(MODES.length + 1)));
    w[slot < 0 ? MODES.length : slot] = weight;
  }
  const plain = MODES.length;
  const mode = Float64Array.from(MODES, (m) => byFeature.get(`m=${m}`)?.[plain] ?? 0);
  const size = new Float64Array(SIZES.length * MODES.length);
  SIZES.forEach((z, k) => MODES.forEach((_, m) => (size[k * MODES.length + m] = byFeature.get(`size=${z}`)?.[m] ?? 0)));
  /** The weights of the features named `name=VALUE`, by value. */
  const byValue = (name: string): Map<string, Float64Array> => {
    const out = new Map<string, Float64Array>();
    for (const [key, w] of byFeature) if (key.startsWith(`${name}=`)) out.set(key.slice(name.length + 1), w);
    return out;
  };
  const values = (name: string, vs: readonly unknown[]) => vs.map((v) => byFeature.get(`${name}=${v}`));
  const bools = [false, true];
  table = {
    byFeature, mode, size,
    n2: byValue('n2'), w: byValue('w'), p1: byValue('p1'), n1: byValue('n1'), sp: byValue('sp'), wsp: byValue('wsp'),
    pos: byValue('pos'), aux: byValue('aux'),
    fin: values('fin', bools), cut: values('cut', bools), mark: values('mark', bools), comma: values('comma', bools),
    ord: values('ord', [0, 1, 2]), bias: byFeature.get('bias'),
  };
  compiledModels.set(model, table);
  return table;
}

/** A candidate cue's base features' summed weights per mode (in featureStrings' order, then the context's), and its word's weight. */
interface BaseSums { value: Float64Array; word: number }

function baseSums(t: CompiledWeights, v: BaseValues, context: ReadonlyArray<Float64Array | undefined>): BaseSums {
  const value = new Float64Array(MODES.length);
  const add = (w: Float64Array | undefined): void => {
    if (w) for (let m = 0; m < MODES.length; m++) value[m] += w[m];
  };
  const word = t.w.get(v.w);
  add(t.n2.get(v.n2));
  add(t.fin[+v.fin]);
  add(t.ord[v.ord]);
  add(t.cut[+v.cut]);
  add(word);
  add(t.p1.get(v.p1));
  add(t.n1.get(v.n1));
  add(t.sp.get(v.sp));
  add(t.wsp.get(`${v.w}:${v.sp}`));
  add(t.pos.get(v.pos));
  add(t.aux.get(v.aux));
  add(t.mark[+v.mark]);
  add(t.comma[+v.comma]);
  add(t.bias);
  for (const w of context) add(w);
  return { value, word: word?.[MODES.length] ?? 0 };
}

/**
 * scoreLearned(model, readingFeatures(r)) at run time: the same terms added in the same order, the base features'
 * from their sums per mode (baseSums, once per cue word).
 */
function scoreReading(table: CompiledWeights, r: Reading<BaseSums>): number {
  let s = r.base.value[r.mode];
  s += table.mode[r.mode];
  s += table.size[r.size * MODES.length + r.mode];
  s += r.base.word;
  return s;
}

/**
 * Participles after "be" whose subject holds the stance ("We are concerned that …", "Critics are convinced …",
 * "He was quoted as saying …"): the subject stays the speaker.
 */
const HOLDER_PARTICIPLES = new Set([
  'concerned', 'worried', 'convinced', 'determined', 'pleased', 'delighted', 'disappointed', 'satisfied', 'surprised',
  'shocked', 'alarmed', 'frustrated', 'interested', 'committed', 'opposed', 'prepared', 'quoted', 'resigned',
  'unconvinced', 'unimpressed', 'dismayed', 'outraged', 'angered', 'troubled', 'heartened', 'relieved', 'saddened',
  'thrilled', 'excited', 'adamant', 'agreed', 'divided', 'split', 'united', 'reluctant', 'inclined', 'minded',
]);
/** A past participle's ending (regular, or the common irregular ones: "shown", "told", "taught", "written"). */
const PARTICIPLE_END = /(?:ed|en|wn|ld|ught)$/;

/**
 * Whether the cue is a passive participle: after a form of "be" (an adverb between: "is also accused", "was
 * widely expected"), or joined by "and" to such a participle ("was fined £2,400 and ordered to pay").
 */
function passiveCue(toks: Tok[], cue: Span): boolean {
  const c = toks.findIndex((t) => t.start === cue.start);
  if (c < 1 || !PARTICIPLE_END.test(toks[c].norm) || HOLDER_PARTICIPLES.has(toks[c].norm)) return false;
  const beBefore = (k: number): boolean => {
    let j = k - 1;
    if (isWord(toks[j]) && (toks[j].norm.endsWith('ly') || toks[j].norm === 'also' || toks[j].norm === 'not')) j--;
    return isWord(toks[j]) && PASSIVE_BE.has(toks[j].norm);
  };
  if (beBefore(c)) return true;
  if (toks[c - 1].norm !== 'and') return false;
  for (let k = c - 2; k >= 0 && k >= c - 6 && !isPunct(toks[k], ',;:'); k--) {
    if (isWord(toks[k]) && PARTICIPLE_END.test(toks[k].norm) && beBefore(k)) return true;
  }
  return false;
}
