/**
 * Speaker phrases: finding the noun phrase that names who speaks next to a cue ("the Iranian
 * leader emphasized", "said Mr. Smith, the spokesman") and deciding whether it can be a speaker.
 *
 * Conservative by design: a phrase counts as a speaker when it is a third-person pronoun, contains an
 * entity mention, ends in a capitalised name or acronym, or ends in a noun from NOMINAL_HEADS
 * ("officials", "a spokesman for the ministry"). Anything else is not a speaker, and the quote or
 * reported clause next to it stays unattributed.
 */
import type { Span } from '../../model/doc.ts';
import { NAME_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS } from '../entities/lexicon.ts';
import { isVerbalCueForm } from './cues.ts';
import { DETERMINERS, isCapitalized, isPunct, isTerminator, type Tok } from './lex.ts';

/** A name with its article or "son of" joined by a hyphen: "al-Hayya", "bin-Salman". */
const ARABIC_PREFIXED = /^(?:al|el|ad|an|as|ash|at|az|bin|ibn|abu)-\p{Lu}/u;

/** Token indices [start, end) of a speaker phrase inside a token list. */
export interface TokRange {
  start: number;
  end: number;
}

/** The text span of tokens [r.start, r.end). */
export function rangeSpan(toks: Tok[], r: TokRange): Span {
  return { start: toks[r.start].start, end: toks[r.end - 1].end };
}

export interface SpeakerContext {
  /** True when an entity mention of a speaker type (PERSON, ORG, NORP, LOC) overlaps the span. */
  hasMention(span: Span): boolean;
}

export const THIRD_PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const FIRST_SECOND_PRONOUNS = new Set(['i', 'we', 'you']);
const OTHER_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'himself', 'herself', 'themselves', 'itself']);

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** (Not "may": the modal.) */
const WEEKDAYS_MONTHS = [...WEEKDAYS, ...MONTH_NAMES.filter((m) => m !== 'may')];

/** Words that end a speaker phrase (scanning away from the cue) and never occur inside one. */
const BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'while', 'whilst', 'because',
  'since', 'although', 'though', 'if', 'unless', 'whether', 'as', 'after', 'before', 'but', 'or', 'nor', 'so',
  'yet', 'than', 'then', 'with', 'without', 'in', 'on', 'into', 'onto', 'upon', 'during', 'under', 'over',
  'through', 'throughout', 'by', 'about', 'against', 'despite', 'amid', 'amidst', 'among', 'between', 'within',
  'via', 'like', 'unlike', 'following', 'including', 'until', 'till', 'toward', 'towards', 'across', 'behind',
  'beyond', 'near', 'per', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do',
  'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', 'never',
  'also', 'earlier', 'later', 'now', 'meanwhile', 'however', 'still', 'instead', 'separately', 'previously',
  'recently', 'today', 'yesterday', 'tonight', 'tomorrow', 'here', 'there', 'once', 'again', 'too', 'even', 'only',
  'just', 'already', 'to', 'of', 'for', 'at', 'from', 'called', 'dubbed', 'termed', 'named', 'having', 'being',
  ...WEEKDAYS_MONTHS,
]);


/**
 * Prepositions allowed inside a speaker phrase after a noun from NOMINAL_HEADS ("a spokesman for the ministry",
 * "farmers in the Greenvale district", "officials across the region"); "of" and "for" also inside a name ("Institute for Public Policy").
 */
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'to', 'in', 'across', 'around', 'throughout']);

/** Capitalised words that do not make a phrase a name (sentence-initial function words, dates). */
const CAPITALISED_NON_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your',
  'some', 'many', 'most', 'several', 'all', 'both', 'each', 'every', 'no', 'other', 'such', 'one', 'two', 'three',
  'mr', 'mrs', 'ms', 'dr', 'mr.', 'mrs.', 'ms.', 'dr.', 'and', 'or', 'but', 'according',
  ...WEEKDAYS_MONTHS,
]);

/**
 * Nouns that can head a speaker phrase without a name: roles, groups, institutions and documents.
 * Singular forms; regular plurals are found by isNominal().
 */
const NOMINAL_HEADS = new Set(`
president vice-president leader minister premier chancellor king queen prince princess monarch emperor
official spokesman spokeswoman spokesperson representative aide adviser advisor analyst expert diplomat envoy
ambassador negotiator lawmaker legislator senator congressman congresswoman governor mayor secretary
chairman chairwoman chair director chief head executive ceo founder manager officer commander general
colonel lieutenant sergeant captain admiral soldier policeman policewoman detective investigator prosecutor
attorney lawyer judge justice counsel witness resident citizen voter worker employee member candidate nominee
campaign party government administration ministry department agency authority council committee commission
court office board company firm group organization organisation union bank military army navy regime
cabinet parliament congress senate house embassy consulate mission institute institution foundation association
federation society charity
school university hospital doctor physician nurse scientist researcher professor economist historian scholar
author writer journalist reporter editor columnist commentator critic supporter opponent activist protester
protestor demonstrator observer source insider person man woman mother father son daughter wife husband
brother sister family friend neighbor neighbour victim survivor owner farmer student teacher parent child
team coach player fan pollster strategist operative consultant staffer delegate delegation monitor inspector
watchdog regulator statement report study survey poll letter memo filing release document article post
tweet website newspaper paper magazine network outlet broadcaster suit others actor actress singer star host anchor
comedian celebrity musician artist athlete pastor priest bishop rabbi imam pope cardinal mogul billionaire
businessman businesswoman entrepreneur investor donor backer ally rival challenger incumbent frontrunner
front-runner contender hopeful moderator panelist caller organizer organiser chairperson
announcer narrator questioner interviewer reader viewer listener ad advertisement clip video piece complaint
lawsuit indictment ruling verdict bylaws editorial blog account
percent half majority third respondent
correspondent presenter producer photographer engineer boss striker midfielder defender goalkeeper winger
coordinator co-ordinator commissioner administrator rapporteur envoy registrar controller auditor governor-general
superintendent curator trustee provost dean
email e-mail message user commenter panel speechwriter veteran attendee partner speaker camp establishment
neurosurgeon surgeon crowd audience public advocate politician conservative progressive liberal record result
utility lender insurer retailer carmaker automaker airline operator manufacturer producer supplier developer maker
broker employer engineer museum club trust fund
publisher distributor studio label county city town village province district region municipality
prefecture governorate bureau tribunal palace presidency secretariat directorate coalition alliance bloc movement militia junta
league squad brigade unit force platform startup start-up giant chain carrier provider
agency's channel station inquiry audit
champion winner medallist medalist skipper goalkeeper striker midfielder defender quarterback pitcher batsman bowler
driver rider jockey cyclist golfer boxer fighter referee umpire
countries nations
backbencher frontbencher peer councillor councilor councilman councilwoman councilmember alderman alderwoman
commissioner trustee superintendent principal sheriff trooper firefighter paramedic clerk whip campaigner
constituent passenger colleague shopkeeper shopper
assailant attacker gunman suspect defendant plaintiff claimant applicant participant contestant entrant migrant
immigrant refugee tenant servant
rescuer volunteer fighter commuter bystander onlooker eyewitness mourner medic
uncle aunt grandmother grandfather grandparent grandson granddaughter cousin nephew niece relative boyfriend
girlfriend fiancé fiancée colleague classmate boy girl teenager pupil cook chef waiter waitress driver pilot
paramedic firefighter mechanic miner fisherman shopkeeper vendor trader landlord landlady homeowner motorist
passenger customer shopper patient pensioner villager
analysis data number leadership management
one some many most both several few
`.trim().split(/\s+/));

const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'staff', 'media', 'authorities', 'others', 'fishermen']);

