/**
 * Types decided by the words around a name, for names the tagger does not know. The tagger learned its types from
 * CoNLL-2003's 1996 newswire; a startup, a village or a storm named in a 2026 story is a word it has never seen, and
 * its guess (a person, a place) spreads through the article. Where the text itself says what the name is, that wins,
 * and the article's other mentions of the same name follow it:
 * - a business: "Harborline, the San Francisco-based startup that …", "Harborline's CEO", "Dunamu CEO Oh Kyung-suk",
 *   "a former product lead at Stripe", "our investors at Benchmark", "Stockholm-based Lovable" (the place's
 *   adjective a MISC word of its own, as CoNLL-2003 has "London-based");
 * - a place: "North Kordofan state", "Oe Htein Kwin village", "Bryansk Oblast", "the villages of Kfar Kila, Mays
 *   al-Jabal and Yaroun", "the city's Saltivskyi and Kyivskyi districts", "reporting from Deir el-Balah", "a former
 *   mayor of Port Amsel"; a US town by the state after its comma ("APPLETON, Wis. (WBAY) -", "Munhall, PA 15120");
 * - a storm: "Omar" after "Hurricane Omar" is the storm (EVENT), not a person, unless a person of that name is named
 *   in full.
 * - a seat: "the MP for Norwich South", "the Member for Hume" (a place; "MP for Folkestone and Hythe" one place);
 * - a people: "she thanked Mainers" (a plural the curated list knows, no person);
 * - a medicine or a spacecraft (MISC): "the shingles vaccine Shingrix", "lecanemab (sold as Leqembi)", "the Wegovy pill",
 *   "Starship, the largest rocket ever built", "the Artemis III and Artemis IV missions";
 * - a ship or a named operation (MISC): "MV Orion Star", "the bulk carrier Eternal Grace", "Operation Aspides"; a place by
 *   the first word of an Arabic or Hebrew place name ("Deir al-Balah", "near Ras Isa"); a broadcaster by the noun after
 *   it ("Al-Sahat satellite news channel"); a river's first word alone ("the Litani" beside "the Litani River");
 * and, for spans: "He Lifeng" is one person (the Chinese surname He before a given name in pinyin), "June Kunugi" is one person (a month that is a first name, after no word that makes it a date), and
 * "102nd Territorial Defence Brigade" keeps its number.
 * Names the gazetteer knows with another type keep it. A few passes over the mentions, each linear.
 */
import type { ArticleDoc, EntityType, Mention } from '../../model/doc.ts';
import { gazetteerKey, type Gazetteer } from './gazetteer.ts';
import { COMMON_WORDS, HEAD_TYPES, STREET_HEADS, TITLE_HEADS, TITLE_MODIFIERS, WEAPON_AFTER } from './lexicon.ts';
import { US_STATES } from './us-states.ts';

