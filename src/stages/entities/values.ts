/**
 * Values: DATE, TIME, MONEY, PERCENT and QUANTITY mentions found by small patterns.
 *
 * Patterns are tried only at trigger tokens (a digit, a currency sign, a month, a weekday, a word
 * such as "last" or "today"), as sticky regular expressions anchored at the token's start. Every
 * quantifier is bounded, so one attempt reads at most a few dozen characters and the whole pass is
 * linear in the number of tokens, whatever the input (a 5 MB line of digits included).
 */
import type { EntityType } from '../../model/doc.ts';
import {
  CALENDAR_WORDS, COUNT_UNITS, COUNTED_NOUNS, OTHER_CALENDAR_MONTHS, OTHER_CALENDAR_STARTS, CURRENCY_SINGULAR, NATIONAL_CURRENCIES, GAME_WORDS, SPORTS_WORDS, CURRENCY_CODES, CURRENCY_SIGNS, CURRENCY_WORDS, DATE_UNITS, DATE_WORDS, MONTHS, NUMBER_WORDS,
  RELATIVE_DATE_STARTS, SCALE_WORDS, TIME_WORDS, UNIT_WORDS, WEEKDAYS,
} from './lexicon.ts';
import type { Tok } from './tokens.ts';
import { ZONE_NAMES } from '../load/time-zones.ts';

export interface ValueMatch {
  /** First and last token index covered (inclusive). */
  first: number;
  last: number;
  start: number;
  end: number;
  type: EntityType;
  rule: string;
}

const alt = (items: Iterable<string>): string =>
  [...items]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');

// Indian digit grouping first ("2,42,000", "1,20,00,000": pairs of digits before the last three).
const NUM = String.raw`(?:\d{1,2}(?:,\d{2}){1,5},\d{3}|\d{1,3}(?:,\d{3}){1,6}|\d{1,15})(?:\.\d{1,6})?`;
const NUMWORD = `(?:${alt([...NUMBER_WORDS].filter((w) => w !== 'a' && w !== 'an'))})`;
// "₹8.25 lakh crore": a lakh of crores (10^12), the Indian way of writing large sums.
const AMOUNT = `(?:${NUM}|${NUMWORD})(?:[ -]?(?:${alt(SCALE_WORDS)})(?: crores?)?(?![\\p{L}\\d]))?`;
const MONTH_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = String.raw`(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?`;
const MONTH = `(?:${MONTH_FULL}|${MONTH_ABBR})`;
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** A weekday that starts a newspaper's or a programme's name is no date: "the Sunday Times", "Saturday Night Live". */
const NOT_A_DAY = String.raw`(?! (?:Times|Telegraph|Express|Mirror|Herald|Post|People|Independent|Tribune|Sport|Business Post|Night Live|Star)(?![\p{L}\d]))`;
/** A capitalised word before "Today" makes it part of a name: "USA Today". */
const NOT_AFTER_NAME = String.raw`(?<!\p{Lu}[\p{L}.'’]*\s)`;
/** "the Today programme", "the Today show". */
const NOT_A_TITLE = String.raw`(?! (?:programme|program|show|newspaper|poll)(?![\p{L}\d]))`;
const DAY = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
const END = String.raw`(?![\p{L}\d])`;
/** A company's or a government's fiscal year: "fiscal 2027", "fiscal year 2026", "the fiscal year", "its financial year". */
const FISCAL_YEAR = String.raw`(?:(?:fiscal|financial) (?:year )?${YEAR}|(?:the|its|their|this|next|last|the current) (?:fiscal|financial) year|FY ?(?:\d{4}|\d{2})(?:[-/]\d{2})?)`;
/** The year a day or month is in, written after it: "Nov. 12 last year", "Dec. 1 of last year", "March this year". */
const OF_YEAR = String.raw`(?: (?:of )?(?:last|this|next) year${END})?`;
const CUR_SIGN = alt(CURRENCY_SIGNS);
const CUR_SPACED_SIGN = alt([...CURRENCY_SIGNS].filter((c) => !/^\p{L}/u.test(c) || c === 'US$' || c === 'A$' || c === 'R$'));
const CUR_CODE = alt(CURRENCY_CODES);
const CUR_WORD = alt(CURRENCY_WORDS);
/** A people's adjective and their currency's word after an amount: "Sudanese pounds", "Swiss francs" (NATIONAL_CURRENCIES). */
const NATIONAL_CURRENCY = String.raw`(?:${alt(new Set(Object.values(NATIONAL_CURRENCIES).flatMap(Object.keys)))}) (?:${alt(Object.keys(CURRENCY_SINGULAR))})${END}`;
const CUR_COUNTRY = String.raw`(?:U\.S\.|US|Hong Kong|Australian|Canadian|Singapore|Taiwan|New Zealand|Zimbabwe|CFA) `;
const UNITS = alt([...UNIT_WORDS].filter((u) => !['t', 'l', 'g', 'ha'].includes(u)));
/** Words of the weather before a whole-number temperature written against its C or F: "temperatures reached 41C". */
const TEMPERATURE_BEFORE = String.raw`(?:[Tt]emperatures? by(?: (?:almost|nearly|about|around|roughly|some|more than|over|at least|up to))?|(?:[Tt]emperatures?|[Hh]ighs?|[Ll]ows?|[Hh]eat|[Mm]ercury|[Tt]hermometer)(?: (?:of|reached|reaching|hit|hitting|topped|topping|rose to|soared to|climbed to|peaked at|fell to|dropped to|plunged to|near|above|below|around|about|over|up to|exceeding|exceeded|of up to|as high as|as low as))?|(?:[Tt]emperatures?|[Hh]ighs?)(?: (?:are|were|is|was))? (?:could|will|may|(?:expected|forecast|predicted|tipped|set|likely) to) (?:reach|hit|top|exceed|climb to|soar to|rise to)|(?:[Ww]arm(?:s|ed|ing)?|[Hh]eat(?:s|ed|ing)|[Cc]ool(?:s|ed|ing)) (?:by|of)(?: (?:almost|nearly|about|around|roughly|some|more than|over|at least|up to))?) `;
/**
 * Words before a number that names a place or a thing, not a year: "booth 1742", "Flight 1549", "Route 1961", a
 * programme named for the year of its goals ("Vision 2030", "Agenda 2063", "Horizon 2020"); a part of
 * a law ("Section 1983", "§ 1349") and a law's own year ("the Money Laundering Regulations 2017": the name's, no date).
 */
