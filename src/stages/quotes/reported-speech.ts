/**
 * Reported (indirect) speech in one sentence: a speaker, a cue from the lexicon and the clause that
 * says what was said.
 *
 *   X said (that) …  /  X told Y that …  /  X warned of …  /  X has voiced concerns that …
 *   According to X, …  /  …, according to X.  /  …, X said.  /  …, said X.
 *
 * Conservative: the speaker must pass isSpeakerPhrase (pronoun, mention, name, or role noun), the
 * cue must be in the lexicon, and verbs such as "added" or "told" need a that-clause.
 */
import type { Span } from '../../model/doc.ts';
import { CONFIDENCE } from './confidence.ts';
import { isAccordingTo, isVerbalCueForm, matchCue, TELL_FORMS, type CueMatch } from './cues.ts';
import { isPunct, isTerminator, isWord, isCapitalized, type Tok } from './lex.ts';
import { isNegation, isNominal, isPronoun, isSpeakerPhrase, rangeSpan, skipAuxForward, skipAuxNegForward, speakerAfter, speakerBefore, subjectAt, type SpeakerContext, type TokRange } from './speaker-phrase.ts';

export interface ReportedSpeech {
  /** The reported clause; two parts when an attribution sits in its middle ("Iran, according to X, has …"). */
  contentSpans: Span[];
  /** Null only for a question put by someone unnamed ("Asked whether he would run, Trump said …"). */
  speaker: Span | null;
  cue: Span;
  confidence: number;
  /** Token where the content stopped before another attribution may start (", adding that …"), or -1. */
  next: number;
  /** Read by a learned cue (learned-cues.ts), not by the rules. */
  learned?: true;
}

/** Words that may stand between a cue and its "that" ("declared this week that", "said in a statement that"). */
const ADJUNCTS = new Set([
  'this', 'last', 'next', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night',
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'repeatedly', 'publicly', 'privately',
  'again', 'also', 'on', 'in', 'at', 'during', 'a', 'an', 'the', 'statement', 'interview', 'speech', 'press',
  'conference', 'news', 'briefing', 'letter', 'post', 'tweet', 'message', 'hearing', 'meeting', 'call', 'then',
  'however', 'too', 'further', 'first', 'once', 'and', 'here', 'afterwards', 'afterward',
]);
/** Forms of asking for anonymity: "who asked not to be named", "asking not to be identified", "requested anonymity". */
const ASK_FORMS = new Set(['ask', 'asks', 'asked', 'asking', 'request', 'requests', 'requested', 'requesting']);
const UNNAMED = new Set(['named', 'identified', 'quoted', 'mentioned']);

/**
 * Whether the cue at token c asks for the speaker's anonymity, which reports nothing: "an official, who asked
 * not to be named, said …", "a union official said, asking not to be identified", "requested anonymity".
 */
export function asksAnonymity(toks: Tok[], c: number): boolean {
  if (!ASK_FORMS.has(toks[c].norm)) return false;
  const w = (k: number) => (isWord(toks[c + k]) ? toks[c + k].norm : '');
  if (w(1) === 'anonymity' || (w(1) === 'for' && w(2) === 'anonymity')) return true;
  return w(1) === 'not' && w(2) === 'to' && w(3) === 'be' && UNNAMED.has(w(4));
}

/** What one says that reports nothing: "said goodbye", "say farewell to". */
export const GREETINGS: ReadonlySet<string> = new Set(['goodbye', 'hello', 'sorry', 'thanks', 'farewell', 'grace']);
/** Words a reported clause does not start with: "said in", "argued for", "said on Tuesday". */
const NOT_A_CLAUSE_START = new Set([
  'in', 'on', 'at', 'during', 'after', 'before', 'to', 'for', 'with', 'by', 'from', 'into', 'over', 'as', 'while', 'about',
  'when', 'so', 'and', 'or', 'but', 'nothing', 'anything', 'something', 'yes', 'no', ...GREETINGS,
  'him', 'her', 'them', 'me', 'us', 'otherwise', 'little',
  // "Talarico conceded shortly before midnight."
  'shortly', 'soon',
  // A clause does not start with a finite verb: "the deal, which Smith said was dead".
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can',
  'may', 'might', 'must', 'did', 'does', 'do',
]);
const CLAUSE_INTRODUCERS = new Set(['that', 'whether', 'if']);
/** Words that open an indirect question right after its cue or object ("asked why …", "explained how …"). */
const WH_WORDS = new Set(['why', 'how', 'what', 'who', 'whom', 'where']);
/** Prepositions after which a one-word judgement cue is a participle, not a verb with its object. */
const PARTICIPLE_PREPOSITIONS = new Set(['for', 'by', 'in', 'at', 'on', 'with', 'from', 'over', 'about', 'after', 'during']);
/** Words after a noun such as "attacks" or "supports" that show it is no verb: "attacks on …", "supports of". */
const BOUNDARY_WORDS = new Set(['of', 'against', 'from', 'are', 'were', 'have', 'had', 'that', 'which', 'who', 'and', 'or', 'but']);
/** Relative pronouns whose clause may hold an attribution ("which officials said will …"). */
const RELATIVES = new Set(['which', 'who', 'that']);
/** Finite verbs that continue a relative clause after its attribution. */
const FINITE = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must']);
/** Words that do not end a reported clause cut before another attribution ("…, while"). */
const TRAILING_JOINERS = new Set(['and', 'but', 'or', 'while', 'whilst', 'whereas', 'as']);
/** A speaker after one of these is in a subordinate clause, whose reported content ends at its comma. */
const SUBORDINATORS = new Set([
  'while', 'whilst', 'although', 'though', 'after', 'before', 'when', 'as', 'because', 'since', 'if', 'unless', 'once',
]);
const MAX_OBJECT = 5;
const MIN_CONTENT_WORDS = 2;

/** The text span of tokens [start, end). */
export function span(toks: Tok[], start: number, end: number): Span {
  return { start: toks[start].start, end: toks[end - 1].end };
}

/** [start, end) with trailing stops and commas removed; null when fewer than `min` words remain. */
export function clause(toks: Tok[], start: number, end: number, min = MIN_CONTENT_WORDS): Span | null {
  let e = end;
  while (e > start && (isTerminator(toks[e - 1]) || isPunct(toks[e - 1], ',:') || toks[e - 1].kind === 'dash' ||
    (isWord(toks[e - 1]) && TRAILING_JOINERS.has(toks[e - 1].norm)))) e--;
  let s = start;
  while (s < e && isPunct(toks[s], ',:')) s++;
  let words = 0;
  for (let k = s; k < e && words < min; k++) if (isWord(toks[k])) words++;
  return words >= min ? span(toks, s, e) : null;
}

/**
 * "While Obama said the war would end, U.S. forces …": the content of a subordinate clause stops at
 * the first comma outside quotation marks, or one that closes them.
 */
function endAtComma(toks: Tok[], content: Span): Span | null {
  let inQuote = false;
  let first = -1;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.start < content.start) continue;
    if (t.end > content.end) break;
    if (first < 0) first = k;
    if (t.kind === 'mark') inQuote = !inQuote;
    else if (!inQuote && isPunct(t, ',')) return clause(toks, first, k);
    // (A comma inside a closing mark ends it too: "who said the goal was to make Obama a “one-term president,” did not …".)
    else if (inQuote && isPunct(t, ',') && toks[k + 1]?.kind === 'mark' && toks[k + 1].end <= content.end) return clause(toks, first, k + 2);
  }
  return content;
}

/** "Sanders, who blasts free trade, spoke …": a speaker that is a relative pronoun set off by a comma. */
function inRelativeClause(toks: Tok[], sp: TokRange): boolean {
  if (sp.end === sp.start + 1 && RELATIVES.has(toks[sp.start].norm) && sp.start > 0 && isPunct(toks[sp.start - 1], ',')) return true;
  // "McDonald, whose party supports Irish unity, said …": a speaker right after ", whose".
  return sp.start > 1 && toks[sp.start - 1].norm === 'whose' && isPunct(toks[sp.start - 2], ',');
}

/** Index of the first word after time and place adjuncts from `from` ("on Friday", "in a statement,"), or -1. */
function afterAdjuncts(toks: Tok[], from: number): number {
  let k = from;
  if (toks[k] && DETERMINERS.has(toks[k].norm)) return k; // "said the deal …": no adjunct
  for (;;) {
    while (k < toks.length && k < from + 6 && ((isWord(toks[k]) && (ADJUNCTS.has(toks[k].norm) || WEEKDAYS.has(toks[k].norm)) && !opensQuantity(toks, k)) || isPunct(toks[k], ','))) {
      // A determiner belongs to the adjunct only before its noun ("in a statement", "the same day"); "said on Friday the
      // deal …" and "said on Monday the first jets …" are the clause.
      if (k > from && DETERMINERS.has(toks[k].norm) && !(ADJUNCT_NOUNS.has(toks[k + 1]?.norm) || BEFORE_THAT.has(toks[k + 1]?.norm) ||
        (SAME_DAY.has(toks[k + 1]?.norm) && ADJUNCT_NOUNS.has(toks[k + 2]?.norm)))) break;
      if (k > from && DETERMINERS.has(toks[k].norm) && SAME_DAY.has(toks[k + 1]?.norm)) k++;
      k++;
    }
    // "said on X he was …", "said in Kyiv they would …": the medium or place a preposition names, before a subject pronoun.
    const j = k < toks.length && k > from && isWord(toks[k - 1]) && MEDIUM_PREPOSITIONS.has(toks[k - 1].norm) ? capitalizedRunEnd(toks, k) : k;
    if (j === k || !isWord(toks[j]) || !(PRONOUNS.has(toks[j].norm) || ADJUNCTS.has(toks[j].norm) || isPunct(toks[j], ','))) break;
    k = j;
  }
  return k < toks.length && isWord(toks[k]) ? k : -1;
}
/** Nouns of time and occasion in adjuncts after a determiner ("in a statement", "the same day"). */
const ADJUNCT_NOUNS = new Set(['week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night', 'day', 'statement', 'interview', 'speech',
  'press', 'conference', 'news', 'briefing', 'letter', 'post', 'tweet', 'message', 'hearing', 'meeting', 'call']);
/** Words that introduce a title in quotation marks inside an adjunct ("a report titled “…”"). */
const TITLE_NAMERS = new Set(['titled', 'entitled', 'called', 'named', 'dubbed']);
/** "this month", "last week", "next year". */
const RELATIVE_TIME = new Set(['this', 'last', 'next']);
/** "the same day", "the next morning", "the following week". */
const SAME_DAY = new Set(['same', 'next', 'following', 'previous']);
/** Prepositions before the medium or place where something was said ("on X", "in Kyiv", "via Telegram"). */
const MEDIUM_PREPOSITIONS = new Set(['on', 'in', 'at', 'via', 'from']);
/** The end of up to three capitalised words from k (k itself when it is not capitalised). */
function capitalizedRunEnd(toks: Tok[], k: number): number {
  let j = k;
  while (j < k + 3 && isWord(toks[j]) && isCapitalized(toks[j]) && !PRONOUNS.has(toks[j].norm) && !WEEKDAYS.has(toks[j].norm)) j++;
  return j;
}
const DETERMINERS = new Set(['the', 'a', 'an']);
/** "at least 38 civilians", "at most": the "at" opens the clause's subject, not an adjunct. */
function opensQuantity(toks: Tok[], k: number): boolean {
  return toks[k].norm === 'at' && (toks[k + 1]?.norm === 'least' || toks[k + 1]?.norm === 'most');
}
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Weekdays and months: a capitalised adjunct after a cue ("said Tuesday,", "said in March,"). */
const DATE_WORDS = new Set([
  ...WEEKDAYS, 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december',
]);