/** Lower-case nouns ending in -ly, so that "a close ally said" does not lose "ally" as an adverb. */
const LY_NOUNS = new Set(['ally', 'family', 'assembly', 'rally', 'supply', 'monopoly', 'bully', 'anomaly', 'italy']);
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'does', 'do',
  'also', 'later', 'then', 'again', 'once', 'further', 'earlier', 'already', 'just', 'since', 'now', 'still', 'often',
  // "Carter however said", "Sanders meanwhile said", "Cruz always says"
  'however', 'meanwhile', 'nonetheless', 'nevertheless', 'always',
  // "Cruz himself said"
  'himself', 'herself', 'themselves', 'itself',
]);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'get', 'got', 'gets', 'to']);
const NEGATIONS = new Set(['not', 'never']);
/** he’s, she's, they’re, it’s: a pronoun and a contracted auxiliary in one token. */
const CONTRACTED_PRONOUN = /^(?:he|she|it|they|who)['’](?:s|re)$/;
/** "he’s" (has), "they’ve": before a past participle ("he’s said"), a perfect. */
const CONTRACTED_PERFECT = /^(?:he|she|they|who)['’](?:s|ve)$/;
const PARTICIPLE = /^(?:said|told|written|spoken|argued|warned|insisted|claimed|stated|noted|added|declared|promised|vowed|suggested|repeated|stressed|maintained)$/;

/** Words for a time after "last", "this", "next" or "on" ("last week", "on Tuesday"). */
const TIME_WORDS = new Set([
  'week', 'weekend', 'month', 'year', 'night', 'morning', 'afternoon', 'evening', 'time', 'spring', 'summer', 'fall',
  'autumn', 'winter', ...WEEKDAYS,
]);
/** Media a speaker says something in ("in a statement", "in an interview"). */
const MEDIA = new Set([
  'statement', 'interview', 'speech', 'letter', 'email', 'e-mail', 'post', 'tweet', 'memo', 'op-ed', 'video', 'filing',
  'release', 'radio', 'television', 'tv',
]);
const MEDIUM_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'the']);

/**
 * Where a time or medium adjunct that ends just before token j starts ("on Tuesday", "last week", "in a
 * statement", "in his announcement speech", "on Twitter"), or j when there is none: a speaker phrase stands
 * before it.
 */
function adjunctEndingAt(toks: Tok[], j: number, floor: number): number {
  const last = wordAt(toks, j - 1, floor);
  if (!last) return j;
  if (TIME_WORDS.has(last) && TIME_OPENERS.has(wordAt(toks, j - 2, floor))) return j - 2;
  if (last === 'yesterday' || last === 'today' || last === 'tonight') return j - 1;
  // "who in 2010 said", "Clinton in March said".
  if ((/^\d{4}$/.test(last) || MONTHS.has(last)) && wordAt(toks, j - 2, floor) === 'in') return j - 2;
  if (MEDIA.has(last)) {
    // "in a statement", "in his announcement speech", "in a written statement": up to two words between.
    for (let d = j - 2; d >= j - 4; d--) {
      const w = wordAt(toks, d, floor);
      if (!w) break;
      if (MEDIUM_DETERMINERS.has(w)) return wordAt(toks, d - 1, floor) === 'in' ? d - 1 : j;
    }
  }
  if ((last === 'twitter' || last === 'facebook') && wordAt(toks, j - 2, floor) === 'on') return j - 2;
  // "Trump at the time said", "Cruz at one point said", "Obama in the past has said", "Clinton for her part said".
  const phrase = `${wordAt(toks, j - 3, floor)} ${wordAt(toks, j - 2, floor)} ${last}`;
  if (TIME_PHRASES.has(phrase)) return j - 3;
  return j;
}
const TIME_OPENERS = new Set(['last', 'this', 'next', 'on', 'late', 'early']);
const MONTHS = new Set(MONTH_NAMES);
const TIME_PHRASES = new Set([
  'at the time', 'at one point', 'in the past', 'for his part', 'for her part', 'for their part', 'for its part',
]);

/** The lower-cased word at token k, or '' when it is punctuation or before `floor`. */
function wordAt(toks: Tok[], k: number, floor: number): string {
  return k >= floor && toks[k]?.kind === 'word' ? toks[k].norm : '';
}

/** A noun that can head a speaker phrase ("officials", "a spokesman", "the ministry", "the report"). */
export function isNominal(norm: string): boolean {
  if (NOMINAL_HEADS.has(norm) || IRREGULAR_PLURALS.has(norm)) return true;
  if (norm.endsWith('ies') && NOMINAL_HEADS.has(norm.slice(0, -3) + 'y')) return true;
  if (norm.endsWith('es') && NOMINAL_HEADS.has(norm.slice(0, -2))) return true;
  if (norm.endsWith('s') && NOMINAL_HEADS.has(norm.slice(0, -1))) return true;
  if (AGE_NOUN.test(norm)) return true;
  return AGENT_NOUN.test(norm) && !NOT_AGENT_NOUNS.has(norm);
}

/** "the 46-year-old", "two 20-year-olds": a person named by age. */
export const AGE_NOUN = /^(?:\d+|[a-z]+)-year-olds?$/;

/**
 * Nouns for people by their ending, beyond the list: "forecasters", "specialists", "historians",
 * "respondents", "participants", "a strategist", "the physician".
 */
const AGENT_NOUN = /^[a-z-]{3,}(?:ers|ors|ists|ians|ents|ants|ist|ian)$/;
const NOT_AGENT_NOUNS = new Set([
  'numbers', 'letters', 'papers', 'matters', 'orders', 'centers', 'centres', 'powers', 'waters', 'borders',
  'headquarters', 'quarters', 'errors', 'factors', 'sectors', 'doors', 'floors', 'colors', 'events', 'comments',
  'documents', 'arguments', 'statements', 'payments', 'elements', 'moments', 'agreements', 'amendments',
  'requirements', 'investments', 'departments', 'governments', 'parents', 'grants', 'plants', 'wants', 'chants',
  'restaurants', 'christian', 'asian', 'russian', 'syrian', 'iranian', 'indian', 'canadian', 'italian',
]);

export function isPronoun(norm: string): boolean {
  return THIRD_PERSON_PRONOUNS.has(norm) || FIRST_SECOND_PRONOUNS.has(norm);
}

function isAuxOrAdverb(t: Tok): boolean {
  if (t.kind !== 'word') return false;
  if (AUXILIARIES.has(t.norm)) return true;
  return t.norm.length > 3 && t.norm.endsWith('ly') && !LY_NOUNS.has(t.norm) && !isCapitalized(t);
}

export function isNegation(t: Tok): boolean {
  return t.kind === 'word' && (NEGATIONS.has(t.norm) || t.norm.endsWith('n’t') || t.norm.endsWith("n't"));
}

function isPossessive(t: Tok): boolean {
  return /(?:['’]s|s['’])$/i.test(t.text);
}

/** "(IAEA)" ending at token index e (exclusive): the tokens ( WORD ). */
/** Tokens of a short bracket ending at e ("(IAEA)", "(D-Md.)", "(R-Fla.)"), or 0. */
function parenEndingAt(toks: Tok[], e: number): number {
  if (!isPunct(toks[e - 1], ')')) return 0;
  for (let k = e - 2; k >= 0 && k >= e - 6; k--) {
    const t = toks[k];
    if (isPunct(t, '(')) return k < e - 2 ? e - k : 0;
    if (t.kind !== 'word' && !isPunct(t, '.')) return 0;
  }
  return 0;
}

/** Adjectives and participles that join a noun to the phrase after them: "people close to the campaign", "sources familiar with the talks". */
const LINKING_ADJECTIVES = new Map([
  ['close', 'to'], ['familiar', 'with'], ['loyal', 'to'], ['opposed', 'to'],
  // "people briefed on the matter", "sources knowledgeable about the plan", "officials involved in the talks"
  ['briefed', 'on'], ['knowledgeable', 'about'], ['involved', 'in'],
]);

