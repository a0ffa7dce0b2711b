/**
 * Attribution of quoted words (direct quotes): who said them and with which cue, read from the
 * clause just before the opening mark and the words just after the closing mark.
 *
 * After the quote:   “…,” X said.  /  “…,” said X.  /  “…,” according to X.  /  “…” — X
 *                    “…,” X said, “…”   (the attribution splits one quote: continuesIntoNext)
 * Before the quote:  X said: “…”  /  X told Y: “…”  /  X said, “…”  /  X said “…”  /  X: “…”
 */
import type { Span } from '../../model/doc.ts';
import { CONFIDENCE } from './confidence.ts';
import { isAccordingTo, matchCue, TELL_FORMS } from './cues.ts';
import { isCapitalized, isPunct, isTerminator, isWord, PASSIVE_BE, type Tok } from './lex.ts';
import { clauseAfterObject, sourceAfterAccordingTo } from './reported-speech.ts';
import { isSpeakerPhrase, isStop, rangeSpan, speakerAfter, speakerBefore, subjectAt, type SpeakerContext, type TokRange } from './speaker-phrase.ts';

export type AttributionPattern =
  | 'after' | 'after-inverted' | 'according-to' | 'dash' | 'lead-in' | 'lead-in-colon' | 'lead-in-subject' | 'transcript';

export interface Attribution {
  pattern: AttributionPattern;
  speaker: Span;
  cue: Span | null;
  confidence: number;
  /** Offset just past the attribution words (speaker or cue, whichever ends later). */
  end: number;
  /** “…,” X said, “…”: the attribution runs straight into the next quote, which continues this one. */
  continuesIntoNext: boolean;
}

/** Words that may stand between an attribution and the quote it introduces: "told reporters:", "said in a statement,". */
const MAX_LEAD_IN_GAP = 6;
/** Verbs of evidence: what something shows, proves or suggests. */
const EVIDENTIAL = new Set(['show', 'shows', 'showed', 'shown', 'prove', 'proves', 'proved', 'suggest', 'suggests', 'suggested', 'indicate', 'indicates', 'indicated', 'demonstrate', 'demonstrates', 'demonstrated', 'meant', 'means']);
/** Verbs of saying whose speaker owns an evidential clause after them ("X said the result showed …"). */
const SAY_FORMS = new Set(['say', 'says', 'said', 'saying', 'argue', 'argues', 'argued', 'add', 'adds', 'added', 'insist', 'insists', 'insisted', 'respond', 'responds', 'responded', 'claim', 'claims', 'claimed']);
/** Adjunct words allowed after the attribution of a quote that ends a sentence ("Smith said on Tuesday."). */
const MAX_AFTER_TAIL = 4;
/** Words allowed between the attribution and the next quote of a split quote ("he said in a statement, “…"). */
const MAX_SPLIT_TAIL = 12;
/** Words joining a clause of its own after an attribution and its comma ("she said, but Kevin was drifting off"). */
const COORDINATORS = new Set(['and', 'but', 'while', 'though', 'although', 'yet']);
/** Adverbs that may follow the joining word before the quote goes on ("Jordan said, and still “got to sit in …”"). */
const JOINING_ADVERBS = new Set(['still', 'also', 'then', 'later', 'now']);
/** Tokens an appositive may take between a speaker and its cue after the quote. */
const MAX_APPOSITIVE = 40;

/**
 * Attribution in the words after a closing mark. `toks` are the words from just after the mark up
 * to the paragraph end or the next quote's opening mark (`reachesNextQuote`). `quoteEndsSentence`:
 * the quoted words end with . ! or ?, so a long clause after them is a new sentence, not an attribution.
 */