/** The end of a short object after a cue ("told reporters", "told the Associated Press"): up to three words. */
function objectEnd(toks: Tok[], from: number): number {
  let k = from;
  while (k < toks.length && k < from + 4 && isWord(toks[k]) && !PRONOUNS.has(toks[k].norm) && !ADJUNCTS.has(toks[k].norm)) k++;
  if (k < toks.length && isWord(toks[k]) && (toks[k].norm === 'the' || toks[k].norm === 'a') && k === from) k = from + 2;
  return k;
}

/**
 * Where the clause after a cue that takes an object starts, -1 when none does: after an object of one to three
 * words (after "the" or "a"), the first place a that-clause or a clause with its own subject opens ("told the BBC
 * | her mother had …", "told the Irish Examiner | she had …", "told the BBC | Michael Howard has …", "told
 * reporters on Tuesday | he would …").
 */
export function clauseAfterObject(toks: Tok[], from: number): number {
  const head = isWord(toks[from]) && (toks[from].norm === 'the' || toks[from].norm === 'a') ? from + 1 : from;
  for (let j = head + 1; j <= head + 6 && j < toks.length; j++) {
    if (!isWord(toks[j - 1]) || PRONOUNS.has(toks[j - 1].norm) || COORDINATORS.has(toks[j - 1].norm)) return -1;
    const k = afterAdjuncts(toks, j);
    if (k < 0) continue;
    if (toks[k].norm === 'that' || PRONOUNS.has(toks[k].norm) || CONTRACTED_SUBJECT.test(toks[k].norm) ||
      subjectThenFinite(toks, k) || (possessiveHer(toks, k) && finiteWithin(toks, k + 1, 5))) return k;
    // A determiner opened a noun phrase that is no subject: no clause starts inside it ("told commissioners the
    // demand for … in Frisco has …" is not "Frisco has").
    if (NOUN_PHRASE_OPENERS.has(toks[k].norm) && toks[k - 1].norm !== 'of') return -1;
  }
  return -1;
}

/**
 * A subject opening at k (a determiner, a possessive, a capitalised word or "there") and its finite verb within eight
 * words, with no pronoun or second determiner between ("Michael Howard has", "the residue may", not "Examiner she
 * had" or "News website the plan was").
 */
function subjectThenFinite(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || (NOT_A_CLAUSE_START.has(t.norm) && t.norm !== 'her') || MEDIA_HEADS.has(t.norm) ||
    !(NOUN_PHRASE_OPENERS.has(t.norm) || isCapitalized(t) || t.norm === 'there')) return false;
  let limit = k + 8;
  for (let j = k + 1; j < toks.length && j <= limit; j++) {
    // "told the court Pritchard, who denies the charges, had lied": a relative clause between commas after a name.
    if (opensNameRelative(toks, j)) {
      const close = commaWithin(toks, j + 2, 14);
      if (close < 0) return false;
      limit += close - j;
      j = close;
      continue;
    }
    if (!isWord(toks[j])) return false;
    if (FINITE.has(toks[j].norm) || pastThenComplement(toks, k, j)) return true;
    if (PRONOUNS.has(toks[j].norm) || (NOUN_PHRASE_OPENERS.has(toks[j].norm) && toks[j - 1].norm !== 'of')) return false;
    // "told BBC Radio 4's Today programme Mr Blair had …": the object's medium ends before the subject.
    if (MEDIA_HEADS.has(toks[j].norm) && !FINITE.has(toks[j + 1]?.norm ?? '')) return false;
  }
  return false;
}
/**
 * "told reporters the agency hoped to …", "told the BBC the company wanted a …": a past form after the subject's
 * noun (not right after its determiner: "the injured man"), before what a verb takes ("to", "that", a determiner or
 * a pronoun), is the subject's verb.
 */
function pastThenComplement(toks: Tok[], k: number, j: number): boolean {
  const w = toks[j].norm;
  if (!w.endsWith('ed') || w.length < 5 || (j === k + 1 && !isCapitalized(toks[k]))) return false;
  const next = toks[j + 1];
  return isWord(next) && (next.norm === 'to' || next.norm === 'that' || NOUN_PHRASE_OPENERS.has(next.norm) || PRONOUNS.has(next.norm));
}

/** Whether the comma at token j opens a relative clause after a name: "Pritchard, who …", "Bogdanovic, which …". */
function opensNameRelative(toks: Tok[], j: number): boolean {
  return isPunct(toks[j], ',') && isCapitalized(toks[j - 1]) && (toks[j + 1]?.norm === 'who' || toks[j + 1]?.norm === 'which');
}

/** Index of the first comma in toks[from, from + n) before any other punctuation, or -1. */
function commaWithin(toks: Tok[], from: number, n: number): number {
  for (let j = from; j < toks.length && j < from + n; j++) {
    if (isPunct(toks[j], ',')) return j;
    if (!isWord(toks[j])) return -1;
  }
  return -1;
}
/** Heads of the object that names where something was told ("programme", "website"), which the clause follows. */
const MEDIA_HEADS = new Set(['programme', 'program', 'show', 'website', 'newspaper', 'paper', 'radio', 'channel', 'station', 'magazine', 'podcast', 'conference', 'briefing']);

/** A finite verb within n words from k, with no punctuation between. */
function finiteWithin(toks: Tok[], k: number, n: number): boolean {
  for (let j = k; j < toks.length && j < k + n && isWord(toks[j]); j++) if (FINITE.has(toks[j].norm)) return true;
  return false;
}

/**
 * "said Tuesday," / "said in an interview," : index of the comma after a few adjunct words, or -1. A name right
 * after the cue is no adjunct but the start of the clause ("said Trump, despite his wealth, is …").
 */
function adjunctsThenComma(toks: Tok[], from: number): number {
  if (isWord(toks[from]) && isCapitalized(toks[from]) && !ADJUNCTS.has(toks[from].norm) && !DATE_WORDS.has(toks[from].norm)) return -1;
  for (let k = from; k < toks.length && k < from + 5; k++) {
    if (isPunct(toks[k], ',')) return k > from ? k : -1;
    // ("said on November 9th,": a day after its month.)
    const day = /^\d{1,2}(?:st|nd|rd|th)?$/.test(toks[k].norm) && k > from && DATE_WORDS.has(toks[k - 1].norm);
    if (!isWord(toks[k]) || !(ADJUNCTS.has(toks[k].norm) || isCapitalized(toks[k]) || day)) return -1;
  }
  return -1;
}

/** Words that open a subordinate clause, which a main clause must follow. */
const SUBORDINATE_OPENERS = new Set(['though', 'although', 'while', 'whereas', 'if', 'unless', 'because', 'since', 'when', 'once']);

/** Words that may follow a trailing attribution's cue before the sentence ends ("…, the ministry said in a statement on Monday."). */
const TRAILING_ADJUNCTS = new Set([...ADJUNCTS, 'its', 'his', 'her', 'their', 'website', 'email', 'report', 'filing']);

/** Whether only such adjuncts (or capitalised words: "on Monday") stand between `from` and the sentence's end. */
function adjunctsThenEnd(toks: Tok[], from: number): boolean {
  for (let k = from; k < from + 7; k++) {
    if (k === toks.length || isTerminator(toks[k])) return k > from;
    if (!isWord(toks[k]) || !(TRAILING_ADJUNCTS.has(toks[k].norm) || isCapitalized(toks[k]))) return false;
  }
  return false;
}

/**
 * Whether a cue that takes an object ends the sentence with it, times or a place after it allowed: "…, Powell told
 * reporters.", "…, the minister told parliament on Tuesday.", "…, she told a news conference in Geneva.".
 */
function objectThenEnd(toks: Tok[], m: CueMatch): boolean {
  // (A cue of more than one word takes what it says as its object: "warned against proposed changes".)
  if (!m.info.takesObject || m.end - m.start !== 1 || !isWord(toks[m.end])) return false;
  const k = objectEnd(toks, m.end);
  if (k === m.end) return false;
  // ("…, Britain urged other donors to contribute.": an object and its infinitive.)
  for (let j = m.end; j <= k && j < toks.length; j++) if (FINITE.has(toks[j].norm) || isVerbalCueForm(toks[j].norm) || toks[j].norm === 'to') return false;
  return k === toks.length || isTerminator(toks[k]) || adjunctsThenEnd(toks, k) || prepositionalTail(toks, k) || adjunctsThenTail(toks, k);
}

/** Prepositions that open a place, medium or occasion after a trailing attribution's cue ("said in a video message to the convention."). */
const TAIL_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'from', 'after', 'before', 'via', 'through', 'outside', 'inside', 'aboard']);
/** Words that make what follows a cue a clause of its own rather than a prepositional phrase. */
const CLAUSE_WORDS = new Set([...FINITE, 'that', 'he', 'she', 'they', 'it', 'we', 'i', 'be', 'been', 'did', 'does', 'do', 'not']);

/**
 * Whether a prepositional phrase runs from `from` to the sentence's end with no verb, pronoun or comma in it (at most
 * MAX_TAIL_PHRASE tokens): the cue before it ends a trailing attribution.
 */
function prepositionalTail(toks: Tok[], from: number): boolean {
  if (!isWord(toks[from]) || !TAIL_PREPOSITIONS.has(toks[from].norm) || opensQuantity(toks, from)) return false;
  for (let k = from + 1; k < toks.length && k <= from + MAX_TAIL_PHRASE; k++) {
    const t = toks[k];
    if (isTerminator(t)) return k === toks.length - 1 && k > from + 1;
    if (!isWord(t) || CLAUSE_WORDS.has(t.norm) || CONTRACTED_SUBJECT.test(t.norm) || isVerbalCueForm(t.norm)) return false;
  }
  return false;
}
const MAX_TAIL_PHRASE = 16;
/** "…, CEO Sam Altman said last month at the company's DevDay event in San Francisco.": times, then such a phrase. */
function adjunctsThenTail(toks: Tok[], from: number): boolean {
  const k = afterAdjuncts(toks, from);
  if (k <= from) return false;
  for (let j = from + 1; j <= k; j++) if (prepositionalTail(toks, j)) return true;
  return false;
}

/**
 * Words that open the narration's own clause after a trailing attribution ("…, the agency said on Monday, as
 * reservoirs fell …", "…, officials said, adding …"), not the rest of a clause the attribution interrupted
 * ("The museum, Mr. Obama said, would make …").
 */
const NARRATION_OPENERS = new Set([...SUBORDINATORS, 'amid', 'despite', 'following', 'citing', 'less', 'just', 'barely', 'ahead', 'days', 'weeks', 'hours']);

/** Words of an occasion that may also stand between a cue and its "that" ("said after a lunch on Tuesday that"). */
const BEFORE_THAT = new Set(['after', 'before', 'following', 'with', 'lunch', 'dinner', 'breakfast', 'rally', 'event', 'visit', 'forum', 'debate', 'appearance', 'session', 'town', 'hall', 'campaign', 'stop', 'radio', 'television', 'show', 'program',
  // Media one writes or speaks in ("wrote in a blog post that", "said in a video on social media that").
  'blog', 'column', 'essay', 'article', 'podcast', 'newsletter', 'memo', 'video', 'broadcast', 'editorial', 'op-ed', 'social', 'media', 'book', 'memoir', 'testimony', 'filing', 'address', 'written', 'joint',
  // "said in a video posted on social media that"
  'posted', 'published', 'aired']);

/** Index of the "that" (or whether/if) that opens the clause after a cue, or -1. */
function thatAfter(toks: Tok[], from: number, takesObject: boolean): number {
  const limit = Math.min(toks.length, from + 1 + (takesObject ? MAX_OBJECT + 4 : 9));
  for (let k = from; k < limit; k++) {
    const t = toks[k];
    // (", who denies the charges," after a name is a relative clause: "told the court Pritchard, who …, had lied".)
    const relative = k > from + 1 && opensNameRelative(toks, k - 1);
    if (isWord(t) && (CLAUSE_INTRODUCERS.has(t.norm) || (WH_WORDS.has(t.norm) && (k === from || takesObject) && !relative))) return k;
    if (isWord(t) && (ADJUNCTS.has(t.norm) || BEFORE_THAT.has(t.norm) || SAME_DAY.has(t.norm) || ADJUNCT_NOUNS.has(t.norm) || isCapitalized(t) || takesObject)) continue;
    if (isPunct(t, ',')) continue;
    return phraseThenThat(toks, prepositionFrom(toks, from, k));
  }
  return phraseThenThat(toks, from);
}