function allowedInside(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (t.kind !== 'word') return false;
  const left = toks[k - 1];
  // A name's particle between its capitalised words: "Corrêa do Lago", "Ursula von der Leyen".
  if (NAME_PARTICLES.has(t.text) && left?.kind === 'word' && isCapitalized(left) && toks[k + 1]?.kind === 'word' &&
      (isCapitalized(toks[k + 1]) || NAME_PARTICLES.has(toks[k + 1].text))) return true;
  if (LINKING_ADJECTIVES.has(t.norm)) return left?.kind === 'word' && isNominal(left.norm);
  if (left?.kind === 'word' && LINKING_ADJECTIVES.get(left.norm) === t.norm) return true;
  if (INNER_PREPOSITIONS.has(t.norm)) {
    // "the Ministry of Health (MoH) in Gaza": after a short form in brackets, the name before them.
    if (isPunct(left, ')') && isPunct(toks[k - 3], '(') && toks[k - 4]?.kind === 'word' && isCapitalized(toks[k - 4])) {
      return t.norm === 'in' ? toks[k + 1]?.kind === 'word' && isCapitalized(toks[k + 1]) : true;
    }
    if (left?.kind !== 'word') return false;
    // Inside a name: "Institute for Public Policy", "Co-operation in Europe" (a capital on both sides of "in").
    // (A name's last word may open with an Arabic article: "Farea al-Muslimi of the … think tank".)
    const inName = (isCapitalized(left) || ARABIC_PREFIXED.test(left.text)) && !CAPITALISED_NON_NAMES.has(left.norm) &&
      (t.norm !== 'in' || (toks[k + 1]?.kind === 'word' && isCapitalized(toks[k + 1])));
    // "Kirsten Pfeifer from the Consumer Electronics Association", "Jan Hatzius at Goldman Sachs": where a named person works.
    const right = toks[k + 1]?.norm === 'the' ? toks[k + 2] : toks[k + 1];
    const worksAt = (t.norm === 'from' || t.norm === 'at') && isCapitalized(left) && !CAPITALISED_NON_NAMES.has(left.norm) &&
      right?.kind === 'word' && isCapitalized(right);
    // ("Political observers in Virginia and around the country": a second place joined by "and".)
    const secondPlace = left.norm === 'and' && (t.norm === 'around' || t.norm === 'across' || t.norm === 'throughout');
    return isNominal(left.norm) || ((t.norm === 'of' || t.norm === 'for' || t.norm === 'in') && inName) || worksAt || secondPlace;
  }
  if (BOUNDARY.has(t.norm)) return false;
  if (memberStates(toks, k) || (t.norm === 'think' && toks[k + 1]?.norm === 'tank')) return true;
  // "Planned Parenthood": a capitalised cue form before another capitalised word is part of a name.
  return !isVerbalCueForm(t.norm) || (isCapitalized(t) && toks[k + 1]?.kind === 'word' && isCapitalized(toks[k + 1]));
}

/** "member states", "member countries": the governments of a union, a group that speaks ("Several member states said"). */
function memberStates(toks: Tok[], k: number): boolean {
  return (toks[k].norm === 'states' || toks[k].norm === 'countries' || toks[k].norm === 'nations') && toks[k - 1]?.norm === 'member';
}

/**
 * Whether tokens [start, end) can name a speaker. First- and second-person pronouns count only when
 * `allowFirstPerson` (a direct quote's "I said"), never for reported speech.
 */
export function isSpeakerPhrase(toks: Tok[], start: number, end: number, ctx: SpeakerContext, allowFirstPerson = false): boolean {
  if (end <= start || end - start > 16) return false;
  const first = toks[start];
  if (first.kind !== 'word') return false;
  if (end - start === 1 && isPronoun(first.norm)) return THIRD_PERSON_PRONOUNS.has(first.norm) || allowFirstPerson;
  let inParen = false;
  for (let k = start; k < end; k++) {
    const t = toks[k];
    if (isPunct(t, '(')) inParen = true;
    else if (isPunct(t, ')')) inParen = false;
    else if (inParen) continue; // "(D-Md.)": party and state, or an acronym
    else if (t.kind === 'word') {
      // ("Her advisers": a possessive determiner, not the pronoun.)
      // ("US research firm": a country's initials, not the pronoun.)
      // ("One of them", "some of us": a part of a group named before, as a quote's speaker.)
      const partOf = allowFirstPerson && (t.norm === 'them' || t.norm === 'us' || t.norm === 'those') && k === end - 1 && k - 2 >= start &&
        toks[k - 1].norm === 'of' && QUANTIFIERS.has(toks[start].norm);
      if ((isPronoun(t.norm) || (OTHER_PRONOUNS.has(t.norm) && !(t.norm === 'her' && k === start && end - start > 1))) &&
        !(t.text === 'US' && end - start > 1) && !partOf) return false;
      if (!allowedInside(toks, k) && !(t.norm === 'and' || t.norm === '&')) return false;
    } else if (!isNameAmpersand(toks, k) && !(isPunct(t, ',') && /-based$/.test(toks[k + 1]?.norm ?? '') && k > start && isCapitalized(toks[k - 1]))) {
      return false;
    }
  }
  if (INNER_PREPOSITIONS.has(first.norm) || first.norm === 'and') return false;
  // The head is the last word before any inner prepositional phrase or trailing "(ACRONYM)".
  let last = end;
  last -= parenEndingAt(toks, last);
  if (last <= start) return false;
  let head = last - 1;
  for (let k = start + 1; k < last; k++) {
    if (INNER_PREPOSITIONS.has(toks[k].norm) || LINKING_ADJECTIVES.has(toks[k].norm)) { head = k - 1; break; }
  }
  const h = toks[head];
  if (h.kind !== 'word' || h.norm === 'and' || isPossessive(h)) return false;
  if (ctx.hasMention({ start: first.start, end: toks[end - 1].end })) return true;
  if (isNominal(h.norm) || memberStates(toks, head)) return true;
  // "those surveyed", "voters polled": the people a poll asked.
  if (POLLED.has(h.norm) && head > start && (toks[head - 1].norm === 'those' || isNominal(toks[head - 1].norm))) return true;
  return (isCapitalized(h) || ARABIC_PREFIXED.test(h.text)) && !CAPITALISED_NON_NAMES.has(h.norm) && !CAPITALISED_NON_NAMES.has(h.norm.replace(/\.$/, ''));
}

/** A title ("msp", "inspector-general", "secretary-general", "co-chairman"), from the entities' lexicon. */
function isTitleWord(norm: string): boolean {
  // ("co-chairman", "vice-president": the title after a prefix.)
  return TITLE_HEADS.has(norm) || TITLE_HEADS.has(norm.split('-')[0]) || TITLE_HEADS.has(norm.slice(norm.lastIndexOf('-') + 1));
}

/** Words that open a part of a group: "one of them", "some of us", "two of those". */
const QUANTIFIERS = new Set(['one', 'two', 'three', 'four', 'five', 'some', 'many', 'most', 'several', 'few', 'all', 'both', 'each', 'none', 'another']);

/** An ampersand between two capitalised words: "Transport & Environment", "Computer & Communications". */
function isNameAmpersand(toks: Tok[], k: number): boolean {
  const left = toks[k - 1];
  const right = toks[k + 1];
  return isPunct(toks[k], '&') && left?.kind === 'word' && isCapitalized(left) && right?.kind === 'word' && isCapitalized(right);
}

/** Participles for the people a poll asked, after "those" or a noun for people. */
const POLLED = new Set(['surveyed', 'polled', 'interviewed', 'sampled']);

/** Speaker phrase check, retried on the part after the last "and" ("He paused and Smith said"). */
function speakerOrTail(toks: Tok[], s: number, e: number, ctx: SpeakerContext, allowFirstPerson: boolean): TokRange | null {
  if (isSpeakerPhrase(toks, s, e, ctx, allowFirstPerson)) return { start: s, end: e };
  for (let k = e - 1; k > s; k--) {
    if (toks[k].norm === 'and') {
      return isSpeakerPhrase(toks, k + 1, e, ctx, allowFirstPerson) ? { start: k + 1, end: e } : null;
    }
  }
  return null;
}

/** Verbs of habit or sequel before "to" and a cue ("liked to say", "went on to say"). */
const HABIT_VERBS = new Set(['likes', 'liked', 'loves', 'loved', 'used', 'continues', 'continued']);
const GO_FORMS = new Set(['go', 'goes', 'went', 'gone']);

