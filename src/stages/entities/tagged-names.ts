/**
 * Name mentions from the trained tagger's PER / ORG / LOC / MISC spans, finished by rules:
 * - types: PER → PERSON; MISC refined into NORP (peoples, religious and political groups), EVENT or LAW
 *   by the gazetteer and head words ("... Act", "Plan of Action"), else MISC; a curated NORP, EVENT or LAW
 *   name also wins over the tagger's ORG ("Houthis", "JCPOA");
 * - titles: title words in front of a person ("Prime Minister", "Minister of Defense") go to `title`,
 *   also when the tagger took them into the name;
 * - a prize ("an Oscar", MISC) or its ceremony ("the Oscars", EVENT) is typed so, whatever the tagger
 *   took it for, unless a person named in full in the text has that word in their name ("Cory Booker");
 * - a dateline ("KYIV —", "PARIS (Reuters) -") is the place the gazetteer knows, also where the tagger found
 *   nothing ("BRUSSELS —"), and the agency in its
 *   brackets the organisation the curated list knows ("(AP)");
 * - a "person" or "place" right after a business noun is the business ("agrochemical giant Monsanto",
 *   "gaming group Wembley");
 * - a court case ("Roe v. Wade") is one LAW name;
 * - a person's nickname after "known as" is that person ("Dagalo, known as Hemedti");
 * - a share index with its number is one MISC name ("S&P 500", "Nikkei 225");
 * - a US politician's party and state ("R-Texas") is no name;
 * - an all-caps common noun on its own ("TV", "MPs") is no name, whatever the tagger made of it;
 * - hyphenated words: "Hamas-orchestrated" names the organisation Hamas; "London-based" stays one MISC
 *   word, as in CoNLL-2003;
 * - the words that spell an acronym in brackets after them are one name ("Pakistan Tehreek-e-Insaf (PTI)"), and a
 *   short name in brackets after a long one takes its type ("... Plan of Action (JCPOA)");
 * - title-case headings keep only names that are known or found in the body as well; names that overlap
 *   a value (date, money...) give way to it unless they contain it.
 */
import type { ArticleDoc, EntityType, Mention } from '../../model/doc.ts';
import { readDateline, WIRE_AGENCY } from '../load/dateline.ts';
import { gazetteerKey, type Gazetteer } from './gazetteer.ts';
import { POSSESSIVE_NAMES } from './curated.ts';
import { ADDRESSED_OFFICES, AWARD_NAMES, BODIES_AFTER_TITLE, HONORIFICS, COMPANY_NOUNS, LOCAL_TITLE_BODIES, LOCAL_TITLE_HEADS, LOCAL_TITLES, initialsOf, isGeneration, HEAD_TYPES, KNOWN_AS, NAME_PARTICLES, NON_ENTITY_ACRONYMS, OF_HEAD_TYPES, STREET_HEADS, TITLE_HEADS, TITLE_MODIFIERS, TITLE_PORTFOLIO, WEAPON_AFTER } from './lexicon.ts';
import type { Tagged, TaggedName } from './tagger/index.ts';
import { getClusters } from './tagger/clusters.ts';
import { hashString } from './tagger/hash.ts';
/** A name of the rule-based baseline, with how far the rules trust it (names.ts `Strength`). */
export type RuleMention = Mention & { strength: number };

export type SentenceMode = 'caps' | 'heading' | 'normal';

const HYPHEN_TAIL = /^(\p{Lu}[\p{L}.'’]*)[-‐](\p{Ll}[\p{Ll}-]*)$/u;
/** Words naming a storm before its name. */
const STORM_WORDS = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Superstorm', 'HURRICANE', 'TYPHOON', 'CYCLONE', 'STORM']);
const REFINABLE = new Set<EntityType>(['NORP', 'EVENT', 'LAW']);
const CLASS_TYPE: Record<TaggedName['cls'], EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

const MAX_TITLE_WORDS = 6;

/** Names of share indexes, which a number may follow ("S&P 500", "Nikkei 225"): MISC, as CoNLL-2003 has "FTSE 100". */
const STOCK_INDEXES = new Set(['S&P', 'FTSE', 'Nikkei', 'Stoxx', 'STOXX', 'Euro Stoxx', 'EURO STOXX', 'Russell', 'CAC', 'DAX', 'Sensex', 'Nifty', 'Kospi', 'ASX', 'Hang Seng', 'Nasdaq', 'Dow', 'Dow Jones', 'MSCI', 'Topix', 'IBEX', 'Ibex', 'AEX', 'SMI']);
/** Those that name nothing but the index, so are MISC with no number too (not "S&P" the rating agency, "Nikkei" the paper). */
const INDEX_ONLY_NAMES = new Set(['FTSE', 'Stoxx', 'STOXX', 'Euro Stoxx', 'EURO STOXX', 'CAC', 'DAX', 'Sensex', 'Nifty', 'Kospi', 'Hang Seng', 'Topix']);

/** A party and state after a US politician's name: "R-Texas", "D-N.Y.", "I-Vt.". */
const PARTY_STATE = /^[RDI]-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?$/u;
/** Degrees written after a person's name and a comma. */
const DEGREES = new Set(['M.D.', 'Ph.D.', 'D.O.', 'R.N.', 'M.P.H.', 'PhD', 'MPH', 'D.Phil.', 'DPhil']);
/** A Brazilian politician's party and state: "PP-AL", "PL-RN", "Republicanos-PB" (the state's two letters). */
const BRAZIL_PARTY_STATE = /^(\p{Lu}[\p{L}]+)-(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)$/u;
const OPENING_MARKS = new Set(['"', '“', '‘', "'", '«']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'", '»']);

/** Whether a closing quotation mark follows `end` (after a comma or full stop), and no letter follows the mark ("Jonny's"). */
function quotedToEnd(text: string, end: number): boolean {
  const at = text[end] === ',' || text[end] === '.' ? end + 1 : end;
  return CLOSING_MARKS.has(text[at] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + 1] ?? '');
}

/** Last words that make a name the tagger typed ORG a law: the unambiguous part of the LAW head words. */
const ORG_LAW_HEADS = new Set(['act', 'treaty', 'accord', 'accords', 'pact', 'bill', 'directive']);
/** Nouns before "of" whose object is a product: "the maker of Claude", "the developer of Kimi". */
const PRODUCT_MAKERS = new Set(['maker', 'makers', 'creator', 'creators', 'developer', 'developers', 'manufacturer', 'publisher']);
/** Nouns after a product's name: "the Claude chatbot", "the Kimi app", "Blackwell chips". */
const PRODUCT_NOUNS = new Set(['chatbot', 'chatbots', 'app', 'apps', 'chip', 'chips', 'processor', 'processors', 'smartphone', 'smartphones', 'handset', 'handsets', 'console', 'consoles', 'browser']);
/** Participles that open a sentence about someone's life ("Born in 1912 …"), which the tagger may take for a place. */
const OPENING_PARTICIPLES = new Set(['Born', 'Raised', 'Educated', 'Founded', 'Based', 'Elected', 'Appointed', 'Married', 'Trained']);
/** Jobs before "at" and where they are done: "an analyst at D.A. Davidson". */
const WORKPLACE_ROLES = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'researcher', 'researchers', 'professor',
  'lecturer', 'fellow', 'director', 'partner', 'engineer', 'engineers', 'scientist', 'scientists', 'executive', 'executives',
  'manager', 'managers', 'trader', 'traders', 'banker', 'bankers', 'employee', 'employees', 'staff', 'spokesperson',
  'spokesman', 'spokeswoman', 'lawyer', 'lawyers', 'consultant', 'consultants', 'adviser', 'advisers', 'advisor', 'advisors',
]);
/** A name, a possessive ("Democrats'", "Labour's") and more words: [whole, name, possessive, rest]. */
const INNER_POSSESSIVE = /^(.+?s?)(['’]s?) (\p{Lu}.*)$/u;
/** Nouns after a leader's surname that name their government or time: "the Trump administration". */
const LEADER_ERAS = new Set(['administration', 'presidency', 'era']);
const stripDot = (w: string): string => (w.length > 1 && w.endsWith('.') ? w.slice(0, -1) : w);
const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
/** Title words joined by a hyphen, one a head: "Director-General", "Deputy-Governor" (lower case, no dot). */
const isHyphenTitle = (l: string): boolean =>
  l.includes('-') && l.split('-').every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p)) && l.split('-').some((p) => TITLE_HEADS.has(p));
const isTitleWord = (w: string): boolean => {
  const l = stripDot(w.toLowerCase());
  return TITLE_HEADS.has(l) || TITLE_MODIFIERS.has(l) || isHyphenTitle(l);
};

/**
 * Turns the tagger's names into mentions. `modes` gives each doc sentence's kind (see index.ts);
 * `values` are the value mentions already found (those overlapped by a longer name are removed from it).
 */