const NOT_A_YEAR_BEFORE = String.raw`(?:Vision|Agenda|Horizon|[Bb]ooth|[Rr]oom|[Gg]ate|[Ff]light|[Pp]latform|[Rr]oute|[Ss]uite|[Ee]xit|[Pp]ages?|pp\.?|[Ss]tand|[Hh]all|[Ss]eat|[Nn]o\.|[Nn]umber|[Bb]us|[Pp]ier|[Cc]ell|[Aa]partment|[Ff]orm|[Bb]ill|[Hh]ighway|[Ii]nterstate|[Pp]rocessor|[Mm]odel|[Ss]ections?|Sec\.|§|Chapter|Article|Rule|Title|Clause|Paragraph|Regulations|Rules|Act|Order|Bill|Code|Directive|Ordinance|Statute)`;
/** What follows a house or block number: "block of", or a street's name ("Meadowbrook Lane", "W. Algonquin Road"). */
const ADDRESS_AFTER = String.raw` (?:block${END}|(?:[NSEW]\.? |(?:North|South|East|West) )?(?:\p{Lu}[\p{L}'’-]+ ){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Boulevard|Blvd|Court|Ct|Way|Place|Pike|Highway|Hwy|Terrace|Circle|Parkway|Pkwy)${END})`;
/**
 * What completes a unit: a rate ("kilometres per hour", "barrels per day"), a scale ("degrees Celsius") or a
 * concentration's volume after a mass ("70 mg/dL", "25 µg/m3", "5.6 mmol/L": not a dose in mg).
 */
const UNIT_TAIL = String.raw`(?:(?<=g|mol)/(?:dL|dl|L|mL|ml|kg|m3|m³)${END})?(?: per (?:hour|day|second|minute|week|month|year|annum|capita|head|person|barrel|tonne|litre|kilogram|kg)${END})?(?:(?<=degrees?) (?:Celsius|Fahrenheit|centigrade|C|F)${END})?`;
/**
 * A zone after a clock time: "EST", "IST", "Tokyo time" (the table in normalise/zones.ts), or "local time"; or a US zone
 * spelled out ("4 p.m. Eastern", "6:04 p.m. Central time", "Pacific Daylight Time"; not "Eastern Conference").
 */
const TZ = String.raw`(?:\s?(?:${alt([...ZONE_NAMES, 'local time'])})${END}|\s(?:Eastern|Central|Mountain|Pacific)(?:(?: (?:Standard|Daylight))? [Tt]ime${END}|${END}(?! \p{Lu}))|)`;