/** Where the verb of habit before toks[to] ("to") starts ("liked", or "went" of "went on"), or -1. */
function habitVerbBefore(toks: Tok[], to: number, floor: number): number {
  const h = toks[to - 1];
  if (to - 1 < floor || h?.kind !== 'word' || isCapitalized(h)) return -1;
  if (HABIT_VERBS.has(h.norm)) return to - 1;
  if (h.norm === 'on' && to - 2 >= floor && toks[to - 2].kind === 'word' && GO_FORMS.has(toks[to - 2].norm)) return to - 2;
  return -1;
}

/**
 * The speaker phrase that ends just before the cue at token `cue` ("Israeli officials have
 * repeatedly | warned"), looking no further left than token `floor`. Skips up to three auxiliaries
 * and adverbs, and an appositive between commas ("Smith, a spokesman for the ministry, said").
 * Returns null for a passive or negated cue ("was told", "did not say"). A time or medium between the
 * speaker and the cue is skipped unless `skipAdjunct` is false.
 */
export function speakerBefore(
  toks: Tok[], cue: number, floor: number, ctx: SpeakerContext, allowFirstPerson = false, skipAdjunct = true,
): TokRange | null {
  let j = cue;
  for (let k = 0; k < 3 && j - 1 >= floor && (isAuxOrAdverb(toks[j - 1]) || isNegation(toks[j - 1])); k++) {
    if (isNegation(toks[j - 1])) return null;
    j--;
  }
  // "Trump on Tuesday said", "Clinton last week said", "Obama in a statement said": a time or a medium.
  const adjunct = skipAdjunct ? adjunctEndingAt(toks, j, floor) : j;
  if (adjunct < j) {
    j = adjunct;
    for (let k = 0; k < 2 && j - 1 >= floor && isAuxOrAdverb(toks[j - 1]); k++) j--;
  }
  let before = toks[j - 1];
  if (!before || j - 1 < floor) return null;
  const progressive = toks[cue].norm.endsWith('ing');
  // "He’s claiming that …": a pronoun with a contracted "is" before a progressive cue.
  if (progressive && before.kind === 'word' && CONTRACTED_PRONOUN.test(before.norm)) return { start: j - 1, end: j };
  // "he’s said", "they’ve told": a pronoun with a contracted "has" or "have" before a past participle.
  if (!progressive && before.kind === 'word' && CONTRACTED_PERFECT.test(before.norm) && PARTICIPLE.test(toks[cue].norm)) return { start: j - 1, end: j };
  // "Bernie Sanders, who cites them as evidence …": the relative pronoun stands for the speaker.
  if (before.kind === 'word' && (before.norm === 'who' || before.norm === 'which') && j - 2 >= floor &&
      (isPunct(toks[j - 2], ',') || isCapitalized(toks[j - 2]))) return { start: j - 1, end: j };
  // "voters who said …", "four in 10 who said …", "23 percent who said …": people, or a share of a poll, before "who".
  if (before.kind === 'word' && before.norm === 'who' && j - 2 >= floor && toks[j - 2].kind === 'word' &&
      (isNominal(toks[j - 2].norm) || /^\d/.test(toks[j - 2].norm) || toks[j - 2].norm === 'percent')) return { start: j - 1, end: j };
  // "He liked to say", "as the mayor likes to say", "Smith went on to say": a habit or a sequel, not a plan; the
  // speaker is the verb's subject.
  const habit = !progressive && before.kind === 'word' && before.norm === 'to' ? habitVerbBefore(toks, j - 1, floor) : -1;
  if (habit >= 0) {
    j = habit;
    for (let k = 0; k < 2 && j - 1 >= floor && isAuxOrAdverb(toks[j - 1]); k++) j--;
    before = toks[j - 1];
    if (!before || j - 1 < floor) return null;
  } else if (before.kind === 'word' && BE_FORMS.has(before.norm)) {
    // "is telling", "has been saying": progressive, not passive ("was told").
    if (!progressive || before.norm === 'to' || before.norm === 'get' || before.norm === 'got' || before.norm === 'gets') return null;
    j--;
    if (toks[j - 1]?.norm === 'been') j--;
    for (let k = 0; k < 2 && j - 1 >= floor && isAuxOrAdverb(toks[j - 1]); k++) j--;
    before = toks[j - 1];
    if (!before || j - 1 < floor || (before.kind === 'word' && BE_FORMS.has(before.norm))) return null;
  }
  // "Deutsche Bank — itself a target of a lawsuit — said": an aside between dashes; the speaker stands before it.
  if (before.kind === 'dash') {
    let d = j - 2;
    while (d >= Math.max(floor, j - 20) && toks[d].kind !== 'dash' && !isStop(toks[d])) d--;
    return d >= floor && d < j - 2 && toks[d].kind === 'dash' ? phraseEndingAt(toks, d, floor, ctx, allowFirstPerson) : null;
  }
  // "She smiled and said", "I laughed and said": the subject of a first verb joined to the cue by "and".
  if (before.kind === 'word' && before.norm === 'and') {
    const verb = toks[j - 2];
    // (A past verb, not a noun in -ed such as "seed", before a finite cue: not "top seed and defending champion".)
    if (j - 3 >= floor && verb?.kind === 'word' && !isCapitalized(verb) && !(toks[j - 3].kind === 'word' && BE_FORMS.has(toks[j - 3].norm)) &&
      !toks[cue].norm.endsWith('ing') && (/^\p{Ll}{2,}(?:[^e]ed|ied)$/u.test(verb.text) || IRREGULAR_PAST.has(verb.norm)) && !CUE_FORMS_BEFORE_AND.has(verb.norm)) {
      const sp = phraseEndingAt(toks, j - 2, floor, ctx, allowFirstPerson);
      if (sp && sp.end - sp.start <= 4 && (sp.start === floor || !(toks[sp.start - 1].kind === 'word' && !isCapitalized(toks[sp.start - 1]) && !ADJUNCT_PREPOSITIONS.has(toks[sp.start - 1].norm)))) return sp;
    }
    return null;
  }
  if (!isPunct(before, ',')) {
    return withRelativeClause(toks, j, floor, ctx) ?? withParticiple(toks, j, floor, ctx) ??
      surveyed(toks, afterOpeningPhrase(toks, phraseEndingAt(toks, j, floor, ctx, allowFirstPerson), floor, ctx), floor, ctx, allowFirstPerson);
  }
  // "Rajinder Sandhu, who runs a company in Surrey, British Columbia, said", "Nirmala Sitharaman, speaking at an
  // event organised by the Confederation of Indian Industry (CII), said": the name that opens the clause, then
  // an appositive however long and whatever its commas.
  const opener = nameBeforeAppositive(toks, j - 1, floor, ctx);
  if (opener) return opener;
  // "Gov. John Kasich (R-OH), said": a name with its party and state in brackets, then a comma (not an
  // appositive's organisation: "Soumya Kanti Ghosh, chief economist at State Bank of India (SBI), said").
  if (isPunct(toks[j - 2], ')')) {
    const sp = phraseEndingAt(toks, j - 1, floor, ctx, allowFirstPerson);
    if (sp && !isPunct(toks[sp.start - 1], ',')) return sp;
  }
  // An appositive: find the comma that opens it, a few words back, with no verb between. A relative
  // clause may hold anything but a stop, quoted words too ("Barkley, who said he votes Democratic, said",
  // "Trump, who had called him a “communist lunatic” during the campaign, said").
  const limit = Math.max(floor, j - 24);
  let c = j - 2;
  // (A full stop inside the sentence belongs to an abbreviation: "of Springfield, Va., said".)
  while (c >= limit && (isPunct(toks[c], '(') || isPunct(toks[c], ')') || isPunct(toks[c], '.') || isNameAmpersand(toks, c) ||
    (toks[c].kind === 'word' && !isVerbalCueForm(toks[c].norm)))) c--;
  if (c >= limit && !isPunct(toks[c], ',')) {
    let r = c;
    while (r >= limit && !isClauseStop(toks[r]) && !isPunct(toks[r], ',')) r--;
    if (r >= limit && isPunct(toks[r], ',') && (toks[r + 1]?.norm === 'who' || toks[r + 1]?.norm === 'which' || toks[r + 1]?.norm === 'whose')) c = r;
  }
  if (c < limit || !isPunct(toks[c], ',') || c === j - 2) return null;
  // When nothing before the appositive is a speaker ("The site foreman, Tomasz Lewandowski, said": "foreman"
  // is no role the lexicon knows), a name set off by the commas after a lower-case noun is; not before a
  // participle ("… in Tulsa, Oklahoma, arguing": the article's own clause).
  const opening = c;
  const inner = (): TokRange | null => {
    const name = toks.slice(opening + 1, j - 1);
    const role = toks[opening - 1];
    const paren = parenEndingAt(toks, j - 1);
    const words = name.slice(0, name.length - paren);
    const nameWord = (t: Tok, k: number) => t.kind === 'word' ? isCapitalized(t) || NAME_PARTICLES.has(t.text) || ARABIC_PREFIXED.test(t.text) :
      isNameAmpersand(toks, opening + 1 + k);
    if (progressive || words.length < 2) return null;
    // "His lawyer, Marisol Ortega of the Institute for Justice, said", "The government's first witness, former chief
    // financial officer Priya Natarajan, testified": the name inside the appositive, after lower-case words of a job
    // and before "of", "at" or "from" and an organisation.
    let lo = 0;
    while (lo < words.length && lo < 5 && words[lo].kind === 'word' && !isCapitalized(words[lo]) && /^[\p{Ll}-]+$/u.test(words[lo].text) &&
      !isVerbalCueForm(words[lo].norm) && !/(?:ed|ing)$/.test(words[lo].norm) && !NOT_JOB_WORDS.has(words[lo].norm)) lo++;
    // (The job ends in a noun for a person: not "including the World Bank", "led by …", "from the Home Office".)
    if (lo > 0 && !(isNominal(words[lo - 1].norm) || isTitleWord(words[lo - 1].norm))) return null;
    let hi = lo;
    while (hi < words.length && hi - lo < 5 && nameWord(words[hi], hi)) hi++;
    const tail = words[hi];
    if ((lo > 0 || hi < words.length) && hi - lo >= 2 && (hi === words.length || (tail.kind === 'word' && (tail.norm === 'of' || tail.norm === 'at' || tail.norm === 'from'))) &&
        (lo === 0 || !DETERMINERS_BEFORE_NAME.has(words[0].norm))) {
      if (!role || role.kind !== 'word' || isCapitalized(role)) return null;
      return { start: opening + 1 + lo, end: opening + 1 + hi };
    }
    if (words.length > 5 || !words.every(nameWord)) return null;
    // The role ends in a lower-case noun ("The union’s general secretary"), or holds one before the name of its
    // organisation ("A spokesperson for NNPC Ltd").
    if (!role || role.kind !== 'word') return null;
    // A capitalised role is a title ("Islay’s MSP", "The Inspector-General of Police") or holds a noun for
    // people before its organisation's name.
    if (isCapitalized(role) && !isTitleWord(role.norm)) {
      let k = opening - 1;
      while (k > Math.max(floor, opening - 8) && toks[k].kind === 'word' && isCapitalized(toks[k])) k--;
      // ("The Governor of the CBN, Mr Olayemi Cardoso, said": a determiner before the organisation's name.)
      if (toks[k]?.kind === 'word' && toks[k].norm === 'the' && k - 1 > floor) k--;
      const head = toks[k - 1];
      if (!(toks[k]?.kind === 'word' && INNER_PREPOSITIONS.has(toks[k].norm) && head?.kind === 'word' && (isNominal(head.norm) || isTitleWord(head.norm)))) return null;
    }
    return phraseEndingAt(toks, j - 1, opening + 1, ctx, allowFirstPerson);
  };
  // An appositive with commas of its own ("Johnnie Wilson, of Springfield, Va., said"): try the
  // phrase before each of up to three commas.
  for (let tries = 0; tries < 3; tries++) {
    const sp = phraseEndingAt(toks, c, floor, ctx, allowFirstPerson);
    // "of Springfield" is part of the appositive, not the speaker.
    const prep = sp && toks[sp.start - 1];
    if (sp && !(prep && prep.kind === 'word' && (INNER_PREPOSITIONS.has(prep.norm) || prep.norm === 'in'))) {
      // "The union’s general secretary, Mick Whelan, said": a role that names no one, then the name: both.
      const name = tries === 0 ? inner() : null;
      return name ? { start: sp.start, end: name.end } : sp;
    }
    let d = c - 1;
    while (d >= limit && ((toks[d].kind === 'word' && !isVerbalCueForm(toks[d].norm)) || isPunct(toks[d], '.'))) d--;
    if (d < limit || !isPunct(toks[d], ',') || d === c - 1) return inner();
    c = d;
  }
  return inner();
}

