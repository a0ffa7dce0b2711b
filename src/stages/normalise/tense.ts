/**
 * The tense of the clause around a date, for dates written without their year or week: "was approved in
 * December" (past: last December), "will meet on Friday" (future: next Friday). Read from the nearest
 * marker before the date in its clause (up to MAX_WORDS words back), else from the words just after it
 * ("On Friday, the company announced …"); null when the clause has none.
 */
export type Tense = 'past' | 'future' | 'past-event';

const MAX_WORDS = 10;
const MAX_WORDS_AFTER = 6;
/** Words back within which an auxiliary still gives the clause its tense. */
const MAX_WORDS_FAR = 16;
const AUXILIARIES = new Set(`was were had will would shall`.split(/\s+/));
const WORD = /[\p{L}'’-]+/gu;
const DELAY = /^(?:postpon|delay|defer|extend|suspend|paus|push)/i;

/** Words that make a clause future: "will meet on Friday", "is expected in March", "payable on Nov. 13". */
const FUTURE = new Set(`will won't wo 'll shall would expected expects expect due scheduled slated upcoming next payable starting
  effective futures forecasting predicting expecting projecting anticipating pricing betting`.split(/\s+/));
/**
 * Verbs of a schedule in the present tense, which news writes of what is to come: "the tour kicks off March 4", "the
 * festival returns April 9-11", "the show opens on Friday" (not the present perfect or the past: "has opened", "opened").
 */
const SCHEDULE = new Set(`kicks wraps returns opens premieres debuts airs begins starts resumes launches reopens closes
  ends expires lapses`.split(/\s+/));
/** Words that make it future only before "to": "plans to", "is set to", "aims to" (not "the plan", "a set"). */
const FUTURE_BEFORE_TO = new Set(`plan plans planned planning aim aims intend intends intended hope hopes set going poised
  ready prepared preparing likely unlikely intention intentions`.split(/\s+/));
/** Words after which the next one or two are a bare verb and its object, so an -ed word there is no past verb. */
const BEFORE_BARE_VERB = new Set(`will wo 'll shall would can could may might must should to`.split(/\s+/));
/** Past forms, irregular ones among them; none that is also a present form ("cut", "put", "hit", "set"). */
const PAST = new Set(`was were had did didn't ago last earlier since said told took made came went gave won lost met saw rose
  fell began held paid sold bought brought became found got ran spoke wrote led struck sent spent kept chose drew grew
  knew threw broke fought thought taught caught sought built felt heard meant stood understood sank shrank swore
  overtook undertook withdrew forgave died fled overran oversaw underwent upheld withheld wore drove flew rode sang shook
  forgot froze stole slept swept wept dealt sat`.split(/\s+/));
/** Verbs whose past is written as their bare form. */
const SAME_FORM_PASTS = new Set(`forecast cut set put hit cast broadcast let bet shut spread upset quit hurt cost`.split(/\s+/));
/** Reporting verbs: a date in what was reported ("said the strike, which runs from 30 November, …") takes no tense from them. */
const REPORTING = new Set(`said says say told tells announced added stated claimed reported wrote argued warned insisted
  confirmed explained noted stressed suggested revealed`.split(/\s+/));
/** Words before which "scheduled", "expected" or "due" is an adjective of the noun after it ("its scheduled close"). */
const DETERMINERS = new Set(`the a an its their his her our your this that these those`.split(/\s+/));
/**
 * Nouns of a scheduled event: a month or day written before one ("a December cut", "the central bank's December 8-9
 * meeting") names the event, which a past clause may speak of before it happens.
 */
const EVENT_WORDS = String.raw`(?:meeting|meetings|recess|cut|cuts|move|transfer|window|hike|hikes|rise|increase|election|elections|vote|ballot|referendum|summit|session|sitting|deadline|budget|conference|talks|hearing|trial|launch|review|decision|statement|announcement|auction|visit|trip|poll|primary|caucus|debate|round|release|payment|holiday|break|runoff|run-off|by-election|inauguration|premiere|opening|final|sentencing|verdict|ruling|court date|strike|walkout|rally|march|protest|kickoff|kick-off)`;
// (Also after a possessive: "ahead of Wednesday's Budget".)
const EVENT_NOUNS = new RegExp(String.raw`^(?:['’]s)?\s+${EVENT_WORDS}(?![\p{L}])`, 'iu');
/**
 * The event named just before its date: "a quarter-point cut on Dec. 16", "the runoff on Dec. 1"; with "in" only a
 * rate move or a payout to come ("another cut in December", "a hike in April"; not "job cuts in October", figures).
 */
const EVENT_BEFORE = new RegExp(String.raw`(?<![\p{L}])${EVENT_WORDS}\s+(?:on|for|set for|scheduled for)\s+$|(?<!\bjobs?\s+)(?<![\p{L}])(?:cut|cuts|hike|hikes|listing|dividend)\s+in\s+$`, 'iu');
/** Words after which an -ed word is an adjective of the noun after it: "the affected areas", "in limited release". */
const BEFORE_ADJECTIVE = new Set(`the a an its their his her our your these those in on at for with of from into`.split(/\s+/));
/** Words ending in -ed that are no past forms. */
const NOT_PAST = new Set(`speed feed seed proceed exceed succeed breed bleed indeed hundred kindred sacred naked wicked
  beloved aged red bed shed wed`.split(/\s+/));

/** A regular past form written in lower case: "approved", "convicted" (not "need", "hundred", "Mohammed"). */
function looksPast(w: string): boolean {
  return w.length > 4 && w.endsWith('ed') && !w.endsWith('eed') && !NOT_PAST.has(w) && !w.includes('-') && w === w.toLowerCase();
}

/**
 * The tense words[i] gives its clause, or null; `next` is the word after it. 'none' ends the search without a
 * tense: "was due to end on Friday" speaks of a time that was ahead then, before or after today.
 */
function markerOf(words: string[], i: number): Tense | 'none' | null {
  const w = words[i].replace(/’/g, "'");
  const lower = w.toLowerCase();
  const next = words[i + 1]?.toLowerCase();
  const before = (words[i - 1] ?? '').toLowerCase();
  // ("owed to the 47 devolved units": "due to" before a noun's determiner is no schedule.)
  if (lower === 'due' && next === 'to' && DETERMINERS.has((words[i + 2] ?? '').toLowerCase())) return null;
  // ("no intention of selling any players in January".)
  const intention = /^intentions?$/.test(lower) && next === 'of';
  if (FUTURE.has(lower) || ((next === 'to' || intention) && FUTURE_BEFORE_TO.has(lower)) || (SCHEDULE.has(lower) && !DETERMINERS.has(before))) {
    // (Nor is "the pricing of the shares in March".)
    if (/^(?:scheduled|expected|due|slated|upcoming|forecasting|predicting|pricing|betting)$/.test(lower) && DETERMINERS.has(before)) return null;
    return /^(?:was|were)$/.test(before) && lower !== 'will' ? 'none' : 'future';
  }
  // ("will be held on 12 December", "is released on 20 November": a participle after "be" is no past form; the
  // auxiliary before it tells, "was" or "will".)
  const afterBe = /^(?:be|being|been|is|are|am|'s|'re)$/i.test(words[i - 1] ?? '');
  if (PAST.has(lower) && !afterBe) return 'past';
  // "the 0.9% it forecast in March": a verb whose past is its bare form, after "it", "he" or "she" (whose present
  // would end in -s), is past.
  // (So after "which" or "who": "the central bank, which cut its rate … in October, is scheduled to …".)
  if (SAME_FORM_PASTS.has(lower) && /^(?:it|he|she|which|who)$/.test(before)) return 'past';
  // "to be sentenced in April" is no past: the passive after "be" says nothing of the time. Nor is an -ed word just
  // after a modal or "to" and its verb: "will announce detailed rules by February" (an adjective).
  // Nor is one after an article or a preposition: "declare the affected areas", "open it in limited release".
  if (looksPast(w) && !afterBe && !afterBareVerb(words, i) && !BEFORE_ADJECTIVE.has(before)) return 'past';
  return null;
}

/**
 * Whether the words after "when" or "once" at words[i] (up to the date) are in the present tense, which in a clause of
 * time speaks of what is to come: "when he is sentenced Feb. 12", "when they travel to West Ham on Sunday".
 */
function presentAfter(words: string[], i: number): boolean {
  const after = words.slice(i + 1).map((w) => w.toLowerCase());
  if (after.some((w) => w === 'is' || w === 'are' || w === 'am')) return true;
  const verb = after[1] ?? '';
  if (/^(?:they|we|you|i)$/.test(after[0]) && /^\p{Ll}+$/u.test(verb)) return !PAST.has(verb) && !SAME_FORM_PASTS.has(verb) && !looksPast(verb);
  return /^(?:he|she|it)$/.test(after[0]) && /[^s]s$/.test(verb) && !PAST.has(verb);
}

function afterBareVerb(words: string[], i: number): boolean {
  const at = (k: number) => (words[k] ?? '').replace(/’/g, "'").toLowerCase();
  return BEFORE_BARE_VERB.has(at(i - 1)) || (BEFORE_BARE_VERB.has(at(i - 2)) && !/^(?:have|has|had|be|been)$/.test(at(i - 1)));
}

/** A schedule set for a date: "set sentencing for", "scheduled a hearing for", "set a trial date for" (not after "had"). */
const SET_FOR = new RegExp(String.raw`(?<!\b(?:had|was|were)\s+)\b(?:set|scheduled|rescheduled|fixed|moved|adjourned)\s+(?:(?:the|a|an|his|her|their|its|new)\s+){0,2}${EVENT_WORDS}(?:\s+date)?\s+(?:for|to|until)\s+(?:the\s+)?$`, 'iu');
/** A thing set now for a date: "the case is set for February", "the vote has been set for Jan. 9" (not "was set for"). */
const IS_SET_FOR = /\b(?:is|are|has\s+been|have\s+been)\s+(?:now\s+|also\s+|tentatively\s+)?(?:set|slated|pencilled|penciled)\s+(?:in\s+)?for\s+(?:the\s+)?$/i;
/** A past verb of a commitment before an infinitive: "agreed to raise", "voted to cut", "promised to hold". */
const COMMITTED_TO = /\b(?:agreed|decided|promised|pledged|vowed|voted|planned|intended|undertook|committed|offered|threatened|resolved|sought|wanted|hoped|aimed|arranged|ordered|urged)\s+to\s+\p{Ll}/u;

/** Nouns of economic statistics: a month just before them is the period the figures measure ("November inflation data"). */
const STATISTICS = /^\s+(?:inflation|CPI|PPI|GDP|jobs|payrolls?|employment|unemployment|trade|data|figures|numbers|PMIs?|exports|imports|output|readings?)(?![\p{L}])/iu;

/** "until 5 p.m. Friday", "through noon on Sunday": a deadline's clock time before its day. */
const CLOCK_DEADLINE = /\b(?:until|till|through|by|before)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?|\d{1,2}[:.]\d{2}|noon|midnight)(?:\s+(?:local\s+time|[A-Z]{2,4}))?\s+(?:on\s+)?$/i;