/** Nouns that say, in apposition after a name, that it is a business: "Harborline, the … startup that". */
const BUSINESS_NOUNS = 'company|firm|startup|start-up|retailer|insurer|carmaker|automaker|chipmaker|drugmaker|airline|bank|lender|conglomerate|corporation|supermarket|exchange|fund|outlet|newspaper|subsidiary|unicorn|platform';
/** "X, the San Francisco-based startup that": an article, up to five words, the noun, and what ends the phrase. */
const BUSINESS_APPOSITION = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:(?!(?:for|of|at|to|in|on|by|with|and|or|the|a|an)\\s)[\\p{L}\\p{N}$.'’-]+\\s+){0,5}?(?:${BUSINESS_NOUNS})(?=[,.;:)]|\\s+(?:that|which|whose|with|based|founded|backed|behind|of|in|led)\\b)`, 'u');
/** Roles only a business has, after its name's possessive ("Harborline's CTO") or its name ("Dunamu CEO Oh Kyung-suk"). */
const BUSINESS_ROLES = /^(?:CEO|CTO|CFO|COO|chief executive|co-?founders?|cofounders?|founders?|board of directors|shareholders|valuation)(?![\p{L}-])/u;
const POSSESSIVE = /^['’]s\s+/u;
/** Capitalised roles written between a company's name and a person's: "Dunamu CEO Oh Kyung-suk". */
const ROLE_BEFORE_NAME = /^\s+(?:CEO|CTO|CFO|COO|co-?founder|founder)\s+\p{Lu}/u;
/** A body's noun and a comma before a name set off in apposition: "The state meteorological agency, ", "grid operator, ". */
const BODY_NOUN_BEFORE = /(?<![\p{L}-])(?:agency|operator|regulator|utility|broadcaster|watchdog|company|firm|ministry|charity|organi[sz]ation|carrier|airline|lender|insurer|retailer|start-?up|manufacturer|newspaper),\s+$/u;
/** Jobs and ties at a business before "at" ("a former product lead at Stripe", "our investors at Benchmark"), with an
 * "of …" portfolio allowed ("vice president of customer experience at Northwind"). */
const WORKS_AT = /\b(lead|head|investors?|founder|co-?founder|cofounder|vice president|president|officer|engineer|analyst|executive|director|manager|partner|researcher|scientist|employee|staff)(?:\s+(?:of|for)(?:\s+[\p{Ll}-]+){1,3})?\s+at\s+$/u;
/** Last words of a street's or a ground's name, where people work that is no business. */
const VENUE_HEADS: ReadonlySet<string> = new Set([...STREET_HEADS, 'Park', 'Stadium', 'Arena', 'Ground', 'Road', 'Hall']);
/** "Stockholm-based Lovable": a place's adjective in front of what is based there, opening a mention or before one. */
const BASED_PLACE = String.raw`(?:\p{Lu}[\p{L}.'’]*\s+){0,2}\p{Lu}[\p{L}.'’]*-based`;
/**
 * The same with who backs, leads, makes or supplies what the name after it names: "Iran-backed Houthis", "Rwanda-backed
 * M23", "Russian-made Iskander-M", "US-led Coalition" (one name to the tagger). The participle says what that name is
 * where the gazetteer does not: made, built, supplied or designed, a thing (MISC); else a group or a business (ORG).
 */
const PARTICIPLE_PREFIX = /^((?:\p{Lu}[\p{L}.'’]*\s+){0,2}\p{Lu}[\p{L}.'’]*-(based|backed|led|funded|sponsored|supported|allied|aligned|owned|run|controlled|made|built|supplied|designed|produced|manufactured))\s+(?=[\p{Lu}\p{N}])/u;
const THING_PARTICIPLES: ReadonlySet<string> = new Set(['made', 'built', 'supplied', 'designed', 'produced', 'manufactured']);
const BASED_BEFORE = new RegExp(`(?<![\\p{L}.'’])${BASED_PLACE}\\s+$`, 'u');

/** Nouns after a name that say it is a place: "North Kordofan state", "Depayin township", "the Hunter region". */
const PLACE_NOUN_AFTER = /^\s+(village|villages|town|township|townships|district|districts|oblast|oblasts|province|provinces|state|county|counties|valley|region|regions|governorate|prefecture|municipality|river)(?![\p{L}-])(?!\s+(?:media|television|tv|radio|news|broadcaster|agency|company|firm|secretary|department|visit|funeral|dinner|banquet|pension|hall|council|councillors?|court|centre|center|of\b))/u;
/** Last words of a place's own name: "Bryansk Oblast", "Kunar Province". */
const PLACE_HEADS = new Set(['Oblast', 'Province', 'Governorate', 'Prefecture', 'Township', 'Municipality', 'Oblasts']);
/** "the villages of ", "the town of ", "a former mayor of ", "reporting from ": what a place's name follows. */
const PLACE_BEFORE = /(?:\b(?:villages?|towns?|townships?|cities|city|districts?|provinces?|regions?|hamlets?|suburbs?|neighbou?rhoods?|mayors?) of|\breporting from|\b(?:MP|MSP|MLA|MHA|TD|[Mm]ember) for)\s+$/u;
/** A plural place noun before a list of names: "the villages of ". */
const PLURAL_PLACES_BEFORE = /\b(?:villages|towns|townships|cities|districts|provinces|regions|hamlets|suburbs|neighbou?rhoods) of\s+$/u;
/** A member's title before the seat: "the MP for Norwich South", "the Member for Hume". */
const SEAT_BEFORE = /\b(?:MP|MSP|MLA|MHA|TD|[Mm]ember) for\s+$/u;
/** "Member for Hume", "Labour MP for Spen Valley" as one name: [whole, a party before the title, the seat]. */
const MEMBER_FOR = /^(?:(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*) )?(?:MP|MSP|MLA|MHA|TD|Member|member) for (\p{Lu}.*)$/u;
/** Months that are first names too, before a surname: "Its regional director, June Kunugi, said". */
const MONTH_NAMES = new Set(['April', 'May', 'June', 'August']);
/** What puts a month's name in a date: "in June", "since May", "early August". */
const DATE_BEFORE = /(?:\b(?:in|on|of|since|until|till|by|from|last|next|this|early|late|mid|before|after|during|through|to|between|and|or)|\d)\s*$/iu;
/** Last words of a military unit's name, which its number goes before: "102nd Territorial Defence Brigade". */
const UNIT_HEADS = new Set(['Brigade', 'Division', 'Corps', 'Regiment', 'Battalion', 'Army', 'Fleet', 'Squadron', 'Wing', 'Infantry', 'Cavalry', 'Airborne', 'Battery']);
const ORDINAL_BEFORE = /\b\d{1,4}(?:st|nd|rd|th) $/u;
/** A one-word adjective of a region or a people: "Arctic", "Alpine", "Himalayan", "Kurdish". */
const ADJECTIVE = /^\p{Lu}\p{Ll}+(?:ic|ian|ean|an|ish|ese|ine|ern)$/u;
/** What joins the names of a list: ", ", " and ", ", and ". */
const LIST_JOIN = /^(?:,\s+|,?\s+and\s+)$/u;

/** US states after a town's name and a comma, as datelines, addresses and local papers write them: the full name or
 * AP's abbreviation ("Wis.", "N.J."), which end the phrase, or the postal code before a ZIP code or the dateline's
 * dash ("Munhall, PA 15120", "ROYAL OAK, MI —"). */
const US_STATE_AFTER = (() => {
  const escape = (x: string) => x.replace(/\./g, '\\.');
  const names = US_STATES.map((st) => st.name).join('|');
  const ap = US_STATES.filter((st) => st.ap).map((st) => escape(st.ap!.slice(0, -1))).join('|');
  const usps = US_STATES.map((st) => st.usps).join('|');
  return new RegExp(String.raw`^,\s+(?:(?:${names})(?=[,.;:)]|\s+[—–(-]|\s+\d{5}\b|\s*$)|(?:${ap})\.|(?:${usps})(?=\s+\d{5}\b|\s+[—–-]\s))`, 'u');
})();

/** Words before a ship's name: "the bulk carrier Eternal Grace", "the tanker Sounion", "the frigate HMS Chatham". */
const VESSEL_BEFORE = /\b(?:tanker|supertanker|bulk carrier|(?:aircraft|ore|car|gas|LNG|LPG) carrier|vessel|freighter|cargo ship|container ship|containership|warship|frigate|destroyer|cruise ship|trawler|yacht)\s+$/u;
/** The prefixes of a ship's name: "MV Orion Star", "MT Sounion", "USS Carney", "HMS Belfast". */
const VESSEL_PREFIX = /^(?:MV|M\/V|MT|M\/T|USS|HMS|RFA) \p{Lu}/u;
/** First words of Arabic and Hebrew place names ("Deir al-Balah", "Beit Lahiya", "Kfar Aza", "Wadi Rum"), which open
 * no person's name; and those that may ("Ras Isa" but the DJ "Ras Kwame", "Khan Younis" but "Khan"), places only after
 * a word of where. */
const PLACE_PREFIX = /^(?:deir|beit|kfar|kafr|wadi|khirbet|jabal|jebel|majdal|bint)[ -]\S/iu;
const PLACE_PREFIX_AFTER_WHERE = /^(?:ras|ain|umm|tal|tell|khan)[ -]\S/iu;
const WHERE_BEFORE = /\b(?:in|near|at|from|outside|off|into|around|towards?)\s+$/u;
/** Nouns after a broadcaster's name: "the Houthis' Al-Masirah satellite news channel", "the Ikhbariya TV station"
 * (not a station alone: "Kings Cross station"). */
const BROADCASTER_AFTER = /^\s+(?:satellite\s+)?(?:(?:(?:news|television|TV)\s+)?(?:channel|broadcaster)|(?:television|TV|radio)\s+station)(?![\p{L}-])/u;

/** A town's name and a plural, as teams are named: "Denver Nuggets", "Green Bay Packers". */
const TEAM_NAME = /^(.+) \p{Lu}\p{Ll}+s$/u;

/** A team's season record in brackets after its city: " (9-3)", " (10-8-1)". */
const RECORD_AFTER = /^ \(\d{1,2}-\d{1,2}(?:-\d{1,2})?\)/u;

/**
 * Words before a medicine's or a spacecraft's name ("the shingles vaccine Shingrix", "the drug Ozempic", "sold as
 * Leqembi", "which Gilead sells in the U.S. as Yeztugo", "the rocket Vulcan").
 */
const PRODUCT_BEFORE = /(?:\b(?:vaccines?|drugs?|medicines?|medications?|pills?|jabs?|rockets?|spacecraft|spaceships?|capsules?|space probes?|landers?|rovers?|space telescopes?)|\b(?:sold|sells|marketed|markets)(?: (?:it|them))?(?: (?:in|outside) (?:the )?\p{Lu}[\p{L}.]*)? as) +$/u;
/** Nouns after a medicine's or a spacecraft's name: "the Wegovy pill", "an uncrewed Gaganyaan capsule", "the Artemis III missions". */
const PRODUCT_AFTER = /^ +(?:pills?|tablets?|injections?|jabs?|vaccines?|capsules?|rockets?|spacecraft|spaceships?|(missions?))(?![\p{L}-])/u;
/** A road's word ending a name, and the road's number after it: "Highway" + " 150". */
const ROAD_WORD_LAST = /(?:^|\s)(?:Highway|Route|Interstate|Motorway|Freeway)$/u;
const ROAD_NUMBER_AFTER = /^ \d{1,4}[A-Z]?(?![\p{L}\p{N}]|[.,]\d)/u;
/** "fire" after a fire's name, then what a sentence goes on with: "The Ridge fire, which", "the Eaton fire in January". */
const FIRE_AFTER = /^ (?:fire|Fire)(?=[,.;:)]| (?:which|that|in|near|on|has|had|was|is|burned|burns|broke|started|ignited|destroyed|killed|grew|spread|scorched|erupted|forced)(?![\p{L}-]))/u;
/** "the " before a name. */
const THE_BEFORE = /(?<![\p{L}-])[Tt]he $/u;
/** A name in apposition to a medicine or a spacecraft: "SpaceX's Starship, the largest and most powerful rocket ever built,". */
const PRODUCT_APPOSITION = /^,\s+(?:the|a|an)\s+(?:(?!(?:for|of|at|to|in|on|by|with|the|a|an)\s)[\p{L}\p{N}-]+\s+){0,4}?(?:rocket|spacecraft|spaceship|capsule|vaccine|drug|medicine|pill)(?=[,.;:)]|\s+(?:that|which|ever|used|made|developed|approved|built|designed|to|for)\b)/u;
/** A drug's generic name (its INN stem: "-mab", "-tide", "-vir", "-siran") with the brand in brackets after it, or before it. */
const GENERIC_DRUG = String.raw`\p{Ll}{3,}(?:mab|glutide|patide|vir|siran|ersen|tinib|gliflozin|gliptin|statin|sartan|pril|cillin|mycin|prazole|parin|ercept|lisib|parib|ciclib|zomib|plin)`;
const GENERIC_BEFORE = new RegExp(`${GENERIC_DRUG} \\((?:sold as |marketed as |brand name )?$`, 'u');
const GENERIC_AFTER = new RegExp(`^ \\(${GENERIC_DRUG}\\)`, 'u');
/** A name that ends in a number or a Roman numeral: "Artemis III", "Apollo 11", "Chandrayaan-4". */
const NUMBERED = /(?:[ -]\d{1,3}| (?:II|III|IV|V|VI|VII|VIII|IX|X))$/u;

/** Types a mention may be retyped from: the tagger's guesses. */
const GUESSES: ReadonlySet<EntityType> = new Set(['PERSON', 'LOC', 'ORG', 'MISC']);

/**
 * `mentions` (sorted, non-overlapping) with their types set by what the text says around them, and each name so
 * typed given that type wherever else the article writes it. Splits "Stockholm-based Lovable" in two. Sets `source`
 * to 'context' on the mentions it retypes.
 */
export function retypeByContext(doc: ArticleDoc, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const { text } = doc;
  const out = withSurnameHe(doc, withChineseGivenNames(text, joinSeats(text, joinUnitNumbers(text, joinMonthFirstNames(text, splitSeatHolders(text, splitSeatTitles(splitBased(text, compoundHeads(text, splitListedNames(text, mentions, gazetteer), gazetteer), gazetteer), gazetteer), gazetteer))))));
  const decided = new Map<string, EntityType>();
  const decide = (m: Mention, type: EntityType): void => {
    if (!GUESSES.has(m.type) || knownOtherwise(gazetteer, m.text, type)) return;
    // A mention the tagger already typed so is decided too: the article's other mentions of the name follow it
    // ("Tallowby raised …" typed a person, "Tallowby's CEO" a business).
    if (m.type !== type) {
      m.type = type;
      m.source = 'context';
    }
    if (!decided.has(m.text)) decided.set(m.text, type);
  };
  // Towns whose teams the article names ("Denver Nuggets"): the town's name alone may be the team ("put Denver up").
  const teamTowns = new Set<string>();
  for (const m of out) {
    const team = m.type === 'ORG' ? TEAM_NAME.exec(m.text) : null;
    if (team) teamTowns.add(titleCase(team[1]));
  }
  const personWords = new Set<string>();
  // (And the person's name each word is of, or '' for a word of two: "Storm Shadow" the tagger made a person is no
  // other person's.)
  const personOf = new Map<string, string>();
  for (const m of out) {
    if (m.type !== 'PERSON' || !/\s/.test(m.text)) continue;
    for (const w of m.text.split(/\s+/)) {
      personWords.add(w);
      personOf.set(w, personOf.has(w) && personOf.get(w) !== m.text ? '' : m.text);
    }
  }

  for (let i = 0; i < out.length; i++) {
    const m = out[i];
    if (m.source === 'context' && !decided.has(m.text)) decided.set(m.text, m.type);
    if (!GUESSES.has(m.type)) {
      // "Hurricane Omar": the storm's name alone is the storm where no person bears it.
      if (m.type === 'EVENT' && m.source === 'tagger-storm' && !personWords.has(m.text)) decided.set(m.text, 'EVENT');
      continue;
    }
    const after = text.slice(m.end, m.end + 80);
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    // "she thanked Mainers": a people the curated list knows is no person.
    // (A plural with no title, no surname: "Mr Irish" and "Mike German" are people.)
    if (m.type === 'PERSON' && m.title === null && /^\p{Lu}\p{Ll}+s$/u.test(m.text) && !personWords.has(m.text) &&
        gazetteer.lookup(gazetteerKey(m.text))?.type === 'NORP') {
      m.type = 'NORP';
      m.source = 'context';
      continue;
    }
    // "as Kansas City (9-3) won", "for Buffalo (8-4)": a city with a season's record is its team (a country stays a
    // place, as for its national team).
    if (RECORD_AFTER.test(after) && gazetteer.lookup(gazetteerKey(m.text))?.source === 'city') {
      m.type = 'ORG';
      m.source = 'context-team';
      continue;
    }
    // A ship is MISC, as CoNLL-2003 types vehicles ("the bulk carrier Eternal Grace", "MV Orion Star" had been
    // organisations); a named operation the tagger made a person or a place is too ("Operation Aspides, said"; its
    // organisations stay: "Operation Black Vote").
    if ((m.type !== 'MISC' && (VESSEL_PREFIX.test(m.text) || VESSEL_BEFORE.test(before))) ||
        ((m.type === 'PERSON' || m.type === 'LOC') && /^Operation \p{Lu}/u.test(m.text))) {
      decide(m, 'MISC');
      continue;
    }
    // A medicine or a spacecraft is MISC, as CoNLL-2003 types products and vehicles ("the shingles vaccine Shingrix",
    // "lecanemab (sold as Leqembi)", "the Wegovy pill", "Starship, the largest rocket"); not a person named with a title
    // or a word of their name ("the Biden vaccine mandate"), nor a business before the noun ("the Pfizer vaccine",
    // but "the Artemis III missions").
    if (m.type !== 'MISC' && m.title === null && isProduct(m, after, before, gazetteer, personWords)) {
      decide(m, 'MISC');
      // "the Artemis III and Artemis IV missions": a list before a plural noun shares it.
      for (let j = i - 1; j >= 0 && LIST_JOIN.test(text.slice(out[j].end, out[j + 1].start)) && /^\s+\p{Ll}+s(?![\p{L}-])/u.test(after); j--) decide(out[j], 'MISC');
      continue;
    }
    // "near Highway 150", "Route 66", "Interstate 5": a road's number is part of its name (had been the place "Highway").
    const road = ROAD_WORD_LAST.test(m.text) ? ROAD_NUMBER_AFTER.exec(after) : null;
    if (road && !(out[i + 1]?.start < m.end + road[0].length)) {
      m.end += road[0].length;
      m.text = text.slice(m.start, m.end);
      if (m.type !== 'LOC') m.source = 'context';
      m.type = 'LOC';
      continue;
    }
    // "The Ridge fire, which ignited …", "linked to the Eaton fire in January": a named fire is an event, its name with
    // "fire" (had been a place and an organisation); not a country's or a curated name's ("the Ukraine fire"), nor
    // "fire" before a noun of its own ("the London fire brigade").
    const fire = m.title === null && THE_BEFORE.test(before) ? FIRE_AFTER.exec(after) : null;
    const entry = fire ? gazetteer.lookup(gazetteerKey(m.text)) : undefined;
    if (fire && (entry === undefined || entry.source === 'city') && !(out[i + 1]?.start < m.end + fire[0].length)) {
      m.end += fire[0].length;
      m.text = text.slice(m.start, m.end);
      m.type = 'EVENT';
      m.source = 'context';
      continue;
    }
    // A weapon or a military system is MISC, as CoNLL-2003 types products ("four HIMARS launchers", "Patriot
    // interceptors" had been organisations, "Bohdana howitzers" a place); the article's other mentions follow ("deliveries
    // of Patriot"). Not a person named with a title or a word of a person's name; a place or body the gazetteer knows
    // keeps its type ("Hezbollah missiles", `decide`).
    if (m.type !== 'MISC' && m.title === null && WEAPON_AFTER.test(after) && !m.text.split(' ').some((w) => personOf.has(w) && personOf.get(w) !== m.text)) {
      decide(m, 'MISC');
      continue;
    }
    // "Deir al-Balah", "DEIR AL-BALAH, Gaza Strip (AP) —", "near Ras Isa": the first word of a place's name.
    if (m.type !== 'LOC' && m.title === null && (PLACE_PREFIX.test(m.text) || (PLACE_PREFIX_AFTER_WHERE.test(m.text) && WHERE_BEFORE.test(before)))) {
      decide(m, 'LOC');
      continue;
    }
    if (m.type !== 'ORG' && BROADCASTER_AFTER.test(after)) {
      decide(m, 'ORG');
      continue;
    }
    const business = isCompanyName(m) ? 'says' : businessCue(m, after, before, gazetteer);
    // (Where the tagger already made it an organisation, its staff alone do not decide the other mentions: "the staff at
    // Wolong" are a nature reserve's, "inside Wolong".)
    if (business === 'says' || business === 'suggests' && m.type !== 'ORG') decide(m, 'ORG');
    else if (m.type !== 'LOC' && isPlace(m, after, before)) decide(m, 'LOC');
    else if (isUsTown(m, after) && !teamTowns.has(titleCase(m.text))) {
      // (The dateline's capitals name the town the body writes in title case: "ROYAL OAK, MI —".)
      decide(m, 'LOC');
      if (isCapitals(m.text) && decided.get(m.text) === 'LOC') decided.set(titleCase(m.text), 'LOC');
    }
    // "the villages of Kfar Kila, Mays al-Jabal and Yaroun", "the Saltivskyi and Kyivskyi districts": a list shares the
    // cue (a plural one: "the MP for Sedgefield, Tony Blair" names a place and a person).
    if (m.type === 'LOC' && m.source === 'context') {
      const plural = PLURAL_PLACES_BEFORE.test(before);
      for (let j = i + 1; plural && j < out.length && LIST_JOIN.test(text.slice(out[j - 1].end, out[j].start)); j++) decide(out[j], 'LOC');
      for (let j = i - 1; j >= 0 && LIST_JOIN.test(text.slice(out[j].end, out[j + 1].start)) && PLACE_NOUN_AFTER.test(after); j--) decide(out[j], 'LOC');
    }
  }
  headlineFollowsBody(out, gazetteer);
  partsFollowOrganisations(out, gazetteer, personWords);
  partsFollowPlaces(out, gazetteer, personWords);
  if (!decided.size) return out;
  for (const m of out) {
    const type = decided.get(m.text);
    if (type && m.type !== type && GUESSES.has(m.type) && m.source !== 'context-team' && !knownOtherwise(gazetteer, m.text, type)) {
      m.type = type;
      m.source = 'context';
    }
  }
  return out;
}

/**
 * Whether the text around `m` says it is a business (an apposition, a role only a business has, a job at it),
 * suggests it (its staff), or neither (null).
 */
function businessCue(m: Mention, after: string, before: string, gazetteer: Gazetteer): 'says' | 'suggests' | null {
  // A place the gazetteer knows stays one ("Birmingham's chief executive" runs the city council).
  if (m.type === 'LOC' && gazetteer.lookup(gazetteerKey(m.text)) !== undefined) return null;
  if (BUSINESS_APPOSITION.test(after) || ROLE_BEFORE_NAME.test(after) || (m.type !== 'MISC' && BASED_BEFORE.test(before))) return 'says';
  // "The state meteorological agency, Aemet, issued …", "Ukraine's grid operator, Ukrenergo, says": a body's noun and
  // the one-word name set off after it (a person named in full or with a title is the body's spokesman: "the
  // company, John Smith,"), and a surname the name lists know is the person ("a spokesman for the company, Smith,").
  if (BODY_NOUN_BEFORE.test(before) && /^,/.test(after) && !m.text.includes(' ') && m.title === null &&
      !(m.type === 'PERSON' && gazetteer.isPersonName(m.text))) return 'says';
  const possessive = POSSESSIVE.exec(after);
  if (possessive && BUSINESS_ROLES.test(after.slice(possessive[0].length))) return 'says';
  // (Not a ground: "the director of football at White Hart Lane".)
  const job = m.type !== 'MISC' && !VENUE_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1)) ? WORKS_AT.exec(before) : null;
  // A reserve, a school or a hospital has staff too ("the staff at Wolong").
  return job ? (job[1] === 'staff' ? 'suggests' : 'says') : null;
}