export function attributeAfter(
  toks: Tok[], ctx: SpeakerContext, quoteEndsSentence: boolean, reachesNextQuote: boolean,
): Attribution | null {
  let i = isPunct(toks[0], ',') ? 1 : 0;
  const first = toks[i];
  if (!first) return null;
  let speaker: TokRange | null = null;
  let cue: TokRange | null = null;
  let pattern: AttributionPattern;
  let confidence: number;
  if (first.kind === 'dash') {
    speaker = speakerAfter(toks, i + 1, ctx);
    pattern = 'dash';
    confidence = CONFIDENCE.dash;
  } else if (isAccordingTo(toks, i)) {
    speaker = speakerAfter(toks, i + 2, ctx);
    const s = speaker?.end ?? -1;
    if (!speaker || (s < toks.length && !isPunct(toks[s], ',') && !isTerminator(toks[s]))) speaker = sourceAfterAccordingTo(toks, i + 2) ?? speaker;
    cue = { start: i, end: i + 2 };
    pattern = 'according-to';
    confidence = CONFIDENCE.accordingTo;
  } else if ((cue = matchCue(toks, i, 'direct'))) {
    // (“…,” told Reuters …: after "told" stands who heard it, never who spoke.)
    if (TELL_FORMS.has(toks[cue.start].norm)) return null;
    // (Nor a participle: "“more of the same”, saying it did nothing" reports what "it" did; no inverted "said it".)
    if (toks[cue.start].norm.endsWith('ing')) return null;
    speaker = speakerAfter(toks, cue.end, ctx, true);
    pattern = 'after-inverted';
    confidence = CONFIDENCE.afterCueSpeaker;
  } else {
    // "X said" within a few words, or after an appositive ("Scott Pruitt, the attorney general of
    // Oklahoma, one of the states suing, said"): the cue is then the first one after the second comma.
    let commas = 0;
    for (let k = i + 1; k < toks.length && k <= i + (commas ? MAX_APPOSITIVE : 16) && !isStop(toks[k]); k++) {
      if (isPunct(toks[k], ',')) commas++;
      if (isPunct(toks[k], '(')) {
        // "(D-Md.)": a bracket's full stop ends no sentence.
        let c = k + 1;
        while (c < toks.length && c < k + 5 && !isPunct(toks[c], ')')) c++;
        if (isPunct(toks[c], ')')) k = c;
        continue;
      }
      const m = matchCue(toks, k, 'direct');
      if (!m) continue;
      let sp = speakerBefore(toks, k, i, ctx, true);
      // (Also one stray comma before the cue: “…,” shop owner Hayriye Evren, told Associated Press.)
      if ((!sp || sp.start !== i) && commas >= 1 && isPunct(toks[k - 1], ',')) {
        // The name before the first comma is the speaker.
        let c = i;
        while (c < k && !isPunct(toks[c], ',')) c++;
        if (c > i && isSpeakerPhrase(toks, i, c, ctx, false)) sp = { start: i, end: c };
      }
      if (sp && sp.start === i) { speaker = sp; cue = m; break; }
      // Inside an appositive a cue form may be a noun ("one of the states suing"): read on; so may a verb in a relative
      // clause of the speaker phrase ("one strategist who read the document told us").
      if (!commas && toks[k - 1]?.norm !== 'who') break;
    }
    pattern = 'after';
    confidence = CONFIDENCE.afterSpeakerCue;
  }
  if (!speaker) return null;
  const endTok = Math.max(speaker.end, cue?.end ?? 0);
  // “…?” she said, but Kevin was drifting off again.: a clause joined after a comma is narration of its own, and the
  // attribution ends at its speaker or cue. Where the clause is only the joining word before the next quote (“…,” he
  // said, but “when it comes to …”), the quote goes on there (one attribution, as PolNeAR annotates it).
  const coordinated = isPunct(toks[endTok], ',') && isWord(toks[endTok + 1]) && COORDINATORS.has(toks[endTok + 1].norm);
  if (coordinated) {
    let m = endTok + 2;
    if (isWord(toks[m]) && JOINING_ADVERBS.has(toks[m].norm)) m++;
    return {
      pattern, speaker: rangeSpan(toks, speaker), cue: cue ? rangeSpan(toks, cue) : null, confidence,
      end: toks[endTok - 1].end, continuesIntoNext: m === toks.length && reachesNextQuote,
    };
  }
  let k = endTok;
  while (k < toks.length && !isTerminator(toks[k]) && toks[k].kind !== 'mark') k++;
  // "“…?” said David Plouffe, the architect of Obama’s campaign.": an appositive is no tail.
  const tail = pattern === 'after-inverted' && isPunct(toks[endTok], ',') && k < toks.length && isTerminator(toks[k]) ? 0 : k - endTok;
  const terminated = k < toks.length;
  // (Within the tail's allowance, an object or clause is still a new sentence: “… working.” Others read it the
  // opposite way.)
  if (quoteEndsSentence && tail > 0 && !adjunctTail(toks, endTok, k) && (tail > MAX_AFTER_TAIL ||
    (!objectlessTail(toks, endTok, k) && !(cue && TELL_FORMS.has(toks[cue.start].norm))))) return null;
  // "“… talks.” I believe him.": after a quote that ends its sentence, a verb with a person as its object is no
  // attribution of it unless it is said to someone ("“…” she told him.", "he asked them").
  if (quoteEndsSentence && cue && isWord(toks[endTok]) && OBJECT_PRONOUNS.has(toks[endTok].norm) &&
    !TELL_FORMS.has(toks[cue.start].norm) && !ADDRESSING_CUES.has(toks[cue.start].norm)) return null;
  // “… neighborhood.” Russia insisted that Pyongyang “…”: after a quote that ends its sentence, the
  // words before the next quote start a new sentence of their own unless they end like an attribution.
  // (Nor is "X said:" before the next quote this one's: “… Ruth Kelly.” A BBC spokesman said: “…” introduces the next
  // quote, and this one's speaker is found as if nothing followed it.)
  const runsIntoQuote = k < toks.length ? toks[k].kind === 'mark' : reachesNextQuote;
  if (quoteEndsSentence && tail > 0 && runsIntoQuote && !isPunct(toks[k - 1], ',')) return null;
  const last = toks[k - 1];
  // “…,” Trump said before adding: “…”: a second cue makes the next quote an attribution of its own.
  let secondCue = false;
  for (let c = endTok; c < k && !secondCue; c++) secondCue = matchCue(toks, c, 'direct') !== null;
  const continuesIntoNext = !terminated && reachesNextQuote && tail <= MAX_SPLIT_TAIL && !secondCue &&
    (tail === 0 || isPunct(last, ',:') || last.kind === 'dash');
  return {
    pattern,
    speaker: rangeSpan(toks, speaker),
    cue: cue ? rangeSpan(toks, cue) : null,
    confidence,
    end: toks[endTok - 1].end,
    continuesIntoNext,
  };
}

