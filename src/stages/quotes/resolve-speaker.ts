/**
 * Speaker resolution: which entity mention a speaker phrase stands for.
 *
 * - A PERSON or ORG mention inside the speaker phrase ("Prime Minister Benjamin Netanyahu", "a
 *   spokesman for the IAEA"), PERSON first. A NORP or LOC mention only when it is the whole phrase
 *   ("Iran said", "the Palestinians said"): in "the Iranian leader" or "Iran’s president" it is a
 *   modifier, not the speaker.
 * - A pronoun: the nearest PERSON mention before it for he/she (not one the article titles or first-names
 *   as the other sex: "she" is not "Mr Mubanga", "he" not "Zoe Ball"), PERSON/ORG/NORP for they, ORG for it, skipping mentions inside
 *   quoted words (a quote's words name other people).
 * - "The company", "the firm", "the bank" (a business by what it is): the organisation mentioned most
 *   often before it (the first named on a tie), skipping mentions inside quoted words and news outlets
 *   ("the Sunday Times reported").
 * - Anything else ("the Iranian leader", "officials"): null (role-speaker.ts handles offices); null is
 *   better than a guess.
 */
import type { EntityType, Mention, Span } from '../../model/doc.ts';
import { getGazetteer } from '../entities/gazetteer.ts';
import { COMPANY_NOUNS, genderOfTitle, initialsOf } from '../entities/lexicon.ts';
import { AGE_NOUN, ASKED_BY } from './speaker-phrase.ts';

const SPEAKER_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'NORP', 'LOC'];
/** Object pronouns that name a source ("according to him"), as their subject forms. */
const OBJECT_FORMS: Record<string, string> = { him: 'he', her: 'she', them: 'they' };