/** The first preposition opening a phrase among the adjuncts in toks[from, to) ("said Thursday during …"), else `from`. */
function prepositionFrom(toks: Tok[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isWord(toks[k]) && TAIL_PREPOSITIONS.has(toks[k].norm)) return k;
  return from;
}

/**
 * The "that" after a prepositional phrase or a vote's score that follows the cue ("said in a filing with the
 * Securities and Exchange Commission that", "said in a note on Friday that", "ruled 6-3 that"): a phrase of
 * nouns, names and numbers, no verb, pronoun or comma in it (at most MAX_TAIL_PHRASE tokens); else -1.
 */
/** Prepositions inside such a phrase: "a filing with the SEC", "a report of the agency". */
const INNER_PREPOSITIONS_AFTER = new Set(['with', 'of', 'to', 'for', 'by', 'on', 'in', 'at', 'from']);

function phraseThenThat(toks: Tok[], from: number): number {
  const first = toks[from];
  if (!first) return -1;
  if (/^\d/.test(first.text)) {
    // A vote's score: "ruled 6-3 that".
    for (let k = from + 1; k < toks.length && k <= from + 3; k++) {
      if (isWord(toks[k]) && toks[k].norm === 'that') return /^\d+\s?[-–]\s?\d+$/.test(first.text + toks.slice(from + 1, k).map((t) => t.text).join('')) ? k : -1;
    }
    return -1;
  }
  if (!isWord(first) || !TAIL_PREPOSITIONS.has(first.norm)) return -1;
  for (let k = from + 1; k < toks.length && k <= from + MAX_TAIL_PHRASE; k++) {
    const t = toks[k];
    if (isWord(t) && t.norm === 'that') return k > from + 1 ? k : -1;
    // A place's parts and the comma before the clause: "during a town hall in Buffalo, New York, that …".
    if (isPunct(t, ',') && (isCapitalized(toks[k + 1]) || toks[k + 1]?.norm === 'that')) continue;
    // A title its naming word introduces: "in a report titled “Back on Track” that …".
    if (t.kind === 'mark' && isWord(toks[k - 1]) && TITLE_NAMERS.has(toks[k - 1].norm)) {
      let close = k + 1;
      while (close < toks.length && close <= k + 14 && toks[close].kind !== 'mark') close++;
      if (close >= toks.length || toks[close].kind !== 'mark') return -1;
      k = close;
      continue;
    }
    if (!isWord(t) || CLAUSE_WORDS.has(t.norm) || CONTRACTED_SUBJECT.test(t.norm) || isVerbalCueForm(t.norm)) return -1;
    // A time inside it: "on an earnings call this month that …".
    if (RELATIVE_TIME.has(t.norm) && ADJUNCT_NOUNS.has(toks[k + 1]?.norm ?? '')) {
      k++;
      continue;
    }
    // A determiner opens the phrase's noun only after a preposition: "on Friday the deal that …" is the clause.
    if (NOUN_PHRASE_OPENERS.has(t.norm) && !(isWord(toks[k - 1]) && (TAIL_PREPOSITIONS.has(toks[k - 1].norm) || INNER_PREPOSITIONS_AFTER.has(toks[k - 1].norm)))) return -1;
  }
  return -1;
}

/** Object pronouns that name a source after "according to" (resolved as "he", "she", "they"). */
const OBJECT_SOURCES = new Set(['him', 'her', 'them']);
/** Words "according to" may not be followed by as a source: a person's own words, or a plan ("according to plan"). */
const NOT_SOURCES = new Set(['me', 'him', 'her', 'us', 'them', 'you', 'plan', 'schedule', 'tradition', 'custom']);
/** Last words of what "according to" may name that is no source. */
const NOT_SOURCE_HEADS = new Set(['calendar', 'timetable', 'schedule', 'plan', 'tradition', 'custom', 'legend', 'rules']);
/** A longer source after "according to" ("a New York Times/CBS News poll released last week"): up to the next comma or stop. */
export function sourceAfterAccordingTo(toks: Tok[], i: number): TokRange | null {
  if (!toks[i] || !isWord(toks[i]) || NOT_SOURCES.has(toks[i].norm)) return null;
  let e = i;
  while (e < toks.length && e - i < 20 && (isWord(toks[e]) || isPunct(toks[e], '/') || isPunct(toks[e], '(') || isPunct(toks[e], ')'))) e++;
  if (e === i || e - i >= 20 || (e < toks.length && !isPunct(toks[e], ',') && !isTerminator(toks[e]) && toks[e].kind !== 'dash')) return null;
  // "according to the Hijri calendar", "according to the original timetable": a reckoning, not a source.
  if (NOT_SOURCE_HEADS.has(toks[e - 1].norm)) return null;
  return { start: i, end: e };
}

/**
 * Whether only conjunctions, commas and an opening bracket stand between the start of the clause and token i, the
 * clause starting at `from` or after a colon ("But, according to the poll, …", "(According to the police, …",
 * "It has not gone unnoticed: according to recent polls, …").
 */
function opensClause(toks: Tok[], from: number, i: number): boolean {
  let j = i - 1;
  while (j >= from && (isPunct(toks[j], ',(') || (isWord(toks[j]) && (COORDINATORS.has(toks[j].norm) || toks[j].norm === 'yet' || toks[j].norm === 'so')))) j--;
  return j < from || isPunct(toks[j], ':');
}

function accordingTo(toks: Tok[], ctx: SpeakerContext, from = 0): ReportedSpeech | null {
  const n = toks.length;
  for (let i = from; i < n - 2; i++) {
    if (!isAccordingTo(toks, i)) continue;
    // "According to him, …", "according to her.": a pronoun the speaker resolution reads as "he", "she", "they".
    const pronoun = isWord(toks[i + 2]) && OBJECT_SOURCES.has(toks[i + 2].norm) && (isPunct(toks[i + 3], ',') || isTerminator(toks[i + 3]));
    let sp = pronoun ? { start: i + 2, end: i + 3 } : speakerAfter(toks, i + 2, ctx);
    if (!sp || (sp.end < n && !isPunct(toks[sp.end], ',') && !isTerminator(toks[sp.end]) && toks[sp.end].kind !== 'dash')) sp = sourceAfterAccordingTo(toks, i + 2) ?? sp;
    if (!sp) continue;
    const cue = span(toks, i, i + 2);
    const after = toks[sp.end];
    const opensSentence = i === 0 || (i === 1 && isWord(toks[0])) || opensClause(toks, from, i);
    if (opensSentence && isPunct(after, ',')) {
      // "According to Rob Wood, chief UK economist at Pantheon Macroeconomics, markets were …": the source's job
      // between commas is no part of what it says.
      const job = jobAppositive(toks, sp.end);
      const content = clause(toks, job > 0 ? job + 1 : sp.end + 1, n, 3);
      if (content) return { contentSpans: [content], speaker: rangeSpan(toks, sp), cue, confidence: CONFIDENCE.indirectAccordingTo, next: -1 };
    }
    if (i > 0 && isPunct(toks[i - 1], ',')) {
      // "…, according to X." or, split by the attribution, "Iran, according to X, has enriched …".
      // (", a health policy research group." after the source describes it: no content.)
      const described = isPunct(after, ',') && describesSource(toks, sp.end);
      const rest = isPunct(after, ',') && !described ? clause(toks, sp.end + 1, n, 2) : null;
      const before = clause(toks, from, i - 1, rest ? 1 : 3);
      // (A dash after the source opens an aside of the article's: "…, according to X - half a point of …".)
      if (before && (rest || described || after === undefined || isTerminator(after) || after.kind === 'dash')) {
        return { contentSpans: rest ? [before, rest] : [before], speaker: rangeSpan(toks, sp), cue, confidence: CONFIDENCE.indirectAccordingTo, next: -1 };
      }
    } else if (i > from && !isPunct(toks[i - 1], ',:') && toks[i - 1].kind !== 'mark' && (after === undefined || isTerminator(after) || isPunct(after, ',') || after.kind === 'dash')) {
      // "Clinton leads Sanders by 271 delegates according to a count by The Associated Press, but …": no comma
      // before it; the content is what comes before, and what follows the source is the article's.
      const before = clause(toks, from, i, 3);
      if (before) return { contentSpans: [before], speaker: rangeSpan(toks, sp), cue, confidence: CONFIDENCE.indirectAccordingTo, next: -1 };
    }
  }
  return null;
}

/**
 * The first reported-speech pattern in a sentence's tokens, or null. `ctx` decides which phrases can
 * be speakers; `hasQuotedWords(span)` whether quoted words (not a mere term) lie in a span, which
 * evaluative cues ("slammed", "called") need.
 */
export function findReportedSpeech(
  toks: Tok[], ctx: SpeakerContext, hasQuotedWords: (content: Span) => boolean,
): ReportedSpeech[] {
  // "Asked whether he would run, Trump said …": the question, with no speaker, then the sentence.
  const question = askedOpening(toks);
  if (question) return [question.row, ...findReportedSpeech(toks.slice(question.next), ctx, hasQuotedWords)];
  const out: ReportedSpeech[] = [];
  // After the content of one attribution, the sentence may hold another ("Barkley, who said he votes
  // Democratic, said …", "She said A, but she said B"): the search goes on after it, a few times.
  for (let from = 0, round = 0; round < MAX_ATTRIBUTIONS && from < toks.length - 3; round++) {
    let first = firstReportedSpeech(toks, ctx, hasQuotedWords, from);
    // (A speaker inside what an earlier attribution reported is no speaker of a new one.)
    if (!first || (first.speaker && out.some((r) => r.contentSpans.some((c) => first!.speaker!.start < c.end && c.start < first!.speaker!.end)))) break;
    // "A government spokesperson said A and called on the BMA to …": the second verb's subject is the first's, whole
    // (read again from the sentence start, it had lost its last word: "A government").
    const prev = out[out.length - 1]?.speaker;
    if (prev && first.speaker && first.speaker.start === prev.start && first.speaker.end < prev.end) first = { ...first, speaker: prev };
    out.push(first);
    // "X said that A, adding that B" / "X said A and warned that B": more attributions of one speaker.
    for (let b = first.next, guard = 0; b >= 0 && b < toks.length && guard < 8; guard++) {
      const more = coordinatedAt(toks, b);
      if (!more) break;
      out.push({ ...more, speaker: first.speaker });
      b = more.next;
    }
    const last = out[out.length - 1];
    const end = Math.max(last.cue.end, last.contentSpans[last.contentSpans.length - 1].end);
    while (from < toks.length && toks[from].start < end) from++;
    // ", reaffirming its position": a participle after the content is the article's, unless
    // coordinatedAt read it above (", adding that …").
    if (isPunct(toks[from], ',') && isWord(toks[from + 1]) && toks[from + 1].norm.endsWith('ing')) break;
  }
  return out;
}
/** Attributions (not counting coordinated ones) read in one sentence. */
const MAX_ATTRIBUTIONS = 3;

/** The first word of a sentence after conjunctions and commas that open it ("But", "And yet,"), or -1. */
export function firstClauseWord(toks: Tok[]): number {
  let k = 0;
  while (k < toks.length && (isPunct(toks[k], ',') || (isWord(toks[k]) && (COORDINATORS.has(toks[k].norm) || toks[k].norm === 'yet' || toks[k].norm === 'so')))) k++;
  return k < toks.length ? k : -1;
}

/** Words that open the question after a sentence-initial "Asked" ("Asked whether …", "Asked about …"). */
const QUESTION_OPENERS = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'who', 'which', 'when', 'where']);

/**
 * "Asked whether he would run, Trump said …" / "Asked about the polls, she …": a sentence that opens
 * with a question put to its subject by someone unnamed. Returns the question as a row without a
 * speaker, and the token after its comma, or null.
 */