export function mentionsFromTagged(
  doc: ArticleDoc, tagged: Tagged, modes: SentenceMode[], values: Mention[], gazetteer: Gazetteer, ruleNames: RuleMention[] = [],
): Mention[] {
  const { text } = doc;
  const { input } = tagged;
  const words = input.words;
  const sentenceOf = new Int32Array(words.length);
  for (let s = 0; s + 1 < input.sentStarts.length; s++) sentenceOf.fill(input.sentIndex[s], input.sentStarts[s], input.sentStarts[s + 1]);

  // A line in capitals that is one common word alone ("HEALTH", "SPORT" over a newsletter's section) is a section label
  // like a heading's words: kept only where something vouches for it, as below. (Not a rarer word: "KOMPAS" and
  // "REPUBLIKA" head a press digest's paragraphs, and CoNLL-2003 has them as organisations.)
  const clusters = getClusters();
  const loneCapsLine = (n: TaggedName, sentence: number): boolean => {
    if (modes[sentence] !== 'caps' || n.first !== n.last) return false;
    const rank = clusters.rank(hashString(words[n.first].toLowerCase()));
    if (rank < 0 || rank >= COMMON_WORD_RANK) return false;
    const para = doc.paragraphs[doc.sentences[sentence]?.paragraphIndex ?? -1];
    return para !== undefined && text.slice(para.start, para.end).trim() === text.slice(n.start, n.end);
  };
  // What the body says: the class given to each name text outside headings (for headings and hyphen heads).
  const bodyClass = new Map<string, TaggedName['cls']>();
  for (const n of tagged.names) {
    if (modes[sentenceOf[n.first]] === 'heading' || loneCapsLine(n, sentenceOf[n.first])) continue;
    bodyClass.set(text.slice(n.start, n.end), n.cls);
  }
  // (A lone line "ACME" over a story about Acme is its name; the set is made at the first such line.)
  let bodyUpper: Set<string> | undefined;
  const inBodyUpper = (surface: string): boolean =>
    (bodyUpper ??= new Set([...bodyClass.keys()].map((k) => k.toUpperCase()))).has(surface);

  // Words of people named in two words or more: "Booker" after "Cory Booker" is the person, not the prize.
  const personWords = new Set<string>();
  // And their lower-case particles with the word after ("ten Hag" of "Erik ten Hag"), for "Ten Hag" opening a sentence.
  const particleNames = new Set<string>();
  // And their surnames, where the name opens with a first name the name lists know and the surname is a word, not
  // an acronym ("Day-Lewis" of "Daniel Day-Lewis"; not "DS" of "Mario Kart DS" nor "Tory" of "Vote Tory").
  const surnames = new Set<string>();
  for (const n of tagged.names) {
    if (n.cls !== 'PER' || n.last === n.first) continue;
    if (isFirstName(gazetteer, words[n.first]) && /\p{Ll}/u.test(words[n.last])) {
      surnames.add(words[n.last]);
      // (Two surnames, as Spanish and Portuguese names have them: "Ramírez Cevallos" of "Andrés Ramírez Cevallos".)
      if (n.last - n.first >= 2 && isCap(words[n.last - 1])) surnames.add(`${words[n.last - 1]} ${words[n.last]}`);
    }
    for (let i = n.first; i <= n.last; i++) {
      personWords.add(words[i]);
      if (i > n.first && i < n.last && NAME_PARTICLES.has(words[i])) particleNames.add(`${words[i]} ${words[i + 1]}`);
    }
  }

  let out: Mention[] = [];
  for (const n of tagged.names) {
    const sentence = sentenceOf[n.first];
    let first = n.first;
    let start = n.start;
    let end = n.end;
    let type = CLASS_TYPE[n.cls];
    let source = 'tagger';
    let title: string | null = null;
    const surface = text.slice(start, end);
    // A person's surname on its own is that person where the tagger guessed otherwise ("Bush" MISC after "George W
    // Bush", "Henin-Hardenne" ORG after "Justine Henin-Hardenne"); but a country stays one ("Israel" after "Israel
    // Katz"), and so does a company the gazetteer knows, as companies bear their founders' names ("Ford" beside "Bill
    // Ford").
    const surnameOnly = n.last - n.first <= 1 && n.cls !== 'PER' && surnames.has(surface);
    const entry = surnameOnly ? gazetteer.lookup(gazetteerKey(surface)) : undefined;
    if (surnameOnly && entry?.source !== 'country' && !(n.cls === 'ORG' && entry !== undefined)) {
      type = 'PERSON';
      source = 'tagger-typed';
    }
    /** The name as a mention of `as`, ending at `to`: for the rules below that settle it at once. */
    const settled = (as: EntityType, why: string, to = end): Mention =>
      ({ start, end: to, text: text.slice(start, to), type: as, sentenceIndex: sentence, title, canonicalName: null, entityId: null, source: why });

    // "Lp(a)": a word glued to a bracketed small letter is a symbol, not a name (the tagger had taken "Lp(" for an
    // organisation).
    const bracket = surface.endsWith('(') ? end - 1 : end;
    if (text[bracket] === '(' && /^\(\p{Ll}{1,3}\)/u.test(text.slice(bracket, bracket + 5)) && /\p{L}/u.test(text[bracket - 1] ?? '')) continue;

    // A title-case heading ("The Broader Implications") reads like a string of names: keep a name there
    // only if something else vouches for it (a byline or a list of players is vouched for by the rules).
    const lone = loneCapsLine(n, sentence);
    if ((modes[sentence] === 'heading' || lone) && !known(gazetteer, surface) && !bodyClass.has(surface) && !(lone && inBodyUpper(surface)) &&
        !overlapsRule(ruleNames, start, end)) {
      const multiWordPerson = n.cls === 'PER' && n.last > n.first;
      if (!multiWordPerson) continue;
    }

    // A street or a river is a place, whatever the tagger took it for ("on nearby Brady Street", "Allen Creek" had been
    // people; "River Ouse", "Rosebank Crescent" organisations). ("River Plate" is a club.)
    if (n.last > n.first && type !== 'LOC' && (STREET_HEADS.has(words[n.last]) || (words[n.first] === 'River' && words[n.first + 1] !== 'Plate')) &&
        !METONYMIC_STREETS.has(words[n.last - 1]) && !knownAs(gazetteer, surface, 'ORG') &&
        // (Lane and Creek are surnames too: "Nathan Lane", "Jonathan Creek".)
        !(type === 'PERSON' && SURNAME_HEADS.has(words[n.last]) && isFirstName(gazetteer, words[n.first]))) {
      out.push(settled('LOC', 'tagger-typed'));
      continue;
    }

    // "The Attorney General, Lord Goldsmith": a title of two words or more on its own names no one.
    // (Not a body called "Executive": "the Scottish Executive", "Labour's National Executive".)
    if (type !== 'PERSON' && n.last > n.first && words[n.last].toLowerCase() !== 'executive' && words.slice(n.first, n.last + 1).every((w) => isTitleWord(w)) &&
        words.slice(n.first, n.last + 1).some((w) => TITLE_HEADS.has(stripDot(w.toLowerCase())))) continue;

    // A name that is all a pair of quotation marks holds is a title: a film, an album, a song ("the film “Salt Road”",
    // "the single ‘Malamente’"), not a place or a person, unless the gazetteer knows the name ("“Israel”").
    if ((type === 'PERSON' || type === 'LOC' || type === 'ORG') && OPENING_MARKS.has(text[start - 1] ?? '') && quotedToEnd(text, end) &&
        !known(gazetteer, surface)) {
      out.push(settled('MISC', 'tagger-title'));
      continue;
    }

    // "Gen Z": a generation, a group of people; "the General Staff" with the title word the tagger left out: a body.
    if (n.first === n.last && first > 0 && sentenceOf[first - 1] === sentence && isCap(words[first - 1]) && input.ends[first - 1] + 1 === start) {
      if (isGeneration(words[first - 1], surface)) {
        out.push({ ...settled('NORP', 'tagger-typed'), start: input.starts[first - 1], text: text.slice(input.starts[first - 1], end) });
        continue;
      }
      if (BODIES_AFTER_TITLE.has(surface) && TITLE_HEADS.has(words[first - 1].toLowerCase())) {
        out.push({ ...settled('ORG', 'tagger-typed'), start: input.starts[first - 1], text: text.slice(input.starts[first - 1], end) });
        continue;
      }
    }
    if (n.last === n.first + 1 && isGeneration(words[n.first], words[n.last])) {
      out.push(settled('NORP', 'tagger-typed'));
      continue;
    }

    // "Liberal Democrats' Treasury spokeswoman": a known name and its possessive are no part of the name after them.
    const possessive = n.last > n.first ? INNER_POSSESSIVE.exec(surface) : null;
    if (possessive) {
      const head = gazetteer.lookup(gazetteerKey(possessive[1]));
      if (head?.source === 'curated') {
        out.push(settled(head.type, 'tagger-possessive', start + possessive[1].length));
        const tail = gazetteer.lookup(gazetteerKey(possessive[3]));
        const tailStart = end - possessive[3].length;
        out.push({ ...settled(tail?.source === 'curated' ? tail.type : type, 'tagger-possessive'), start: tailStart, text: possessive[3] });
        continue;
      }
    }

    // A US politician's party and state ("Sen. Ted Cruz, R-Texas,") is no organisation.
    if (PARTY_STATE.test(surface) && /[,(]\s*$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // A Brazilian politician's party and state in brackets ("Arthur Lira (PP-AL)", "Hugo Motta (Republicanos-PB)"): the
    // party, an organisation (the tagger had made places and other names of them).
    const partyState = text[start - 1] === '(' && text[end] === ')' ? BRAZIL_PARTY_STATE.exec(surface) : null;
    if (partyState) {
      out.push(settled('ORG', 'tagger-party', start + partyState[1].length));
      continue;
    }

    // "Dietmar Berger, M.D., Gilead's chief medical officer": a degree after a person's name names nothing (it had been a place).
    if (DEGREES.has(surface) && /^, $/.test(text.slice(start - 2, start)) && out[out.length - 1]?.type === 'PERSON' && out[out.length - 1].end === start - 2) continue;

    // "Born in 1912 and educated at …": a participle opening a sentence names nothing.
    if (n.first === n.last && OPENING_PARTICIPLES.has(surface) && /^ (?:in|on|at|into|to|and|as|by)\b/.test(text.slice(end, end + 6))) continue;

    // A pronoun with its verb ("I'm", "I've") or a word of greeting or thanks ("Thank you, Karoline") names nothing.
    if (n.first === n.last && (NO_NAME_WORDS.has(surface) || /^I['’](?:m|ve|d|ll)$/.test(surface))) continue;
    // An office by which someone is addressed ("Madam Speaker", "Mr. President") names no one.
    const address = /^(\p{L}+)\.? (\p{Lu}\p{Ll}+)$/u.exec(surface);
    if (address && HONORIFICS.has(address[1].toLowerCase()) && ADDRESSED_OFFICES.has(address[2])) continue;
    // A common noun written in capitals on its own ("TV", "DVDs", "MPs") names nothing.
    if (!/\s/.test(surface) && isCommonAcronym(surface) && !known(gazetteer, surface)) continue;
    // "Nvidia (NVDA.O)": a stock's exchange code in brackets names the company just named, no place or name of its own.
    if (STOCK_CODE.test(surface) && text[start - 1] === '(' && text[end] === ')') continue;
    // "the STOXX 600 index (.STOXX)", "(.FTSE)": an index's code (a dot before its letters) names the index just named.
    if (text.slice(start - 2, start) === '(.' && text[end] === ')') continue;
    // "QuantaLink Inc. (NASDAQ: QLNK)", "(NYSE: F)": a ticker after its exchange's name is no name either.
    if (/^[A-Z]{1,5}$/.test(surface) && EXCHANGE_BEFORE.test(text.slice(Math.max(0, start - 14), start))) continue;

    // The agency in a dateline's brackets ("PARIS (AP) —") is the organisation the curated list knows.
    if (type !== 'ORG' && n.first === n.last && isDatelineAgency(text, start, end)) {
      const entry = gazetteer.lookup(gazetteerKey(surface));
      if (entry?.source === 'curated' && entry.type === 'ORG') {
        out.push(settled('ORG', 'tagger-dateline'));
        continue;
      }
    }

    // "Hamas-orchestrated": the organisation inside; "London-based" stays the tagger's one word.
    if (n.first === n.last) {
      const m = HYPHEN_TAIL.exec(surface);
      if (m) {
        const head = m[1];
        const entry = gazetteer.lookup(gazetteerKey(head));
        const inBody = bodyClass.get(head);
        if (entry?.type === 'ORG' || inBody === 'ORG' || inBody === 'PER') {
          end = start + head.length;
          type = entry?.type === 'ORG' ? 'ORG' : CLASS_TYPE[inBody!];
          source = 'tagger-hyphen';
        }
      }
    }

    // A share index and its number ("S&P 500", "Nikkei 225") or "Composite" ("Nasdaq Composite"): one MISC name, as
    // "FTSE 100" already is; a lower-case word the tagger took in before it is no part of it ("the pan-European STOXX 600").
    const lead = /^\p{Ll}[\p{L}-]* /u.exec(surface);
    const indexName = lead && STOCK_INDEXES.has(surface.slice(lead[0].length).replace(/ \d{2,4}$/, '')) ? surface.slice(lead[0].length) : surface;
    const index = STOCK_INDEXES.has(indexName) ? /^ (?:\d{2,4}(?![\d.,]*\d)|Composite)(?!\p{L})/u.exec(text.slice(end, end + 11)) : null;
    if (index || (INDEX_ONLY_NAMES.has(indexName) && type !== 'MISC') || indexName !== surface) {
      start = end - indexName.length;
      out.push(settled('MISC', 'tagger-index', index ? end + index[0].length : end));
      continue;
    }

    // "Mohamed Hamdan Dagalo, known as Hemedti": the nickname of a person is that person.
    const previous = out[out.length - 1];
    if (type !== 'PERSON' && previous?.type === 'PERSON' && n.first === n.last && KNOWN_AS.test(text.slice(previous.end, start))) {
      type = 'PERSON';
      source = 'tagger-alias';
    }

    const award = AWARD_NAMES.get(surface);
    if (award && !(n.first === n.last && personWords.has(words[n.first]))) {
      out.push(settled(award, 'tagger-award'));
      continue;
    }

    // A storm's name ("Hurricane Milton", "Typhoon Haiyan") is an event, whatever the tagger took it for.
    // As in CoNLL-2003, the name alone is the mention ("Hurricane" O, "Edouard" MISC).
    // (Not a weapon named like one: "Storm Shadow cruise missiles" had been the storm "Shadow".)
    // ("Super Typhoon Fung-wong": the name alone after both words.)
    const superStorm = words[first] === 'Super' && first + 1 < n.last && STORM_WORDS.has(words[first + 1]) ? 1 : 0;
    const storm = STORM_WORDS.has(words[first + superStorm]) && first + superStorm < n.last ? first + superStorm + 1 : first;
    if (STORM_WORDS.has(words[storm - 1] ?? '') && sentenceOf[storm - 1] === sentence && storm === n.last && !WEAPON_AFTER.test(text.slice(end, end + 60))) {
      first = storm;
      start = input.starts[first];
      type = 'EVENT';
      source = 'tagger-storm';
    } else if ((type === 'PERSON' || type === 'LOC') && first > 0 && sentenceOf[first - 1] === sentence && COMPANY_NOUNS.has(words[first - 1])) {
      // "agrochemical giant Monsanto", "gaming group Wembley": a business named after what it is.
      type = 'ORG';
      source = 'tagger-typed';
    } else if (type === 'ORG' && first === n.last && out.length && out[out.length - 1].type === 'LOC' && text.slice(out[out.length - 1].end, start) === ', ' &&
        !known(gazetteer, surface) && /^[,.;)]|^$/.test(text.slice(end, end + 1))) {
      // "Coningsby, Lincolnshire,": a name set off by commas after a place is the place it lies in.
      type = 'LOC';
      source = 'tagger-typed';
    } else if ((type === 'PERSON' || (type === 'LOC' && !known(gazetteer, surface))) && first > 1 && words[first - 1] === 'at' &&
        WORKPLACE_ROLES.has(words[first - 2].toLowerCase()) && sentenceOf[first - 2] === sentence) {
      // "an analyst at D.A. Davidson", "an engineer at Tesla": where someone works is an organisation (also a "place"
      // the gazetteer does not know: "an analyst at Investec", also opening a sentence: "Analysts at Bernstein"; "a doctor
      // at Leeds" stays the city).
      type = 'ORG';
      source = 'tagger-typed';
    } else if (type === 'ORG' && first === n.last && first > 0 && words[first - 1] === 'in' && sentenceOf[first - 1] === sentence &&
        gazetteer.lookup(gazetteerKey(surface))?.source === 'city' && !/^['’]s(?!\p{L})/u.test(text.slice(end, end + 3))) {
      // "his home in Leeds": a city's name after "in" is the place, not its club ("in Anderson's hometown" is a person's).
      type = 'LOC';
      source = 'tagger-typed';
    } else if ((type === 'PERSON' || type === 'LOC') && first === n.last && ((first > 1 && words[first - 1] === 'of' && PRODUCT_MAKERS.has(words[first - 2]) &&
        sentenceOf[first - 2] === sentence) || (type === 'PERSON' && PRODUCT_NOUNS.has(words[first + 1]) && sentenceOf[first + 1] === sentence))) {
      // "Anthropic, the maker of Claude", "the Claude chatbot": a one-word "person" or "place" something is made by,
      // or a one-word "person" that a product noun follows ("China chips" stays a place), is a product.
      type = 'MISC';
      source = 'tagger-typed';
    } else if ((type === 'MISC' || type === 'ORG') && first === n.last && sentenceOf[first + 1] === sentence && LEADER_ERAS.has(words[first + 1]) &&
        gazetteer.isPersonName(surface) && !known(gazetteer, surface)) {
      // "the Trump administration", "the Obama presidency": the leader's name, a person as CoNLL-2003 has "Clinton administration".
      type = 'PERSON';
      source = 'tagger-typed';
    } else if (type === 'PERSON' && n.last > n.first && (words[n.last] === 'Bill' || words[n.last] === 'Act') && !isTitleWord(words[n.first]) &&
        !gazetteer.isPersonName(words[n.first])) {
      // "the Sh4.29 trillion Appropriations Bill": a bill the tagger took for a person ("Bill" a first name) is a law.
      type = 'LAW';
      source = 'tagger-typed';
    } else if (type === 'PERSON') {
      // "Ten Hag, 54, joined …": the capitalised particle of a name the text gives in full belongs to it.
      const before = first - 1;
      if (first === n.last && before >= 0 && sentenceOf[before] === sentence && input.ends[before] + 1 === start && isCap(words[before])
        && particleNames.has(`${words[before].toLowerCase()} ${words[first]}`)) {
        first = before;
      }
      // Title words the tagger took into the name ("President Donald Trump"), and the end of an "of" title it cut
      // ("Chief of Staff Susie Wiles": "Staff Susie Wiles").
      // (And the rules' own titles: "Barrister Gohar Ali Khan".)
      while (first < n.last && (isTitleWord(words[first]) || LOCAL_TITLES.has(words[first].toLowerCase()) || (first > 1 && words[first - 1] === 'of' && TITLE_PORTFOLIO.has(words[first].toLowerCase()) &&
        isTitleWord(words[first - 2]))) && isCap(words[first + 1])) first++;
      const titleFirst = titleBefore(words, first, sentenceOf);
      // "Gen Z" is a generation; "General Staff", "General Assembly" are bodies: no title and name.
      if (titleFirst < first && first === n.last) {
        if (isGeneration(words[first - 1], words[first])) continue;
        // An office whose last word is a title word too ("Menteri Besar", a Malaysian state's chief minister): no
        // name in it. (After an honorific the word is a surname: "Dr House".)
        if (TITLE_MODIFIERS.has(stripDot(words[first].toLowerCase())) && !HONORIFICS.has(stripDot(words[first - 1].toLowerCase()))) continue;
        if (BODIES_AFTER_TITLE.has(words[first])) {
          start = input.starts[titleFirst];
          out.push({ start, end, text: text.slice(start, end), type: 'ORG', sentenceIndex: sentence, title: null, canonicalName: null, entityId: null, source: 'tagger-typed' });
          continue;
        }
      }
      if (titleFirst < first) {
        title = text.slice(input.starts[titleFirst], input.ends[first - 1]);
        // A local body's word of the title the tagger took for a name of its own names no one ("Battalion" of
        // "Battalion Chief"; "US" of "US President" stays the country).
        const last = out[out.length - 1];
        // So does a portfolio's word ("Union" of "Union Finance Minister").
        // And so does a rank's word ("Lt." of "Lt. Gen. Mykhailo Drapatyi" had been an organisation; "Labour" of "Labour MP"
        // stays the party).
        if (last && last.start >= input.starts[titleFirst] && last.end <= input.ends[first - 1] &&
            (LOCAL_TITLE_BODIES.has(last.text) || MINISTER_PORTFOLIOS.has(last.text.toLowerCase()) || last.text.split(' ').every((w) => TITLE_HEADS.has(stripDot(w.toLowerCase()))))) out.pop();
      }
      start = input.starts[first];
    } else {
      const refined = refineType(gazetteer, text.slice(start, end), words.slice(n.first, n.last + 1), type, sentenceOf[n.last + 1] === sentence ? words[n.last + 1] : '');
      if (refined !== type) {
        type = refined;
        source = 'tagger-typed';
      }
    }
    out.push({ start, end, text: text.slice(start, end), type, sentenceIndex: sentence, title, canonicalName: null, entityId: null, source });
  }
  // A name the tagger ended on an opening bracket ends before it ("Bod (not least …" had been ORG "Bod (").
  for (const m of out) {
    const cut = /\s*[([]$/u.exec(m.text);
    if (cut && cut.index > 0) {
      m.end -= cut[0].length;
      m.text = m.text.slice(0, cut.index);
    }
  }
  out = datelinePlaces(doc, input, sentenceOf, gazetteer, out);
  out = spelledBeforeBrackets(doc, out);
  bracketShortNames(text, out, gazetteer);
  out = joinCaseNames(text, out);
  out = joinAndNames(text, out, gazetteer);
  out = joinFirmNames(text, out, gazetteer);
  withoutRivalWord(doc, out);
  withoutTrailingNouns(text, out);
  out = crudeBenchmarks(text, out);
  out = joinNicknames(text, out, gazetteer);
  out = extendToCurated(text, out, gazetteer);
  out = splitAtVerbs(text, out);
  out = withPortfolioTitles(text, out, gazetteer);
  out = withOfficeTitles(text, out, gazetteer);
  out = withBodiesBeforeTitles(doc, out, gazetteer);
  withoutPortfolioNouns(text, out, gazetteer);
  out = joinAmendments(text, out);
  out = joinPluralPossessives(text, out);
  out = withoutPostNominals(text, out, gazetteer);
  withLawNumbers(text, out);
  out = withPatternNames(doc, out, BILL_CODE, 'LAW', 'bill-code');
  out = withPatternNames(doc, out, CHAMBER_BILL, 'LAW', 'bill-code');
  out = withPatternNames(doc, out, PROVISION, 'LAW', 'provision');
  out = withPatternNames(doc, out, PLATFORM_X, 'ORG', 'platform-x');
  out = withPatternNames(doc, out, STORM_NAME, 'EVENT', 'tagger-storm');
  out = withoutCommonNounAcronyms(text, out);
  withOwnPossessive(text, out);
  namedPathogens(text, out, gazetteer);
  out = quotedTitles(doc, out);
  initialledSpeakers(doc, out);
  // (Again after the rules' names: a title they joined brings the rank back, "Judge Peter Blair KC".)
  return resolveOverlaps(withoutPostNominals(text, overrideWithRules(out, ruleNames), gazetteer), values);
}

/** The mentions with `inside` (a run of them) given way to `joined`, kept sorted by start. */
function replaced(mentions: Mention[], inside: Mention[], joined: Mention): Mention[] {
  return [...mentions.filter((m) => !inside.includes(m)), joined].sort((a, b) => a.start - b.start);
}

/** Letters in brackets: an acronym, maybe plural ("(GAM)", "(IDPs)"). */
const LOWER_NOUN_ACRONYM = /^\p{Lu}{2,6}s?$/u;

/**
 * An acronym in brackets after the common noun it stands for, written in lower case, names nothing: "a global acute
 * malnutrition (GAM) rate" (had been an organisation), "internally displaced persons (IDPs)". The words before the
 * bracket must spell it, one initial each.
 */
function withoutCommonNounAcronyms(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (!LOWER_NOUN_ACRONYM.test(m.text) || text[m.start - 1] !== '(' || text[m.end] !== ')') return true;
    const letters = m.text.replace(/s$/, '').toLowerCase();
    const words = text.slice(Math.max(0, m.start - 1 - 16 * letters.length), m.start - 1).trimEnd().split(/\s+/).slice(-letters.length);
    return !(words.length === letters.length && words.every((w, k) => /^\p{Ll}[\p{Ll}-]*$/u.test(w) && w[0] === letters[k]));
  });
}

/** Double quotation marks around a few words on one line. */
const QUOTED = /[“"]([^“”"\n]{3,90})[”"]/gu;
/** Words title case leaves in lower case. */
const TITLE_MINOR = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'but', 'with', 'from', 'by', 'as', 'is', 'de']);

/**
 * Title-case words in double quotation marks are a work's title, one MISC name, when the tagger cut them into names
 * ("“The Road to Wigan Pier”" had been the MISC "Wigan Pier"; "“Democracy in America”" two places): two to ten
 * words, each capitalised, a number or one of title case's small words. A name that fills the marks alone is
 * left to the title rule above ("the film “Salt Road”"); quoted speech, which is not in title case, is untouched.
 */
function quotedTitles(doc: ArticleDoc, mentions: Mention[]): Mention[] {
  const { text } = doc;
  let out = mentions;
  for (const q of text.matchAll(QUOTED)) {
    const start = q.index! + 1;
    let end = start + q[1].length;
    while (end > start && /[.,]/.test(text[end - 1])) end--;
    const words = text.slice(start, end).split(/\s+/);
    if (words.length < 2 || words.length > 10 || !/^\p{Lu}/u.test(words[0])) continue;
    if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_MINOR.has(w))) continue;
    const inside = out.filter((m) => m.start < end && m.end > start);
    if (!inside.length || inside.some((m) => m.start < start || m.end > end || (m.type !== 'PERSON' && m.type !== 'LOC' && m.type !== 'ORG' && m.type !== 'MISC'))) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end) continue;
    out = replaced(out, inside, { start, end, text: text.slice(start, end), type: 'MISC', sentenceIndex: inside[0].sentenceIndex, title: null, canonicalName: null, entityId: null, source: 'tagger-title' });
  }
  return out;
}