/** Lower-case words that open no job before a name. */
const NOT_JOB_WORDS = new Set(['from', 'by', 'in', 'at', 'of', 'for', 'with', 'such', 'as', 'including', 'like', 'and', 'or', 'the', 'a', 'an', 'which', 'who']);
/** Words that make an appositive a description rather than a job before a name ("a lawyer, the Smith Foundation"). */
const DETERMINERS_BEFORE_NAME = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/**
 * The name that opens a clause and is set off by a comma from everything up to the comma at `close`, just
 * before the cue: "Pamela Samuelson, a professor at the University of California, Berkeley, who has written
 * widely on copyright, | said". The name starts the clause (only punctuation between `floor` and it), is
 * capitalised throughout (a title may lead it: "Finance Minister Nirmala Sitharaman") or an entity mention,
 * and is followed by an appositive that opens in lower case, with a determiner or with a number ("Smith, 54,")
 * and holds no stop. A role before a name ("The union’s general secretary, Mick Whelan, said") is left to
 * the appositive rules below.
 */
function nameBeforeAppositive(toks: Tok[], close: number, floor: number, ctx: SpeakerContext): TokRange | null {
  let start = floor;
  while (start < close && toks[start].kind !== 'word') start++;
  // "But, Hans Reckers, a board member of …, said": a connective and its comma open the sentence.
  if (CONNECTIVES.has(toks[start]?.norm) && isPunct(toks[start + 1], ',')) start += 2;
  let end = start;
  while (end < close && toks[end].kind === 'word' && (isCapitalized(toks[end]) || NAME_PARTICLES.has(toks[end].text))) end++;
  if (end === start || end - start > 6 || !isPunct(toks[end], ',') || end >= close - 1) return null;
  if (!isSpeakerPhrase(toks, start, end, ctx) || DETERMINERS.has(toks[start].norm)) return null;
  const name = rangeSpan(toks, { start, end });
  if (!(end - start >= 2 || ctx.hasMention(name))) return null;
  const next = toks[end + 1];
  if (next.kind !== 'word' || (isCapitalized(next) && !DETERMINERS.has(next.norm))) {
    if (!/^\d/.test(next.text) && !possessedRole(toks, end + 1, close)) return null;
  }
  // Quoted words may stand in the appositive ("one of the so-called “Blair Babes”"), in pairs.
  let marks = 0;
  let last = end;
  for (let k = end + 1; k < close; k++) {
    if (isStop(toks[k]) || toks[k].kind === 'dash') return null;
    if (toks[k].kind === 'mark') marks++;
    if (isPunct(toks[k], ',')) last = k;
  }
  // The last part is the name's own verb, not an appositive: "Mr Haji-Ioannou, who plans …, vowed to fight back, | saying".
  const verb = toks[last + 1];
  if (verb?.kind === 'word' && isVerbalCueForm(verb.norm) && !verb.norm.endsWith('ing')) return null;
  return marks % 2 === 0 ? { start, end } : null;
}

/**
 * "Cancer Research UK's chief clinician": an organisation's name in capitals with its possessive, then a role in lower
 * case, opening an appositive at `k`.
 */