function askedOpening(toks: Tok[]): { row: ReportedSpeech; next: number } | null {
  if (toks.length < 5 || toks[0].norm !== 'asked' || !isCapitalized(toks[0])) return null;
  let k = 1;
  if (isWord(toks[k]) && ADJUNCTS.has(toks[k].norm)) k = afterAdjuncts(toks, k);
  if (k < 0 || !isWord(toks[k]) || !QUESTION_OPENERS.has(toks[k].norm)) return null;
  let inQuote = false;
  for (let e = k + 1; e < toks.length; e++) {
    if (toks[e].kind === 'mark') inQuote = !inQuote;
    else if (!inQuote && isPunct(toks[e], ',')) {
      const content = clause(toks, k, e, 2);
      if (!content) return null;
      return { row: { contentSpans: [content], speaker: null, cue: span(toks, 0, 1), confidence: CONFIDENCE.indirectBare, next: -1 }, next: e + 1 };
    }
    else if (isTerminator(toks[e])) return null;
  }
  return null;
}

/**
 * "when asked by a host if the revelations …", "Sanders was asked by John Dickerson whether …": a question put to
 * the sentence's subject, after "when"/"after"/"once" or a passive "was asked". The question (from its "whether",
 * "if", "why", "how", "what" or "about" to its first comma outside quotation marks) is the content, the asker after
 * "by" the speaker, or none.
 */
function askedQuestion(toks: Tok[], c: number, ctx: SpeakerContext): ReportedSpeech | null {
  if (toks[c].norm !== 'asked' || isCapitalized(toks[c]) || c === 0 || !isWord(toks[c - 1]) || !ASKED_AFTER.has(toks[c - 1].norm)) return null;
  let k = c + 1;
  let asker: TokRange | null = null;
  if (toks[k]?.norm === 'by') {
    asker = speakerAfter(toks, k + 1, ctx);
    if (!asker) return null;
    k = asker.end;
  }
  while (k < toks.length && k < c + 8 && isWord(toks[k]) && (ADJUNCTS.has(toks[k].norm) || DATE_WORDS.has(toks[k].norm) || toks[k].norm === 'specifically')) k++;
  if (!isWord(toks[k]) || !QUESTION_OPENERS.has(toks[k].norm) || toks[k].norm === 'which' || toks[k].norm === 'when') return null;
  let inQuote = false;
  let e = k + 1;
  for (; e < toks.length; e++) {
    if (toks[e].kind === 'mark') inQuote = !inQuote;
    else if (!inQuote && (isPunct(toks[e], ',') || isTerminator(toks[e]))) break;
  }
  const content = clause(toks, k, e, 2);
  return content ? { contentSpans: [content], speaker: asker ? rangeSpan(toks, asker) : null, cue: span(toks, c, c + 1), confidence: CONFIDENCE.indirectBare, next: -1 } : null;
}
/** Words before "asked" that make it a question put to the subject: "when asked", "was asked". */
const ASKED_AFTER = new Set(['when', 'after', 'once', 'if', 'was', 'were', 'been', 'being', 'is', 'are']);

/** Participles and conjunctions a coordinated attribution may start with, after its cue is found. */
const COORDINATORS = new Set(['and', 'but']);

/**
 * A cue form at token k that is a verb after "and"/"but": one that can only be a verb ("said", "warned"), or a
 * present-tense form before "that" ("but argues that …", "and insists that …").
 */
function isCoordinatedVerb(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (isVerbalCueForm(t.norm) || (t.norm.endsWith('s') && !isCapitalized(t) && toks[k + 1]?.norm === 'that')) return true;
  // After "did", "would not", "didn’t": any form is the verb ("but did not suggest").
  const before = toks[k - 1]?.norm === 'not' ? toks[k - 2] : toks[k - 1];
  return isWord(before) && VERB_AUXILIARIES.has(before.norm.replace('’', "'"));
}
/** Auxiliaries after which a cue's bare form is a verb. */
const VERB_AUXILIARIES = new Set(['did', 'does', 'do', "didn't", "doesn't", "don't", 'would', 'will', 'could', "wouldn't", "won't", "couldn't"]);

/** An attribution of the same speaker starting at token b (", adding that …", "and warned that …"), or null. */
/** Participles of saying, which report the clause after them with or without "that". */
const SAYING = new Set(['saying', 'adding', 'noting', 'arguing', 'insisting', 'stating', 'explaining', 'claiming', 'warning']);

function coordinatedAt(toks: Tok[], b: number): (Omit<ReportedSpeech, 'speaker'>) | null {
  let k = b;
  if (isPunct(toks[k], ',')) k++;
  // (“…,” adding that …: the comma stands inside the closing mark before b.)
  const afterQuotedComma = k === b && toks[b - 1]?.kind === 'mark' && isPunct(toks[b - 2], ',');
  const conjunction = toks[k] !== undefined && isWord(toks[k]) && COORDINATORS.has(toks[k].norm);
  if (conjunction) k++;
  else if (k === b && !afterQuotedComma) return null; // neither a comma nor a conjunction
  // "… but did not suggest it would be Trump": a negated cue, kept in the cue span.
  const verbFrom = k;
  k = skipAuxNegForward(toks, k);
  const negated = toks.slice(verbFrom, k).some(isNegation);
  const m = matchCue(toks, k, 'indirect');
  if (!m || m.info.quotedOnly || !isCoordinatedVerb(toks, k)) return null;
  // After a bare comma only a participle continues the attribution (", adding that …").
  if (!conjunction && !toks[k].norm.endsWith('ing')) return null;
  const forward = contentAfterCue(toks, m);
  // Only a that-clause, a colon or quoted words: "…, reaffirming Tehran’s position" reports no speech.
  const opener = forward && toks.find((t) => t.start === forward.content.start);
  // (A participle of saying itself reports whatever clause follows: ", saying 10 of the 12 members voted for the cut".)
  if (!forward || !opener || !(CLAUSE_INTRODUCERS.has(opener.norm) || PRONOUNS.has(opener.norm) || opener.kind === 'mark' ||
    isPunct(toks[m.end], ':') || (m.info.takesInfinitive && opener.norm === 'to') || (!conjunction && SAYING.has(toks[k].norm)) ||
    // ", urging lawmakers to meet the deadline": an object and its infinitive.
    // (Not "asking not to be identified".)
    (m.info.takesInfinitive && m.info.takesObject && opener.start === toks[m.end].start && !isNegation(opener) && objectThenInfinitive(toks, m.end)))) return null;
  // (What follows the quote's attribution may run on to the next sentence: the content ends at its stop.)
  let content = forward.content;
  const stop = toks.find((t) => t.start > content.start && t.end < content.end && isTerminator(t));
  if (stop) content = { start: content.start, end: toks[toks.indexOf(stop) - 1].end };
  return { contentSpans: [content], cue: span(toks, negated ? verbFrom : m.start, m.end), confidence: forward.confidence, next: stop ? -1 : forward.next };
}

/**
 * ", citing low growth" / ", referring to the convention" / ", adding that …" after the attribution
 * of a direct quote (“…,” he said, citing …): a participle cue of the same speaker at token b (a
 * comma), with what it introduces up to the clause end. Null when there is none.
 */
export function participleTail(toks: Tok[], b: number): { content: Span; cue: Span; confidence: number } | null {
  if (!isPunct(toks[b], ',') || !isWord(toks[b + 1]) || !toks[b + 1].norm.endsWith('ing')) return null;
  const m = matchCue(toks, b + 1, 'indirect');
  if (!m) return null;
  const cue = span(toks, m.start, m.end);
  if (m.info.judges) {
    const end = clauseEnd(toks, m.end);
    const content = clause(toks, m.end, end, 1);
    return content ? { content, cue, confidence: CONFIDENCE.judgement } : null;
  }
  const more = coordinatedAt(toks, b);
  return more ? { content: more.contentSpans[0], cue: more.cue, confidence: more.confidence } : null;
}

/**
 * "called him a liar", "calls herself a centrist", "described the plan as reckless": a verb of naming with an
 * object pronoun and what it is called, or with an object and "as", is a judgement without quoted words.
 */
function namesAs(toks: Tok[], m: CueMatch): boolean {
  if (m.end !== m.start + 1) return false;
  const verb = toks[m.start].norm;
  const object = toks[m.end];
  if (CALL_FORMS.has(verb)) {
    const complement = toks[m.end + 1];
    return isWord(object) && OBJECT_PRONOUNS.has(object.norm) && isWord(complement) && !NOT_A_CLAUSE_START.has(complement.norm) &&
      !PARTICLES.has(complement.norm) && !isCapitalized(complement);
  }
  if (!DESCRIBE_FORMS.has(verb) || !isWord(object) || (NOT_A_CLAUSE_START.has(object.norm) && !OBJECT_PRONOUNS.has(object.norm))) return false;
  for (let k = m.end + 1; k < toks.length && k <= m.end + 6 && isWord(toks[k]); k++) if (toks[k].norm === 'as') return k + 1 < toks.length && isWord(toks[k + 1]);
  return false;
}
const CALL_FORMS = new Set(['call', 'calls', 'called', 'calling']);
const DESCRIBE_FORMS = new Set(['describe', 'describes', 'described', 'describing']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'himself', 'herself', 'themselves', 'itself', 'me', 'us', 'myself', 'ourselves']);
/** Words after "called him" that make it a call, not a name: "called him back", "called her up", "called it off". */
const PARTICLES = new Set(['back', 'up', 'off', 'out', 'over', 'down', 'again', 'later', 'last', 'first', 'then', 'twice', 'once', 'repeatedly', 'personally', 'directly', 'immediately']);

/**
 * ", a Democratic pollster at Emory University." from token k (a comma): an appositive that runs to the sentence's
 * end, opened by a determiner or a lower-case noun, with no participle clause or cue of its own in it.
 */
function appositiveToEnd(toks: Tok[], k: number): boolean {
  if (!isPunct(toks[k], ',') || !isWord(toks[k + 1])) return false;
  const first = toks[k + 1];
  // ", who asked not to be named.", ", who spoke on condition of anonymity.": a relative clause on the speaker.
  if (first.norm === 'who') return toks.slice(k + 2).every((t, j, rest) => (j === rest.length - 1 ? isTerminator(t) : t.kind !== 'mark' && t.kind !== 'dash' && !isTerminator(t)));
  if (isParticiple(first) || NARRATION_OPENERS.has(first.norm) || COORDINATORS.has(first.norm) || RELATIVES.has(first.norm)) return false;
  for (let j = k + 1; j < toks.length; j++) {
    const t = toks[j];
    if (isTerminator(t)) return j === toks.length - 1;
    if (t.kind === 'mark' || t.kind === 'dash' || (isWord(t) && isVerbalCueForm(t.norm))) return false;
  }
  return true;
}

/**
 * ", chief UK economist at Pantheon Macroeconomics," from token k (a comma): a person's job set off by commas, lower-case
 * words or an article ending in a noun for a person, then an organisation after "at", "of" or "for" (at most ten
 * tokens, no verb); the index of the closing comma, or -1.
 */
function jobAppositive(toks: Tok[], k: number): number {
  const first = toks[k + 1];
  if (!isWord(first) || isCapitalized(first) || isPronoun(first.norm)) return -1;
  let head = '';
  for (let j = k + 1; j < toks.length && j <= k + 11; j++) {
    const t = toks[j];
    if (isPunct(t, ',')) return isNominal(head) && j > k + 1 ? j : -1;
    if (!isWord(t) || CLAUSE_WORDS.has(t.norm) || isVerbalCueForm(t.norm)) return -1;
    if (!head && (t.norm === 'at' || t.norm === 'of' || t.norm === 'for') && j > k + 1) head = toks[j - 1].norm;
    else if (!head && !isWord(toks[j + 1])) head = t.norm;
  }
  return -1;
}

