/**
 * Linking inside one article: each named mention's name, with short forms replaced by the full name they
 * stand for in this article.
 *
 * - People: a titled name loses its title words ("Ayatollah Khamenei" → "Khamenei") and a nickname in quotes ('Joko
 *   "Jokowi" Widodo' → "Joko Widodo", whom "Jokowi" alone then names); a one-word name takes
 *   the full name (two words or more) whose last word it is, else whose first word it is ("Hillary", "Sir
 *   Alex", but not "Prince Charles"; a titled first name only the full name written with the same title: "Prince
 *   Mohammed" after "Crown Prince Mohammed bin Salman"), else the one whose inner word it is ("Lula" of "Luiz Inácio Lula da
 *   Silva", "McCabe" of "Tom McCabe MSP"), else the one whose last word of seven letters or more is one letter
 *   off ("Zelensky" of "Volodymyr Zelenskyy"; "Khomeini" is three off "Khamenei"), unless the word is a known
 *   place or group; a longer name takes a
 *   still longer one it is part of, with the same last word ("George Bush" → "George W. Bush"). When two people named in full fit ("Clinton" with Hillary
 *   and Bill Clinton), the one mentioned nearest before wins (else the nearest after). Two names written
 *   in full are never merged unless one is part of the other, and never across types but one: a one-word
 *   mention typed as a place or organisation that is not a known name and is the surname of exactly one
 *   person named in full in the article becomes that person ("Cruise" after "Tom Cruise").
 * - Acronyms: the name they were introduced with ("International Atomic Energy Agency (IAEA)", or "CEI
 *   (Italian Episcopal Conference)" for an acronym of another language; a short name of another language the tagger
 *   found, "(PDI-P)", "(Celios)", or one after ", or"; with a place's name before it, the name the two make: "Africa
 *   CDC"), with one type for both, or the
 *   one name of the same type whose initials they spell; failing that, the one organisation, place or MISC
 *   name of another type whose initials they spell, whose type they take ("FA" typed MISC beside
 *   "Football Association").
 * - Organisations: a part of a longer organisation name in the article takes it when only one fits: its
 *   end ("Home Office" in "United Kingdom Home Office"), or its start when the rest is an "of" phrase or a
 *   generic word ("Supreme Court of Cassation", "Labour Party"). Places likewise take a longer place name
 *   they end ("Korea" in an article about "South Korea"), unless they are a country, city or continent of their own
 *   ("Sudan" beside "South Sudan", "Africa" beside South Africa), and a state's name its "State" ("Ogun State"). A kind
 *   of body written in lower case after the name picks the one name of that kind ("the Gates institute"). A one-word organisation written after a name of two or three words it starts
 *   and ending in a company's word takes it when nothing else knows the word ("Cairn" after "Cairn Energy", "Sequoia"
 *   after "Sequoia Capital"; not "Google" after "Google Cloud", "Skype" after "Skype Out").
 * - Countries: a country's name typed ORG or MISC is the place ("Korea Republic" the team); in a report
 *   on sport, a people's plural after "the" is the team of its country when that is named ("the Belgians").
 * Possessives, quotes, dashes and spaces are tidied first (tidy.ts); case never matters.
 */
import type { EntityType, Mention } from '../../model/doc.ts';
import { getGazetteer } from '../entities/gazetteer.ts';
import { KNOWN_AS, NAME_PARTICLES, TITLE_HEADS, TITLE_MODIFIERS, genderOfTitle } from '../entities/lexicon.ts';
import { tidy } from './tidy.ts';
import { foldName } from './keys.ts';
import { knownAlias } from './aliases.ts';
import { countryName, placeCode } from './codes.ts';

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'des', 'on', 'in', '&']);
const TITLE_WORDS = new Set([...TITLE_HEADS, ...TITLE_MODIFIERS, 'of', 'the']);
/**
 * Words that may end an organisation's name after its short form: "Labour Party", "Wagner Group",
 * "Freedom Magazine", "Barclays Bank", "Harvard University".
 */
const ORG_HEADS = new Set(
  ('party movement group company corporation corp inc ltd plc club association organisation organization foundation institute society ' +
    'magazine newspaper journal bank university college airlines airways industries').split(' '),
);
/** Last words of a place's name after which its first words alone name it: "Ogun State", "Oskil River", "Caspian Sea". */
const PLACE_HEADS = new Set(['state', 'province', 'river', 'sea', 'desert', 'mountains']);
/** A body's generic word after a capital "The": "The Agency", "The Commission", "The Bank". */
const THE_BODY = /^The (?:Agency|Authority|Bank|Board|Commission|Committee|Council|Court|Department|Fund|Institute|Ministry|Organi[sz]ation|Regulator|Tribunal|Union)$/;
/** Kinds of body, each apart from the others: a foundation is no institute, a party no club. */
const BODY_KINDS = new Set('institute foundation university college party bank club society association magazine newspaper journal'.split(' '));
/** A kind of body written in lower case right after a name: "the Gates institute", "the Lilly foundation". */
const LOWER_HEAD_AFTER = /^\s+(\p{Ll}+)\b/u;
/** Endings of a name that name something else on their own: the House is not the White House. */
const NOT_ITS_SHORT_FORM = new Map([['house', 'white house']]);

/** The words the text writes in lower case (one pass). */
function lowerCaseWordsOf(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}'’-])\p{Ll}[\p{L}'’-]*/gu) ?? []);
}

/** Last words of a company's name whose first word is its short form: "Cairn Energy" is "Cairn". */
const COMPANY_HEADS = new Set(
  ('energy finance group networks technologies technology securities communications resources capital partners holdings ' +
    'motors motor industries international systems pharmaceuticals pharma therapeutics biosciences entertainment studios ' +
    'productions records breweries brewery stores broadband insurance media airlines airways ventures investments ' +
    'petroleum mining oil gas electric telecom telecommunications semiconductor software foods brands healthcare ' +
    'logistics shipping steel chemicals corporation corp inc ltd plc co company llc ag sa nv automation metals robotics ' +
    'aerospace materials minerals engineering construction utilities power solar renewables bancorp electronics ai labs research').split(' '),
);
/** Towns smaller than this do not stop a first name from linking to the person named in full. */
const SMALL_TOWN = 200_000;
/** Legal forms after a company's name ("Corp.", "Ltd", "SA", "AG"): with one, any name is a company's. */
const LEGAL_FORMS = new Set(['corporation', 'corp', 'inc', 'incorporated', 'ltd', 'limited', 'plc', 'co', 'llc', 'ag', 'sa', 'nv', 'se', 'spa', 'bv', 'gmbh', 'asa', 'ab', 'oyj', 'kk']);
/** Titles that go with a first name and the person's own ("Sir Alex" is Alex Ferguson); "Prince", "Pope" do not. */
const FIRST_NAME_TITLES = new Set(['sir', 'dame']);
const ACRONYM = /^[A-Z][A-Z0-9&.]{1,9}$/;
/** A Cantonese given name as it ends a Hong Kong name: "Ka-chiu" of "John Lee Ka-chiu". */
const CHINESE_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5}$/u;
const TWO_CAPITALS = /[A-Z].*[A-Z]/;
const INTRODUCED = /^\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)/;
const BRACKET_OPEN = /^\s*\(\s*$/;
/** An acronym introduced after a comma, as AP writes them: "the National Action Party, or PAN,", "the National
 * Electoral Institute, known as INE". */
const INTRODUCED_AFTER_COMMA = /^,\s+(?:or|(?:also |better )?known as)\s+([A-Z][A-Z0-9&]{1,7})(?=[,.;:)]|\s+(?:and|or)\s|$)/;
/**
 * Whether `short` is made of `long`'s letters in order, starting with one of its words' initials: "Pemex" of
 * "Petróleos Mexicanos", "Banxico" of "Bank of Mexico"; not a club after an athlete ("B Challenger (Belgrave
 * Harriers)") or a channel after a programme.
 */