/** Ordered patterns; at one token the longest match wins, ties go to the earlier pattern. */
const PATTERNS: Array<{ type: EntityType; rule: string; re: RegExp }> = (
  [
    // "$ 5", "US$ 5", "R$ 111 billion" with or without a space; the other signs with letters against their amount
    // ("HK$5bn", "C$300 million"): CoNLL-2003 types "C$" written apart MISC, as the tagger learned it.
    ['MONEY', 'money-sign', String.raw`(?:${CUR_SPACED_SIGN})\s?${AMOUNT}${END}`],
    ['MONEY', 'money-sign', String.raw`(?:${CUR_SIGN})${AMOUNT}${END}`],
    // A capital letter for the scale, against the amount: "$1.2B", "$162M", "$40K", "€3.5T" (as headlines and trade
    // papers write them).
    ['MONEY', 'money-sign', String.raw`(?:${CUR_SIGN})${NUM}(?:K|M|B|T|BN|Bn|MN|Mn)${END}`],
    ['MONEY', 'money-code', String.raw`(?:${CUR_CODE})\s?${AMOUNT}${END}`],
    // Also as an adjective: "the 18-billion-euro budget", "an 18-bn-euro budget", "a 5-dollar bill".
    ['MONEY', 'money-word', String.raw`${AMOUNT}\s(?:${CUR_COUNTRY})?(?:${CUR_WORD})${END}|${AMOUNT}-(?:${CUR_WORD})${END}(?!-)`],
    // One cent, the word whose plural is a currency word ("a dividend of 1 cent per share"; "per cent" is no amount).
    ['MONEY', 'money-word', String.raw`(?:${NUM}|one) cent${END}`],
    // A range of amounts is two: its start before a currency word's ("20-25 cents"), and its end (RANGE_END, read after
    // the start's match, inside the same token); normalise gives each the other's currency and scale.
    ['MONEY', 'money-range-start', String.raw`${NUM}(?=\s?[-–]\s?${AMOUNT}\s(?:${CUR_WORD})${END})`],
    // The sign after the amount, as German and French write it (quoted in English news): "4,5 Mrd. €", "12,50 €", "500 €".
    ['MONEY', 'money-sign-after', String.raw`(?:\d{1,3}(?:\.\d{3})+|\d{1,4})(?:,\d{1,2})?(?: (?:Mrd|Mio)\.)? ?€`],
    // The amount alone before a people's adjective and its currency ("42,000 Sudanese pounds"): the adjective stays a
    // name of its own (NORP; CoNLL-2003 types "Swiss" in "Swiss francs" MISC), and normalise reads the currency from
    // the words after the amount.
    ['MONEY', 'money-national', String.raw`${AMOUNT}(?=\s${NATIONAL_CURRENCY})`],
    // South African rand, written against the number: "R697 million", "R1,200" (not "R2" alone).
    // (And rand and cents, as an exchange rate is written: "weakened 1.2% to R18.41 against the dollar".)
    ['MONEY', 'money-rand', String.raw`R(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d{1,3})?(?:[ -]?(?:million|billion|trillion|bn|m|tn|trn)${END}|(?<=,\d{3}(?:\.\d{1,3})?|\d\.\d\d)${END})`],
    // Nigerian naira written with an N against the number: "N4bn", "N2.3tn", "N500,000" (not "N95", a mask).
    // (A decimal after the thousands too: "N1,436.50"; "trn" as "N58.2trn".)
    ['MONEY', 'money-naira', String.raw`N(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?:\.\d{1,3})?(?:[ -]?(?:million|billion|trillion|bn|m|tn|trn)${END}|(?<=,\d{3}(?:\.\d{1,3})?)${END})`],
    // Pence: "132.8p a litre", "5p" (not "720p", a screen).
    ['MONEY', 'money-pence', String.raw`(?:\d{1,3}\.\d{1,2}|\d{1,2})p${END}`],
    // The currency word first, as some outlets convert symbols: "dollars 1.13bn (pounds 600m)".
    ['MONEY', 'money-word-first', String.raw`(?:dollars|pounds|euros)\s(?:${NUM})(?:[ -]?(?:${alt(SCALE_WORDS)})(?![\p{L}\d]))?${END}`],
    // ("2.4pc", as Dawn and the Irish and British broadsheets write it: against the number.)
    ['PERCENT', 'percent', String.raw`${AMOUNT}(?:\s?(?:%|per ?cent${END}|percent${END}|pct${END}|percentage points?${END}|basis points?${END}|bps${END})|pc${END})`],
    // "10:30", "10:30 a.m."; with a dot only before am/pm ("10.30am") or a zone, so "rose 12.30" stays a number.
    // Not a game clock: "with 5:12 left", "1:09 remaining", "took 7:41 off the clock"; nor the head of a case number,
    // "5:25-cv-03318".
    ['TIME', 'time-clock', String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m${END}|[AP]M${END}))?${TZ}(?!\s(?:left|remaining|to play|to go|off the clock|on the clock)${END}|[-–]\p{L})`],
    ['TIME', 'time-clock', String.raw`(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m${END}|[AP]M${END})${TZ}`],
    // With a dot and a zone, as the Guardian and the BBC write them: "14.32 GMT", "(04.40 GMT)".
    ['TIME', 'time-clock', String.raw`(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:${alt(ZONE_NAMES)})${END}`],
    ['TIME', 'time-ampm', String.raw`(?:1[0-2]|0?[1-9])\s?(?:[ap]\.m\.|[AP]\.M\.|[ap]m${END}|[AP]M${END})${TZ}`],
    ['TIME', 'time-gmt', String.raw`(?:[01]\d|2[0-3])[0-5]\d\s(?:GMT|UTC)${END}`],
    ['TIME', 'time-word', String.raw`(?:noon|midnight|tonight|Noon|Midnight|Tonight)${END}`],
    ['DATE', 'date-iso', String.raw`${YEAR}-[01]\d-[0-3]\d${END}`],
    ['DATE', 'date-slash', String.raw`[0-3]?\d/[01]?\d/(?:\d{4}|\d{2})${END}`],
    ['DATE', 'date-day-month', String.raw`${DAY}(?: of)? ${MONTH}(?:,? ${YEAR}${END}|${END}${OF_YEAR})`],
    ['DATE', 'date-month-day', String.raw`${MONTH} ${DAY}(?:,? ${YEAR}${END}|${END}${OF_YEAR})`],
    // A range of days in one month: "Jan. 26-27", "Feb. 3-5, 2027", "26-27 January"; with words only after "from" or
    // "between" ("held from Feb. 6 to 22"), so "rose on Jan. 5 to 22" stays a date and a number. Kept only when the
    // second day comes after the first (findValues), so "March 3-1" is no range.
    ['DATE', 'date-day-range', String.raw`${MONTH} ${DAY}\s?[-–]\s?${DAY}(?:,? ${YEAR}${END}|${END}${OF_YEAR})`],
    ['DATE', 'date-day-range', String.raw`(?<=(?:from|between|From|Between) )${MONTH} ${DAY} (?:to|until|through|and) ${DAY}(?:,? ${YEAR}${END}|${END}(?![,.]\d|\s?%)${OF_YEAR})`],
    ['DATE', 'date-day-range', String.raw`${DAY}\s?[-–]\s?${DAY} ${MONTH}(?:,? ${YEAR}${END}|${END}${OF_YEAR})`],
    // Two days of one month: "12 and 13 June", "June 12 and 13" (two dates, read as the interval that holds both).
    ['DATE', 'date-day-pair', String.raw`${DAY} and ${DAY} ${MONTH}(?:,? ${YEAR}${END}|${END}${OF_YEAR})`],
    ['DATE', 'date-day-pair', String.raw`${MONTH} ${DAY} and ${DAY}(?:,? ${YEAR}${END}|${END}(?![,.]\d|\s?%| (?:per|percent|people|of)\b)${OF_YEAR})`],
    ['DATE', 'date-month-year', String.raw`${MONTH},? ${YEAR}${END}`],
    // A run of months, one period: "the July-September period", "the January–March quarter", "Oct-Dec 2025".
    ['DATE', 'date-month-range', String.raw`${MONTH}\s?[-–]\s?${MONTH}(?:,? ${YEAR})?${END}`],
    // A date of the Islamic or the Iranian calendar: "the 14th of Jumada Al-Awwal 1448", "5 Azar 1405", "the Persian month
    // of Aban" (normalise gives it no value); a month alone only after "month of", a day or a year.
    ['DATE', 'date-other-calendar', String.raw`(?:${DAY}(?: of)? )?${OTHER_CALENDAR_MONTHS} 1[34]\d\d${END}|${DAY}(?: of)? ${OTHER_CALENDAR_MONTHS}|(?<=month of )${OTHER_CALENDAR_MONTHS}`],
    ['DATE', 'date-month', String.raw`(?:${MONTH_FULL})${END}${OF_YEAR}`],
    ['DATE', 'date-weekday', String.raw`(?:${WEEKDAY})${NOT_A_DAY}(?:,? ${MONTH} ${DAY}(?:,? ${YEAR})?|,? ${DAY} ${MONTH}(?:,? ${YEAR})?)?${END}`],
    // ("the late 1960s", "the mid-1990s", "early 2000s": the part of the decade stays in the text.)
    ['DATE', 'date-decade', String.raw`(?:(?:early|late|mid|Early|Late|Mid)[ -])?(?:(?:1[5-9]\d0|20[0-9]0)s${END}|'[0-9]0s${END})`],
    // A span of years, a fiscal or academic year among them: "2029-30", "2024–25", "2023/24", "1939-1945".
    // (Not a law's number: "Regulation (EU) 2024/1689", "Directive 2014/24/EU"; findValues keeps only a forward span.)
    // (Two full years either side of a spaced dash too, as obituary pages print a life: "(1941 - 2026)".)
    ['DATE', 'date-year-range', String.raw`${YEAR}[-–/](?:\d{2}|${YEAR})${END}(?!/)|${YEAR} [-–] ${YEAR}${END}(?![-–/])`],
    // Not a number that names a place or a thing: "booth 1742", "Flight 1549", "room 1904".
    // Nor a house or block number: "the 1500 block of", "2045 Meadowbrook Lane", "1711 W. Algonquin Road"; nor the head of a
    // numbered act: "2024/1689".
    ['DATE', 'date-year', String.raw`(?<!${NOT_A_YEAR_BEFORE} |§|\d/)${YEAR}${END}(?!\s?(?:%|${UNITS}${END}|${CUR_WORD}${END}|per ?cent|percent|pct)|/\d\d|${ADDRESS_AFTER})`],
    ['DATE', 'date-relative', String.raw`(?:(?:earlier|later|early|late) )?(?:${alt(RELATIVE_DATE_STARTS)}) (?:${alt(DATE_UNITS)}|${WEEKDAY}|${MONTH_FULL})${END}`],
    // (Millions of years, as the Guardian writes them: "166m years ago", "2.5 million years ago".)
    ['DATE', 'date-ago', String.raw`(?:${NUM}(?:m|bn| million| billion)?|${NUMWORD}|a|an|a few|several|many) (?:days|weeks|months|years|decades|day|week|month|year|decade) ago${END}`],
    // A time counted from another the text gives: "up 18% from a year earlier", "two weeks later".
    ['DATE', 'date-ago', String.raw`(?:${NUM}|${NUMWORD}|a|an) (?:days|weeks|months|years|decades|day|week|month|year|decade) (?:earlier|later)${END}`],
    // A part of a month or year: "early October", "late 2024", "mid-December", "mid-2023".
    // (With the month's year: "in late October 2025".)
    ['DATE', 'date-fuzzy', String.raw`(?:early|late|mid|Early|Late|Mid)[ -](?:(?:${MONTH_FULL}),? ${YEAR}${END}|(?:${MONTH_FULL})${END}${OF_YEAR}|${YEAR}${END})`],
    // A season or the weekend after a preposition: "by the spring", "into the weekend" (not "the fall of Kabul", nor a
    // season before its noun: "before the winter session").
    // A season before its year, as US schools and schedules write it: "fall 2027", "Spring 2028" (the year's value).
    ['DATE', 'date-season-year', String.raw`(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter) ${YEAR}${END}(?![-–/]\d|\s?(?:%|per ?cent|percent|points?|pc)${END})`],
    ['DATE', 'date-season', String.raw`(?<=(?:^|[^\p{L}])(?:by|in|over|during|until|till|into|through|for|since|before|after|from|at|on|By|In|Over|During|Until|Since|Before|After|From) )the (?:(?:spring|summer|autumn|winter)(?: of ${YEAR}(?:[-–/](?:\d{2}|${YEAR}))?)?|weekend)${END}(?!\s+(?!(?:the|a|an|and|or|but|to|of|in|on|at|for|with|when|as|is|was|will|would|it|we|they|he|she|if|after|before|than)${END})\p{Ll})`],
    // The end of the year or decade: "by the end of the year", "booked up until the end of the decade".
    ['DATE', 'date-end-of', String.raw`(?:the|The) (?:end|start|beginning|middle) of the (?:year|month|week|decade|century)${END}`],
    // The first or last months of a year are one period, not a duration and a year: "the first nine months of 2026",
    // "the first ten months of the year".
    ['DATE', 'date-months-of-year', String.raw`(?:first|last|final|First|Last|Final) (?:\d{1,2}|${NUMWORD}) months of (?:${YEAR}|(?:this|last|next|the) year|${FISCAL_YEAR})${END}`],
    // Without its year, "the first nine months" is a period of the year too (in a sentence about money or the economy:
    // normalise); not "the first two months of the season".
    ['DATE', 'date-months-of-year', String.raw`(?:first|First) (?:\d{1,2}|${NUMWORD}) months${END}(?! of )`],
    // A fiscal year by its letters: "FY27", "FY2026", "FY 2025-26" (no calendar value).
    ['DATE', 'date-fiscal', String.raw`FY ?(?:\d{4}|\d{2})(?:[-/]\d{2})?${END}`],
    // A company's fiscal period is one too: "the third quarter of fiscal 2027", "the first half of the fiscal year"
    // (normalise gives it no calendar value).
    ['DATE', 'date-quarter', String.raw`(?:first|second|third|fourth|final|First|Second|Third|Fourth|Final)[ -](?:quarter|half)${END}(?: of (?:${YEAR}|(?:this|last|next|the) year|${FISCAL_YEAR})${END})?`],
    // "the last quarter of 2028" is its fourth ("last quarter" alone is the one before: date-relative).
    ['DATE', 'date-quarter', String.raw`(?:last|Last)[ -](?:quarter|half) of (?:${YEAR}|(?:this|last|next|the) year|${FISCAL_YEAR})${END}`],
    // A length in two units, one duration: "two years and eight months", "two hours and 12 minutes", "1 hour, 49 minutes".
    ['DATE', 'date-duration', String.raw`(?:${NUM}|${NUMWORD}|a|an) (?:years?|months?|weeks?)(?: and|,) (?:${NUM}|${NUMWORD}|a|an) (?:months?|weeks?|days?)${END}(?! ago| old${END})`],
    ['TIME', 'time-duration', String.raw`(?:${NUM}|${NUMWORD}|an?) (?:hours?|minutes?)(?: and|,) (?:${NUM}|${NUMWORD}|a) (?:minutes?|seconds?)${END}`],
    // Not an age: "since I was seven years old".
    // (With a half: "four and a half years", "two and a half hours".)
    ['DATE', 'date-duration', String.raw`(?:${NUM}|${NUMWORD})(?: and a half)? (?:days|weeks|months|years|decades)${END}(?! ago| old${END})`],
    // Millions of years: "lived 150m years", "for 2.5 million years" (not metres).
    ['DATE', 'date-duration', String.raw`${NUM}(?:m|bn| million| billion) years${END}(?! ago| old${END})`],
    ['TIME', 'time-duration', String.raw`(?:${NUM}|${NUMWORD})(?: and a half)? (?:hours|minutes)${END}`],
    // A length written as an adjective: "the 40-minute meeting", "a four-hour session", "a five-year deal".
    ['TIME', 'time-duration', String.raw`(?:${NUM}|${NUMWORD})-(?:and-a-half-)?(?:hour|minute)${END}(?!-)`],
    // ("a five-and-a-half-year contract".)
    ['DATE', 'date-duration', String.raw`(?:${NUM}|${NUMWORD})-(?:and-a-half-)?(?:day|week|month|year|decade)${END}(?!-)`],
    // Capitalised, not inside a name ("USA Today") nor a programme's title ("the Today programme").
    ['DATE', 'date-word', String.raw`(?:${alt(DATE_WORDS)}|${NOT_AFTER_NAME}${alt([...DATE_WORDS].map((w) => w[0].toUpperCase() + w.slice(1)))}${NOT_A_TITLE})${END}`],
    // ("41,000 metric tons", "1,300 metric tonnes": the UN's and the USDA's tons.)
    ['QUANTITY', 'quantity', String.raw`${AMOUNT}[ -]?(?:(?:cubic|square|sq\.?) |metric (?=ton))?(?:${UNITS}|degree (?:Celsius|Fahrenheit|centigrade))${END}${UNIT_TAIL}`],
    // The start of a range of quantities, written bare: "12 to 15 degrees", "3-5 km" (normalise gives it the end's unit).
    ['QUANTITY', 'quantity-range-start', String.raw`${NUM}(?=\s?(?:[-–]|to)\s?${AMOUNT}[ -]?(?:metric )?(?:${UNITS})${END})`],
    // Grams against a number of two digits or more, or a decimal: "600g", "2.5g" (not "4g", "5g", a mobile network).
    ['QUANTITY', 'quantity', String.raw`(?:\d{2,4}|\d{1,3}(?:,\d{3})+|\d{1,3}\.\d{1,2})g${END}`],
    // A temperature below zero: "minus 230°C", "-40C", "−5 °F" (not the end of a range: "30-40C").
    ['QUANTITY', 'quantity-temperature', String.raw`(?:(?:minus|Minus) |(?<![\p{L}\d.,])[−-])\d{1,3}(?:\.\d{1,2})?(?: ?°?[CF]| degrees? (?:Celsius|Fahrenheit|centigrade|C|F))${END}`],
    // A temperature written against its C or F: "the 1.5C target", "30.5C (87F)"; a whole number only beside its
    // conversion or after words of the weather ("temperatures reached 41C", "highs of 35C"; "a 12C seat", "Year 5C" are none).
    ['QUANTITY', 'quantity-temperature', String.raw`(?<![\p{L}\d.,])\d{1,3}\.\d{1,2}[CF]${END}|(?<![\p{L}\d.,])\d{1,3}[CF](?= \(\d{1,3}(?:\.\d{1,2})?°?[CF]\))|(?<=${TEMPERATURE_BEFORE})\d{1,3}[CF]${END}|(?<=(?:${TEMPERATURE_BEFORE}\d{1,3}|(?<![\p{L}\d.,])\d{1,3}\.\d{1,2})°?[CF](?: on \p{Lu}\p{Ll}+)?,? (?:and|or|to|then) )\d{1,3}[CF]${END}|(?<=\d°?[CF] \()\d{1,3}(?:\.\d{1,2})?[CF](?=\))`],
    // An earthquake's size: "magnitude 6.2", "a 4.8-magnitude aftershock".
    // (And a second size after the first: "magnitude 3.9 and 4.1".)
    ['QUANTITY', 'quantity-magnitude', String.raw`(?:magnitude|Magnitude) \d(?:\.\d)?${END}|\d(?:\.\d)?[ -]magnitude${END}|(?<=(?:magnitude|Magnitude) \d\.\d (?:and|or|to) )\d\.\d${END}`],
  ] as Array<[EntityType, string, string]>
).map(([type, rule, src]) => {
  // Relative dates are matched in any case ("Last year", "last year"); the rest as written.
  const flags = rule === 'date-relative' || rule === 'date-ago' ? 'uyi' : 'uy';
  return { type, rule, re: new RegExp(src, flags) };
});

