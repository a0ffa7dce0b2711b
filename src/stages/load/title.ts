/**
 * A title without the wire's codes written before the headline: Reuters' topic codes ("STOCKS-", "UPDATE 2-") and
 * Yonhap's status tags ("(LEAD)", "(2nd LD)", "(URGENT)"). They say which version or desk a story is, not what it
 * says; the text keeps them (the title line stays the title heading).
 */

/**
 * The topic codes Reuters puts before a headline, one or more: "STOCKS-", "UPDATE 2-", "CORRECTED-UPDATE 1-",
 * "GLOBAL MARKETS-", "FOREX-" (only in a title with small letters: "OIL-RICH STATES" is a headline in capitals).
 */
const WIRE_CODE = /^(?:(?:UPDATE|CORRECTED|REFILE|RPT|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|EXPLAINER|BREAKINGVIEWS|WRAPUP|BRIEF|GLOBAL MARKETS|EMERGING MARKETS|(?:US |EUROPE |ASIA |MIDEAST |INDIA |CHINA |JAPAN )?STOCKS|FOREX|METALS|PRECIOUS|OIL|GRAINS|TREASURIES|BONDS|FUTURES)(?: \d{1,2})?-)+(?=\S)/;

/**
 * A wire's version or desk tag in brackets before the headline, one or more: Yonhap's "(LEAD)", "(2nd LD)", "(URGENT)",
 * "(News Focus)", "(Yonhap Interview)"; "(UPDATE 1)", "(CORRECTED)" as other agencies bracket them.
 */
const BRACKET_TAG = /^(?:\((?:LEAD|\d{1,2}(?:st|nd|rd|th) LD(?:, \d{1,2}(?:st|nd|rd|th) LD)?|URGENT|UPDATE(?: \d{1,2})?|CORRECTED|REFILE|News Focus|News Analysis|Yonhap Interview|Yonhap Feature)\)\s*)+(?=\S)/;

/** The title without a wire's codes before its headline; a title with no small letter (all capitals) is kept. */
export function withoutWireCodes(title: string | null): string | null {
  if (title === null || !/\p{Ll}/u.test(title)) return title;
  const code = WIRE_CODE.exec(title) ?? BRACKET_TAG.exec(title);
  return code ? withoutWireCodes(title.slice(code[0].length)) : title;
}
