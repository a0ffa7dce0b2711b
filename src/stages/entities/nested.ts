/**
 * Nested names: recognisable names written inside a longer name, which the flat mentions cannot hold.
 * "Chicago" in "University of Chicago", "Canada" in "Fan Expo Canada", "US" in "US National Park Service",
 * "Google" in "Google Science Fair" when the article names Google on its own.
 *
 * Inside each organisation, event, law, other (MISC) or place name of two words or more (a place only
 * when it is no known place itself, or a city holding its own country's name: "Mexico" in "Mexico City", but
 * nothing in "New Mexico" or in Nigeria's "Benin City"),
 * the longest run of words, from left to right, that is:
 * 1. written elsewhere in the article as a person, organisation or place of its own, exactly, with a type
 *    other than the longer name's, and not its last words: "Google" (ORG) in "Google Science Fair"
 *    (MISC), "Jimi Hendrix" in "Jimi Hendrix Experience". A part of the same type ("Lockheed" of
 *    "Lockheed Martin", "BBC" of "BBC News") or an ending ("Chrome" of "Google Chrome", "Cruise" of a
 *    "Tom Cruise" typed ORG) is too often the longer name's own short form;
 * 2. a country (by its English name, a curated name such as "Britain", or an acronym: "UK") or a curated
 *    place (a region, a state, a sea): a place ("Canada", "Texas"). Foreign spellings that are English
 *    words are not ("Island", Iceland's own name, in "Island Records");
 * 3. a city of the gazetteer right after "of" or "at", or right after a place so found, the place a name
 *    is named after ("University of Sheffield", "University of Texas Arlington"), or first in the name of
 *    a venue ("Volgograd Arena", "Manchester Airport"); elsewhere a city's name is too often a word or a
 *    person's ("Metro Bank", "Union Station", "Lincoln Center"), and rule 1 must vouch for it ("Toronto"
 *    in "Metro Toronto Convention Centre" when the article names Toronto);
 * 4. a place's well-known acronym ("LA", "L.A.", "NSW");
 * 5. inside an event, law or other name, a curated organisation, not at its end: the maker or holder of
 *    the thing named ("Google" in "Google Chrome", "UN" in "UN Climate Change Conference"; not "Labour"
 *    in "New Labour").
 * A place written as one word with a participle ("London-based", MISC as CoNLL types it) holds that place.
 * The words before "of" that start a longer name are its head, not a name ("Gulf" in "Gulf of Venezuela").
 * A one-word name the article also writes in lower case is a word there, not a name ("Iodine" when the
 * article speaks of iodine). Peoples (NORP: "Iranian" in "Iranian Revolution") are not taken out: a
 * name's adjective is no mention of its own. Only one level: a name inside a nested name points to the
 * top-level mention too. Linear in the words of the names, with at most gazetteer.maxTokens lookups per word.
 */
import type { ArticleDoc, EntityType, Mention, NestedMention, Token } from '../../model/doc.ts';
import { knownAlias } from '../normalise/aliases.ts';
import { countryName, placeCode } from '../normalise/codes.ts';
import { foldName } from '../normalise/keys.ts';
import { curatedEntries } from './curated.ts';
import { gazetteerKey, type Gazetteer, type GazetteerEntry } from './gazetteer.ts';
import { lowerCaseWords } from './tokens.ts';