function shortens(short: string, long: string): boolean {
  const letters = (x: string) => x.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  const s = letters(short);
  const l = long.toLowerCase();
  if (!s || s.length >= letters(long).length) return false;
  let at = -1;
  for (const w of l.matchAll(/\S+/g)) {
    if (w[0][0] === s[0]) {
      at = w.index;
      break;
    }
  }
  if (at < 0) return false;
  for (const ch of s) {
    at = l.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/**
 * Whether a short name in brackets that spells no initials in order is still the long name's, as a name of another
 * language is ("Indonesian Democratic Party of Struggle (PDI-P)", "Center of Economic and Law Studies (Celios)"): the
 * tagger found it as a name of the long one's type, it is one word after a name of three or more, and it begins with the
 * initial of one of the long name's words.
 */
function taggedShortName(short: string, long: Mention, next: Mention | undefined, longName: string, nextName: string | undefined): boolean {
  // (One word after a name of three or more: "B Challenger (Belgrave Harriers)" is an athlete and his club.)
  if (!next || next.type !== long.type || nextName !== short || short.includes(' ') || longName.split(' ').length < 3) return false;
  return longName.split(/[\s-]+/).some((w) => CAPITALISED.test(w) && w[0] === short[0]);
}

/** What writes a name's other name after it: ", or ", ", known as ". */
const OTHER_NAME_AFTER_COMMA = /^,\s+(?:or|(?:also |better )?known as)\s+$/;
/** A short name in brackets after a long one: "(Pemex)", "(TurkStat)", "(AK Party)", "(PDI-P)". */
const SHORT_NAME_INTRODUCED = /^\s*\((\p{Lu}[\p{L}\d&-]{1,11}(?: \p{Lu}\p{L}{1,11})?)\)/u;
const SHORT_NAMED_TYPES: ReadonlySet<string> = new Set(['ORG', 'LAW', 'EVENT', 'MISC']);
const CAPITALISED = /^\p{Lu}/u;

/** Capitals with the lower-case letter of a linking word between two of them: "TfL", "TfGM" (Transport for …), "AfD". */
const MIXED_ACRONYM = /^[A-Z](?:[A-Z0-9&]|[a-z](?=[A-Z]))+$/;
const isAcronym = (s: string) => (ACRONYM.test(s) || MIXED_ACRONYM.test(s)) && TWO_CAPITALS.test(s);

function initials(name: string, withSmallWords = false): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && (withSmallWords ? /^\p{L}/u.test(w) && !/^(?:the|a|an)$/i.test(w) : !CONNECTORS.has(w.toLowerCase())))
    .map((w) => w[0].toUpperCase())
    .join('');
}

/** A person's name without the title words in front ("Supreme Leader Ali Khamenei" → "Ali Khamenei"). */
export function withoutTitle(name: string): string {
  const words = name.split(' ');
  let i = 0;
  while (i < words.length - 1 && TITLE_WORDS.has(words[i].toLowerCase().replace(/\.$/, ''))) i++;
  if (i === 0 || !CAPITALISED.test(words[i])) return name;
  return words.slice(i).join(' ');
}