const PRONOUN_TYPES: Record<string, readonly EntityType[]> = {
  he: ['PERSON'],
  she: ['PERSON'],
  they: ['PERSON', 'ORG', 'NORP'],
  // Not NORP: a people is "they"; before "it" a NORP mention is an adjective ("the Swedish firm … it said").
  it: ['ORG'],
  who: ['PERSON', 'ORG'],
  which: ['ORG'],
};
/** How many mentions back a pronoun may look: keeps resolution linear and local. */
const MAX_LOOKBACK = 40;
/** Last words of news outlets' names: the paper that reports the story is not "the company" in it. */
const OUTLET_WORDS = new Set(`times post journal news herald tribune gazette telegraph press mail mirror express guardian
independent observer reuters bloomberg afp ap`.split(/\s+/));
/** How far after a person's name its pronouns are counted, and how many make their sex (MentionIndex.genderOf). */
const PRONOUN_WINDOW = 400;
const MIN_PRONOUN_VOTES = 2;
const QUOTED_WORDS = /[“"][^“”"]*(?:[”"]|$)/g;
const PRONOUN_WORDS = /\b(?:[Hh]e|[Hh]im|[Hh]is|[Hh]imself|[Ss]he|[Hh]er|[Hh]ers|[Hh]erself)\b/g;
/** Nouns after "-based" that name a body other than a company as often ("the London-based group", "bank", "club"). */
const BASED_NOT = new Set(['group', 'bank', 'club', 'agency', 'organisation', 'organization']);
/** People named by their work, taken up after their name ("the actor", "the singer"); not offices (role-speaker.ts). */
const CRAFTS = new Set(`actor actress director filmmaker singer rapper songwriter star author novelist poet artist comedian musician
guitarist drummer striker midfielder defender goalkeeper batsman bowler chef designer curator dancer playwright screenwriter
champion winner driver skipper forward quarterback golfer boxer pitcher winger keeper rider cyclist`.split(/\s+/));
/** How far back (characters) the person a craft describes may be named. */
const CRAFT_REACH = 300;
/** How far back (in characters) a person of the pronoun's sex is preferred to a nearer one of unknown sex. */
const SURE_REACH = 600;
/** How many mentions back "the company" may look for its organisation. */
const MAX_COMPANY_LOOKBACK = 200;

/** Mentions sorted by start, with the lookups speaker resolution needs. */
export class MentionIndex {
  private readonly order: number[];
  private readonly starts: number[];

  /**
   * `text`, when given, lets the words after a person's name tell their sex ("Zendaya … her role"; see genderOf);
   * `sentences` (segment's, in text order) tell where a sentence starts (see sentenceStart).
   */
  constructor(private readonly mentions: readonly Mention[], private readonly text = '', private readonly sentences: readonly Span[] = []) {
    this.order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
    this.starts = this.order.map((i) => mentions[i].start);
  }

  /** Where the sentence holding `pos` starts; `pos` itself when no sentence is known there. */
  sentenceStart(pos: number): number {
    let lo = 0;
    let hi = this.sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sentences[mid].start <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && pos < this.sentences[lo - 1].end ? this.sentences[lo - 1].start : pos;
  }

  /** Indices of the ORG mentions lying in [from, to) that `skip` does not rule out, in text order. */
  orgsIn(from: number, to: number, skip: (m: Mention) => boolean): number[] {
    const out: number[] = [];
    for (let k = this.lowerBound(from); k < this.order.length && this.starts[k] < to; k++) {
      const m = this.mentions[this.order[k]];
      if (m.type === 'ORG' && m.end <= to && !skip(m)) out.push(this.order[k]);
    }
    return out;
  }

  /** Position in `order` of the first mention starting at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first mention of `type` before `pos` that `skip` does not reject, or null. */
  firstOf(type: EntityType, pos: number, skip: (m: Mention) => boolean): number | null {
    for (const i of this.order) {
      const m = this.mentions[i];
      if (m.start >= pos) break;
      if (m.type === type && !skip(m)) return i;
    }
    return null;
  }

  /** Indices (into doc.mentions) of speaker-type mentions overlapping the span, in text order. */
  overlapping(span: Span): number[] {
    const out: number[] = [];
    // Mentions are short; looking a few back covers one that starts before the span and runs into it.
    for (let k = Math.max(0, this.lowerBound(span.start) - 4); k < this.order.length; k++) {
      const m = this.mentions[this.order[k]];
      if (m.start >= span.end) break;
      if (m.end > span.start && SPEAKER_TYPES.includes(m.type)) out.push(this.order[k]);
    }
    return out;
  }

  private genders: Map<string, 'f' | 'm' | null> | null = null;
  private fullNames: Set<string> | null = null;

  /**
   * Whether the article names this person in full as a person: a first name the name list knows or a title, and a
   * surname ("Sung Won Sohn", "Prime Minister Abiy Ahmed", or "Abiy" after it); a word or two the tagger took for
   * a person ("Anfield", "Dungeon Keeper") is not.
   */
  isNamedInFull(m: Mention): boolean {
    if (!this.fullNames) {
      this.fullNames = new Set();
      const gazetteer = getGazetteer();
      for (const p of this.mentions) {
        const space = p.text.indexOf(' ');
        if (p.type !== 'PERSON' || space < 0 || (p.title === null && !gazetteer.isPersonName(p.text.slice(0, space)))) continue;
        this.fullNames.add(p.text);
        for (const w of p.text.split(' ')) this.fullNames.add(w);
      }
    }
    return m.type === 'PERSON' && this.fullNames.has(m.text);
  }

  /**
   * 'f' or 'm' when the article gives this person's name with a gendered title ("Mr Mubanga", "Mrs Maguire")
   * or with a first name only one sex bears ("Zoe Ball"), and nothing says otherwise; else from the article's
   * pronouns after the name (pronounGenders), else from a first name written alone ("John"); else null. Looked up
   * by the name's last word.
   */
  genderOf(m: Mention): 'f' | 'm' | null {
    if (!this.genders) {
      const genders = new Map<string, 'f' | 'm' | null>();
      const gazetteer = getGazetteer();
      for (const p of this.mentions) {
        if (p.type !== 'PERSON') continue;
        const space = p.text.indexOf(' ');
        const g = genderOfTitle(p.title) ?? (space > 0 ? gazetteer.genderOfFirstName(p.text.slice(0, space)) : null);
        if (!g) continue;
        const key = lastWord(p.text);
        const had = genders.get(key);
        genders.set(key, had === undefined || had === g ? g : null);
      }
      for (const [key, g] of this.pronounGenders()) if (!genders.has(key)) genders.set(key, g);
      // A first name written alone ("John received four votes"), when nothing else speaks for the name.
      for (const p of this.mentions) {
        if (p.type !== 'PERSON' || p.text.includes(' ') || genders.has(p.text)) continue;
        const g = gazetteer.genderOfFirstName(p.text);
        if (g) genders.set(p.text, g);
      }
      this.genders = genders;
    }
    return m.type === 'PERSON' ? this.genders.get(lastWord(m.text)) ?? null : null;
  }

  /**
   * The sex the article's own pronouns give people no title or first name tells: the third-person pronouns between
   * a person's name and the next person named (at most PRONOUN_WINDOW characters on), counted over the article
   * ("Zendaya … her role … she said" is a woman). A side needs MIN_PRONOUN_VOTES and three times the other's count.
   */
  private pronounGenders(): Map<string, 'f' | 'm'> {
    const votes = new Map<string, { f: number; m: number }>();
    const people = this.order.filter((i) => this.mentions[i].type === 'PERSON');
    people.forEach((i, k) => {
      const p = this.mentions[i];
      const next = k + 1 < people.length ? this.mentions[people[k + 1]].start : this.text.length;
      // (Pronouns inside quoted words are the speaker's, about others: left out. So are those of the next paragraph,
      // which as often go back to the one the story is about: "… Governor Tony Evers, who said he would not run.¶Her
      // victory made her the first woman …".)
      let end = Math.min(next, p.end + PRONOUN_WINDOW);
      const paragraphEnd = this.text.indexOf('\n', p.end);
      if (paragraphEnd >= 0 && paragraphEnd < end) end = paragraphEnd;
      const window = this.text.slice(p.end, end).replace(QUOTED_WORDS, ' ');
      const v = votes.get(lastWord(p.text)) ?? { f: 0, m: 0 };
      for (const w of window.matchAll(PRONOUN_WORDS)) v[/^(?:she|her|hers|herself)$/i.test(w[0]) ? 'f' : 'm']++;
      votes.set(lastWord(p.text), v);
    });
    const out = new Map<string, 'f' | 'm'>();
    for (const [key, { f, m }] of votes) {
      if (f >= MIN_PRONOUN_VOTES && f >= 3 * m) out.set(key, 'f');
      else if (m >= MIN_PRONOUN_VOTES && m >= 3 * f) out.set(key, 'm');
    }
    return out;
  }

  /** Whether the article gives this person's name (by its last word) a title of sex `sex` ("Mr", "Mrs", "Sir"). */
  titledAs(m: Mention, sex: 'f' | 'm'): boolean {
    const key = lastWord(m.text);
    return this.mentions.some((p) => p.type === 'PERSON' && lastWord(p.text) === key && genderOfTitle(p.title) === sex);
  }

  hasSpeakerMention(span: Span): boolean {
    return this.overlapping(span).length > 0;
  }

  /**
   * The organisation most mentioned before `pos` (within MAX_COMPANY_LOOKBACK mentions, by text; the
   * first named on a tie) that `skip` does not rule out, or null.
   */
  salientOrgBefore(pos: number, skip: (m: Mention) => boolean): number | null {
    const counts = new Map<string, { n: number; at: number }>();
    let k = this.lowerBound(pos) - 1;
    for (let steps = 0; k >= 0 && steps < MAX_COMPANY_LOOKBACK; k--, steps++) {
      const m = this.mentions[this.order[k]];
      if (m.type !== 'ORG' || m.end > pos || skip(m)) continue;
      const c = counts.get(m.text);
      if (c) c.n++;
      else counts.set(m.text, { n: 1, at: this.order[k] });
    }
    let best: { n: number; at: number } | null = null;
    // Map order is nearest first: on a tie the later (earlier-named) one wins, as an article names its
    // subject first ("Manchester United have sacked … after a defeat by Tottenham … the club said").
    for (const c of counts.values()) if (!best || c.n >= best.n) best = c;
    return best?.at ?? null;
  }

  /** The nearest mention ending before `pos` whose type is in `types` and which `skip` does not rule out. */
  nearestBefore(pos: number, types: readonly EntityType[], skip: (m: Mention) => boolean): number | null {
    let k = this.lowerBound(pos) - 1;
    for (let steps = 0; k >= 0 && steps < MAX_LOOKBACK; k--, steps++) {
      const m = this.mentions[this.order[k]];
      if (m.end > pos || skip(m)) continue;
      if (types.includes(m.type)) return this.order[k];
    }
    return null;
  }
}

/** A subordinating word right before a description: "after the company said", "as the firm reported". */
const SUBORDINATE_BEFORE = /\b(?:after|as|when|because|while|since|before|until|and)\s+$/i;

/** A person's name, then the people it qualifies: "Trump campaign adviser", "Brown ally", "Mamdani aides". */
const QUALIFIED_PEOPLE = /^(?: \p{Ll}[\p{L}-]*){0,2} (?:adviser|advisers|advisor|advisors|aide|aides|official|officials|strategist|strategists|staffer|staffers|ally|allies|supporter|supporters|loyalist|loyalists|donor|donors|associate|associates)$/u;

const ASKED_BY_BEFORE = new RegExp(`\\b(?:${[...ASKED_BY].join('|')}) by (?:the )?$`);

const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);


/** After a person's possessive, someone else who speaks ("'s lawyer", "’s family", "'s widow"; not "'s spokesman", who speaks for them). */
const OTHER_PERSON = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:lawyers?|attorneys?|solicitors?|barristers?|counsel|family|families|relatives|parents|wife|husband|widow|widower|partner|son|daughter|mother|father|brother|sister|children|agent|manager|coach|doctor|aides?|advis[eo]rs?|friends?)$/u;