/** A short tail of adverbs and names, no object: “…” he said quietly., “…” Trump said Tuesday night. */
function objectlessTail(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind !== 'word') continue;
    if (OBJECT_WORDS.has(t.norm)) return false;
  }
  return true;
}
/** Object pronouns. */
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'you']);
/** Verbs of speech whose object is who was spoken to ("asked him", "urged them"). */
const ADDRESSING_CUES = new Set(['asked', 'asks', 'ask', 'urged', 'urges', 'warned', 'warns', 'reminded', 'reminds', 'assured', 'assures', 'begged', 'promised', 'promises', 'congratulated', 'thanked', 'greeted', 'answered', 'answers', 'replied', 'shouted', 'yelled', 'whispered', 'wrote']);
/** Words that make a tail an object or a clause, not an adjunct. */
const OBJECT_WORDS = new Set(['it', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'my', 'our', 'your', 'them', 'him', 'questions']);

/** Words that open an adjunct after an attribution ("he says to Reynolds from behind the camera"). */
const ADJUNCT_OPENERS = new Set([
  'to', 'in', 'on', 'at', 'during', 'from', 'after', 'before', 'while', 'as', 'outside', 'with', 'when', 'about',
  'rhetorically', 'later', 'recently', 'earlier', 'last', 'this', 'yesterday', 'today', 'tuesday', 'monday',
  'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'reporters', 'him', 'her', 'them', 'me', 'us',
]);

