/**
 * normalise: one entity, one id. Gives every named mention a canonical name and an entity id that is
 * the same in every article and every run, gives places and peoples their codes, and gives values
 * (dates, money, percentages, quantities) a machine-readable value.
 *
 * An id is decided inside one article (articles are processed apart, in worker threads), from the
 * canonical name alone: `type_` + 16 hex chars of sha256(type + folded canonical name) (keys.ts). So the
 * canonical name must already be the same wherever the entity appears:
 * - inside the article, short forms take the full name written there (link.ts): a surname or first name
 *   the full name of the person it belongs to, an acronym its expansion, a part of an organisation's
 *   name the whole name; a short form shared by two people named in full takes the nearest of them;
 * - then well-known short forms take their full name whatever the article (aliases.ts: "IAEA", "Nato"),
 *   and a country its common English name whatever it was called ("U.S.", "America" → United States);
 * - a nested name (inside a longer name) takes the entity of the same name written on its own in the
 *   article, else its own corpus-wide name.
 */
import { createHash } from 'node:crypto';
import type { ArticleDoc, EntityType, Mention, NestedMention } from '../../model/doc.ts';
import type { Stage } from '../stage.ts';
import { tidy } from './tidy.ts';
import { foldName, idKey } from './keys.ts';
import { knownAlias } from './aliases.ts';
import { cityIn, countryName, namesakeIn, placeCode, usCityIn } from './codes.ts';
import { linkInArticle } from './link.ts';
import { ownInstitutions } from './institutions.ts';
import { normaliseDate, normaliseTime, type DateContext } from './dates.ts';
import { tenseAt } from './tense.ts';
import { currencyWordOf, defaultLocalCurrency, localDollar, nationalCurrency, normaliseAmount, outletDollar, writtenLocalCurrency } from './amounts.ts';
import { readDateline } from '../load/dateline.ts';
import { CALENDAR_WORDS } from '../entities/lexicon.ts';
import { US_STATES } from '../entities/us-states.ts';

export const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC']);