/** The end of a range of money after its start ("₹382-402", "$5-6 billion", "20-25 cents"): the amount in group 1. */
const RANGE_END = new RegExp(String.raw`\s?[-–]\s?(${AMOUNT}(?:\s(?:${CUR_WORD}))?)${END}`, 'uy');

/** A number word made an adjective of length, one token: "four-hour", "five-year" (tried as a value start). */
const LENGTH_WORD = /^[a-z]+-(?:and-a-half-)?(?:second|minute|hour|day|week|month|year|decade)s?$/;

/** Words after "the" that start a date: "the spring", "the weekend", "the end of the year". */
const THE_DATE_NEXT = new Set(['spring', 'summer', 'autumn', 'winter', 'weekend', 'end', 'start', 'beginning', 'middle']);

/** A word before a month that makes it part of a name: China's "Long March 10" rocket, the Long March of 1934. */
const NAME_BEFORE_MONTH = /(?:^|[^\p{L}])Long $/u;

/** Words that let a lone "May" be the month: "in May", "since May", "early May". */
const MAY_BEFORE = new Set(`in on since by until till of early late mid last next this through from to before after during between and or`.split(' '));

/** Lowercase words that can start a value ("last week", "two years ago", "noon", "USD 5"). */
const TRIGGER_WORDS = new Set<string>([
  ...[...MONTHS.keys()].flatMap((m) => [m, m + '.']), ...WEEKDAYS, ...RELATIVE_DATE_STARTS, ...DATE_WORDS, ...TIME_WORDS,
  ...NUMBER_WORDS, ...[...CURRENCY_CODES].map((c) => c.toLowerCase()), ...[...CURRENCY_SIGNS].map((c) => c.toLowerCase()),
  'earlier', 'later', 'early', 'late', 'mid', 'us', 'several', 'many', 'first', 'second', 'third', 'fourth', 'final',
  'dollars', 'pounds', 'euros', 'magnitude', 'minus', 'spring', 'summer', 'autumn', 'fall', 'winter', ...OTHER_CALENDAR_STARTS,
  // The letters of a sign, a token of their own: "R$ 111 billion", "HK$5bn".
  ...[...CURRENCY_SIGNS].map((c) => c.replace(/\$$/, '').toLowerCase()).filter((c) => /^\p{L}+$/u.test(c)),
]);