/**
 * Whether the words toks[from, to) after an attribution are an adjunct of it, not a new clause: they
 * open with a preposition, a time word or an object pronoun, and hold no "that" (“…!” he says to
 * Reynolds from behind the camera, but not “…” Russia said the talks had failed.).
 */
function adjunctTail(toks: Tok[], from: number, to: number): boolean {
  // "“…?” Mr. Trump asked, repeating a broadside …", "said Mr. Meyer, who runs a research firm":
  // a participle or relative clause after a comma belongs to the attribution.
  if (isPunct(toks[from], ',') && isWord(toks[from + 1]) && !isCapitalized(toks[from + 1]) &&
      ((toks[from + 1].norm.endsWith('ing') && toks[from + 1].norm.length > 4) || toks[from + 1].norm === 'who')) {
    for (let k = from; k < to; k++) if (toks[k].kind === 'mark') return false;
    return true;
  }
  const first = toks[from];
  if (!isWord(first) || !ADJUNCT_OPENERS.has(first.norm)) return false;
  for (let k = from; k < to; k++) if (toks[k].norm === 'that' || toks[k].kind === 'mark') return false;
  return true;
}

/**
 * Attribution in the clause before an opening mark. `toks` is that clause (from the last sentence
 * stop up to the mark). `quoteEndsClause`: nothing but punctuation follows the quote in its sentence,
 * so a lead-in without a colon ("X said “…”") introduces the whole quote rather than a fragment.
 */