/** Last words only a company's name ends in: "Kingdom Holding", "Lightspeed Venture Partners", "Tata Group", "Mehta Equities". */
const COMPANY_LAST_WORDS = new Set(['Holding', 'Holdings', 'Group', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Ltd', 'Ltd.', 'plc', 'PLC', 'LLC', 'GmbH', 'Partners', 'Ventures', 'Labs', 'Technologies', 'Equities', 'Securities']);

/** Whether `m`, of two words or more, ends in a word only a company's name ends in. */
function isCompanyName(m: Mention): boolean {
  const space = m.text.lastIndexOf(' ');
  return space > 0 && m.type !== 'MISC' && COMPANY_LAST_WORDS.has(m.text.slice(space + 1));
}

/** Whether the words around `m` say it is a medicine or a spacecraft (PRODUCT_BEFORE and its neighbours). */
function isProduct(m: Mention, after: string, before: string, gazetteer: Gazetteer, personWords: ReadonlySet<string>): boolean {
  if (PRODUCT_BEFORE.test(before) || GENERIC_BEFORE.test(before) || GENERIC_AFTER.test(after) || PRODUCT_APPOSITION.test(after)) return true;
  const noun = PRODUCT_AFTER.exec(after);
  if (!noun) return false;
  // (A place's or a body's mission is theirs, "the Kabul mission", "the Monusco mission"; a numbered one is a spaceflight.)
  if (m.type === 'ORG' || (noun[1] && m.type === 'LOC')) return NUMBERED.test(m.text);
  return !m.text.split(' ').some((w) => personWords.has(w) || gazetteer.isPersonName(w));
}

/** Whether the text around `m` says it is a place. */
function isPlace(m: Mention, after: string, before: string): boolean {
  // "this tiny Arctic town": an adjective (MISC, as CoNLL-2003 has it) describes the place, it does not name it.
  if (m.type === 'MISC' && ADJECTIVE.test(m.text)) return false;
  // "a Serb-held town", "Kurdish-controlled villages": who holds the place, not its name.
  if (/-(?:held|controlled|run|occupied|led|dominated|ruled)$/u.test(m.text)) return false;
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
  return PLACE_HEADS.has(last) && m.text.includes(' ') || PLACE_NOUN_AFTER.test(after) || PLACE_BEFORE.test(before);
}

/**
 * Whether `m` is a US town by the state written after it ("APPLETON, Wis. (WBAY) -", "Munhall, PA 15120"): not a
 * person named in full ("Sens. Ted Cruz, Texas, and …" name the senator's state).
 */
function isUsTown(m: Mention, after: string): boolean {
  return (m.type !== 'PERSON' || (m.title === null && !m.text.includes(' '))) && US_STATE_AFTER.test(after);
}

/** Whether `s` is written in capitals ("ROYAL OAK"). */
const isCapitals = (s: string): boolean => /\p{Lu}{2}/u.test(s) && !/\p{Ll}/u.test(s);
/** "ROYAL OAK" → "Royal Oak". */
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/** Whether the gazetteer knows `surface` as something other than `type` (a curated organisation stays one). */
function knownOtherwise(gazetteer: Gazetteer, surface: string, type: EntityType): boolean {
  const entry = gazetteer.lookup(gazetteerKey(surface));
  return entry !== undefined && entry.type !== type && !(type === 'LOC' && entry.source === 'city');
}

/** The capitalised words of a name and the small words between them: "Deutsche Boerse", "Bank of America". */
const NAME_WORDS = /^\S+(?:\s+(?:\p{Lu}\S*|of|and|&|de|du|la|le|for)(?=\s|$))*/u;

/** A participle compound's one word: "Nations-backed", "Korean-made". */
const COMPOUND_WORD = /^\p{Lu}[\p{L}.'’]*-\p{Ll}+$/u;
/** The capitalised word before a mention: "United " of "United Nations-backed" (not an article: "The Netherlands-based company"). */
const CAP_WORD_BEFORE = /(?<![\p{L}\p{N}.'’-])(?!(?:The|A|An) $)(\p{Lu}[\p{L}.'’]*) $/u;
/** Adjectives that open a sentence before a place's name and are no part of it: "Neighbouring Iran and Pakistan have offered …". */
const PLACE_ADJECTIVE = /^(?:Neighbouring|Neighboring|Nearby|Landlocked|War-torn|Oil-rich|Quake-hit|Flood-hit) (?=\p{Lu})/u;

/**
 * A compound the tagger cut inside a name ("United Nations-backed" had been MISC "Nations-backed") runs from the
 * name's first word, where the gazetteer knows the name; and an adjective opening a sentence before a name the
 * gazetteer knows is no part of it ("Neighbouring Iran" had been an organisation: the country).
 */
function compoundHeads(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  let previousEnd = 0;
  for (const m of mentions) {
    const from = previousEnd;
    previousEnd = m.end;
    if (!GUESSES.has(m.type)) continue;
    if (COMPOUND_WORD.test(m.text)) {
      const before = CAP_WORD_BEFORE.exec(text.slice(Math.max(from, m.start - 30), m.start));
      const head = m.text.slice(0, m.text.indexOf('-'));
      if (before && gazetteer.lookup(gazetteerKey(`${before[1]} ${head}`)) !== undefined) {
        m.start -= before[0].length;
        m.text = text.slice(m.start, m.end);
        m.source = 'context';
      }
      continue;
    }
    const adjective = PLACE_ADJECTIVE.exec(m.text);
    const entry = adjective ? gazetteer.lookup(gazetteerKey(m.text.slice(adjective[0].length))) : undefined;
    if (adjective && entry) {
      m.start += adjective[0].length;
      m.text = m.text.slice(adjective[0].length);
      m.type = entry.type;
      m.source = 'context';
    }
  }
  return mentions;
}

/** "Stockholm-based Lovable" (one name to the tagger): the place's adjective (MISC) and the name after it. */
function splitBased(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  return mentions.flatMap((m): Mention[] => {
    const based = m.type !== 'NORP' && GUESSES.has(m.type) ? PARTICIPLE_PREFIX.exec(m.text) : null;
    if (!based) return [m];
    const rest = m.start + based[0].length;
    // (Up to a lower-case word the tagger ran on into: "Santa Monica-based Activision is".)
    const end = rest + NAME_WORDS.exec(text.slice(rest, m.end))![0].length;
    const name = text.slice(rest, end);
    const known = gazetteer.lookup(gazetteerKey(name))?.type;
    const type: EntityType = based[2] === 'based' ? 'ORG' : known ?? (THING_PARTICIPLES.has(based[2]) ? 'MISC' : 'ORG');
    return [
      { ...m, end: m.start + based[1].length, text: based[1], type: 'MISC', title: null, source: 'context' },
      { ...m, start: rest, end, text: name, type, title: null, source: 'context' },
    ];
  });
}

/**
 * "Member for Hume", "Labour MP for Spen Valley" (one name to the tagger): the seat after the title is a place, and a
 * party in front keeps the type the gazetteer gives it ("Labour"); the title itself names no one.
 */
function splitSeatTitles(mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  return mentions.flatMap((m): Mention[] => {
    const seat = m.type !== 'PERSON' && GUESSES.has(m.type) ? MEMBER_FOR.exec(m.text) : null;
    if (!seat) return [m];
    const party: Mention[] = seat[1]
      ? [{ ...m, end: m.start + seat[1].length, text: seat[1], type: gazetteer.lookup(gazetteerKey(seat[1]))?.type ?? m.type, source: 'context' }]
      : [];
    return [...party, { ...m, start: m.end - seat[2].length, text: seat[2], type: 'LOC', title: null, source: 'context' }];
  });
}

/** Last words of a seat's name, never a member's surname: "Newcastle upon Tyne Central", "Harrow West". */
const SEAT_ENDS = new Set(['Central', 'North', 'South', 'East', 'West', 'Valley', 'Vale', 'Hills', 'Coast', 'Heath', 'Forest', 'Dales']);

/**
 * "Labor MP for Balmain Kobi Shetty said": the seat and its member with no comma between (one name to the tagger, or a
 * place by its "MP for") are a place and the person: the person is the last two or three words from a known first name
 * that is not the seat's first word and follows no linking word ("Newcastle upon Tyne Central", "MP for Milton Keynes"
 * stay whole), with no compass or landscape word for a surname.
 */
function splitSeatHolders(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  return mentions.flatMap((m): Mention[] => {
    if (!GUESSES.has(m.type) || !SEAT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return [m];
    const words = m.text.split(' ');
    if (words.length < 3 || !words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))) return [m];
    const last = words[words.length - 1];
    if (SEAT_ENDS.has(last)) return [m];
    for (let k = Math.max(1, words.length - 3); k <= words.length - 2; k++) {
      if (gazetteer.genderOfFirstName(words[k]) === null) continue;
      const seat = words.slice(0, k).join(' ');
      const person = words.slice(k).join(' ');
      return [
        { ...m, end: m.start + seat.length, text: seat, type: 'LOC', title: null, source: 'context' },
        { ...m, start: m.end - person.length, text: person, type: 'PERSON', title: null, source: 'context' },
      ];
    }
    return [m];
  });
}

/** "Wellcome Trust and Open Philanthropy": two names of two words or more joined at their "and". */
const TWO_NAMES = /^(\p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}.'’&-]*|&|of|for))*? \p{Lu}[\p{L}.'’&-]*) and (the )?(\p{Lu}[\p{L}.'’&-]*(?: \p{Lu}[\p{L}.'’&-]*)+)$/u;
/** A list's comma before the last pair: "HDFC Bank, Tata Motors, Larsen & Toubro and Reliance Industries". */
const LIST_COMMA = /\S,\s+(?:the\s+)?$/u;

