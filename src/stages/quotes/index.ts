/**
 * The quotes stage: rules that find who said what.
 *
 *   0. typed-marks.ts      read '' and `` as one double mark (offsets unchanged)
 *   1. pair-marks.ts       pair quotation marks into top-level quoted spans (per paragraph, nesting,
 *                          quotes over several paragraphs, unclosed marks → W_UNCLOSED_QUOTE)
 *   2. attribute.ts        attribute each quoted span from the words around it (direct, or mixed
 *                          when an attributed fragment ends a longer clause: The deal is “dead,” X said.)
 *   3. reported-speech.ts  find reported speech in the remaining sentences, and before a sentence's
 *                          quote (indirect, or mixed when a quoted fragment sits in the reported clause)
 *   4. scare-quotes.ts     drop short quoted terms (‘Axis of Resistance’, nuclear ‘breakout’ time);
 *                          quoted words whose cue stands further back in the sentence become mixed
 *   5. continuation        a quote right after an attributed one joins its row (same paragraph) or
 *                          keeps its speaker (next paragraph)
 *   6. role-speaker.ts     descriptions naming an office become role mentions ("President of Iran")
 *   7. resolve-speaker.ts  link each speaker to an entity mention when one fits
 *
 * Offsets follow the document model: half-open [start, end) UTF-16 offsets into doc.text. A quote's
 * text is doc.text.slice(start, end) and is stored nowhere else. For direct quotes start..end runs
 * from the first to the last quoted character (marks excluded) and covers an attribution that splits
 * the quote; contentSpans holds the quoted parts. For indirect and mixed quotes start..end is the
 * reported clause; for mixed, contentSpans holds the quoted fragments inside it.
 *
 * Every step reads bounded windows of text around marks, or each sentence once: linear time.
 */
import { overlapsAny, type ArticleDoc, type Mention, type Quote, type QuoteKind, type Span } from '../../model/doc.ts';
import { problem } from '../../errors.ts';
import type { Stage } from '../stage.ts';
import { readDateline } from '../load/dateline.ts';
import { gazetteerKey, getGazetteer } from '../entities/gazetteer.ts';
import { attributeAfter, attributeFragment, attributeLeadIn, HEADLINE_LABELS, clauseBefore, firstContentToken, outerAttribution, sentenceSubject } from './attribute.ts';
import { CONFIDENCE } from './confidence.ts';
import { isCapitalized, isPunct, isSpaceChar, isTerminator, isWord, lex, type Tok } from './lex.ts';
import { pairMarks, type QuotedSpan } from './pair-marks.ts';
import { readTypedDoubleMarks } from './typed-marks.ts';
import { CUE_VERB_FORMS, TELL_FORMS } from './cues.ts';
import { findReportedSpeech, participleTail } from './reported-speech.ts';
import { findLearnedReportedSpeech, learnedCandidates, type LearnedCandidate, type LearnedModel } from './learned-cues.ts';
import { LEARNED_MODEL } from './learned-model.ts';
import { MentionIndex, resolveSpeakerMention } from './resolve-speaker.ts';
import { RoleResolver, type Role } from './role-speaker.ts';
import { endsLikeSentence, followsNamingWord, isNickname, isQuotedTerm, isTitleLike, MAX_TERM_WORDS, namesWork, titleCaseWords } from './scare-quotes.ts';
import { isPronoun, isSpeakerPhrase, SUBJECT_PRONOUNS, type SpeakerContext } from './speaker-phrase.ts';
import { initialsOf } from '../entities/lexicon.ts';

const STAGE = 'quotes';
/** Characters of context read on each side of a quote when looking for its attribution. */
const WINDOW = 300;
/** An unattributed quote is kept when it has this many words (or ends like a sentence with 3). */
const MIN_UNATTRIBUTED_WORDS = MAX_TERM_WORDS + 1;
/** Characters that may follow an attribution before the next quote of the same speaker. */
const MAX_ATTRIBUTION_TAIL = 400;
/**
 * Characters of narration that may stand between a direct quote's attribution and a quote of the same speaker
 * later in its paragraph for the two to be one row (“…,” said Robin Maynard. He holds two degrees. “…”).
 */
const MAX_NARRATION_JOIN = 200;
/** Longer "sentences" are not prose (tables, lists, garbage) and are not searched for reported speech. */
const MAX_SENTENCE = 3000;
/** Characters a sentence needs before its quote to be searched for reported speech there. */
const MIN_REPORTED_PREFIX = 40;
/** Tokens a sentence needs after the content of its last attribution to be searched for a learned cue. */
const MIN_LEARNED_REST = 5;
/** An unclosed quote is kept up to its paragraph end with this many words (2 after a colon). */
const MIN_UNCLOSED_WORDS = 6;

/** A quote row under construction, with what later steps need to know about it. */
interface Draft {
  kind: QuoteKind;
  start: number;
  end: number;
  contentSpans: Span[];
  speaker: Span | null;
  cue: Span | null;
  confidence: number;
  firstParagraph: number;
  lastParagraph: number;
  /** Offset of the opening mark, or -1 for reported speech. */
  open: number;
  /** End of the quote and its attribution, whichever is later. */
  attrEnd: number;
  /** A participle after a direct quote's attribution (", citing …"): no quote joins or follows it. */
  tail?: boolean;
  /** Reported speech joined with the quote after it (continueSpeakers): later quotes continue it as a direct one. */
  endsInQuote?: boolean;
}

/** Trims spaces and a trailing comma that belongs to the attribution (“…,” he said). */
function trimPart(text: string, s: Span): Span {
  let start = s.start;
  let end = s.end;
  while (start < end && isSpaceChar(text[start])) start++;
  while (end > start && (isSpaceChar(text[end - 1]) || text[end - 1] === ',')) end--;
  return { start, end };
}

function trimParts(text: string, parts: Span[]): Span[] {
  return parts.map((p) => trimPart(text, p)).filter((p) => p.end > p.start);
}

/**
 * Whether text[from, to) is at most the rest of an attribution's sentence: `to` (the next opening
 * mark) opens the sentence after the one holding `from`, or follows a colon in it ("…,” Marsh said
 * on a call with Mr. Smith’s analysts. “…", but not "…,” he said. Then he left. “…" nor "…,” he
 * said, urging them to “…”). Sentence ends come from the segment stage, which knows abbreviations.
 */
function onlyAttributionTail(text: string, sentences: Span[], from: number, to: number): boolean {
  if (to - from > MAX_ATTRIBUTION_TAIL) return false;
  const si = lowerBound(sentences, from) - 1;
  if (si < 0 || from > sentences[si].end) return /^\s*$/.test(text.slice(from, to));
  if (to < sentences[si].end) return lastNonSpaceBefore(text, to) === ':';
  const next = sentences[si + 1];
  return next !== undefined && to < next.end && /^\s*$/.test(text.slice(sentences[si].end, to));
}

/** Opening double quotation marks (after readTypedDoubleMarks, '' reads as one). */
const DOUBLE_OPENERS = new Set(['"', '“', '„', '«']);

/** Whether offset `b` lies in a later sentence than offset `a` ("“…,” he said. Instead, “…”", not "“…,” said Biden, urging them to “…”"). */
function laterSentence(sentences: Span[], a: number, b: number): boolean {
  return lowerBound(sentences, b + 1) > lowerBound(sentences, a + 1);
}

/** A reported clause opened by one of these words holds its quote: the words before it are content, not attribution. */
const LEAD_CLAUSE = /^\s*(?:that|whether|if|because|when|while|although|though|as)\b/i;