function possessedRole(toks: Tok[], k: number, close: number): boolean {
  for (let j = k; j < close && j < k + 5; j++) {
    const t = toks[j];
    if (t.kind !== 'word' || !isCapitalized(t)) return false;
    if (/['’]s$/.test(t.text)) return toks[j + 1]?.kind === 'word' && !isCapitalized(toks[j + 1]);
  }
  return false;
}

const CONNECTIVES = new Set(['but', 'however', 'and', 'meanwhile', 'still', 'yet', 'separately', 'instead', 'elsewhere', 'now']);

/** Participles that make the name after "by" the one who asked, not the one who speaks: "economists polled by Reuters". */
export const ASKED_BY: ReadonlySet<string> = new Set(['polled', 'surveyed', 'interviewed', 'questioned', 'canvassed', 'consulted', 'contacted', 'cited', 'quoted', 'tracked']);

/** "Economists polled by Reuters expect": the people asked, with who asked them, are the speaker; else `sp`. */
function surveyed(toks: Tok[], sp: TokRange | null, floor: number, ctx: SpeakerContext, allowFirstPerson: boolean): TokRange | null {
  if (!sp || sp.start - 2 <= floor || toks[sp.start - 1].norm !== 'by' || !ASKED_BY.has(toks[sp.start - 2].norm)) return sp;
  const asked = phraseEndingAt(toks, sp.start - 2, floor, ctx, allowFirstPerson);
  return asked ? { start: asked.start, end: sp.end } : sp;
}

/** The speaker phrase that ends at token `end` (exclusive), looking no further left than `floor`. */
/**
 * "one Democratic strategist who read the document told us", "a resident who lives nearby said": the speaker phrase
 * before a relative clause with no commas (a few words, none a cue or a stop) that ends at the cue at `end`.
 */
function withRelativeClause(toks: Tok[], end: number, floor: number, ctx: SpeakerContext): TokRange | null {
  // (Only before a verb of speech, after a word that ends no verb phrase: not "who tried to | ban", "who investigated
  // and | described", "who decided | last".)
  // ("one official who asked not to be named said": an anonymity clause ends in a participle.)
  const anonymous = (toks[end - 1]?.norm === 'named' || toks[end - 1]?.norm === 'identified') && toks[end - 2]?.norm === 'be';
  if (!RELATIVE_SPEECH_CUES.has(toks[end]?.norm ?? '') || toks[end - 1]?.kind !== 'word' || OPEN_ENDS.has(toks[end - 1].norm) || (/ed$/.test(toks[end - 1].norm) && !anonymous)) return null;
  for (let w = end - 2; w >= Math.max(floor + 1, end - 6); w--) {
    const t = toks[w];
    if (t.kind !== 'word') return null;
    if (t.norm !== 'who') continue;
    if (toks[w - 1].kind !== 'word' || !isNominal(toks[w - 1].norm)) return null;
    // (The one the clause describes is the speaker, as in reported speech: "A senior aide who spoke … said".)
    return phraseEndingAt(toks, w, floor, ctx, false);
  }
  return null;
}

/**
 * "Residents living near the plant said", "A woman standing outside the court told", "Officials speaking on condition
 * of anonymity said": the speaker phrase before a participle phrase (a few words, no punctuation) that ends at the cue.
 */
function withParticiple(toks: Tok[], end: number, floor: number, ctx: SpeakerContext): TokRange | null {
  if (!(RELATIVE_SPEECH_CUES.has(toks[end]?.norm ?? '') || PARTICIPLE_SPEECH_CUES.has(toks[end]?.norm ?? '')) ||
    toks[end - 1]?.kind !== 'word' || OPEN_ENDS.has(toks[end - 1].norm)) return null;
  for (let w = end - 2; w >= Math.max(floor + 1, end - 9); w--) {
    const t = toks[w];
    if (t.kind !== 'word') return null;
    // (A participle opens its phrase with a preposition, determiner or adverb after it: "living near", "speaking on";
    // not "chief operating officer", "the doping row".)
    if (!/^\p{Ll}+ing$/u.test(t.text) || NOT_PARTICIPLES.has(t.norm) || !(toks[w + 1]?.kind === 'word' && AFTER_PARTICIPLE.has(toks[w + 1].norm))) continue;
    const head = toks[w - 1];
    if (head.kind !== 'word' || !(isNominal(head.norm) || isCapitalized(head)) || OPEN_ENDS.has(head.norm)) return null;
    return phraseEndingAt(toks, w, floor, ctx, false);
  }
  return null;
}
/** Words that follow a participle opening a phrase after a speaker ("living near", "speaking on condition"). */
const AFTER_PARTICIPLE = new Set(['near', 'outside', 'inside', 'on', 'in', 'at', 'through', 'from', 'to', 'for', 'with', 'by', 'under', 'behind',
  'around', 'across', 'along', 'about', 'against', 'into', 'over', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'there', 'here',
  'nearby', 'locally', 'together', 'alongside', 'beside']);
/** Verbs of shouting a crowd described by a participle may stand before ("Protesters marching … chanted"). */
const PARTICIPLE_SPEECH_CUES = new Set(['chanted', 'shouted', 'yelled', 'asked', 'asks', 'replied', 'declared', 'announced']);
/** Words in -ing that are not participles. */
const NOT_PARTICIPLES = new Set(['during', 'morning', 'evening', 'building', 'meeting', 'thing', 'something', 'nothing', 'anything', 'everything',
  'king', 'spring', 'ring', 'wing', 'string', 'ceiling', 'funding', 'briefing', 'hearing', 'ruling', 'shooting', 'bombing', 'wedding', 'ending',
  'opening', 'setting', 'training', 'housing', 'clothing', 'feeling', 'finding', 'findings', 'following', 'including', 'regarding', 'according']);

/** Irregular past forms of verbs a speaker does before speaking ("She stood and said"). */
const IRREGULAR_PAST = new Set(['stood', 'sat', 'took', 'went', 'came', 'got', 'broke', 'spoke', 'rose', 'grinned', 'shook', 'left', 'began']);
/** Past forms that are not the speaker's own first verb before "and said" ("… were killed and said"). */
const CUE_FORMS_BEFORE_AND = new Set(['used', 'based', 'united', 'called', 'named', 'killed', 'injured', 'wounded', 'arrested', 'charged']);

/** Verbs of speech a speaker phrase with a relative clause may stand before. */
const RELATIVE_SPEECH_CUES = new Set(['said', 'says', 'say', 'told', 'tells', 'tell', 'added', 'adds', 'wrote', 'writes', 'argue', 'argued', 'argues',
  'warned', 'warn', 'warns', 'noted', 'explained', 'insisted', 'insist', 'agree', 'agreed', 'believe', 'believes', 'contend', 'contends',
  'acknowledged', 'admitted', 'claimed', 'stressed', 'suggested', 'estimated']);
/** Words that leave a verb phrase open before the next word. */
const OPEN_ENDS = new Set(['to', 'by', 'and', 'or', 'but', 'of', 'what', 'that', 'the', 'a', 'an', 'who', 'not', 'for', 'with', 'in', 'on', 'at', 'as',
  // A subject pronoun is the speaker itself: "women who he said are …".
  'he', 'she', 'they', 'it', 'we', 'i', 'you']);

function phraseEndingAt(toks: Tok[], end: number, floor: number, ctx: SpeakerContext, allowFirstPerson: boolean): TokRange | null {
  // "… the villages of Um Sumeima and Kazgil and accused …": a second verb of the sentence's subject, not a speaker.
  if (toks[end - 1]?.norm === 'and') return null;
  // "In a rare 2024 interview he said": a subject pronoun is the whole speaker, whatever stands before it.
  // (Not a relative clause's subject: "the war that she supported".)
  // The words before it are an opening prepositional phrase (not a noun it qualifies: "policies she supported").
  if (end - 2 >= floor && toks[end - 1]?.kind === 'word' && SUBJECT_PRONOUNS.has(toks[end - 1].norm) && toks[end - 2]?.kind === 'word' &&
    !SUBJECT_CLAUSE_OPENERS.has(toks[end - 2].norm) && (opensWithPreposition(toks, end - 2, floor) || isOpeningTime(toks, end - 2, floor))) {
    return speakerOrTail(toks, end - 1, end, ctx, allowFirstPerson);
  }
  let s = end;
  while (s - 1 >= floor) {
    if (end - s >= 16) return null;
    const t = toks[s - 1];
    if (t.kind === 'word') {
      // "The head of that tribunal": a demonstrative after an inner preposition determines the noun after it.
      const demonstrative = DEMONSTRATIVES.has(t.norm) && s < end && toks[s - 2]?.kind === 'word' && INNER_PREPOSITIONS.has(toks[s - 2].norm);
      if (!(t.norm === 'and' || t.norm === '&' || demonstrative || allowedInside(toks, s - 1))) break;
      s--;
      // A determiner starts the phrase unless "and" or an inner preposition joins it to more
      // ("things | the candidate said", but "agencies and the IAEA", "a spokesman for the ministry").
      const left = toks[s - 1];
      if (DETERMINERS.has(t.norm) && left?.kind === 'word' && !INNER_PREPOSITIONS.has(left.norm) && left.norm !== 'and' && left.norm !== '&' &&
        LINKING_ADJECTIVES.get(toks[s - 2]?.norm) !== left.norm) break;
      continue;
    }
    const paren = parenEndingAt(toks, s);
    if (paren && s - paren >= floor) { s -= paren; continue; }
    // "the Santa Clara, California-based company": a city and its state before "-based".
    if (isPunct(t, ',') && /-based$/.test(toks[s]?.norm ?? '') && s - 2 >= floor && toks[s - 2].kind === 'word' && isCapitalized(toks[s - 2])) { s--; continue; }
    // "Transport & Environment": an ampersand inside a name.
    if (isNameAmpersand(toks, s - 1) && s - 2 >= floor) { s--; continue; }
    break;
  }
  while (s < end && (toks[s].norm === 'and' || toks[s].norm === '&')) s++;
  if (s >= end) return null;
  // "Speaking in Tanzania Mr Brown said", "In London Mrs Smith said": a personal title starts the name, and the
  // capitalised words before it are the sentence's opening, not the speaker.
  for (let k = end - 2; k > s; k--) {
    if (PERSONAL_TITLES.has(toks[k].norm) && isCapitalized(toks[k - 1]) && isCapitalized(toks[k + 1])) {
      s = k;
      break;
    }
  }
  return speakerOrTail(toks, s, end, ctx, allowFirstPerson);
}
const DEMONSTRATIVES = new Set(['that', 'this', 'these', 'those']);
/** Subject pronouns: a speaker by themselves, and what opens a clause after an object ("told reporters at the rally she was …"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** Whether the words ending at token `last` run back (at most nine, no punctuation) to a preposition opening them. */
function opensWithPreposition(toks: Tok[], last: number, floor: number): boolean {
  for (let k = last; k >= floor && k > last - 10; k--) {
    if (toks[k].kind !== 'word') return false;
    if (ADJUNCT_PREPOSITIONS.has(toks[k].norm)) return k < last;
  }
  return false;
}
/** Words of a time phrase that opens a sentence without a comma ("Last week he said", "Two days ago she wrote"). */
const OPENING_TIME_WORDS = new Set(['last', 'this', 'next', 'earlier', 'later', 'ago', 'week', 'weeks', 'month', 'months', 'year', 'years', 'day', 'days',
  'night', 'morning', 'afternoon', 'evening', 'weekend', 'yesterday', 'today', 'tonight', 'a', 'few', 'several', 'two', 'three', 'four', 'five',
  'six', 'seven', 'eight', 'nine', 'ten', 'then', 'recently', 'hours', 'minutes', 'moments', ...WEEKDAYS, ...MONTH_NAMES]);
/** Whether tokens floor..last (at most six words, the sentence's opening) are a time phrase. */
function isOpeningTime(toks: Tok[], last: number, floor: number): boolean {
  if (last - floor > 5 || last < floor) return false;
  for (let k = floor; k <= last; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || !(OPENING_TIME_WORDS.has(t.norm) || /^\d{1,4}$/.test(t.norm))) return false;
  }
  return true;
}
const SUBJECT_CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'if', 'because', 'as', 'and', 'but', 'or',
  'so', 'than', 'since', 'after', 'before', 'until', 'though', 'although', 'whether', 'what', 'how', 'why', 'once', 'unless']);
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mr.', 'mrs.', 'ms.']);