export function attributeLeadIn(toks: Tok[], ctx: SpeakerContext, quoteEndsClause: boolean): Attribution | null {
  let e = toks.length;
  let sep: string | null = null;
  if (isPunct(toks[e - 1], ':,')) sep = toks[--e].norm;
  if (e === 0) return null;
  // "Ditto said that, “Of course …” against …": a comma after "that" opens no quotation; the quote is the clause's.
  if (sep === ',' && isWord(toks[e - 1]) && toks[e - 1].norm === 'that') sep = null;

  // "According to X, “…”"
  for (let k = Math.max(0, e - 14); k < e; k++) {
    if (!isAccordingTo(toks, k)) continue;
    const sp = speakerAfter(toks, k + 2, ctx);
    if (sp && sp.end === e && sep) {
      return {
        pattern: 'according-to', speaker: rangeSpan(toks, sp), cue: { start: toks[k].start, end: toks[k + 1].end },
        confidence: CONFIDENCE.accordingTo, end: toks[sp.end - 1].end, continuesIntoNext: false,
      };
    }
  }

  // "Said Dorothy Poynter, who grew up with Ali, “…”": a clause that opens with the cue, its speaker
  // after it and an appositive or relative clause up to the comma before the quote.
  const fc = firstContentToken(toks.slice(0, e));
  const opening = sep === ',' && fc >= 0 ? matchCue(toks, fc, 'direct') : null;
  if (opening && isCapitalized(toks[fc])) {
    const sp = speakerAfter(toks, opening.end, ctx, false);
    if (sp && (sp.end === e || (isPunct(toks[sp.end], ',') && !toks.slice(sp.end, e).some((t) => isStop(t) || t.kind === 'mark')))) {
      return {
        pattern: 'lead-in', speaker: rangeSpan(toks, sp), cue: rangeSpan(toks, opening),
        confidence: CONFIDENCE.leadIn, end: toks[sp.end - 1].end, continuesIntoNext: false,
      };
    }
  }

  // The cue nearest to the quote, then its speaker.
  for (let c = e - 1; c >= 0 && c >= e - 1 - MAX_LEAD_IN_GAP - 3; c--) {
    if (isStop(toks[c])) break;
    const m = matchCue(toks, c, 'direct');
    if (!m || m.end > e) continue;
    // "a group called “…”" names something; "Clinton slammed the plan: “…”" introduces a quote.
    if (m.info.quotedOnly && sep !== ':') return null;
    // "Ramesh said the result showed “the tide is turning”": what a result or a demand "showed" is the claim of
    // whoever said so; the sentence's reported speech holds the quote (mixed), not "the result".
    if (EVIDENTIAL.has(toks[c].norm) && toks.slice(0, c).some((t, k) => SAY_FORMS.has(t.norm) && matchCue(toks, k, 'direct') !== null)) return null;
    const gap = toks.slice(m.end, e);
    let speaker = speakerBefore(toks, c, 0, ctx, true);
    // "Clinton posted a comment of her own, saying, “…”": a participle's speaker is the subject.
    if (!speaker) speaker = participleSubject(toks, c, ctx) ?? coordinatedSubject(toks, c, ctx);
    // "Guardiola, asked about the title race, replied: “…”": the name before an appositive set off by commas.
    if (!speaker && c > 2 && isPunct(toks[c - 1], ',')) {
      const from = Math.max(0, firstContentToken(toks.slice(0, c)));
      let k = from;
      while (k < c - 1 && !isPunct(toks[k], ',')) k++;
      // (An appositive clause in lower case, the name before it in capitals: not "Amanda's uncle, Lewis Champion, …".)
      const appositive = isWord(toks[k + 1]) && !isCapitalized(toks[k + 1]) && !toks.slice(k + 1, c - 1).some((t) => isPunct(t, ',') || t.kind === 'mark');
      if (k > from && k < c - 2 && appositive && toks.slice(from, k).every((t) => isCapitalized(t)) && isSpeakerPhrase(toks, from, k, ctx, false)) {
        speaker = { start: from, end: k };
      }
    }
    let attrEnd = m.end;
    // (Not after "told": "The cook told reporters, “…”" names who heard it.)
    // (Only verbs that invert so: "urged the European Union to approve its package “…”" names whom he urged.)
    if (!speaker && gap.length && !TELL_FORMS.has(toks[c].norm) && INVERTING.has(toks[c].norm)) {
      // "…, said Mr. Smith: “…”"
      const sp = speakerAfter(toks, m.end, ctx, true);
      if (sp && sp.end === e) { speaker = sp; attrEnd = sp.end; gap.length = 0; }
    }
    if (!speaker) return null;
    const direct =
      (gap.length === 0 && (sep === ':' || quoteEndsClause || sep === ',')) ||
      (gap.length === 1 && gap[0].norm === 'that' && quoteEndsClause) ||
      (sep !== null && gap.length <= MAX_LEAD_IN_GAP && gap.every((t) => isWord(t) || isPunct(t, ',')));
    if (!direct) return null;
    return {
      pattern: sep === ':' ? 'lead-in-colon' : 'lead-in',
      speaker: rangeSpan(toks, speaker),
      cue: rangeSpan(toks, m),
      confidence: sep === ':' ? CONFIDENCE.leadInColon : CONFIDENCE.leadIn,
      end: toks[attrEnd - 1].end,
      continuesIntoNext: false,
    };
  }

  // "Hoff’s letter makes a libertarian-style case: “…”": a colon lead-in without a cue; the speaker
  // is the clause's subject, when a verb follows it.
  if (sep === ':' && quoteEndsClause && e > 4) {
    const fc = firstContentToken(toks.slice(0, e));
    // The subject opens the clause, or follows a fronted adverbial ("In a Fox interview later that day,
    // Trump went even further: “…”").
    const starts = fc < 0 ? [] : [fc];
    for (let k = e - 2; k > fc && fc >= 0; k--) {
      if (isPunct(toks[k], ',')) { starts.push(k + 1); break; }
    }
    for (const from of starts) {
      const sp = subjectAt(toks, from, e, ctx, true);
      const verb = sp ? toks[sp.end] : undefined;
      if (sp && sp.end < e - 1 && isWord(verb) && verb.text[0] === verb.norm[0]) {
        // ("Mr. Slinker said Mr. Trump was a candidate …: “…”": a cue with a clause after it is reported speech,
        // which holds the quote as a mixed row.)
        if (matchCue(toks, sp.end, 'indirect') && sp.end + 3 < e) return null;
        return {
          pattern: 'lead-in-subject', speaker: rangeSpan(toks, sp), cue: null,
          confidence: CONFIDENCE.leadInSubject, end: toks[sp.end - 1].end, continuesIntoNext: false,
        };
      }
    }
  }

  // Transcript style: "Smith: “…”", also after a dash ("TURNOUT IS UP - Michael P. McDonald: “…”") and
  // as "More from Jones:" / "From the report:".
  if (sep === ':') {
    let s0 = 0;
    for (let k = e - 1; k > 0; k--) {
      if (toks[k].kind === 'dash') { s0 = k + 1; break; }
    }
    if (isWord(toks[s0]) && toks[s0].norm === 'more' && toks[s0 + 1]?.norm === 'from') s0 += 2;
    else if (isWord(toks[s0]) && toks[s0].norm === 'from') s0 += 1;
    const words = toks.slice(s0, e);
    const capitalised = words.every((t) => t.text[0] !== t.text[0].toLowerCase()) || (s0 > 0 && toks[s0 - 1].norm === 'from');
    // ("Interview: ‘We cannot tax our way out of debt,’ says …": a label, not a speaker.)
    if (e - s0 >= 1 && e - s0 <= 6 && words.every((t) => isWord(t) || isPunct(t, '.')) && capitalised &&
        !(e - s0 === 1 && HEADLINE_LABELS.has(toks[s0].norm)) && isSpeakerPhrase(toks, s0, e, ctx, false)) {
      return {
        pattern: 'transcript', speaker: rangeSpan(toks, { start: s0, end: e }), cue: null,
        confidence: CONFIDENCE.transcript, end: toks[e - 1].end, continuesIntoNext: false,
      };
    }
  }
  return null;
}