/**
 * An interview's speaker label of initials ("HA: I don't love the nickname …" after "Helen Achterberg: …") is that
 * person, whatever the tagger made of the letters (a place, "HA"): two to four capitals opening a paragraph before a
 * colon, the initials of a person the article names before.
 */
function initialledSpeakers(doc: ArticleDoc, mentions: Mention[]): void {
  const { text } = doc;
  let p = 0;
  for (const m of mentions) {
    if (m.type === 'PERSON' || !/^\p{Lu}{2,4}$/u.test(m.text) || text[m.end] !== ':') continue;
    while (p < doc.paragraphs.length && doc.paragraphs[p].end <= m.start) p++;
    if (p >= doc.paragraphs.length || m.start !== doc.paragraphs[p].start) continue;
    const named = mentions.some((o) => o.type === 'PERSON' && o.end <= m.start && initialsOf(o.text) === m.text);
    if (named) {
      m.type = 'PERSON';
      m.source = 'initials';
    }
  }
}

/** An exchange's name and a colon before a ticker: "(NASDAQ: ", "(NYSE: ", "(LSE: ". */
const EXCHANGE_BEFORE = /\((?:NASDAQ|Nasdaq|NYSE|LSE|TSX|ASX|HKEX|SGX|NSE|BSE)\s*:\s*$/;

/** A Reuters instrument code: "NVDA.O", "VOD.L", "7203.T", "BRKa.N". */
const STOCK_CODE = /^[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,2}$/;

/** A pathogen named after a place: "Sudan virus", "the Zaire strain", "West Nile virus", "the Kent variant". */
const PATHOGEN_AFTER = /^\s+(?:virus|viruses|strain|strains|variant|variants|ebolavirus)(?![\p{L}])/u;

/**
 * A name right before "virus", "strain" or "variant" names the pathogen, not the place (or anything else) it is
 * named after: MISC, as CoNLL-2003 types a name used as a modifier ("an outbreak of Sudan virus disease" had been the
 * country Sudan, five times in one article; "the MyDoom virus" had been an organisation). Not before "fever", as
 * often a craze as a disease ("CeBit fever").
 */
function namedPathogens(text: string, mentions: Mention[], gazetteer: Gazetteer): void {
  const pathogens = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'PERSON' || !PATHOGEN_AFTER.test(text.slice(m.end, m.end + 16))) continue;
    pathogens.add(m.text);
    if (m.type === 'MISC') continue;
    m.type = 'MISC';
    m.source = 'pathogen';
  }
  // The pathogen's name alone is the pathogen elsewhere in the article ("no licensed vaccine or treatment for Marburg"
  // after "Marburg virus disease" had been the German city), but not a country's or a curated organisation's ("Sudan
  // virus" in Uganda, the email "FBI virus") and not where the text says a place ("cases in Kent" beside "the Kent variant").
  if (!pathogens.size) return;
  for (const m of mentions) {
    if ((m.type !== 'LOC' && m.type !== 'ORG') || !pathogens.has(m.text)) continue;
    const known = gazetteer.lookup(gazetteerKey(m.text))?.source;
    if (known === 'country' || known === 'curated') continue;
    if (WHERE_WORD_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    m.type = 'MISC';
    m.source = 'pathogen';
  }
}
/** A word that makes the name after it a place: "in Kent", "from Marburg". */
const WHERE_WORD_BEFORE = /\b(?:in|at|near|from|to|into|across|outside|around|of|throughout|inside)\s+$/u;

/** "McDonald's said", "Sainsbury’s sales": a curated name that ends in its own "'s" keeps it. */
function withOwnPossessive(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'ORG' || !/^['’]s(?!\p{L})/u.test(text.slice(m.end, m.end + 3))) continue;
    if (!POSSESSIVE_NAMES.has(`${m.text.toLowerCase()}'s`)) continue;
    m.end += 2;
    m.text = text.slice(m.start, m.end);
  }
}

/** A lower-case verb inside a tagged name: "The Bank | held | Bank Rate" (no name holds one; "of", "de" and the like stay). */
const INNER_VERB = / (?:[a-z]{2,}ed|said|says|is|was|are|were|has|had|have|will|would|held|met|won|beat|told|took|made|gave|wins|beats|meets|holds) (?=\p{Lu})/u;

/** A name the tagger ran through a verb is two names, one each side of it, of its type. Built anew, so linear. */
function splitAtVerbs(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const v = m.type === 'PERSON' ? null : INNER_VERB.exec(m.text);
    if (!v) {
      out.push(m);
      continue;
    }
    const leftEnd = m.start + v.index;
    const rightStart = m.start + v.index + v[0].length;
    out.push({ ...m, end: leftEnd, text: text.slice(m.start, leftEnd), source: 'tagger-split' });
    out.push({ ...m, start: rightStart, text: text.slice(rightStart, m.end), title: null, source: 'tagger-split' });
  }
  return out;
}

/** Whether `words`, split at commas and "and", are all portfolio words ("Trade, Industry and Energy"), or title modifiers too. */
function portfolioWords(words: string, modifiers: boolean): boolean {
  return words.split(/,? (?:and |& )?|, /).filter(Boolean)
    .every((w) => TITLE_PORTFOLIO.has(w.toLowerCase()) || (modifiers && TITLE_MODIFIERS.has(w.toLowerCase())) || /^(?:and|&)$/.test(w));
}