/** Prepositions that open a sentence's adjunct, written without a comma before the speaker ("At the launch Smith said"). */
const ADJUNCT_PREPOSITIONS = new Set([
  'at', 'from', 'in', 'on', 'after', 'during', 'before', 'near', 'outside', 'inside', 'since', 'following', 'amid', 'despite',
]);

/** Nouns for what a speaker says something in, not for who says it ("a statement", "a report"). */
const DOCUMENT_NOUNS = new Set([...MEDIA, 'report', 'poll', 'survey', 'study', 'website', 'data', 'analysis', 'research', 'figures', 'record', 'result']);

/**
 * The speaker in a phrase that begins with the object of an opening preposition, no comma after it:
 * "Later at | their poster launch | Tory co-chairman Liam Fox said", "From | the witness stand | Mr Sullivan
 * told", "In | a statement | Mr Sullivan said". The speaker is the name at the end (an entity mention) with the
 * capitalised words and titles before it; the words before those hold a lower-case word, which no name does.
 */
function afterOpeningPhrase(toks: Tok[], sp: TokRange | null, floor: number, ctx: SpeakerContext): TokRange | null {
  if (!sp) return sp;
  const { start: s, end } = sp;
  const before = toks[s - 1];
  if (!(s - 1 >= floor && before?.kind === 'word' && ADJUNCT_PREPOSITIONS.has(before.norm))) return sp;
  const last = toks[end - 1];
  if (last?.kind !== 'word' || !isCapitalized(last)) return sp;
  let t = end - 1;
  while (t - 1 >= s) {
    const w = toks[t - 1];
    // ("the Urban Institute and Brookings Institution": "and" or "&" between two names.)
    const joins = (w.norm === 'and' && isCapitalized(toks[t]) && toks[t - 2]?.kind === 'word' && isCapitalized(toks[t - 2])) || isNameAmpersand(toks, t - 1);
    if (!joins && w.kind !== 'word') break;
    if (!(joins || isCapitalized(w) || isTitleWord(w.norm) || TITLE_MODIFIERS.has(w.norm) || (NAME_PARTICLES.has(w.text) && isCapitalized(toks[t])))) break;
    t--;
  }
  // A noun for people or organisations before the name describes it ("a poll for mobile firm Intervoice", "a
  // monthly report anti-virus firm Sophos"): it joins the speaker with its lower-case modifiers.
  if (t - 1 > s && toks[t - 1].kind === 'word' && isNominal(toks[t - 1].norm) && !DOCUMENT_NOUNS.has(toks[t - 1].norm)) {
    t--;
    while (t - 1 >= s && toks[t - 1].kind === 'word' && !isCapitalized(toks[t - 1]) && !isNominal(toks[t - 1].norm) &&
      !DETERMINERS.has(toks[t - 1].norm) && !INNER_PREPOSITIONS.has(toks[t - 1].norm) && !ADJUNCT_PREPOSITIONS.has(toks[t - 1].norm) &&
      !isPossessive(toks[t - 1])) t--;
  }
  if (t === s) return sp;
  // The words before the name are a phrase of their own: a lower-case content word, not a determiner of the
  // name ("the Security Council") nor a preposition whose object it is ("voters in Florida").
  const prev = toks[t - 1];
  // (It opens in lower case: "after Business Insider senior editor Josh Barro noted" names his employer.)
  const content = !isCapitalized(toks[s]) && toks.slice(s, t).some((w) => w.kind === 'word' && !isCapitalized(w) && !DETERMINERS.has(w.norm));
  if (!content || (prev.kind === 'word' && (DETERMINERS.has(prev.norm) || INNER_PREPOSITIONS.has(prev.norm)))) return sp;
  return ctx.hasMention({ start: toks[t].start, end: last.end }) ? { start: t, end } : sp;
}

