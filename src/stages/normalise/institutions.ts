/**
 * Whose institution: a government body named by its generic name ("Health Ministry", "Ministry of Foreign Affairs",
 * "Supreme Court", "National Assembly", "Senate", "Cabinet", "Treasury", "National Bureau of Statistics") is a different body in every country, so its canonical name carries the country the article
 * gives it: "Lebanon's Health Ministry" and "the Lebanese Health Ministry" are "Health Ministry (Lebanon)", apart from
 * "Gaza's Health Ministry", "Health Ministry (Gaza)"; "the Ministry of Finance in Tokyo" is "Ministry of Finance (Japan)". The article's other mentions of the name without an owner take
 * the owner named nearest before them (else after); where no mention has one, a dateline's country does ("DOHA: …
 * the Ministry of Foreign Affairs" is Qatar's). Without either the name is left as it was, one entity across articles.
 */
import type { Mention } from '../../model/doc.ts';
import { countryName } from './codes.ts';
import { foldName } from './keys.ts';

/** A government portfolio's words, as ministries and departments are named after them. */
const PORTFOLIO =
  '(?:Health|Public Health|Foreign|Foreign Affairs|Interior|Home|Internal Affairs|Defen[cs]e|Finance|Justice|Education|Higher Education|' +
  'Economy|Economic Affairs|Trade|Industry|Commerce|Agriculture|Energy|Oil|Petroleum|Transport|Transportation|Environment|' +
  'Labou?r|Culture|Information|Communications|Tourism|Water|Electricity|Housing|Planning|Social Affairs|Social Development|' +
  'Religious Affairs|Endowments|Awqaf|Youth|Sports?|Science|Technology|Investment|Immigration|Migration|Public Security|Security|' +
  'Intelligence|Women|Family|Welfare)';
const PORTFOLIOS = `${PORTFOLIO}(?:(?:,| and| &) ${PORTFOLIO})*`;
/**
 * A legislature or one of its chambers, by the generic name many countries give theirs: "National Assembly", "Senate".
 * (Not "Parliament" alone: under a BRUSSELS dateline it is mostly the European Parliament.)
 */
const LEGISLATURE = '(?:National Assembly|Senate|House of Representatives|Chamber of Deputies|National Parliament|Upper House|Lower House)';
/** A government's own bodies by their generic names: "Cabinet", "Treasury" (not "US Treasury", which names its owner). */
const EXECUTIVE = '(?:Cabinet|Federal Cabinet|Treasury|National Treasury)';
/** A national statistics office: "National Bureau of Statistics", "Statistics Office". */
const STATISTICS = '(?:(?:National )?Bureau of Statistics|(?:National )?Statistic(?:s|al) Office|Statistics Bureau)';
/**
 * "Health Ministry", "Ministry of Foreign Affairs", "Foreign Affairs Ministry", "Department of Health", "Supreme Court",
 * and the legislatures, cabinets, treasuries and statistics offices above.
 */
const GENERIC_BODY = new RegExp(
  `^(?:${PORTFOLIOS} (?:Ministry|Department)|(?:Ministry|Department) (?:of|for) (?:the )?${PORTFOLIOS}|` +
    `Supreme Court|Constitutional Court|Central Bank|Interior Ministry|${LEGISLATURE}|${EXECUTIVE}|${STATISTICS})$`,
  'i',
);

/** Whether a canonical name is a government body's generic name, the same in every country. */
export function isGenericBody(name: string): boolean {
  return GENERIC_BODY.test(name);
}

/** The country or territory a mention names as a body's owner, written right before it: "Lebanon's", "Lebanese". */
function ownerBefore(text: string, owner: Mention | undefined, body: Mention): string | null {
  if (!owner?.canonicalName) return null;
  const between = text.slice(owner.end, body.start);
  // (A country by its common name, a territory or a city as the article names it: "Gaza's Health Ministry".)
  if (owner.type === 'LOC' && /^(?:['’]s?)?\s+$/.test(between)) return owner.canonicalName;
  if (owner.type === 'NORP' && /^\s+$/.test(between) && owner.countryCode) return countryName(owner.countryCode) ?? null;
  return null;
}

/** The country a place written right after a body names as its seat: "the Ministry of Finance in Tokyo" is Japan's. */
function seatAfter(text: string, body: Mention, place: Mention | undefined): string | null {
  if (place?.type !== 'LOC' || !place.canonicalName || !/^\s+in\s+$/.test(text.slice(body.end, place.start))) return null;
  if (place.code && place.code === place.countryCode) return place.canonicalName;
  return place.countryCode ? countryName(place.countryCode) ?? null : null;
}

/**
 * Gives each generic government body of `named` (normalised) its owner's name in brackets, as described above, through
 * `rename` (which sets the canonical name and the id). `datelineCountry` is the ISO code of the dateline's country.
 */
export function ownInstitutions(
  text: string,
  named: readonly Mention[],
  datelineCountry: string | null,
  rename: (m: Mention, canonical: string) => void,
): void {
  const bodies = new Map<string, number[]>();
  named.forEach((m, i) => {
    if (m.type !== 'ORG' || !m.canonicalName || m.source === 'role' || !isGenericBody(m.canonicalName)) return;
    const key = foldName(m.canonicalName);
    (bodies.get(key) ?? bodies.set(key, []).get(key)!).push(i);
  });
  if (!bodies.size) return;
  const fallback = datelineCountry ? countryName(datelineCountry) ?? null : null;
  for (const list of bodies.values()) {
    const owners = list.map((i) => ownerBefore(text, named[i - 1], named[i]) ?? seatAfter(text, named[i], named[i + 1]));
    const any = owners.some((o) => o !== null);
    if (!any && !fallback) continue;
    // The owner named nearest before, else the first after; or the dateline's country (one sweep each way).
    const after = owners.slice();
    for (let k = after.length - 2; k >= 0; k--) after[k] ??= after[k + 1];
    let before: string | null = null;
    list.forEach((i, k) => {
      before = owners[k] ?? before;
      const owner = before ?? after[k] ?? fallback;
      if (owner) rename(named[i], `${named[i].canonicalName} (${owner})`);
    });
  }
}