/** Words that label what kind of piece a headline opens ("Interview: …", "Live: …"), not who speaks. */
export const HEADLINE_LABELS = new Set([
  'interview', 'live', 'watch', 'video', 'analysis', 'opinion', 'comment', 'explainer', 'review', 'breaking', 'update',
  'exclusive', 'podcast', 'pictures', 'photos', 'factbox', 'timeline', 'editorial', 'obituary', 'recap', 'preview',
  'feature', 'profile', 'listen', 'gallery', 'quiz', 'correction', 'corrections', 'clarification', 'clarifications',
  'disclosure', 'disclaimer', 'background', 'note', 'warning', 'q&a', 'faq',
]);
/** Prepositions that take a participle cue whose speaker is the clause's subject ("she followed that by saying"). */
const GERUND_PREPOSITIONS = new Set(['by', 'before', 'after', 'upon', 'while', 'when']);

/**
 * The speaker of a participle cue at toks[c] ("Clinton posted a comment, saying, “…”", "And then
 * Trump went on the attack, saying", "She followed that by saying"): the subject of the clause,
 * after conjunctions that open it. Null when toks[c] is no participle after a comma or preposition.
 */
/** Cues that come before their speaker in a lead-in ("…, said Mr. Smith: “…”", "added the minister, “…”"). */
const INVERTING = new Set([
  'said', 'says', 'added', 'adds', 'asked', 'asks', 'wrote', 'writes', 'continued', 'continues', 'explained', 'explains',
  'replied', 'replies', 'recalled', 'recalls', 'noted', 'notes', 'declared', 'declares', 'insisted', 'insists',
  'warned', 'warns', 'argued', 'argues', 'countered', 'counters', 'concluded', 'concludes', 'remarked', 'quipped',
  'joked', 'stated', 'states', 'observed', 'admitted', 'conceded', 'responded', 'responds', 'announced', 'announces',
  'tweeted', 'posted', 'cautioned', 'stressed', 'emphasized', 'emphasised', 'predicted', 'acknowledged', 'suggested',
]);