/** Capitalised portfolio words before a title, joined by commas and "and": "Mines and ", "Trade, Industry and ". */
const PORTFOLIO_BEFORE = /(?:\p{Lu}[\p{L}-]+(?:, | and | & ))+$/u;
/** Capitalised portfolio words before a title's head, the last one included: "Work and Pensions ". */
const PORTFOLIO_NAMES_BEFORE = /(?:\p{Lu}[\p{L}-]+(?:, | and | & ))*\p{Lu}[\p{L}-]+ $/u;
/** Where a mention's title starts when the text writes it right before the name (one character apart), else -1. */
function titleStartOf(text: string, m: Mention): number {
  if (!m.title) return -1;
  const start = m.start - m.title.length - 1;
  return start >= 0 && text.slice(start, m.start - 1) === m.title ? start : -1;
}
/** Whether `w` can end a title after its portfolio: a title's head or an adviser ("National Security Adviser"). */
const isTitleEnd = (w: string): boolean => TITLE_HEADS.has(stripDot(w.toLowerCase())) || /^advis[eo]rs?$/i.test(w);
/** "Minister of " or "Secretary for " right before a portfolio the tagger took for a body. */
const TITLE_OF_BEFORE = /\b(?:(?:Deputy |Vice |Acting |Prime )?(?:Minister|Secretary|Cabinet Secretary|Commissioner)) (?:of|for) (?:the )?$/;

/**
 * A minister's portfolio is part of the title, not a body: "Trade, Industry and Energy Minister Kim Jung-kwan" (the
 * tagger's ORG "Trade, Industry and Energy" and the title "Energy Minister" overlapped), "Mines and Energy Minister
 * Alexandre Silveira", "Minister of Energy and Natural Resources Alparslan Bayraktar" (ORG "Energy and Natural
 * Resources", no title). The name before the person's title becomes the title's start. Built anew, so linear.
 */
function withPortfolioTitles(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  // Never a body the gazetteer knows or an acronym ("Labour MP", "Home Office minister", "the IMF's …" keep theirs).
  const body = (m: Mention) => known(gazetteer, m.text) || /^\p{Lu}{2,}$/u.test(m.text);
  // Portfolio words only: "Trade, Industry and Energy", not "US Treasury" or "Welsh Health".
  const portfolio = (m: Mention) => portfolioWords(m.text, true);
  /** The length of the portfolio words and their "and" and commas ending `before` ("Mines and ", "Trade, Industry and "), or 0. */
  const portfolioRun = (before: string): number => {
    const run = PORTFOLIO_BEFORE.exec(before);
    return run && portfolioWords(run[0], false) ? run[0].length : 0;
  };
  /** The same for a portfolio's whole name ending `before`: "Work and Pensions ", "Culture, Media and Sport ". */
  const portfolioNamesRun = (before: string): number => {
    const run = PORTFOLIO_NAMES_BEFORE.exec(before);
    // (Not a sentence's "And" or "The" alone: "And Mr Brown".)
    return run && portfolioWords(run[0].trimEnd(), false) && !/^(?:and|the|&)$/i.test(run[0].trimEnd()) ? run[0].length : 0;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const p = mentions[i + 1];
    // "Mines and Energy Minister": portfolio words and "and" before a title that opens with one; "Work and Pensions
    // Secretary": portfolio words before a title's head alone.
    const opensWithPortfolio = m.title !== null && TITLE_PORTFOLIO.has(m.title.split(' ')[0].toLowerCase());
    if (m.type === 'PERSON' && m.title && (opensWithPortfolio || (isTitleEnd(m.title) && !HONORIFICS.has(stripDot(m.title.toLowerCase()))))) {
      const titleStart = titleStartOf(text, m);
      const before = titleStart < 0 ? '' : text.slice(Math.max(0, titleStart - 60), titleStart);
      const run = titleStart < 0 ? 0 : opensWithPortfolio ? portfolioRun(before) : portfolioNamesRun(before);
      // A portfolio word the tagger named on its own is the title's too ("Work" of "Work and Pensions Secretary Alan
      // Johnson" had been a person).
      while (run && out.length && out[out.length - 1].start >= titleStart - run && out[out.length - 1].end <= titleStart) out.pop();
      if (run && titleStart - run >= (out[out.length - 1]?.end ?? 0)) m.title = text.slice(titleStart - run, m.start).trim();
    }
    if (p && p.type === 'PERSON' && (m.type === 'ORG' || m.type === 'MISC') && m.sentenceIndex === p.sentenceIndex && !body(m)) {
      const titleStart = p.title ? p.start - p.title.length - 1 : p.start;
      const titled = p.title !== null && text.slice(titleStart, p.start - 1) === p.title;
      // The body's name runs into the title ("… and Energy" of "Energy Minister").
      if (titled && m.start <= titleStart && m.end > titleStart && m.end < p.start && portfolio(m)) {
        // ("Mines and " before it; not another name: "Senate Minority Leader Chuck Schumer and House Speaker …".)
        const before = m.start - portfolioRun(text.slice(Math.max(0, m.start - 60), m.start));
        const start = before >= (out[out.length - 1]?.end ?? 0) ? before : m.start;
        p.title = text.slice(start, p.start).trim();
        continue;
      }
      // "Minister of | Energy and Natural Resources | Alparslan Bayraktar".
      const of = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
      if (!p.title && of && text.slice(m.end, p.start) === ' ') {
        p.title = text.slice(m.start - of[0].length, p.start).trim();
        continue;
      }
    }
    if ((m.type === 'ORG' || m.type === 'MISC') && !body(m)) {
      // The portfolio may run on from before the name ("Minister of State and | National Security Adviser |") and
      // end in title words ("Adviser"), the name's own or the words after it.
      let core = m.text;
      while (core.includes(' ') && isTitleEnd(core.slice(core.lastIndexOf(' ') + 1))) core = core.slice(0, core.lastIndexOf(' '));
      const run = m.start - portfolioRun(text.slice(Math.max(0, m.start - 60), m.start));
      const of = core && portfolioWords(core, true) ? TITLE_OF_BEFORE.exec(text.slice(Math.max(0, run - 40), run)) : null;
      if (of && run >= (out[out.length - 1]?.end ?? 0)) {
        const between = p && p.sentenceIndex === m.sentenceIndex ? text.slice(m.end, p.start) : '';
        // "Minister of State and National Security Adviser Musaed Al-Aiban": the whole is the person's title.
        if (p?.type === 'PERSON' && !p.title && /^(?: \p{Lu}[\p{L}-]*)* $/u.test(between) && between.trim().split(' ').filter(Boolean).every(isTitleEnd)) {
          p.title = text.slice(run - of[0].length, p.start).trim();
          continue;
        }
        // "Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, met …", "the Minister of Foreign Affairs said": the
        // portfolio of a title names no body.
        if (core === m.text) continue;
      }
    }
    out.push(m);
  }
  return out;
}

/**
 * Heads of the titles of offices ("Humanitarian Coordinator", "Special Rapporteur", "Trade Representative"): not kings,
 * clergy or honorifics ("Queen" the band, "BB King", "MS" the illness), nor an executive or a manager, which can be
 * bodies ("the National Executive", "LMA Manager of the Month").
 */
const OFFICE_HEADS = new Set(`envoy envoys representative coordinator co-ordinator rapporteur commissioner secretary secretary-general
director director-general under-secretary-general adviser advisor administrator delegate mediator negotiator ambassador
spokesman spokeswoman spokesperson minister`.split(/\s+/));
/** Words of an office's title before its head, beyond TITLE_MODIFIERS: "Special Envoy", "Resident Coordinator", "High Commissioner". */
const OFFICE_MODIFIERS = new Set(['special', 'resident', 'humanitarian', 'high', 'permanent', 'personal', 'under-secretary', 'country', 'emergency', 'relief', 'political']);
const isOfficeHead = (w: string): boolean => OFFICE_HEADS.has(w.toLowerCase());
const isOfficeWord = (w: string): boolean => TITLE_MODIFIERS.has(w.toLowerCase()) || OFFICE_MODIFIERS.has(w.toLowerCase()) || isOfficeHead(w);
/** A body's initials opening an office's title: "UN", "EU", "UNHCR" (the gazetteer's organisations: not "US", a place). */
const BODY_INITIALS = /^\p{Lu}{2,6}$/u;

/**
 * An office's title the tagger took for an organisation: "UN Special Envoy", "EU Special Representative", "UN Resident
 * Coordinator", "Deputy Humanitarian Coordinator" (all title words, the last a title's head). The body's initials
 * opening it stay an organisation ("UN"), the title is no name; right before a person's name it is the person's title
 * ("UN Special Envoy Geir Pedersen": "Special Envoy"). "UN Resident | and | Humanitarian Coordinator", two names of
 * the tagger's, are one title. Never a name the gazetteer knows. Built anew, so linear.
 */
function withOfficeTitles(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  /** The words of an organisation's or other name, when they are an office's title: [initials or '', title words]. */
  const officeOf = (m: Mention | undefined, headless = false): [string, string[]] | null => {
    if (!m || (m.type !== 'ORG' && m.type !== 'MISC') || known(gazetteer, m.text)) return null;
    const words = m.text.split(' ');
    const body = BODY_INITIALS.test(words[0]) && gazetteer.lookup(words[0])?.type === 'ORG' ? words.shift()! : '';
    // ("Resident and Humanitarian Coordinator": "and" between title words.)
    const titleWord = (w: string, k: number) => isOfficeWord(w) || (w === 'and' && k > 0 && k < words.length - 1);
    if (!words.length || !words.every(titleWord) || (!headless && !isOfficeHead(words[words.length - 1]))) return null;
    // A title without a body's initials has two words or more ("Deputy Humanitarian Coordinator"; not "Secretary").
    if (!body && words.length < 2) return null;
    return [body, words];
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let office = officeOf(m);
    let end = m.end;
    const next = mentions[i + 1];
    // "UN Resident and Humanitarian Coordinator": the first part ends in no head; the second, all title words, does.
    if (!office && next && next.sentenceIndex === m.sentenceIndex && text.slice(m.end, next.start) === ' and ') {
      const first = officeOf(m, true);
      const second = officeOf(next);
      if (first && second && !second[0]) {
        office = [first[0], [...first[1], 'and', ...second[1]]];
        end = next.end;
        i++;
      }
    }
    if (!office) {
      out.push(m);
      continue;
    }
    const [body, words] = office;
    if (body) out.push({ ...m, end: m.start + body.length, text: body, type: 'ORG', source: 'office-title' });
    const person = mentions[i + 1];
    if (person?.type === 'PERSON' && !person.title && person.start === end + 1 && text[end] === ' ') person.title = words.join(' ');
  }
  return out;
}

/** A body's initials right before a title: "WHO " of "WHO Director-General Tedros". */
const INITIALS_BEFORE = /(?<![\p{L}\p{N}.'’-])(\p{Lu}{2,6}) $/u;

/**
 * A body's initials before a person's title are the body, where the tagger left them out: "met WHO Director-General
 * Tedros Adhanom Ghebreyesus" (the tagger reads "WHO" as the pronoun there; "IAEA Director General Rafael Grossi" it
 * finds). Only initials the gazetteer knows as an organisation, in the person's sentence, and not inside another
 * name. Built anew, so linear.
 */
function withBodiesBeforeTitles(doc: ArticleDoc, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const { text } = doc;
  const out: Mention[] = [];
  for (const m of mentions) {
    const titleStart = m.type === 'PERSON' ? titleStartOf(text, m) : -1;
    if (titleStart > 0) {
      const before = INITIALS_BEFORE.exec(text.slice(Math.max(0, titleStart - 8), titleStart));
      const start = before ? titleStart - before[0].length : -1;
      if (before && start >= doc.sentences[m.sentenceIndex].start && start >= (out[out.length - 1]?.end ?? 0) && gazetteer.lookup(before[1])?.type === 'ORG') {
        out.push({ ...m, start, end: start + before[1].length, text: before[1], type: 'ORG', title: null, source: 'title-body' });
      }
    }
    out.push(m);
  }
  return out;
}

/** A title's head and "for" or "of" right before a name: "High Commissioner for ", "Minister of ". */
const HEAD_FOR_BEFORE = /\b(\p{Lu}[\p{L}-]+) (?:for|of) (?:the )?$/u;

/**
 * A title's portfolio the tagger took into the person's name after it: "UN High Commissioner for Refugees Filippo Grandi"
 * (the tagger's PERSON "Refugees Filippo Grandi"). A common word (among the word table's most frequent) after a title's
 * head and "for" or "of", followed by a known first name and at least one more word, is no part of the name.
 */
function withoutPortfolioNouns(text: string, mentions: Mention[], gazetteer: Gazetteer): void {
  const clusters = getClusters();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.title) continue;
    const words = m.text.split(' ');
    if (words.length < 3 || !isFirstName(gazetteer, words[1])) continue;
    const rank = clusters.rank(hashString(words[0].toLowerCase()));
    if (rank < 0 || rank >= COMMON_WORD_RANK || isFirstName(gazetteer, words[0])) continue;
    const head = HEAD_FOR_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    if (!head || !(isTitleEnd(head[1]) || OFFICE_HEADS.has(head[1].toLowerCase()))) continue;
    const cut = words[0].length + 1;
    m.start += cut;
    m.text = m.text.slice(cut);
  }
}

/** A plural's possessive apostrophe and a body's word after it: "' Court" of "Magistrates' Court", "’ Union" of "Teachers’ Union". */
const PLURAL_POSSESSIVE_HEAD = /^['’] (Court|Courts|Union|Association|Federation|Party|Alliance|Council|Institute|Fund|Trust|League|Guild|Forum|Network|Organisation|Organization|Congress|Confederation|Committee)(?![\p{L}\p{N}'’])/u;