/** A clause split off by a comma and a conjunction ("…, and have asked residents") has a tense of its own. */
const CLAUSE_BREAK = /[;:]|\s[—–-]\s|,\s*(?:and|but|while|whereas|or)\s/;

/**
 * The tense of the clause holding text[start, end) within the sentence text[sentenceStart, sentenceEnd):
 * the nearest marker word before it (a clause ends at ; : or a dash), else one right after it.
 */
export function tenseAt(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number): Tense | null {
  const before = text.slice(Math.max(sentenceStart, start - 120), start);
  const clause = before.split(/[;:]|\s[—–-]\s/).pop()!;
  const found = [...clause.matchAll(WORD)];
  const words = found.map((f) => f[0]);
  const afterText = text.slice(end, Math.min(sentenceEnd, end + 80));
  // "November inflation data is due on Wednesday": the month the figures measure, which has begun, whatever the tense.
  if (STATISTICS.test(afterText)) return 'past';
  // The word the date follows, past an article or possessive ("until the Dec. 9 meeting", "before its December recess").
  let lead = words.length - 1;
  while (lead > 0 && DETERMINERS.has(words[lead].toLowerCase())) lead--;
  const leadWord = words[lead] ?? '';
  // "could list as soon as the first quarter": the earliest of a time to come; "as early as" only after a modal ("could
  // launch as early as February"; "was circulating as early as March" is past).
  if (/\bas soon as\s+(?:(?:the|this|next)\s+)?$/i.test(before)) return 'future';
  if (/\b(?:could|can|may|might|will|would|should)\s+(?:[\p{L}'’-]+\s+){0,3}as early as\s+(?:(?:the|this|next)\s+)?$/iu.test(before)) return 'future';
  // "set sentencing for March 4", "scheduled a hearing for Jan. 9": a date a schedule is set for is ahead.
  if (SET_FOR.test(before) || IS_SET_FOR.test(before)) return 'future';
  // "postponed the signing until January": what is put off is ahead.
  if (/^(?:until|till)$/i.test(leadWord) && words.some((w) => DELAY.test(w))) return 'future';
  // A deadline ("gave the government until Jan. 8 to file") can be before or after the clause's time: no tense, the
  // date nearest the publication date.
  // ("ahead of Wednesday's Budget" too.)
  // ("through 6 p.m. Saturday" too: a clock time before the day makes the span's end a deadline.)
  const deadline = /^(?:until|till|by|before)$/i.test(leadWord) || /\bahead\s+of\s+(?:(?:the|its|their)\s+)?$/i.test(before) ||
    CLOCK_DEADLINE.test(before);
  // "up from 1% forecast in March": the figure forecast then, a past participle; "down from 70% on Tuesday": the figure a
  // change is measured from was then.
  if (/[\d%]\s+forecast\s+(?:in|on)\s+$/.test(before)) return 'past';
  if (/\b(?:up|down)\s+from\s+\S*\d\S*(?:\s+(?:per\s?cent|percent))?\s+(?:in|on)\s+$/i.test(before)) return 'past';
  if (deadline && /^\s+to\s+\p{Ll}/u.test(afterText)) return null;
  let tense: Tense | null = null;
  // A regular past after "and" or "or" shares the tense of the verb it is joined to, further back: "are expected to be
  // allotted on Friday and listed … on November 10" (the words are counted back from the joined verb).
  let joined: Tense | null = null;
  let base = words.length;
  for (let i = words.length - 1; i >= Math.max(0, base - MAX_WORDS_FAR); i--) {
    if (/^(?:when|once)$/.test(words[i]) && i >= words.length - MAX_WORDS && presentAfter(words, i)) {
      tense = 'future';
      break;
    }
    // Past MAX_WORDS only an auxiliary or a verb of a schedule tells: "was sparked by a lightning strike in the
    // Ballengarra state forest on Saturday", "returns to the Empire Polo Club over two weekends, April 9-11 and April 16-18".
    if (i < base - MAX_WORDS && !AUXILIARIES.has(words[i].toLowerCase()) && !SCHEDULE.has(words[i].toLowerCase())) continue;
    const t = markerOf(words, i);
    if (t === 'none') return null;
    if (!t) continue;
    if (t === 'past' && joined === null && looksPast(words[i]) && /^(?:and|or)$/i.test(words[i - 1] ?? '')) {
      joined = t;
      base = i;
      continue;
    }
    // A date inside what was reported ("said the action, which runs from 30 November, …", "told MPs that …") has
    // the tense of its own clause, not the reporting verb's; "said on Tuesday" is the saying's own date.
    // The words after the date may still tell ("said that temperatures from January to October were …").
    if (REPORTING.has(words[i].toLowerCase()) && /,|\b(?:that|which|who)\b/i.test(clause.slice(found[i].index! + words[i].length))) break;
    // "had also agreed to raise the levy … from January 1": what was agreed to is done after the agreeing, before or
    // after today; the past verb does not place it.
    if (t === 'past' && COMMITTED_TO.test(clause.slice(found[i].index!))) return null;
    tense = t;
    break;
  }
  tense ??= joined;
  // "Honda on Friday cut its forecast": a verb whose past is its bare form, right after the date and before its
  // object, is past (its present would be "cuts", a plan "will cut"), and no event the date names.
  const [next, object] = (afterText.match(WORD) ?? []).map((w) => w.toLowerCase());
  const pastVerbAfter = /^\s/.test(afterText) && SAME_FORM_PASTS.has(next ?? '') && DETERMINERS.has(object ?? '');
  if (!tense && pastVerbAfter) tense = 'past';
  if (!tense) {
    const after = (afterText.split(CLAUSE_BREAK)[0].match(WORD) ?? []).slice(0, MAX_WORDS_AFTER);
    for (let i = 0; i < after.length && !tense; i++) {
      const t = markerOf(after, i);
      if (t === 'none') return null;
      tense = t;
    }
  }
  // "a 30% chance of a cut by March": with no tense, what is to happen by a date is ahead.
  // (Not "By Monday it sat near the top", a story's time opening its clause.)
  if (!tense && /^by$/i.test(leadWord) && lead > 0) return 'future';
  if (tense === 'past') {
    // "had no time to lose before the December recess": in a past clause a deadline may still be ahead.
    if (deadline) return null;
    // "was open-minded about a December cut", "a cut on Dec. 16, down from 67% a month ago": an event named by its
    // date may be one still to come.
    // A weekday after its event in a past clause is the one gone by: "struck a different tone in a cabinet meeting on Sunday".
    if (EVENT_BEFORE.test(before) && /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/.test(text.slice(start, end))) return 'past';
    if ((EVENT_NOUNS.test(afterText) && !pastVerbAfter) || EVENT_BEFORE.test(before)) return 'past-event';
  }
  return tense;
}