const ATTACHED_CODE = new RegExp(String.raw`^(?:${alt([...CURRENCY_CODES].filter((c) => /^\p{L}+$/u.test(c)))})\d`, 'u');

/** Two months joined as one word: "july-september", "jan.-mar.". */
function isMonthRun(lower: string): boolean {
  const [a, b, ...rest] = lower.replace(/\./g, '').split(/[-–]/);
  return rest.length === 0 && b !== undefined && MONTHS.has(a) && MONTHS.has(b);
}

function isTrigger(t: Tok): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // a digit
  if ((c === 82 || c === 78) && /^[RN]\d/.test(t.text)) return true; // "R697": rand; "N4bn": naira
  if (c === 70 && /^FY(?:\d|$)/.test(t.text)) return true; // "FY27": a fiscal year
  // A currency code against its amount: "KSh3.1", "Sh4.2", "RM42", "Rp5" (the token holds both).
  // (Only a word with a digit in it is tried: the pattern's alternation of codes is long, and this runs for every
  // capitalised word.)
  if (c >= 65 && c <= 90 && /\d/.test(t.text) && ATTACHED_CODE.test(t.text)) return true;
  // (A minus sign before a temperature: "-40C", "−5°F".)
  if (t.kind === 'punct') return CURRENCY_SIGNS.has(t.text) || t.text === "'" || t.text === '-' || t.text === '−';
  // ("mid-December" and lengths written as one word, "four-hour", start values too.)
  // (And a run of months written as one word: "July-September".)
  if (TRIGGER_WORDS.has(t.lower)) return true;
  // (The rest need a dash: most words have none.)
  if (!t.lower.includes('-') && !t.lower.includes('–')) return false;
  return t.lower.startsWith('mid-') || LENGTH_WORD.test(t.lower) || isMonthRun(t.lower);
}