/**
 * ", a health policy research group." from token k (a comma): a noun phrase describing a source, to the sentence's
 * end: an article first, and no verb or pronoun of a clause in it. Or a relative clause or a participle of
 * publishing, to the end with no other comma: ", whose annual budget was published last week.", ", published on
 * Wednesday.", ", which cut rates on Tuesday."; or the source's name after its description.
 */
function describesSource(toks: Tok[], k: number): boolean {
  // ", Kang Hoon-sik.": the source's name after its description.
  let name = k + 1;
  while (name < toks.length && isWord(toks[name]) && isCapitalized(toks[name])) name++;
  if (name > k + 1 && name === toks.length - 1 && isTerminator(toks[name])) return true;
  if (isWord(toks[k + 1]) && SOURCE_CLAUSE_OPENERS.has(toks[k + 1].norm)) {
    for (let j = k + 2; j < toks.length; j++) {
      const t = toks[j];
      if (isTerminator(t)) return j === toks.length - 1;
      if (t.kind === 'mark' || t.kind === 'dash' || isPunct(t, ',;:')) return false;
    }
    return true;
  }
  if (!isWord(toks[k + 1]) || !['a', 'an', 'the'].includes(toks[k + 1].norm)) return false;
  for (let j = k + 2; j < toks.length; j++) {
    const t = toks[j];
    if (isTerminator(t)) return j === toks.length - 1;
    if (t.kind === 'mark' || t.kind === 'dash' || isPunct(t, ',') || (isWord(t) && (CLAUSE_WORDS.has(t.norm) || isVerbalCueForm(t.norm)))) return false;
  }
  return true;
}

/** Words opening a clause that describes a source: relative pronouns, participles of publishing. */
const SOURCE_CLAUSE_OPENERS = new Set(['which', 'whose', 'who', 'published', 'released', 'issued', 'compiled', 'based', 'conducted', 'carried', 'known']);

/** A lower-case -ing word that opens a participle clause (", claiming that …"). */
function isParticiple(t: Tok | undefined): boolean {
  return isWord(t) && t.norm.endsWith('ing') && t.norm.length > 5 && !NOT_PARTICIPLES.has(t.norm) && !isCapitalized(t);
}

/** Words joining the last item of a list. */
const LIST_JOINS = new Set(['and', 'or']);

/** Words ending in -ing that do not start a participle clause. */
const NOT_PARTICIPLES = new Set([
  'including', 'according', 'during', 'following', 'regarding', 'concerning', 'something', 'nothing', 'anything',
  'everything', 'thing', 'things', 'king', 'morning', 'evening', 'spring', 'building', 'meeting', 'bring', 'string',
]);

/**
 * Where a reported clause that starts at token `from` ends: before ", <participle>" (", telling
 * reporters …"), before "and/but <cue>" ("and warned that …") or ", but <pronoun>", outside quotation
 * marks; else at the sentence end. Annotated attribution corpora end the content there.
 */
export function clauseEnd(toks: Tok[], from: number): number {
  const { kind, next } = breaksOf(toks);
  const k = from + 2 < toks.length ? next[from + 2] : toks.length;
  if (k >= toks.length) return toks.length;
  return kind[k] === 2 && isPunct(toks[k - 1], ',') ? k - 1 : k;
}

/**
 * A participle phrase set off by commas inside the clause's subject, whose verb follows the second comma: "the name Te
 * Kaha, meaning strength, had “never been more fitting”" (the clause goes on).
 */
function participleAside(toks: Tok[], comma: number): boolean {
  for (let j = comma + 2; j < toks.length && j <= comma + 6; j++) {
    if (isPunct(toks[j], ',')) return isWord(toks[j + 1]) && FINITE.has(toks[j + 1].norm);
    if (!isWord(toks[j])) return false;
  }
  return false;
}

/**
 * breaks[k] = 1 when a reported clause ends before token k (a comma opening a participle or ", but
 * he"), 2 when it ends before a coordinated cue at k ("and warned"); computed once per sentence, with
 * quotation marks counted from the sentence start, so each lookup is a forward scan to the next break.
 */
const breakCache = new WeakMap<Tok[], { kind: Uint8Array; next: Int32Array }>();
function breaksOf(toks: Tok[]): { kind: Uint8Array; next: Int32Array } {
  const cached = breakCache.get(toks);
  if (cached) return cached;
  const breaks = new Uint8Array(toks.length);
  let inQuote = false;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    if (t.kind === 'mark') {
      inQuote = !inQuote;
      // "that he has “expanded the Republican party,” claiming that …": the comma inside the closing mark.
      if (!inQuote && isPunct(toks[k - 1], ',') && isParticiple(toks[k + 1])) breaks[k + 1] = 1;
      continue;
    }
    if (inQuote) continue;
    const next = toks[k + 1];
    if (isPunct(t, ',') && next && isWord(next)) {
      // (Not an item of a list: "developed depression, eating disorders and sleep deprivation".)
      const listItem = isWord(toks[k + 2]) && /^\p{Ll}+s$/u.test(toks[k + 2].text) && (LIST_JOINS.has(toks[k + 3]?.norm ?? '') || isPunct(toks[k + 3], ','));
      if (isParticiple(next) && !listItem && !participleAside(toks, k)) breaks[k] = 1;
      else if (next.norm === 'but' && toks[k + 2] && isWord(toks[k + 2]) && PRONOUNS.has(toks[k + 2].norm)) breaks[k] = 1;
    }
    // "called the merger “a terrible deal” and ranked Fiorina …": a second past-tense verb after
    // quoted words starts the article's own clause.
    if (isWord(t) && t.norm === 'and' && k > 0 && toks[k - 1].kind === 'mark' && isWord(toks[k + 1]) && toks[k + 1].norm.endsWith('ed') &&
        !isCapitalized(toks[k + 1]) && isWord(toks[k + 2]) && (isCapitalized(toks[k + 2]) || OBJECT_OPENERS.has(toks[k + 2].norm))) breaks[k] = 1;
    // "…, while 22 percent said they might …", "…, compared with four in 10 who said …": a contrast whose
    // own clause holds a cue within a few words is another attribution.
    if (isWord(t) && (CONTRASTS.has(t.norm) || (t.norm === 'compared' && (toks[k + 1]?.norm === 'with' || toks[k + 1]?.norm === 'to')))) {
      // (A verb that reports only around quoted words counts after a name of its own: "…, while Senate Minority Leader
      // Chuck Schumer (D-N.Y.) accused Republicans of trying to “…”"; a bracket after the name is read over.)
      let named = false;
      for (let c = k + 1; c < toks.length && c <= k + 12; c++) {
        if (isPunct(toks[c], '(')) {
          let e = c + 1;
          while (e < toks.length && e < c + 6 && !isPunct(toks[e], ')')) e++;
          if (!isPunct(toks[e], ')')) break;
          c = e;
          continue;
        }
        if (!isWord(toks[c])) break;
        if (isCapitalized(toks[c])) named = true;
        const m = isVerbalCueForm(toks[c].norm) ? matchCue(toks, c, 'indirect') : null;
        if (m && (!m.info.quotedOnly || named) && c <= k + 8 + (named ? 4 : 0)) { breaks[k] = 2; break; }
      }
    }
    if (isWord(t) && COORDINATORS.has(t.norm)) {
      // "… and they say that …", "but he said …": a subject pronoun of its own opens another attribution.
      // So does a name of up to five capitalised words ("…, and Cruz said he would stay", "and Climate Action Network Europe called it …").
      let own = isWord(toks[k + 1]) && PRONOUNS.has(toks[k + 1].norm) ? 1 : 0;
      if (!own) while (own < 5 && isWord(toks[k + 1 + own]) && isCapitalized(toks[k + 1 + own])) own++;
      const c = skipAuxNegForward(toks, k + 1 + own);
      const m = toks[c] && isCoordinatedVerb(toks, c) ? matchCue(toks, c, 'indirect') : null;
      // (A verb that reports only around quoted words, "called it a …", ends the clause when it has a subject of its own.)
      if (m && (!m.info.quotedOnly || (own > 0 && toks[k - 1] !== undefined && isPunct(toks[k - 1], ',')))) breaks[k] = 2;
      // ", and his ambassador to Nato, Matthew Whitaker, told …": after a comma, a noun phrase of its own (a determiner,
      // a few words, a name between commas) and a cue.
      else if (isPunct(toks[k - 1], ',') && isWord(toks[k + 1]) && SUBJECT_DETERMINERS.has(toks[k + 1].norm) && subjectThenCue(toks, k + 2)) breaks[k] = 2;
    }
  }
  // next[k]: the first break at or after k (toks.length when none).
  const next = new Int32Array(toks.length + 1);
  next[toks.length] = toks.length;
  for (let k = toks.length - 1; k >= 0; k--) next[k] = breaks[k] ? k : next[k + 1];
  const out = { kind: breaks, next };
  breakCache.set(toks, out);
  return out;
}
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** A participle cue after a comma between token `from` and the first quotation mark before `end` (", calling"). */
function nearerCueBeforeQuote(toks: Tok[], from: number, end: number): CueMatch | null {
  for (let j = from + 1; j < end && toks[j].kind !== 'mark'; j++) {
    if (isPunct(toks[j - 1], ',') && isWord(toks[j]) && toks[j].norm.endsWith('ing')) {
      const m = matchCue(toks, j, 'indirect');
      if (m) return m;
    }
  }
  return null;
}
/** Determiners that open a new subject after ", and" ("and his ambassador …", "and the ministry …"). */
const SUBJECT_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'the']);
/** Whether a noun phrase from `from` (at most eight words, a name between commas in it) ends right before a cue of speech. */
function subjectThenCue(toks: Tok[], from: number): boolean {
  for (let c = from, words = 0; c < toks.length && words <= 8; c++) {
    const t = toks[c];
    if (isPunct(t, ',')) continue;
    if (!isWord(t) || CLAUSE_WORDS.has(t.norm)) return false;
    if (c > from && isVerbalCueForm(t.norm)) {
      const m = matchCue(toks, c, 'indirect');
      return m !== null && !m.info.quotedOnly && !m.info.judges;
    }
    words++;
  }
  return false;
}
/** Speakers of their own views in reported speech ("I think …", "we believe …"); "you know" is no attribution. */
const FIRST_PERSON = new Set(['i', 'we']);
/** Conjunctions that open a contrasting clause ("…, while others said …"). */
const CONTRASTS = new Set(['while', 'whereas', 'whilst']);
/** Words that open the object of a verb ("ranked Fiorina", "likened it", "praised the …"). */
const OBJECT_OPENERS = new Set(['it', 'him', 'her', 'them', 'the', 'a', 'an', 'his', 'their', 'its']);
/** A subject pronoun with a contracted auxiliary: he’s, they’re, I’m, she’d, we’ll, they’ve. */
const CONTRACTED_SUBJECT = /^(?:he|she|they|it|we|i)['’](?:s|re|m|d|ll|ve)$/;

/** "said her father has been …": "her" as a possessive opening the clause, not the cue's object. */
function possessiveHer(toks: Tok[], k: number): boolean {
  const next = toks[k + 1];
  return toks[k].norm === 'her' && isWord(next) && !NOT_A_CLAUSE_START.has(next.norm) && !CLAUSE_INTRODUCERS.has(next.norm) &&
    !ADJUNCTS.has(next.norm);
}

/** Words after "to" that show it is no infinitive: "agreed to a moratorium", "pledged to his voters". */
const NOT_INFINITIVE = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'them', 'him', 'me', 'us', 'it', 'all', 'any', 'some', 'no']);
function isInfinitive(t: Tok | undefined): boolean {
  return isWord(t) && !isCapitalized(t) && !NOT_INFINITIVE.has(t.norm) && !/^\d/.test(t.norm);
}

