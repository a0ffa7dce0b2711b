/**
 * The entities stage: named entities and values.
 *
 * Values (dates, times, money, percentages, quantities) come from patterns, per sentence (values.ts).
 * Names come from the trained tagger (tagger/) and are finished by rules (tagged-names.ts): MISC refined
 * into NORP / EVENT / LAW, titles kept apart from people, headings limited to known names; a name that starts a
 * longer known name is made whole (known-names.ts); a name found
 * once is a name where the article repeats it (repeated-names.ts). Without a model
 * file the rule-and-word-list baseline names them instead: runs of capitalised words typed by the gazetteer
 * and cues (names.ts), then one document pass for consistency (document.ts); there headlines in capitals
 * and title-case headings keep only names that are known. Every step is linear in the number of tokens.
 */
import { overlapsAny, type ArticleDoc, type Mention } from '../../model/doc.ts';
import type { Stage } from '../stage.ts';
import { getGazetteer } from './gazetteer.ts';
import { toToks, type Tok } from './tokens.ts';
import { findValues, isSportsText } from './values.ts';
import { findNames, type Candidate, type NameContext, type Strength } from './names.ts';
import { resolveDocument } from './document.ts';
import { getTagger } from './tagger/index.ts';
import { mentionsFromTagged, type SentenceMode } from './tagged-names.ts';
import { alignHeadlineNames } from './headline-names.ts';
import { findNested } from './nested.ts';
import { addRepeatedNames } from './repeated-names.ts';
import { joinKnownNames } from './known-names.ts';
import { addCamelCaseNames } from './camel-case-names.ts';
import { retypeByContext } from './context-types.ts';

const TERMINAL = /[.!?;:…]$/u;
const CLOSING = /^["”’'»)\]]$/u;

/**
 * Finds the entity mentions of a segmented document (it needs doc.sentences and doc.tokens).
 * Assigns doc.mentions: sorted by start, non-overlapping, each with text === doc.text.slice(start, end);
 * and doc.nestedMentions: names inside those names (nested.ts). canonicalName and entityId are left
 * null for the normalise stage.
 */
export function extractEntities(doc: ArticleDoc): ArticleDoc {
  const rules = applyRules(doc);
  const tagger = getTagger();
  const gazetteer = getGazetteer();
  doc.mentions = tagger
    ? retypeByContext(doc, alignHeadlineNames(doc, addCamelCaseNames(doc, addRepeatedNames(doc, joinKnownNames(doc, mentionsFromTagged(doc, tagger.tag(doc, rules.names), rules.modes, rules.values, gazetteer, rules.names)), rules.modes), gazetteer), rules.modes), gazetteer)
    : [...rules.values, ...rules.names.map(({ strength: _, ...m }) => m)].sort((a, b) => a.start - b.start);
  // A byline or a date line under the title is metadata: its names are not the story's (load sets metaSpans).
  if (doc.metaSpans?.length) doc.mentions = doc.mentions.filter((m) => !overlapsAny(doc.metaSpans!, m));
  doc.nestedMentions = findNested(doc, doc.mentions, gazetteer);
  return doc;
}

/** A name found by the rules, with how far the rules trust it (names.ts `Strength`). */
export type RuleName = Mention & { strength: Strength };

export interface RuleResult {
  /** Value mentions (dates, money...), in text order. */
  values: Mention[];
  /** Name mentions of the rule-based baseline, in text order. */
  names: RuleName[];
  /** Kind of each sentence: a headline in capitals, a title-case heading, or body text. */
  modes: SentenceMode[];
}

/**
 * The rule-based baseline: values, then capitalised runs typed by rules on the tokens values did not
 * take, then the document pass. Without a model its names are the stage's names; with one they are
 * features of the tagger (which learns how far to trust each rule).
 */
export function applyRules(doc: ArticleDoc): RuleResult {
  const gazetteer = getGazetteer();
  const { text } = doc;
  const { toks, sentenceStarts } = toToks(doc);
  const covered = new Uint8Array(toks.length);
  const lowerVocab = new Set<string>();
  for (const t of toks) if (t.lowerFirst && t.kind === 'word') lowerVocab.add(t.lower);

  const values: Mention[] = [];
  const modes: SentenceMode[] = new Array(doc.sentences.length).fill('normal');
  const candidates: Candidate[] = [];
  const sportsDoc = isSportsText(text);
  // Values are matched over the text with its no-break spaces made plain ("$120\u00a0billion", "36\u00a0hours"): the
  // same length, so the offsets hold.
  const valueText = /[\u00a0\u202f\u2007]/.test(text) ? text.replace(/[\u00a0\u202f\u2007]/g, ' ') : text;
  const ctx: NameContext = { text, toks, covered, gazetteer, lowerVocab, table: false, out: candidates };
  for (let s = 0; s < doc.sentences.length; s++) {
    const from = sentenceStarts[s];
    const to = sentenceStarts[s + 1];
    if (from >= to) continue;
    for (const v of findValues(valueText, toks, from, to, sportsDoc)) {
      for (let i = v.first; i <= v.last; i++) covered[i] = 1;
      values.push(mention(text, v.start, v.end, v.type, s, null, v.rule));
    }
    const mode = headlineMode(doc, toks, from, to, s);
    modes[s] = mode;
    findNames(ctx, from, to, mode !== 'normal', mode === 'caps');
  }

  const names: RuleName[] = [];
  for (const c of resolveDocument(ctx, candidates)) {
    const t0 = toks[c.first];
    const title = c.titleFirst >= 0 ? text.slice(toks[c.titleFirst].start, toks[c.titleLast].end) : null;
    names.push({ ...mention(text, t0.start, toks[c.last].end, c.type, t0.sentenceIndex, title, c.source), strength: c.strength });
  }
  names.sort((a, b) => a.start - b.start);
  return { values, names, modes };
}

function mention(text: string, start: number, end: number, type: Mention['type'], sentenceIndex: number, title: string | null, source: string): Mention {
  return { start, end, text: text.slice(start, end), type, sentenceIndex, title, canonicalName: null, entityId: null, source };
}

/**
 * 'caps' for a sentence mostly in capitals ("SOCCER - JAPAN GET LUCKY WIN"), 'heading' for a
 * title-case line without final punctuation or numbers ("The Broader Implications"), else 'normal'.
 */
function headlineMode(doc: ArticleDoc, toks: Tok[], from: number, to: number, s: number): 'caps' | 'heading' | 'normal' {
  let caps = 0;
  let lower = 0;
  let capWords = 0;
  let words = 0;
  let numbers = 0;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    if (t.kind === 'number') numbers++;
    if (t.kind !== 'word') continue;
    words++;
    if (t.allCaps) caps++;
    else if (t.hasLower) lower++;
    if (t.cap || t.text.length <= 3) capWords++;
  }
  if (caps > 0 && caps >= 0.6 * (caps + lower)) return 'caps';
  const sentence = doc.sentences[s];
  const para = doc.paragraphs[sentence.paragraphIndex];
  if (para?.isHeading) return 'heading';
  const wholeParagraph = para !== undefined && para.start === sentence.start && para.end === sentence.end;
  let lastTok = to - 1;
  while (lastTok > from && CLOSING.test(toks[lastTok].text)) lastTok--;
  const last = toks[lastTok];
  if (wholeParagraph && words >= 2 && numbers === 0 && capWords === words && !TERMINAL.test(last.text)) return 'heading';
  return 'normal';
}

export const entities: Stage = {
  name: 'entities',
  requires: ['tokens'],
  assigns: ['mentions'],
  run: (doc) => extractEntities(doc),
};