/** The first two days written in a day range or pair ("Jan. 26-27", "12 and 13 June"), as numbers. */
function twoDays(written: string): [number, number] {
  const [a, b] = (written.match(/\b\d{1,2}(?!\d)/g) ?? []).map(Number);
  return [a, b];
}

/** An article with this many SPORTS_WORDS is a match report ("The Lakers led by 12 in the third quarter"). */
const SPORTS_DOC_WORDS = 2;

/** Whether an article reads as a match report (SPORTS_DOC_WORDS words of SPORTS_WORDS or more): its halves and quarters are the game's. */
export function isSportsText(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(SPORTS_WORDS)) if (++n >= SPORTS_DOC_WORDS) return true;
  return false;
}

/**
 * Finds value mentions in one sentence's tokens toks[from..to). A match must start at a trigger
 * token, end on a token boundary inside the sentence, and not start inside a number ("000" of "5,000").
 * `sportsDoc`: the article is a match report (isSportsText), whose halves and quarters are no dates.
 */
export function findValues(text: string, toks: Tok[], from: number, to: number, sportsDoc = false): ValueMatch[] {
  const out: ValueMatch[] = [];
  const sentEnd = to > from ? toks[to - 1].fullEnd : 0;
  let gameSentence: boolean | null = null;
  for (let i = from; i < to; i++) {
    const t = toks[i];
    // ("the" only before the words of date-season and date-end-of: "by the spring", "the end of the year".)
    if (!isTrigger(t) && !(t.lower === 'the' && THE_DATE_NEXT.has(toks[i + 1]?.lower ?? ''))) continue;
    // Inside a number or word written without spaces ("5,000" split as 5 , 000): not a start.
    if (t.start > 0 && /[\p{L}\d.,]/u.test(text[t.start - 1]) && !CURRENCY_SIGNS.has(text[t.start - 1])) continue;
    let bestEnd = -1;
    let best: (typeof PATTERNS)[number] | null = null;
    for (const p of PATTERNS) {
      p.re.lastIndex = t.start;
      const m = p.re.exec(text);
      if (!m) continue;
      const end = t.start + m[0].length;
      if (end > sentEnd || end <= bestEnd) continue;
      // A range's days in order, not a score ("March 3-1"); two days joined by "and" one interval only when they follow
      // each other ("12 and 13 June", not "6 and 12 December").
      if (p.rule === 'date-day-range' || p.rule === 'date-day-pair') {
        const [a, b] = twoDays(m[0]);
        if (p.rule === 'date-day-range' ? b <= a : b !== a + 1) continue;
      }
      // A span of years runs forward: "2024/1689" is a law's number, no years.
      if (p.rule === 'date-year-range' && /^\d{4}[-–/]\d{4}$/.test(m[0]) && +m[0].slice(5) <= +m[0].slice(0, 4)) continue;
      bestEnd = end;
      best = p;
    }
    if (!best) continue;
    // The mention is the match itself; it covers every token that starts inside it.
    let j = i;
    while (j + 1 < to && toks[j + 1].start < bestEnd) j++;
    // "this may prove", "next may well": the verb, not the month (relative dates match in any case).
    if (best.rule === 'date-relative' && text.slice(bestEnd - 4, bestEnd) === ' may') continue;
    if (best.type === 'DATE' && MONTHS.has(t.lower.replace(/\.?(?:[-–].*)?$/, '')) && NAME_BEFORE_MONTH.test(text.slice(Math.max(0, t.start - 6), t.start))) continue;
    if (best.rule === 'date-month' && t.text === 'May') {
      const prev = i > from ? toks[i - 1].lower : '';
      if (!MAY_BEFORE.has(prev)) continue;
    }
    // A month between a title or name and a capitalised word is a first name: "Judge April Perry", "Dr June Raine".
    if (best.rule === 'date-month' && i > from && i + 1 < to && /^\p{Lu}/u.test(toks[i - 1].text) && !MAY_BEFORE.has(toks[i - 1].lower) &&
        toks[i - 1].lower !== 'the' && toks[i - 1].lower !== 'a' &&
        /^\p{Lu}\p{Ll}/u.test(toks[i + 1].text) && !TRIGGER_WORDS.has(toks[i + 1].lower)) continue;
    // "early in the second half at Villa Park": a part of a match, no date. A quarter or half with its year, or in a
    // sentence about money or the economy, stays (normalise reads it as a part of a year).
    if (best.rule === 'date-quarter' && !/ of /.test(text.slice(t.start, bestEnd))) {
      // Read once per sentence: a long one can hold thousands of quarters.
      if (gameSentence === null) {
        const sentence = text.slice(toks[from].start, toks[to - 1].end);
        gameSentence = (sportsDoc || GAME_WORDS.test(sentence)) && !CALENDAR_WORDS.test(sentence);
      }
      if (gameSentence) continue;
    }
    // "[00:02:30]": a recording's timestamp in brackets, no time of day.
    if (best.rule === 'time-clock' && text[t.start - 1] === '[' && text[bestEnd] === ']') {
      i = j;
      continue;
    }
    // "Radio 2 listeners", "Xbox 360 users": a number after a name is part of it, no count.
    if (best.rule === 'quantity' && i > from && /^\p{Lu}/u.test(toks[i - 1].text) && COUNT_UNITS.has(text.slice(text.lastIndexOf(' ', bestEnd - 1) + 1, bestEnd))) continue;
    // "sold 2.1m PS5 consoles", "the UK's 1.6m Muslims": an "m" against a decimal or a small number before a name is
    // millions of the thing named, no metres (a race's "1500m", "the 10,000m Olympic champion" stay, and a height before
    // a sentence that lost its full stop: "a season's best of 5.25m And Ireland's …").
    if (best.rule === 'quantity' && /^(?:\d{1,2}|\d+\.\d+)m$/.test(text.slice(t.start, bestEnd)) && /^ (?:(?!(?:And|But|The|A|An|In|On|At|He|She|It|They|We|This|That|His|Her)\b)\p{Lu}|[\p{L}]*\d)/u.test(text.slice(bestEnd, bestEnd + 8))) continue;
    // "4.6m homes", "2m people": millions of what is counted, no metres (and no value: a count is no quantity).
    if (best.rule === 'quantity' && /^(?:\d{1,2}|\d+\.\d+)m$/.test(text.slice(t.start, bestEnd)) &&
      COUNTED_NOUNS.has(/^ (\p{Ll}+)(?![\p{L}\d-])/u.exec(text.slice(bestEnd, bestEnd + 16))?.[1] ?? '')) continue;
    out.push({ first: i, last: j, start: t.start, end: bestEnd, type: best.type, rule: best.rule });
    if (best.rule === 'money-sign' || best.rule === 'money-range-start') {
      RANGE_END.lastIndex = bestEnd;
      const r = RANGE_END.exec(text);
      const end = bestEnd + (r?.[0].length ?? 0);
      if (r && end <= sentEnd) {
        const k = j;
        while (j + 1 < to && toks[j + 1].start < end) j++;
        out.push({ first: k, last: j, start: end - r[1].length, end, type: 'MONEY', rule: 'money-range-end' });
      }
    }
    // The end of a range of quantities inside the start's token ("1-2 million tonnes"); one after a space is found
    // at its own token.
    if (best.rule === 'quantity-range-start' && toks[j].end > bestEnd) {
      const sep = /\s?[-–]\s?/y;
      sep.lastIndex = bestEnd;
      const quantity = PATTERNS.find((p) => p.rule === 'quantity')!.re;
      quantity.lastIndex = bestEnd + (sep.exec(text)?.[0].length ?? 0);
      const q = quantity.exec(text);
      const end = quantity.lastIndex;
      if (q && end <= sentEnd) {
        const k = j;
        while (j + 1 < to && toks[j + 1].start < end) j++;
        out.push({ first: k, last: j, start: end - q[0].length, end, type: 'QUANTITY', rule: 'quantity' });
      }
    }
    i = j;
  }
  return out;
}
