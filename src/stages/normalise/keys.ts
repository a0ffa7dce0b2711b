/**
 * The key an entity id is derived from: a canonical name folded so that spellings of one name meet.
 * Case, accents, full stops ("U.S." / "US"), apostrophes ("McDonald's" / "McDonalds"), hyphens versus
 * spaces ("al-Qaeda" / "al Qaeda"), a leading "the" and, for organisations, a trailing company suffix
 * ("Microsoft Corp" / "Microsoft"), a ".com" and a last "Platforms" ("Amazon.com" / "Amazon", "Meta Platforms" / "Meta"),
 * a holding word or "Motor" ("HSBC Holdings plc" / "HSBC", "Toyota Motor Corp" / "Toyota"), "Group" before a legal form
 * ("Goldman Sachs Group Inc." / "Goldman Sachs") and their linking words make no difference, and neither do British and
 * American spellings or a Slavic "-sky" as each agency transliterates it (spellingKey). Nothing else is folded: two names that differ in a
 * word ("George W. Bush" / "George H. W. Bush") keep different keys.
 */
import type { EntityType } from '../../model/doc.ts';

const MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’‘`´]/g;
const SEPARATORS = /[\s\-‐‑‒–—_/]+/g;
const CORPORATE = /\s(?:inc|incorporated|corp|corporation|ltd|limited|plc|llc|co|ag|sa|nv|spa|gmbh)$/;
// Most names need only lower-casing: checked first with one test instead of five replacements.
const SIMPLE = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

const memo = new Map<string, string>();

/** Folded form of a name: lower case, no accents, full stops or apostrophes, single spaces. */
export function foldName(name: string): string {
  const lower = name.toLowerCase();
  if (SIMPLE.test(lower)) return lower.startsWith('the ') ? lower.slice(4) : lower;
  let key = memo.get(name);
  if (key === undefined) {
    key = lower
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(APOSTROPHES, '')
      .replace(/\./g, '')
      .replace(SEPARATORS, ' ')
      .trim();
    if (key.startsWith('the ')) key = key.slice(4);
    if (memo.size >= 50_000) memo.clear();
    memo.set(name, key);
  }
  return key;
}

const LINKING_WORDS = / (?:of|the|and|at|for|&)(?= )/g;

/**
 * The id key of a name of a given type. Organisations also lose a trailing company suffix and their
 * linking words ("Food Standards of Australia" / "Food Standards Australia", "Johnson & Johnson" /
 * "Johnson and Johnson").
 */
export function idKey(type: EntityType, name: string): string {
  if (type !== 'ORG') return spellingKey(foldName(name));
  // ("Amazon.com Inc." / "Amazon", "Meta Platforms" / "Meta"; not "Meta Group", a research firm, nor "Telegraph
  // Group" / "Telegraph", the owner and its paper.)
  const folded = foldName(name.replace(DOT_COM, ''));
  // ("BYD Co. Ltd.": both legal words.)
  let key = folded.replace(CORPORATE, '').replace(CORPORATE, '');
  // A parent's holding word and a Japanese or Korean maker's "Motor" name the company its short name does ("HSBC
  // Holdings plc" / "HSBC", "Toyota Motor Corp" / "Toyota"; "General Motors" and "Tata Motors" keep their plural), and
  // so does "Group" before a legal form ("Goldman Sachs Group Inc." / "Goldman Sachs"; "Meta Group" alone stays).
  const holding = key.replace(HOLDING_WORDS, '');
  key = holding !== key || key !== folded ? holding.replace(/ group$/, '') : key;
  key ||= folded;
  return spellingKey(key.replace(GROUP_WORDS, '').replace(LINKING_WORDS, '') || key);
}

/**
 * British and American spellings of a name's words ("Defence Ministry" / "Defense Ministry", "Organisation" /
 * "Organization") and the house styles that transliterate a Slavic "-ский/-ський" ("Zelenskiy" in Reuters, "Zelensky"
 * in the BBC, "Zelenskyy" in AP; "Syrskyi" / "Syrsky"): one name, one key. (Not "Labour" / "Labor": Australia's party
 * is not Britain's. Not the Polish "-ski": Kowalski is no Kowalsky.)
 */
const SPELLINGS = /\b(defen|offen|organi)[cs](e|es|ation|ations)\b|(?<=\Bsk)(?:iy|yy|yi|ii)\b/g;

const HAS_SPELLING = new RegExp(SPELLINGS.source);

function spellingKey(key: string): string {
  return HAS_SPELLING.test(key) ? key.replace(SPELLINGS, (w, stem: string | undefined, end: string | undefined) => (stem ? `${stem}${stem === 'organi' ? 'z' : 's'}${end}` : 'y')) : key;
}

/** A holding company's or a carmaker's last word ("Holdings", "Holding", "Motor"), after which its short name is the same company. */
const HOLDING_WORDS = /(?<=\S) (?:holdings?|motor)$/;

/** A web company's ".com": "Amazon.com Inc.", "Booking.com". */
const DOT_COM = /\.com\b/i;
/** Words a company's name ends with, after which its short name is the same company. */
const GROUP_WORDS = / platforms$/;