/**
 * "Swindon Magistrates' Court", "the National Farmers' Union": a plural's possessive apostrophe inside a body's name,
 * which the tagger ends the name at ("Swindon Magistrates" had been the name, "Court" left out): the name runs on
 * through the body's word after it, and is an organisation. Built anew, so linear.
 */
function joinPluralPossessives(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  let skipTo = -1;
  for (const m of mentions) {
    if (m.start < skipTo) {
      // (A name the tagger found from the body's word on is the rest of it: "Magistrates' | Court of Appeal".)
      const joined = out[out.length - 1];
      if (m.end > joined.end && m.sentenceIndex === joined.sentenceIndex) out[out.length - 1] = { ...joined, end: m.end, text: text.slice(joined.start, m.end) };
      continue;
    }
    const head = m.type !== 'PERSON' && m.text.endsWith('s') ? PLURAL_POSSESSIVE_HEAD.exec(text.slice(m.end, m.end + 16)) : null;
    if (!head) {
      out.push(m);
      continue;
    }
    const end = m.end + head[0].length;
    skipTo = end;
    out.push({ ...m, end, text: text.slice(m.start, end), type: 'ORG', title: null, source: 'tagger-possessive' });
  }
  return out;
}

/** What stands between a law's subject and its head in an amending law's name: " (Amendment) ", " (Amendment No. 2) ". */
const AMENDMENT = /^ \((?:Amendment|Amendments|Miscellaneous Amendments)(?: No\.? \d+)?\) $/;

/**
 * "the Tax Laws (Amendment) Bill, 2026", "the Finance (Amendment) Act": an amending law's name runs through its
 * bracketed "(Amendment)", which the tagger cuts it at. Built anew, so linear.
 */