/**
 * The PERSON named right after a speaker description, set off by a comma, its name whole (a comma, a stop or a space
 * after it: "according to its Paris lawyer, Emmanuel Gaillard of Shearman and Sterling,"); or null.
 */
function appositiveName(text: string, speaker: Span, mentions: readonly Mention[], index: MentionIndex, type: 'PERSON' | 'ORG' = 'PERSON'): number | null {
  // (A description, not a name: "Age Concern, Mencap and Scope said" is a list.)
  if (text[speaker.end] !== ',') return null;
  const phrase = text.slice(speaker.start, speaker.end);
  const rest = phrase.replace(/^(?:the|his|her|its|their|our)\s+/i, '');
  if (!/(?:^|\s)\p{Ll}/u.test(rest) && (rest === phrase || /\s/.test(rest))) return null;
  const next = index.overlapping({ start: speaker.end + 1, end: Math.min(text.length, speaker.end + 3) });
  const i = next.find((k) => mentions[k].type === type && mentions[k].start <= speaker.end + 2);
  if (i === undefined) return null;
  // (An organisation only between two commas: "The UN refugee agency, UNHCR, said"; not "Tass news agency, Gazprom did …".)
  return (type === 'ORG' ? /^,/ : /^(?:[,.;\s]|$)/).test(text.slice(mentions[i].end, mentions[i].end + 1)) ? i : null;
}

