/**
 * The dateline that opens a news report's first paragraph: "SAN FRANCISCO, March 4, 2026 (Reuters) — ",
 * "KYIV, Nov 24 (AP) — ", "SANTA CLARA, California, Nov 19 (AP) —", "PARIS (Reuters) - ", "BRUSSELS — ",
 * "Gaza City, Oct. 7 -- ", a story filed from two cities' "CAIRO/JERUSALEM, Nov 3 (Reuters) - ", the Indian agencies' "NEW DELHI, Nov 25 (PTI) " with no dash, and a press release's
 * "SAN FRANCISCO, Nov. 18, 2026 /PRNewswire/ -- ". One reading, shared by the stages that use it: load takes the date and agency as
 * metadata, entities type the place and the agency, quotes keep it out of reported speech.
 */

/** Offsets into the string the dateline was read from (the paragraph start is 0). */
export interface Dateline {
  /** The place: the words before the first comma ("SANTA CLARA"; a story filed from two cities, "CAIRO/JERUSALEM"). */
  place: { start: number; end: number };
  /** Whether the place is written in capitals ("KYIV"), as wire datelines write it. */
  capitals: boolean;
  /** The region after the place ("California"), if any. */
  region: { start: number; end: number } | null;
  /** The date as written ("Nov 24", "March 4, 2026"), if any. */
  date: { start: number; end: number } | null;
  /** The agency inside the brackets ("AP"), if any. */
  agency: { start: number; end: number } | null;
  /** Where the report's own words begin (after the dash and its spaces). */
  end: number;
}

/** "Nov 24", "March 4, 2026", "Oct. 7", "24 November 2025", "Tuesday". */
const DATE = String.raw`\p{Lu}\p{Ll}{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} \p{Lu}\p{Ll}{2,8}\.?(?:,? \d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const DATELINE = new RegExp(
  String.raw`^(\p{Lu}[\p{L}.'’ -]{0,40}?(?:/\p{Lu}[\p{L}.'’ -]{0,40}?){0,3})(?:,\s+(\p{Lu}[\p{L}.'’ -]{1,30}?))?(?:,\s+(${DATE}))?\s*` +
    String.raw`(?:\(\s*([\p{L}\d .&'’/-]{2,40}?)\s*\)|/\s*([\p{L}\d .&'’-]{2,40}?)\s*/)?(?:\s*(?:—|–|--|-)(?:\s+|$)|(?<=\))\s+(?=\p{Lu}))`,
  'du',
);

/**
 * Reads the dateline at the start of `line` (a paragraph's first characters), or null. A place in title case
 * counts only with a date or an agency after it ("London - " opens an ordinary sentence); a place in capitals
 * counts with a dash alone ("BRUSSELS — ").
 */
export function readDateline(line: string): Dateline | null {
  const m = DATELINE.exec(line);
  if (!m?.indices) return null;
  const at = (i: number) => {
    const s = m.indices![i];
    return s ? { start: s[0], end: s[1] } : null;
  };
  const place = at(1)!;
  const capitals = /\p{Lu}{2}/u.test(m[1]) && !/\p{Ll}/u.test(m[1]);
  const date = at(3);
  // A place in title case is capitalised word by word ("Gaza City", not "According to the Observer").
  const agency = at(4) ?? at(5);
  if (!capitals && (!(date || agency) || /(?:^|[\s-])\p{Ll}/u.test(m[1]))) return null;
  // Without a dash only a place in capitals: "Tesla Inc (TSLA.O) Chief Executive Elon Musk said" is a sentence.
  if (!capitals && !/(?:—|–|--|-)\s*$/.test(m[0])) return null;
  return { place, capitals, region: at(2), date, agency, end: m[0].length };
}