/** An object of up to five words from `from`, then "to" and a verb ("the network to donate"). */
function objectThenInfinitive(toks: Tok[], from: number): boolean {
  let limit = from + 5;
  for (let k = from + 1; k < toks.length && k <= limit; k++) {
    // "urged Bogdanovic, who has had run-ins with officials, to seize his chance": a relative clause after a name.
    if (k - 1 > from && opensNameRelative(toks, k - 1)) {
      const close = commaWithin(toks, k + 1, 14);
      if (close < 0) return false;
      limit += close + 1 - k;
      k = close + 1;
      if (toks[k]?.norm === 'to') return isInfinitive(toks[k + 1]);
      continue;
    }
    // (A finite verb first makes a clause: "told jurors the trial was expected to last six weeks".)
    if (!isWord(toks[k - 1]) || CLAUSE_INTRODUCERS.has(toks[k - 1].norm) || FINITE.has(toks[k - 1].norm)) return false;
    if (toks[k].norm === 'to') return isInfinitive(toks[k + 1]) && !subjectInsideObject(toks, from, k);
  }
  return false;
}

/**
 * "told reporters the agency hoped | to issue …": a second noun phrase inside what looked like the object, its past
 * verb right before the "to", is the clause's subject (not "urged members of the public to", "asked the EU and the US to").
 */
function subjectInsideObject(toks: Tok[], from: number, to: number): boolean {
  for (let s = from + 1; s < to - 1; s++) {
    if (NOUN_PHRASE_OPENERS.has(toks[s].norm) && !OBJECT_LINKS.has(toks[s - 1].norm) && pastThenComplement(toks, s, to - 1)) return true;
  }
  return false;
}
/** Words that join a noun phrase to the object before it: a preposition or a coordinator. */
const OBJECT_LINKS = new Set(['of', 'and', 'or', 'in', 'at', 'on', 'for', 'from', 'with', 'to', 'by', 'across', 'around', 'about', 'into', 'over']);

/** Verbs of belief that take a clause without "that" after a noun phrase ("think the deal is dead"). */
const BARE_BELIEFS = new Set(['think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'know', 'knows', 'knew', 'feel', 'feels', 'felt', 'hope', 'hopes', 'hoped', 'fear', 'fears', 'feared', 'suspect', 'suspects', 'suspected', 'doubt', 'doubts', 'doubted', 'expect', 'expects', 'expected', 'guess', 'guessed', 'reckon']);
/** A noun phrase opening at k (a determiner, a possessive or a capitalised word), then a finite verb within six words, no punctuation between. */
function bareClauseAt(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || NOT_A_CLAUSE_START.has(t.norm) || !(NOUN_PHRASE_OPENERS.has(t.norm) || isCapitalized(t))) return false;
  for (let j = k + 1; j < toks.length && j <= k + 6 && isWord(toks[j]); j++) if (FINITE.has(toks[j].norm)) return j > k;
  return false;
}
const NOUN_PHRASE_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'some', 'most', 'many', 'every', 'no']);

/** A negative subject opening a clause: "said no ransom had been paid", "said nothing had changed" (not "said no", "said nothing"). */
function negativeSubject(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || !(t.norm === 'no' || t.norm === 'nothing' || t.norm === 'nobody')) return false;
  for (let j = k + 1; j < toks.length && j <= k + 4 && isWord(toks[j]); j++) if (FINITE.has(toks[j].norm)) return true;
  return false;
}

/** The content after a cue (that-clause, colon, bare clause), its confidence, and where it stops. */
function contentAfterCue(toks: Tok[], m: CueMatch): { content: Span; confidence: number; next: number } | null {
  const after = toks[m.end];
  if (!after) return null;
  const that = thatAfter(toks, m.end, m.info.takesObject);
  let from = -1;
  let confidence: number = CONFIDENCE.indirectBare;
  const bare = afterAdjuncts(toks, m.end);
  if (that >= 0) {
    from = that;
    confidence = CONFIDENCE.indirectThat;
  } else if (m.info.takesInfinitive && after.norm === 'to' && isInfinitive(toks[m.end + 1])) {
    // "vowed to fight on", "declined to comment": the infinitive, "to" included, up to its first
    // comma ("Smith, who declined to comment, was …"; "sought to calm them, and took …").
    let end = clauseEnd(toks, m.end);
    for (let k = m.end; k < end; k++) if (isPunct(toks[k], ',')) { end = k; break; }
    const content = clause(toks, m.end, end);
    return content ? { content, confidence: CONFIDENCE.indirectInfinitive, next: end < toks.length ? end : -1 } : null;
  } else if (m.info.takesInfinitive && m.info.takesObject && objectThenInfinitive(toks, m.end)) {
    // "asked the network to donate the profits", "told Jeb Bush to quiet down": object and infinitive (a relative
    // clause after the object's name kept: "urged Bogdanovic, who has had run-ins …, to seize his chance").
    let end = clauseEnd(toks, m.end);
    for (let k = m.end; k < end; k++) {
      if (!isPunct(toks[k], ',')) continue;
      const close = k > m.end && opensNameRelative(toks, k) ? commaWithin(toks, k + 2, 14) : -1;
      if (close > 0 && close < end) { k = close; continue; }
      end = k;
      break;
    }
    const content = clause(toks, m.end, end);
    return content ? { content, confidence: CONFIDENCE.indirectInfinitive, next: end < toks.length ? end : -1 } : null;
  } else if (m.info.needsThat) {
    // "believes he can win", "added they would stay": a clause opened by a subject pronoun.
    // "told reporters on Tuesday he would stay": an object, then such a clause.
    const k = m.info.takesObject ? afterAdjuncts(toks, objectEnd(toks, m.end)) : afterAdjuncts(toks, m.end);
    if (k < 0) return null;
    // "They think the progress is real", "I believe Ayotte should drop …": after a verb of belief, a noun phrase
    // and a finite verb or modal a few words on. "told reporters the vote would …": the same after a short object.
    const object = m.info.takesObject ? objectEnd(toks, m.end) : m.end;
    const afterObject = m.info.takesObject ? clauseAfterObject(toks, m.end) : -1;
    if (PRONOUNS.has(toks[k].norm) || CONTRACTED_SUBJECT.test(toks[k].norm)) from = k;
    else if ((BARE_BELIEFS.has(toks[m.start].norm) || !m.info.takesObject) && k === m.end && bareClauseAt(toks, k)) from = k;
    else if (afterObject >= 0) from = afterObject;
    else if (m.info.takesObject && object > m.end && bareClauseAt(toks, object)) from = object;
    else return null;
  } else if (bare > m.end && (!NOT_A_CLAUSE_START.has(toks[bare].norm) || opensQuantity(toks, bare) || negativeSubject(toks, bare)) && !m.info.takesObject) {
    // "said on Friday he met …"
    from = bare;
  } else if (isPunct(after, ':')) {
    from = m.end + 1;
  } else if (isWord(after) && (!NOT_A_CLAUSE_START.has(after.norm) || possessiveHer(toks, m.end) || opensQuantity(toks, m.end) || negativeSubject(toks, m.end)) && !m.info.takesObject) {
    from = m.end;
  } else if (isWord(after) && m.info.particles.length && m.end > m.start + 1) {
    from = m.end;
  } else if (after.kind === 'mark') {
    from = m.end;
  }
  if (from < 0) return null;
  // "announced it in 2018", "confirmed it on Monday": an object pronoun and when or where is no reported clause.
  if (isWord(toks[from]) && (toks[from].norm === 'it' || toks[from].norm === 'them') &&
    (from + 1 >= toks.length || isTerminator(toks[from + 1]) || isPunct(toks[from + 1], ',') || (isWord(toks[from + 1]) && PLAIN_ADJUNCT_OPENERS.has(toks[from + 1].norm)))) return null;
  const end = clauseEnd(toks, from);
  const content = clause(toks, from, end);
  return content ? { content, confidence, next: end < toks.length ? end : -1 } : null;
}
/** Words opening a phrase of time or place after an object pronoun ("it in 2018", "them on Monday"). */
const PLAIN_ADJUNCT_OPENERS = new Set(['in', 'on', 'at', 'last', 'this', 'during', 'after', 'before', 'earlier', 'later', 'yesterday', 'today']);

/**
 * `content` ended at the last quotation mark among toks[from, to) when a second verb phrase is joined right after it
 * ("and describe …", "and have blamed …", "but she is …"), not a word of the same phrase ("“tasteless” and offensive").
 */
function endAtLastQuoteBeforeCoordination(toks: Tok[], from: number, to: number, content: Span): Span {
  // "Farage called the Budget “a disaster”, and Liberal Democrat leader Ed Davey said …": a second speaker's clause
  // after the quoted words is that speaker's attribution, not more of what was called.
  for (let k = from + 1; k < to - 2; k++) {
    if (toks[k].kind !== 'mark' || toks[k].end >= content.end) continue;
    let j = k + 1;
    if (isPunct(toks[j], ',')) j++;
    if (!isWord(toks[j]) || (toks[j].norm !== 'and' && toks[j].norm !== 'but' && toks[j].norm !== 'while')) continue;
    for (let m = j + 2; m < to && m <= j + 7; m++) {
      if (!isWord(toks[m])) break;
      if (SPEECH_VERBS.has(toks[m].norm) && /^\p{Lu}/u.test(toks[m - 1].text)) return { start: content.start, end: toks[k].end };
    }
  }
  for (let k = to - 1; k > from; k--) {
    if (toks[k].kind !== 'mark') continue;
    const and = toks[k + 1];
    const next = toks[k + 2];
    const joinsVerb = isWord(and) && (and.norm === 'and' || and.norm === 'but' || and.norm === 'or') && isWord(next) &&
      (isPronoun(next.norm) || isAuxiliary(next.norm) || matchCue(toks, k + 2, 'indirect') !== null);
    return joinsVerb && toks[k].end < content.end ? { start: content.start, end: toks[k].end } : content;
  }
  return content;
}

/** A finite auxiliary: "has", "was", "will", "did" … */
const isAuxiliary = (norm: string): boolean => FINITE.has(norm) || VERB_AUXILIARIES.has(norm);

/** How far before a cue the "who" of a restrictive relative clause describing its speaker may stand. */
const MAX_RELATIVE_REACH = 14;
/** Cues of speech proper, which a relative clause's subject is the speaker of ("A senior aide who … said"). */
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'argued', 'argues', 'warned', 'warns', 'noted', 'notes',
  'explained', 'insisted', 'wrote', 'writes', 'stated', 'claimed', 'claims', 'acknowledged', 'cautioned', 'predicted', 'confirmed']);

/** A verb form of a relative clause besides its auxiliaries: a past form, a present one of a few common verbs. */
const CLAUSE_VERB = /^(?:\w+ed|spoke|wrote|took|gave|met|ran|led|won|lost|knew|saw|came|went|works|lives|runs|holds|serves|represents)$/;
/** Words the speaker phrase before "who" may have. */
const MAX_DESCRIBED_WORDS = 5;

/**
 * The speaker a restrictive relative clause right before the cue at `c` describes: "[A senior aide] who spoke on
 * condition of anonymity said", "[Officials] who met Smith said". The clause runs from its "who" to the cue with no
 * comma, stop or quotation mark, and holds a verb of its own; the speaker is the phrase ending at "who".
 */
function describedByRelative(toks: Tok[], c: number, ctx: SpeakerContext): TokRange | null {
  for (let w = c - 2; w >= 0 && w >= c - MAX_RELATIVE_REACH; w--) {
    const t = toks[w];
    if (isPunct(t, ',;:()') || isTerminator(t) || t.kind === 'mark' || t.kind === 'dash') return null;
    if (!isWord(t) || t.norm !== 'who') continue;
    // The clause has a verb of its own before the cue ("who spoke …", "who was not authorized …").
    if (!toks.slice(w + 1, c).some((x) => isWord(x) && (CLAUSE_VERB.test(x.norm) || isAuxiliary(x.norm)))) return null;
    const head = speakerBefore(toks, w, 0, ctx, false);
    // (A short phrase: "A senior Republican aide", not "grumbletext.co.uk started getting reports from customers".)
    return head && head.end === w && head.end - head.start <= MAX_DESCRIBED_WORDS ? head : null;
  }
  return null;
}

/** Tokens a relative clause set off by commas may span between its "who" and the cue. */
const MAX_COMMA_RELATIVE = 30;