function joinAmendments(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const a = out[out.length - 1];
    if (a && a.sentenceIndex === m.sentenceIndex && a.type !== 'PERSON' && /^(?:Bill|Act|Acts|Regulations?|Order)$/.test(m.text) &&
        AMENDMENT.test(text.slice(a.end, m.start))) {
      out[out.length - 1] = { ...a, end: m.end, text: text.slice(a.start, m.end), type: 'LAW', title: null, source: 'tagger-law' };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** A law's year or a resolution's number after its name: "Electoral Act 2022", "Finance Bill of 2024", "Bill, 2026", "Resolution 2803". */
const LAW_YEAR = /^(?:,? | of )(?:1[89]|20)\d\d(?!\d|\p{L}|[.,]\d)/u;
const RESOLUTION_NUMBER = /^ \d{1,5}(?![\d,.]|\p{L})/u;
/** A bill's name, which its number follows: "House Bill 2154", "Senate Bill 1047", "Assembly Bill 5". */
const BILL_HEAD = /(?:^| )Bill$/;
const BILL_WITH_NUMBER = /(?:^| )Bill \d{1,5}$/;
/** A bill's number after its name, a comma or stop after it allowed ("Senate Bill 12, which …"; not "Bill 2,000"). */
const BILL_NUMBER = /^ \d{1,5}(?!\d|[.,]\d|\p{L})/u;
/** A bill by its chamber's letters and number, as US legislatures write them: "HB 2154", "SB 12", "H.R. 1", "AB 5". */
/** A chamber's bill and its number, whatever the tagger made of the chamber ("House Bill 2154" had been the LOC "House"). */
const CHAMBER_BILL = /(?<![\p{L}\p{N}])(?:House|Senate|Assembly) Bill \d{1,5}(?![\p{L}\p{N}]|[.,]\d)/gu;
const BILL_CODE = /(?<![\p{L}\p{N}.])(?:H\.?B|S\.?B|A\.?B|H\.?R|H\.?F|S\.?F|L\.?D)\.? ?\d{1,5}(?![\p{L}\p{N}]|[.,]\d)/gu;

/**
 * A provision of a law or treaty by its number: "Article 5", "Article 50", "Section 404", "Section 230", "Article 4(2)",
 * "Title IX", and the bankruptcy code's chapters ("Chapter 11"; not a book's "Chapter 3"). The tagger had ORG "Article"
 * or "Section" and left the number out.
 */
const PROVISION = /(?<![\p{L}\p{N}])(?:(?:Article|Section|Clause|Title) (?:\d{1,4}[A-Z]?(?:\(\d{1,3}[a-z]?\))*|[IVX]{1,6})|Chapter (?:7|9|11|13|15))(?![\p{L}\p{N}]|[.,]\d)/gu;

/** The social network X where the text says it is one: "wrote on X", "posted to X", "X, formerly Twitter". */
const PLATFORM_X = /(?<=\b(?:on|to|via|On) )X(?=[\s,.;:)!?]|$)(?! ?[-–(]?\d)|\bX(?=,? \(?formerly (?:known as )?Twitter)/gu;

/**
 * A storm's name after its kind, also where the tagger found nothing or took the name for something else ("Super
 * Typhoon Fung-wong made landfall" had no mention; "Tropical Storm Chantal"): one or two hyphened words in lower case
 * after a capital. Not a weapon named like one ("Storm Shadow missiles": "Storm" alone is no kind here).
 */
const STORM_NAME = /(?<=(?<![\p{L}-])(?:Super Typhoon|Typhoon|Hurricane|Cyclone|Tropical Storm|Tropical Cyclone|Superstorm) )\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?![\p{L}\p{N}'’-]| \p{Lu}| (?:cruise |ballistic )?missiles?\b| (?:fighter )?jets?\b)/gu;

/**
 * Names that a pattern finds whole, of type `type`, in place of whatever the tagger made of their words or where it
 * found nothing: bills by their chamber's letters and number ("SB 12", "HB 2154": LAW, where the tagger had ORG
 * "HB"), the platform X ("wrote on X": ORG). A tagger name inside a match gives way; one reaching beyond it keeps
 * its place and the match is not added. Mentions stay sorted and apart.
 */
function withPatternNames(doc: ArticleDoc, mentions: Mention[], pattern: RegExp, type: EntityType, source: string): Mention[] {
  const { text, sentences } = doc;
  const out: Mention[] = [];
  let k = 0;
  let si = 0;
  for (const m of text.matchAll(pattern)) {
    const start = m.index;
    const end = start + m[0].length;
    while (si < sentences.length && sentences[si].end <= start) si++;
    if (si === sentences.length || sentences[si].start > start || sentences[si].end < end) continue;
    while (k < mentions.length && mentions[k].end <= start) out.push(mentions[k++]);
    let j = k;
    while (j < mentions.length && mentions[j].start < end && mentions[j].start >= start && mentions[j].end <= end) j++;
    if (j < mentions.length && mentions[j].start < end) continue;
    k = j;
    out.push({ start, end, text: m[0], type, sentenceIndex: si, title: null, canonicalName: null, entityId: null, source });
  }
  while (k < mentions.length) out.push(mentions[k++]);
  return out;
}

/**
 * The year in a law's name is part of it ("Electoral Act 2022", "the Finance Bill of 2024", Kenya's "Tax Laws
 * (Amendment) Bill, 2026"), as a resolution's number is ("UN Security Council Resolution 2803", then a LAW): the
 * name runs on through it, and the year is no date of its own (resolveOverlaps drops it).
 */
function withLawNumbers(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    // "House Bill 2154" taken whole by the tagger as MISC or ORG is a bill.
    if ((m.type === 'MISC' || m.type === 'ORG') && BILL_WITH_NUMBER.test(m.text)) {
      m.type = 'LAW';
      m.source = 'tagger-law-number';
    }
    const after = text.slice(m.end, m.end + 10);
    let add = 0;
    if (m.type === 'LAW') add = (LAW_YEAR.exec(after) ?? (BILL_HEAD.test(m.text) ? BILL_NUMBER.exec(after) : null))?.[0].length ?? 0;
    else if (/(?:^| )Resolution$/.test(m.text) && (m.type === 'ORG' || m.type === 'MISC')) {
      add = RESOLUTION_NUMBER.exec(after)?.[0].length ?? 0;
      if (add) m.type = 'LAW';
    }
    if (!add) continue;
    m.end += add;
    m.text = text.slice(m.start, m.end);
    m.source = 'tagger-law-number';
  }
}

/**
 * Where the rules are surer than the tagger, the rules' name stands:
 * - a person named after a title ("Minister of Defense Israel Katz", right 95% of the time on CoNLL-2003
 *   valid), whatever the tagger made of those words, but for a place it read with the title in it ("Prince Rupert");
 * - a name of two or more words that the gazetteer or a head word types ("Joint Comprehensive Plan of
 *   Action"), where the tagger cut it into pieces.
 */
function overrideWithRules(names: Mention[], rules: RuleMention[]): Mention[] {
  const out: Mention[] = [];
  let k = 0;
  for (const rule of rules) {
    const title = rule.type === 'PERSON' && rule.source === 'title';
    const multi = rule.strength >= 3 && (rule.source === 'gazetteer' || rule.source === 'head') && /\s/.test(rule.text)
      // Adjectives strung together ("Italian Roman Catholic") are a modifier and a name, not one name.
      && rule.type !== 'MISC' && rule.type !== 'NORP';
    // A title in capitals in mixed-case text is an acronym, not an honorific ("MX Onda").
    if (title && rule.title !== null && rule.title === rule.title.toUpperCase() && rule.text !== rule.text.toUpperCase()) continue;
    if (!title && !multi) continue;
    while (k < names.length && names[k].end <= rule.start) out.push(names[k++]);
    let e = k;
    while (e < names.length && names[e].start < rule.end) e++;
    const inside = names.slice(k, e);
    const same = inside.length === 1 && inside[0].start === rule.start && inside[0].end === rule.end;
    const contained = inside.every((m) => m.start >= rule.start && m.end <= rule.end);
    // The tagger's person name reaching past the rule's ("Prime Minister Kengo wa Dondo") or ending on the
    // rule's head word ("Controversial Australian Anthony Hill": a person, not a hill) stands.
    const last = inside[inside.length - 1];
    const personCovers = inside.length === 1 && last.type === 'PERSON' && last.start <= rule.start && last.end >= rule.end;
    const personEnds = last !== undefined && last.type === 'PERSON' && last.end === rule.end && last.start > rule.start;
    // A place the tagger read with the title word in it is named after a person ("Prince Rupert", "Prince William
    // Sound"); not after an honorific ("Mr Houston" is the tagger's slip).
    const placeCovers = title && inside.length === 1 && last.type === 'LOC' && last.start < rule.start && last.end >= rule.end &&
      !HONORIFICS.has(rule.title!.split(' ')[0].replace(/\.$/, '').toLowerCase());
    const override = title ? !(same && inside[0].type === 'PERSON') && !personCovers && !placeCovers : !same && contained && inside.length > 1 && !personEnds;
    // (The tagger's person, named as the rules name it, takes the rules' title where it has none: "Secretary of State for
    // Wales | Peter Hain".)
    if (title && same && inside[0].type === 'PERSON' && inside[0].title === null) inside[0].title = rule.title;
    if (!override) continue;
    k = e;
    const { strength: _, ...m } = rule;
    out.push({ ...m, source: `rules-${rule.source}` });
  }
  while (k < names.length) out.push(names[k++]);
  return out;
}


/** True if some rule name overlaps [start, end) (rule names are sorted; a binary search finds the first candidate). */
function overlapsRule(rules: RuleMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = rules.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rules[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < rules.length && rules[lo].start < end;
}

/** Words of greeting and thanks, which the tagger has taken for names opening a line ("Q: Thank you, …"); not "Yes", a campaign's or a band's name. */
const NO_NAME_WORDS = new Set(['Thank', 'Thanks', 'Please', 'Hello', 'Hi', 'Sorry', 'Yeah', 'Okay', 'Goodbye', 'Cheers']);

/**
 * An all-caps common noun such as "TV" or "CEO", or its plural ("MPs"), dots aside ("T.V."); also written in title
 * case as British papers write acronyms said as words ("Ebitda", "Aids").
 */
function isCommonAcronym(word: string): boolean {
  const bare = word.replace(/\./g, '');
  const w = /^\p{Lu}\p{Ll}{3,}$/u.test(bare) ? bare.toUpperCase() : bare;
  return NON_ENTITY_ACRONYMS.has(w) || (/^[A-Z0-9]{2,}s$/.test(w) && NON_ENTITY_ACRONYMS.has(w.slice(0, -1)));
}

/** True if the gazetteer knows this text as a name of `type` ("Red Crescent", an organisation, is no street). */
function knownAs(g: Gazetteer, surface: string, type: EntityType): boolean {
  return g.lookup(gazetteerKey(surface))?.type === type;
}

/** Lower-case words this frequent (by rank in the word-cluster table) are common words, not names. */
const COMMON_WORD_RANK = 5000;

/** True if the gazetteer knows this text (as written, or case-folded for text in capitals). */
function known(g: Gazetteer, surface: string): boolean {
  const key = gazetteerKey(surface);
  return g.lookup(key) !== undefined || (surface === surface.toUpperCase() && g.lookupFolded(key) !== undefined);
}

/**
 * Index of the first word of the capitalised title right before words[first]: "Prime Minister",
 * "Supreme Leader", "Minister of Defense", "Ayatollah". Returns `first` if there is none.
 */
function titleBefore(words: string[], first: number, sentenceOf: Int32Array): number {
  // A title is a few words: the bound keeps hostile text ("President President ...") linear.
  const inSentence = (j: number): boolean => j >= 0 && j >= first - MAX_TITLE_WORDS && sentenceOf[j] === sentenceOf[first];
  let j = first - 1;
  // "Minister of Defense", "Minister for Foreign Affairs": portfolio words, "of"/"for", then the head.
  let k = j;
  while (inSentence(k) && (isCap(words[k]) || words[k] === 'the') && TITLE_PORTFOLIO.has(words[k].toLowerCase())) k--;
  // ("Chief of Staff": "chief" heads a title only before "of".)
  if (k < j && inSentence(k - 1) && (words[k] === 'of' || words[k] === 'for') && (TITLE_HEADS.has(stripDot(words[k - 1].toLowerCase())) || words[k - 1] === 'Chief')) j = k - 1;
  else if (!(inSentence(j) && isCap(words[j]) && (TITLE_HEADS.has(stripDot(words[j].toLowerCase())) || LOCAL_TITLES.has(words[j].toLowerCase()) ||
    isHyphenTitle(words[j].toLowerCase()))) &&
    !localTitleAt(words, j, inSentence)) return first;
  // "Township Supervisor", "Fire Chief", "Battalion Chief": a local body's word before its head.
  if (localTitleAt(words, j, inSentence)) j--;
  // The modifiers and further titles in front of the head: "Prime", "Supreme", "Deputy Foreign".
  while (inSentence(j - 1) && isCap(words[j - 1]) && isTitleWord(words[j - 1])) j--;
  // "Field Marshal", "Group Captain", "Law Minister", "Municipal Administration Minister", "Union Finance Minister": a
  // word that makes a title of this head only ("Field", "Group") or names a portfolio only before a minister.
  while (inSentence(j - 1) && isCap(words[j - 1]) && titlePrefixOf(words[j - 1], words, j, first)) j--;
  // "U.S. District Judge", "Assistant U.S. Attorney": a country's letters inside the title are part of it (the
  // letters stay a place of their own too, as CoNLL-2003 annotates them).
  if (inSentence(j - 1) && TITLE_COUNTRIES.has(words[j - 1])) {
    j--;
    while (inSentence(j - 1) && isCap(words[j - 1]) && isTitleWord(words[j - 1])) j--;
  }
  return j;
}

/**
 * Whether `word` opens the title that runs from words[j] to the name at `first` with words of its own: a rank's first
 * word before its head ("Field Marshal", "Group Captain", "Wing Commander"), or a portfolio before "Minister"
 * ("Law Minister", "Municipal Administration Minister", "Union Finance Minister"), which is no title word elsewhere.
 */
function titlePrefixOf(word: string, words: string[], j: number, first: number): boolean {
  const heads = RANK_PREFIXES.get(word);
  if (heads?.has(stripDot(words[j].toLowerCase()))) return true;
  if (!MINISTER_PORTFOLIOS.has(word.toLowerCase())) return false;
  for (let k = j; k < first; k++) if (/^Ministers?$/.test(words[k])) return true;
  return false;
}

/** Ranks of two words whose first word is no title word on its own: the first word, then the heads it goes before. */
const RANK_PREFIXES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['Field', new Set(['marshal'])], ['Group', new Set(['captain'])], ['Wing', new Set(['commander'])], ['Squadron', new Set(['leader'])],
  ['Flight', new Set(['lieutenant', 'sergeant'])], ['Lance', new Set(['corporal', 'sergeant'])], ['Staff', new Set(['sergeant'])],
  ['Petty', new Set(['officer'])], ['Rear', new Set(['admiral'])], ['Air', new Set(['marshal', 'commodore'])],
]);

/**
 * Portfolio words that go in front of "Minister" only (India's "Union" government, "Law Minister", "Municipal Administration
 * Minister"); those that are title words anyway ("Labour MP") are left to them.
 */
const MINISTER_PORTFOLIOS = new Set(['union', 'law', 'municipal', 'administration', 'urban', 'rural', 'railways', 'railway', 'power', 'revenue',
  'irrigation', 'petroleum', 'textiles', 'steel', 'coal', 'aviation', 'civil', 'shipping', 'ports', 'minorities', 'tribal', 'parliamentary',
  'planning', 'water', 'mines', 'sports', 'youth', 'women', 'science', 'technology', 'information', 'broadcasting', 'telecom', 'telecommunications',
  'fisheries', 'forest', 'forests', 'tourism', 'welfare', 'food', 'consumer', 'cooperation', 'works', 'roads', 'highways', 'electricity'].filter((w) => !TITLE_MODIFIERS.has(w)));

/** Whether words[j - 1], words[j] are a US local title ("Council President", "Police Chief"; LOCAL_TITLE_BODIES). */
function localTitleAt(words: string[], j: number, inSentence: (j: number) => boolean): boolean {
  return inSentence(j) && inSentence(j - 1) && isCap(words[j]) && LOCAL_TITLE_HEADS.has(words[j].toLowerCase()) && LOCAL_TITLE_BODIES.has(words[j - 1]);
}

const SURNAME_HEADS = new Set(['Lane', 'Creek']);
/** Streets that name who works there as often as the street: "Downing Street said", "Wall Street rallied". */
const METONYMIC_STREETS = new Set(['Downing', 'Wall', 'Fleet', 'Threadneedle', 'Harley', 'Pennsylvania']);
/** Words of a sports club's name, which "SC" (Sporting Club) may follow: "Orlando City SC". */
const CLUB_WORDS = new Set(['City', 'United', 'Athletic', 'Athletico', 'Sporting', 'Real', 'Club', 'County', 'Town', 'Rovers', 'Wanderers', 'Olympic', 'Racing', 'Sport', 'Sports']);
/** Senior counsel's letters after a name: King's/Queen's Counsel, Senior Counsel, Senior Advocate of Nigeria. */
const POST_NOMINAL = 'KC|QC|SC|SAN';
const POST_NOMINALS = new RegExp(` (?:${POST_NOMINAL})$`);
const POST_NOMINAL_ALONE = new RegExp(`^(?:${POST_NOMINAL})$`);

/** Whether a word is a first name the name lists give a sex to, accents aside ("Andrés" as "Andres"). */
function isFirstName(g: Gazetteer, word: string): boolean {
  return (g.genderOfFirstName(word) ?? g.genderOfFirstName(word.normalize('NFD').replace(/\p{M}/gu, ''))) !== null;
}

/**
 * A barrister's rank after the name is no part of it: "Nicholas Pemberton KC" is the person Nicholas Pemberton,
 * "Judge Michael King SC" (which the tagger read as an organisation) the person Michael King titled Judge, and a
 * "KC" the tagger kept apart after a person names no one. Built anew, so linear.
 */
function withoutPostNominals(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const prev = out[out.length - 1];
    if (POST_NOMINAL_ALONE.test(m.text) && prev?.type === 'PERSON' && /^,? $/.test(text.slice(prev.end, m.start))) continue;
    const post = m.type !== 'LAW' && m.type !== 'EVENT' ? POST_NOMINALS.exec(m.text) : null;
    if (!post) { out.push(m); continue; }
    const words = m.text.slice(0, post.index).split(' ');
    let t = 0;
    while (t < words.length - 1 && isTitleWord(words[t])) t++;
    const name = words.slice(t);
    // The rest must read as a person's name: two capitalised words or more, or one after a title ("Lord Pannick QC");
    // unless the tagger called it a person, opening with a first name ("Orlando City SC" is a club).
    if (!name.every((w) => isCap(w)) || (name.length < 2 && t === 0 && !m.title) ||
        (m.type !== 'PERSON' && name.length >= 2 && !isFirstName(gazetteer, name[0])) ||
        // ("SC" is a sports club's too: "Orlando City SC". As senior counsel it follows a person or a title.)
        (post[0] === ' SC' && m.type !== 'PERSON' && t === 0 && name.some((w) => CLUB_WORDS.has(w)))) { out.push(m); continue; }
    const start = m.start + (t ? words.slice(0, t).join(' ').length + 1 : 0);
    const end = m.start + post.index;
    const title = t ? [m.title, words.slice(0, t).join(' ')].filter(Boolean).join(' ') : m.title;
    out.push({ ...m, start, end, text: text.slice(start, end), type: 'PERSON', title, source: m.type === 'PERSON' ? m.source : 'tagger-typed' });
  }
  return out;
}

/** A country's letters that may stand inside a title: "U.S. Attorney", "UK Foreign Secretary". */
const TITLE_COUNTRIES = new Set(['U.S.', 'US', 'UK', 'U.K.', 'EU', 'UN', 'U.N.']);

/** Last words of a competition's name: "Champions League", "Serie A", "Ligue 1", "FA Cup". */
const COMPETITION_HEADS = new Set(['League', 'Liga', 'Ligue', 'Cup', 'A', '1', 'Bundesliga', 'Championship', 'Championships', 'Games', 'Open', 'Trophy', 'Series', 'One', 'F1']);
/** People described by an organisation's name before them: "a former Yale historian", "BT's boss" aside. */
const PERSON_NOUNS = new Set(['historian', 'professor', 'lecturer', 'student', 'students', 'graduate', 'researcher', 'economist', 'analyst',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'chairman', 'chairwoman', 'boss', 'director', 'chief', 'governor']);

/**
 * NORP, EVENT or LAW for a MISC name (or an ORG one the hand-written lists call so) where the gazetteer or a
 * head word says so; ORG for a place guess the hand-written lists call an organisation.
 */
function refineType(g: Gazetteer, surface: string, words: string[], type: EntityType, next = ''): EntityType {
  const key = gazetteerKey(surface);
  const entry = type === 'PERSON' ? undefined : g.lookup(key) ?? (surface === surface.toUpperCase() ? g.lookupFolded(key) : undefined);
  // The hand-written list of organisations wins over a place guess ("Hezbollah in Lebanon").
  // So does it over an other-name guess ("the Taliban government", "told the Guardian"), but for a share index's or a
  // competition's name, which CoNLL-2003 types MISC ("the Dow Jones industrial average", "the Champions League"), and
  // a name that only describes a person after it ("a former Yale historian").
  if (type === 'LOC' && entry?.source === 'curated' && entry.type === 'ORG') return 'ORG';
  // A product or weapon the list knows is one wherever the tagger guessed a body or a place ("the Shaheds", "ATACMS").
  if ((type === 'LOC' || type === 'ORG') && entry?.source === 'curated' && entry.type === 'MISC') return 'MISC';
  if (type === 'MISC' && entry?.source === 'curated' && entry.type === 'ORG' && !STOCK_INDEXES.has(surface) &&
      !COMPETITION_HEADS.has(words[words.length - 1]) && !PERSON_NOUNS.has(next)) return 'ORG';
  if (type !== 'MISC' && type !== 'ORG') return type;
  if (entry && REFINABLE.has(entry.type) && (type === 'MISC' || entry.source === 'curated')) return entry.type;
  if (entry?.source === 'demonym' && type === 'MISC') return 'NORP';
  // A name of two words or more ending in "Act", "Treaty", "Accord" … is a law even where the tagger took it
  // for an organisation ("the EU's Digital Services Act").
  const lastWord = words[words.length - 1];
  if (type === 'ORG' && words.length > 1 && lastWord !== lastWord.toUpperCase() && ORG_LAW_HEADS.has(lastWord.toLowerCase())) return 'LAW';
  if (type !== 'MISC') return type;
  const last = words[words.length - 1].toLowerCase();
  const head = HEAD_TYPES.get(last);
  const of = words.indexOf('of');
  const ofHead = of > 0 ? OF_HEAD_TYPES.get(words[of - 1].toLowerCase()) : undefined;
  // A body's name that opens with its head word is the body whatever it is for ("the Institute for the Study of War"
  // had been an event by its last word).
  if (words.length > 2 && OF_HEAD_TYPES.get(words[0].toLowerCase()) === 'ORG' && (words[1] === 'of' || words[1] === 'for')) return 'ORG';
  for (const t of [ofHead, head]) if (t === 'EVENT' || t === 'LAW') return t;
  return type;
}

/** Whether [start, end) is the agency in the brackets of a dateline in capitals opening its line ("PARIS (AP) —"). */
function isDatelineAgency(text: string, start: number, end: number): boolean {
  if (text[end] !== ')') return false;
  // The line's start, looked for only as far back as a dateline reaches.
  let line = start;
  while (line > 0 && text[line - 1] !== '\n') if (start - --line > 100) return false;
  while (text[line] === ' ' || text[line] === '\t') line++;
  const d = readDateline(text.slice(line, line + 160));
  return !!d?.capitals && d.agency !== null && line + d.agency.start === start && line + d.agency.end === end;
}

/**
 * A dateline's place: a place in capitals opening a paragraph's dateline ("KYIV —", "PARIS (Reuters) -",
 * "KYIV, Nov 24 (AP) —"), is that place whatever the tagger made of it, and is added where the tagger found
 * nothing there ("BRUSSELS —"). The place is one the gazetteer knows, or any place the dateline itself marks
 * with its region, date or agency ("MONTE CARLO (AP) —", "ST. PAUL, Minn. (AP) —"; not a story filed from two
 * cities, "CAIRO/JERUSALEM"). Names the tagger found inside it give way to it ("LOUIS" of "ST. LOUIS").
 * Returns the mentions, in text order.
 */
function datelinePlaces(doc: ArticleDoc, input: Tagged['input'], sentenceOf: Int32Array, gazetteer: Gazetteer, mentions: Mention[]): Mention[] {
  const { text } = doc;
  let out = mentions;
  let changed = false;
  // Paragraphs and mentions are both in text order: one pointer into each keeps this linear.
  let k = 0;
  let w = 0;
  for (const p of doc.paragraphs) {
    const d = readDateline(text.slice(p.start, Math.min(p.end, p.start + 160)));
    if (!d?.capitals) continue;
    const start = p.start + d.place.start;
    const end = p.start + d.place.end;
    const place = text.slice(start, end);
    // (An agency marks it when it is one, or a dash follows it: "CONTRACT ( MONTH ) APT CLOSE" heads a table.)
    const agency = d.agency && text.slice(p.start + d.agency.start, p.start + d.agency.end);
    const agencyMarks = agency !== null && (WIRE_AGENCY.test(agency) || /[—–-]/u.test(text.slice(p.start + d.agency!.end, p.start + d.end)));
    const marked = (agencyMarks || d.region !== null || d.date !== null) && !place.includes('/');
    if (!marked && gazetteer.lookupFolded(gazetteerKey(place))?.type !== 'LOC') continue;
    while (k < out.length && out[k].end <= start) k++;
    let j = k;
    while (j < out.length && out[j].start < end) j++;
    const there = out.slice(k, j);
    if (there.length === 1 && there[0].start === start && there[0].end === end) {
      if (there[0].type !== 'LOC') out[k] = { ...there[0], type: 'LOC', title: null, source: 'tagger-dateline' };
      continue;
    }
    // A name running past the place is the tagger's reading of more than the dateline: left alone.
    if (there.some((m) => m.start < start || m.end > end)) continue;
    // The word the dateline starts with gives its sentence.
    while (w < input.starts.length && input.starts[w] < start) w++;
    if (w >= input.starts.length || input.starts[w] !== start) continue;
    const mention: Mention = { start, end, text: place, type: 'LOC', sentenceIndex: sentenceOf[w], title: null, canonicalName: null, entityId: null, source: there.length ? 'tagger-dateline' : 'dateline' };
    if (!changed) out = [...out];
    changed = true;
    out.splice(k, j - k, mention);
  }
  return out;
}

/**
 * A court case written with "v." between two names ("Roe v. Wade", "Trump v. United States") is one LAW
 * name. Only "v." with its full stop: "England v France" and "Lakers vs. Celtics" are matches.
 */
function joinCaseNames(text: string, mentions: Mention[]): Mention[] {
  // Built anew rather than spliced in place: a text of many cases stays linear.
  const out: Mention[] = [];
  for (const m of mentions) {
    // The tagger's own one name ("Roe v. Wade" as MISC).
    if (m.type === 'MISC' && / v\. \p{Lu}/u.test(m.text)) m.type = 'LAW';
    const a = out[out.length - 1];
    if (a && a.sentenceIndex === m.sentenceIndex && text.slice(a.end, m.start) === ' v. ') {
      out[out.length - 1] = { ...a, end: m.end, text: text.slice(a.start, m.end), type: 'LAW', title: null, source: 'tagger-case' };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Surnames joined by commas and an ampersand: "Challenger, Gray & Christmas", "Wachtell, Lipton, Rosen & Katz". */
// (At most six commas: a bound that keeps a long list of capitalised words with no "&" linear.)
const COMMA_FIRM = /(?<![\p{L}\p{N}'’-])\p{Lu}[\p{Ll}'’-]+(?:, \p{Lu}[\p{Ll}'’-]+){1,6},? & \p{Lu}[\p{Ll}'’-]+(?![\p{L}\p{N}])/gu;
/** A company's legal form after a name's own "'s": "JDE Peet's NV", "Macy's Inc". */
const POSSESSIVE_FORM = /^['’]s (?:NV|N\.V\.|Inc\.?|Corp\.?|Co\.?|Ltd\.?|plc|PLC|SA|S\.A\.|AG|SE|LLC|Holdings)(?![\p{L}\p{N}])/u;

/**
 * A firm named after its partners, their surnames joined by commas and "&" ("Challenger, Gray & Christmas, an
 * outplacement firm", "Guggenheim Securities and Wachtell, Lipton, Rosen & Katz advised …"), which the tagger cuts at
 * the commas ("Gray & Christmas" ORG, "Lipton" a person): one organisation, where the tagger typed its end one and no
 * word of it is a country ("France, Italy & Spain") and one at most a city's name ("Wharton" of "Paul, Weiss, Rifkind,
 * Wharton & Garrison"). A name the tagger ran into its first surname
 * through "and" ends before the "and". And a name's own "'s" before a legal form is no possessive ("JDE Peet's NV" had
 * been "JDE Peet" and "NV"). Built anew, so linear in the mentions and the text.
 */
function joinFirmNames(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  // The matches come in text order, so one pointer finds the mentions inside each; the list is rebuilt once.
  const dropped = new Set<Mention>();
  const added: Mention[] = [];
  let i = 0;
  for (const f of text.matchAll(COMMA_FIRM)) {
    const start = f.index!;
    const end = start + f[0].length;
    while (i < mentions.length && mentions[i].end <= start) i++;
    const inside: Mention[] = [];
    for (let j = i; j < mentions.length && mentions[j].start < end; j++) inside.push(mentions[j]);
    const last = inside[inside.length - 1];
    if (!last || last.type !== 'ORG' || last.end !== end || last.sentenceIndex !== inside[0].sentenceIndex) continue;
    const places = f[0].split(/,? & |, /).map((w) => gazetteer.lookup(gazetteerKey(w))).filter((e) => e?.type === 'LOC');
    if (places.some((e) => e!.source !== 'city') || places.length > 1) continue;
    const before = inside[0].start < start ? inside[0] : null;
    // ("Guggenheim Securities and Wachtell": the name before the "and" stays.)
    if (before && (before.end > end || text.slice(start - 5, start) !== ' and ')) continue;
    for (const m of inside) dropped.add(m);
    added.push({ ...last, start, end, text: f[0], title: null, source: 'firm-name' });
    if (before) added.push({ ...before, end: start - 5, text: text.slice(before.start, start - 5) });
  }
  const out = added.length ? [...mentions.filter((m) => !dropped.has(m)), ...added].sort((a, b) => a.start - b.start) : mentions;
  const joined: Mention[] = [];
  for (const m of out) {
    const previous = joined[joined.length - 1];
    if (previous?.source === 'firm-form' && m.start < previous.end) continue;
    const form = m.type === 'ORG' ? POSSESSIVE_FORM.exec(text.slice(m.end, m.end + 8)) : null;
    joined.push(form ? { ...m, end: m.end + form[0].length, text: text.slice(m.start, m.end + form[0].length), source: 'firm-form' } : m);
  }
  return joined;
}

/** Lower-case nouns after a body's name that say who speaks for it or where it publishes: "Liberal Democrat leader",
 * "his Truth Social platform". */
const TRAILING_NOUNS = new Set(['leader', 'leaders', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'deputy', 'affairs', 'platform', 'network', 'corporation', 'website', 'app']);

/**
 * "Liberal Democrat leader Charles Kennedy", "Liberal Democrat home affairs spokesman", "on his Truth Social platform":
 * a role or a common noun after an organisation's name, and the lower-case words before it, are no part of the name
 * the tagger ran them into.
 */
function withoutTrailingNouns(text: string, mentions: Mention[]): void {
  for (const m of mentions) {
    if (m.type !== 'ORG' || !TRAILING_NOUNS.has(m.text.slice(m.text.lastIndexOf(' ') + 1))) continue;
    const name = / (?:\p{Ll}\S*)(?: \p{Ll}\S*)*$/u.exec(m.text);
    if (!name || name.index === 0) continue;
    m.end = m.start + name.index;
    m.text = text.slice(m.start, m.end);
  }
}

/**
 * "U.S. West Texas Intermediate crude": the oil benchmark is one MISC name, whatever place the tagger read in its first
 * words ("U.S. West Texas" had been a place, "Intermediate" left out); a country's letters before it stay a place.
 */
function crudeBenchmarks(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const whole = m.text.endsWith('West Texas Intermediate');
    const end = whole ? m.end : m.end + ' Intermediate'.length;
    const at = whole || (m.text.endsWith('West Texas') && /^ Intermediate(?![\p{L}])/u.test(text.slice(m.end, end + 1))) ? end - 'West Texas Intermediate'.length : -1;
    if (at < 0 || (at > m.start && text[at - 1] !== ' ') || (whole && at === m.start && m.type === 'MISC')) {
      out.push(m);
      continue;
    }
    if (at > m.start) out.push({ ...m, end: at - 1, text: text.slice(m.start, at - 1), type: 'LOC' });
    out.push({ ...m, start: at, end, text: text.slice(at, end), type: 'MISC', title: null, source: 'crude-benchmark' });
  }
  return out;
}

/** Words that open a sentence before a company they compare with another: "Rival Honda Motor Co", "Peer Unilever". */
const RIVAL_WORDS = new Set(['Rival', 'Rivals', 'Peer', 'Peers', 'Competitor', 'Competitors', 'Fellow']);

/**
 * "Rival Honda Motor Co (7267.T) on Friday cut …": the common noun opening the sentence is no part of the company's
 * name the tagger ran it into.
 */
function withoutRivalWord(doc: ArticleDoc, mentions: Mention[]): void {
  const { text } = doc;
  for (const m of mentions) {
    const space = m.text.indexOf(' ');
    if (m.type !== 'ORG' || space < 0 || !RIVAL_WORDS.has(m.text.slice(0, space)) || m.start !== doc.sentences[m.sentenceIndex].start) continue;
    m.start += space + 1;
    m.text = text.slice(m.start, m.end);
  }
}

/** Last words of a body's or a law's name that "and" may run through: "England and Wales Cricket Board". */
const AND_NAME_HEADS = new Set(['board', 'federation', 'association', 'commission', 'council', 'authority', 'agency', 'institute',
  'committee', 'foundation', 'society', 'league', 'union', 'trust', 'service', 'department', 'ministry', 'act', 'bill', 'treaty', 'convention',
  'police', 'constabulary', 'team', 'squad', 'bureau', 'directorate', 'forum', 'alliance', 'coalition', 'network']);

/**
 * A name that runs through "and" ("England and Wales Cricket Board", "Computer Fraud and Abuse Act", "Italian
 * Tennis and Padel Federation"), which the tagger cuts at "and": the two names, and a name written right before
 * the first with only a space between, are one, with the type of the second. Only when the second ends in a body's
 * or a law's word and is no known name of its own ("the CIA and National Security Agency" stay two), and the first
 * is no acronym, known organisation or name ending in a body's word. Built anew, so linear.
 */
function joinAndNames(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  // Names the article writes more than once: a first name of two words or more it also writes on its own elsewhere
  // is complete ("report to National Highways and Cambridgeshire County Council" beside "National Highways said"; a
  // place is not: "Birmingham and Midland Institute").
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const out: Mention[] = [];
  for (const m of mentions) {
    const a = out[out.length - 1];
    // A name the gazetteer knows whole, cut by the tagger at its "and": "Trinidad and Tobago", "Saint Kitts and Nevis".
    const whole = a && a.sentenceIndex === m.sentenceIndex && text.slice(a.end, m.start) === ' and ' ? gazetteer.lookup(gazetteerKey(text.slice(a.start, m.end))) : undefined;
    if (whole) {
      out.pop();
      out.push({ ...a, end: m.end, text: text.slice(a.start, m.end), type: whole.type, title: null, source: 'tagger-and' });
      continue;
    }
    const last = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
    if (a && a.sentenceIndex === m.sentenceIndex && text.slice(a.end, m.start) === ' and ' && (m.type === 'ORG' || m.type === 'LAW') &&
        m.text.includes(' ') && AND_NAME_HEADS.has(last) && !known(gazetteer, m.text) && !/^\p{Lu}{2,}$/u.test(a.text) &&
        gazetteer.lookup(gazetteerKey(a.text))?.type !== 'ORG' && a.type !== 'PERSON' &&
        // The first is no complete body's or law's name itself: "United Bank and Standard Trust" are two.
        !HEAD_TYPES.has(a.text.slice(a.text.lastIndexOf(' ') + 1).toLowerCase()) && !(a.text.includes(' ') && counts.get(a.text)! > 1)) {
      let start = a.start;
      out.pop();
      const before = out[out.length - 1];
      if (before && before.sentenceIndex === m.sentenceIndex && text.slice(before.end, start) === ' ' && before.type !== 'PERSON') {
        start = before.start;
        out.pop();
      }
      out.push({ ...m, start, text: text.slice(start, m.end), title: null, source: 'tagger-and' });
      continue;
    }
    // The last of a body's list of portfolios, cut off at "and": "Bureau of Alcohol, Tobacco, Firearms" + "Explosives".
    if (a && a.sentenceIndex === m.sentenceIndex && text.slice(a.end, m.start) === ' and ' && a.type === 'ORG' && / of \p{Lu}[^,]*, \p{Lu}/u.test(a.text) &&
        /^\p{Lu}\p{Ll}+$/u.test(m.text) && m.type !== 'PERSON' && !known(gazetteer, m.text)) {
      out.pop();
      out.push({ ...a, end: m.end, text: text.slice(a.start, m.end), title: null, source: 'tagger-and' });
      continue;
    }
    // A law's first words the tagger left out: "the Computer Fraud and Abuse Act".
    const words = m.type === 'LAW' && m.text.includes(' ') && AND_NAME_HEADS.has(last) ? LAW_WORDS_BEFORE_AND.exec(text.slice(Math.max(a?.end ?? 0, m.start - 60), m.start)) : null;
    if (words) {
      // ("The" opening a sentence is no part of the name.)
      const start = m.start - words[0].length + (/^(?:The|A|An) /.exec(words[1])?.[0].length ?? 0);
      out.push({ ...m, start, text: text.slice(start, m.end), title: null, source: 'tagger-and' });
      continue;
    }
    out.push(m);
  }
  return out;
}
const LAW_WORDS_BEFORE_AND = /((?:\p{Lu}\p{Ll}+ ){0,3}\p{Lu}\p{Ll}+) and $/u;

const COUNTED_AFTER = /^ (?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|points?|per|percent|times|people|million|billion)(?!\p{L})/u;
/** Up to two words or numbers after a name: what a curated name may go on with ("BBC Radio| 4", "France| 24", "BBC Radio| 5 Live"). */
const CURATED_TAIL = /^ (\d{1,3}|\p{Lu}\p{L}*)(?: (\d{1,3}|\p{Lu}\p{L}*))?/u;
/** A bracketed word or a particle and a word after a name: what a curated name may go on with ("Janata Dal| (United)", "Nippon Ishin| no Kai"). */
const CURATED_MORE = /^ (?:\(\p{Lu}\p{L}*\)|(?:no|de|da|do|del|la) \p{Lu}\p{L}*)/u;

/**
 * A name the curated list holds with a number or a word more ("BBC Radio 4", "France 24", "BBC Radio 5 Live"), which
 * the tagger cuts at the number, or with words in front that a comma inside it cut off ("Department for Environment,
 * Food and Rural Affairs"): the mention takes the whole curated name and its type, and what was found inside the
 * added words goes. Built anew, so linear.
 */
function extendToCurated(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  let skipTo = -1;
  for (const m of mentions) {
    if (m.start < skipTo) continue;
    const tail = m.type === 'PERSON' ? null : CURATED_TAIL.exec(text.slice(m.end, m.end + 40));
    let extended: Mention | null = null;
    if (tail && /\d/.test(tail[0])) {
      for (const words of tail[2] ? [2, 1] : [1]) {
        const piece = words === 2 ? tail[0] : ` ${tail[1]}`;
        const lastWord = words === 2 ? tail[2] : tail[1];
        const entry = gazetteer.lookup(gazetteerKey(m.text + piece));
        if (entry?.source !== 'curated') continue;
        const end = m.end + piece.length;
        // "in France 24 hours later": a number that counts something after it is no part of a name, nor is a score or a range ("beat France 24-18").
        if (/^\d+$/.test(lastWord) && (COUNTED_AFTER.test(text.slice(end, end + 12)) || /^[-–:.,/]\d/.test(text.slice(end, end + 2)))) break;
        extended = { ...m, end, text: text.slice(m.start, end), type: entry.type, source: 'tagger-curated' };
        break;
      }
    }
    // "Janata Dal (United)", "Nippon Ishin no Kai": a curated name's bracketed word or particle and word the tagger left out.
    const more = extended || m.type === 'PERSON' ? null : CURATED_MORE.exec(text.slice(m.end, m.end + 30));
    const curated = more ? gazetteer.lookup(gazetteerKey(m.text + more[0])) : undefined;
    if (more && curated?.source === 'curated') {
      const end = m.end + more[0].length;
      extended = { ...m, end, text: text.slice(m.start, end), type: curated.type, source: 'tagger-curated' };
    }
    if (!extended && m.type !== 'PERSON') extended = curatedHead(text, m, gazetteer);
    if (extended) {
      skipTo = extended.end;
      // What was found inside the words taken in front goes.
      while (out.length && out[out.length - 1].end > extended.start) out.pop();
      out.push(extended);
    } else out.push(m);
  }
  return out;
}

/** Words a curated name may have in front of what the tagger found: capitalised words and connectors, a comma after one. */
const HEAD_WORD = /^(?:\p{Lu}[\p{L}.'’&-]*|of|for|and|the|&),?$/u;
/** Words looked at in front of a name. */
const MAX_HEAD_WORDS = 5;

/**
 * "Department for | Environment, Food and Rural Affairs": a curated name of which the tagger found only the end,
 * when a comma inside it cut the name: the mention of the whole name, or null. Looks back over at most
 * MAX_HEAD_WORDS words of the same line.
 */
function curatedHead(text: string, m: Mention, gazetteer: Gazetteer): Mention | null {
  if (!text.slice(m.start, m.end).includes(',') && !/,\s*$/.test(text.slice(Math.max(0, m.start - 60), m.start))) return null;
  let best: Mention | null = null;
  let at = m.start;
  for (let n = 0; n < MAX_HEAD_WORDS; n++) {
    // The word ending just before `at` (one space between).
    if (text[at - 1] !== ' ') break;
    let from = at - 1;
    while (from > 0 && text[from - 1] !== ' ' && text[from - 1] !== '\n') from--;
    const word = text.slice(from, at - 1);
    if (!HEAD_WORD.test(word)) break;
    at = from;
    if (!/^\p{Lu}/u.test(word)) continue;
    const entry = gazetteer.lookup(gazetteerKey(text.slice(at, m.end)));
    if (entry?.source === 'curated') best = { ...m, start: at, text: text.slice(at, m.end), type: entry.type, source: 'tagger-curated' };
  }
  return best;
}

/** A first name, a nickname in quotation marks and a surname: `Roberto "Hands of Stone" `, `Joaquín “El Chapo” `. */
const NICKNAME_BEFORE = /(?:^|[^\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*) ["“‘]\s?(\p{Lu}[^"“”‘’\n]{0,30}?)\s?["”’] $/u;

/**
 * `Roberto "Hands of Stone" Duran`, `Joaquín “El Chapo” Guzmán`: a first name, a nickname in quotation marks and a
 * person's surname are one PERSON name (as CoNLL-2003 annotates them), whatever was found inside. The first
 * name must be a name the tagger found or a known first name. Built anew, so a text of many such names stays linear.
 */
function joinNicknames(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    const from = Math.max(0, m.start - 48);
    const hit = m.type === 'PERSON' ? NICKNAME_BEFORE.exec(text.slice(from, m.start)) : null;
    if (hit) {
      const first = hit[1];
      const start = m.start - hit[0].length + hit[0].indexOf(first);
      const firstEnd = start + first.length;
      // Only the mentions inside the 48 characters before m can stand at or after `start`: walk back over them.
      let k = out.length - 1;
      while (k >= 0 && out[k].start > start) k--;
      const tagged = k >= 0 && out[k].start === start && out[k].end === firstEnd && out[k].sentenceIndex === m.sentenceIndex;
      if (tagged || gazetteer.genderOfFirstName(first) !== null || gazetteer.lookup(first)?.type === 'PERSON') {
        while (out.length && out[out.length - 1].start >= start) out.pop();
        out.push({ ...m, start, text: text.slice(start, m.end), title: m.title, source: 'tagger-nickname' });
        continue;
      }
    }
    out.push(m);
  }
  return out;
}

/**
 * An acronym in brackets: "(PTI)", "(SABS)", "(MHCLG)"; also with the lower-case letter of a linking word between
 * capitals, as British and German acronyms write "for" and "für" ("(TfL)", "(TfGM)", "(AfD)").
 */
const BRACKETED_ACRONYM = /\(\s*(\p{Lu}(?:\p{Lu}|\p{Ll}(?=\p{Lu})){1,6})\s*\)/gu;
/** Lower-case words a name may run through: skipped where the acronym has no letter for them. */
const SPELLED_LINKS = /^(?:of|and|for|the|de|del|e|y|la|le|&|on|in|to)$/;
/** Types a name spelled out before its acronym keeps; any other (a place, a person) gives way to ORG. */
const SPELLED_TYPES: ReadonlySet<string> = new Set(['ORG', 'LAW', 'EVENT', 'MISC', 'NORP']);

/**
 * A name spelled out before its acronym in brackets is one name, whatever the tagger cut it into: "Pakistan
 * Tehreek-e-Insaf (PTI)" had been the place Pakistan, "Springfield Arson and Bomb Squad (SABS)" two organisations.
 * The words whose capitals spell the acronym, back from the bracket (small words such as "of", "and", "e" are
 * skipped; a comma may stand between), become one name, of the type the tagger gave its last part when that is a
 * body, law, event or group, else an organisation. Names in capitals ("NEW YORK (AP)") and people are left alone.
 */
function spelledBeforeBrackets(doc: ArticleDoc, mentions: Mention[]): Mention[] {
  const { text } = doc;
  let out = mentions;
  for (const match of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = match[1];
    let end = match.index!;
    while (end > 0 && text[end - 1] === ' ') end--;
    // A possessive is no part of the name: "the Disasters Emergency Committee's (DEC) appeal", "Incomes Data Services' (IDS)".
    const possessive = /['’]s?$/.exec(text.slice(Math.max(0, end - 2), end));
    if (possessive) end -= possessive[0].length;
    // "The Centers for Disease Control and Prevention (CDC)": a "The" the tagger took into the name, which the letters
    // do not spell, is no part of it.
    const named = out.findIndex((m) => m.end === end && m.type !== 'PERSON' && /^the\s/i.test(m.text) && acronym[0] !== 'T');
    if (named >= 0) {
      const m = out[named];
      const from = m.start + /^the\s+/i.exec(m.text)![0].length;
      out = out.map((o, i) => (i === named ? { ...o, start: from, text: text.slice(from, o.end) } : o));
    }
    // Back over the words before the bracket, matching the acronym's letters from its end.
    let k = acronym.length;
    let start = end;
    let pos = end;
    let words = 0;
    while (k > 0 && pos > 0 && end - pos < 160) {
      let wEnd = pos;
      while (wEnd > 0 && /[ ,]/.test(text[wEnd - 1])) wEnd--;
      let wStart = wEnd;
      while (wStart > 0 && /[\p{L}\p{M}'’&]/u.test(text[wStart - 1])) wStart--;
      if (wStart === wEnd) break;
      const word = text.slice(wStart, wEnd);
      if (/^\p{Lu}/u.test(word)) {
        if (word[0] !== acronym[k - 1] || word === word.toUpperCase()) break;
        k--;
        words++;
        start = wStart;
      } else if (!SPELLED_LINKS.test(word)) break;
      // The acronym's lower-case letter is the linking word's: "f" of "for" in "Transport for Wales (TfW)".
      else if (/\p{Ll}/u.test(acronym[k - 1])) {
        if (word[0] !== acronym[k - 1]) break;
        k--;
      }
      // A hyphen joins parts of one word ("Tehreek-e-Insaf"): each capitalised part spells a letter.
      pos = text[wStart - 1] === '-' ? wStart - 1 : wStart;
      if (text[wStart - 1] !== '-' && /[.;:!?()]/.test(text[wStart - 1] ?? '')) break;
    }
    if (k > 0 || words < 2 || start >= end) continue;
    const inside = out.filter((m) => m.start < end && m.end > start);
    if (inside.some((m) => m.start < start || m.end > end || m.type === 'PERSON')) continue;
    if (inside.length === 1 && inside[0].start === start && inside[0].end === end) continue;
    const last = inside.at(-1);
    const type = last && SPELLED_TYPES.has(last.type) ? last.type : 'ORG';
    const sentenceIndex = last?.sentenceIndex ?? doc.sentences.findIndex((x) => x.start <= start && end <= x.end);
    if (sentenceIndex < 0) continue;
    out = replaced(out, inside, { start, end, text: text.slice(start, end), type, sentenceIndex, title: null, canonicalName: null, entityId: null, source: 'tagger-acronym' });
  }
  return out;
}

/**
 * "Joint Comprehensive Plan of Action (JCPOA)": a one-word name in capitals in brackets takes the long name's type;
 * but an organisation the curated list knows ("(CDU)", "(SPD)") keeps its type and gives it to the long name, which
 * the tagger may have read as a group of people ("the Christian Democrats (CDU)" had been MISC, and so the CDU).
 */
function bracketShortNames(text: string, mentions: Mention[], gazetteer: Gazetteer): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const long = mentions[i];
    const short = mentions[i + 1];
    if (long.type === 'PERSON' || !/^\p{Lu}[\p{Lu}\d.&-]+$/u.test(short.text)) continue;
    const curated = gazetteer.lookup(gazetteerKey(short.text));
    const curatedOrg = curated?.source === 'curated' && curated.type === 'ORG' && (long.type === 'MISC' || long.type === 'NORP' || long.type === 'ORG');
    if (!curatedOrg && short.type === long.type) continue;
    if (curatedOrg && short.type === 'ORG' && long.type === 'ORG') continue;
    // A name in capitals introduces no acronym: "NEW YORK (AP)" is a dateline and its agency; nor does a country
    // after it ("DUBAI, United Arab Emirates (AP)").
    if (long.text === long.text.toUpperCase() || isDatelineAgency(text, short.start, short.end)) continue;
    if (!/^\s*\(\s*$/u.test(text.slice(long.end, short.start)) || !/^\s*\)/u.test(text.slice(short.end, short.end + 3))) continue;
    if (long.text.split(/\s+/).length < 2) continue;
    // A law's number after the brackets makes them its issuer's: "Commission Regulation (EC) No 1663/96",
    // "Regulation (EU) 2016/679".
    if (/^\s*\)\s*(?:No\.?\s*)?\d/u.test(text.slice(short.end, short.end + 12))) continue;
    if (curatedOrg) {
      long.type = 'ORG';
      long.source = 'tagger-bracket';
    }
    short.type = long.type;
    short.source = 'tagger-bracket';
  }
}

/** Names and values never overlap: a value wins, unless a name contains it whole and is longer. */
function resolveOverlaps(names: Mention[], values: Mention[]): Mention[] {
  const out: Mention[] = [];
  const dropped = new Set<Mention>();
  let v = 0;
  for (const n of names) {
    while (v < values.length && values[v].end <= n.start) v++;
    let keep = true;
    const inside: Mention[] = [];
    for (let k = v; k < values.length && values[k].start < n.end; k++) {
      const val = values[k];
      if (n.start <= val.start && val.end <= n.end && n.end - n.start > val.end - val.start) inside.push(val);
      else keep = false;
    }
    if (!keep) continue;
    out.push(n);
    for (const val of inside) dropped.add(val);
  }
  for (const val of values) if (!dropped.has(val)) out.push(val);
  return out.sort((a, b) => a.start - b.start);
}