const PARENT_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'EVENT', 'LAW', 'MISC', 'LOC']);
const NESTED_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'LOC']);
/** Words after which a city's name is the place a name is named after. */
const PLACE_SLOT = new Set(['of', 'at']);
const ACRONYM = /^(?:\p{Lu}\.?){2,4}$/u;
/** Last words of a venue, which takes its city's name first ("Volgograd Arena", "Manchester Airport"). */
const VENUE_HEADS = new Set(['arena', 'stadium', 'airport']);
/** Names of things an organisation makes or holds, which may start with its name ("Google Chrome"). */
const OUTER_TYPES_OF_ORGS: ReadonlySet<EntityType> = new Set(['EVENT', 'LAW', 'MISC']);
const CAPITALISED = /^\p{Lu}/u;
/** A place and a participle written as one word: "London-based", "Texas-born", "Paris-headquartered". */
const PLACE_ADJECTIVE = /^(\p{Lu}[\p{L}.'’ ]*?)[-‐](?:based|born|bred|headquartered|registered|listed|made|built|raised)$/u;

let curatedPlaces: Set<string> | null = null;

/** True for a curated country or place name ("Britain", "America", "Texas"). */
function isCuratedPlace(name: string): boolean {
  curatedPlaces ??= new Set(curatedEntries().filter((e) => e.type === 'COUNTRY' || e.type === 'LOC').map((e) => gazetteerKey(e.name)));
  return curatedPlaces.has(name);
}

/** Rule 2: a country or curated place, named the way English writes it. */
function isKnownPlace(name: string, entry: GazetteerEntry): boolean {
  if (entry.source === 'curated') return true;
  if (entry.source !== 'country') return false;
  return name.includes(' ') || ACRONYM.test(name) || isCuratedPlace(name) || foldName(countryName(entry.id ?? '') ?? '') === foldName(name);
}

interface Scan {
  text: string;
  /** The words of the longer name. */
  words: Token[];
  parentType: EntityType;
  /** Names the article writes on their own, by exact text (rule 1). */
  named: ReadonlyMap<string, EntityType>;
  /** Words the article writes in lower case. */
  lowerWords: ReadonlySet<string>;
  gazetteer: Gazetteer;
}

/**
 * The nested names of `mentions` (the top-level mentions of `doc`, sorted by start), in text order,
 * each with its `parent`; canonical names and ids are left to the normalise stage. Reads doc.tokens.
 */
export function findNested(doc: ArticleDoc, mentions: readonly Mention[], gazetteer: Gazetteer): NestedMention[] {
  const { text, tokens } = doc;
  const named = new Map<string, EntityType>();
  for (const m of mentions) {
    if (!NESTED_TYPES.has(m.type) || m.source === 'role' || m.source === 'context-team') continue;
    const key = gazetteerKey(m.text);
    if (!named.has(key)) named.set(key, m.type);
  }
  let lowerWords: ReadonlySet<string> | null = null;
  const out: NestedMention[] = [];
  let t = 0;
  for (const parent of mentions) {
    // (A team named by its city, "Kansas City (9-3)", holds no place of its own: Kansas City is in Missouri.)
    if (!PARENT_TYPES.has(parent.type) || parent.source === 'role' || parent.source === 'context-team') continue;
    // "London-based", "Cupertino-headquartered": one MISC word (as CoNLL has it) holding the place.
    const place = parent.type === 'MISC' ? PLACE_ADJECTIVE.exec(parent.text) : null;
    if (place && gazetteer.lookup(gazetteerKey(place[1]))?.type === 'LOC') {
      out.push({
        start: parent.start, end: parent.start + place[1].length, text: place[1], type: 'LOC', sentenceIndex: parent.sentenceIndex,
        title: null, canonicalName: null, entityId: null, source: 'nested', parent,
      });
      continue;
    }
    while (t < tokens.length && tokens[t].start < parent.start) t++;
    let end = t;
    while (end < tokens.length && tokens[end].end <= parent.end) end++;
    if (end - t < 2) continue;
    // A known place's name holds no other place, but a city's may hold its country's ("Mexico City").
    const whole = parent.type === 'LOC' ? gazetteer.lookup(gazetteerKey(parent.text)) : undefined;
    if (whole?.type === 'LOC' && whole.source !== 'city') continue;
    lowerWords ??= lowerCaseWords(text, tokens);
    const scan: Scan = { text, words: tokens.slice(t, end), parentType: parent.type, named, lowerWords, gazetteer };
    // A city is the place a name is named after right after "of" or "at", and right after such a place.
    let slotEnd = -2;
    for (let i = 0; i < scan.words.length; ) {
      const w = scan.words[i];
      const slot = slotEnd === i - 1 || (i > 0 && PLACE_SLOT.has(text.slice(scan.words[i - 1].start, scan.words[i - 1].end)));
      const found = CAPITALISED.test(text[w.start]) ? longestName(scan, i, slot) : null;
      if (!found) {
        i++;
        continue;
      }
      const [last, type] = found;
      const stop = scan.words[last].end;
      // A city's name holds its own country's ("Mexico" in "Mexico City"), not another's (Benin City is in Nigeria).
      if (whole?.source === 'city' && !sameCountry(parent.text, text.slice(w.start, stop))) {
        i = last + 1;
        continue;
      }
      out.push({
        start: w.start, end: stop, text: text.slice(w.start, stop), type, sentenceIndex: parent.sentenceIndex, title: null,
        canonicalName: null, entityId: null, source: 'nested', parent,
      });
      if (type === 'LOC' && slot) slotEnd = last;
      i = last + 1;
    }
  }
  return out;
}

/** True if `inner` names the country the city `city` lies in. */
function sameCountry(city: string, inner: string): boolean {
  const cityCountry = placeCode('LOC', city)?.countryCode;
  const place = placeCode('LOC', inner);
  return cityCountry !== undefined && cityCountry !== null && place?.kind === 'country' && place.code === cityCountry;
}

function isVenue(scan: Scan): boolean {
  const last = scan.words[scan.words.length - 1];
  return VENUE_HEADS.has(scan.text.slice(last.start, last.end).toLowerCase());
}

/**
 * The last word and type of the longest nested name starting at words[i] (never the whole longer name),
 * or null. `slot`: a city may be taken (see the module comment, rule 3).
 */
function longestName(scan: Scan, i: number, slot: boolean): [number, EntityType] | null {
  const { text, words, gazetteer } = scan;
  for (let j = Math.min(words.length - 1, i + gazetteer.maxTokens - 1); j >= i; j--) {
    if (i === 0 && j === words.length - 1) continue;
    if (words[j].kind === 'punct') continue;
    // The words before "of" that start a name are its head ("Gulf of Venezuela", "Bank of England").
    if (i === 0 && text.slice(words[j + 1].start, words[j + 1].end) === 'of') continue;
    const key = gazetteerKey(text.slice(words[i].start, words[j].end));
    if (i === j && !ACRONYM.test(key) && scan.lowerWords.has(key.toLowerCase())) continue;
    const type = scan.named.get(key);
    if (type && type !== scan.parentType && j < words.length - 1) return [j, type];
    const entry = gazetteer.lookup(key);
    if (entry?.type === 'LOC' && (isKnownPlace(key, entry) || (entry.source === 'city' && (slot || (i === 0 && isVenue(scan)))))) return [j, 'LOC'];
    if (entry?.type === 'ORG' && entry.source === 'curated' && OUTER_TYPES_OF_ORGS.has(scan.parentType) && j < words.length - 1) return [j, 'ORG'];
    if (i === j && ACRONYM.test(key) && knownAlias('LOC', key)) return [j, 'LOC'];
  }
  return null;
}