/**
 * One organisation the tagger ran over two: at the end of a list of names ("…, Tata Motors, Larsen & Toubro and
 * Reliance Industries were the biggest gainers", "…, the Wellcome Trust and Open Philanthropy"), or with "and the"
 * before a body's name ("the Department of Science Education and the Robert Wood Johnson Foundation"). Each part has
 * two words or more ("Bosnia and Herzegovina", "Bob Marley and the Wailers" stay whole), and in a list the first has no
 * "of" or "for" phrase a portfolio could run on ("the Department of Health and Social Care").
 */
function splitListedNames(text: string, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  return mentions.flatMap((m, i): Mention[] => {
    const two = m.type === 'ORG' ? TWO_NAMES.exec(m.text) : null;
    if (!two || gazetteer.lookup(gazetteerKey(m.text)) !== undefined) return [m];
    const [, first, the, second] = two;
    // (A list's comma follows a name: "ahead of the storm, the National Disaster Risk Reduction and Management Council"
    // is one body.)
    const previous = mentions[i - 1];
    const listed = !/ (?:of|for) /.test(first) && previous !== undefined && LIST_COMMA.test(text.slice(Math.max(0, m.start - 8), m.start)) &&
      /^,\s+(?:the\s+)?$/u.test(text.slice(previous.end, m.start));
    const body = the !== undefined && HEAD_TYPES.get(second.slice(second.lastIndexOf(' ') + 1).toLowerCase()) === 'ORG';
    if (!listed && !body) return [m];
    const start = m.end - second.length;
    return [
      { ...m, end: m.start + first.length, text: first, title: null, source: 'context' },
      { ...m, start, text: second, title: null, source: 'context' },
    ];
  });
}