/** Prepositions before who was written or spoken to ("wrote to X"; not "with": "with Charles Kennedy claiming …" is his). */
const ADDRESSEE_PREPOSITIONS = new Set(['to']);

function participleSubject(toks: Tok[], c: number, ctx: SpeakerContext): TokRange | null {
  if (c <= 2 || !toks[c].norm.endsWith('ing')) return null;
  const before = toks[c - 1];
  if (!isPunct(before, ',') && !(isWord(before) && GERUND_PREPOSITIONS.has(before.norm))) return null;
  const fc = firstContentToken(toks);
  return fc < 0 || fc >= c - 1 ? null : subjectAt(toks, fc, c - 1, ctx, true);
}

/**
 * "She then urges her husband to come out of the car and repeatedly says, “…”": a cue joined by "and" (an adverb
 * between) to the sentence's first verb; its speaker is the sentence's subject.
 */
function coordinatedSubject(toks: Tok[], c: number, ctx: SpeakerContext): TokRange | null {
  let k = c - 1;
  if (isWord(toks[k]) && (toks[k].norm.endsWith('ly') || toks[k].norm === 'then' || toks[k].norm === 'also' || toks[k].norm === 'later')) k--;
  // (Not a participle: "The American top seed and defending champion overcame …".)
  if (k <= 2 || !isWord(toks[k]) || toks[k].norm !== 'and' || toks[c].norm.endsWith('ing')) return null;
  const fc = firstContentToken(toks);
  if (fc < 0 || fc >= k - 1) return null;
  // (Only one clause before "and": no comma, stop or other mark between the subject and the cue; and no cue in it,
  // whose reported speech holds the sentence: "Lazar said he welcomed extradition … and added, “…”".)
  if (toks.slice(fc, k).some((t, i) => !isWord(t) || matchCue(toks, fc + i, 'indirect') !== null)) return null;
  const sp = subjectAt(toks, fc, k, ctx, true);
  // (Not after a passive: "The villages were shelled and said …".)
  return sp && sp.start === fc && !PASSIVE_BE.has(toks[sp.end]?.norm ?? '') ? sp : null;
}

/** The clause before a quote: the tokens after the last sentence stop. */
export function clauseBefore(toks: Tok[]): Tok[] {
  let k = toks.length;
  while (k > 0 && !isTerminator(toks[k - 1])) k--;
  return toks.slice(k);
}

/** Conjunctions and sentence adverbs that may open a clause without adding content ("But “…,” he said."). */
const CLAUSE_OPENERS = new Set(['but', 'and', 'so', 'yet', 'or', 'still', 'however', 'now', 'then', 'also', 'indeed']);

/** The first token of a lead clause that carries content, skipping conjunctions and commas; -1 when none. */
export function firstContentToken(toks: Tok[]): number {
  let k = 0;
  while (k < toks.length && ((isWord(toks[k]) && CLAUSE_OPENERS.has(toks[k].norm)) || isPunct(toks[k], ','))) k++;
  return k < toks.length ? k : -1;
}

/** An attribution found for quoted words in the middle of a sentence: its speaker, cue and where the clause starts. */
export interface FragmentAttribution {
  speaker: Span;
  cue: Span;
  /** Offset where the reported clause starts (the token after the cue), or -1 when the quote follows the cue. */
  clauseStart: number;
}

/** How many tokens before an opening mark are searched for the cue of a fragment. */
const MAX_FRAGMENT_LEAD = 30;

/**
 * The attribution of quoted words that no pattern around the marks explains ("Blackwell pointed to
 * Cruz’s record, noting that he has put together “…”"): the nearest cue before the opening mark, in
 * the same sentence and outside other quotes, whose speaker stands before it (or is the subject of
 * the clause, for a participle). `toks` run from the sentence start to the opening mark.
 */