/** Stable entity id: type plus 16 hex chars of sha256(type + folded canonical name); see keys.ts for the folding. */
export function entityId(type: EntityType, canonicalName: string): string {
  const key = `${type}\n${idKey(type, canonicalName)}`;
  let id = idCache.get(key);
  if (id === undefined) {
    id = `${type.toLowerCase()}_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    // A memo of recent names: hashing is a visible share of this stage; the cap keeps memory bounded.
    if (idCache.size >= 100_000) idCache.clear();
    idCache.set(key, id);
  }
  return id;
}

const idCache = new Map<string, string>();

const ALL_CAPS = /^(?=.*\p{Lu}{2})[\p{Lu}\P{L}]+$/u;
const PLACE_PARTICLES = new Set(['de', 'da', 'do', 'das', 'dos', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'los', 'las', 'el', 'of', 'the', 'on', 'upon', 'am', 'im', 'an', 'der', 'y', 'en', 'sur']);

/** "NEW YORK" → "New York", "RIO DE JANEIRO" → "Rio de Janeiro", "STOKE-ON-TRENT" → "Stoke-on-Trent". */
function titleCasePlace(name: string): string {
  let first = true;
  return name.toLowerCase().replace(/\p{L}+/gu, (w) => {
    const out = !first && PLACE_PARTICLES.has(w) ? w : w[0].toUpperCase() + w.slice(1);
    first = false;
    return out;
  });
}

/** "DONALD TRUMP" → "Donald Trump", "MARY MCALEESE" → "Mary McAleese", "CONOR O'BRIEN" → "Conor O'Brien". */
function titleCasePerson(name: string): string {
  return name.toLowerCase().replace(/\p{L}+/gu, (w) => w[0].toUpperCase() + w.slice(1)).replace(/\bMc(\p{Ll})/gu, (_, c: string) => `Mc${c.toUpperCase()}`);
}

/**
 * The article's names in the case of running text: a name written in capitals (a lead-in in small capitals, "WHEN
 * DONALD TRUMP raised tariffs …", or a headline) takes the spelling the article gives it elsewhere, else, for a
 * person named in two words or more, each word's capital alone; so an upper-case spelling never becomes the canonical
 * name of the article's entity, nor, by winning a tie, of the run's. Other names in capitals ("US TV", "ABN AMRO")
 * are kept: they may be initials.
 */
function inRunningTextCase(named: readonly Mention[], local: Array<string | null>): Array<string | null> {
  if (!local.some((name) => name !== null && ALL_CAPS.test(name))) return local;
  const written = new Map<string, string>();
  local.forEach((name, i) => {
    if (name !== null && !ALL_CAPS.test(name)) {
      const key = `${named[i].type} ${foldName(name)}`;
      if (!written.has(key)) written.set(key, name);
    }
  });
  return local.map((name, i) => {
    if (name === null || !ALL_CAPS.test(name)) return name;
    const other = written.get(`${named[i].type} ${foldName(name)}`);
    if (other) return other;
    return named[i].type === 'PERSON' && /\p{L}{2,}.*\s.*\p{L}{2,}/u.test(name) ? titleCasePerson(name) : name;
  });
}

/** A people's or a group's plural made with "s" alone: "Houthis", "Muslims", "Hindus"; not "Swiss", "Tories". */
const PLURAL_GROUP = /^\p{Lu}[\p{L}'’-]*(?<!ie)(?<![\Ws])s$/u;

/** The corpus-wide canonical form of a name already resolved inside its article. */
export function globalName(type: EntityType, name: string): string {
  const known = knownAlias(type, name);
  if (known) return known;
  // "Va.", "Tenn.": a US state as datelines abbreviate it, with its full stop (not "VA", "PA" or "LA").
  if (type === 'LOC' && STATES[name]) return STATES[name];
  if (type === 'LOC') {
    const place = placeCode(type, name);
    if (place?.kind === 'country' && place.code) return countryName(place.code) ?? name;
    // A place from a dateline or a headline in capitals ("LONDON") is named as in running text.
    if (place && ALL_CAPS.test(name)) return titleCasePlace(name);
  } else if (type === 'NORP' && /s$/i.test(name)) {
    // "Iranians" is the people of "Iranian": one entity.
    const plural = placeCode(type, name);
    const singular = name.slice(0, -1);
    if (plural?.countryCode && placeCode(type, singular)?.countryCode === plural.countryCode) return singular;
    // So are a group and its members that no country lists, "Houthis" and "Houthi" ("Houthi rebels"), "Muslims" and
    // "Muslim" (not "Swiss", a plural in "-ies", nor a place's name: "Philippines").
    if (!plural && PLURAL_GROUP.test(name) && !placeCode('LOC', name)) return singular;
  }
  return name;
}

/**
 * Fills canonicalName and entityId on every named mention (a bare title, "Mr" cut off from its name, is
 * left without; PERSON may be given to a one-word mention the tagger typed otherwise that is the surname
 * of a person named in full in the article), code and countryCode on places and peoples, and
 * normalized / amount / currency / unit on values.
 */
export function normaliseDoc(doc: ArticleDoc): ArticleDoc {
  // Relative dates count from the day the source printed (meta.localDay, when its zone put it on another UTC day).
  const published = doc.meta.localDay ? `${doc.meta.localDay}T12:00:00.000Z` : doc.meta.publishedAt;
  const named: Mention[] = [];
  const times: Mention[] = [];
  const moneys: Mention[] = [];
  let lastDate: Mention | null = null;
  // The last date of its sentence written with its year or given one by yearFromBefore.
  let anchor: Mention | null = null;
  for (const m of doc.mentions) {
    clearValues(m);
    if (NAMED_TYPES.has(m.type)) {
      named.push(m);
      continue;
    }
    // Times after the dates: a date in the same sentence decides a zone's daylight saving (timeDay). Money after
    // the places: the article's country decides "pesos" (articleCountry).
    if (m.type === 'TIME' || m.type === 'MONEY') {
      (m.type === 'TIME' ? times : moneys).push(m);
      continue;
    }
    const context = m.type === 'DATE' ? dateContext(doc, m) : undefined;
    normaliseValue(m, published, context);
    if (m.type !== 'DATE') continue;
    // A named day is no plain weekday: "Black Friday", "Good Friday", "Super Tuesday", "Bloody Sunday".
    if (NAMED_DAY_BEFORE.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) && /^\p{Lu}\p{Ll}+day$/u.test(m.text)) m.normalized = null;
    // A day that recurs is no one date: "every Monday", "each Friday", "on Mondays".
    if (RECURRING_DAY.test(m.text) && /\b(?:every|each)\s+(?:other\s+)?$/i.test(doc.text.slice(Math.max(0, m.start - 12), m.start))) m.normalized = null;
    // Opening hours are no dates: "7 a.m. to 3 p.m. Tuesday through Sunday", "Monday-Friday", "will add Sunday hours"; nor
    // is "on a Tuesday".
    if (WEEKDAY_ONLY.test(m.text) && scheduleDay(doc.text, m)) m.normalized = null;
    // "expanded by 1.7% in 2004, … in the last three months of the year": the year written before it in its sentence.
    if (/ months of the year$/i.test(m.text) && anchor?.sentenceIndex === m.sentenceIndex && /\d{4}/.test(anchor.text) && anchor.normalized) {
      m.normalized = normaliseDate(m.text.replace(/the year$/i, anchor.normalized.slice(0, 4)), published, context);
    }
    if (lastDate) sameAsBefore(doc.text, lastDate, m);
    if (lastDate) dayAfterFullDate(lastDate, m);
    if (lastDate) endAfterStart(doc.text, lastDate, m);
    if (lastDate) yearFromAfter(doc.text, lastDate, m);
    // (A date its clause's tense placed is an anchor for the dates after it that have no tense of their own: "will play
    // 27 dates, including … on March 12, the United Center in Chicago on March 28, and … on April 10 and 11".)
    const placed = context?.tense != null && MONTH_WORD.test(m.text) && !RELATIVE_WORD.test(m.text);
    if (anchor && anchor.sentenceIndex === m.sentenceIndex && (/\d{4}/.test(anchor.text) || opensSentence(doc, anchor) || context?.tense == null) &&
        yearFromBefore(doc.text, anchor, m)) anchor = m;
    else if (/\d{4}/.test(m.text) || opensSentence(doc, m) || placed) anchor = m;
    lastDate = m;
  }
  rangesOfQuantities(doc.text, doc.mentions);
  if (times.length) {
    const days = fullDatesBySentence(doc.mentions);
    for (const m of times) m.normalized = normaliseTime(m.text, timeDay(days.get(m.sentenceIndex), m) ?? published?.slice(0, 10) ?? null);
  }
  const local = inRunningTextCase(named, linkInArticle(doc.text, named, doc.paragraphs[0]?.isHeading ? doc.paragraphs[0].end : 0));
  named.forEach((m, i) => {
    // A role mention ("Iran's president") comes with the role's name preset by the quotes stage: kept.
    const preset = m.source === 'role' && m.canonicalName ? tidy(m.canonicalName) : null;
    if (!preset && local[i] === null) {
      m.canonicalName = null;
      m.entityId = null;
      return;
    }
    setCanonical(m, preset ?? globalName(m.type, local[i]!));
  });
  postalStates(doc.text, named);
  placeCitiesInRegions(doc.text, named);
  georgiaTheState(named);
  theKingdom(doc.text, named);
  // (After the places' codes, which name a body's owner.)
  const dateline = datelineCountry(doc, named);
  ownInstitutions(doc.text, named, dateline, setCanonical);
  // (Naming counties in a US story leaves its country as it was.)
  const country = articleCountry(doc, named, dateline);
  placesOfTheArticle(doc.text, named, country, dateline);
  const usArticle = country === 'US';
  if (usArticle) namesOfCounties(doc.text, named);
  if (moneys.length) {
    // (Or its outlet's: "$300" in an ABC News Australia article is AUD.)
    const dollar = localDollar(doc.text, country) ?? outletDollar(doc.meta, doc.text);
    // A currency the article named by its people's adjective ("42,000 Sudanese pounds") is what the word alone means
    // after it ("up from 25,000 pounds").
    const national = new Map<string, string>();
    for (const m of moneys) {
      normaliseValue(m, published, undefined, country, dollar);
      if (m.source === 'money-national') {
        const named = nationalCurrency(doc.text.slice(m.end, m.end + 40));
        m.currency = named?.code ?? null;
        if (named) national.set(named.word, named.code);
      } else {
        const word = currencyWordOf(m.text);
        if (word && national.has(word)) m.currency = national.get(word)!;
      }
    }
    rangesOfMoney(doc.text, moneys);
    // A word several countries use ("pesos"), where no country told it apart, is the one of its currencies the article
    // writes by sign or code elsewhere ("AR$1,490").
    const written = new Set(moneys.filter((m) => m.currency && !currencyWordOf(m.text)).map((m) => m.currency!));
    for (const m of moneys) {
      const word = m.source === 'money-national' ? null : currencyWordOf(m.text);
      if (!word || m.currency !== defaultLocalCurrency(word)) continue;
      m.currency = writtenLocalCurrency(word, written) ?? m.currency;
    }
  }
  doc.nestedMentions = normaliseNested(doc.nestedMentions, named, usArticle ? doc.text : null);
  return doc;
}

/**
 * The start of a range of quantities written bare ("12 to 15 degrees", "1-2 million tonnes"; the entities stage's
 * quantity-range-start rule) takes the unit of its end, and its scale when the end writes one.
 */
function rangesOfQuantities(text: string, mentions: Mention[]): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    if (a.source !== 'quantity-range-start' || b.type !== 'QUANTITY' || a.amount == null || b.amount == null) continue;
    if (!/^\s?(?:[-–]|to)\s?$/.test(text.slice(a.end, b.start))) continue;
    a.unit = b.unit;
    const written = Number(/^[\d.,]+/.exec(b.text)?.[0].replace(/,/g, '') ?? NaN);
    if (Number.isFinite(written) && written !== 0 && b.amount !== written) a.amount *= b.amount / written;
  }
}

/**
 * The two ends of a range of money ("₹382-402", "$5-6 billion", "20-25 cents"; the entities stage's money-range-end and
 * money-range-start rules): the end written bare takes the currency of the other, and an end with no scale word the
 * other's scale ("$5" of "$5-6 billion" is 5 billion dollars).
 */
function rangesOfMoney(text: string, moneys: Mention[]): void {
  for (let i = 0; i + 1 < moneys.length; i++) {
    const [a, b] = [moneys[i], moneys[i + 1]];
    if (b.source !== 'money-range-end' && a.source !== 'money-range-start') continue;
    if (!/^\s?[-–]\s?$/.test(text.slice(a.end, b.start)) || a.amount == null || b.amount == null) continue;
    const [bare, full] = a.source === 'money-range-start' ? [a, b] : [b, a];
    bare.currency = full.currency;
    // The scale one end writes and the other lacks: "$5-6 billion" (a sign's end), "20-25 cents" (hundredths).
    const scale = (m: Mention) => m.amount! / Number(/[\d.,]+/.exec(m.text.replace(/^\D+/, ''))?.[0].replace(/,/g, '') ?? NaN);
    const [sa, sb] = [scale(a), scale(b)];
    if (Number.isFinite(sa) && Number.isFinite(sb) && sa === 1 && sb !== 1) a.amount = a.amount * sb;
  }
}

/** What joins the names of a list: ", ", " and ", ", and ". */
const LIST_JOIN = /^(?:,\s+|,?\s+(?:and|or)\s+)$/u;
/** "County" or "counties" right after a place's name: "Oakland County", "Oakland and Wayne counties". */
const COUNTY_AFTER = /^\s+(?:County|counties)\b/u;

/**
 * In a US story, a place's name before "County" ("in northern Oakland County", where the tagger found "Oakland", or the
 * "Delaware" of "Delaware County Board of Elections") and each name of a list before "counties" ("Oakland, Macomb,
 * Wayne and Livingston counties") is the county: its canonical name is "Oakland County", with no city's code (it had
 * been Oakland, California; Livingston, Scotland; the state of Delaware) and the country US.
 */
function namesOfCounties(text: string, mentions: ReadonlyArray<Mention | NestedMention>): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.type !== 'LOC' || !m.canonicalName || /\bCount(?:y|ies)\b/u.test(m.canonicalName)) continue;
    let k = i;
    let plural = false;
    // The list runs on to the name that "counties" follows.
    for (; ; k++) {
      const after = text.slice(mentions[k].end, mentions[k].end + 10);
      if (COUNTY_AFTER.test(after)) {
        plural = /^\s+counties/u.test(after);
        break;
      }
      const next = mentions[k + 1];
      if (!next || next.type !== 'LOC' || !LIST_JOIN.test(text.slice(mentions[k].end, next.start))) {
        k = -1;
        break;
      }
    }
    if (k < 0 || (k > i && !plural)) continue;
    for (let j = i; j <= k; j++) makeCounty(mentions[j]);
    i = k;
  }
}

/** `m` named as the county of its name ("Oakland" → "Oakland County", a US place with no city's code). */
function makeCounty(m: Mention | NestedMention): void {
  if (!m.canonicalName) return;
  // (A nested name that took the list's county: "Oakland" of "Oakland County Prosecutor's Office".)
  if (/\bCounty$/u.test(m.canonicalName)) {
    m.countryCode ??= 'US';
    return;
  }
  m.canonicalName = `${m.canonicalName} County`;
  m.entityId = entityId('LOC', m.canonicalName);
  m.code = placeCode('LOC', m.canonicalName)?.code ?? null;
  m.countryCode = 'US';
}

/**
 * US states as AP style abbreviates them after a city ("NASHVILLE, Tenn."), with the full stop that tells them apart
 * ("Ga." is the state, apart from the country: "Georgia (US state)").
 */
const STATES: Record<string, string> = Object.fromEntries(US_STATES.filter((s) => s.ap).map((s) => [s.ap!, s.canonical]));

/** USPS codes of the US states by their canonical names (the GeoNames division of a US city). */
const USPS: ReadonlyMap<string, string> = new Map(US_STATES.map((s) => [s.canonical, s.usps]));

/** US states by their USPS codes ("MI" → Michigan). */
const STATE_OF_USPS: ReadonlyMap<string, string> = new Map([...USPS].map(([state, code]) => [code, state]));

/**
 * A state's postal code after a town and a comma, before a ZIP code or a dateline's dash ("Munhall, PA 15120",
 * "NAPERVILLE, IL —"), is the state: canonical "Pennsylvania", country US (it had been an entity "PA" of its own).
 */
function postalStates(text: string, named: readonly Mention[]): void {
  for (let i = 1; i < named.length; i++) {
    const m = named[i];
    const state = m.type === 'LOC' ? STATE_OF_USPS.get(m.text) : undefined;
    if (!state || named[i - 1].type !== 'LOC' || !/^,\s*$/.test(text.slice(named[i - 1].end, m.start)) ||
        !/^(?:\s+\d{5}\b|\s+[—–-]\s)/u.test(text.slice(m.end, m.end + 8))) continue;
    setCanonical(m, state);
    m.countryCode = 'US';
  }
}

/** The text before a mention without the mention's title at its end (", Dr. " before "Kaplan" → ", "). */
function titleLess(before: string, m: Mention): string {
  return m.title && before.endsWith(`${m.title} `) ? before.slice(0, -m.title.length - 1) : before;
}

/** What may follow a city's region when the region ends its phrase: a stop, a bracket, a dash, the end. */
const REGION_ENDS = /^(?:[.,;:)!?]|\s*\(|\s+[—–-]|\s*$)/u;

/**
 * A city written with its state or country after a comma ("ALEXANDRIA, Va.", "Glastonbury, Somerset") lies there:
 * a city the list names first elsewhere takes the namesake in that country (Alexandria, Virginia, not Egypt's),
 * or, with none listed, that country and no city id. A US city followed by its state takes the namesake in that
 * state ("Lakewood, Ohio", not the larger Lakewood in Colorado), or no city id when the list has none there; so does a
 * city named like another state ("DELAWARE, Ohio", Delaware the city in Ohio).
 */
function placeCitiesInRegions(text: string, named: readonly Mention[]): void {
  for (let i = 0; i + 1 < named.length; i++) {
    const city = named[i];
    const region = named[i + 1];
    // (An abbreviation whose full stop is the sentence's: "in Alexandria, Va.", where the mention is "Va".)
    const abbreviated = text[region.end] === '.' ? STATES[`${region.text}.`] : undefined;
    if (abbreviated && !region.countryCode) region.countryCode = 'US';
    // (After a place and a comma the abbreviation is the state whatever else the word names: "Lexington, Mass." is
    // Massachusetts, not a Mass.)
    if (abbreviated && region.type === 'LOC' && city.type === 'LOC' && region.canonicalName !== abbreviated && /^,\s*$/.test(text.slice(city.end, region.start))) {
      setCanonical(region, abbreviated);
      region.countryCode = 'US';
    }
    const state = region.countryCode === 'US' ? USPS.get(abbreviated ?? region.canonicalName ?? '') : undefined;
    // A city named like another state, with its state after it, is that city ("DELAWARE, Ohio", not the state).
    if (state && city.type === 'LOC' && !city.code && city.countryCode === 'US' && USPS.has(city.canonicalName ?? '') &&
        /^,\s*$/.test(text.slice(city.end, region.start)) && REGION_ENDS.test(text.slice(region.end, region.end + 4)) &&
        // (Not a list of states: "Michigan, Ohio, and Indiana", "in Wisconsin, Michigan, Ohio".)
        !/^,\s*(?:and\s+|or\s+)?\p{Lu}/u.test(text.slice(region.end, region.end + 8)) && !/(?:,|\band|\bor)\s*$/u.test(text.slice(Math.max(0, city.start - 6), city.start))) {
      const there = usCityIn(city.canonicalName!, state);
      if (there) city.code = there.code;
      continue;
    }
    if (city.type !== 'LOC' || region.type !== 'LOC' || !city.code || !region.countryCode || (city.countryCode === region.countryCode && !state)) continue;

    // (Or a country's name, of a US town with its state after it: "Palestine, Texas".)
    const kind = placeCode('LOC', city.canonicalName!)?.kind;
    if (!/^,\s*$/.test(text.slice(city.end, region.start)) || (kind !== 'city' && !(kind === 'country' && state))) continue;
    // A list of places ("Geneva, Cologne and Frankfurt", "Toronto, South Korea and Madrid") is no city and its
    // region, nor is a region that opens the next clause ("in Paris, Ireland face …"): the region ends its phrase.
    // (A list of something else may follow: "Danica Coto in San Juan, Puerto Rico, and Andrea Rodríguez in Havana".)
    if (placeCode('LOC', region.canonicalName!)?.kind === 'city') continue;
    const after = text.slice(region.end, region.end + 24);
    const next = named[i + 2];
    const listed = /^(?:,\s*(?:and\s+|or\s+)?\p{Lu}|\s+(?:and|or)\s)/u.test(after) &&
      !(next && next.type !== 'LOC' && /^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u.test(titleLess(text.slice(region.end, next.start), next)));
    if (listed || !REGION_ENDS.test(after)) continue;
    const there = state ? usCityIn(city.canonicalName!, state) : cityIn(city.canonicalName!, region.countryCode);
    if (kind === 'country') {
      // The town, named apart from the country: "Palestine, Texas".
      if (!there) continue;
      city.canonicalName = `${city.canonicalName}, ${region.canonicalName}`;
      city.entityId = entityId('LOC', city.canonicalName);
    }
    city.code = there?.code ?? null;
    city.countryCode = region.countryCode;
  }
}

/**
 * Nested names ("Texas" in "University of Texas") take the entity of a top-level mention written the
 * same way in the article, with its type as linking left it ("Cruise" → the PERSON Tom Cruise), else
 * their own name made corpus-wide (globalName: "US" → United States). Returned without those that name
 * their parent's own entity or name ("Supreme Court" in "Supreme Court of Cassation", when the article
 * uses it as the short form), and without places of a country inside its name ("Korea" in "Korea
 * Republic", South Korea). With `usText`, the text of a US story, a place before "County" is the county.
 */
function normaliseNested(nested: NestedMention[], named: readonly Mention[], usText: string | null): NestedMention[] {
  if (!nested.length) return nested;
  const byText = new Map<string, Mention>();
  for (const m of named) {
    // (Nor a team named by its city: the city in "Kansas City Chiefs" is the place the article names too.)
    if (!m.entityId || m.source === 'role' || m.source === 'context-team') continue;
    const key = tidy(m.text);
    if (!byText.has(key)) byText.set(key, m);
  }
  return nested.filter((n) => {
    clearValues(n);
    const same = byText.get(tidy(n.text));
    if (same) {
      n.type = same.type;
      setCanonical(n, same.canonicalName!);
    } else {
      setCanonical(n, globalName(n.type, tidy(n.text)));
    }
    // In a US story, "Delaware" of "Delaware County Board of Elections" is the county (namesOfCounties).
    if (usText !== null && n.type === 'LOC' && /^\s+County\b/u.test(usText.slice(n.end, n.end + 8))) makeCounty(n);
    const parent = n.parent;
    if (n.entityId === parent.entityId || (parent.canonicalName && foldName(parent.canonicalName) === foldName(n.canonicalName!))) return false;
    // A place inside a country's name that lies in that country is a part of its name ("Korea" in "Korea Republic").
    return !(parent.type === 'LOC' && parent.code && n.countryCode === parent.code);
  });
}

function clearValues(m: Mention): void {
  m.code = null;
  m.countryCode = null;
  m.normalized = null;
  m.amount = null;
  m.currency = null;
  m.unit = null;
}

/** Sets a named mention's canonical name, its entity id and, for places and peoples, their codes. */
function setCanonical(m: Mention, canonical: string): void {
  m.canonicalName = canonical;
  m.entityId = entityId(m.type, canonical);
  const place = placeCode(m.type, canonical);
  if (place) {
    m.code = place.code;
    m.countryCode = place.countryCode;
  }
}


/** Words that make the weekday after them a day of its own name. */
const NAMED_DAY_BEFORE = /\b(?:Black|Cyber|Good|Super|Ash|Maundy|Easter|Palm|Bloody|Holy|Shrove|Giving) $/;

const CONTEXT_CHARS = 300;
/**
 * A reporting verb right before a date: the date is the saying's ("said on Sunday", "told reporters Tuesday", "told
 * Reuters on Tuesday", "said in a statement on Friday").
 */
const REPORTED_ON = /\b(?:said|says|told|announced|added|reported|stated|confirmed)\s+(?:(?:\p{Ll}+|\p{Lu}[\p{L}.]*|the\s+\p{Lu}[\p{L}.]*|in\s+an?\s+(?:statement|interview))\s+)?(?:on\s+)?$/u;

/** The tense of a date's clause, and whether a quarter or half in its sentence is a part of a year. */
function dateContext(doc: ArticleDoc, m: Mention): DateContext {
  const whole = doc.sentences[m.sentenceIndex] ?? { start: 0, end: doc.text.length };
  // The sentence around the date, at most CONTEXT_CHARS either side (a text with no stops is one long sentence).
  const s = { start: Math.max(whole.start, m.start - CONTEXT_CHARS), end: Math.min(whole.end, m.end + CONTEXT_CHARS) };
  const sentence = doc.text.slice(s.start, s.end);
  // A company's fiscal quarter is no calendar quarter.
  const fiscal = /\bfiscal[ -]$/i.test(doc.text.slice(Math.max(0, m.start - 7), m.start));
  // The last week the sentence names before the date ("Next week …, with U.S. markets closed on Thursday").
  // Not a saying's own day ("… in Moscow this week, the ministry said on Sunday"), nor "this week", which the tense places.
  const lead = doc.text.slice(s.start, m.start);
  const named = REPORTED_ON.test(lead) ? undefined : [...lead.matchAll(/\b(next|last) week\b/gi)].at(-1)?.[1].toLowerCase();
  const week = named === 'next' ? 1 : named === 'last' ? -1 : null;
  return {
    tense: tenseAt(doc.text, s.start, s.end, m.start, m.end), calendar: !fiscal && CALENDAR_WORDS.test(sentence), week,
    // "fiscal 2027", "fiscal year 2026": a year after "fiscal" is the company's.
    fiscal: /\bfiscal (?:year )?$/i.test(doc.text.slice(Math.max(0, m.start - 12), m.start)) && /^\d{4}$/.test(m.text),
  };
}

/**
 * "will open in Dublin on 4 June 2027 before playing Cardiff on 8 June and Glasgow on 12 June": a day or month
 * without its year after a date with one in the same sentence is in that year, or the next when it comes earlier in
 * the year. True when `to` took its year so.
 */
const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])/i;
const RELATIVE_WORD = /\b(?:last|next|this|ago|earlier|later|previous|coming|past)\b/i;

/** A reporting verb right before a date: "reported on Nov. 26", "said Nov. 26", "told reporters on 3 May". */
const SAYING_ON = /\b(?:said|says|reported|reports|announced|announces|stated|wrote|added|confirmed|told\s+\p{L}+)\s+(?:on\s+)?$/iu;

/** A day or month, or days of one month ("2026-04-10/2026-04-11"), as normalised. */
const DAYS_OR_MONTH = /^(\d{4})-\d{2}(?:-\d{2})?(?:\/\1-\d{2}-\d{2})?$/;

function yearFromBefore(text: string, from: Mention, to: Mention): boolean {
  const a = from.normalized;
  const b = to.normalized;
  // (A year alone only where it opens the sentence: "Last year, floods … killed 240 people in late September".)
  const yearOnly = a && /^\d{4}$/.test(a) && !/\d{4}/.test(from.text);
  if (!a || !b || !(yearOnly || /^\d{4}-\d{2}(?:-\d{2})?$/.test(a)) || !DAYS_OR_MONTH.test(b) || /\d{4}/.test(to.text)) return false;
  // A date inside a clause set off by commas ("Circle, which went public in June 2025, reported revenue on Nov. 12")
  // gives no year to the main clause's.
  if (/,\s*(?:which|who|whose|where|when)\b[^,]*$/i.test(text.slice(Math.max(0, from.start - 160), from.start)) && text.slice(from.end, to.start).includes(',')) return false;
  // A saying's own date after a comma is no date of the list before it: "… since the full-scale invasion on Feb. 24,
  // 2022, the General Staff reported on Nov. 26" (the report is the story's day, told by its verb's tense).
  if (SAYING_ON.test(text.slice(Math.max(0, to.start - 40), to.start)) && text.slice(from.end, to.start).includes(',')) return false;
  // Only a day or month named by its month ("8 June", "July"): not a weekday, nor one placed from the publication
  // date ("last December", "next month").
  if (!MONTH_WORD.test(to.text) || RELATIVE_WORD.test(to.text)) return false;
  // (A year written alone in the sentence's course is no anchor: "Sales rose in 2025, and it expects growth in March" is
  // next March.)
  // A change told end first ("fell to 14.82% in October from 15.21% in September", "fell to 640 a week in October,
  // from 2,150 a week in March"): the date after "from" is the start, in the same year or the one before.
  const backwards = /\bto\b[^,;]*$/.test(text.slice(Math.max(0, from.start - 40), from.start)) && /^,?(?:[^,;]|,(?=\d))*\bfrom\b/.test(text.slice(from.end, to.start));
  // (Only a month before the anchor's turns the year: a day earlier in the same month is no date eleven months on,
  // "pay the dividend on Dec. 26 to shareholders of record on Dec. 4".)
  const year = backwards
    ? Number(a.slice(0, 4)) - (b.slice(5, 7) > a.slice(5, 7) ? 1 : 0)
    : Number(a.slice(0, 4)) + (b.slice(5, 7) < a.slice(5, 7) ? 1 : 0);
  // (A range of days of one month moves whole: "2026-04-10/2026-04-11".)
  to.normalized = b.replace(/(^|\/)\d{4}/g, `$1${year}`);
  return true;
}

/**
 * "the General Staff reported on Nov. 26. … Zelensky said the same day": "the same day" or "the same month" is the day
 * or month of the date just before it (in its sentence or the two before), not one of its own; not "the same month
 * last year", which counts back from it.
 */
function sameAsBefore(text: string, from: Mention, to: Mention): void {
  const same = /^(?:the )?same (day|month)$/i.exec(to.text);
  if (!same || to.normalized || !from.normalized || to.sentenceIndex - from.sentenceIndex > 2) return;
  if (/^,?\s+(?:last|next|a|the previous|the following)\s+year/i.test(text.slice(to.end, to.end + 24))) return;
  const at = same[1].toLowerCase() === 'day' ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}(?:-\d{2})?$/;
  if (at.test(from.normalized)) to.normalized = from.normalized.slice(0, same[1].toLowerCase() === 'day' ? 10 : 7);
}

/**
 * A year said once at the head of its sentence, before a comma: "Last year, …", "In 2025, …", "Next year, …" (its
 * months and days without a year are in it: yearFromBefore).
 */
function opensSentence(doc: ArticleDoc, m: Mention): boolean {
  const sentence = doc.sentences[m.sentenceIndex];
  if (!sentence || !m.normalized || !/^\d{4}$/.test(m.normalized)) return false;
  return /^\s*(?:(?:In|By|During|Earlier|Later)\s+)?$/.test(doc.text.slice(sentence.start, m.start)) && /^,/.test(doc.text.slice(m.end, m.end + 1));
}

/**
 * A month or day without its year before one with it, joined as a pair or a range ("in August and September 2025",
 * "from November to March 2027"): in that year, or the year before when it comes later in the year.
 */
function yearFromAfter(text: string, from: Mention, to: Mention): void {
  const a = from.normalized;
  const b = to.normalized;
  if (!a || !b || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(a) || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(b) || /\d{4}/.test(from.text) || !/\d{4}/.test(to.text)) return;
  if (!MONTH_WORD.test(from.text) || RELATIVE_WORD.test(from.text)) return;
  if (!/^\s*(?:and|or|to|until|till|through|[-–])\s*$/i.test(text.slice(from.end, to.start))) return;
  const year = Number(b.slice(0, 4)) - (a.slice(4) > b.slice(4, 4 + a.length - 4) ? 1 : 0);
  from.normalized = `${year}${a.slice(4)}`;
}

/** Sentences after a full date within which the next date, of the same month, continues its timeline. */
const TIMELINE_SENTENCES = 3;

/**
 * A story's timeline told on: a day written without its year a few sentences after a full date of the same month, with
 * no date between ("… moved to a cell on Sept. 9, 2024, … Mitchell was found unresponsive on the morning of Sept. 12"),
 * is in that date's year, when it comes on or after it.
 */
function dayAfterFullDate(from: Mention, to: Mention): void {
  const a = from.normalized;
  const b = to.normalized;
  if (!a || !b || to.sentenceIndex <= from.sentenceIndex || to.sentenceIndex > from.sentenceIndex + TIMELINE_SENTENCES || !/\d{4}/.test(from.text) || /\d{4}/.test(to.text)) return;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(a) || !/^\d{4}-\d{2}-\d{2}$/.test(b) || RELATIVE_WORD.test(to.text) || !MONTH_WORD.test(to.text)) return;
  if (a.slice(5, 7) === b.slice(5, 7) && b.slice(8) >= a.slice(8)) to.normalized = `${a.slice(0, 4)}${b.slice(4)}`;
}

/**
 * The end of a range ("from January to March", "Nov. 15-22" excepted: one mention) written without its year comes
 * after its start: a month or day before the start's takes the next year ("from November to March").
 */
function endAfterStart(text: string, from: Mention, to: Mention): void {
  const a = from.normalized;
  const b = to.normalized;
  if (!a || !b || a.length !== b.length || !/^\d{4}-\d{2}(?:-\d{2})?$/.test(a) || b >= a) return;
  if (/\d{4}/.test(to.text) || !/^\s*(?:to|until|till|through|and|[-–])\s*$/i.test(text.slice(from.end, to.start))) return;
  const year = Number(a.slice(0, 4)) + (b.slice(4) < a.slice(4) ? 1 : 0);
  to.normalized = `${year}${b.slice(4)}`;
}

/** The DATE mentions valued as one full day ("2026-12-10"), by sentence. */
function fullDatesBySentence(mentions: readonly Mention[]): Map<number, Mention[]> {
  const out = new Map<number, Mention[]>();
  for (const m of mentions) {
    if (m.type !== 'DATE' || !m.normalized || !/^\d{4}-\d{2}-\d{2}$/.test(m.normalized)) continue;
    const list = out.get(m.sentenceIndex);
    if (list) list.push(m);
    else out.set(m.sentenceIndex, [m]);
  }
  return out;
}

/**
 * The day a time of day is on, to tell summer from winter time ("2 p.m. ET"): the nearest full date of its sentence
 * ("on Dec. 10 at 2 p.m. ET"), else null (the caller then takes the publication day: news times are mostly of the
 * days around it).
 */
function timeDay(dates: readonly Mention[] | undefined, time: Mention): string | null {
  let best: Mention | null = null;
  for (const m of dates ?? []) if (!best || Math.abs(m.start - time.start) < Math.abs(best.start - time.start)) best = m;
  return best?.normalized ?? null;
}

/** The canonical name of the US state, apart from the country's. */
const GEORGIA_STATE = 'Georgia (US state)';

/**
 * "Georgia" in an article whose other places lie in the United States more than anywhere else is the US state, not
 * the country (Atlanta, Gwinnett County, "Georgia's secretary of state"), unless the article names something of the
 * country (a Georgian, Tbilisi).
 */
function georgiaTheState(named: readonly Mention[]): void {
  let georgia = false;
  let us = 0;
  let elsewhere = 0;
  for (const m of named) {
    if (m.countryCode === 'GE' && (m.code !== 'GE' || m.type !== 'LOC')) return;
    if (m.type !== 'LOC' || !m.countryCode) continue;
    if (m.code === 'GE') georgia = true;
    else if (m.countryCode === 'US') us++;
    else elsewhere++;
  }
  if (!georgia || us === 0 || us <= elsewhere) return;
  for (const m of named) {
    if (m.type !== 'LOC' || m.code !== 'GE') continue;
    m.canonicalName = GEORGIA_STATE;
    m.entityId = entityId('LOC', GEORGIA_STATE);
    m.code = null;
    m.countryCode = 'US';
  }
}

/**
 * The country an article reports from: that of the place in its dateline ("CEBU, Philippines — "), else that of its
 * headline's places when they lie in one country, else the one its places lie in most often, when one leads; null when neither tells. Read from the places as normalised (countryCode); `fromDateline` is datelineCountry's answer.
 */
function articleCountry(doc: ArticleDoc, named: readonly Mention[], fromDateline: string | null): string | null {
  if (fromDateline) return fromDateline;
  const places = named.filter((m) => m.type === 'LOC' && m.countryCode);
  // The headline's places, when they lie in one country: the story's own ("Nepal floods live: …", though the article
  // then names more places downstream in India).
  const title = doc.paragraphs[0]?.isHeading ? doc.paragraphs[0] : null;
  const inTitle = new Set(places.filter((m) => title && m.start >= title.start && m.end <= title.end).map((m) => m.countryCode!));
  if (inTitle.size === 1) return [...inTitle][0];
  const counts = new Map<string, number>();
  for (const m of places) counts.set(m.countryCode!, (counts.get(m.countryCode!) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : null;
}

/** A region's word right after a place's name: "Bryansk Oblast Governor", "Aurora province", "the Kharkiv region". */
const REGION_AFTER = /^\s+(Oblast|Province|Governorate|Prefecture|Region|oblast|province|governorate|prefecture|parish|region)\b/u;
/** Names of places and peoples of its country an article needs besides its dateline to be firmly about it. */
const FIRM_COUNTRY_NAMES = 2;

/**
 * Cities read against the country the article is about (`country`, articleCountry), for names the GeoNames list gives
 * to the largest place of the name:
 * - a city's name before a region's word is the region, not the city: no city id ("Aurora province"); with the word
 *   in capitals, as a name of the region, it is that name ("Bryansk" of "Bryansk Oblast Governor" is Bryansk Oblast);
 * - a city in a country the article names nowhere else takes its namesake in the article's country, when that is a
 *   city of some size and the article firmly about that country (its dateline's, or two names of its places or people
 *   besides): "floods in Valencia" in a story on Spain is Spain's Valencia, not Venezuela's (codes.ts namesakeIn; a
 *   capital has none: "Athens" stays Greece's in a story on American athletes).
 * A place in a country the article names elsewhere is left alone ("Moscow" beside "Russia"), and so is a city with no
 * namesake in the article's country: a small town abroad is often written without its country ("Cannes").
 */
function placesOfTheArticle(text: string, named: readonly Mention[], country: string | null, dateline: string | null): void {
  const countriesOf = new Map<string, Set<string>>();
  for (const m of named) {
    if ((m.type !== 'LOC' && m.type !== 'NORP') || !m.countryCode || !m.canonicalName) continue;
    (countriesOf.get(m.countryCode) ?? countriesOf.set(m.countryCode, new Set()).get(m.countryCode)!).add(m.canonicalName);
  }
  /** Whether the article names a place or people of `cc` other than the name `name`. */
  const namedElsewhere = (cc: string, name: string) => [...(countriesOf.get(cc) ?? [])].some((n) => n !== name);
  const firmly = country !== null && (country === dateline || (countriesOf.get(country)?.size ?? 0) >= FIRM_COUNTRY_NAMES);
  named.forEach((m, i) => {
    if (m.type !== 'LOC' || !m.canonicalName || !m.code || !m.countryCode || m.source === 'role') return;
    const place = placeCode('LOC', m.canonicalName);
    if (place?.kind !== 'city' || place.population === undefined || place.code !== m.code) return;
    const foreign = country !== null && m.countryCode !== country && !namedElsewhere(m.countryCode, m.canonicalName);
    const region = regionWordAfter(text, named, i);
    if (region) {
      if (/^\p{Lu}/u.test(region)) {
        m.canonicalName = `${m.canonicalName} ${region}`;
        m.entityId = entityId('LOC', m.canonicalName);
      }
      m.code = null;
      if (foreign) m.countryCode = country;
      return;
    }
    if (!foreign || !firmly) return;
    const namesake = namesakeIn(m.canonicalName, country!);
    if (namesake) {
      m.code = namesake.code;
      m.countryCode = country;
    }
  });
}

/** The plural of a region's word after the last name of a list: "the Kharkiv and Poltava regions". */
const REGIONS_AFTER = /^\s+(?:oblasts|provinces|governorates|prefectures|parishes|regions)\b/u;

/**
 * The region's word after the place `named[i]` ("Aurora province"), or after the last of a list of places it opens
 * or is in ("the Kharkiv and Poltava regions": "region" for both), else undefined.
 */
function regionWordAfter(text: string, named: readonly Mention[], i: number): string | undefined {
  const own = REGION_AFTER.exec(text.slice(named[i].end, named[i].end + 16))?.[1];
  if (own) return own;
  // (The list's last name: "Khmelnytskyi" of "the Lviv, Ivano-Frankivsk and Khmelnytskyi regions".)
  const before = named[i - 1];
  if (before?.type === 'LOC' && LIST_JOIN.test(text.slice(before.end, named[i].start)) && REGIONS_AFTER.test(text.slice(named[i].end, named[i].end + 16))) return 'region';
  let k = i;
  while (named[k + 1]?.type === 'LOC' && LIST_JOIN.test(text.slice(named[k].end, named[k + 1].start))) k++;
  return k > i && REGIONS_AFTER.test(text.slice(named[k].end, named[k].end + 16)) ? 'region' : undefined;
}

/** Countries whose own name for themselves is "the Kingdom", ISO codes. */
const KINGDOMS = new Set(['SA', 'BH', 'JO', 'MA', 'GB', 'ES', 'NL', 'BE', 'DK', 'NO', 'SE', 'TH', 'KH', 'BT', 'SZ', 'LS', 'TO']);

/**
 * "The Kingdom" with a capital, as the Saudi, Bahraini and Jordanian press write their country, is the one kingdom
 * the article names as a country ("Saudi Arabia"), with its code; with none or two named it is left alone. (In a British
 * article "the Kingdom" is already the United Kingdom, as a part of a longer place's name.)
 */
function theKingdom(text: string, named: readonly Mention[]): void {
  const kingdoms = new Set<string>();
  for (const m of named) if (m.type === 'LOC' && m.code && KINGDOMS.has(m.code) && placeCode('LOC', m.canonicalName!)?.kind === 'country') kingdoms.add(m.code);
  if (kingdoms.size !== 1) return;
  const country = countryName([...kingdoms][0]);
  if (!country) return;
  for (const m of named) {
    if ((m.type === 'LOC' || m.type === 'ORG') && m.canonicalName === 'Kingdom' && m.text === 'Kingdom' && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) {
      m.type = 'LOC';
      setCanonical(m, country);
    }
  }
}

/** The country of the place in the article's dateline ("CEBU, Philippines — ", "DOHA: "), among `places` (LOC mentions with a country), or null. */
function datelineCountry(doc: ArticleDoc, places: readonly Mention[]): string | null {
  const first = doc.paragraphs.find((p) => !p.isHeading);
  const dateline = first ? readDateline(doc.text.slice(first.start, first.start + 160)) : null;
  if (!first || !dateline) return null;
  return places.find((m) => m.type === 'LOC' && m.countryCode && m.start >= first.start && m.end <= first.start + dateline.end)?.countryCode ?? null;
}

/** A weekday or weekend that "every" or "each" makes recur ("every Monday"); not a length ("every six months"). */
/** A weekday alone, and a range of them ("Tuesday through Sunday") before or after one. */
const WEEKDAY_ONLY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;
const DAY_RANGE_BEFORE = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*(?:through|thru|to|[-–])\s*$/;
const DAY_RANGE_AFTER = /^\s*(?:through|thru|to|[-–])\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/** What opening hours put before their days: a clock time ("7 a.m. to 3 p.m."), "open", "hours". */
const HOURS_BEFORE = /(?:\d\s*[ap]\.?m\.?|\bnoon|\bmidnight|\bopen(?:s|ed)?|\bclosed|\bhours)\s*,?\s*(?:from\s+)?$/i;

/**
 * Whether a weekday is a day of a weekly schedule, no date: a range of days after opening hours ("7 a.m. to 3 p.m.
 * Tuesday through Sunday", "open Monday-Friday"), a day's hours ("will add Sunday hours"), a day in general ("on a
 * Tuesday"). "The strike runs from Monday to Friday" stays two dates.
 */
function scheduleDay(text: string, m: Mention): boolean {
  if (/^\s+hours\b/.test(text.slice(m.end, m.end + 8)) || /\bon an?\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start))) return true;
  const before = text.slice(Math.max(0, m.start - 22), m.start);
  const range = DAY_RANGE_BEFORE.exec(before);
  const start = range ? m.start - range[0].length : DAY_RANGE_AFTER.test(text.slice(m.end, m.end + 22)) ? m.start : -1;
  return start >= 0 && HOURS_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

const RECURRING_DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)$/i;

function normaliseValue(m: Mention, publishedAt: string | null, context?: DateContext, country: string | null = null, dollar: string | null = null): void {
  switch (m.type) {
    case 'DATE':
      m.normalized = normaliseDate(m.text, publishedAt, context);
      break;
    case 'MONEY':
    case 'PERCENT':
    case 'QUANTITY': {
      const a = normaliseAmount(m.type, m.text, country, dollar);
      if (a) {
        m.amount = a.amount;
        m.currency = a.currency;
        m.unit = a.unit;
      }
      break;
    }
  }
}

export const normalise: Stage = {
  name: 'normalise',
  requires: ['mentions'],
  assigns: ['entityIds'],
  run: (doc) => normaliseDoc(doc),
};