/** The mentions, each adjacent pair that `join` makes one replaced by the joined mention. */
function joinAdjacent(mentions: Mention[], join: (m: Mention, next: Mention) => Mention | null): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const joined = i + 1 < mentions.length ? join(mentions[i], mentions[i + 1]) : null;
    out.push(joined ?? mentions[i]);
    if (joined) i++;
  }
  return out;
}

/** "the MP for Folkestone and Hythe,", "the MP for Sutton and Cheam said": a seat named after two towns is one place. */
function joinSeats(text: string, mentions: Mention[]): Mention[] {
  return joinAdjacent(mentions, (m, next) =>
    (m.type === 'LOC' || GUESSES.has(m.type)) && SEAT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
    text.slice(m.end, next.start) === ' and ' && GUESSES.has(next.type) && /^(?:[,.;:)]| \p{Ll}|$)/u.test(text.slice(next.end, next.end + 2))
      ? { ...m, end: next.end, text: text.slice(m.start, next.end), type: 'LOC', source: 'context' }
      : null);
}

/**
 * "Its regional director, June Kunugi, said": a month's name that is a first name, right before a person's name and
 * after no word that makes it a date ("in June Smith said" keeps the date), is the person's first name.
 */
function joinMonthFirstNames(text: string, mentions: Mention[]): Mention[] {
  return joinAdjacent(mentions, (m, next) =>
    next.type === 'PERSON' && m.type === 'DATE' && MONTH_NAMES.has(m.text) && next.start === m.end + 1 && text[m.end] === ' ' &&
    !DATE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))
      ? { ...next, start: m.start, text: text.slice(m.start, next.end), source: 'context' }
      : null);
}