/**
 * The speaker phrase that starts at token `i` ("said | the Iranian leader", "according to | a
 * spokesman for the ministry"), up to the first comma, stop or boundary word.
 */
export function speakerAfter(toks: Tok[], i: number, ctx: SpeakerContext, allowFirstPerson = false): TokRange | null {
  let e = i;
  while (e < toks.length && e - i < 12) {
    const t = toks[e];
    if (t.kind === 'word') {
      if (!allowedInside(toks, e) && t.norm !== 'and' && t.norm !== '&') {
        if (!(e === i && isPronoun(t.norm))) break;
      }
      e++;
      if (e - i === 1 && isPronoun(t.norm)) break;
      continue;
    }
    if (isPunct(t, '(')) {
      let c = e + 1;
      while (c < toks.length && c < e + 5 && (toks[c].kind === 'word' || isPunct(toks[c], '.'))) c++;
      if (c > e + 1 && isPunct(toks[c], ')')) { e = c + 1; continue; }
    }
    break;
  }
  while (e > i && (INNER_PREPOSITIONS.has(toks[e - 1].norm) || toks[e - 1].norm === 'and')) e--;
  if (e === i) return null;
  return isSpeakerPhrase(toks, i, e, ctx, allowFirstPerson) ? { start: i, end: e } : null;
}

/** Index just past the auxiliaries/adverbs that may sit between a speaker and its cue. */
export function skipAuxForward(toks: Tok[], i: number): number {
  let j = i;
  for (let k = 0; k < 3 && toks[j] && isAuxOrAdverb(toks[j]); k++) j++;
  return j;
}

/** skipAuxForward, also over a negation ("but did not suggest", "and didn’t say"). */
export function skipAuxNegForward(toks: Tok[], i: number): number {
  let j = i;
  for (let k = 0; k < 4 && toks[j] && (isAuxOrAdverb(toks[j]) || isNegation(toks[j])); k++) j++;
  return j;
}

/** A sentence or clause stop or a dash (not a quote mark). */
function isClauseStop(t: Tok | undefined): boolean {
  return t === undefined || isTerminator(t) || t.kind === 'dash' || isPunct(t, ':');
}

/** A sentence or clause stop, or a quote mark, or a dash: the end of a phrase. */
export function isStop(t: Tok | undefined): boolean {
  return t === undefined || isTerminator(t) || t.kind === 'mark' || t.kind === 'dash' || isPunct(t, ':');
}

/**
 * The subject of a clause that starts at token `from` ("Hillary Clinton immediately posted …,
 * saying …"): the longest speaker phrase at its start, after an opening adjunct that ends with a
 * comma ("On Sunday, Clinton …"). For participle cues, whose speaker is that subject. With
 * `beforeVerb`, only a phrase followed by a lower-case word (its verb) counts: "Trump | issued a
 * statement", not "Trump issued a statement", which reads as a phrase ending in a noun.
 */
export function subjectAt(toks: Tok[], from: number, until: number, ctx: SpeakerContext, beforeVerb = false): TokRange | null {
  let s = from;
  for (let k = from; k < Math.min(until, from + 7); k++) {
    if (isPunct(toks[k], ',')) {
      // "Richard Hughes, the OBR's chair, apologised … and said": a name, then its appositive between commas, then
      // the verb; not an opening phrase before the subject ("In London, Mrs Smith said").
      // (An appositive that is itself a name goes with the subject: "The Lord Chancellor, Lord Falconer, agreed".)
      // (Also an appositive opening with an organisation's possessive: "Josef Aschbacher, ESA's director general, …".)
      const opensAppositive = isLowerWord(toks[k + 1]) || (toks[k + 1]?.kind === 'word' && /['’]s$/.test(toks[k + 1].text) && isLowerWord(toks[k + 2]));
      if (beforeVerb && k > from && k - from <= 4 && toks.slice(from, k).every((t) => t.kind === 'word' && isCapitalized(t)) && opensAppositive) {
        for (let j = k + 2; j < Math.min(until, k + 10); j++) {
          if (isPunct(toks[j], ',')) {
            if (isLowerWord(toks[j + 1]) && isSpeakerPhrase(toks, from, k, ctx, false)) return { start: from, end: k };
            break;
          }
          if (toks[j].kind !== 'word') break;
        }
      }
      s = k + 1;
      break;
    }
    if (isStop(toks[k])) break;
  }
  let best: TokRange | null = null;
  for (let e = s + 1; e <= Math.min(until, s + 10); e++) {
    const t = toks[e - 1];
    if (t.kind !== 'word' && !isPunct(t, '(') && !isPunct(t, ')')) break;
    if (t.kind === 'word' && !allowedInside(toks, e - 1) && !(e === s + 1 && isPronoun(t.norm)) && t.norm !== 'and') break;
    // (Never ending on a word that joins it to more: "The attorney general of | Texas".)
    if (isSpeakerPhrase(toks, s, e, ctx, false) && (!beforeVerb || (isLowerWord(toks[e]) && !nameParticleAt(toks, e) && !(t.kind === 'word' && (INNER_PREPOSITIONS.has(t.norm) || t.norm === 'and' || DETERMINERS.has(t.norm)))))) {
      best = { start: s, end: e };
      // Before a verb, the subject ends at the first lower-case word that cannot go on a noun phrase
      // ("Okonkwo | thanked the museum and said …"), not at the longest phrase.
      // (A noun for people goes on it: "Obesity specialists | welcomed …".)
      if (beforeVerb && !continuesPhrase(toks[e]) && !roleBeforeName(toks, e) && !(toks[e]?.kind === 'word' && isNominal(toks[e].norm) && !VERBS_LIKE_AGENT_NOUNS.has(toks[e].norm))) return best;
    }
    if (e === s + 1 && isPronoun(t.norm)) break;
  }
  return best;
}


/**
 * "Democratic leader Chuck Schumer", "Chelsea head coach Enzo Maresca": a role in lower case (up to three words, a
 * role noun last) before a capitalised word goes on the phrase.
 */
function roleBeforeName(toks: Tok[], e: number): boolean {
  let j = e;
  while (j < e + 3 && toks[j]?.kind === 'word' && /^\p{Ll}/u.test(toks[j].text)) j++;
  const next = toks[j];
  return j > e && NOMINAL_HEADS.has(toks[j - 1].norm) && next?.kind === 'word' && /^\p{Lu}/u.test(next.text);
}

/** Verbs' third-person forms that look like nouns for people ("AS offers one", "Google represents"). */
const VERBS_LIKE_AGENT_NOUNS = new Set([
  'offers', 'answers', 'considers', 'enters', 'delivers', 'covers', 'gathers', 'suffers', 'remembers', 'wonders', 'discovers',
  'registers', 'triggers', 'recovers', 'prefers', 'refers', 'transfers', 'counters', 'fosters', 'hinders', 'lowers', 'alters',
  'renders', 'shelters', 'represents', 'presents', 'prevents', 'invents', 'resents', 'warrants', 'laments', 'consents',
]);

/** A lower-case word that may go on a noun phrase: a preposition inside one, "and", a linking adjective. */
function continuesPhrase(t: Tok): boolean {
  return INNER_PREPOSITIONS.has(t.norm) || t.norm === 'and' || t.norm === '&' || LINKING_ADJECTIVES.has(t.norm) || isPossessive(t);
}

/** A lower-case particle inside a name ("Ursula von der Leyen", "Charles de Gaulle"): no verb. */
function nameParticleAt(toks: Tok[], k: number): boolean {
  let j = k;
  while (j < toks.length && j < k + 2 && toks[j].kind === 'word' && NAME_PARTICLES.has(toks[j].text)) j++;
  return j > k && toks[j]?.kind === 'word' && isCapitalized(toks[j]);
}

function isLowerWord(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'word' && t.text[0] === t.norm[0];
}
