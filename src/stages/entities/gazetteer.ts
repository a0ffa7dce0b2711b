/**
 * The gazetteer: every known name with its type, loaded once per process from the generated
 * data/gazetteer.json (countries, demonyms, cities, person names) and the hand-written curated.ts.
 * Keys are surface forms with ’ folded to '; `lookupFolded` also matches all-caps text ("IRAN").
 */
import { readFileSync } from 'node:fs';
import type { EntityType } from '../../model/doc.ts';
import { curatedEntries } from './curated.ts';
import { hashRange, hashString } from './tagger/hash.ts';

export type GazetteerSource = 'curated' | 'country' | 'demonym' | 'city';

export interface GazetteerEntry {
  type: EntityType;
  source: GazetteerSource;
  /** ISO 3166-1 alpha-2 code for countries, demonyms and curated places; GeoNames id for cities. */
  id: string | null;
  population: number;
}

export interface Gazetteer {
  /** Exact surface form ("Iran", "Bank of England"). */
  lookup(key: string): GazetteerEntry | undefined;
  /** Case-insensitive form, for all-caps headlines ("NEW ZEALAND"). */
  lookupFolded(key: string): GazetteerEntry | undefined;
  /** True if some entry of two or more words starts with these words (`folded`: compared case-folded). */
  isPrefix(key: string, folded: boolean): boolean;
  /** True for a first or last name from the names list. */
  isPersonName(word: string): boolean;
  /** 'f' or 'm' for a first name only one sex bears in the name lists ("Zoe", "Martin"), else null. */
  genderOfFirstName(word: string): 'f' | 'm' | null;
  /** Most tokens in any entry (bounds the longest-match search). */
  maxTokens: number;
}

export interface GazetteerFile {
  countries: Array<[string, string]>;
  demonyms: Array<[string, string]>;
  cities: Array<[string, number, string, number]>;
  /** [name, GeoNames id, state (USPS code), population]: every US city of the list, namesakes in other states too. */
  usCities: Array<[string, number, string, number]>;
  personNames: string;
  /** First names given only as female, and only as male, joined with "\n". */
  femaleFirstNames: string;
  maleFirstNames: string;
}

/** Normalises a surface form into a lookup key: curly apostrophes to straight, single spaces. */
export function gazetteerKey(s: string): string {
  // Most keys need nothing: check with a plain loop before any regular expression runs.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2019 || c === 0x2018 || c < 32 || (c === 32 && s.charCodeAt(i + 1) === 32) || c === 0xa0) {
      return s.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
    }
  }
  return s;
}

let loaded: Gazetteer | null = null;
let file: GazetteerFile | null = null;

/** The parsed data/gazetteer.json, read once per process (the entities and normalise stages both build on it). */
export function readGazetteerFile(): GazetteerFile {
  file ??= JSON.parse(readFileSync(new URL('./data/gazetteer.json', import.meta.url), 'utf8')) as GazetteerFile;
  return file;
}

/** The process-wide gazetteer, read from disk on first use (about 40 ms). */
export function getGazetteer(): Gazetteer {
  loaded ??= buildGazetteer(readGazetteerFile());
  return loaded;
}

function buildGazetteer(file: GazetteerFile): Gazetteer {
  const exact = new Map<string, GazetteerEntry>();
  const prefixes = new Set<string>();
  const prefixesFolded = new Set<string>();
  const folded = new Map<string, GazetteerEntry>();
  let maxTokens = 1;
  // Later sources must not replace earlier ones: curated first, then countries, demonyms, cities.
  const add = (name: string, entry: GazetteerEntry): void => {
    const key = gazetteerKey(name);
    if (!exact.has(key)) exact.set(key, entry);
    const f = key.toLowerCase();
    if (!folded.has(f)) folded.set(f, entry);
    let n = 1;
    for (let p = key.indexOf(' '); p > 0; p = key.indexOf(' ', p + 1)) {
      prefixes.add(key.slice(0, p));
      prefixesFolded.add(f.slice(0, p));
      n++;
    }
    if (n > maxTokens) maxTokens = n;
  };
  for (const { type, name, code } of curatedEntries()) {
    if (type === 'COUNTRY') add(name, { type: 'LOC', source: 'country', id: code, population: 0 });
    else add(name, { type, source: 'curated', id: code, population: 0 });
  }
  for (const [name, cc] of file.countries) add(name, { type: 'LOC', source: 'country', id: cc, population: 0 });
  for (const [name, cc] of file.demonyms) add(name, { type: 'NORP', source: 'demonym', id: cc, population: 0 });
  for (const [name, id, , pop] of file.cities) {
    add(name, { type: 'LOC', source: 'city', id: String(id), population: pop });
  }
  const names = new NameList(file.personNames);
  // ~35,000 and ~28,000 names: kept as their text with a hash index (NameList), not a Map of strings.
  const female = new NameList(file.femaleFirstNames);
  const male = new NameList(file.maleFirstNames);
  const sexOf = (w: string): 'f' | 'm' | null => (female.has(w) ? 'f' : male.has(w) ? 'm' : null);
  return {
    lookup: (key) => exact.get(key),
    lookupFolded: (key) => folded.get(key.toLowerCase()),
    isPrefix: (k, folded) => prefixes.has(k) || (folded && prefixesFolded.has(k.toLowerCase())),
    isPersonName: (w) => names.has(w),
    // "María", "Raphaël", "Stanisław": the lists' spelling without the accent when the accented one is missing.
    genderOfFirstName: (w) => sexOf(w) ?? (/[^\x00-\x7f]/.test(w) ? sexOf(foldLatin(w)) : null),
    maxTokens: Math.min(maxTokens, 8),
  };
}

/** Latin letters without their diacritics ("Raphaël" → "Raphael", "Stanisław" → "Stanislaw"). */
const foldLatin = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');

/**
 * The person-name list kept as the one string it is read as, with an open-addressing table of where each
 * name starts: a Set of its ~197,000 names took ~11 MB of heap in every worker, this ~3.5 MB.
 */
class NameList {
  /** 1 + the offset of a name's first character in `text` (0: empty slot). */
  private readonly table: Int32Array;
  private readonly mask: number;

  constructor(private readonly text: string) {
    let lines = 1;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++;
    let size = 1024;
    while (size < lines * 2) size *= 2;
    this.mask = size - 1;
    this.table = new Int32Array(size);
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      if (end > start) {
        let slot = hashRange(text, start, end) & this.mask;
        for (; this.table[slot] !== 0; slot = (slot + 1) & this.mask) {
          if (this.equals(this.table[slot] - 1, text, start, end)) break;
        }
        if (this.table[slot] === 0) this.table[slot] = start + 1;
      }
      start = end + 1;
    }
  }

  has(word: string): boolean {
    if (word.length === 0 || word.includes('\n')) return false;
    for (let slot = hashString(word) & this.mask; this.table[slot] !== 0; slot = (slot + 1) & this.mask) {
      if (this.equals(this.table[slot] - 1, word, 0, word.length)) return true;
    }
    return false;
  }

  /** Whether the name starting at `at` in the list is s[from..to). */
  private equals(at: number, s: string, from: number, to: number): boolean {
    const end = at + (to - from);
    if (end > this.text.length || (end < this.text.length && this.text.charCodeAt(end) !== 10)) return false;
    for (let i = from, j = at; i < to; i++, j++) if (s.charCodeAt(i) !== this.text.charCodeAt(j)) return false;
    return true;
  }
}