/** A Cantonese given name as Hong Kong papers write it after the surname: "Ka-chiu", "Mo-po", "Tai-leung". */
const HYPHENED_GIVEN_NAME = /^ (\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,5})(?![\p{L}-])/u;
/** Second halves of hyphened words that are no syllable of a name: "Tory-led", "Kyiv-based". */
const NOT_A_SYLLABLE = new Set(['led', 'based', 'born', 'run', 'era', 'style', 'like', 'type', 'made', 'free', 'wide', 'owned', 'backed', 'linked', 'up', 'in', 'out', 'off', 'on', 'war', 'old', 'new']);

/**
 * "Chief Executive John Lee Ka-chiu", "Paul Chan Mo-po": an English first name, the surname and the Chinese given name
 * are one person (the tagger had stopped at the surname, and made a MISC of "Ka-chiu" or dropped it).
 */
function withChineseGivenNames(text: string, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const given = m.type === 'PERSON' && m.text.includes(' ') ? HYPHENED_GIVEN_NAME.exec(text.slice(m.end, m.end + 14)) : null;
    const next = mentions[i + 1];
    const start = m.end + 1;
    const end = start + (given?.[1].length ?? 0);
    if (!given || NOT_A_SYLLABLE.has(given[1].slice(given[1].indexOf('-') + 1)) || (next && next.start < end && !(next.start === start && next.end === end && GUESSES.has(next.type)))) {
      out.push(m);
      continue;
    }
    out.push({ ...m, end, text: text.slice(m.start, end), source: 'context' });
    if (next && next.start === start) i++;
  }
  return out;
}