/** Words that make a phrase a clause of its own, whose "that" is not the cue's ("it meant a lot to him that"). */
const VERBISH = /^(?:is|was|are|were|be|been|being|has|had|have|do|does|did|will|would|can|could|may|might|must|should|it's|\w+ed|\w+ing)$/i;
const OBJECT_STARTS = /^(?:at|after|before|during|for|in|on|with|to|from|outside|inside|by|reporters|supporters|the|a|an|his|her|their|its)$/i;

/** Whether `lead` is only an object or adjuncts between a cue and its "that" ("reporters outside a polling station in Greenville"). */
function adjunctsOnly(lead: string): boolean {
  const words = lead.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  const first = words[0];
  return first !== undefined && words.length <= 14 && OBJECT_STARTS.test(first) && !words.some((w) => VERBISH.test(w.replace('’', "'")) && w.toLowerCase() !== 'during');
}

/**
 * Where a reported clause [start, end) holding quoted words really begins, by what stands just before its first
 * quote q (one of `count`): when that single quote runs to the clause's end and follows a
 * comma or colon ("told the mayors who gathered in Indianapolis, “No one should …”"), the words before it are the
 * attribution's and the quote is direct; when a "that" stands right before it ("told reporters outside a polling
 * station in Greenville that “…”"), the clause begins at that "that". Null when neither holds.
 */
function quotedLead(text: string, start: number, end: number, q: QuotedSpan, count: number, cue: Span | null): { direct: boolean; start: number } | null {
  if (q.open <= start) return null;
  const before = lastNonSpaceBefore(text, q.open);
  const first = text.slice(q.open + 1, q.open + 3).trimStart();
  const leadText = text.slice(Math.max(start, cue && cue.end <= q.open ? cue.end : start), q.open);
  // ("said Mr. Trump was a candidate very much in the spirit of Silicon Valley: “He's a start-up kind of guy.”": a
  // clause of its own before the colon makes one mixed row with the quote, as PolNeAR annotates it.)
  const clauseBeforeColon = before === ':' && (leadText.match(/[\p{L}\p{N}'’]+/gu) ?? []).length >= 4 && !adjunctsOnly(leadText.replace(/:\s*$/, ''));
  if (count === 1 && (before === ',' || before === ':') && /^\p{Lu}/u.test(first) && !clauseBeforeColon &&
    !LEAD_CLAUSE.test(leadText) && /^[\s.,;:!?]*$/.test(text.slice(q.close + 1, end))) {
    return { direct: true, start: q.open };
  }
  const that = /\bthat\s*$/i.exec(text.slice(Math.max(start, q.open - 40), q.open));
  if (that) {
    const at = Math.max(start, q.open - 40) + that.index;
    if (at > start && adjunctsOnly(text.slice(start, at))) return { direct: false, start: at };
  }
  return null;
}

function lastNonSpaceBefore(text: string, pos: number): string | undefined {
  let i = pos - 1;
  while (i >= 0 && isSpaceChar(text[i])) i--;
  return i >= 0 ? text[i] : undefined;
}

/** Index of the first span whose start is >= pos (spans sorted by start). */
function lowerBound(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function directDraft(q: QuotedSpan, parts: Span[], lastParagraph: number): Omit<Draft, 'kind' | 'speaker' | 'cue' | 'confidence' | 'attrEnd'> {
  return {
    start: parts[0].start, end: parts[parts.length - 1].end, contentSpans: parts,
    firstParagraph: q.firstParagraph, lastParagraph, open: q.open,
  };
}

function attrEndOf(d: Omit<Draft, 'attrEnd'>, close: number): number {
  return Math.max(d.end, close + 1, d.speaker?.end ?? 0, d.cue?.end ?? 0);
}

/** A mixed row: the reported clause from `start` to the end of quote q, its quoted parts as content. */
function mixedDraft(q: QuotedSpan, parts: Span[], start: number, speaker: Span | null, cue: Span | null, confidence: number): Draft {
  const d = {
    kind: 'mixed' as const, start, end: q.close >= 0 ? q.close + 1 : parts[parts.length - 1].end, contentSpans: parts,
    speaker, cue, confidence, firstParagraph: q.firstParagraph, lastParagraph: q.lastParagraph, open: q.open,
  };
  return { ...d, attrEnd: attrEndOf(d, q.close) };
}

/** What the steps below share about one document. */
interface Context {
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  /** Top-level quoted spans from pair-marks, sorted by opening mark. */
  cands: QuotedSpan[];
  /** cands[k].open as spans, for binary search. */
  opens: Span[];
  isMark: Uint8Array;
  speakers: SpeakerContext;
  /** used[k] === 1 once cands[k] is part of a row or dropped as a term. */
  used: Uint8Array;
  drafts: Draft[];
  /** Cues learned from PolNeAR train, read in sentences the rules found nothing in (learned-cues.ts). */
  learned: LearnedModel;
  /** Receives every learned candidate of such sentences instead of rows (scripts/learn-quote-cues.ts). */
  collectLearned?: (candidates: LearnedCandidate[]) => void;
}

const NO_MODEL: LearnedModel = { words: new Set(), weights: new Map(), threshold: Infinity };

export interface QuoteOptions {
  /** Add role mentions for descriptions that name an office ("Iran’s president"); default true. */
  roleMentions?: boolean;
  /** Cues learned from PolNeAR train (default: learned-model.ts); `null` reads no learned cue (rules only). */
  learnedModel?: LearnedModel | null;
  /**
   * For scripts/learn-quote-cues.ts: receives, for each sentence in which the rules find nothing, every
   * reading of every candidate cue of `learnedModel` (no learned rows are made).
   */
  collectLearned?: (candidates: LearnedCandidate[]) => void;
}

/**
 * Finds the quotations of one document and assigns doc.quotes (sorted by start). Requires paragraphs
 * and sentences (segment) and mentions (entities, may be empty); appends W_UNCLOSED_QUOTE and
 * W_UNCLOSED_QUOTE_DROPPED warnings to doc.problems, and (unless options.roleMentions is false) PERSON
 * mentions with source 'role' for speakers that are descriptions of an office (role-speaker.ts).
 */
export function extractQuotes(doc: ArticleDoc, options: QuoteOptions = {}): ArticleDoc {
  // The rules read '' and `` as one double mark; offsets are unchanged (see typed-marks.ts).
  const text = readTypedDoubleMarks(doc.text);
  const paragraphs: Span[] = doc.paragraphs.length ? doc.paragraphs : [{ start: 0, end: text.length }];
  const { quotes: cands, isMark, unclosed } = pairMarks(text, paragraphs, (open, words) =>
    words >= MIN_UNCLOSED_WORDS || (words >= 2 && lastNonSpaceBefore(text, open) === ':'));
  for (const u of unclosed) {
    const at = { start: u.open, end: u.open + 1 };
    doc.problems.push(problem(u.kept ? 'W_UNCLOSED_QUOTE' : 'W_UNCLOSED_QUOTE_DROPPED', STAGE, { start: u.open }, at));
  }

  const mentions = new MentionIndex(doc.mentions, text, doc.sentences);
  const ctx: Context = {
    text, paragraphs, cands, isMark,
    sentences: doc.sentences.length ? doc.sentences : paragraphs,
    opens: cands.map((q) => ({ start: q.open, end: q.open + 1 })),
    speakers: { hasMention: (s) => mentions.hasSpeakerMention(s) },
    used: new Uint8Array(cands.length),
    drafts: [],
    learned: options.learnedModel === null ? NO_MODEL : options.learnedModel ?? LEARNED_MODEL,
    collectLearned: options.collectLearned,
  };
  attributeQuotedSpans(ctx);
  attributeHeadline(ctx);
  attributeTranscriptLines(ctx, doc.mentions, mentions);
  findReportedSpeechInSentences(ctx);
  keepUnattributedQuotes(ctx);
  const continued = continueSpeakers(text, paragraphs, ctx.sentences, joinFragments(ctx.drafts.sort((a, b) => a.start - b.start || a.end - b.end)));
  // Nothing from a byline or date line under the title (load's metaSpans): it is metadata, not the story.
  const metaSpans = doc.metaSpans ?? [];
  // ("The evidence the district cited is thin": a cue in a relative clause without "that" after the sentence's opening
  // noun phrase reports nothing; its "content" is the main clause's verb phrase.)
  const drafts = (metaSpans.length ? continued.filter((d) => !overlapsAny(metaSpans, d)) : continued)
    .filter((d) => !inOpeningRelative(text, ctx.sentences, d))
    .map((d) => withoutDateline(text, d))
    .map((d) => afterToldObject(text, ctx.isMark, d))
    .map((d) => afterPutItAdjunct(text, ctx.isMark, d))
    .map((d) => fromWhatCalled(text, d))
    .map((d) => afterOpeningParticiple(text, ctx.isMark, d))
    .map((d) => throughClauseTail(text, ctx.sentences, ctx.isMark, d))
    .map((d) => trimClauseTail(text, ctx.isMark, d));

  // Speakers to mentions; quoted words are not searched for a pronoun's antecedent.
  const quoted = drafts.filter((d) => d.kind !== 'indirect').flatMap((d) => d.contentSpans).sort((a, b) => a.start - b.start);
  const insideQuote = (pos: number) => {
    const k = lowerBound(quoted, pos + 1) - 1;
    return k >= 0 && pos < quoted[k].end;
  };
  // Descriptions with no name ("Iran’s president", "the Iranian leader") become role mentions, or
  // point to a named person holding the office; then every speaker is resolved against the mentions.
  const mentionsBefore = doc.mentions;
  const roleOf = options.roleMentions === false ? new Map<number, number>() : addRoleMentions(doc, text, drafts, mentions, insideQuote);
  const withRoles = doc.mentions !== mentionsBefore ? new MentionIndex(doc.mentions, text, doc.sentences) : mentions;
  doc.quotes = drafts.map((d, k): Quote => ({
    start: d.start,
    end: d.end,
    kind: d.kind,
    contentSpans: d.contentSpans,
    speaker: d.speaker,
    speakerMention: roleOf.get(k) ?? (d.speaker ? resolveSpeakerMention(text, d.speaker, doc.mentions, withRoles, insideQuote) : null),
    cue: d.cue,
    sentenceIndex: doc.sentences.length ? Math.max(0, lowerBound(doc.sentences, d.start + 1) - 1) : -1,
    confidence: d.confidence,
  }));
  pronounsAfterUnnamed(text, doc.quotes, doc.mentions, ctx.sentences, insideQuote);
  itAfterBody(text, doc.quotes, doc.mentions, ctx.sentences, insideQuote);
  pronounsAfterReport(text, doc.quotes, doc.mentions, withRoles);
  return doc;
}

/**
 * "Trump went on about “how the system is rigged,” and “wounded American families” and “our own …”": each quoted
 * fragment of one clause reads as a mixed row from the same clause start and cue; they are one row, holding every
 * fragment. `drafts` sorted by start, then end; returned in that order.
 */
function joinFragments(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'mixed' && d.kind === 'mixed' && prev.start === d.start && prev.cue && d.cue && prev.cue.start === d.cue.start) {
      // (d ends later: sorted by end among equal starts.)
      const spans = [...prev.contentSpans, ...d.contentSpans].sort((a, b) => a.start - b.start);
      d.contentSpans = spans.filter((c, i) => i === 0 || c.start !== spans[i - 1].start || c.end !== spans[i - 1].end);
      out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}

/** A determiner opening a noun phrase. */
const NOUN_PHRASE_START = /^(?:the|a|an|this|that|these|those|his|her|its|their)\s/i;
/** A sentence's opening noun phrase of a determiner and one noun, an amount between them ("The evidence ", "The $4.8 million "). */
const OPENING_NOUN = /^(?:The|A|An|This|That|These|Those|His|Her|Its|Their)\s+(?:\$?[\d.,]+\s+(?:million\s+|billion\s+)?)?\p{Ll}+\s+$/u;

/**
 * Whether indirect row d's speaker opens a relative clause without "that" right after its sentence's opening noun
 * phrase ("The evidence the district cited is thin", "The $4.8 million the district plans to spend … would pay").
 */
function inOpeningRelative(text: string, sentences: Span[], d: Draft): boolean {
  if (d.kind !== 'indirect' || !d.speaker || !NOUN_PHRASE_START.test(text.slice(d.speaker.start, d.speaker.end))) return false;
  const s = sentences[Math.max(0, lowerBound(sentences, d.speaker.start + 1) - 1)];
  return s !== undefined && OPENING_NOUN.test(text.slice(s.start, d.speaker.start));
}

/** Sentences back the row whose speaker a pronoun takes up may be. */
const REPORT_LOOKBACK = 2;

/**
 * "A neighbour, Graham Pollard, said he had seen Mr Doyle … before Mr Hargreaves fell.¶“I thought it was a phone,” he
 * told the jury.": a "he" or "she" whose nearest person (the one it resolved to) is named only inside what the row
 * before it reported takes that row's speaker instead, when the speaker is a person of a sex the pronoun allows, at
 * most REPORT_LOOKBACK sentences back; so does one whose nearest person is named only inside that row's speaker phrase.
 * (The one reported on rarely speaks next; the one who reported often goes on.)
 */
function pronounsAfterReport(text: string, quotes: Quote[], mentions: readonly Mention[], index: MentionIndex): void {
  const bySpeaker = quotes.filter((q) => q.speaker).sort((a, b) => a.speaker!.start - b.speaker!.start);
  for (let k = 1; k < bySpeaker.length; k++) {
    const q = bySpeaker[k];
    const prev = bySpeaker[k - 1];
    if (q.speakerMention === null || prev.speakerMention === null || prev.speakerMention === q.speakerMention) continue;
    const word = text.slice(q.speaker!.start, q.speaker!.end).toLowerCase();
    if (word !== 'he' && word !== 'she' && word !== 'they') continue;
    const chosen = mentions[q.speakerMention];
    const speaker = mentions[prev.speakerMention];
    // "Analysts at Barclays said borrowing costs could fall if the Bank cut rates. “…,” they wrote.": "they" after a
    // report of an organisation's people is theirs, not an organisation named in what they reported.
    if (word === 'they') {
      if (speaker.type === 'ORG' && chosen.type === 'ORG' && chosen.start >= prev.start && chosen.end <= prev.end && prev.end <= q.speaker!.start &&
        q.sentenceIndex - prev.sentenceIndex <= 1) q.speakerMention = prev.speakerMention;
      continue;
    }
    // "Kemi Badenoch, the Conservative leader, said the budget was “a smorgasbord of misery”. “…,” she said.": a person
    // named before the row's speaker (whom the sex lists know, unlike "Kemi") does not take the pronoun from the
    // speaker who has just spoken, a sentence before.
    const older = chosen.end <= prev.speaker!.start && q.sentenceIndex - prev.sentenceIndex <= 1 && prev.end <= q.speaker!.start;
    // (Or named only in the row's speaker phrase or the appositive between it and its cue: "Abbas Araghchi, whose ministry had
    // been preparing for a meeting with Steve Witkoff, said …. He did not say …".)
    const inReport = chosen.start >= prev.start && chosen.end <= prev.end;
    // (Not the name that ends the phrase, its head: "Green MEP Caroline Lucas" is Lucas whatever the row resolved to.)
    const inSpeakerPhrase = chosen.start >= prev.speaker!.start && chosen.end !== prev.speaker!.end &&
      chosen.end <= Math.max(prev.speaker!.end, prev.cue && prev.cue.start > prev.speaker!.end ? prev.cue.start : 0);
    if (speaker.type !== 'PERSON' || !(inReport || inSpeakerPhrase || older) || prev.end > Math.max(q.start, q.speaker!.start)) continue;
    if (q.sentenceIndex - prev.sentenceIndex > REPORT_LOOKBACK) continue;
    const sex = index.genderOf(speaker);
    if ((word === 'he' && sex === 'f') || (word === 'she' && sex === 'm')) continue;
    q.speakerMention = prev.speakerMention;
  }
}

/** Sentences back an unnamed speaker may be from the pronoun that takes it up. */
const UNNAMED_LOOKBACK = 2;
const UNNAMED_SPEAKER = /^(?:(?:a|an|one|another)\s|.*['’]s\s+(?:\w+\s+)?spokes(?:man|woman|person)\b)/i;
const FEMALE_WORDS = /\b(?:spokeswoman|woman|women|mother|wife|daughter|sister|girl|grandmother|aunt|queen|chairwoman|businesswoman|actress)\b/i;
const MALE_WORDS = /\b(?:spokesman|man|men|father|husband|son|brother|boy|grandfather|uncle|king|chairman|businessman|actor)\b/i;

/**
 * "A spokeswoman for the company said the firm would offer retraining. “Every employee will be treated with
 * respect,” she said.": "she" takes up the speaker just described, whom the article does not name, not the last
 * person it named before ("Priyanka Raghavan"). A "he" or "she" whose nearest earlier speaker (at most
 * UNNAMED_LOOKBACK sentences back) is someone new ("a …", "one …") or someone's spokesperson, with no person named between
 * them outside quoted words and nothing in the description against the pronoun's sex, resolves as that speaker
 * did (to nothing, or to the organisation it speaks for).
 */
function pronounsAfterUnnamed(
  text: string, quotes: Quote[], mentions: readonly Mention[], sentences: readonly Span[], insideQuote: (pos: number) => boolean,
): void {
  const people = mentions.filter((m) => m.type === 'PERSON' && m.source !== 'role').sort((a, b) => a.start - b.start);
  const personIn = (from: number, to: number) => {
    const k = lowerBound(people, from);
    for (let i = k; i < people.length && people[i].start < to; i++) if (!insideQuote(people[i].start)) return true;
    // (A name that starts before `from` and runs into the span.)
    return k > 0 && people[k - 1].end > from;
  };
  const bySpeaker = quotes.filter((q) => q.speaker).sort((a, b) => a.speaker!.start - b.speaker!.start);
  for (let k = 1; k < bySpeaker.length; k++) {
    const q = bySpeaker[k];
    const word = text.slice(q.speaker!.start, q.speaker!.end).toLowerCase();
    if (word !== 'he' && word !== 'she') continue;
    const before = bySpeaker[k - 1];
    const described = text.slice(before.speaker!.start, before.speaker!.end);
    // Someone new ("A spokeswoman for …", "One distillery worker") or someone's spokesperson ("The prime minister's
    // official spokesman"), not a definite description of someone the article names ("The mayor" is "London mayor
    // Ken Livingstone", "the Lib Dem spokesman" its Vince Cable).
    if (!UNNAMED_SPEAKER.test(described) || q.sentenceIndex - before.sentenceIndex > UNNAMED_LOOKBACK) continue;
    if ((word === 'she' && MALE_WORDS.test(described)) || (word === 'he' && FEMALE_WORDS.test(described))) continue;
    // (Nor a description of a person its own sentence names: "Hans Reckers, a board member of the Bundesbank, said".)
    const from = sentences[before.sentenceIndex]?.start ?? before.speaker!.start;
    if (personIn(Math.min(from, before.speaker!.start), q.speaker!.start)) continue;
    q.speakerMention = before.speakerMention;
  }
}

/** Sentences back the body whose statement "it" goes on with may be. */
const IT_LOOKBACK = 1;

/**
 * "…, Ukraine's air force said. It said 89 drones had been shot down.": an "it" speaking right after a body that
 * is no person ("Ukraine's air force", "Israel's military", "the ministry") goes on with that body's statement, and
 * resolves as that speaker did (to the organisation, or to nothing), not to the organisation last named before it
 * ("the Kremlin", the dateline's "Reuters"). Only when the row before is at most IT_LOOKBACK sentences back and no
 * organisation is named between them outside quoted words.
 */
function itAfterBody(
  text: string, quotes: Quote[], mentions: readonly Mention[], sentences: readonly Span[], insideQuote: (pos: number) => boolean,
): void {
  const bodies = mentions.filter((m) => m.type === 'ORG').sort((a, b) => a.start - b.start);
  const bodyIn = (from: number, to: number) => {
    for (let i = lowerBound(bodies, from); i < bodies.length && bodies[i].start < to; i++) if (!insideQuote(bodies[i].start)) return true;
    return false;
  };
  const bySpeaker = quotes.filter((q) => q.speaker).sort((a, b) => a.speaker!.start - b.speaker!.start);
  for (let k = 1; k < bySpeaker.length; k++) {
    const q = bySpeaker[k];
    if (text.slice(q.speaker!.start, q.speaker!.end).toLowerCase() !== 'it') continue;
    const before = bySpeaker[k - 1];
    const described = text.slice(before.speaker!.start, before.speaker!.end);
    if (isPronoun(described.toLowerCase()) || RELATIVE_OPENERS.has(described.toLowerCase()) || q.sentenceIndex - before.sentenceIndex > IT_LOOKBACK || q.sentenceIndex === before.sentenceIndex) continue;
    const was = before.speakerMention === null ? null : mentions[before.speakerMention];
    // An organisation the row before resolved to, or a country's or organisation's body that has no name of its own
    // ("Ukraine's air force", "Netanyahu's office"); not a description left unresolved ("The Swedish firm" is as
    // often the organisation just named, which the nearest-organisation rule finds).
    if (was ? was.type !== 'ORG' : !(POSSESSED_BODY.test(described) || NAMED_BODY.test(described))) continue;
    if (bodyIn(before.speaker!.end, q.speaker!.start)) continue;
    q.speakerMention = before.speakerMention;
  }
}
/** A body named by whose it is: "Ukraine's air force", "Israel's military", "the prime minister's office". */
const POSSESSED_BODY = /['’]s\s+(?:[\p{Ll}-]+\s+){0,2}(?:military|army|navy|air force|forces|ministry|government|office|police|cabinet|embassy|mission|regime|administration|presidency|spokesman|spokeswoman|spokesperson)$/u;

/** A state's body named by its people's adjective: "The Israeli military", "the Russian defence ministry". */
const NAMED_BODY = /^the\s+\p{Lu}[\p{L}-]*(?:\s+[\p{Ll}-]+){0,2}\s+(?:military|army|navy|air force|forces|ministry|government|police|cabinet|embassy|mission|regime|administration|presidency)$/iu;

/** Where the words after a dateline opening a paragraph at `pos` begin (at most `limit`), or `pos` when there is none. */
function afterDateline(text: string, pos: number, limit: number): number {
  if (pos > 0 && text[pos - 1] !== '\n') return pos;
  const line = text.slice(pos, Math.min(limit, pos + 120));
  const d = readDateline(line);
  if (d) return pos + d.end;
  // "RIYADH: Saudi Arabia will host …": a place in capitals and a colon, as South Asian and Gulf papers write it.
  const colon = PLACE_COLON.exec(line);
  if (colon && isPlace(colon[1])) return pos + colon[0].length;
  // "SUNDAY AM UPDATE: Lionsgate’s …": a kicker in capitals, as entertainment and wire desks open an update.
  const kicker = KICKER.exec(line);
  return kicker && HEADLINE_LABELS.has(kicker[1].toLowerCase()) ? pos + kicker[0].length : pos;
}
const KICKER = /^(?:\p{Lu}{2,}\s+){0,3}(\p{Lu}{2,}):\s+/u;
const PLACE_COLON = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}):\s+/u;

/** Whether d is a mixed row that starts right after its cue (spaces between). */
function mixedRightAfterCue(text: string, d: Draft): d is Draft & { cue: Span } {
  return d.kind === 'mixed' && d.cue !== null && d.cue.end <= d.start && /^\s*$/.test(text.slice(d.cue.end, d.start));
}
/** The first quotation mark in [from, to), or `to`. */
function nextMark(isMark: Uint8Array, from: number, to: number): number {
  let k = from;
  while (k < to && !isMark[k]) k++;
  return k;
}

/**
 * "told one of his young protégés on a regular basis that “terrorism is the answer.”", "tells his supporters at a
 * Michigan rally to “go to your place and vote”": after "tell" and its object, what was said starts at "that", "to"
 * or a subject pronoun ("told reporters at the rally she was “ready …”").
 */
function afterToldObject(text: string, isMark: Uint8Array, d: Draft): Draft {
  if (!mixedRightAfterCue(text, d) || !TELL_FORMS.has(text.slice(d.cue.start, d.cue.end).toLowerCase())) return d;
  const toks = lex(text, d.start, Math.min(d.end, d.start + 200), isMark);
  for (let j = 0; j < toks.length && j <= 14; j++) {
    const t = toks[j];
    if (t.kind === 'mark') return d;
    if (t.kind !== 'word') continue;
    if (t.norm === 'that' || t.norm === 'to' || SUBJECT_PRONOUNS.has(t.norm)) {
      if (j < 2) return d;
      const start = t.start;
      return { ...d, start, contentSpans: d.contentSpans.map((c) => (c.start < start && c.end > start ? { start, end: c.end } : c)).filter((c) => c.end > start) };
    }
    if (VERBISH.test(t.text.replace('’', "'")) || t.norm === 'it' || t.norm === 'there') return d;
  }
  return d;
}
/**
 * "As Ms. Simonyan put it in a statement to my colleague in July, RT is “providing a perspective …”", "as The New
 * Yorker put it in a lengthy expose, “the operator.”": where and to whom it was put, up to its comma, is no content.
 */
function afterPutItAdjunct(text: string, isMark: Uint8Array, d: Draft): Draft {
  if (!mixedRightAfterCue(text, d) || !/^put(?:s|ting)? it$/i.test(text.slice(d.cue.start, d.cue.end))) return d;
  const open = nextMark(isMark, d.start, d.end);
  const m = /^(?:in|on|at|during|to|with)\b[^,;:!?]{0,120},\s*/.exec(text.slice(d.start, open));
  if (!m || d.start + m[0].length >= d.end) return d;
  return { ...d, start: d.start + m[0].length };
}


/**
 * "Bemoaning the “phony system,” Trump accused Holt …": a mixed row that opens its sentence with a participle cue
 * before its quote, its own cue after it, starts after the participle, which is its cue.
 */
function afterOpeningParticiple(text: string, isMark: Uint8Array, d: Draft): Draft {
  if (d.kind !== 'mixed' || !d.cue || d.cue.start <= d.start) return d;
  const toks = lex(text, d.start, Math.min(d.end, d.start + 40), isMark);
  const first = toks[0];
  if (!isWord(first) || !isCapitalized(first) || !first.norm.endsWith('ing') || !CUE_VERB_FORMS.has(first.norm) || !isWord(toks[1])) return d;
  const open = nextMark(isMark, first.end, d.end);
  if (open >= d.end || d.cue.start < open) return d;
  return { ...d, start: toks[1].start, cue: { start: first.start, end: first.end } };
}

/** Verbs of naming after "what X" ("what he calls the “Washington cartel”"). */
const NAMING_CUES = new Set(['call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed', 'describe', 'describes', 'described', 'label', 'labels', 'labeled', 'labelled']);
/**
 * "what he calls the “Washington cartel”", "which Apple's chief executive, Tim Cook, called ''total political crap''":
 * the row is the whole phrase from "what" or "which" (as PolNeAR annotates it), a mixed one.
 */
function fromWhatCalled(text: string, d: Draft): Draft {
  if (d.kind === 'indirect' || !d.cue || !d.speaker || !NAMING_CUES.has(text.slice(d.cue.start, d.cue.end).toLowerCase())) return d;
  const before = text.slice(Math.max(0, d.speaker.start - 12), d.speaker.start);
  const m = /\b(?:what|which)\s+$/i.exec(before);
  if (!m || d.cue.start < d.speaker.end || d.cue.start - d.speaker.end > 3 || d.cue.end > d.start) return d;
  const start = d.speaker.start - before.length + m.index;
  const end = d.kind === 'direct' ? afterClosingMark(text, d.end) : d.end;
  return { ...d, kind: 'mixed', start, end, attrEnd: Math.max(d.attrEnd, end) };
}

/**
 * What ends a mixed row's clause after its last quoted fragment: a dash or semicolon, "but", "though", "although",
 * "despite", or a relative clause or appositive after a comma (where or when it was said: SAYING_ADJUNCT).
 */
const CLAUSE_TAIL_END = /(?:\s*[—–―;]|\s+--?\s|,?\s+but\s|,\s+(?:which|who|whom|where|a|an|since|including|with)\s|\s+(?:though|although|despite)\s)/;
/**
 * “…” ends a mixed row's quoted content unless its clause runs on: "… “that crap,” in an interview with CNN on Sunday"
 * and "“led astray by insiders” running his campaign — and he singled out …" end at the quote or the dash, "“a great
 * relationship” with Latinos" runs on.
 */
function trimClauseTail(text: string, isMark: Uint8Array, d: Draft): Draft {
  if (d.kind !== 'mixed' || d.contentSpans.length === 0) return d;
  const close = nextMark(isMark, d.contentSpans[d.contentSpans.length - 1].end, d.end);
  if (close >= d.end - 1) return d;
  const tail = text.slice(close + 1, d.end);
  const m = CLAUSE_TAIL_END.exec(tail);
  const cut = m && m.index === 0 ? 0 : SAYING_ADJUNCT.test(tail) ? 0 : m ? m.index : -1;
  if (cut < 0) return d;
  let end = close + 1 + cut;
  while (end > close + 1 && /[\s,]/.test(text[end - 1])) end--;
  return { ...d, end };
}

/** Where and when it was said, not what: " in a tweet Sunday", " on Friday afternoon", " in response". */
const SAYING_ADJUNCT = /^ +(?:(?:in|on|during) (?:a|an|his|her|their|its|the) (?:\S+ )?(?:tweet|post|statement|interview|speech|letter|briefing|call|conference|email|video|message|op-ed|appearance|broadcast|rally|debate)|in response|for (?:months|years|weeks|days|decades)\b|(?:during|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?:in|since) \d{4}\b|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter|Facebook|Instagram|CNN|Fox)\b)/;
/** Prepositions that carry a clause on after a quoted fragment ("“a total and complete ban” on all Muslims …"). */
const TAIL_PREPOSITIONS = new Set(['from', 'at', 'on', 'since', 'with', 'to', 'in', 'within', 'until', 'of', 'for', 'about', 'out', 'over', 'during',
  'against', 'because', 'if', 'by', 'into', 'than', 'toward', 'towards', 'among', 'across', 'through', 'under', 'unless', 'without']);
/**
 * “a total and complete ban” on all Muslims entering the United States: a quoted fragment ending inside its clause,
 * the clause's rest up to its end (a comma, dash, semicolon, another quote or the sentence's end) is the row's too.
 */
function throughClauseTail(text: string, sentences: Span[], isMark: Uint8Array, d: Draft): Draft {
  if (d.kind === 'indirect') return d;
  let close = d.end;
  if (d.kind === 'mixed') close = d.end - 1;
  if (!isMark[close] || !/[\p{L}\p{N}]/u.test(text[close - 1] ?? '')) return d;
  const k = lowerBound(sentences, close + 1) - 1;
  if (k < 0) return d;
  const sentEnd = sentences[k].end;
  const m = /^ +(\p{Ll}[\p{L}’'-]*)/u.exec(text.slice(close + 1, Math.min(sentEnd, close + 40)));
  if (!m || !TAIL_PREPOSITIONS.has(m[1]) || SAYING_ADJUNCT.test(text.slice(close + 1, Math.min(sentEnd, close + 120)))) return d;
  let end = close + 1;
  while (end < sentEnd && !isMark[end] && !/[,;:—–―(\n]/.test(text[end])) end++;
  while (end > close + 1 && /[\s.!?]/.test(text[end - 1])) end--;
  if (end - (close + 1) < 3) return d;
  // (A direct row becomes a mixed one: from its opening mark, as mixed rows start at their clause.)
  const start = d.kind === 'direct' && d.open >= 0 && d.open < d.start ? d.open : d.start;
  return { ...d, kind: 'mixed', start, end, attrEnd: Math.max(d.attrEnd, end) };
}

/** A reported clause that starts with its paragraph's dateline starts after it: the dateline is no one's words. */
function withoutDateline(text: string, d: Draft): Draft {
  if (d.kind === 'direct') return d;
  const start = afterDateline(text, d.start, d.end);
  if (start === d.start) return d;
  const contentSpans = d.contentSpans.map((c) => (c.start === d.start ? { start, end: c.end } : c));
  return { ...d, start, contentSpans };
}

/**
 * Role speakers (role-speaker.ts): for each speaker that no mention resolves, in text order, a role
 * mention appended to doc.mentions (kept sorted by start; a role mention follows a mention starting
 * at the same offset) or a named mention whose title holds the office. Returns, by draft index, the
 * mention a description resolved to; role mentions are found by resolveSpeakerMention afterwards.
 */
function addRoleMentions(
  doc: ArticleDoc, text: string, drafts: Draft[], index: MentionIndex, insideQuote: (pos: number) => boolean,
): Map<number, number> {
  const roles = new RoleResolver(text, doc.mentions);
  const added: Mention[] = [];
  const addedAt = new Set<string>();
  const addedRoles: Role[] = [];
  const named = new Map<number, number>();
  drafts.forEach((d, k) => {
    if (!d.speaker || resolveSpeakerMention(text, d.speaker, doc.mentions, index, insideQuote) !== null) return;
    const r = roles.resolve(d.speaker);
    if (!r) return;
    if ('mention' in r) { named.set(k, r.mention); return; }
    // Two quotes of one speaker phrase ("Russia's president said …, and that …") share its mention.
    const at = `${d.speaker.start}:${d.speaker.end}`;
    if (addedAt.has(at)) return;
    addedAt.add(at);
    const sentenceIndex = doc.sentences.length ? Math.max(0, lowerBound(doc.sentences, d.speaker.start + 1) - 1) : -1;
    added.push({
      start: d.speaker.start, end: d.speaker.end, text: doc.text.slice(d.speaker.start, d.speaker.end), type: 'PERSON',
      sentenceIndex, title: null, canonicalName: null, entityId: null, source: 'role',
    });
    addedRoles.push(r.role);
  });
  if (!added.length) return named;
  // A role's name is final only once every description is read ("the Iranian leader" … "Iran’s president").
  added.forEach((m, i) => { m.canonicalName = addedRoles[i].canonicalName; });
  added.sort((x, y) => x.start - y.start);
  const old = doc.mentions;
  // Top-level mentions never overlap: a name inside a role ("Egypt" in "Egypt's foreign minister") is nested
  // in it, as names inside names are; a role that would cut across a name is not added.
  const nestedIn = new Map<Mention, Mention>();
  const kept = added.filter((role) => {
    const inside: Mention[] = [];
    // Top-level mentions do not overlap each other: only the one before the role's start can reach into it.
    for (let i = Math.max(0, lowerBound(old, role.start) - 1); i < old.length && old[i].start < role.end; i++) {
      if (old[i].end <= role.start) continue;
      if (old[i].start < role.start || old[i].end > role.end) return false;
      inside.push(old[i]);
    }
    for (const m of inside) nestedIn.set(m, role);
    return true;
  });
  if (nestedIn.size) {
    doc.nestedMentions = [...doc.nestedMentions.filter((n) => !nestedIn.has(n.parent)), ...[...nestedIn].map(([m, parent]) => ({ ...m, parent }))]
      .sort((x, y) => x.start - y.start);
  }
  // Merge, keeping the order by start; old indices move, so named resolutions are remapped.
  const merged: Mention[] = [];
  const moved = new Int32Array(old.length).fill(-1);
  let a = 0;
  for (let i = 0; i < old.length; i++) {
    while (a < kept.length && kept[a].start < old[i].start) merged.push(kept[a++]);
    if (nestedIn.has(old[i])) continue;
    moved[i] = merged.length;
    merged.push(old[i]);
  }
  while (a < kept.length) merged.push(kept[a++]);
  doc.mentions = merged;
  for (const [k, m] of named) {
    if (moved[m] >= 0) named.set(k, moved[m]);
    else named.delete(k);
  }
  return named;
}

/** Step 2: direct quotes (and mixed ones attributed after the quote) from the words around each span. */
function attributeQuotedSpans(ctx: Context): void {
  const { text, cands, used } = ctx;
  // The end of the last attributed quote, or of the last quote long enough to be a clause of its own:
  // the lead-in of the next quote starts after it. Short quoted terms do not cut a sentence ("The
  // ‘deal’ is “dead,” she said.").
  let boundary = -1;
  // "Luis ‘Toto’ Caputo": a nickname inside a name is no one's words.
  cands.forEach((q, k) => { if (isNickname(text, q)) used[k] = 1; });
  for (let k = 0; k < cands.length; k++) {
    const q = cands[k];
    if (!used[k]) {
      const found = attributeQuotedSpan(ctx, k, boundary);
      if (found) {
        ctx.drafts.push(found.draft);
        if (found.tail) ctx.drafts.push(found.tail);
        used[k] = 1;
        // (A quoted term the participle's clause holds, which made it mixed, is done with: "adding that he had given
        // “conditional approval”".)
        if (found.tail?.kind === 'mixed') used[k + 1] = 1;
        if (found.mergesNext) used[k + 1] = 1;
        boundary = Math.max(boundary, found.draft.attrEnd);
      }
    }
    if (q.close >= 0 && (q.words > MAX_TERM_WORDS || endsLikeSentence(text, q))) boundary = Math.max(boundary, q.close + 1);
  }
}

/** A briefing's label before a quote ("What they're saying:", "What he said:"), its words in bold or not. */
const NEWSLETTER_LABEL = /^[*_\s]*(?:What|Here['’]s what) (?:they|he|she|we|people|critics|officials|others)(?:['’]re|['’]s| are| is)? (?:saying|said|say|says|telling|told)[*_]*\s*:[*_\s]*$/i;

/** Words a work's title in quotation marks may have. */
const MAX_TITLE_WORDS = 12;

/** The row for quoted span k from its attribution, or null when it has none (or is a term). */
function attributeQuotedSpan(ctx: Context, k: number, boundary: number): { draft: Draft; mergesNext: boolean; tail?: Draft } | null {
  const { text, paragraphs, cands, isMark, speakers } = ctx;
  const q = cands[k];
  const para = paragraphs[q.firstParagraph];
  const floor = Math.max(para.start, q.open - WINDOW, boundary);
  const leadToks = lex(text, floor, q.open, isMark);
  let lead = clauseBefore(leadToks);
  // A window cut mid-sentence may start mid-word.
  if (floor === q.open - WINDOW && floor > para.start && lead.length === leadToks.length) lead = lead.slice(1);

  // "She is the author of “The Red Pen Years”", "Ken's book, “Our Dollar, Your Problem,”": a work's title, no quote.
  if (q.words <= MAX_TITLE_WORDS && namesWork(text, q, para.start)) return null;
  const next = cands[k + 1];
  const nextInPara = next && next.firstParagraph === q.lastParagraph ? next : undefined;
  let after: Tok[] = [];
  let reachesNext = false;
  if (q.close >= 0) {
    const limit = Math.min(paragraphs[q.lastParagraph].end, q.close + 1 + WINDOW, nextInPara?.open ?? Infinity);
    reachesNext = nextInPara !== undefined && limit === nextInPara.open;
    after = lex(text, q.close + 1, limit, isMark);
  }
  const endsSentence = endsLikeSentence(text, q);
  const lastPart = q.parts[q.parts.length - 1];
  const quoteEndsClause = q.close < 0 || endsSentence || text[lastPart.end - 1] === ',' || after.length === 0 ||
    isTerminator(after[0]) || isPunct(after[0], ',') || after[0].kind === 'dash';

  // "Cruz continued:¶“…”": a lead-in that ends the paragraph before, with a colon.
  if (lead.length === 0 && q.firstParagraph > 0 && lastNonSpaceBefore(text, para.start) === ':') {
    const prevPara = paragraphs[q.firstParagraph - 1];
    const prevToks = lex(text, Math.max(prevPara.start, boundary, prevPara.end - WINDOW), prevPara.end, isMark);
    const prevLead = clauseBefore(prevToks);
    if (prevLead.length < prevToks.length || prevPara.end - WINDOW <= Math.max(prevPara.start, boundary)) lead = prevLead;
  }
  // "What they're saying: “…,” Schumer said.": a newsletter's label, no lead-in; the quote's own attribution speaks.
  const leadAttr = NEWSLETTER_LABEL.test(text.slice(para.start, q.open)) ? null : attributeLeadIn(lead, speakers, quoteEndsClause);
  const afterAttr = !leadAttr && q.close >= 0 ? attributeAfter(after, speakers, endsSentence, reachesNext) : null;
  const attr = leadAttr ?? afterAttr;
  const parts = trimParts(text, q.parts);
  if (!parts.length) return null;
  // "Sanders said Tuesday that he was confident about a general election: “Who gives us the best chance …”": a
  // reported clause that runs up to the colon before the quote is one attribution with it (mixed, from the clause);
  // not when a cue of its own stands at the colon ("He told reporters that Grayson said of his fiancée: “…”").
  const clause = !afterAttr && lead.length > 3 && isPunct(lead[lead.length - 1], ':') && quoteEndsClause ? reportedUpTo(lead, speakers) : null;
  if (clause && (!leadAttr || leadAttr.pattern === 'lead-in-subject' || leadAttr.cue?.start === clause.cue.start)) {
    return { draft: mixedDraft(q, parts, clause.contentSpans[0].start, clause.speaker, clause.cue, CONFIDENCE.mixed), mergesNext: false };
  }
  if (!attr) return null;
  // "“Tightrope” — Kendrick Lamar featuring SZA": a line of a list of works and their makers (nominees, a
  // setlist, a chart), not words someone said: title-case words opening their line, then a dash and a name.
  if (after[0]?.kind === 'dash' && !text.slice(para.start, q.open).trim() && q.words <= 8 && !endsLikeSentence(text, q) && titleCaseWords(text, q)) return null;

  const fc = firstContentToken(lead);
  const leadWords = fc < 0 ? 0 : lead.slice(fc).filter((t) => isWord(t)).length;
  // "X ticked through the code: “Civility was assumed,” he said.": a capitalised quote after a colon stands alone.
  const afterColon = lead.length > 0 && isPunct(lead[lead.length - 1], ':') && /^\p{Lu}/u.test(text.slice(parts[0].start, parts[0].start + 1));
  if (afterAttr && leadWords >= 2 && !afterColon) {
    // "The deal is “dead,” X said.": the quote is part of a longer reported clause. A title or term
    // there (on ABC’s “This Week,” Carson said …) is no quote: the sentence is left to step 3.
    if (isTitleLike(text, q, para.start) || isQuotedTerm(text, q, paragraphs[q.lastParagraph].end, para.start)) return null;
    // "DuVernay said she felt a responsibility because “…,” she said.": a clause that opens with its own speaker and cue
    // is their report; the row starts after that cue, not at the speaker, and the named speaker is the row's.
    const pronoun = SUBJECT_PRONOUNS.has(text.slice(attr.speaker.start, attr.speaker.end).toLowerCase());
    const opening = reportOpening(lead.slice(fc), speakers, pronoun);
    if (opening) return { draft: mixedDraft(q, parts, opening.contentSpans[0].start, opening.speaker, opening.cue, CONFIDENCE.mixed), mergesNext: false };
    return { draft: mixedDraft(q, parts, lead[fc].start, attr.speaker, attr.cue, CONFIDENCE.mixed), mergesNext: false };
  }
  // "An economic downturn, he said, “could be a good time to borrow.”": the attribution splits a
  // sentence that starts before it, and the quote, opening in lower case, goes on with it; the
  // clause from its start is what was said (mixed). ("Asked about it, Ryan said, “Sure.”" is not.)
  const opensLower = /^\p{Ll}/u.test(text.slice(parts[0].start, parts[0].start + 1));
  if (leadAttr && leadAttr.pattern === 'lead-in' && fc >= 0 && leadAttr.cue && opensLower) {
    const sp = lead.findIndex((t) => t.start === leadAttr.speaker.start);
    const cueEnd = lead.findIndex((t) => t.end === leadAttr.cue!.end);
    if (sp > fc + 2 && isPunct(lead[sp - 1], ',') && cueEnd === lead.length - 2 && isPunct(lead[lead.length - 1], ',') &&
        lead.slice(fc, sp - 1).every((t) => isWord(t) || isPunct(t, ','))) {
      return { draft: mixedDraft(q, parts, lead[fc].start, attr.speaker, attr.cue, CONFIDENCE.mixed), mergesNext: false };
    }
  }
  // "Benjamin said he believes “there may be some generals …”": the pronoun's cue is part of what
  // the outer speaker said; the row is theirs, from the clause after their cue (mixed).
  if (leadAttr && opensLower) {
    const outer = outerAttribution(lead, lead.findIndex((t) => t.start === leadAttr.speaker.start), speakers);
    if (outer) {
      return { draft: mixedDraft(q, parts, outer.clauseStart, outer.speaker, outer.cue, CONFIDENCE.mixed), mergesNext: false };
    }
  }
  // "The valuation runs, according to one person involved, “well north of £200m”": what stands before "according to"
  // begins the reported clause (mixed); the words after the cue are the source, not what was said.
  if (leadAttr && leadAttr.pattern === 'according-to' && opensLower && fc >= 0) {
    const cueAt = lead.findIndex((t) => t.start === leadAttr.cue!.start);
    // (From the relative clause it interrupts, when it interrupts one: "a man whose book, according to its Amazon
    // summary, “draws …”".)
    let from = fc;
    for (let j = cueAt - 2; j > fc; j--) {
      if (isWord(lead[j]) && RELATIVE_OPENERS.has(lead[j].norm)) { from = j; break; }
    }
    if (cueAt - from >= 2) return { draft: mixedDraft(q, parts, lead[from].start, attr.speaker, attr.cue, CONFIDENCE.mixed), mergesNext: false };
  }
  // "The senator said he rarely asks for help, “except for people I’m very close to.”": words
  // between the cue and a quote that opens in lower case begin the reported clause (mixed).
  if (leadAttr && leadAttr.cue && opensLower && leadAttr.pattern !== 'according-to') {
    const cueEnd = lead.findIndex((t) => t.end === leadAttr.cue!.end);
    const gap = cueEnd < 0 ? [] : lead.slice(cueEnd + 1).filter((t) => isWord(t));
    if (gap.length >= 2) {
      return { draft: mixedDraft(q, parts, lead[cueEnd + 1].start, attr.speaker, attr.cue, CONFIDENCE.mixed), mergesNext: false };
    }
  }
  // “…,” X said, “…”: one quote split by its attribution.
  // (Not across a line break: "“…”― Pamela Padilla⏎“…”― Jacklyn Ashley" lists one person's words per line.)
  const mergesNext = afterAttr?.continuesIntoNext === true && nextInPara !== undefined && !text.slice(q.close, nextInPara.open).includes('\n');
  const allParts = mergesNext ? parts.concat(trimParts(text, nextInPara.parts)) : parts;
  const d = {
    ...directDraft(q, allParts, mergesNext ? nextInPara.lastParagraph : q.lastParagraph), kind: 'direct' as const,
    speaker: attr.speaker, cue: attr.cue, confidence: attr.confidence,
  };
  // “…,” he said, citing low growth.: the participle after the attribution is a row of its own.
  let tail: Draft | undefined;
  if (afterAttr && !mergesNext) {
    // (", adding that Khamenei had given “conditional approval” for the meeting": a quoted term inside the tail is
    // part of it, so the tail reads on past it as a mixed row.)
    // (So does a quote that ends the sentence when the tail's clause runs into it: ", adding that the agreements were
    // handed out “like candy.”" — one mixed row, not the clause cut at the mark and the quote again with its lead-in.)
    const intoQuote = nextInPara !== undefined && nextInPara.close >= 0 && endsLikeSentence(text, nextInPara) &&
      /[\p{L}\p{N}] ?$/u.test(text.slice(Math.max(q.close + 1, nextInPara.open - 2), nextInPara.open));
    const term = reachesNext && nextInPara !== undefined && nextInPara.close >= 0 &&
      ((nextInPara.words <= MAX_TERM_WORDS && !endsLikeSentence(text, nextInPara)) || intoQuote) ? nextInPara : undefined;
    const tailToks = term
      ? lex(text, q.close + 1, Math.min(paragraphs[q.lastParagraph].end, Math.max(q.close + 1 + WINDOW, term.close + 2)), isMark)
      : after;
    const k = adjunctAfterAttribution(tailToks, tailToks.findIndex((t) => t.start >= afterAttr.end));
    const more = k >= 0 ? participleTail(tailToks, k) : null;
    // (The sentence ends there all the same: "accusing users of “bad e-mail behaviour”. Spammers …".)
    if (more && term) {
      const stop = tailToks.find((t) => t.start > term.close && isTerminator(t));
      // (A quote ending the sentence holds its stop: the clause, cut there, ends with the closing mark.)
      if ((stop && stop.start < more.content.end) || (intoQuote && more.content.end > term.open)) more.content = { start: more.content.start, end: term.close + 1 };
    }
    if (more) {
      const mixed = term !== undefined && more.content.start < term.open && more.content.end > term.close;
      tail = {
        kind: mixed ? 'mixed' : 'indirect', start: more.content.start, end: more.content.end, contentSpans: [more.content],
        speaker: attr.speaker, cue: more.cue, confidence: more.confidence,
        firstParagraph: q.lastParagraph, lastParagraph: q.lastParagraph, open: -1, attrEnd: more.content.end, tail: true,
      };
    }
  }
  return { draft: { ...d, attrEnd: attrEndOf(d, mergesNext ? nextInPara.close : q.close) }, mergesNext, tail };
}

/**
 * Where a participle after an attribution may start: `k`, or the comma ending a short phrase of place or time that
 * opens at k (“…,” Lee said during a Cabinet meeting | , urging lawmakers to …).
 */
function adjunctAfterAttribution(toks: Tok[], k: number): number {
  if (k < 0 || !isWord(toks[k]) || !ADJUNCT_PREPOSITIONS.has(toks[k].norm)) return k;
  for (let j = k + 1; j < toks.length && j <= k + 8; j++) {
    if (isPunct(toks[j], ',')) return j;
    if (!isWord(toks[j])) return k;
  }
  return k;
}
const ADJUNCT_PREPOSITIONS = new Set(['during', 'at', 'in', 'on', 'after', 'before', 'outside', 'inside', 'from', 'via', 'by']);

/**
 * The reported clause, read by the rules, that ends at the colon closing `lead` ("X said that A:", "X said he …:"),
 * opens with "that" or a subject pronoun and has a named speaker; null otherwise, and when the colon only follows a
 * cue ("X said:").
 */
function reportedUpTo(lead: Tok[], speakers: SpeakerContext): { contentSpans: Span[]; speaker: Span; cue: Span } | null {
  const body = lead.slice(0, -1);
  const reps = findReportedSpeech(body, speakers, () => false);
  const last = reps[reps.length - 1];
  if (!last?.speaker || last.learned) return null;
  if (last.contentSpans[last.contentSpans.length - 1].end < body[body.length - 1].end) return null;
  // (Not an object: "he’s said the same thing at every rally: “…”" introduces the quote.)
  const first = body.find((t) => t.start >= last.contentSpans[0].start);
  if (!first || !CLAUSE_OPENERS_BEFORE_COLON.has(first.norm)) return null;
  return { contentSpans: last.contentSpans, speaker: last.speaker, cue: last.cue };
}

/** The plain verbs of speech whose report a lead clause may open with (reportOpening). */
const SAY_TELL = new Set(['said', 'says', 'say', 'told', 'tells', 'tell']);

/**
 * The report a lead clause opens with, when it runs to the clause's end: "DuVernay said she felt … because" (its
 * speaker first, then "said" or "told" and content opening with "that" or a subject pronoun, or with any word when
 * `anyOpener`: the quote's own speaker is a pronoun, the same person); null otherwise.
 */
function reportOpening(lead: Tok[], speakers: SpeakerContext, anyOpener = false): { contentSpans: Span[]; speaker: Span; cue: Span } | null {
  if (lead.length < 4) return null;
  const reps = findReportedSpeech(lead, speakers, () => false);
  const rep = reps[0];
  if (reps.length !== 1 || !rep.speaker || rep.learned || rep.speaker.start !== lead[0].start || rep.cue.start < rep.speaker.end) return null;
  if (rep.contentSpans[rep.contentSpans.length - 1].end < lead[lead.length - 1].end) return null;
  // (Only "said"/"told": "He hoped Jay-Z would “…,” he added" and "Ukraine may find it has “…,” X said" keep their rows.)
  const cue = lead.find((t) => t.start === rep.cue.start);
  if (!cue || !SAY_TELL.has(cue.norm)) return null;
  const first = lead.find((t) => t.start >= rep.contentSpans[0].start);
  return first && (anyOpener || CLAUSE_OPENERS_BEFORE_COLON.has(first.norm)) ? { contentSpans: rep.contentSpans, speaker: rep.speaker, cue: rep.cue } : null;
}

/** Words a reported clause before a colon and a quote may open with ("said that …:", "said he often thinks …:"). */
const CLAUSE_OPENERS_BEFORE_COLON = new Set(['that', 'he', 'she', 'they', 'we', 'i', 'it', 'this', 'there']);

/** Words opening a relative clause. */
const RELATIVE_OPENERS = new Set(['whose', 'which', 'who', 'where']);

/** Words that name a storm before its name. */
const STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'tropical']);

/** The label of a humanitarian or agency report: its kind ("Situation Report", "Flash Update"), or a date or number ending it. */
const REPORT_LABEL = /\b(?:Updates?|Situation Report|Sitrep|Snapshot|Bulletin|Overview|Dashboard|Fact ?[Ss]heet|Factsheet|Appeal|Response Plan)\b|(?:\b\d{1,2} )?\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{4}\)?$|(?:#|\bNo\. ?)\d+$/u;

/** An auxiliary opening a question: "Does the President accept …?", "Will you say …?". */
const INVERTED_QUESTION = /^["“‘]?(?:Do|Does|Did|Will|Would|Can|Could|Should|Has|Have|Had|Is|Are|Was|Were)\s/;

/** A headline longer than this is not read as "Speaker: what they said". */
const MAX_HEADLINE = 300;
/** Keys of a keyed title line ("Title: …"), which load reads as the title's field name. */
const HEADLINE_KEYS = new Set(['title', 'headline']);
/** Words a headline's speaker may have ("NY Daily News: …"). */
const MAX_HEADLINE_SPEAKER = 4;

/** Speakers' labels a transcript line may open with but that name no one ("Q:", "NOTE:", "UPDATE:"). */
const TRANSCRIPT_NON_SPEAKERS = new Set([...HEADLINE_LABELS, ...HEADLINE_KEYS, 'q', 'a', 'question', 'answer', 'editor', "editor's", 'editor’s', 'source', 'sources', 'photo', 'credit', 'caption', 'read', 'related', 'more', 'date', 'by', 'tags', 'topics']);
/** Content words a transcript line needs after its speaker ("Sanders: Win in a walk." lists aims, says nothing). */
const MIN_TRANSCRIPT_WORDS = 6;
/** Words that make a label in capitals, not a name ("STAT OF THE WEEK:"). */
const LABEL_WORDS = new Set(['of', 'the', 'and', 'for', 'to', 'in', 'on', 'at', 'a', 'an']);

/** Whether `label` (two to four capitals) is the initials of a person the article names before `at`. */
function isInitialsOfPersonBefore(label: string, at: number, mentions: readonly Mention[]): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(label)) return false;
  return mentions.some((m) => m.type === 'PERSON' && m.end <= at && initialsOf(m.text) === label);
}

/** Whether a name in capitals is a country or city the gazetteer knows ("CHENNAI", "RIYADH", "NEW DELHI"). */
function isPlace(name: string): boolean {
  const e = getGazetteer().lookupFolded(gazetteerKey(name));
  return e !== undefined && (e.source === 'country' || e.source === 'city' || e.type === 'LOC');
}

/** Pronouns of the one speaking or spoken to: no third party a transcript line reports. */
const FIRST_SECOND_PERSON = new Set(['i', 'we', 'you']);
/** How far into a paragraph a transcript's speaker label and colon may reach. */
const LABEL_REACH = 60;
/** An answer's label in a printed interview. */
const ANSWER_LABEL = /^(?:A|Answer)\s*:/;
const QUESTION_LABEL = /^(?:Q|Question)\s*:/;
const NEXT_QUESTION = /\s+(?:Q|Question):\s/;
/** Answers shorter than this ("A: No.") are too short to be worth a row. */
const MIN_ANSWER_CHARS = 12;

/** Whether the article prints an interview as "Q: …" / "A: …" paragraphs (at least one question and two answers). */
function isQuestionsAndAnswers(text: string, paragraphs: readonly Span[]): boolean {
  let questions = 0;
  let answers = 0;
  for (const p of paragraphs) {
    const head = text.slice(p.start, Math.min(p.end, p.start + 10));
    if (QUESTION_LABEL.test(head)) questions++;
    else if (ANSWER_LABEL.test(head)) answers++;
  }
  return questions >= 1 && answers >= 2;
}

/**
 * Step 2c: transcript lines without quotation marks, as interviews and broadcast transcripts print them:
 * a paragraph that opens with a speaker and a colon ("Pill: Not yet. We have made progress …", "JAKE TAPPER: Do
 * you think …") is that speaker's words, to the paragraph's end (direct, the colon as cue, confidence 0.5). The
 * speaker is a person the entities stage found there, or a name in capitals; "Q:", "Note:" and the like are not.
 */
function attributeTranscriptLines(ctx: Context, mentions: readonly Mention[], index: MentionIndex): void {
  const { text, paragraphs, isMark, drafts } = ctx;
  // Paragraphs that hold a row already, other than a quote nested in a speaker's words ("FERRANTE-OBI: … My uncle
  // said to me, “…”" is still her answer): one starting in the paragraph's first words.
  const taken = new Uint8Array(paragraphs.length);
  for (const d of drafts) {
    for (let p = d.firstParagraph; p <= d.lastParagraph; p++) if (p !== d.firstParagraph || d.start < paragraphs[p].start + LABEL_REACH) taken[p] = 1;
  }
  const qa = isQuestionsAndAnswers(text, paragraphs);
  for (let pi = 1; pi < paragraphs.length; pi++) {
    if (taken[pi]) continue;
    const para = paragraphs[pi] as Span & { isHeading?: boolean };
    if (para.isHeading || para.end - para.start > MAX_SENTENCE) continue;
    // An interview printed as questions and answers: "A: No. I would say inflation is not beaten, …" is the
    // interviewee's (resolve-speaker.ts finds who that is); the questions are the interviewer's and not quoted.
    const answer = qa ? ANSWER_LABEL.exec(text.slice(para.start, Math.min(para.end, para.start + 10))) : null;
    if (answer) {
      const colon = para.start + answer[0].indexOf(':');
      let end = para.end;
      while (end > colon && /\s/.test(text[end - 1])) end--;
      let start = colon + 1;
      while (start < end && /\s/.test(text[start])) start++;
      // A transcript run into one paragraph ends the answer at the next question ("… a month.  Q: You said …").
      const next = NEXT_QUESTION.exec(text.slice(start, end));
      if (next) end = start + next.index;
      if (end - start < MIN_ANSWER_CHARS) continue;
      const content = { start, end };
      drafts.push({
        kind: 'direct', start, end, contentSpans: [content], speaker: { start: para.start, end: colon }, cue: { start: colon, end: colon + 1 },
        confidence: CONFIDENCE.transcript, firstParagraph: pi, lastParagraph: pi, open: -1, attrEnd: end,
      });
      continue;
    }
    // A transcript printed inside quotation marks, one opening each paragraph and none closing until the last
    // ("Partial transcript as follows:⏎⏎"WALLACE: Let’s start …⏎⏎"PENCE: Well, look, …"): the label follows the mark,
    // and the quote the marks make (one unattributed row over every paragraph) gives way to a row per speaker.
    const opened = isMark[para.start] === 1 ? lowerBound(ctx.opens, para.start + 1) - 1 : -1;
    const from = opened >= 0 && ctx.cands[opened].lastParagraph >= pi ? para.start + 1 : para.start;
    // Cheap test first: a colon within the first few words.
    const colon = text.slice(from, Math.min(para.end, from + 60)).indexOf(':');
    if (colon <= 0) continue;
    const toks = lex(text, from, Math.min(para.end, from + colon + 200), isMark);
    let c = 0;
    while (c < MAX_HEADLINE_SPEAKER && c < toks.length && isWord(toks[c]) && isCapitalized(toks[c])) c++;
    // (Nor a kicker ending in such a word: "SUNDAY AM UPDATE:", "WORLD EXCLUSIVE:".)
    if (c === 0 || !isPunct(toks[c], ':') || TRANSCRIPT_NON_SPEAKERS.has(toks[0].norm) || HEADLINE_LABELS.has(toks[c - 1].norm)) continue;
    const after = toks.slice(c + 1);
    if (!after.length || after[0].kind === 'mark' || after.filter((t) => isWord(t)).length < MIN_TRANSCRIPT_WORDS) continue;
    const speaker = { start: toks[0].start, end: toks[c - 1].end };
    const name = toks.slice(0, c);
    const capitals = name.every((t) => t.text.length >= 2 && t.text === t.text.toUpperCase() && /\p{Lu}/u.test(t.text) && !LABEL_WORDS.has(t.norm)) &&
      name.reduce((n, t) => n + t.text.length, 0) >= 4;
    const person = index.overlapping(speaker).some((k) => mentions[k].type === 'PERSON' && mentions[k].start <= speaker.start && mentions[k].end >= speaker.end);
    // "TW: Imprecise how?" after "Tom Whitfield: You've been in the job …": a person's initials as the label.
    if (!capitals && !person && !(c === 1 && isInitialsOfPersonBefore(toks[0].text, speaker.start, mentions))) continue;
    // "CHENNAI: The state government on Monday …": a place in capitals is a dateline (South Asian and Gulf papers).
    // (The gazetteer's word, not the tagger's type: it calls an interviewee's name in capitals a place at times.)
    if (!person && isPlace(text.slice(speaker.start, speaker.end))) continue;
    let end = para.end;
    while (end > after[0].start && /\s/.test(text[end - 1])) end--;
    if (from > para.start) {
      const q = ctx.cands[opened];
      if (q.close >= 0 && q.close === end - 1 && q.lastParagraph === pi) end--;
      else if (q.close >= 0 && q.lastParagraph === pi) continue;
      ctx.used[opened] = 1;
    }
    const content = { start: after[0].start, end };
    drafts.push({
      kind: 'direct', start: content.start, end: content.end, contentSpans: [content], speaker, cue: { start: toks[c].start, end: toks[c].end },
      confidence: CONFIDENCE.transcript, firstParagraph: pi, lastParagraph: pi, open: -1, attrEnd: content.end,
    });
  }
}

/**
 * Step 2b: a headline of the form "Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Destroying GOP’s
 * Chance" attributes what follows the colon to the capitalised speaker before it (indirect; quoted
 * terms may stand in it). The headline is the first paragraph of a document that has more than one,
 * holding no row yet and no quoted speech.
 */
function attributeHeadline(ctx: Context): void {
  const { text, paragraphs, cands, opens, isMark, used, drafts } = ctx;
  if (paragraphs.length < 2) return;
  const head = paragraphs[0];
  if (head.end - head.start > MAX_HEADLINE || drafts.some((d) => d.start < head.end)) return;
  let toks = lex(text, head.start, head.end, isMark);
  // "Title: Graham: Trump’s …": the key of a keyed title line names the field; the headline follows it.
  if (toks.length > 2 && isWord(toks[0]) && HEADLINE_KEYS.has(toks[0].norm) && isPunct(toks[1], ':')) toks = toks.slice(2);
  let c = 1;
  while (c < MAX_HEADLINE_SPEAKER && c < toks.length && isWord(toks[c])) c++;
  if (!isPunct(toks[c], ':') || !toks.slice(0, c).every((t) => isCapitalized(t)) || !isSpeakerPhrase(toks, 0, c, ctx.speakers)) return;
  if (c === 1 && HEADLINE_LABELS.has(toks[0].norm)) return;
  // A dateline is no speaker ("RIYADH: Saudi Arabia will host …" opening the body of a .md or JSON article, where no
  // title line stands before it).
  const place = PLACE_COLON.exec(text.slice(head.start, head.end));
  if (place && isPlace(place[1])) return;
  // A storm is no speaker ("Storm Dorothea: red warning for wind as gusts reach 90mph").
  if (STORM_WORDS.has(toks[0].norm)) return;
  let e = toks.length;
  while (e > c + 1 && (isTerminator(toks[e - 1]) || isPunct(toks[e - 1], ',:'))) e--;
  if (toks.slice(c + 1, e).filter((t) => isWord(t)).length < 3) return;
  const start = toks[c + 1].start;
  const end = toks[e - 1].end;
  // A country and a report's label, as ReliefWeb titles its documents ("Sudan: Humanitarian Update, 12 November 2026",
  // "Syria: Flash Update #3"): no one speaks. (Not any place: "Graham: … Chance in November 2026" is the senator's.)
  if (REPORT_LABEL.test(text.slice(start, end)) && getGazetteer().lookup(gazetteerKey(text.slice(toks[0].start, toks[c - 1].end)))?.source === 'country') return;
  // A headline quoting speech (‘You should be criminally investigated.’) is left to the quote rules; one
  // in title case (Issa: Hillary Clinton’s ‘Honesty Is In Question.’) is not, as they drop it for a title.
  for (let k = lowerBound(opens, start); k < cands.length && cands[k].open < end; k++) {
    const q = cands[k];
    if (!used[k] && (q.close < 0 || q.words >= MIN_UNATTRIBUTED_WORDS || endsLikeSentence(text, q)) && !isTitleLike(text, q, head.start, true)) return;
  }
  drafts.push({
    kind: 'indirect', start, end, contentSpans: [{ start, end }],
    speaker: { start: toks[0].start, end: toks[c - 1].end }, cue: { start: toks[c].start, end: toks[c].end },
    confidence: CONFIDENCE.headline, firstParagraph: 0, lastParagraph: 0, open: -1, attrEnd: end,
  });
}

/**
 * Step 3: reported speech in sentences, or in the parts of them outside direct quotes and their attributions; quoted
 * fragments in it make it mixed.
 */
function findReportedSpeechInSentences(ctx: Context): void {
  const { text, paragraphs, sentences, cands, opens, isMark, drafts } = ctx;
  // A transcript line's words ("A: … Christine Lagarde said recently that the last mile is the hardest"; transcript
  // rows have no quotation mark, and a colon for cue) are read for the reports they hold, kept below only when
  // someone else is reported by the rules.
  const isTranscriptRow = (d: Draft) => d.kind === 'direct' && d.open < 0 && d.cue !== null && text[d.cue.start] === ':';
  const spoken = drafts.filter(isTranscriptRow).map((d) => d.contentSpans[0]).sort((a, b) => a.start - b.start);
  const firstRow = drafts.length;
  // ("Ian Gibson urged the two men to stop squabbling, declaring: “…”": a participle cue after a comma covers only
  // itself; the clause before it, with its own cue, is read for a report of the same speaker.)
  const participleAfterComma = (d: Draft) => d.cue !== null && d.speaker !== null && d.speaker.end < d.cue.start && d.open >= 0 && d.cue.end <= d.open &&
    /ing$/.test(text.slice(d.cue.start, d.cue.end)) && /,\s*$/.test(text.slice(Math.max(0, d.cue.start - 3), d.cue.start));
  const covered = drafts
    .filter((d) => !isTranscriptRow(d))
    .map((d) => ({
      start: participleAfterComma(d) ? Math.min(d.start, d.open, d.cue!.start) : Math.min(d.start, d.open >= 0 ? d.open : d.start, d.speaker?.start ?? d.start, d.cue?.start ?? d.start),
      end: d.attrEnd,
    }))
    .sort((a, b) => a.start - b.start);
  // Offsets inside any quoted span: a cue there is someone's quoted words, not the article's report.
  const quotedParts = cands.flatMap((q) => q.parts);
  const inQuoted = (pos: number) => {
    const k = lowerBound(quotedParts, pos + 1) - 1;
    return k >= 0 && pos < quotedParts[k].end;
  };
  // isTerm[k]: cands[k] is a quoted term; nextQuoted[k]: the first closed non-term span from k on.
  const isTerm = new Uint8Array(cands.length);
  const nextQuoted = new Int32Array(cands.length + 1);
  nextQuoted[cands.length] = cands.length;
  for (let k = cands.length - 1; k >= 0; k--) {
    const q = cands[k];
    isTerm[k] = isQuotedTerm(text, q, paragraphs[q.lastParagraph].end, paragraphs[q.firstParagraph].start) ? 1 : 0;
    nextQuoted[k] = q.close >= 0 && !isTerm[k] ? k : nextQuoted[k + 1];
  }
  // Quoted words (not a mere term) inside a span: what makes an evaluative cue report speech.
  const hasQuotedWords = (span: Span) => {
    const k = nextQuoted[lowerBound(opens, span.start)];
    return k < cands.length && cands[k].close < span.end;
  };

  const state: ReportedState = { pi: 0, inQuoted, hasQuotedWords, isTerm, lastRowEnd: -Infinity };
  let ci = 0;
  for (const sentence of sentences) {
    // A dateline is no speaker ("WASHINGTON — Senate Majority Leader John Thune on Thursday unveiled …").
    const s = { start: afterDateline(text, sentence.start, sentence.end), end: sentence.end };
    // A question asked with its verb first ("Does the President accept that the deal is dead?", a reporter's at a
    // briefing) reports no one's speech.
    if (INVERTED_QUESTION.test(text.slice(s.start, Math.min(s.end, s.start + 12))) && /\?["”’]?\s*$/.test(text.slice(s.start, s.end))) continue;
    while (ci < covered.length && covered[ci].end <= s.start) ci++;
    if (ci > 0) state.lastRowEnd = Math.max(state.lastRowEnd, covered[ci - 1].end);
    // A sentence that holds a quote already is searched before it ("X said A, and “…,” he added"), and after the
    // last quote's attribution when no quotation mark follows ("“…,” he said. …" is another sentence; "“…,” she
    // said as the council voted, and the mayor said the plan was dead"): rows there are tails, which no later
    // quote joins across.
    if (ci < covered.length && covered[ci].start < s.end) {
      if (covered[ci].start - s.start >= MIN_REPORTED_PREFIX) readSentencePart(ctx, s.start, covered[ci].start, false, state);
      let restStart = covered[ci].end;
      for (let k = ci + 1; k < covered.length && covered[k].start < s.end; k++) restStart = Math.max(restStart, covered[k].end);
      if (restStart < s.end && !hasMarkBetween(isMark, restStart, s.end)) readSentencePart(ctx, restStart, s.end, true, state);
      continue;
    }
    readSentencePart(ctx, s.start, s.end, false, state);
  }
  if (spoken.length) {
    // Inside a transcript line only a third person the rules read: not the speaker's own "I think …", no learned row.
    const inSpoken = (pos: number) => {
      const k = lowerBound(spoken, pos + 1) - 1;
      return k >= 0 && pos < spoken[k].end;
    };
    const found = drafts.splice(firstRow);
    for (const d of found) {
      // ("You've said that …": the pronoun with its contraction.)
      const speaker = d.speaker ? text.slice(d.speaker.start, d.speaker.end).toLowerCase().replace(/['’](?:ve|re|d|ll|m)$/, '') : '';
      if (inSpoken(d.start) && (!speaker || FIRST_SECOND_PERSON.has(speaker) || d.confidence <= CONFIDENCE.learnedSure)) continue;
      drafts.push(d);
    }
  }
}

/** Whether a quotation mark stands in text[from, to). */
function hasMarkBetween(isMark: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isMark[k] === 1) return true;
  return false;
}

/** What findReportedSpeechInSentences keeps from one sentence part to the next. */
interface ReportedState {
  pi: number;
  inQuoted: (pos: number) => boolean;
  hasQuotedWords: (span: Span) => boolean;
  isTerm: Uint8Array;
  /** The end of the last row before the sentence part being read (a quote's attribution or a reported clause). */
  lastRowEnd: number;
}

/**
 * Reported speech in text[from, to), one sentence or part of one, by the rules and then the learned cues: rows
 * pushed to ctx.drafts. `afterQuote` marks the rest of a sentence after a direct quote's attribution, whose rows are
 * tails (no later quote joins across them).
 */
function readSentencePart(ctx: Context, from: number, to: number, afterQuote: boolean, state: ReportedState): void {
  const { text, paragraphs, cands, opens, isMark, used, drafts } = ctx;
  const { inQuoted, hasQuotedWords, isTerm } = state;
  if (to - from > MAX_SENTENCE) return;
  let toks = lex(text, from, to, isMark);
  if (from < paragraphs[0].end) toks = lowerTitleCaseCues(toks);
  let reps = findReportedSpeech(toks, ctx.speakers, hasQuotedWords);
  // Where no rule fired, a cue learned from PolNeAR train may still open an attribution: in the whole
  // sentence, or in the rest after the last row's content and in the words before the first row's
  // ("Polls show …, and he said …"; the model was trained on the first two only).
  const parts: Tok[][] = [toks];
  if (reps.length) {
    const last = reps[reps.length - 1];
    // (The speaker may come last: "…, according to even his own supporters, who are offering …".)
    const end = Math.max(last.cue.end, last.contentSpans[last.contentSpans.length - 1].end, last.speaker?.end ?? 0);
    const k = toks.findIndex((t) => t.start >= end);
    // (After an inverted attribution that closes the sentence, "…, said Steve Elmendorf, deputy campaign manager for …",
    // the rest describes its speaker; not after "…, Graham said, since the vast majority of them firmly accept that …".)
    const closes = last.cue.start >= last.contentSpans[last.contentSpans.length - 1].end && last.speaker !== null && last.cue.start < last.speaker.start;
    parts[0] = k < 0 || closes || toks.length - k < MIN_LEARNED_REST ? [] : toks.slice(k);
    const first = reps[0];
    const start = Math.min(first.cue.start, first.contentSpans[0].start, first.speaker?.start ?? Infinity);
    const p = toks.findIndex((t) => t.end > start);
    if (p >= MIN_LEARNED_REST && !ctx.collectLearned) parts.push(toks.slice(0, p));
  }
  // Where the part stands, features of every reading of the learned model: how far the last rule row ends before
  // it, whether it opens a paragraph, which paragraph (the lede is mostly narration), and which part it is (the
  // whole sentence, the rest after a rule row, the words before one, the rest after a direct quote's attribution).
  const gap = from - state.lastRowEnd;
  // The part's paragraph, found from the last part's (parts come in text order): each paragraph is passed once.
  while (state.pi < paragraphs.length - 1 && paragraphs[state.pi].end <= from) state.pi++;
  const pi = state.pi;
  const where = [
    `prev=${gap < 60 ? 'near' : gap < 300 ? 'mid' : 'far'}`,
    `para=${from - paragraphs[pi].start < 3 ? 'first' : 'other'}`,
    `lede=${Math.min(pi, 3)}`,
  ];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    const context = [...where, `part=${afterQuote ? 'tail' : k > 0 ? 'prefix' : reps.length ? 'rest' : 'whole'}`];
    if (part.length && ctx.collectLearned) {
      ctx.collectLearned(learnedCandidates(part, ctx.speakers, ctx.learned.words, context));
    }
    else if (part.length) reps = reps.concat(findLearnedReportedSpeech(part, ctx.speakers, ctx.learned, context));
  }
  // The rule rows (not the learned ones, which training does not make) are the next part's previous rows.
  for (const rep of reps) {
    if (rep.learned) continue;
    state.lastRowEnd = Math.max(state.lastRowEnd, rep.cue.end, rep.contentSpans[rep.contentSpans.length - 1].end);
  }
  if (parts.length > 1) reps.sort((a, b) => a.contentSpans[0].start - b.contentSpans[0].start);
  if (!reps.length || inQuoted(reps[0].cue.start) || (reps[0].speaker && inQuoted(reps[0].speaker.start))) return;
  for (const rep of reps) {
    if (inQuoted(rep.cue.start)) break;
    const start = rep.contentSpans[0].start;
    let end = rep.contentSpans[rep.contentSpans.length - 1].end;
    const fragments: Span[] = [];
    const taken: number[] = [];
    for (let k = lowerBound(opens, start); k < cands.length && cands[k].open < end; k++) {
      const q = cands[k];
      // A clause that ends inside quoted words ("… that “It would help. I think we’ll do that.”") runs to their close.
      if (!used[k] && !rep.learned && !isTerm[k] && q.close >= end && q.firstParagraph === q.lastParagraph) end = q.close + 1;
      if (used[k] || q.close < 0 || q.close >= end) continue;
      taken.push(k);
      // A term in double marks inside reported speech ("said the increase was “unavoidable”") is the speaker's word
      // (PolNeAR counts it so); one in single marks (nuclear ‘breakout’ time) stays the writer's scare quote.
      if (!isTerm[k] || (!rep.learned && DOUBLE_OPENERS.has(text[q.open]))) fragments.push(...trimParts(text, q.parts));
    }
    // A learned cue does not take quoted words: they are left to the quote rules below.
    if (fragments.length && rep.learned) continue;
    for (const k of taken) used[k] = 1;
    const lead = fragments.length ? quotedLead(text, start, end, cands[taken[0]], taken.length, rep.cue) : null;
    if (lead?.direct) {
      // "… Beck joked, again using a Southern accent, “Amen, brother!”": the quote is what the cue introduces.
      drafts.push({
        ...directDraft(cands[taken[0]], fragments, pi), kind: 'direct', speaker: rep.speaker, cue: rep.cue, confidence: CONFIDENCE.mixed,
        attrEnd: Math.max(end, rep.speaker?.end ?? end, rep.cue.end),
      });
      continue;
    }
    drafts.push({
      kind: fragments.length ? 'mixed' : 'indirect',
      start: lead ? lead.start : start, end,
      contentSpans: fragments.length ? fragments : rep.contentSpans,
      speaker: rep.speaker,
      cue: rep.cue,
      confidence: fragments.length ? CONFIDENCE.mixed : rep.confidence,
      firstParagraph: pi,
      lastParagraph: pi,
      open: -1,
      attrEnd: Math.max(end, rep.speaker?.end ?? end, rep.cue.end),
      ...(afterQuote ? { tail: true } : {}),
    });
  }
}

/**
 * A headline in title case ("Chris Christie Says He Would Issue A Quarantine") capitalises its cue,
 * which the cue rules read as part of a name. When most of its longer words are capitalised, cue
 * verbs are given back their lower-case form (the tokens are copies; offsets are unchanged).
 */
function lowerTitleCaseCues(toks: Tok[]): Tok[] {
  let words = 0;
  let capitalised = 0;
  for (const t of toks) {
    if (!isWord(t) || t.norm.length < 4) continue;
    words++;
    if (isCapitalized(t)) capitalised++;
  }
  if (words < 3 || capitalised < 0.8 * words) return toks;
  return toks.map((t) => (isWord(t) && isCapitalized(t) && CUE_VERB_FORMS.has(t.norm) ? { ...t, text: t.norm } : t));
}

/** Step 4: quoted spans nobody was found to have said: kept when long enough to be speech, else dropped as terms. */
function keepUnattributedQuotes(ctx: Context): void {
  const { text, paragraphs, sentences, cands, used, drafts, isMark } = ctx;
  // Direct rows with a speaker, by where their attribution ends (continuesQuoteBefore asks for the last one before a
  // quote); rows this step adds are put in their place, after any that end at the same offset.
  const spokenRows = drafts.filter((d) => d.kind === 'direct' && d.speaker).sort((a, b) => a.attrEnd - b.attrEnd);
  const spokenEnds = spokenRows.map((d) => ({ start: d.attrEnd }));
  const addSpoken = (d: Draft): void => {
    const i = lowerBound(spokenEnds, d.attrEnd + 1);
    spokenRows.splice(i, 0, d);
    spokenEnds.splice(i, 0, { start: d.attrEnd });
  };
  const rowBefore = (pos: number): Draft | undefined => {
    let i = lowerBound(spokenEnds, pos + 1) - 1;
    while (i > 0 && spokenRows[i - 1].attrEnd === spokenRows[i].attrEnd) i--;
    return i >= 0 ? spokenRows[i] : undefined;
  };
  // Transcript lines' words (no marks of their own): a quote inside one is part of that speaker's row
  // ("Pat Caddell: Democrat Voters Worried …; It’s ‘in Their Heads.’" is one row, not two).
  const lines = drafts.filter((d) => d.open < 0 && d.kind === 'direct' && d.confidence === CONFIDENCE.transcript).sort((a, b) => a.start - b.start);
  const inLine = (pos: number): boolean => {
    const i = lowerBound(lines, pos + 1) - 1;
    return i >= 0 && pos < lines[i].end;
  };
  for (let k = 0; k < cands.length; k++) {
    if (used[k]) continue;
    const q = cands[k];
    if (lines.length && inLine(q.open)) continue;
    const para = paragraphs[q.firstParagraph];
    const si = lowerBound(sentences, q.open + 1) - 1;
    // "“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”": a sentence-long quote right after an
    // attributed one in its paragraph goes on with it (continueSpeakers), however short or capitalised.
    const goesOn = q.close >= 0 && q.words >= 2 && endsLikeSentence(text, q) &&
      continuesQuoteBefore(ctx, q, rowBefore(q.open), si >= 0 ? sentences[si].start : 0);
    const speechLike = goesOn || q.close < 0 || q.words >= MIN_UNATTRIBUTED_WORDS || (q.words >= 3 && endsLikeSentence(text, q));
    if ((!speechLike && (q.words < 2 || q.close < 0)) || (!goesOn && (followsNamingWord(text, q, para.start) || namesWork(text, q, para.start) || isTitleLike(text, q, para.start, true)))) continue;
    const parts = trimParts(text, q.parts);
    if (!parts.length) continue;
    // Quoted words inside a sentence whose cue stands further back: a mixed quote from the cue on.
    // Short quoted words count only after an evaluative cue (called him “unhinged”), not as terms.
    // (A bounded window, so a long run of marks in one sentence stays linear.)
    const sentenceStart = Math.max(si >= 0 ? sentences[si].start : 0, para.start, q.open - WINDOW);
    const frag = q.open - sentenceStart > 2 && q.close >= 0 ? attributeFragment(lex(text, sentenceStart, q.open, isMark), ctx.speakers) : null;
    if (!speechLike && !(frag && q.words >= 2 && !isQuotedTerm(text, q, paragraphs[q.lastParagraph].end, para.start))) continue;
    const fragLead = frag && frag.clauseStart >= 0 && frag.clauseStart < q.open ? quotedLead(text, frag.clauseStart, q.close + 1, q, 1, frag.cue) : null;
    if (frag && (frag.clauseStart < 0 || frag.clauseStart === q.open || fragLead?.direct)) {
      // "… and added, “I will plead guilty.”": the quote is all the cue introduces (direct).
      const d = { ...directDraft(q, parts, q.lastParagraph), kind: 'direct' as const, speaker: frag.speaker, cue: frag.cue, confidence: CONFIDENCE.fragment };
      drafts.push({ ...d, attrEnd: attrEndOf(d, q.close) });
      if (d.speaker) addSpoken(drafts[drafts.length - 1]);
      continue;
    }
    if (frag) {
      drafts.push(mixedDraft(q, parts, fragLead ? fragLead.start : frag.clauseStart >= 0 ? frag.clauseStart : q.open, frag.speaker, frag.cue, CONFIDENCE.fragment));
      continue;
    }
    // "The email went on to say, “…”", "Priebus … acknowledged that he had only “…”": no cue next to
    // the quote, but the subject of the sentence it stands in is the likeliest speaker.
    const lead = q.open - sentenceStart > 2 ? lex(text, sentenceStart, q.open, isMark) : null;
    const subject = lead ? sentenceSubject(lead, ctx.speakers) : null;
    // "… said that Crist “would say or do anything”": quoted words that go on with the clause of a "that" before
    // them (lower case, no comma or colon between) are a mixed quote from the "that".
    const from = lead && /^\p{Ll}/u.test(text.slice(parts[0].start, parts[0].start + 1)) ? thatClauseBefore(lead) : -1;
    if (from >= 0) {
      drafts.push(mixedDraft(q, parts, from, subject, null, subject ? CONFIDENCE.sentenceSubject : CONFIDENCE.unattributed));
      continue;
    }
    const d = {
      ...directDraft(q, parts, q.lastParagraph), kind: 'direct' as const, speaker: subject, cue: null,
      confidence: subject ? CONFIDENCE.sentenceSubject : CONFIDENCE.unattributed,
    };
    drafts.push({ ...d, attrEnd: attrEndOf(d, q.close) });
    if (d.speaker) addSpoken(drafts[drafts.length - 1]);
  }
}

/**
 * Whether quote q opens its sentence (which starts at `sentenceStart`) right after, in the same paragraph and within
 * a short attribution sentence ("she said, clapping."), `prev`: the direct row with a speaker that ends last before it.
 */
function continuesQuoteBefore(ctx: Context, q: QuotedSpan, prev: Draft | undefined, sentenceStart: number): boolean {
  if (!prev || prev.lastParagraph !== q.firstParagraph || q.open - prev.attrEnd > MAX_ATTRIBUTION_TAIL) return false;
  return laterSentence(ctx.sentences, prev.attrEnd - 1, q.open) && !/\p{L}/u.test(ctx.text.slice(sentenceStart, q.open));
}

/** Words that open a reported clause that quoted words may go on. */
const COMPLEMENTIZERS = new Set(['that', 'whether']);
/** Tokens a "that" may stand before the quoted words it opens the clause of. */
const MAX_THAT_LEAD = 30;
/** Commas that may stand between them: an appositive or an adjunct ("that Clinton’s philosophy, bent …, would make her “…”"). */
const MAX_THAT_COMMAS = 2;

/**
 * The offset of the "that" opening the clause the quote after `toks` goes on ("that Crist “would …”"): the
 * nearest one among the last MAX_THAT_LEAD tokens, with at most MAX_THAT_COMMAS commas and no colon, mark or
 * stop between; -1 otherwise.
 */
function thatClauseBefore(toks: Tok[]): number {
  let commas = 0;
  for (let k = toks.length - 1; k >= 0 && k >= toks.length - MAX_THAT_LEAD; k--) {
    const t = toks[k];
    if (isPunct(t, ',') && ++commas <= MAX_THAT_COMMAS) continue;
    if (t.kind === 'mark' || isPunct(t, ',:;') || isTerminator(t) || t.kind === 'dash') return -1;
    if (isWord(t) && COMPLEMENTIZERS.has(t.norm)) return k < toks.length - 1 ? t.start : -1;
  }
  return -1;
}

/**
 * Step 5: an unattributed quote that follows an attributed one keeps its speaker. In the same
 * paragraph, with only the rest of the attribution's sentence between (“…,” she said. “…”), or after a
 * direct quote with a sentence or two of narration between (up to MAX_NARRATION_JOIN characters), it is
 * the same attribution and joins that row as one more content span, as news attribution corpora
 * (PolNeAR) annotate it. Further on in the paragraph of a direct quote, or as the next paragraph opening
 * with a quote mark, it is a row of its own. Returns the drafts that remain, in order.
 */
function continueSpeakers(text: string, paragraphs: Span[], sentences: Span[], drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  // The last row kept that is not a participle tail (a tail sits between a quote and its continuation).
  let prev: Draft | undefined;
  for (const d of drafts) {
    if (d.tail) { out.push(d); continue; }
    // "He paused.¶“I’m not complaining for the sake of it.”": a quote opening the paragraph after a short one whose
    // subject is a person does that person's talking.
    if (d.kind === 'direct' && !d.speaker && d.open >= 0 && d.open === paragraphs[d.firstParagraph].start && d.firstParagraph > 0 &&
        (!prev || prev.lastParagraph < d.firstParagraph - 1)) {
      const subject = narratorSubject(text, paragraphs[d.firstParagraph - 1]);
      if (subject) {
        d.speaker = subject;
        d.confidence = CONFIDENCE.sentenceSubject;
        out.push(d);
        prev = d;
        continue;
      }
    }
    if (!prev || d.kind !== 'direct' || d.speaker || d.open < 0 || !prev.speaker) { out.push(d); prev = d; continue; }
    const inParagraph = d.firstParagraph === prev.lastParagraph && prev.attrEnd <= d.open;
    const sameParagraph = inParagraph &&
      (onlyAttributionTail(text, sentences, prev.attrEnd, d.open) ||
        ((prev.kind === 'direct' || prev.endsInQuote) && d.open - prev.attrEnd <= MAX_NARRATION_JOIN && laterSentence(sentences, prev.attrEnd - 1, d.open)));
    // "…, Schiff said. “The other factor …”": the reported clause and the quote after it are one mixed row (its end
    // after the closing mark, as mixed rows end), as PolNeAR annotates them.
    if (sameParagraph && prev.kind === 'indirect') {
      prev.kind = 'mixed';
      prev.endsInQuote = true;
      prev.contentSpans = [];
      joinQuote(text, prev, d);
      continue;
    }
    if (sameParagraph && prev.kind !== 'indirect') {
      joinQuote(text, prev, d);
      continue;
    }
    const nextParagraph = d.firstParagraph === prev.lastParagraph + 1 && d.open === paragraphs[d.firstParagraph].start;
    // “…,” the minister said.¶“…”: a quote that is its paragraph continues the attributed one before it (PolNeAR
    // joins them: 39 of 52 such pairs in train); a paragraph that goes on after its quote, or a single-quoted line (a
    // subheading), does not.
    if (nextParagraph && (prev.kind === 'direct' || prev.endsInQuote) && fillsParagraph(text, paragraphs[d.lastParagraph], d) && text[d.open] !== "'" && text[d.open] !== '‘') {
      joinQuote(text, prev, d);
      continue;
    }
    if (sameParagraph || nextParagraph || (inParagraph && (prev.kind === 'direct' || prev.endsInQuote) && laterSentence(sentences, prev.attrEnd - 1, d.open))) {
      d.speaker = prev.speaker;
      d.confidence = prev.kind === 'indirect' ? CONFIDENCE.continuedAfterReported : CONFIDENCE.continued;
    }
    out.push(d);
    prev = d;
  }
  return out;
}

const CLOSING_MARK = /["”'’»]/;
/** After the closing mark at `end`, or `end` when none stands there (of a typed '' pair, its first character, as mixedDraft ends). */
function afterClosingMark(text: string, end: number): number {
  return CLOSING_MARK.test(text[end] ?? '') ? end + 1 : end;
}
/** Direct quote d becomes part of row prev: its parts, its end (after the closing mark when prev is mixed, as mixed rows end). */
function joinQuote(text: string, prev: Draft, d: Draft): void {
  prev.end = prev.kind === 'mixed' ? afterClosingMark(text, d.end) : d.end;
  for (const c of d.contentSpans) prev.contentSpans.push(c);
  prev.lastParagraph = d.lastParagraph;
  prev.attrEnd = Math.max(prev.attrEnd, d.attrEnd);
}
/** Whether nothing but closing punctuation follows quote d in paragraph para. */
function fillsParagraph(text: string, para: Span, d: Draft): boolean {
  return /^[\s"”'’.,!?…]*$/.test(text.slice(d.end, para.end));
}

/** A short narrative paragraph: "He paused.", "She made a face.", "Arjun shrugged and looked away." */
const NARRATION = /^(He|She|(?:\p{Lu}[\p{Ll}'’-]+)(?: \p{Lu}[\p{Ll}'’-]+){0,2}) (?:then |just |only |simply |briefly )?\p{Ll}+(?:ed|s)\b[^.!?"“”]{0,60}[.!?]$/u;
/** Capitalised words that open a sentence without naming anyone. */
const NOT_NAMES = new Set(['The', 'A', 'An', 'It', 'This', 'That', 'There', 'Then', 'But', 'And', 'They', 'We', 'I', 'You']);

/** The person a short narrative paragraph is about (its subject: a pronoun or a name), or null. */
function narratorSubject(text: string, para: Span): Span | null {
  const line = text.slice(para.start, para.end).trim();
  const m = NARRATION.exec(line);
  if (!m || NOT_NAMES.has(m[1].split(' ')[0])) return null;
  const start = para.start + text.slice(para.start, para.end).indexOf(m[1]);
  return { start, end: start + m[1].length };
}

export const quotes: Stage = {
  name: STAGE,
  requires: ['sentences', 'mentions'],
  assigns: ['quotes'],
  // Without the entities stage the user asked for no mentions: speakers stay unresolved, no role mentions.
  run: (doc, config) => extractQuotes(doc, {
    roleMentions: config?.stages?.entities !== false,
    ...(config?.quotes?.learnedCues === false ? { learnedModel: null } : {}),
  }),
};
