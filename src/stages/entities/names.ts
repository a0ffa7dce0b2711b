/**
 * Names: runs of capitalised words, cut and typed by rules.
 *
 * For each sentence: find runs of capitalised tokens (with connectors such as "of", "bin", "&"
 * inside), strip leading function words, split runs that are lists ("France and Germany"), peel
 * off titles ("Prime Minister") and leading demonyms ("Iranian"), then type what is left by the
 * first rule that applies: gazetteer, head word, person cue, acronym, weak cue, default. Headlines
 * in capitals and title-case headings only keep names that are known (gazetteer, document).
 */
import type { EntityType } from '../../model/doc.ts';
import { gazetteerKey, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import {
  ADDRESSED_OFFICES, COMMON_WORDS, HEAD_TYPES, LOC_PREPOSITIONS, MONTHS, PLACE_NOUNS_AFTER, LOWERCASE_PERSON_CUES, NAME_PARTICLES, NON_ENTITY_ACRONYMS,
  OF_HEAD_TYPES, PHRASE_CONNECTORS, SPEECH_VERBS, STREET_HEADS, TITLE_HEADS, BODIES_AFTER_TITLE, HONORIFICS, isGeneration, TITLE_MODIFIERS, TITLE_PORTFOLIO,
} from './lexicon.ts';
import type { Tok } from './tokens.ts';

/** How much a candidate can be trusted; the document pass may overrule anything below Known. */
export const Strength = {
  /** Kept only if the rest of the document confirms it (a lone sentence-initial word). */
  Pending: 0,
  /** A guess: default type, or a place because of "in". */
  Weak: 1,
  /** A cue: a first name, "said" after, an acronym. */
  Cue: 2,
  /** Gazetteer entry, head word, title. */
  Known: 3,
} as const;
export type Strength = (typeof Strength)[keyof typeof Strength];

export interface Candidate {
  first: number;
  last: number;
  type: EntityType;
  source: string;
  strength: Strength;
  /** Token range of the title in front of a person, if any. */
  titleFirst: number;
  titleLast: number;
  /** Gazetteer entry that typed it (diagnostics, and "Jordan" vs "Michael Jordan" decisions). */
  entry: GazetteerEntry | null;
  /** Stands where a results table or fixture names a team ("Cruzeiro 2 Vitoria 1", "v Surrey"). */
  team: boolean;
}

export interface NameContext {
  text: string;
  toks: Tok[];
  covered: Uint8Array;
  gazetteer: Gazetteer;
  /** Lowercase words seen in lowercase somewhere in the document ("defense" in "defense analysts"). */
  lowerVocab: Set<string>;
  /** The current sentence looks like a results table: numbers and almost no lowercase words. */
  table: boolean;
  out: Candidate[];
}

/** Function words stripped from the front of any run ("The Iranian", "But Netanyahu"). */
const LEADING_STOP = new Set(
  `the a an and but or nor so yet for if as at by in on of to from with into onto over under after before while when
where whether though although because since until unless this that these those there here it its he she they we you i
his her their our my your who what which how why`.split(/\s+/),
);

/** Longest run typed by the rules, in tokens: it bounds their work on hostile input. */
const MAX_RUN = 16;

const stripDot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

/** Text of toks[first..last] as written, from the first token's start to the last one's core end. */
export function spanText(ctx: NameContext, first: number, last: number): string {
  return ctx.text.slice(ctx.toks[first].start, ctx.toks[last].end);
}

function lookupSpan(ctx: NameContext, first: number, last: number, folded: boolean): GazetteerEntry | undefined {
  if (first === last && !folded) return singleEntry(ctx, first);
  const key = gazetteerKey(first === last ? ctx.toks[first].text : spanText(ctx, first, last));
  const e = ctx.gazetteer.lookup(key);
  if (e || !folded) return e;
  return ctx.gazetteer.lookupFolded(key);
}

function isNameTok(ctx: NameContext, i: number): boolean {
  const t = ctx.toks[i];
  return t.cap && !ctx.covered[i];
}

function isConnector(ctx: NameContext, i: number): boolean {
  const t = ctx.toks[i];
  if (ctx.covered[i]) return false;
  if (t.kind === 'punct') {
    // "&" and a hyphen written without spaces ("Rolls - Royce" split by the tokenizer).
    if (t.text === '&') return true;
    return (t.text === '-' || t.text === '‐') && i > 0 && ctx.toks[i - 1].fullEnd === t.start && ctx.toks[i + 1]?.start === t.end;
  }
  return !t.cap && (NAME_PARTICLES.has(t.text) || PHRASE_CONNECTORS.has(t.text));
}

function candidate(first: number, last: number, type: EntityType, source: string, strength: Strength, entry: GazetteerEntry | null = null): Candidate {
  return { first, last, type, source, strength, titleFirst: -1, titleLast: -1, entry, team: false };
}

/** Finds and types the names in sentence toks[from..to); `headline` limits it to known names. */
export function findNames(ctx: NameContext, from: number, to: number, headline: boolean, folded: boolean): void {
  const { toks } = ctx;
  let lowerWords = 0;
  let numbers = 0;
  for (let i = from; i < to; i++) {
    if (toks[i].kind === 'number') numbers++;
    else if (toks[i].lowerFirst) lowerWords++;
  }
  ctx.table = numbers > 0 && lowerWords <= 3;
  const before = ctx.out.length;
  // The sentence's first word, after punctuation and values ("May 22 First one-day international").
  let firstWord = from;
  while (firstWord < to && (toks[firstWord].kind === 'punct' || ctx.covered[firstWord])) firstWord++;
  let i = from;
  while (i < to) {
    if (!isNameTok(ctx, i)) {
      i++;
      continue;
    }
    const run = [i];
    let j = i;
    while (!toks[j].possessive && !toks[j].bound) {
      const k = j + 1;
      if (k < to && lineBreakBetween(ctx, j, k)) break;
      if (k < to && isNameTok(ctx, k) && !toks[k].bound) {
        run.push(k);
        j = k;
        continue;
      }
      if (k + 1 < to && isConnector(ctx, k)) {
        if (isNameTok(ctx, k + 1) && !toks[k + 1].bound) {
          run.push(k, k + 1);
          j = k + 1;
          continue;
        }
        if (k + 2 < to && isConnector(ctx, k + 1) && isNameTok(ctx, k + 2) && !toks[k + 2].bound) {
          run.push(k, k + 1, k + 2);
          j = k + 2;
          continue;
        }
      }
      break;
    }
    // A possessive inside a known name: "People's Liberation Army", "McDonald's".
    if (toks[j].possessive) {
      const ext = extendOverPossessive(ctx, run[0], j, to);
      if (ext >= 0) {
        const e = lookupSpanFull(ctx, run[0], ext)!;
        ctx.out.push(candidate(run[0], ext, e.type, 'gazetteer', Strength.Known, e));
        i = ext + 1;
        continue;
      }
    }
    // A run longer than any name (a title-case line, a list of capitalised words) keeps only known names.
    if (headline || run.length > MAX_RUN) knownOnly(ctx, run, folded);
    else typeRun(ctx, run, run[0] === firstWord, to);
    i = j + 1;
  }
  for (let n = before; n < ctx.out.length; n++) sportsTeam(ctx, ctx.out[n], from, to);
}

/**
 * Marks names where results tables and fixtures name teams by their town: "Cruzeiro 2 Vitoria 1",
 * "BALTIMORE 67 58", "Essex 72-0", "... v Surrey". `teamType` decides after the document pass.
 */
function sportsTeam(ctx: NameContext, c: Candidate, from: number, to: number): void {
  const { toks } = ctx;
  const prev = c.first > from ? toks[c.first - 1] : null;
  let n = c.last + 1;
  // "Batumi ( Georgia ) 3": skip a bracketed country.
  if (n + 2 < to && toks[n].text === '(' && toks[n + 2].text === ')') n += 3;
  const next = n < to ? toks[n] : null;
  // A goal count or a cricket score ("2", "236-4"), not a time or a distance ("12.74") nor bowling figures.
  const scoreAfter = ctx.table && next !== null && next.kind === 'number' && !ctx.covered[n] && SCORE.test(next.text);
  const versus = prev !== null && (prev.text === 'v' || prev.text === 'vs' || prev.text === 'vs.');
  // Scorecards name players after one-letter marks ("c Healy b McGrath"): people, not teams.
  const scorecard = prev !== null && prev.text.length <= 3 && prev.lowerFirst && prev.text !== 'v' && prev.text !== 'vs';
  c.team = (scoreAfter || versus) && !scorecard;
}

/**
 * In a team position, a town, region or guessed name is an ORG; a country stays a place (national
 * teams, as CoNLL-2003 annotates them) and a person found by a cue stays a person.
 */
export function teamType(ctx: NameContext, c: Candidate): void {
  if (!c.team || c.type === 'ORG') return;
  const guessed = c.strength <= Strength.Weak;
  let place = false;
  if (c.type === 'LOC') {
    const e = c.entry ?? ctx.gazetteer.lookupFolded(gazetteerKey(spanText(ctx, c.first, c.last)));
    place = e !== undefined && e.source !== 'country';
  }
  if (place || guessed) {
    c.type = 'ORG';
    c.source = 'team';
    c.strength = Strength.Cue;
  }
}

/** True if a line break separates toks[j] and toks[k] (a name never runs across lines). */
function lineBreakBetween(ctx: NameContext, j: number, k: number): boolean {
  for (let p = ctx.toks[j].fullEnd; p < ctx.toks[k].start; p++) {
    const c = ctx.text.charCodeAt(p);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** Text including possessive endings, for entries such as "McDonald's". */
function lookupSpanFull(ctx: NameContext, first: number, last: number): GazetteerEntry | undefined {
  return ctx.gazetteer.lookup(gazetteerKey(ctx.text.slice(ctx.toks[first].start, ctx.toks[last].fullEnd)));
}

/** Last token of the longest known name that runs over a possessive at `j`, or -1. */
function extendOverPossessive(ctx: NameContext, first: number, j: number, to: number): number {
  let best = -1;
  for (let k = j; k < Math.min(to, j + 4); k++) {
    if (k > j && !isNameTok(ctx, k)) break;
    if (lookupSpanFull(ctx, first, k)) best = k;
  }
  return best;
}

/** Headline mode: longest known spans inside the run; the rest is left to the document pass. */
function knownOnly(ctx: NameContext, run: number[], folded: boolean): void {
  const { toks } = ctx;
  let a = 0;
  while (a < run.length) {
    const t = toks[run[a]];
    if (isConnector(ctx, run[a])) {
      a++;
      continue;
    }
    let matched = false;
    for (const [b, e] of knownEnds(ctx, run, a, run.length - 1, folded)) {
      if (a === b) {
        // A headline word that is also a common word ("WHO", "IS") is not trusted, but "US" is;
        // in capitals only large cities count ("SALE", "DATE" are towns too), or the dateline's first word.
        if (COMMON_WORDS.has(t.lower) && !(e.type === 'LOC' && t.allCaps)) continue;
        if (folded && e.source === 'city' && e.population < 100_000 && !(a === 0 && isDatelineStart(ctx, run[a]))) continue;
        // "Hassan Hafidh": a first name before another word is a person, not the town of Hassan.
        if (!folded && e.source === 'city' && b + 1 < run.length && isPersonWord(ctx, run[a])) continue;
      }
      ctx.out.push(candidate(run[a], run[b], e.type, 'gazetteer', Strength.Known, e));
      a = b + 1;
      matched = true;
      break;
    }
    if (matched) continue;
    // A byline or a heading with a name: "Peter Blackburn", "Hassan Hafidh" (not in capitals: "PAY DATE").
    const b = a + 1;
    const second = b < run.length ? lookupSpan(ctx, run[b], run[b], false) : undefined;
    if (!folded && b < run.length && isPersonWord(ctx, run[a]) && !isConnector(ctx, run[b]) && second?.type !== 'ORG' && second?.type !== 'NORP') {
      ctx.out.push(candidate(run[a], run[b], 'PERSON', 'name-list', Strength.Cue));
      a = b + 1;
      continue;
    }
    ctx.out.push(candidate(run[a], run[a], 'MISC', 'headline', Strength.Pending));
    a++;
  }
}

/** The first word of a sentence such as "LONDON 1996-08-30" or "BRUSSELS , Aug 22". */
function isDatelineStart(ctx: NameContext, i: number): boolean {
  const t = ctx.toks[i];
  if (i > 0 && ctx.toks[i - 1].sentenceIndex === t.sentenceIndex) return false;
  const next = ctx.toks[i + 1];
  return next !== undefined && next.sentenceIndex === t.sentenceIndex && (next.kind === 'number' || next.text === ',' || next.text === '-');
}

const titleCase = (w: string): string => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

function isPersonWord(ctx: NameContext, i: number): boolean {
  const t = ctx.toks[i];
  const w = t.allCaps ? titleCase(t.text) : t.text;
  return ctx.gazetteer.isPersonName(w) && !COMMON_WORDS.has(t.lower);
}

/** The gazetteer entry of one token's text, looked up once per token. */
function singleEntry(ctx: NameContext, i: number): GazetteerEntry | undefined {
  const t = ctx.toks[i];
  if (t.entry === undefined) t.entry = ctx.gazetteer.lookup(gazetteerKey(t.text)) ?? null;
  return t.entry ?? undefined;
}

/** Splits a run at connectors that join two names rather than build one ("France and Germany"). */
function splitAtConnectors(ctx: NameContext, run: number[]): number[][] {
  const { toks } = ctx;
  const parts: number[][] = [];
  let cur: number[] = [];
  let ofJoined = false;
  for (let k = 0; k < run.length; k++) {
    const i = run[k];
    const t = toks[i];
    if (!isConnector(ctx, i) || NAME_PARTICLES.has(t.text) || t.kind === 'punct') {
      cur.push(i);
      continue;
    }
    // A phrase connector (possibly "of the"): keep it when the word before wants a complement.
    const before = cur.length ? toks[cur[cur.length - 1]].lower : '';
    const nextName = run[k + 1] !== undefined && !isConnector(ctx, run[k + 1]) ? run[k + 1] : run[k + 2];
    let keep = false;
    if (t.text === 'of' || t.text === 'for' || t.text === 'on') {
      const titleOf = TITLE_HEADS.has(stripDot(before));
      keep = titleOf || OF_HEAD_TYPES.has(before) || HEAD_TYPES.has(before) || ofJoined;
      // "Axis of Resistance": two unknown words around "of" make one name; "Iran of today" would not.
      if (!keep && t.text === 'of' && cur.length === 1 && nextName !== undefined && nextName === run[run.length - 1]) {
        keep = !singleEntry(ctx, cur[0]) && !singleEntry(ctx, nextName) && !COMMON_WORDS.has(toks[cur[0]].lower);
      }
      if (keep && !titleOf) ofJoined = true;
    } else if (t.text === 'and' || t.text === '&') {
      const nextLower = nextName !== undefined ? stripDot(toks[nextName].lower) : '';
      keep = t.text === '&' || (ofJoined && nextName !== undefined && !OF_HEAD_TYPES.has(nextLower) &&
        !TITLE_HEADS.has(nextLower) && !TITLE_MODIFIERS.has(nextLower) && !singleEntry(ctx, nextName));
    }
    if (keep) {
      cur.push(i);
      if (run[k + 1] !== undefined && isConnector(ctx, run[k + 1])) cur.push(run[++k]);
    } else {
      if (cur.length) parts.push(cur);
      cur = [];
      while (run[k + 1] !== undefined && isConnector(ctx, run[k + 1])) k++;
    }
  }
  if (cur.length) parts.push(cur);
  return parts;
}

/** A title inside a run: tokens [start..end] of `run`, then the person's name from `name`. */
interface TitleSplit {
  start: number;
  end: number;
  name: number;
  /** "Mayor of London": the title's complement is a place or body, not a person. */
  ofComplement: boolean;
}

/**
 * Finds the last title head in a run that has a name after it: "Prime Minister Benjamin Netanyahu",
 * "EU Farm Commissioner Franz Fischler", "Minister of Defense Israel Katz". Returns null if none.
 */
/** Words of a beauty pageant's title after "Miss" ("Miss Universe", "Miss Teen USA"); a place's name too ("Miss Poland"). */
const PAGEANT_WORDS: ReadonlySet<string> = new Set(['Universe', 'World', 'Earth', 'International', 'Teen', 'America', 'USA', 'Supranational']);

/** A continent, an ocean or another region of no one country ("Europe", "Atlantic"): the curated places with no code. */
const isOpenRegion = (e: GazetteerEntry | undefined): boolean => e?.type === 'LOC' && e.source === 'curated' && e.id === null;
/** A country or region, not a town ("Miss Poland", but "Miss Marple"). */
const isRegion = (e: GazetteerEntry | undefined): boolean => e?.type === 'LOC' && e.source !== 'city';

function findTitle(ctx: NameContext, run: number[]): TitleSplit | null {
  const { toks } = ctx;
  const word = (k: number): string => stripDot(toks[run[k]].lower);
  let best: TitleSplit | null = null;
  for (let h = 0; h < run.length - 1; h++) {
    if (!TITLE_HEADS.has(word(h))) continue;
    let end = h;
    let k = h + 1;
    let ofComplement = false;
    // "Minister of Defense", "Secretary of State", "Minister for Foreign Affairs"
    if (toks[run[k]].text === 'of' || toks[run[k]].text === 'for') {
      let m = k + 1;
      while (m < run.length && TITLE_PORTFOLIO.has(toks[run[m]].lower)) m++;
      while (m > k + 1 && isConnector(ctx, run[m - 1])) m--;
      const place = m === k + 1 ? regionBeforeName(ctx, run, k + 1) : 0;
      if (m === k + 1 && !place) ofComplement = true;
      else {
        end = m - 1 + place;
        k = m + place;
      }
    }
    // "Secretary of State for Wales Peter Hain", "Minister for Europe Denis MacShane": a country or region after "for"
    // or "of" is the title's, when a name of two or more words follows it.
    if (k < run.length && (toks[run[k]].text === 'of' || toks[run[k]].text === 'for')) {
      const place = regionBeforeName(ctx, run, k + 1);
      if (place) {
        end = k + place;
        k += place + 1;
      }
    }
    while (k < run.length && isConnector(ctx, run[k])) k++;
    if (k >= run.length) continue;
    // "Gen Z", "General Staff": no title before a name; nor "Attorney General": a title's own word is no name.
    if (k === run.length - 1 && (isGeneration(toks[run[h]].text, toks[run[k]].text) || BODIES_AFTER_TITLE.has(toks[run[k]].text))) continue;
    // (After an honorific a title's word is a surname: "Ms King"; but not an office by which a person is addressed,
    // "Mr. President", "Madam Speaker".)
    if (!HONORIFICS.has(word(h)) && run.slice(k).every((r) => TITLE_HEADS.has(stripDot(toks[r].lower)) || TITLE_MODIFIERS.has(toks[r].lower))) continue;
    if (HONORIFICS.has(word(h)) && k === run.length - 1 && ADDRESSED_OFFICES.has(toks[run[k]].text)) continue;
    // "Supreme Allied Commander Europe": a continent or an ocean after a title is the command's, no one's name.
    if (k === run.length - 1 && isOpenRegion(lookupSpan(ctx, run[k], run[k], false))) continue;
    // "Miss Universe", "Miss Teen USA", "Miss Poland": a beauty pageant's title, no person's name.
    if (word(h) === 'miss' && run.slice(k).every((r) => PAGEANT_WORDS.has(toks[r].text) || isRegion(lookupSpan(ctx, r, r, false)))) continue;
    best = { start: h, end, name: k, ofComplement };
    if (ofComplement) break;
    h = k - 1;
  }
  // The title starts at the first of the modifiers and titles in front of its head ("Prime Minister").
  if (best) while (best.start > 0 && (TITLE_MODIFIERS.has(word(best.start - 1)) || TITLE_HEADS.has(word(best.start - 1)))) best.start--;
  return best;
}

/** Words (1 or 2) of a country or region at `at` in `run` with at least two words after it, else 0. */
function regionBeforeName(ctx: NameContext, run: number[], at: number): number {
  for (let n = 2; n >= 1; n--) {
    if (at + n + 1 < run.length && isRegion(lookupSpan(ctx, run[at], run[at + n - 1], false))) return n;
  }
  return 0;
}

/** Length of the longest gazetteer entry at the start of `run`, within its first `maxLen` tokens. */
function knownPrefix(ctx: NameContext, run: number[], maxLen = run.length): { len: number; entry: GazetteerEntry | null } {
  const ends = knownEnds(ctx, run, 0, maxLen - 1, false);
  return ends.length ? { len: ends[0][0] + 1, entry: ends[0][1] } : { len: 0, entry: null };
}

/**
 * Gazetteer entries that start at run[a] and end at or before run[limit], longest first. The walk
 * goes word by word and stops as soon as no entry starts with the words so far, so it reads as many
 * words as the longest match, not `maxTokens` at every position.
 */
function knownEnds(ctx: NameContext, run: number[], a: number, limit: number, folded: boolean): Array<[number, GazetteerEntry]> {
  const g = ctx.gazetteer;
  const out: Array<[number, GazetteerEntry]> = [];
  const max = Math.min(run.length - 1, a + g.maxTokens - 1, limit);
  for (let b = a; b <= max; b++) {
    if (isConnector(ctx, run[b])) continue; // "Bank of England" goes on through "of"
    const key = gazetteerKey(b === a ? ctx.toks[run[a]].text : spanText(ctx, run[a], run[b]));
    const e = g.lookup(key) ?? (folded ? g.lookupFolded(key) : undefined);
    if (e) out.push([b, e]);
    if (!g.isPrefix(key, folded)) break;
  }
  return out.reverse();
}

const SINGLE_LETTER = /^\p{L}\.?$/u;
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
const INITIAL = /^\p{Lu}\.$/u;
/** Place-name ending: "Tatarstan", "Kyrgyzstan". */
const PLACE_SUFFIX = /\p{Ll}stan$/u;

const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'upper', 'lower', 'greater']);

/** Runs `typeRun` on run[from..] after skipping connectors, if anything is left. */
function typeRest(ctx: NameContext, run: number[], from: number, sentEnd: number): void {
  let n = from;
  while (n < run.length && isConnector(ctx, run[n])) n++;
  if (n < run.length) typeRun(ctx, run.slice(n), false, sentEnd);
}

function typeRun(ctx: NameContext, run: number[], initial: boolean, sentEnd: number): void {
  const { toks } = ctx;
  // Known as a whole: "Bank of England", "The Hague", "Islamic Revolution".
  const whole = lookupSpan(ctx, run[0], run[run.length - 1], false);
  // "Clinton said": a town's name followed by a speech verb is a person.
  if (whole && whole.source === 'city' && run.length === 1 && SPEECH_VERBS.has(toks[run[0] + 1]?.lower ?? '')) {
    ctx.out.push(candidate(run[0], run[0], 'PERSON', 'said', Strength.Cue));
    return;
  }
  if (whole) {
    ctx.out.push(candidate(run[0], run[run.length - 1], whole.type, 'gazetteer', Strength.Known, whole));
    return;
  }
  // Leading function words: "The Iranian", "But Netanyahu".
  let s = 0;
  while (s < run.length && (LEADING_STOP.has(toks[run[s]].lower) || isConnector(ctx, run[s]))) s++;
  if (s > 0) {
    if (s < run.length) typeRun(ctx, run.slice(s), false, sentEnd);
    return;
  }
  const parts = splitAtConnectors(ctx, run);
  if (parts.length > 1) {
    parts.forEach((p, n) => typeRun(ctx, p, initial && n === 0, sentEnd));
    return;
  }
  const first = run[0];
  const last = run[run.length - 1];
  const lastHead = run.length > 1 ? HEAD_TYPES.get(toks[last].lower) : undefined;

  // A title with a name after it: "Prime Minister Benjamin Netanyahu", "Ayatollah Khomeini"; not a street named
  // after a title ("King Street East", "Queen Street").
  const street = run.some((k) => STREET_HEADS.has(toks[k].text));
  const title = (lastHead && lastHead !== 'PERSON') || street ? null : findTitle(ctx, run);
  if (title) {
    let titleStart = title.start;
    if (titleStart > 0) {
      // What stands before the title: a known name ("EU", "Israeli", "White House") or part of the title.
      const pre = knownPrefix(ctx, run, titleStart);
      if (pre.entry) {
        ctx.out.push(candidate(first, run[pre.len - 1], pre.entry.type, 'gazetteer', Strength.Known, pre.entry));
        titleStart = pre.len;
        while (titleStart < title.start && isConnector(ctx, run[titleStart])) titleStart++;
      } else titleStart = 0;
    }
    if (title.ofComplement) {
      typeRest(ctx, run, title.name, sentEnd); // "Mayor of London": London is the name
      return;
    }
    // The name stops at a phrase connector: "Israel Katz and ..." (the rest is typed on its own).
    let e = title.name;
    while (e + 1 < run.length && !(PHRASE_CONNECTORS.has(toks[run[e + 1]].text) && !NAME_PARTICLES.has(toks[run[e + 1]].text))) e++;
    const c = candidate(run[title.name], run[e], 'PERSON', 'title', Strength.Known);
    c.titleFirst = run[titleStart];
    c.titleLast = run[title.end];
    ctx.out.push(c);
    typeRest(ctx, run, e + 1, sentEnd);
    return;
  }
  // Sentence-initial common word: "Following the collapse", "Defense analysts".
  if (initial) {
    const f = toks[first];
    if ((COMMON_WORDS.has(f.lower) || ctx.lowerVocab.has(f.lower)) && !singleEntry(ctx, first)) {
      typeRest(ctx, run, 1, sentEnd);
      return;
    }
  }
  // "North African", "Western Europe", "South Korean": a direction in front of a known name.
  if (run.length > 1 && DIRECTIONS.has(toks[first].lower)) {
    const e = lookupSpan(ctx, run[1], last, false);
    if (e && (e.type === 'NORP' || e.type === 'LOC')) {
      ctx.out.push(candidate(first, last, e.type, 'gazetteer', Strength.Known, e));
      return;
    }
  }
  if (run.length > 1 && !lastHead) {
    // "Iraqi Kurdish", "Iranian Kurds": peoples side by side are one name.
    let n = 0;
    while (n < run.length && singleEntry(ctx, run[n])?.type === 'NORP') n++;
    if (n >= 2) {
      ctx.out.push(candidate(first, run[n - 1], 'NORP', 'gazetteer', Strength.Known));
      typeRest(ctx, run, n, sentEnd);
      return;
    }
    // A demonym in front of an unknown name: "Iranian Resistance" → NORP + the rest.
    const e = singleEntry(ctx, first);
    if (e && e.type === 'NORP') {
      ctx.out.push(candidate(first, first, e.type, 'gazetteer', Strength.Known, e));
      typeRest(ctx, run, 1, sentEnd);
      return;
    }
  }
  // Head word: "Labour Party", "Red Sea", "Bank of England", "Joint Comprehensive Plan of Action".
  if (run.length > 1) {
    const ofAt = run.findIndex((i) => toks[i].text === 'of');
    const ofHead = ofAt > 0 ? OF_HEAD_TYPES.get(toks[run[ofAt - 1]].lower) : undefined;
    const type = ofHead ?? lastHead;
    if (type) {
      ctx.out.push(candidate(first, last, type, 'head', Strength.Known));
      return;
    }
    // A known name of two or more words at the front: "Golan Heights Israel" → "Golan Heights" + "Israel".
    const pre = knownPrefix(ctx, run, run.length - 1);
    const particleAfter = pre.entry !== null && NAME_PARTICLES.has(toks[run[pre.len]].text);
    if (pre.entry && !particleAfter && (pre.len >= 2 || lookupSpan(ctx, run[pre.len], last, false))) {
      ctx.out.push(candidate(first, run[pre.len - 1], pre.entry.type, 'gazetteer', Strength.Known, pre.entry));
      typeRest(ctx, run, pre.len, sentEnd);
      return;
    }
  }
  const next = last + 1 < sentEnd ? toks[last + 1] : null;
  const prev = first > 0 && toks[first - 1].sentenceIndex === toks[first].sentenceIndex ? toks[first - 1] : null;
  const saidAfter = next !== null && SPEECH_VERBS.has(next.lower);
  const personBefore = prev !== null && !prev.cap && LOWERCASE_PERSON_CUES.has(prev.lower);
  const theBefore = prev !== null && prev.lower === 'the';
  // "Rio Grande do Sul state", "the city of Canoas": a place noun around an unknown name.
  const placeNoun = (next !== null && PLACE_NOUNS_AFTER.has(next.text)) ||
    (prev !== null && prev.text === 'of' && first >= 2 && PLACE_NOUNS_AFTER.has(toks[first - 2].text));
  if (placeNoun) {
    ctx.out.push(candidate(first, last, 'LOC', 'place-noun', Strength.Cue));
    return;
  }
  if (run.length === 1) {
    const t = toks[first];
    // A head or title word alone ("Cup", "Party", "Sir"), a direction ("South"), a single letter ("( N )")
    // names nothing by itself.
    if (TITLE_HEADS.has(stripDot(t.lower)) || (HEAD_TYPES.has(t.lower) && HEAD_TYPES.get(t.lower) !== 'ORG')) return;
    if (DIRECTIONS.has(t.lower) || SINGLE_LETTER.test(t.text) || MONTHS.has(stripDot(t.lower))) return;
    if (t.bound) {
      ctx.out.push(candidate(first, first, 'MISC', 'hyphen', Strength.Pending));
      return;
    }
    if (t.allCaps && t.text.replace(/\./g, '').length <= 6) {
      if (NON_ENTITY_ACRONYMS.has(t.text.replace(/\./g, ''))) return;
      ctx.out.push(candidate(first, first, 'ORG', 'acronym', Strength.Cue));
      return;
    }
    if (saidAfter || personBefore) {
      ctx.out.push(candidate(first, first, 'PERSON', saidAfter ? 'said' : 'person-cue', Strength.Cue));
      return;
    }
    if (initial) {
      ctx.out.push(candidate(first, first, 'MISC', 'initial', Strength.Pending));
      return;
    }
    if ((prev && LOC_PREPOSITIONS.has(prev.lower)) || PLACE_SUFFIX.test(t.text)) {
      ctx.out.push(candidate(first, first, 'LOC', prev && LOC_PREPOSITIONS.has(prev.lower) ? 'preposition' : 'suffix', Strength.Weak));
      return;
    }
    if (theBefore) {
      ctx.out.push(candidate(first, first, 'ORG', 'the', Strength.Weak));
      return;
    }
    // A word the article also writes in lowercase ("Prices", "Yield" in a table header) is no name.
    if (ctx.lowerVocab.has(t.lower)) return;
    ctx.out.push(candidate(first, first, DEFAULT_SINGLE, 'default-1', Strength.Weak));
    return;
  }
  // Person cues for two to four words: a name from the names list first, "said" after, "the president" before.
  const hasPhrase = run.some((i) => PHRASE_CONNECTORS.has(toks[i].text));
  if (!hasPhrase && run.length <= 4) {
    // "M. Waugh", "J. K. Rowling": initials in front.
    if (INITIAL.test(toks[first].text) && !toks[last].allCaps) {
      ctx.out.push(candidate(first, last, 'PERSON', 'initials', Strength.Cue));
      return;
    }
    const firstEntry = singleEntry(ctx, first);
    if (isPersonWord(ctx, first) && (!firstEntry || firstEntry.source === 'city') && !theBefore) {
      ctx.out.push(candidate(first, last, 'PERSON', 'name-list', Strength.Cue));
      return;
    }
    if (saidAfter || personBefore) {
      ctx.out.push(candidate(first, last, 'PERSON', saidAfter ? 'said' : 'person-cue', Strength.Cue));
      return;
    }
  }
  if (theBefore) {
    ctx.out.push(candidate(first, last, 'ORG', 'the', Strength.Weak));
    return;
  }
  ctx.out.push(candidate(first, last, hasPhrase ? DEFAULT_OF : DEFAULT_MULTI, hasPhrase ? 'default-of' : 'default-n', Strength.Weak));
}

/** Types for names no rule could type (measured on CoNLL-2003 train: see scripts/eval-ner.ts --by-source). */
const DEFAULT_SINGLE: EntityType = 'PERSON';
const DEFAULT_MULTI: EntityType = 'PERSON';
const DEFAULT_OF: EntityType = 'MISC';