/** Syllables of Mandarin in pinyin (an initial, then a final), for a given name written after the surname. */
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)';
/** A given name of two or three syllables ("Lifeng", "Weidong", "Jiankui"). */
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){2,3}$`);
/** "He" and a capitalised word after it, then no further capitalised word ("He Lifeng said", "Vice-Premier He Lifeng is"). */
const HE_AND_NAME = /(?<![\p{L}\p{N}'’-])He (\p{Lu}\p{Ll}+)(?=[\s,.;:)'’]+(?:\p{Ll}|$)|[,.;:)]|$)/gu;

/**
 * "Vice-Premier He Lifeng", "He Lifeng said": the Chinese surname He, which the tagger reads as the pronoun, before a
 * given name in pinyin that the article never writes in lower case is a person (the tagger had typed the given name
 * alone, an organisation, or missed the name). Title words right before it are the person's title.
 */
function withSurnameHe(doc: ArticleDoc, mentions: Mention[]): Mention[] {
  const { text } = doc;
  if (!text.includes('He ')) return mentions;
  let lower: Set<string> | null = null;
  let out = mentions;
  for (const match of text.matchAll(HE_AND_NAME)) {
    const given = match[1];
    if (!PINYIN_GIVEN_NAME.test(given.toLowerCase()) || COMMON_WORDS.has(given.toLowerCase())) continue;
    lower ??= new Set(text.match(/(?<![\p{L}-])\p{Ll}+/gu) ?? []);
    if (lower.has(given.toLowerCase())) continue;
    const start = match.index!;
    const end = start + match[0].length;
    // The title words before it ("Vice-Premier", "Defence Minister").
    let title: string | null = null;
    const before = /((?:\p{Lu}[\p{L}.-]* )+)$/u.exec(text.slice(Math.max(0, start - 60), start));
    if (before) {
      const words = before[1].trim().split(' ');
      let k = words.length;
      while (k > 0 && words[k - 1].toLowerCase().split('-').every((p) => TITLE_HEADS.has(p.replace(/\.$/, '')) || TITLE_MODIFIERS.has(p))) k--;
      if (k < words.length) title = words.slice(k).join(' ');
    }
    const titleStart = title ? start - title.length - 1 : start;
    // The mentions it replaces: the given name alone, or a name running from the title words to it ("Vice-Premier He
    // Lifeng" had been an organisation); a value or a longer name over it leaves it.
    const overlapping = out.filter((m) => m.start < end && m.end > titleStart);
    if (overlapping.some((m) => !GUESSES.has(m.type) || m.start < titleStart || m.end > end)) continue;
    const sentenceIndex = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
    if (sentenceIndex < 0 || doc.sentences[sentenceIndex].end < end) continue;
    const person: Mention = { start, end, text: text.slice(start, end), type: 'PERSON', sentenceIndex, title, canonicalName: null, entityId: null, source: 'context' };
    out = [...out.filter((m) => !overlapping.includes(m)), person].sort((a, b) => a.start - b.start);
  }
  return out;
}

/** "Ukraine's 102nd Territorial Defence Brigade": a unit's number is part of its name (an organisation). */
function joinUnitNumbers(text: string, mentions: Mention[]): Mention[] {
  let previousEnd = 0;
  for (const m of mentions) {
    const ordinal = GUESSES.has(m.type) && UNIT_HEADS.has(m.text.slice(m.text.lastIndexOf(' ') + 1)) ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, m.start - 6), m.start)) : null;
    if (ordinal && m.start - ordinal[0].length >= previousEnd) {
      m.start -= ordinal[0].length;
      m.text = text.slice(m.start, m.end);
      m.type = 'ORG';
      m.source = 'context';
    }
    previousEnd = m.end;
  }
  return mentions;
}

/** Words that end many organisations' names and say nothing of which one: "Group", "Bank", "Council". */
const GENERIC_ORG_WORDS = new Set([...COMPANY_LAST_WORDS, 'Bank', 'Council', 'Party', 'University', 'College', 'Institute', 'Foundation', 'Trust',
  'Association', 'Agency', 'Authority', 'Commission', 'Committee', 'Company', 'Club', 'United', 'City', 'National', 'International', 'Global',
  'Department', 'Ministry', 'Office', 'Service', 'Services', 'Police', 'Court', 'Federation', 'League', 'Union', 'Society', 'Centre', 'Center']);

/**
 * "Lilly said …" beside "Eli Lilly", "Novo" beside "Novo Nordisk": the first or last word of a well-known
 * organisation's name (two or three capitalised words the curated list knows) that the article gives in full is that
 * organisation where the tagger guessed a person, place or other name for it on its own; not a word of a person named in full ("Sachs" beside "Jeffrey Sachs"), a name
 * the gazetteer knows ("Manchester" of "Manchester United"), nor a word many organisations' names share ("Group").
 */
function partsFollowOrganisations(mentions: Mention[], gazetteer: Gazetteer, personWords: ReadonlySet<string>): void {
  const parts = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || !/^\p{Lu}\S*(?: \p{Lu}\S*){1,2}$/u.test(m.text)) continue;
    const entry = gazetteer.lookup(gazetteerKey(m.text));
    if (entry?.source !== 'curated' || entry.type !== 'ORG') continue;
    const words = m.text.split(' ');
    for (const w of [words[0], words[words.length - 1]]) {
      if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !GENERIC_ORG_WORDS.has(w) && !personWords.has(w) && gazetteer.lookup(w) === undefined) parts.add(w);
    }
  }
  if (!parts.size) return;
  for (const m of mentions) {
    if ((m.type === 'PERSON' || m.type === 'MISC' || m.type === 'LOC') && m.title === null && parts.has(m.text)) {
      m.type = 'ORG';
      m.source = 'context';
    }
  }
}

/** Last words of a river's, a lake's or a range's name whose first word names it alone too: "the Litani River". */
const NATURAL_HEADS = new Set(['River', 'Canal', 'Mountains', 'Hills', 'Heights', 'Valley', 'Desert', 'Plateau']);

/**
 * "south of the Litani" beside "north of the Litani River", "the Golan" beside "the Golan Heights": the first word of
 * a place of two words the article names in full, ending in a river's or a range's word, is that place where the
 * tagger guessed an organisation, a person or another name for it on its own; not a word of a person named in full
 * ("Hudson" beside "Kate Hudson") nor a name the gazetteer knows ("Jordan" of "Jordan Valley").
 */
function partsFollowPlaces(mentions: Mention[], gazetteer: Gazetteer, personWords: ReadonlySet<string>): void {
  const parts = new Set<string>();
  for (const m of mentions) {
    const space = m.text.indexOf(' ');
    if (m.type !== 'LOC' || space < 0 || m.text.indexOf(' ', space + 1) >= 0 || !NATURAL_HEADS.has(m.text.slice(space + 1))) continue;
    const w = m.text.slice(0, space);
    if (/^\p{Lu}\p{Ll}{2,}$/u.test(w) && !personWords.has(w) && gazetteer.lookup(gazetteerKey(w)) === undefined) parts.add(w);
  }
  if (!parts.size) return;
  for (const m of mentions) {
    if ((m.type === 'PERSON' || m.type === 'MISC' || m.type === 'ORG') && m.title === null && parts.has(m.text)) {
      m.type = 'LOC';
      m.source = 'context';
    }
  }
}

/**
 * A headline's words say little of what a name is ("Upbit hit by $36 million exploit" had made Upbit a person): a
 * person or place the tagger guessed in the first sentence is the organisation the body writes twice or more, always
 * as one. (Only that: a body's persons and places are guesses too, "Opera" the browser, and a headline's other types
 * were often decided by a rule: "Rock group Korn's guitarist quits".)
 */
function headlineFollowsBody(mentions: Mention[], gazetteer: Gazetteer): void {
  const body = new Map<string, { type: EntityType; count: number } | null>();
  for (const m of mentions) {
    if (m.sentenceIndex === 0 || !GUESSES.has(m.type)) continue;
    const seen = body.get(m.text);
    if (seen === undefined) body.set(m.text, { type: m.type, count: 1 });
    else if (seen && seen.type === m.type) seen.count++;
    else body.set(m.text, null);
  }
  for (const m of mentions) {
    if (m.sentenceIndex !== 0 || (m.type !== 'PERSON' && m.type !== 'LOC') || m.source !== 'tagger') continue;
    const seen = body.get(m.text);
    if (seen?.type === 'ORG' && seen.count >= 2 && !knownOtherwise(gazetteer, m.text, 'ORG')) {
      m.type = seen.type;
      m.source = 'context';
    }
  }
}
