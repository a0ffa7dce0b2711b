/**
 * The dateline that opens a news report's first paragraph: "SAN FRANCISCO, March 4, 2026 (Reuters) — ",
 * "KYIV, Nov 24 (AP) — ", "SANTA CLARA, California, Nov 19 (AP) —", "PARIS (Reuters) - ", "BRUSSELS — ",
 * "Gaza City, Oct. 7 -- ", a story filed from two cities' "CAIRO/JERUSALEM, Nov 3 (Reuters) - ", the Indian agencies' "NEW DELHI, Nov 25 (PTI) " with no dash, and a press release's
 * "SAN FRANCISCO, Nov. 18, 2026 /PRNewswire/ -- ", the US Reuters opening with no place, "(Reuters) - ", and a place in capitals
 * with a colon, "RIYADH: ", as South Asian, Gulf and Malaysian papers write it. One reading, shared by the stages that use it: load takes the date and agency as
 * metadata, entities type the place and the agency, quotes keep it out of reported speech.
 */

import { gazetteerKey, getGazetteer } from '../entities/gazetteer.ts';

/** Offsets into the string the dateline was read from (the paragraph start is 0). */
export interface Dateline {
  /**
   * The place: the words before the first comma ("SANTA CLARA"; a story filed from two cities, "CAIRO/JERUSALEM");
   * empty (start = end = 0) in a dateline of the agency alone ("(Reuters) - ").
   */
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
    String.raw`(?:\(\s*([\p{L}\d .&'’/-]{2,40}?)\s*\)|/\s*([\p{L}\d .&'’-]{2,40}?)\s*/|(?<=\d)\.\s+/([\p{L}\d .&'’-]{2,40}?)/(?=\.))?` +
    String.raw`(?:\s*(?:—|–|--|-)(?:\s+|$)|(?<=\))\s+(?=\p{Lu})|(?<=/)\.\s+(?=\p{Lu}))`,
  'du',
);

/** News agencies as they name themselves in a dateline's brackets or on a header line ("(Reuters)", "PTI"). */
export const WIRE_AGENCY = /^(?:AP|AFP|Reuters|Associated Press|Agence France-Presse|Bloomberg|UPI|PTI|IANS|ANI|UNI|Xinhua|Kyodo(?: News)?|Jiji(?: Press)?|Yonhap|Bernama|Antara|TASS|RIA Novosti|Interfax|Anadolu(?: Agency)?|dpa|EFE|ANSA|AAP|PA Media|Press Association|WAM|SPA|KUNA|QNA|IRNA|APP|BSS|UNB)$/i;

/** "(Reuters) - ": an agency in brackets and a dash, with no place before it. */
const AGENCY_ONLY = /^\(\s*([\p{L} .-]{2,30}?)\s*\)\s*(?:—|–|--|-)(?:\s+|$)/du;
/** "RIYADH: ", "KUALA LUMPUR: ": a place in capitals and a colon. */
const PLACE_COLON = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}):\s+/du;

/**
 * Reads the dateline at the start of `line` (a paragraph's first characters), or null. A place in title case
 * counts only with a date or an agency after it ("London - " opens an ordinary sentence); a place in capitals
 * counts with a dash alone ("BRUSSELS — "), or with a colon when it is a country or city the gazetteer knows
 * ("RIYADH: ", not "BREAKING: " or a transcript's "SMITH: "); an agency alone only when it is a known one.
 */
export function readDateline(line: string): Dateline | null {
  const colon = PLACE_COLON.exec(line);
  if (colon?.indices && isKnownPlace(colon[1])) {
    const [start, end] = colon.indices[1];
    return { place: { start, end }, capitals: true, region: null, date: null, agency: null, end: colon[0].length };
  }
  const agencyOnly = AGENCY_ONLY.exec(line);
  if (agencyOnly?.indices && WIRE_AGENCY.test(agencyOnly[1])) {
    const [start, end] = agencyOnly.indices[1];
    return { place: { start: 0, end: 0 }, capitals: false, region: null, date: null, agency: { start, end }, end: agencyOnly[0].length };
  }
  const m = DATELINE.exec(line);
  if (!m?.indices) return null;
  const at = (i: number) => {
    const s = m.indices![i];
    return s ? { start: s[0], end: s[1] } : null;
  };
  // (Tokenised text spaces a comma off: "LATTAKIA , Aug 10 -" names "LATTAKIA".)
  const place = trimEnd(line, at(1)!);
  const capitals = /\p{Lu}{2}/u.test(m[1]) && !/\p{Ll}/u.test(m[1]);
  const date = at(3);
  // A place in title case is capitalised word by word ("Gaza City", not "According to the Observer").
  // ("MOSCOW, November 25. /TASS/. Russia expects …": TASS's agency between slashes, after a stop.)
  const agency = at(4) ?? at(5) ?? at(6);
  // Brackets holding a word in lower case are no agency's ("CPI ( pct ) July +0.4m", "ENQUIRY ( a ) AUG"), but "(dpa)".
  if (agency && /^\p{Ll}/u.test(line.slice(agency.start, agency.end)) && !WIRE_AGENCY.test(line.slice(agency.start, agency.end))) return null;
  if (!capitals && (!(date || agency) || /(?:^|[\s-])\p{Ll}/u.test(m[1]))) return null;
  // Without a dash only a place in capitals: "Tesla Inc (TSLA.O) Chief Executive Elon Musk said" is a sentence.
  if (!capitals && !/(?:—|–|--|-)\s*$/.test(m[0])) return null;
  const region = at(2);
  return { place, capitals, region: region && trimEnd(line, region), date, agency, end: m[0].length };
}

/** `span` without the spaces it ends with. */
function trimEnd(line: string, span: { start: number; end: number }): { start: number; end: number } {
  let { end } = span;
  while (end > span.start && /\s/u.test(line[end - 1])) end--;
  return { start: span.start, end };
}

/** Whether a name in capitals is a country or city the gazetteer knows ("RIYADH", "KUALA LUMPUR"). */
function isKnownPlace(name: string): boolean {
  const e = getGazetteer().lookupFolded(gazetteerKey(name));
  return e !== undefined && (e.source === 'country' || e.source === 'city' || e.type === 'LOC');
}