/**
 * The index into doc.mentions of the mention a speaker phrase resolves to, or null.
 * `insideQuote(offset)` tells whether an offset lies inside quoted words.
 */
/** A phrase ending in a noun for an organisation ("The UN refugee agency"). */
const BODY_NOUN_END = /\s(?:agency|agencies|office|body|company|firm|group|bank|regulator|watchdog|union|party|ministry|department|authority|organi[sz]ation|network|broadcaster|newspaper|institute|commission|council|committee|charity|foundation|monitor|operator|carrier|provider|maker|airline|insurer|lender)$/u;
/** Lower-case words between an organisation and the one they describe ("U.N. | refugee agency | UNHCR"). */
const DESCRIBING_WORDS = /^\s+(?:(?!(?:and|or|of|in|at|from|for|by|on|with|to|the|a|an)\s)\p{Ll}[\p{Ll}-]*\s+){1,4}$/u;

export function resolveSpeakerMention(
  text: string,
  speaker: Span,
  mentions: readonly Mention[],
  index: MentionIndex,
  insideQuote: (offset: number) => boolean,
): number | null {
  // "Economists polled by Reuters": who asked them is not who speaks.
  const inside = index.overlapping(speaker).filter((i) => !ASKED_BY_BEFORE.test(text.slice(Math.max(speaker.start, mentions[i].start - 20), mentions[i].start)));
  // A possessor is no speaker when someone else is named: "Kralj's agent, Ivan Horvat" is Horvat.
  const possessor = (i: number) => /^['’]s?(?!\p{L})/u.test(text.slice(mentions[i].end, mentions[i].end + 2));
  // Nor is a person who only qualifies the speaker: "a former Trump campaign adviser", "a senior aide to Mamdani".
  const qualifier = (i: number) => mentions[i].type === 'PERSON' &&
    (QUALIFIED_PEOPLE.test(text.slice(mentions[i].end, speaker.end)) ||
      /\b(?:aide|aides|adviser|advisers|advisor|advisors|ally|allies|friend|friends|associate|associates|critic|critics|supporter|supporters|rival|rivals) (?:to|of) (?:the )?$/i
        .test(text.slice(Math.max(speaker.start, mentions[i].start - 30), mentions[i].start)));
  // "Smith's lawyer", "Dombrowski’s family": another person, whom the article may not name (no entity rather than the
  // possessor's); "Trump's statement", "Apple's spokesman" still go to the possessor.
  const otherPerson = (i: number) => mentions[i].type === 'PERSON' && possessor(i) &&
    OTHER_PERSON.test(text.slice(mentions[i].end, speaker.end));
  for (const type of ['PERSON', 'ORG'] as const) {
    if (type === 'ORG') {
      // "the U.N. refugee agency UNHCR": of the organisations in the phrase, the one that ends it speaks; "The UN refugee
      // agency, UNHCR, said": a phrase ending in a common noun is the organisation named between commas after it.
      const orgs = inside.filter((i) => mentions[i].type === 'ORG' && !possessor(i));
      const head = orgs.findIndex((i) => mentions[i].end === speaker.end);
      // (Only after words in lower case that describe it, not in a list: "Nokia and Microsoft" stays as it was.)
      if (head > 0 && DESCRIBING_WORDS.test(text.slice(mentions[orgs[head - 1]].end, mentions[orgs[head]].start))) return orgs[head];
      if (orgs.length && BODY_NOUN_END.test(text.slice(speaker.start, speaker.end))) {
        const named = appositiveName(text, speaker, mentions, index, 'ORG');
        if (named !== null) return named;
      }
    }
    const hit = inside.find((i) => mentions[i].type === type && !possessor(i) && !qualifier(i)) ??
      inside.find((i) => mentions[i].type === type && !qualifier(i) && !otherPerson(i));
    if (hit !== undefined) return hit;
  }
  if (inside.some(qualifier)) return null;
  // "according to his chief of staff, Kang Hoon-sik,": a description the person's name follows between commas (or to
  // the sentence's end) is that person.
  const named = appositiveName(text, speaker, mentions, index);
  if (named !== null) return named;
  const phraseStart = /^the\s/i.test(text.slice(speaker.start, speaker.start + 4)) ? speaker.start + 4 : speaker.start;
  // "the Dutchman", "the Briton", "the 46-year-old": a person described by where they are from or their age, as
  // sports and news writing name the person just named ("Verstappen … the Dutchman told Sky Sports").
  const described = text.slice(phraseStart, speaker.end);
  if (phraseStart > speaker.start && !/\s/.test(described) && ((AGE_NOUN.test(described) && !described.endsWith('s')) ||
      inside.some((i) => mentions[i].type === 'NORP' && mentions[i].start === phraseStart && mentions[i].end === speaker.end && !/s$/.test(described)))) {
    return index.nearestBefore(speaker.start, ['PERSON'], (m) => insideQuote(m.start));
  }
  // "Ronan was blunter. “…,” the actor said": a person named by their work, as features name the person just named.
  // Only within CRAFT_REACH characters (further back "the director" is as often someone else, or a company's).
  // (Also after words in lower case that qualify it: "the four-time world champion", "the Egypt forward" is not.)
  const craft = described.slice(described.lastIndexOf(' ') + 1).toLowerCase();
  if (phraseStart > speaker.start && CRAFTS.has(craft) && (!described.includes(' ') || /^[\p{Ll}\d -]+$/u.test(described))) {
    // The subject of a sentence before it: nothing in lower case between the sentence's start and the name ("Linklater,
    // 66, tells PEOPLE he cast Powell …" is Linklater's, not Powell's).
    const opensSentence = (m: Mention) => {
      const before = text.slice(Math.max(0, m.start - 200), m.start);
      const stops = [...before.matchAll(/[.!?]["”’]?\s/g)].map((x) => (x.index ?? 0) + x[0].length - 1);
      const cut = Math.max(before.lastIndexOf('\n'), ...stops);
      return !/\p{Ll}/u.test(before.slice(cut + 1));
    };
    // (Not a possessor: "Michelle Paver's Wolf Brother … The director said" is no author's word.)
    const possessive = (m: Mention) => /^['’]s?(?!\p{L})/u.test(text.slice(m.end, m.end + 2));
    const near = index.nearestBefore(speaker.start, ['PERSON'], (m) => insideQuote(m.start) || m.source === 'role' || possessive(m) || !opensSentence(m));
    return near !== null && speaker.start - mentions[near].end <= CRAFT_REACH ? near : null;
  }
  // A transcript line labelled with initials ("HA:" after "Helen Achterberg: …"), as interviews label the lines
  // after the first: the person of those initials, whatever the tagger made of the letters.
  if (text[speaker.end] === ':' && /^\p{Lu}{2,4}$/u.test(text.slice(speaker.start, speaker.end))) {
    const label = text.slice(speaker.start, speaker.end);
    const initialled = index.firstOf('PERSON', speaker.start, (m) => insideQuote(m.start) || initialsOf(m.text) !== label);
    if (initialled !== null) return initialled;
  }
  const whole = inside.find((i) => mentions[i].start <= phraseStart && mentions[i].end >= speaker.end);
  if (whole !== undefined) return whole;
  // An interview's answer ("A: …", index.ts): the interviewee, the first person the article names outside
  // quoted words (in the headline or the introduction before the questions).
  if (/^(?:A|Answer)$/.test(text.slice(speaker.start, speaker.end)) && text[speaker.end] === ':') {
    // (Not the interviewer of a credit line: "Interview by Clara Hoffmann".)
    return index.firstOf('PERSON', speaker.start, (m) => insideQuote(m.start) || /\bby\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)));
  }
  // A transcript's speaker in capitals ("MBADI:", "JAKE TAPPER:"): the person named so before ("John Mbadi").
  const written = text.slice(speaker.start, speaker.end);
  if (/^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+){0,2}$/u.test(written)) {
    const caps = written.toUpperCase();
    const named = index.nearestBefore(speaker.start, ['PERSON'], (m) => insideQuote(m.start) || !(m.text.toUpperCase() === caps || m.text.toUpperCase().endsWith(` ${caps}`)));
    if (named !== null) return named;
  }
  const written0 = text.slice(speaker.start, speaker.end).toLowerCase().replace(/['’](?:s|re)$/, '');
  // "According to him, …": the object pronoun stands for its subject form.
  const word = OBJECT_FORMS[written0] ?? written0;
  // ("the carmaker"; also where the company is based, "the Shenzhen-based company", but no other description: "the US
  // firm", "the central bank", "the security firm" are as often another company as the one most named.)
  const company = /^the\s+(?:[\p{L}]+-based\s+)?(\S+)$/u.exec(word);
  // ("The party", "the government" are left alone: an article often names several.)
  if (company && COMPANY_NOUNS.has(company[1]) && !(word.includes('-based') && BASED_NOT.has(company[1]))) {
    const outlet = (m: Mention) => OUTLET_WORDS.has(lastWord(m.text).toLowerCase());
    // ("Shares of Keurig Dr Pepper Inc fell 4.5% after the company said …": one organisation named earlier in the same
    // sentence is the one meant, however often the article named another.)
    // (Only in a clause of its own after the name, "after the company said": a trailing "…, the company said" follows
    // what it reported, whose names are not the speaker.)
    if (SUBORDINATE_BEFORE.test(text.slice(Math.max(0, speaker.start - 12), speaker.start))) {
      const inSentence = index.orgsIn(index.sentenceStart(speaker.start), speaker.start, (m) => insideQuote(m.start) || outlet(m));
      if (inSentence.length && inSentence.every((i) => mentions[i].text === mentions[inSentence[0]].text)) return inSentence[0];
    }
    return index.salientOrgBefore(speaker.start, (m) => insideQuote(m.start) || outlet(m));
  }
  const types = PRONOUN_TYPES[word];
  if (!types) return null;
  // "parents who asked the board …": a restrictive "who" after a common noun stands for that noun, no mention.
  if (word === 'who' && /(?:^|[^\p{L}])\p{Ll}[\p{Ll}-]*\s+$/u.test(text.slice(Math.max(0, speaker.start - 30), speaker.start)) &&
    !mentions.some((m) => m.end === speaker.start - 1 || (m.end < speaker.start && m.end >= speaker.start - 2))) return null;
  // "he" is never a person the article calls Mrs or Ms, nor "she" one it calls Mr or Sir.
  const other = word === 'he' ? 'f' : word === 'she' ? 'm' : null;
  const nearest = index.nearestBefore(speaker.start, types, (m) => insideQuote(m.start) || (other !== null && index.genderOf(m) === other));
  // "they" after a people's adjective ("Japanese officials … they said") is the group it describes, which has no
  // entity: neither the adjective's people nor anyone named before it.
  if (word === 'they' && nearest !== null && mentions[nearest].type === 'NORP' && !/s$/.test(mentions[nearest].text)) return null;
  // (With no one of the pronoun's sex before it, the person just named in its paragraph whose sex only the first-name
  // lists guessed is still the one meant: "Ko Barrett, the WMO's deputy secretary-general, said …. “…,” she said.")
  if (other !== null && nearest === null) {
    const any = index.nearestBefore(speaker.start, ['PERSON'], (m) => insideQuote(m.start));
    if (any !== null && !text.slice(mentions[any].end, speaker.start).includes('\n') && !index.titledAs(mentions[any], other)) return any;
  }
  // A person the article shows to be of the pronoun's sex wins over a nearer one it says nothing of, within a few
  // sentences ("Haaland … She will succeed Governor Tony Evers …. “…,” she said" is Haaland, not Evers). For "he",
  // only over what the tagger may have taken for a person ("Anfield", "Finding Nemo"): most people in the news are
  // men, and the sex lists know few men's names (not "Tim", "Barry", "Tarique"), so a man named in full is the
  // likelier "he" when nearer than one they know.
  // (A role just described, "the Ukrainian president said … He added", has no sex to check and is not overridden.)
  if (other === null || nearest === null || index.genderOf(mentions[nearest]) !== null || mentions[nearest].source === 'role') return nearest;
  if (word === 'he' && index.isNamedInFull(mentions[nearest])) return nearest;
  const own = other === 'f' ? 'm' : 'f';
  const sure = index.nearestBefore(speaker.start, ['PERSON'], (m) => insideQuote(m.start) || index.genderOf(m) !== own);
  return sure !== null && speaker.start - mentions[sure].end <= SURE_REACH ? sure : nearest;
}