/** A nickname in quotes inside a person's name: 'Joko "Jokowi" Widodo', "Luis 'Toto' Caputo". */
const QUOTED_NICKNAME = / (["'])(\p{Lu}[\p{L}.'-]*(?: \p{Lu}[\p{L}.'-]*)?)\1 (?=\p{Lu})/u;

/** A person's name without a nickname in quotes ('Joko "Jokowi" Widodo' → "Joko Widodo"), and the nickname, if any. */
function withoutNickname(name: string): [string, string | null] {
  const q = QUOTED_NICKNAME.exec(name);
  return q ? [name.slice(0, q.index) + ' ' + name.slice(q.index + q[0].length), q[2]] : [name, null];
}

/** Honorifics that are never a name of their own ("King", "Bishop" and "Major" are surnames too). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'mme', 'mlle', 'messrs']);

/** True for an honorific alone ("Mr", "Dr."), cut off from the name it goes with. */
function isTitleOnly(name: string): boolean {
  return HONORIFICS.has(name.toLowerCase().replace(/\.$/, ''));
}

/** A distinct full name in the article, with where its mentions start. */
interface FullName {
  name: string;
  lower: string[];
  starts: number[];
  /** Last words of the titles it is written with ("prince" of "Crown Prince Mohammed bin Salman"). */
  titleHeads: Set<string>;
}

/** The candidate mentioned nearest before `at`, else nearest after (ties cannot happen: starts differ). */
function nearest(cands: FullName[], at: number): FullName {
  let best = cands[0];
  let bestScore = Infinity;
  for (const c of cands) {
    for (const s of c.starts) {
      // Before `at` scores its distance; after scores more than any before.
      const score = s <= at ? at - s : 1e9 + (s - at);
      if (score < bestScore) [best, bestScore] = [c, score];
    }
  }
  return best;
}

/** A last word this long or longer may be matched one letter off ("Zelensky", "Zelenskyy"); "Khamenei" and "Khomeini" are three apart. */
const NEAR_NAME_LENGTH = 7;

/** Whether a and b (lengths at most one apart) differ by one substitution, insertion or deletion. */
function oneEditApart(a: string, b: string): boolean {
  if (a.length === b.length) {
    let diff = 0;
    for (let k = 0; k < a.length && diff < 2; k++) if (a[k] !== b[k]) diff++;
    return diff === 1;
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let k = 0;
  while (k < short.length && short[k] === long[k]) k++;
  return short.slice(k) === long.slice(k + 1);
}

/** Words for "son of" or "daughter of" before a father's name, which ends an Arabic or Hebrew name: "Mohammed bin Salman". */
const PATRONYMIC = new Set(['bin', 'ibn', 'bint', 'ben']);

/**
 * Whether a full name ends in a father's name ("Mohammed bin Salman", "bin Salman": Salman is his father, King
 * Salman), which is no surname a one-word name stands for. (The two words "bin Salman" still take the full name.)
 */
function fathersName(f: FullName): boolean {
  const n = f.lower.length;
  // ("Bin Salman" too; not "Ben Stokes", a first name.)
  return PATRONYMIC.has(f.lower[n - 2]) && (n >= 3 || f.lower[0] !== 'ben');
}

/** From a full name's start to a word in the description after it: "Omar Ayub Khan, a senior leader of ". */
const OWN_APPOSITIVE = /^[^,.;:!?"“”]{3,60},\s+(?:a|an|the)\s[^.;:!?"“”,]{0,80}$/;

/**
 * Words of kinship after "his", "her" or "their" before a name, which introduce the subject's relative: "Her nephew and
 * longtime manager, ", "his son, ", "survived by two sisters, ". (Not "the younger brother of …": whose brother is the
 * one named is not said.)
 */
const KIN_BEFORE = /(?:\b(?:his|her|their)\s+(?:[\p{L}'’-]+\s+){0,3}(?:sons?|daughters?|nephews?|nieces?|brothers?|sisters?|wife|husband|widow|widower|mother|father|parents|children|grand(?:son|daughter|children|father|mother)s?|cousins?|uncle|aunt|step(?:son|daughter|mother|father)s?)|\bsurvived by)\b[^.;!?"“”]{0,40}$/iu;
/** How far before a name its kinship word is looked for. */
const KIN_REACH = 72;

/** Whether the name at `start` is introduced as someone's relative, by a kinship word shortly before it in its sentence. */
function introducedAsRelative(text: string, start: number): boolean {
  return KIN_BEFORE.test(text.slice(Math.max(0, start - KIN_REACH), start));
}

/** How far after a name its pronoun is looked for, within the sentence. */
const PRONOUN_REACH = 60;

/**
 * 'f' or 'm' from the first personal pronoun after offset `from`, before the sentence ends and before another name
 * ("Marsh married Hyacinth Bailey in 1967; she died in 2015": the "she" is Hyacinth's); else null.
 */
function pronounAfter(text: string, from: number): 'f' | 'm' | null {
  const sentence = /^[^.!?"“”]*/.exec(text.slice(from, from + PRONOUN_REACH))![0];
  const name = sentence.search(/\s\p{Lu}/u);
  const after = name >= 0 ? sentence.slice(0, name) : sentence;
  const p = /\b(?:(she|her|hers|herself)|(he|him|his|himself))\b/i.exec(after);
  return p ? (p[1] ? 'f' : 'm') : null;
}

function isSubsequence(short: string[], long: string[]): boolean {
  let j = 0;
  for (const w of long) if (j < short.length && w === short[j]) j++;
  return j === short.length;
}

/**
 * The in-article name of each mention of `named` (same order), null for a person mention that is a bare
 * title ("Mr" cut off from its name), which names no one. May retype a mention to PERSON (see the module
 * comment). Mentions with source 'role' are not linked and are no link target. `titleEnd` is where the
 * article's headline ends (0 without one): a headline names a company by its short name before the body
 * names it in full.
 */
export function linkInArticle(text: string, named: Mention[], titleEnd = 0): Array<string | null> {
  const gazetteer = getGazetteer();
  // A nickname in quotes inside a person's name names that person when written alone (by mention index, as below).
  const quotedNicknames = new Map<string, number>();
  const names = named.map((m, i) => {
    const t = tidy(m.text);
    if (m.type !== 'PERSON') return t;
    const [name, nickname] = withoutNickname(withoutTitle(t));
    if (nickname && !quotedNicknames.has(foldName(nickname))) quotedNicknames.set(foldName(nickname), i);
    return name;
  });
  // Acronyms introduced in brackets next to their name: "Long Name (ACR)", or "ACR (Long Name)" for an
  // acronym of another language ("CEI (Italian Episcopal Conference)").
  const acronyms = new Map<string, string>();
  // Short names introduced the same way that spell no initials: "Petróleos Mexicanos (Pemex)", "Bank of Mexico
  // (Banxico)", "Justice and Development Party (AK Party)". Only for a body, a law or an event, and never a place the
  // gazetteer knows ("… University (Mexico)" says where, not what it is called).
  const shortNames = new Map<string, string>();
  named.forEach((m, i) => {
    const match = INTRODUCED.exec(text.slice(m.end, m.end + 14)) ??
      (SHORT_NAMED_TYPES.has(m.type) ? INTRODUCED_AFTER_COMMA.exec(text.slice(m.end, m.end + 24)) : null);
    // Not after a name in capitals: "NEW YORK (AP)" is a dateline and its agency; nor an organisation the gazetteer
    // knows after a place: "DUBAI, United Arab Emirates (AP) —" is one too.
    if (match && !isAcronym(names[i]) && names[i].includes(' ') && names[i] !== names[i].toUpperCase() &&
        !(m.type === 'LOC' && gazetteer.lookup(match[1])?.type === 'ORG')) acronyms.set(match[1].replace(/\./g, ''), names[i]);
    const short = SHORT_NAME_INTRODUCED.exec(text.slice(m.end, m.end + 24));
    const next = named[i + 1];
    if (short && SHORT_NAMED_TYPES.has(m.type) && names[i].includes(' ') && names[i] !== names[i].toUpperCase() && !isAcronym(short[1]) &&
      gazetteer.lookup(short[1]) === undefined && (shortens(short[1], names[i]) || taggedShortName(short[1], m, next, names[i], names[i + 1]))) {
      shortNames.set(short[1].toLowerCase(), names[i]);
    }
    // A name of another language after a comma: "the Japan Innovation Party, or Nippon Ishin no Kai" (not an item of a
    // list, "Apple, Google, or Microsoft", nor a name known on its own).
    if (next && m.type === 'ORG' && next.type === 'ORG' && names[i].includes(' ') && OTHER_NAME_AFTER_COMMA.test(text.slice(m.end, next.start)) &&
      !/,\s*$/.test(text.slice(Math.max(0, m.start - 3), m.start)) && !isAcronym(names[i + 1]) && gazetteer.lookup(names[i + 1]) === undefined &&
      !knownAlias('ORG', names[i + 1])) {
      shortNames.set(names[i + 1].toLowerCase(), names[i]);
    }
    if (
      next && isAcronym(names[i]) && m.type !== 'PERSON' && next.type !== 'PERSON' && next.source !== 'role' && names[i + 1].includes(' ') &&
      BRACKET_OPEN.test(text.slice(m.end, next.start)) && text.startsWith(')', next.end)
    ) {
      acronyms.set(names[i].replace(/\./g, ''), names[i + 1]);
    }
  });
  unifyTypes(named, names, acronyms);

  // Nicknames: "Mohamed Hamdan Dagalo, known as Hemedti" makes every "Hemedti" of the article that person; so does
  // "Prince Mohammed, known by his initials MBS", once "Prince Mohammed" is linked (the mention's index is kept), and
  // 'Joko "Jokowi" Widodo' every "Jokowi".
  const nicknames = new Map<string, number>(quotedNicknames);
  named.forEach((m, i) => {
    const before = named[i - 1];
    if (m.type === 'PERSON' && before?.type === 'PERSON' && !names[i].includes(' ') && KNOWN_AS.test(text.slice(before.end, m.start))) {
      nicknames.set(foldName(names[i]), i - 1);
    }
  });

  // Full person names (two words or more).
  const full = new Map<string, FullName>();
  named.forEach((m, i) => {
    if (m.type !== 'PERSON' || m.source === 'role') return;
    const lower = foldName(names[i]).split(' ');
    if (lower.length < 2) return;
    const key = lower.join(' ');
    let f = full.get(key);
    if (!f) full.set(key, (f = { name: names[i], lower, starts: [], titleHeads: new Set() }));
    f.starts.push(m.start);
    const head = m.title?.toLowerCase().split(/\s+/).pop();
    if (head) f.titleHeads.add(head);
  });
  const fullList = [...full.values()];
  const byLast = new Map<string, FullName[]>();
  const byFirst = new Map<string, FullName[]>();
  for (const f of fullList) {
    const last = f.lower[f.lower.length - 1];
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(f);
    // A Hong Kong name ends in its Chinese given name after the surname: "Chan" is Paul Chan Mo-po.
    const words = f.name.split(' ');
    const surname = words.length >= 3 && CHINESE_GIVEN_NAME.test(words[words.length - 1]) ? foldName(words[words.length - 2]) : null;
    if (surname) (byLast.get(surname) ?? byLast.set(surname, []).get(surname)!).push(f);
    (byFirst.get(f.lower[0]) ?? byFirst.set(f.lower[0], []).get(f.lower[0])!).push(f);
  }
  // Inner words of full names ("Lula" of "Luiz Inácio Lula da Silva"), and the surnames one letter away from a
  // last word, by their one-letter deletions ("Zelensky" of "Volodymyr Zelenskyy"): for a one-word name that is
  // neither a last nor a first word. Built once per article, so each look-up is a few map reads.
  const byInner = new Map<string, FullName[]>();
  const byNearLast = new Map<string, FullName[]>();
  // A name's keys are pushed one after the other, so a repeat ("zelenskyy" less either "y") is the list's last entry.
  const push = (map: Map<string, FullName[]>, key: string, f: FullName) => {
    const list = map.get(key) ?? map.set(key, []).get(key)!;
    if (list[list.length - 1] !== f) list.push(f);
  };
  for (const f of fullList) {
    for (const w of f.lower.slice(1, -1)) if (w.length >= 3 && !CONNECTORS.has(w) && !NAME_PARTICLES.has(w)) push(byInner, w, f);
    const last = f.lower[f.lower.length - 1];
    if (last.length < NEAR_NAME_LENGTH || fathersName(f)) continue;
    push(byNearLast, last, f);
    for (let k = 0; k < last.length; k++) push(byNearLast, last.slice(0, k) + last.slice(k + 1), f);
  }
  /** The one full name whose inner word `w` is, else the one whose last word is one letter away from `w`, else none. */
  const innerOrNear = (w: string): FullName[] => {
    const inner = byInner.get(w);
    if (inner) return inner.length === 1 ? inner : [];
    if (w.length < NEAR_NAME_LENGTH) return [];
    const found = new Set<FullName>();
    for (const key of [w, ...[...w].map((_, k) => w.slice(0, k) + w.slice(k + 1))]) {
      for (const f of byNearLast.get(key) ?? []) {
        const last = f.lower[f.lower.length - 1];
        if (last !== w && last[0] === w[0] && Math.abs(last.length - w.length) <= 1 && oneEditApart(last, w)) found.add(f);
        if (found.size > 1) return []; // two fit: none is taken (and the work per word stays bounded)
      }
    }
    return found.size === 1 ? [...found] : [];
  };
  /** The full names a one-word name is the surname of: not a father's name after "bin" ("Salman" is not Mohammed bin Salman). */
  const bySurname = (w: string): FullName[] => (byLast.get(w) ?? []).filter((f) => !fathersName(f));
  /** The longest full name a full name is part of (same last word), decided by nearness when several fit. */
  const longer = (lower: string[], at: number): FullName | null => {
    const cands = (byLast.get(lower[lower.length - 1]) ?? []).filter((f) => f.lower.length > lower.length && isSubsequence(lower, f.lower));
    if (!cands.length) return null;
    const maxLen = Math.max(...cands.map((c) => c.lower.length));
    return nearest(cands.filter((c) => c.lower.length === maxLen), at);
  };
  const isKnownOtherName = (word: string) => {
    const g = gazetteer.lookup(word);
    return g !== undefined && g.type !== 'PERSON';
  };
  /**
   * For a mention the tagger calls a person: a known name of something else that a first name never is. A town
   * of under SMALL_TOWN people is no bar ("Gary", "Clifton", "Anna" are first names before they are towns).
   */
  const isOtherThanFirstName = (word: string) => {
    const g = gazetteer.lookup(word);
    return g !== undefined && g.type !== 'PERSON' && !(g.source === 'city' && g.population < SMALL_TOWN);
  };

  // Otherwise an acronym spelled by the initials of exactly one multi-word name of the same type.
  const byInitials = new Map<string, Set<string>>();
  named.forEach((m, i) => {
    if (!names[i].includes(' ') || m.source === 'role') return;
    // Also with the small words' letters, as some acronyms are made ("ECOWAS": Economic Community Of West African States).
    for (const letters of new Set([initials(names[i]), initials(names[i], true)])) {
      const key = `${m.type} ${letters}`;
      if (!byInitials.has(key)) byInitials.set(key, new Set());
      byInitials.get(key)!.add(names[i]);
    }
  });
  const spelled = (type: EntityType, name: string): string | null => {
    const hits = byInitials.get(`${type} ${name.replace(/\./g, '').toUpperCase()}`);
    return hits?.size === 1 ? [...hits][0] : null;
  };
  // Or without a place's letters in front, which the acronym leaves out ("RFS": NSW Rural Fire Service), for an
  // acronym no one knows otherwise (the FBI stays the FBI beside a "US Federal Bureau of Investigation").
  const afterPlace = new Map<string, Set<string>>();
  named.forEach((m, i) => {
    const rest = m.source === 'role' ? null : /^\p{Lu}{2,4} (\p{Lu}\S* \S.*)$/u.exec(names[i]);
    if (!rest) return;
    const key = `${m.type} ${initials(rest[1])}`;
    (afterPlace.get(key) ?? afterPlace.set(key, new Set()).get(key)!).add(names[i]);
  });
  const spelledAfterPlace = (type: EntityType, name: string): string | null => {
    const hits = knownAlias(type, name) ? undefined : afterPlace.get(`${type} ${name.replace(/\./g, '')}`);
    return hits?.size === 1 ? [...hits][0] : null;
  };
  // Or, for an acronym the tagger typed otherwise and the gazetteer does not know, by exactly one such name of
  // another of these types, whose type it takes ("the FA" typed MISC beside "the Football Association", an ORG).
  const RETYPABLE: EntityType[] = ['ORG', 'LOC', 'MISC'];
  const spelledRetyped = (m: Mention, name: string): string | null => {
    // A known name keeps its own reading: "US" is the country even beside a "University of Sydney".
    if (!RETYPABLE.includes(m.type) || gazetteer.lookup(name) !== undefined) return null;
    let found: { type: EntityType; name: string } | null = null;
    for (const type of RETYPABLE) {
      if (type === m.type) continue;
      const hits = byInitials.get(`${type} ${name.replace(/\./g, '').toUpperCase()}`);
      if (!hits) continue;
      // (A name that begins with the one found is its people or its own longer name, not another: "WA" is Western
      // Australia beside "Western Australians".)
      if (found && hits.size === 1 && [...hits][0].startsWith(found.name)) continue;
      if (found && hits.size === 1 && found.name.startsWith([...hits][0])) {
        found = { type, name: [...hits][0] };
        continue;
      }
      if (found || hits.size > 1) return null;
      found = { type, name: [...hits][0] };
    }
    // A person's initials, when no body, place or thing has them ("SRK" beside "Shah Rukh Khan", "AMLO" beside "Andrés
    // Manuel López Obrador"): the person, named in three words or more so that two letters are no one's initials.
    if (!found && name.replace(/\./g, '').length >= 3) {
      const people = byInitials.get(`PERSON ${name.replace(/\./g, '')}`);
      if (people?.size === 1) found = { type: 'PERSON', name: [...people][0] };
    }
    if (found) m.type = found.type;
    return found?.name ?? null;
  };

  // Organisation and place names by their parts, for short forms of longer names: every ending ("Home
  // Office" of "United Kingdom Home Office", "Korea" of "South Korea"), and for organisations a beginning
  // followed by an "of" phrase or one generic word ("Supreme Court of Cassation", "Labour Party").
  const parts = new Map<string, Map<string, string>>();
  const addPart = (type: EntityType, part: string, whole: string) => {
    const key = `${type} ${part}`;
    // Keyed by the folded name: "The Church of Scientology" and "Church of Scientology" are one candidate.
    (parts.get(key) ?? parts.set(key, new Map()).get(key)!).set(foldName(whole), whole);
  };
  // A name made of two others the article names side by side ("Rio Tinto and Glencore agreed to form Rio Tinto
  // Glencore") is their combination, no longer form of either: its parts are not its short forms. (Parts named apart
  // are the usual long form and its short one: "IBM Blue Gene" … "Blue Gene", "Continental Airlines" … "Continental".)
  const orgNames = new Set(named.flatMap((m, i) => (m.type === 'ORG' && m.source !== 'role' ? [foldName(names[i])] : [])));
  const pairs = new Set<string>();
  named.forEach((m, i) => {
    const next = named[i + 1];
    if (m.type === 'ORG' && next?.type === 'ORG' && /^\s*(?:and|&)\s*$/.test(text.slice(m.end, next.start))) {
      pairs.add(`${foldName(names[i])}\n${foldName(names[i + 1])}`);
      pairs.add(`${foldName(names[i + 1])}\n${foldName(names[i])}`);
    }
  });
  const isCombination = (name: string): boolean => {
    if (!pairs.size) return false;
    const ws = foldName(name).split(' ');
    for (let n = 1; n < ws.length; n++) {
      const a = ws.slice(0, n).join(' ');
      const b = ws.slice(n).join(' ');
      if (orgNames.has(a) && orgNames.has(b) && pairs.has(`${a}\n${b}`)) return true;
    }
    return false;
  };
  const seen = new Set<string>();
  named.forEach((m, i) => {
    if ((m.type !== 'ORG' && m.type !== 'LOC') || m.source === 'role' || seen.has(`${m.type} ${names[i]}`)) return;
    // (Nor a seat or village the words around it made a place: "Conwy" of "Lord Roberts of Conwy" is not the seat of
    // "MP for Meirionnydd Nant Conwy".)
    if (m.type === 'LOC' && m.source === 'context') return;
    if (m.type === 'ORG' && isCombination(names[i])) return;
    // ("The Agency" is no longer form of "Agency": it is the short form.)
    if (m.type === 'ORG' && THE_BODY.test(names[i])) return;
    seen.add(`${m.type} ${names[i]}`);
    const ws = names[i].toLowerCase().split(' ');
    for (let n = 1; n < ws.length; n++) {
      // (Not a company's generic last word alone: "Electronics" is no short form of "Tata Electronics".)
      if (!(m.type === 'ORG' && n === 1 && COMPANY_HEADS.has(ws[ws.length - 1]) && !ORG_HEADS.has(ws[ws.length - 1]))) {
        addPart(m.type, ws.slice(ws.length - n).join(' '), names[i]);
      }
      if (m.type === 'ORG' && (ws[n] === 'of' || ws[n] === 'for' || (n === ws.length - 1 && ORG_HEADS.has(ws[n])))) {
        addPart(m.type, ws.slice(0, n).join(' '), names[i]);
      }
      // A state's or province's name before the word: "Ogun" of "Ogun State" (not a city of its own: "Lagos" is no
      // short form of "Lagos State", isKnownPlace); so is a river's, a sea's, a desert's or a range's: "the Oskil" of
      // "Oskil River", "the Caspian" of "Caspian Sea" (not "Dnipro", a city, of "Dnipro River").
      if (m.type === 'LOC' && n === ws.length - 1 && PLACE_HEADS.has(ws[n])) addPart(m.type, ws.slice(0, n).join(' '), names[i]);
    }
  });
  // A company's first word, when nothing else knows the word, for a short form written after the full name
  // ("Rio" after "Rio Tinto", "Novo" after "Novo Nordisk"): by folded word, the one full name and where it is first.
  const firstWords = new Map<string, { name: string; start: number } | null>();
  let lowerWords: Set<string> | null = null;
  named.forEach((m, i) => {
    if (m.type !== 'ORG' || m.source === 'role' || isCombination(names[i])) return;
    const all = names[i].split(' ');
    // The name without its legal form: "Brightwater Home Holdings Corp." is "Brightwater Home Holdings"; initials
    // and a legal form alone ("BYD Co. Ltd.") are a company by that alone.
    let n = all.length;
    while (n > 1 && LEGAL_FORMS.has(all[n - 1].toLowerCase().replace(/\.$/, ''))) n--;
    const ws = all.slice(0, n);
    // (Only initials: "Vodafone KK", Vodafone's Japanese arm, is not the "Vodafone" of its article.)
    const legalFormOnly = n === 1 && all.length > 1 && isAcronym(all[0]);
    if ((!legalFormOnly && ws.length < 2) || ws.length > 3 || ws[0].length < 3 || !CAPITALISED.test(ws[0]) || (ws[1] && CONNECTORS.has(ws[1].toLowerCase()))) return;
    // The first word names nothing else: no known name ("Liverpool" of "Liverpool Echo"), no word the article
    // writes in lower case ("Army" of "Army Board"); the name ends in a company's word ("Cairn Energy", "Nortel
    // Networks"), not a product's or a branch's ("Skype Out", "Yahoo Messenger", "Lycos Europe"), or is a company the
    // curated list knows ("Novo Nordisk").
    if (gazetteer.lookup(ws[0]) !== undefined || knownAlias('ORG', ws[0]) || (lowerWords ??= lowerCaseWordsOf(text)).has(ws[0].toLowerCase())) return;
    if (!legalFormOnly && !COMPANY_HEADS.has(ws[ws.length - 1].toLowerCase()) && n === all.length && gazetteer.lookup(names[i])?.type !== 'ORG') return;
    const key = foldName(ws[0]);
    const had = firstWords.get(key);
    if (had === undefined) firstWords.set(key, { name: names[i], start: m.start });
    else if (had && foldName(had.name) !== foldName(names[i])) firstWords.set(key, null);
  });
  /** The one longer name of the same type this one is part of, or null (none, or two). */
  const whole = (type: EntityType, name: string): string | null => {
    const hits = parts.get(`${type} ${name.toLowerCase()}`);
    let full = hits?.size === 1 ? [...hits.values()][0] : null;
    // Several: the one name the word begins before "of" ("the Bank" is the Bank of England beside Deutsche Bank and
    // the European Central Bank, as British papers write it).
    if (!full && hits && hits.size > 1) {
      const begins = [...hits.values()].filter((f) => foldName(f).startsWith(`${foldName(name)} of `));
      if (begins.length === 1) full = begins[0];
    }
    // "the House" (of Representatives) is no short form of "the White House".
    return full && NOT_ITS_SHORT_FORM.get(name.toLowerCase()) === full.toLowerCase() ? null : full;
  };
  /**
   * Whether a headline's one-word company is the short name of `full`: a name in capitals alone ("Cell technology"
   * is no company's name), and not the cut end of a longer name the article writes ("Time Warner" in "Ad sales boost
   * Time Warner profit", where the tagger found "Warner").
   */
  const inHeadline = (m: Mention, full: string): boolean => {
    if (!full.split(' ').every((w) => CAPITALISED.test(w))) return false;
    const before = /(\p{Lu}[\p{L}\d&'’-]*)\s+$/u.exec(text.slice(Math.max(0, m.start - 30), m.start));
    return !before || !text.includes(`${before[1]} ${m.text}`, titleEnd);
  };
  /** The one organisation of the article whose name begins with `name` and ends in `kind` ("Gates … Institute"), or null. */
  const orgOfKind = (name: string, kind: string): string | null => {
    const found = new Set<string>();
    named.forEach((o, j) => {
      const key = foldName(names[j]);
      if (o.type === 'ORG' && o.source !== 'role' && key.startsWith(`${foldName(name)} `) && key.endsWith(` ${kind}`)) found.add(names[j]);
    });
    return found.size === 1 ? [...found][0] : null;
  };
  /** The company whose first word an ORG mention of one word is, named in full earlier in the article, or null. */
  const firstCompany = (m: Mention, name: string): string | null => {
    if (m.type !== 'ORG' || name.includes(' ')) return null;
    const first = firstWords.get(foldName(name));
    // (Or in the headline, which names it short before the body names it in full: "Lenskart IPO …" over "Lenskart
    // Solutions Ltd said …".)
    return first && (first.start < m.start || (m.end <= titleEnd && inHeadline(m, first.name))) && !whole(m.type, name) ? first.name : null;
  };
  /** A place short form must not be a country, city or state of its own: "Sudan" is not "South Sudan". */
  const isKnownPlace = (name: string) => {
    const place = placeCode('LOC', name);
    if (place?.kind === 'country' || place?.kind === 'city') return true;
    // A continent or a region of no one country ("Africa", "Asia") is no short form of a country's name: "Africa" is
    // not South Africa, nor the "Africa" of "Africa CDC".
    if (place?.kind === 'region' && place.countryCode === null) return true;
    // A state or province of a known country too ("Texas" is not the "… District of Texas" court, "Wales" not "East
    // Wales"), unless the longer name is that country ("Korea" is "South Korea").
    if (place?.kind !== 'region') return false;
    const full = whole('LOC', name);
    return !full || placeCode('LOC', full)?.code !== place.countryCode;
  };

  let teams: Map<string, string> | null = null;

  // The title written before a person's one-word name, and the surnames written with both a man's and a
  // woman's title: "Mr Howard" and "Mrs Howard" in one article are two people, and nothing says which of
  // them "Michael Howard" is, so neither links to him (a missed link costs less than a wrong merge).
  const titleOf = (m: Mention, name: string) => m.title ?? (name === tidy(m.text) ? null : tidy(m.text).slice(0, -name.length).trim());
  const firstGender = new Map<string, 'f' | 'm'>();
  const bothGenders = new Set<string>();
  named.forEach((m, i) => {
    if (m.type !== 'PERSON' || names[i].includes(' ')) return;
    const g = genderOfTitle(titleOf(m, names[i]));
    if (!g) return;
    const w = foldName(names[i]);
    const seen = firstGender.get(w);
    if (!seen) firstGender.set(w, g);
    else if (seen !== g) bothGenders.add(w);
  });

  // Linked in text order, so a nickname's earlier mention is linked by the time the nickname is.
  const linked: Array<string | null> = [];
  const link = (m: Mention, i: number): string | null => {
    const name = names[i];
    if (m.source === 'role') return name;
    // The nickname elsewhere, where the tagger did not know it for a person ("MBS" as an ORG): the person.
    if (m.type !== 'PERSON' && nicknames.has(foldName(name))) m.type = 'PERSON';
    if (m.type === 'NORP') {
      const country = teamOf(text, m, name, () => (teams ??= teamNames(text, named, names)));
      if (country) {
        m.type = 'LOC';
        return country;
      }
    }
    if (m.type === 'PERSON') {
      const lower = foldName(name).split(' ');
      if (lower.length >= 2) return longer(lower, m.start)?.name ?? name;
      const nickname = nicknames.get(lower[0]);
      if (nickname !== undefined && nickname !== i) {
        const target = nickname < i ? linked[nickname] : names[nickname];
        if (target) return target.includes(' ') ? longer(foldName(target).split(' '), m.start)?.name ?? target : target;
      }
      // A person's initials as an interview labels the lines ("HA:" of "Helen Achterberg"): the one full name they spell.
      if (m.source === 'initials') {
        const spells = byInitials.get(`PERSON ${name}`);
        if (spells?.size === 1) return [...spells][0];
      }
      const w = lower[0];
      if (isTitleOnly(name)) return null;
      let cands = bySurname(w);
      // A first name alone, untitled or knighted ("Sir Alex"): "Prince Charles" is not Charles Kennedy.
      const title = titleOf(m, name);
      const gender = genderOfTitle(title);
      // "Mrs Howard" beside "Mr Howard": each a person of their own, named with the title, unless one full name of
      // that sex is written ("Mrs Howard" is "Sandra Howard" when she is the one woman of the name).
      const sexOf = (c: FullName) => genderOfTitle([...c.titleHeads][0] ?? null) ?? gazetteer.genderOfFirstName(c.name.split(' ')[0]);
      if (gender && bothGenders.has(w)) {
        const same = cands.filter((c) => sexOf(c) === gender);
        const maybe = cands.filter((c) => sexOf(c) !== (gender === 'f' ? 'm' : 'f'));
        if (same.length !== 1 || maybe.length !== 1) return `${title} ${name}`;
        return longer(same[0].lower, m.start)?.name ?? same[0].name;
      }
      if (!cands.length && !isOtherThanFirstName(name) && (!title || FIRST_NAME_TITLES.has(title.toLowerCase()))) cands = byFirst.get(w) ?? [];
      // "Prince Mohammed" after "Crown Prince Mohammed bin Salman", "Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani":
      // a titled first name is the full name written with the same title.
      const titleHead = title?.toLowerCase().split(/\s+/).pop();
      if (!cands.length && titleHead && !isOtherThanFirstName(name)) cands = (byFirst.get(w) ?? []).filter((f) => f.titleHeads.has(titleHead));
      if (!cands.length && !isOtherThanFirstName(name)) cands = innerOrNear(w);
      // A word no one in the article is named by, untitled, that is a well-known organisation's short name is that
      // organisation ("Lilly's lepodisiran": Eli Lilly): people are named in full before their surname alone.
      if (!cands.length && !title && !nicknames.has(w) && knownAlias('ORG', name)) {
        m.type = 'ORG';
        return name;
      }
      // "Ms. Carver" is no Carver with a man's first name or title ("Wendell Carver", her son), when another is
      // left. (First names of unknown sex stay candidates: the name list does not know them all.)
      // (Without a title, the first personal pronoun after the name in its sentence tells: "Oyelaran spent most of her
      // career …" is the mother, not her son Tunde Oyelaran named just before.)
      const sex = gender ?? (cands.length > 1 && !title ? pronounAfter(text, m.end) : null);
      if (sex && cands.length > 1) {
        const other = sex === 'f' ? 'm' : 'f';
        const kept = cands.filter((c) => sexOf(c) !== other);
        if (kept.length) cands = kept;
        // (A "she" or "her" prefers the one known to be a woman: Margaret, not Tunde, whose sex the lists do not know.
        // Not "he": "Cowell, in reference to his brother's …" is Tony, whose first name the lists do not know, not Simon.)
        const same = gender || sex !== 'f' ? [] : cands.filter((c) => sexOf(c) === 'f');
        if (same.length) cands = same;
      }
      // A surname inside the description after a full name of that surname names another who has it: "Omar Ayub Khan, a
      // senior leader of Khan's party" is Imran Khan's party.
      if (cands.length > 1) {
        const near = nearest(cands, m.start);
        if (near.starts.some((s) => s < m.start && OWN_APPOSITIVE.test(text.slice(s, m.start)))) cands = cands.filter((c) => c !== near);
      }
      // A relative introduced as one ("Her nephew and longtime manager, Rubén Vega", "his son, Tom Brennan") is not the
      // one the surname alone names when someone else of the name is named: obituaries and profiles name the subject's
      // family, and "Vega" is still Dolores Vega.
      if (cands.length > 1) {
        const others = cands.filter((c) => !introducedAsRelative(text, c.starts[0]));
        if (others.length) cands = others;
      }
      if (!cands.length) return name;
      const f = nearest(cands, m.start);
      return longer(f.lower, m.start)?.name ?? f.name;
    }
    if (isAcronym(name)) {
      const bare = name.replace(/\./g, '');
      // A place's name and the acronym after it may be one name, introduced or well known, of which the tagger found two
      // ("Africa CDC" is the Africa Centres for Disease Control and Prevention, not the US CDC).
      // (The place may be typed an organisation, as in "Africa CDC is coordinating …".)
      const place = named[i - 1];
      if ((place?.type === 'LOC' || place?.type === 'ORG') && place.source !== 'role' && text.slice(place.end, m.start) === ' ') {
        const joined = `${names[i - 1]} ${name}`;
        const long = shortNames.get(joined.toLowerCase()) ?? knownAlias(m.type, joined);
        if (long) return long;
      }
      return acronyms.get(bare) ?? (SHORT_NAMED_TYPES.has(m.type) ? shortNames.get(bare.toLowerCase()) : undefined) ??
        spelled(m.type, name) ?? spelledRetyped(m, name) ?? firstCompany(m, name) ?? spelledAfterPlace(m.type, name) ?? name;
    }
    // A city the entities stage made its team ("as Kansas City (9-3) won") is the one team the article names after it
    // ("Kansas City Chiefs").
    if (m.source === 'context-team') {
      const teams = new Set(named.flatMap((t, j) => (t.type === 'ORG' && names[j].startsWith(`${name} `) ? [names[j]] : [])));
      if (teams.size === 1) return [...teams][0];
    }
    // (Written in any case: "Elspa (…)" and later "ELSPA".)
    const long = shortNames.get(name.toLowerCase());
    if (long !== undefined && SHORT_NAMED_TYPES.has(m.type)) return long;
    // A company's first word before a person's surname: "Halvorsen competes with …" after "Halvorsen Robotics" is
    // the company the tagger typed it as, not its founder Nils Halvorsen.
    const company = firstCompany(m, name);
    if (company) return company;
    // (Not a name the words around it typed: "Hardie's shareholders" is the company beside a "James Hardie" the tagger took for a person.)
    if (m.type !== 'NORP' && m.source !== 'context' && !name.includes(' ') && !isKnownOtherName(name) && !knownAlias(m.type, name)) {
      const cands = bySurname(foldName(name));
      if (cands.length === 1) {
        m.type = 'PERSON';
        return cands[0].name;
      }
    }
    if (m.type === 'ORG' || (m.type === 'LOC' && !isKnownPlace(name))) {
      // "Court" → "Supreme Court" → "Supreme Court of Cassation". (A body's generic word with a capital "The", as a
      // quoted statement or a sentence's start writes it: "The Agency" is the International Atomic Energy Agency; not
      // a name of its own such as "The Times".)
      let full = m.type === 'ORG' && THE_BODY.test(name) && whole(m.type, name) === null && whole(m.type, name.slice(4)) ? name.slice(4) : name;
      for (let step = 0, next = whole(m.type, full); step < 3 && next; step++, next = whole(m.type, full)) full = next;
      // A kind of body written after the name in lower case says which of the article's names it is: "the Gates
      // institute" is the Gates Medical Research Institute, not the Gates Foundation.
      const kind = m.type === 'ORG' ? LOWER_HEAD_AFTER.exec(text.slice(m.end, m.end + 16))?.[1] : undefined;
      if (kind && BODY_KINDS.has(kind) && !foldName(full).endsWith(` ${kind}`)) {
        const other = BODY_KINDS.has(foldName(full).split(' ').pop()!);
        return orgOfKind(name, kind) ?? (other ? name : full);
      }
      // "Kordofan" is the whole region, not "North Kordofan", one of its states ("Korea" is "South Korea", a country).
      if (m.type === 'LOC' && full !== name && COMPASS_PART.test(full.slice(0, full.length - name.length)) && placeCode('LOC', full)?.kind !== 'country') return name;
      return full;
    }
    return name;
  };
  named.forEach((m, i) => linked.push(link(m, i)));
  return linked;
}

/** A compass word before a place's name, which makes it a part of that place: "North " of "North Kordofan". */
const COMPASS_PART = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest) $/;

/** Words of a match report: three different ones make an article about sport. */
const SPORT = /\b(?:world cup|goals?|scored|striker|midfielder|goalkeeper|penalty|half-time|semi-finals?|quarter-finals?|squad|match|tournament|kick-off|coach)\b/gi;

/**
 * The countries (and nations, "Scotland") named as places in a report on sport, by the first three
 * letters of their folded name, which their people's plural shares ("the Belgians" for Belgium); empty
 * for any other article.
 */
function teamNames(text: string, named: Mention[], names: string[]): Map<string, string> {
  const teams = new Map<string, string>();
  const words = new Set<string>();
  for (const w of text.matchAll(SPORT)) if (words.add(w[0].toLowerCase()).size >= 3) break;
  if (words.size < 3) return teams;
  const seen = new Set<string>();
  named.forEach((m, i) => {
    const place = m.type === 'LOC' ? placeCode('LOC', names[i]) : undefined;
    if (!place?.countryCode || (place.kind !== 'country' && place.kind !== 'region')) return;
    const key = `${place.countryCode} ${foldName(names[i]).slice(0, 3)}`;
    // Two places of one country with one stem ("Korea", "Korea Republic") name one team only if they are one name.
    if (seen.has(key) && teams.get(key) !== names[i]) teams.set(key, '');
    else if (!seen.has(key)) teams.set(key, names[i]);
    seen.add(key);
  });
  return teams;
}

/**
 * The country a people's plural after "the" stands for in a report on sport ("the Belgians" scored: the
 * team of Belgium), when that country is named in the article; else null. "Belgian" and a plural without
 * "the" stay the people.
 */
function teamOf(text: string, m: Mention, name: string, teams: () => Map<string, string>): string | null {
  if (!name.endsWith('s') || text.slice(Math.max(0, m.start - 4), m.start).toLowerCase() !== 'the ') return null;
  const people = placeCode('NORP', name);
  if (!people?.countryCode || placeCode('NORP', name.slice(0, -1))?.countryCode !== people.countryCode) return null;
  // The article is read for words of sport only here, for the few plurals that could be a team.
  return teams().get(`${people.countryCode} ${foldName(name).slice(0, 3)}`) || null;
}

/**
 * A country's name is its place whatever it stands for (its team, its government), as "Tehran" is: its
 * common name, a name of two words or more ("Korea Republic") or an acronym ("US"), but not a word the
 * gazetteer also lists as a people ("Thai") or a one-word spelling that is a common word ("Island").
 */
function isCountryName(name: string): boolean {
  const place = placeCode('LOC', name);
  if (place?.kind !== 'country' || placeCode('NORP', name)) return false;
  return name.includes(' ') || isAcronym(name) || foldName(countryName(place.code!) ?? '') === foldName(name);
}

/**
 * One type per name inside an article: a country's name typed ORG or MISC becomes a place (LOC), and a
 * name the tagger typed ORG in one place and MISC in another takes its most frequent type (the first one
 * on a tie), so it gets one id; an acronym introduced in brackets counts as its name. People are left
 * alone: a person and a place may share a name; so is a pathogen named after a place ("Sudan virus").
 */
function unifyTypes(named: Mention[], names: string[], acronyms: ReadonlyMap<string, string>): void {
  const byName = new Map<string, Mention[]>();
  named.forEach((m, i) => {
    // (Not a pathogen named after one: "Sudan virus", entities stage.)
    if ((m.type === 'ORG' || m.type === 'MISC') && m.source !== 'role' && m.source !== 'pathogen' && isCountryName(names[i])) m.type = 'LOC';
    if (m.type === 'PERSON' || m.source === 'role' || m.source === 'pathogen') return;
    // (Nor a dateline's place and a team its city names by its record: "BOSTON —" … "as Boston (12-6) won".)
    if (m.source === 'context-team' || m.source === 'tagger-dateline' || m.source === 'dateline') return;
    const key = foldName((isAcronym(names[i]) && acronyms.get(names[i].replace(/\./g, ''))) || names[i]);
    (byName.get(key) ?? byName.set(key, []).get(key)!).push(m);
  });
  for (const ms of byName.values()) {
    if (ms.length < 2 || ms.every((m) => m.type === ms[0].type)) continue;
    // (With an acronym, MISC, the tagger's type for letters it cannot place, counts half: "the National Action Party,
    // or PAN" is a party where "PAN" was twice a MISC.)
    const acronym = ms.some((m) => isAcronym(tidy(m.text)));
    const counts = new Map<EntityType, number>();
    for (const m of ms) counts.set(m.type, (counts.get(m.type) ?? 0) + (acronym && m.type === 'MISC' ? 0.5 : 1));
    let best = ms[0].type;
    for (const [t, n] of counts) if (n > counts.get(best)!) best = t;
    for (const m of ms) m.type = best;
  }
}