/** Participles whose agent follows ("led by", "chaired by"), opening a phrase that describes the word before it. */
const BY_PARTICIPLES = new Set(['led', 'headed', 'chaired', 'backed', 'joined', 'flanked', 'accompanied', 'represented', 'supported', 'founded', 'run', 'owned']);
/** Prepositions that tie a noun phrase to the noun before it ("The Conservative opposition on the GMCA"). */
const OF_PREPOSITIONS = new Set(['on', 'of', 'at', 'for', 'from', 'in']);

/**
 * The speaker before a relative clause set off by commas that ends right before the cue at `c`: "[Atiku Abubakar],
 * who is seeking the ticket of the African Democratic Congress (ADC), said". The clause opens with ", who" (or
 * "whose", or a participle and its agent: ", led by …,"), holds no other comma, stop or quotation mark, and ends with
 * the comma before the cue; the speaker is the phrase ending at that first comma (with a prepositional phrase it
 * ends, after a participle: "The Conservative opposition on the GMCA").
 */
function beforeCommaRelative(toks: Tok[], c: number, ctx: SpeakerContext): TokRange | null {
  if (c < 4 || !isPunct(toks[c - 1], ',')) return null;
  for (let w = c - 2; w >= 1 && w >= c - MAX_COMMA_RELATIVE; w--) {
    const t = toks[w];
    if (isPunct(t, ',;:') || isTerminator(t) || t.kind === 'mark' || t.kind === 'dash') return null;
    // (Also ", led by Bury councillor Nick Jones,": a participle and its agent describe the one before them.)
    const byParticiple = isWord(t) && BY_PARTICIPLES.has(t.norm) && isWord(toks[w + 1]) && toks[w + 1].norm === 'by';
    if (!isWord(t) || (t.norm !== 'who' && t.norm !== 'whose' && !byParticiple)) continue;
    if (!isPunct(toks[w - 1], ',')) return null;
    let head = speakerBefore(toks, w - 1, 0, ctx, false);
    // "The Conservative opposition on the GMCA, led by …": the noun the prepositional phrase belongs to.
    if (byParticiple && head && head.start >= 2 && isWord(toks[head.start - 1]) && OF_PREPOSITIONS.has(toks[head.start - 1].norm)) {
      const outer = speakerBefore(toks, head.start - 1, 0, ctx, false);
      if (outer && outer.end === head.start - 1 && head.end - outer.start <= MAX_DESCRIBED_WORDS + 3) head = { start: outer.start, end: head.end };
    }
    return head && head.end === w - 1 && head.end - head.start <= MAX_DESCRIBED_WORDS + 3 * Number(byParticiple) ? head : null;
  }
  return null;
}

/**
 * "had asked for a 10-year sentence, arguing that …", "rejected that, saying the plea …": a cue in a participle after
 * a comma between the first verb and the content is the content's cue; null when there is none.
 */
function participleCue(toks: Tok[], from: number, contentStart: number): Span | null {
  for (let k = from; k + 1 < toks.length && toks[k + 1].start < contentStart; k++) {
    if (!isPunct(toks[k], ',') || !isWord(toks[k + 1]) || !toks[k + 1].norm.endsWith('ing')) continue;
    const m = matchCue(toks, k + 1, 'indirect');
    if (m && toks[m.end - 1].end <= contentStart) return span(toks, m.start, m.end);
  }
  return null;
}

/** The source of "according to" at token c when it runs to the sentence's end ("according to the U.S. Attorney's Office."), or null. */
function sourceToEnd(toks: Tok[], c: number): TokRange | null {
  if (!isAccordingTo(toks, c)) return null;
  const src = sourceAfterAccordingTo(toks, c + 2);
  // (", known as Cal Fire.", ", which …": what describes the source ends the sentence with it.)
  return src && (src.end >= toks.length || isTerminator(toks[src.end]) || (isPunct(toks[src.end], ',') && describesSource(toks, src.end))) ? src : null;
}

/**
 * The comma opening an attribution that ends the sentence inside toks from `from` to offset `end` ("…, Romero said.",
 * "…, the FCA said on Monday.", "…, according to the U.S. Attorney's Office."): the comma's index, or -1.
 */
function trailingAttribution(toks: Tok[], from: number, end: number, ctx: SpeakerContext): number {
  for (let c = from + 2; c < toks.length && toks[c].end <= end + 1; c++) {
    // "…, according to the U.S. Attorney's Office."
    if (isPunct(toks[c - 1], ',') && sourceToEnd(toks, c)) return c - 1;
    const m = matchCue(toks, c, 'indirect');
    if (!m || !(m.end >= toks.length || isTerminator(toks[m.end]) || adjunctsThenEnd(toks, m.end))) continue;
    const sp = speakerBefore(toks, c, from, ctx, false);
    if (sp && sp.start > from && isPunct(toks[sp.start - 1], ',') && !TELL_FORMS.has(toks[c].norm)) return sp.start - 1;
  }
  return -1;
}

/**
 * ", a move Elhedery said would …": a speaker phrase that opens with a determiner and lower-case nouns, after a comma,
 * then a capitalised name: the noun phrase [noun, name) and where the name starts; null otherwise.
 */
function contactHead(toks: Tok[], sp: TokRange): { noun: number; name: number } | null {
  if (sp.start < 1 || !isPunct(toks[sp.start - 1], ',') || !isWord(toks[sp.start]) || !CONTACT_DETERMINERS.has(toks[sp.start].norm)) return null;
  let k = sp.start + 1;
  while (k < sp.end && k <= sp.start + 3 && isWord(toks[k]) && !isCapitalized(toks[k]) && !isVerbalCueForm(toks[k].norm)) k++;
  if (k === sp.start + 1 || k >= sp.end || !isCapitalized(toks[k])) return null;
  for (let j = k; j < sp.end; j++) if (!isWord(toks[j]) || !isCapitalized(toks[j])) return null;
  return { noun: sp.start, name: k };
}
const CONTACT_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'his', 'her', 'their']);

/** Auxiliaries and adverbs between a coordinator and its second verb ("but has also said", "and would later tell"). */
const AUX_BETWEEN = new Set(['has', 'have', 'had', 'also', 'later', 'then', 'will', 'would', 'could', 'repeatedly', 'previously', 'already', 'publicly', 'since']);

/**
 * "Genomic sequencing … suggests the virus spilled over from bats, …, said Dr. Mesay Hailu, director general of the
 * institute.": a sentence that ends in an inverted attribution of speech ("said", "says", "added") with a name is that
 * speaker's, whatever verbs its content holds. Null when the sentence does not end so, or no cue comes before it.
 */
function invertedAtEnd(toks: Tok[], from: number, ctx: SpeakerContext): ReportedSpeech | null {
  for (let c = toks.length - 2; c > from + 3; c--) {
    if (!isPunct(toks[c - 1], ',')) continue;
    // "Donor nations have promised to give $717m …, according to the United Nations.": the source closing the sentence
    // reports it, when no verb of speech proper or that-clause stands before it ("Officials said …, according to a
    // report", "X admitted that …, according to the U.S. Attorney's Office" keep their own).
    if (isAccordingTo(toks, c)) {
      const src = sourceToEnd(toks, c);
      if (!src) return null;
      for (let k = from; k < c - 1; k++) {
        const m = matchCue(toks, k, 'indirect');
        if (m && (SPEECH_VERBS.has(toks[k].norm) || toks[m.end]?.norm === 'that' || isAccordingTo(toks, k))) return null;
      }
      const content = clause(toks, from, c - 1, 3);
      return content ? { contentSpans: [content], speaker: rangeSpan(toks, src), cue: span(toks, c, c + 2), confidence: CONFIDENCE.indirectAccordingTo, next: -1 } : null;
    }
    if (!isWord(toks[c]) || !INVERTING_CUES.has(toks[c].norm)) continue;
    const sp = speakerAfter(toks, c + 1, ctx);
    if (!sp || !(sp.end === toks.length || isTerminator(toks[sp.end]) || appositiveToEnd(toks, sp.end))) return null;
    // (A name, every word capitalised: not "…, said the Khan family deserved better.")
    for (let k = sp.start; k < sp.end; k++) if (!isWord(toks[k]) || !isCapitalized(toks[k])) return null;
    // (Only past another cue: a sentence with none is read by the loop all the same.)
    let inner = false;
    for (let k = from; k < c - 1 && !inner; k++) inner = matchCue(toks, k, 'indirect') !== null;
    if (!inner) return null;
    const content = clause(toks, from, c - 1, 3);
    return content ? { contentSpans: [content], speaker: rangeSpan(toks, sp), cue: span(toks, c, c + 1), confidence: CONFIDENCE.indirectTrailing, next: -1 } : null;
  }
  return null;
}
const INVERTING_CUES = new Set(['said', 'says', 'added', 'adds']);