export function attributeFragment(toks: Tok[], ctx: SpeakerContext): FragmentAttribution | null {
  let inQuote = false;
  // The cue nearest to the quote opens the reported clause even when its speaker stands further
  // back ("Lazar said he welcomed it and added, “…”", "declined to comment but said that “…”").
  let nearest: TokRange | null = null;
  for (let c = toks.length - 1; c >= 0 && c >= toks.length - MAX_FRAGMENT_LEAD; c--) {
    const t = toks[c];
    if (t.kind === 'mark') { inQuote = !inQuote; continue; }
    if (inQuote || !isWord(t)) continue;
    const m = matchCue(toks, c, 'direct');
    if (!m || m.end > toks.length) continue;
    if (!nearest) nearest = { start: m.start, end: m.end };
    // ", citing …" after a clause: its speaker is that clause's subject, not the words just before the comma.
    let sp = participleSubject(toks, c, ctx) ?? speakerBefore(toks, c, 0, ctx, false);
    // "The leaders … wrote to Commission President Ursula von der Leyen last month demanding “…”": who was written to
    // is no speaker of the participle; the clause's subject is.
    if (sp && toks[c].norm.endsWith('ing') && sp.start > 0 && isWord(toks[sp.start - 1]) && ADDRESSEE_PREPOSITIONS.has(toks[sp.start - 1].norm)) {
      const fc = firstContentToken(toks);
      const subject = fc >= 0 && fc < sp.start - 1 ? subjectAt(toks, fc, sp.start - 1, ctx, true) : null;
      if (subject) sp = subject;
    }
    if (!sp) continue;
    let k = nearest.end;
    while (k < toks.length && isPunct(toks[k], ',:')) k++;
    // "told the BBC her mother had been left “…”": the clause starts after who was told.
    if (k === nearest.end && matchCue(toks, nearest.start, 'direct')?.info.takesObject) {
      const clause = clauseAfterObject(toks, k);
      if (clause >= 0) k = clause;
    }
    return {
      speaker: rangeSpan(toks, sp),
      cue: rangeSpan(toks, nearest),
      clauseStart: k < toks.length ? toks[k].start : -1,
    };
  }
  return null;
}


/**
 * The subject of the clause that holds a quote with no attribution of its own ("The email went on to
 * say, “…”", "Mr. Kamp talks about how his forces must be ready “…”"): the speaker phrase that
 * opens the clause, when a lower-case word (its verb) follows it. `toks` run from the sentence start
 * to the opening mark; only the words after the last quotation mark among them count, so a subject
 * is never read inside other quoted words. Null when there is none.
 */
export function sentenceSubject(toks: Tok[], ctx: SpeakerContext): Span | null {
  let from = toks.length;
  while (from > 0 && toks[from - 1].kind !== 'mark') from--;
  const clause = toks.slice(from);
  const fc = firstContentToken(clause);
  if (fc < 0) return null;
  const sp = subjectAt(clause, fc, clause.length, ctx, true);
  return sp ? rangeSpan(clause, sp) : null;
}

/**
 * "Benjamin said he believes “there may be …”": the attribution around a pronoun's own cue. `toks`
 * is a lead clause and `speaker` the token index of a third-person pronoun that speaks right before
 * the quote. Returns the outer speaker and cue, and where the reported clause starts (the token
 * after the outer cue), when a cue with a speaker stands just before the pronoun (or before "that").
 */
export function outerAttribution(toks: Tok[], speaker: number, ctx: SpeakerContext): FragmentAttribution | null {
  if (speaker < 2 || !isWord(toks[speaker]) || !['he', 'she', 'they'].includes(toks[speaker].norm)) return null;
  const c = toks[speaker - 1].norm === 'that' ? speaker - 2 : speaker - 1;
  for (let k = c; k >= 0 && k >= c - 1; k--) {
    const m = matchCue(toks, k, 'indirect');
    if (!m || m.end !== c + 1) continue;
    const sp = speakerBefore(toks, k, 0, ctx, false);
    if (!sp) return null;
    return { speaker: rangeSpan(toks, sp), cue: rangeSpan(toks, m), clauseStart: toks[m.end].start };
  }
  return null;
}