function firstReportedSpeech(
  toks: Tok[], ctx: SpeakerContext, hasQuotedWords: (content: Span) => boolean, from = 0,
): ReportedSpeech | null {
  const n = toks.length;
  const closing = invertedAtEnd(toks, from, ctx);
  if (closing) return closing;
  for (let c = from; c < n; c++) {
    const m = matchCue(toks, c, 'indirect');
    if (!m || asksAnonymity(toks, c)) continue;
    const cue = span(toks, m.start, m.end);
    const question = askedQuestion(toks, c, ctx);
    if (question) return question;
    let sp = speakerBefore(toks, c, 0, ctx, false);
    // "A senior aide who spoke on condition of anonymity said …", "A Republican consultant who worked on the campaign
    // said …": the one a restrictive relative clause describes, not a noun inside the clause.
    const described = SPEECH_VERBS.has(toks[c].norm) ? describedByRelative(toks, c, ctx) : null;
    if (described && (!sp || sp.start > described.end)) sp = described;
    // "Atiku Abubakar, who is seeking the ticket of the African Democratic Congress, said …": the one a relative
    // clause set off by commas describes, not a name inside the clause.
    const before = SPEECH_VERBS.has(toks[c].norm) ? beforeCommaRelative(toks, c, ctx) : null;
    if (before && (!sp || sp.start > before.end || (sp.start > before.start && sp.end <= before.end))) sp = before;
    // "I think the deal is dead": the writer's or an interviewee's own view, outside quotation marks (cues inside
    // quoted words are someone's quoted speech and are dropped by the caller).
    if (!sp) {
      const own = speakerBefore(toks, c, 0, ctx, true);
      if (own && own.end === own.start + 1 && FIRST_PERSON.has(toks[own.start].norm)) sp = own;
    }
    // "Clinton posted a comment of her own, saying that …": a participle's speaker is the subject.
    if (!sp && c > 2 && isPunct(toks[c - 1], ',') && toks[c].norm.endsWith('ing')) sp = subjectAt(toks, 0, c - 1, ctx, true);
    // "Wealth-X keeps its finances a secret but says its business has tripled": the second verb of
    // the subject, when the first is no cue (else coordinatedAt reads it as that attribution's).
    // (Also after auxiliaries and adverbs before a verb of saying: "Meloni has backed Salvini but has also said …".)
    let co = c - 1;
    if (SPEECH_VERBS.has(toks[c].norm)) while (co > c - 4 && co > 0 && isWord(toks[co]) && AUX_BETWEEN.has(toks[co].norm)) co--;
    if (!sp && co > 2 && isWord(toks[co]) && COORDINATORS.has(toks[co].norm) && isVerbalCueForm(toks[c].norm)) {
      const fc = firstClauseWord(toks);
      if (fc >= 0 && fc < co - 1) sp = subjectAt(toks, fc, co, ctx, true);
    }
    if (m.info.quotedOnly) {
      // "Bush called him a “loser.”": the object and the quoted words after the verb.
      if (!sp || toks[m.end]?.kind !== 'word') continue;
      const end = clauseEnd(toks, m.end);
      let content = clause(toks, m.end, end, 1);
      // "Trump, who had called Mamdani a “communist lunatic” during the campaign, said …": a relative clause ends at its comma.
      if (content && inRelativeClause(toks, sp)) content = endAtComma(toks, content);
      // "call them “lone wolves” and describe their actions as crimes": what was called ends with its quotation mark
      // when a second verb follows.
      if (content) content = endAtLastQuoteBeforeCoordination(toks, m.end, end, content);
      // ("Trump went after Bush, calling him “a total stiff.”": a nearer cue after a comma, before the quoted words, is
      // theirs: the row starts after it.)
      const nearer = content ? nearerCueBeforeQuote(toks, m.end, end) : null;
      if (nearer) {
        const after = clause(toks, nearer.end, end, 1);
        if (after && hasQuotedWords(after)) return { contentSpans: [after], speaker: rangeSpan(toks, sp), cue: span(toks, nearer.start, nearer.end), confidence: CONFIDENCE.mixed, next: end < n ? end : -1 };
      }
      if (content && hasQuotedWords(content)) {
        return { contentSpans: [content], speaker: rangeSpan(toks, sp), cue, confidence: CONFIDENCE.mixed, next: end < n ? end : -1 };
      }
      // "Cruz criticized the president’s foreign policy": a judgement is an attribution of its own.
      // (Only a verb form: "his criticism", "supports" as a noun; "pointed to" for a phrase.)
      // A third-person form ("blasts", "supports") is a verb when an object, not a preposition, follows.
      const object = toks[m.end];
      // So is a base form right after its plural speaker ("About three-quarters support a temporary ban", "who back
      // Sanders"), with an object after it.
      const verbal = isVerbalCueForm(toks[c].norm) || (m.end - m.start > 1 && /(?:ed|ing)$/.test(toks[c].norm)) ||
        (m.end - m.start === 1 && (toks[c].norm.endsWith('s') || sp.end === c) && isWord(object) && !NOT_A_CLAUSE_START.has(object.norm) && !BOUNDARY_WORDS.has(object.norm));
      // A one-word judgement right before a preposition is a participle ("Teenagers questioned for a survey have
      // shown …", "criticised by"): a judgement takes its object directly.
      const participle = m.end - m.start === 1 && isWord(object) && PARTICIPLE_PREPOSITIONS.has(object.norm);
      let judged = (m.info.judges && verbal && !participle) || namesAs(toks, m) ? clause(toks, m.end, end, 1) : null;
      if (judged && inRelativeClause(toks, sp)) judged = endAtComma(toks, judged);
      if (judged) return { contentSpans: [judged], speaker: rangeSpan(toks, sp), cue, confidence: CONFIDENCE.judgement, next: end < n ? end : -1 };
      continue;
    }
    if (sp) {
      const after = toks[m.end];
      let found: { content: Span; confidence: number; next: number } | null = null;
      // The comma after the cue, or after times and media ("said on Monday,"); -1 when none follows.
      let comma = isPunct(after, ',') ? m.end : adjunctsThenComma(toks, m.end);
      // "…, two sources told Reuters on Tuesday, as …": the comma after who was told and the adjuncts, then the
      // narration's own clause or an appositive to what was reported ("…, the first such meeting since …").
      let afterObject = false;
      if (comma < 0 && m.info.takesObject && isWord(after) && isCapitalized(after)) {
        const object = objectEnd(toks, m.end);
        comma = isPunct(toks[object], ',') ? object : adjunctsThenComma(toks, object);
        afterObject = comma >= 0;
      }
      const opener = comma >= 0 ? toks[comma + 1] : undefined;
      // (After a subordinate clause the main one follows, whatever its first word: "Though that transition was
      // seamless, he said, replacing Clinton would be much more acrimonious.")
      const subordinate = isWord(toks[from]) && SUBORDINATE_OPENERS.has(toks[from].norm);
      const narration = !subordinate && opener !== undefined && isWord(opener) && (NARRATION_OPENERS.has(opener.norm) || opener.norm.endsWith('ing') ||
        (afterObject && DETERMINERS.has(opener.norm)));
      // (", a move Elhedery said would …": a relative clause without "that", read below.)
      const contact = isWord(after) && FINITE.has(after.norm) ? contactHead(toks, sp) : null;
      if (after === undefined || isTerminator(after) || adjunctsThenEnd(toks, m.end) || narration ||
        (sp.start > 1 && isPunct(toks[sp.start - 1], ',') && objectThenEnd(toks, m) && clause(toks, from, sp.start - 1, 3) !== null) ||
        (sp.start > 0 && isPunct(toks[sp.start - 1], ',') && (prepositionalTail(toks, m.end) || adjunctsThenTail(toks, m.end)))) {
        // "…, officials said." / "…, officials said on Monday." / "…, officials said on Monday, as …" /
        // "…, she said in a video message to the convention."
        // ("…, said Ms. Gil, as she …": inverted, the content ends at the comma before the cue; "…, as Senate President
        // Karen Spilka suggested in September.": the clause before ", as".)
        const asX = sp.start > 1 && isWord(toks[sp.start - 1]) && toks[sp.start - 1].norm === 'as' && isPunct(toks[sp.start - 2], ',') && m.start > sp.start &&
          (after === undefined || isTerminator(after) || adjunctsThenEnd(toks, m.end));
        const close = sp.start > 0 && isPunct(toks[sp.start - 1], ',') ? sp.start - 1 : asX ? sp.start - 2 :
          m.start < sp.start && m.start > from && isPunct(toks[m.start - 1], ',') ? m.start - 1 : -1;
        if (close > 0) {
          const content = clause(toks, from, close, 3);
          if (content) found = { content, confidence: CONFIDENCE.indirectTrailing, next: -1 };
        }
      } else if (sp.start > 1 && isPunct(toks[sp.start - 1], ',') && comma > 0 && !afterObject &&
          thatAfter(toks, m.end, m.info.takesObject) < 0) {
        // "The museum, Mr. Obama said, would make visitors face …": the attribution splits the clause.
        // "Chris Hawkins, host of the chart show, said …": a cue right after the commas is the sentence's
        // own; what stood between them was an appositive ending in a noun ("show").
        if (matchCue(toks, comma + 1, 'indirect')) continue;
        // (One word before it is enough: "Still, he said, officials have to decide …".)
        const before = clause(toks, from, sp.start - 1, 1);
        const end = clauseEnd(toks, comma + 1);
        const rest = clause(toks, comma + 1, end, 2);
        if (before && rest) {
          return { contentSpans: [before, rest], speaker: rangeSpan(toks, sp), cue, confidence: CONFIDENCE.indirectTrailing, next: end < n ? end : -1 };
        }
      } else if (contact) {
        // ", a move Elhedery said would simplify the group": what the noun before the speaker names, and the verb
        // phrase after the cue, are what was said (a relative clause without "that").
        const end = clauseEnd(toks, m.end);
        const rest = clause(toks, m.end, end, 2);
        if (rest) {
          return { contentSpans: [span(toks, contact.noun, contact.name), rest], speaker: rangeSpan(toks, { start: contact.name, end: sp.end }), cue, confidence: CONFIDENCE.indirectBare, next: -1 };
        }
      } else if (sp.start > 0 && RELATIVES.has(toks[sp.start - 1].norm) && isWord(after) && FINITE.has(after.norm)) {
        // "the rule, which officials said will go into effect next month": the relative pronoun
        // and the verb phrase after the cue are what was said.
        let end = clauseEnd(toks, m.end);
        // A clause set off by commas ("The rule, which …, was delayed") ends at its comma.
        if (isPunct(toks[sp.start - 2], ',')) {
          for (let k = m.end; k < end; k++) if (isPunct(toks[k], ',') || toks[k].kind === 'mark') { end = k; break; }
        }
        const rest = clause(toks, m.end, end, 2);
        if (rest) {
          const rel = span(toks, sp.start - 1, sp.start);
          return { contentSpans: [rel, rest], speaker: rangeSpan(toks, sp), cue, confidence: CONFIDENCE.indirectBare, next: -1 };
        }
      } else {
        found = contentAfterCue(toks, m);
        // "Witnesses told officers the two men had argued …, Romero said.": the clause ends before the sentence's own
        // attribution at its end.
        const outer = found ? trailingAttribution(toks, m.end, found.content.end, ctx) : -1;
        if (found && outer > 0 && toks[outer - 1].end > found.content.start) found = { ...found, content: { start: found.content.start, end: toks[outer - 1].end } };
      }
      if (found && sp.start > 0 && ((isWord(toks[sp.start - 1]) && SUBORDINATORS.has(toks[sp.start - 1].norm)) || inRelativeClause(toks, sp))) {
        const cut = endAtComma(toks, found.content);
        found = cut ? { ...found, content: cut, next: -1 } : null;
      }
      if (found) return { contentSpans: [found.content], speaker: rangeSpan(toks, sp), cue: participleCue(toks, m.end, found.content.start) ?? cue, confidence: found.confidence, next: found.next };
      continue;
    }
    // "…, said X." (Not "…, told X": who was told, not who spoke: "…, one rescuer … told the news site Suspilne.")
    // (Nor a participle: "…, saying it did nothing" reports what "it" did, it is no inverted "said it".)
    if (c > 0 && isPunct(toks[c - 1], ',') && !TELL_FORMS.has(toks[m.start].norm) && !toks[m.start].norm.endsWith('ing')) {
      const inv = speakerAfter(toks, m.end, ctx);
      // "…, said Brad Bannon, a Democratic pollster and consultant.": an appositive after the speaker, to the end.
      // "…, said Ms. Gil, as she …", "…, said Ms. Gil, citing …": the narration's own clause after a comma.
      const narrationAfter = inv !== null && isPunct(toks[inv.end], ',') && isWord(toks[inv.end + 1]) &&
        (NARRATION_OPENERS.has(toks[inv.end + 1].norm) || isParticiple(toks[inv.end + 1]));
      if (inv && (inv.end === n || isTerminator(toks[inv.end]) || appositiveToEnd(toks, inv.end) || narrationAfter)) {
        const content = clause(toks, from, c - 1, 3);
        if (content) return { contentSpans: [content], speaker: rangeSpan(toks, inv), cue, confidence: CONFIDENCE.indirectTrailing, next: -1 };
      }
    }
  }
  return accordingTo(toks, ctx, from) ?? nounFromSource(toks, ctx, from);
}

/** Nouns of saying that name their source after "from" or "by" and what was said after "that". */
const SAYING_NOUNS = new Set(['warning', 'warnings', 'claim', 'claims', 'comments', 'remarks', 'assurances', 'assurance', 'statement', 'suggestion', 'suggestions', 'accusations', 'allegations', 'promise', 'promises', 'pledge', 'insistence', 'admission']);

/**
 * "prompting warnings from Finance Minister Satsuki Katayama that authorities were watching …", "claims by the company
 * that …": a noun of saying, its source after "from" or "by", and the that-clause; null when the sentence has none.
 */
function nounFromSource(toks: Tok[], ctx: SpeakerContext, from: number): ReportedSpeech | null {
  for (let i = from; i < toks.length - 4; i++) {
    if (!isWord(toks[i]) || !SAYING_NOUNS.has(toks[i].norm) || !isWord(toks[i + 1]) || (toks[i + 1].norm !== 'from' && toks[i + 1].norm !== 'by')) continue;
    let that = -1;
    for (let k = i + 3; k < toks.length && k <= i + 12; k++) {
      if (isWord(toks[k]) && toks[k].norm === 'that') { that = k; break; }
      if (!isWord(toks[k]) && !isPunct(toks[k], ',.')) break;
    }
    if (that < 0) continue;
    const sp: TokRange = { start: i + 2, end: that };
    if (!isSpeakerPhrase(toks, sp.start, sp.end, ctx)) continue;
    const end = clauseEnd(toks, that);
    const content = clause(toks, that, end, 3);
    if (content) return { contentSpans: [content], speaker: rangeSpan(toks, sp), cue: span(toks, i, i + 1), confidence: CONFIDENCE.indirectThat, next: end < toks.length ? end : -1 };
  }
  return null;
}

