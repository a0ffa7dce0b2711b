/**
 * DATE and TIME mentions as ISO 8601 values, at the precision the text gives:
 * "October 7th, 2023" → 2023-10-07, "March 2005" → 2005-03, "1979" → 1979, "the 1990s" → 199 (a decade),
 * "this week" → 2023-W41, "first quarter of 2027" → 2027-Q1, "three years" → P3Y (a duration), "10:30 GMT" → T10:30Z.
 *
 * Relative dates ("Monday", "last year", "two weeks ago") are read against the article's publication
 * date and stay empty when the article has none. A weekday, a day or a month without a year takes its place
 * from the tense of its clause (DateContext): "was approved in December" is the last December, "will meet on
 * Friday" the next Friday. Where the clause has no tense, a day or month takes the publication year, or the
 * year before or after when that puts it within three months of the publication date and the publication year
 * half a year or more away ("January 1" in November), and a weekday the nearest such day (three days either
 * way); "last Friday" is the one before. A quarter or half without a year is read only in a sentence about
 * money or the economy (not "the third quarter" of a game). Common shapes are read by the small rules below;
 * the rest goes to chrono-node (en-GB: 11/12/2026 is 11 December), called on the mention text only and memoised. */
// Only the English parsers: the whole package loads every locale (several times slower to start).
import { GB } from 'chrono-node/en';
import type { Tense } from './tense.ts';
import { ZONE_NAMES, isoOffset, zoneOffset } from '../load/time-zones.ts';
import { OTHER_CALENDAR_MONTHS } from '../entities/lexicon.ts';

/** A date of the Islamic or the Iranian calendar ("5 Azar 1405"): no Gregorian value is read from it. */
const OTHER_CALENDAR = new RegExp(OTHER_CALENDAR_MONTHS, 'iu');

/**
 * What the sentence tells about a date beyond its words: the clause's tense (tense.ts) places a weekday, a
 * month or a day written without a year before or after the publication date; `calendar` says a quarter or a
 * half is a part of a year (the sentence is about money or the economy, or names the year), not of a game; a
 * fiscal year or a part of one has no calendar value.
 */
export interface DateContext {
  tense: Tense | null;
  calendar: boolean;
  /** The week the sentence named before the date ("Next week …, with markets closed on Thursday"): -1, 0 or 1. */
  week?: number | null;
  /** The date follows "fiscal" ("fiscal 2027", "fiscal third quarter"): a company's year, no calendar one. */
  fiscal?: boolean;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};
const UNIT: Record<string, 'D' | 'W' | 'M' | 'Y' | 'X'> = {
  day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y', decade: 'X', decades: 'X',
};
const QUARTER: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', final: '4', last: '4' };
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS: Record<string, number> = { sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6 };
const DAY_WORDS: Record<string, number> = {
  today: 0, yesterday: -1, tomorrow: 1, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
  'yesterday morning': -1, 'yesterday afternoon': -1, 'yesterday evening': -1, 'tomorrow morning': 1, 'tomorrow afternoon': 1,
  'tomorrow evening': 1,
};
const MONTH_NAME = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const DAY_MONTH = new RegExp(`^(?:(?:${Object.keys(WEEKDAYS).join('|')}),? )?(?:the )?(\\d{1,2})(?:st|nd|rd|th)?(?: of)? ${MONTH_NAME}(?:,? (\\d{4}))?$`);
const MONTH_DAY = new RegExp(`^(?:(?:${Object.keys(WEEKDAYS).join('|')}),? )?${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`);
/** Days of one month: "jan. 26-27", "feb. 6 to 22, 2027", "3-5 february". */
const MONTH_DAY_RANGE = new RegExp(`^${MONTH_NAME} (\\d{1,2})(?:st|nd|rd|th)?\\s?(?:[-–]|to|until|through|and)\\s?(\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?$`);
const DAY_MONTH_RANGE = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s?(?:[-–]|and)\\s?(\\d{1,2})(?:st|nd|rd|th)? ${MONTH_NAME}(?:,? (\\d{4}))?$`);
const RELATIVE_MONTH = new RegExp(`^(last|next|this|past|coming|previous|following|same|recent) ${MONTH_NAME}$`);
/** A run of months, one period: "july-september", "oct.–dec. 2025". */
const MONTH_RANGE = new RegExp(`^${MONTH_NAME} ?[-–] ?${MONTH_NAME}(?:,? (\\d{4}))?$`);
const MONTH_YEAR = new RegExp(`^${MONTH_NAME}(?:,? (\\d{4}))?$`);
const WEEKDAY = new RegExp(`^(?:(last|this|next|on) )?(${Object.keys(WEEKDAYS).join('|')})$`);

const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const DECADE = /^(?:the )?(1[5-9]\d|20\d)0s$/;
const SHORT_DECADE = /^(?:the )?'([0-9])0s$/;
const YEAR_RANGE = /^(1[5-9]\d\d|20\d\d)(?:[-–/]|\s[-–]\s(?=\d{4}$))(\d{2}|\d{4})$/;
const ISO_DATE = /^\d{4}-[01]\d-[0-3]\d$/;
const RELATIVE = /^(?:(?:earlier|later|early|late) )?(this|last|next|past|coming|previous|current) (week|month|year|decade)$/;
const AGO = /^(\d{1,4}|[a-z]+) (day|week|month|year|decade)s? ago$/;
const DURATION = /^(\d{1,4}(?:\.\d+)?|[a-z]+)( and a half)? (days|weeks|months|years|decades)$/;
const FISCAL = /\b(?:fiscal|financial) (?:year|\d{4})\b|\bfy ?\d{2}/;
const QUARTER_RE = /^(first|second|third|fourth|final|last)[ -](quarter|half)(?: of (?:(\d{4})|(this|last|next|the) year))?$/;
/**
 * A length in two units: "two years and eight months" (P2Y8M), "two hours and 12 minutes", "1 hour, 49 minutes" (PT1H49M),
 * a race's "one minute, 47.97 seconds" (PT1M47.97S).
 */
const TWO_UNITS = /^(\d{1,4}|[a-z]+) (year|month|week|day|hour|minute)s?(?: and|,) (\d{1,4}(?:\.\d{1,3})?|[a-z]+) (month|week|day|minute|second)s?$/;
/** A season of a year: "the summer of 2025" (the year: ISO 8601 has no seasons), "the winter of 2023-24" (the years). */
const SEASON_OF_YEAR = /^(?:the (?:spring|summer|autumn|winter) of (\d{4}(?:[-–/]\d{2}(?:\d{2})?)?)|(?:spring|summer|autumn|fall|winter) (\d{4}))$/;
/** A day or month with its year said relative to the publication year: "nov. 12 last year", "december of next year". */
const OF_RELATIVE_YEAR = /^(.+?),? (?:of )?(last|this|next) year$/;
const MONTHS_OF_YEAR = /^(first|last|final) (\d{1,2}|[a-z]+) months(?: of (?:(\d{4})|(this|last|next|the) year))?$/;
const FUZZY = /^(?:early|late|mid|the end of|the start of|the beginning of|the middle of)[ -]/;
const CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?\s?(a\.m\.|p\.m\.|am|pm)?/;
const HOUR_AMPM = /^(1[0-2]|0?[1-9])\s?(a\.m\.|p\.m\.|am|pm)/;
const TIME_DURATION = /^(\d{1,4}(?:\.\d+)?|[a-z]+)( and a half)? (hour|minute|second)s?$/;
const MILITARY = /^([01]\d|2[0-3])([0-5]\d)\s(?:gmt|utc)/;
/** Millions or billions of years: "166m years ago" (no calendar date), "150 million years" (P150000000Y). */
const SCALED_YEARS = /^(\d{1,4}(?:\.\d{1,3})?) ?(m|bn|million|billion) years( ago)?$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymd = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** ISO 8601 week of a date: "2023-W41". */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day); // the Thursday of the week decides its year
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function shift(ref: Date, unit: 'D' | 'W' | 'M' | 'Y' | 'X', n: number): Date {
  const d = new Date(ref.getTime());
  if (unit === 'D') d.setUTCDate(d.getUTCDate() + n);
  else if (unit === 'W') d.setUTCDate(d.getUTCDate() + 7 * n);
  else if (unit === 'M') d.setUTCMonth(d.getUTCMonth() + n, 1);
  else d.setUTCFullYear(d.getUTCFullYear() + (unit === 'X' ? 10 * n : n), 0, 1);
  return d;
}

function atPrecision(d: Date, unit: 'D' | 'W' | 'M' | 'Y' | 'X'): string {
  if (unit === 'D') return ymd(d);
  if (unit === 'W') return isoWeek(d);
  if (unit === 'M') return ymd(d).slice(0, 7);
  if (unit === 'Y') return String(d.getUTCFullYear());
  return String(d.getUTCFullYear()).slice(0, 3);
}

function count(word: string): number | null {
  if (/^\d/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}

const memo = new Map<string, string | null>();
/** A length written as an adjective: "40-minute", "five-year". */
const ADJECTIVE_LENGTH = /^(\S+?)(-and-a-half)?-(second|minute|hour|day|week|month|year|decade)$/;
/** "five-and-a-half-year" → "five and a half years", "40-minute" → "40 minutes". */
const lengthOf = (s: string) => s.replace(ADJECTIVE_LENGTH, (_, n: string, half: string | undefined, unit: string) => `${n}${half ? ' and a half' : ''} ${unit}s`);

/** The ISO 8601 duration of a length in two units (TWO_UNITS), weeks as days; null when a number cannot be read. */
function twoUnits(m: RegExpExecArray): string | null {
  const a = count(m[1]);
  const b = count(m[3]);
  if (a === null || b === null) return null;
  const parts: Record<string, number> = {};
  for (const [n, unit] of [[a, m[2]], [b, m[4]]] as Array<[number, string]>) {
    const [key, times] = unit === 'week' ? ['day', 7] : [unit, 1];
    parts[key] = (parts[key] ?? 0) + n * times;
  }
  const date = ['year', 'month', 'day'].filter((u) => parts[u]).map((u) => `${parts[u]}${u[0].toUpperCase()}`).join('');
  const time = [['hour', 'H'], ['minute', 'M'], ['second', 'S']].filter(([u]) => parts[u]).map(([u, c]) => `${parts[u]}${c}`).join('');
  return `P${date}${time ? `T${time}` : ''}`;
}

/**
 * The ISO 8601 value of a DATE mention's text, read against `publishedAt` (an ISO timestamp or null);
 * null when the text has no definite value or needs a publication date the article lacks.
 */
export function normaliseDate(text: string, publishedAt: string | null, context: DateContext = NO_CONTEXT): string | null {
  const day = publishedAt ? publishedAt.slice(0, 10) : '';
  const key = `${day}\n${context.tense}\n${context.calendar}\n${context.week ?? ''}\n${context.fiscal ?? ''}\n${text}`;
  let v = memo.get(key);
  if (v === undefined) {
    // ("a five-year deal": the length "five years".)
    const s = lengthOf(text.toLowerCase().replace(/\s+/g, ' ').trim());
    v = readDate(s, text, day ? new Date(`${day}T12:00:00Z`) : null, context);
    if (memo.size >= 20_000) memo.clear();
    memo.set(key, v);
  }
  return v;
}

const NO_CONTEXT: DateContext = { tense: null, calendar: true };

function readDate(s: string, original: string, ref: Date | null, context: DateContext): string | null {
  // A fiscal year or a part of one ("fiscal 2027", "the third quarter of fiscal 2027", "the first half of the fiscal
  // year") starts in a month each company or government sets: no calendar value.
  if (context.fiscal || FISCAL.test(s) || OTHER_CALENDAR.test(original)) return null;
  if (YEAR.test(s) || ISO_DATE.test(s)) return s;
  let m = YEAR_RANGE.exec(s);
  if (m) {
    // "2029-30", "1999-00", "2023/24", "1939-1945", "(1941 - 2026)": an ISO 8601 interval of years.
    const from = Number(m[1]);
    let to = Number(m[2]);
    if (m[2].length === 2) to += Math.floor(from / 100) * 100 + (to < from % 100 ? 100 : 0);
    // Two digits name a year a few after the first ("2029-30"), not a century on ("2030-29").
    return to > from && (m[2].length === 4 || to - from <= 10) ? `${from}/${to}` : null;
  }
  m = DECADE.exec(s);
  if (m) return m[1];
  if ((m = TWO_UNITS.exec(s))) return twoUnits(m);
  // ("the winter of 2023-24": the span of years.)
  if ((m = SEASON_OF_YEAR.exec(s))) return readDate(m[1] ?? m[2], m[1] ?? m[2], ref, context);
  if ((m = SCALED_YEARS.exec(s))) return m[3] ? null : `P${Math.round(Number(m[1]) * (m[2].startsWith('b') ? 1e9 : 1e6))}Y`;
  if ((m = SHORT_DECADE.exec(s))) return `19${m[1]}`;
  if ((m = DURATION.exec(s))) {
    const n = count(m[1]);
    if (n === null) return null;
    const u = UNIT[m[3]];
    // "four and a half years" P4Y6M; a half of a smaller unit as a decimal ("two and a half weeks" P2.5W).
    if (m[2]) return u === 'Y' ? `P${n}Y6M` : u === 'X' ? `P${n * 10 + 5}Y` : `P${n + 0.5}${u}`;
    return u === 'X' ? `P${n * 10}Y` : `P${n}${u}`;
  }
  // "the weekend": its Saturday and Sunday, the coming one in a future clause, the last one in a past clause, else
  // the nearest (a weekend that has begun by the publication date is "this" one).
  if (s === 'the weekend') {
    if (!ref) return null;
    const day = ref.getUTCDay();
    let toSaturday = (6 - day + 7) % 7;
    if (day === 0) toSaturday = -1;
    if (context.tense === 'past' && toSaturday > 0) toSaturday -= 7;
    else if (context.tense !== 'future' && context.tense !== 'past' && toSaturday > 3) toSaturday -= 7;
    const saturday = shift(ref, 'D', toSaturday);
    return `${ymd(saturday)}/${ymd(shift(saturday, 'D', 1))}`;
  }
  // "this weekend" is the one under way on a Saturday or Sunday, else the coming one; "last weekend" the one before it,
  // "next weekend" the one after.
  if ((m = /^(this|last|next|the past|the coming) weekend$/.exec(s))) {
    if (!ref) return null;
    const day = ref.getUTCDay();
    const toSaturday = day === 6 ? 0 : day === 0 ? -1 : 6 - day;
    const saturday = shift(ref, 'D', toSaturday + (m[1] === 'last' || m[1] === 'the past' ? -7 : m[1] === 'next' ? 7 : 0));
    return `${ymd(saturday)}/${ymd(shift(saturday, 'D', 1))}`;
  }
  // "a year earlier", "two weeks later": counted from a time the text gives, not from the publication date.
  if (/^\S+ (?:day|week|month|year|decade)s? (?:earlier|later)$/.test(s)) return null;
  // "the end of the year" (FUZZY reads "the end of" off it): the publication's year, month, week, decade or century.
  if ((m = /^the (year|month|week|decade|century)$/.exec(s))) {
    if (!ref) return null;
    if (m[1] === 'century') return String(ref.getUTCFullYear()).slice(0, 2);
    return atPrecision(ref, UNIT[m[1]]);
  }
  if ((m = RELATIVE.exec(s))) {
    if (!ref) return null;
    const unit = UNIT[m[2]];
    // "the last decade", "the past decade": the ten years up to the publication year, not the 2010s; "the next decade"
    // the ten after it (ISO 8601 intervals of years).
    if (unit === 'X' && m[1] !== 'this' && m[1] !== 'current') {
      const y = ref.getUTCFullYear();
      return m[1] === 'next' || m[1] === 'coming' ? `${y}/${y + 10}` : `${y - 10}/${y}`;
    }
    // "over the past week", "in the past month": the days up to the publication date (2026-11-18/2026-11-24 on
    // November 24), not the calendar week or month under way nor the one before ("last week").
    if (m[1] === 'past' && (unit === 'W' || unit === 'M')) {
      const start = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() - (unit === 'M' ? 1 : 0), ref.getUTCDate() + (unit === 'W' ? -6 : 1)));
      return `${ymd(start)}/${ymd(ref)}`;
    }
    const n = m[1] === 'next' || m[1] === 'coming' ? 1 : m[1] === 'last' || m[1] === 'previous' ? -1 : 0;
    return atPrecision(shift(ref, unit, n), unit);
  }
  if ((m = AGO.exec(s))) {
    const n = count(m[1]);
    if (!ref || n === null) return null;
    const unit = UNIT[m[2]];
    return atPrecision(shift(ref, unit, -n), unit);
  }
  if ((m = MONTHS_OF_YEAR.exec(s))) {
    // "the first nine months of 2026": the interval of months 2026-01/2026-09; "the last three months of 2025" 2025-10/2025-12.
    const n = count(m[2]);
    // "the first nine months" without its year: of the year only in a sentence about money or the economy, else a length
    // ("in the first two months" of a job); the last such period that has ended, or in a future clause the next.
    if (!m[3] && !m[4]) {
      if (!context.calendar) return n === null ? null : `P${n}M`;
      if (!ref || n === null || n < 1 || n > 12) return null;
      const now = ref.getUTCMonth() + 1;
      const y = ref.getUTCFullYear() + (context.tense === 'future' ? (n < now ? 1 : 0) : n > now ? -1 : 0);
      return `${y}-01/${y}-${pad(n)}`;
    }
    const year = m[3] ? Number(m[3]) : ref ? ref.getUTCFullYear() + (m[4] === 'last' ? -1 : m[4] === 'next' ? 1 : 0) : null;
    if (year === null) return null;
    // "the final few months of 2004": some months of that year, which ones not said.
    if (n === null) return String(year);
    if (n < 1 || n > 12) return null;
    return m[1] === 'first' ? `${year}-01/${year}-${pad(n)}` : `${year}-${pad(13 - n)}/${year}-12`;
  }
  // ("last quarter" alone is the one before the publication's: chrono's, below.)
  if ((m = QUARTER_RE.exec(s)) && (m[1] !== 'last' || m[3] || m[4])) {
    // "the third quarter" of a game, or a company's fiscal one, is no part of a calendar year.
    if (!m[3] && !m[4] && !context.calendar) return null;
    const quarter = m[2] === 'quarter';
    const n = quarter ? Number(QUARTER[m[1]]) : m[1] === 'first' ? 1 : 2;
    let year = m[3] ? Number(m[3]) : ref ? ref.getUTCFullYear() + (m[4] === 'last' ? -1 : m[4] === 'next' ? 1 : 0) : null;
    if (year === null) return null;
    if (!m[3] && !m[4] && ref) {
      // Without a year: the quarter before or after the publication date, as the tense says.
      const current = quarter ? Math.floor(ref.getUTCMonth() / 3) + 1 : ref.getUTCMonth() < 6 ? 1 : 2;
      if (context.tense === 'past' && n > current) year--;
      else if (context.tense === 'future' && n < current) year++;
    }
    return quarter ? `${year}-Q${n}` : `${year}-H${n}`;
  }
  if ((m = OF_RELATIVE_YEAR.exec(s)) && !RELATIVE.test(m[1])) {
    // "Nov. 12 last year" is Nov. 12 of the year before the publication year, whatever the tense: read as if the
    // year were written ("nov. 12 2025"), as "last April" is read with the year before.
    if (!ref) return null;
    const year = ref.getUTCFullYear() + (m[2] === 'last' ? -1 : m[2] === 'next' ? 1 : 0);
    return readDate(`${m[1]} ${year}`, `${m[1]} ${year}`, ref, context);
  }
  if ((m = MONTH_DAY_RANGE.exec(s))) return dayRange(Number(m[4] ?? 0), MONTHS[m[1]], Number(m[2]), Number(m[3]), ref, context.tense);
  if ((m = DAY_MONTH_RANGE.exec(s))) return dayRange(Number(m[4] ?? 0), MONTHS[m[3]], Number(m[1]), Number(m[2]), ref, context.tense);
  if ((m = DAY_MONTH.exec(s))) return dayOf(Number(m[3] ?? 0), MONTHS[m[2]], Number(m[1]), ref, context.tense);
  if ((m = MONTH_DAY.exec(s))) return dayOf(Number(m[3] ?? 0), MONTHS[m[1]], Number(m[2]), ref, context.tense);
  if ((m = RELATIVE_MONTH.exec(s))) {
    // "last April" is the year before's, as news writes it (this year's would be "in April"); "next March" the March
    // after the publication month.
    if (!ref) return null;
    const month = MONTHS[m[2]];
    // "the previous November", "the following March", "that same May": counted from a time the story tells, not from
    // the publication date ("the previous November record" is a kind of record). "This past November" is the last
    // one begun, "the coming March" the next not ended.
    if (m[1] === 'past' || m[1] === 'coming') return `${yearOf(ref, month, null, m[1] === 'past' ? 'past' : 'future')}-${pad(month)}`;
    if (m[1] !== 'last' && m[1] !== 'next' && m[1] !== 'this') return null;
    const now = ref.getUTCMonth() + 1;
    const y = ref.getUTCFullYear();
    const year = m[1] === 'last' ? y - 1 : m[1] === 'next' ? (month > now ? y : y + 1) : y;
    return `${year}-${pad(month)}`;
  }
  if ((m = MONTH_RANGE.exec(s))) {
    // "the July-September period": months 2026-07/2026-09, placed as a whole by its first month (a run into the next
    // year, "November-January", ends in the year after).
    const from = MONTHS[m[1]];
    const to = MONTHS[m[2]];
    if (from === to) return null;
    const year = m[3] ? Number(m[3]) - (to < from ? 1 : 0) : ref ? yearOf(ref, from, null, context.tense) : null;
    return year ? `${year}-${pad(from)}/${year + (to < from ? 1 : 0)}-${pad(to)}` : null;
  }
  if ((m = MONTH_YEAR.exec(s))) {
    const year = m[2] ? Number(m[2]) : ref ? yearOf(ref, MONTHS[m[1]], null, context.tense) : null;
    return year ? `${year}-${pad(MONTHS[m[1]])}` : null;
  }
  if ((m = WEEKDAY.exec(s))) {
    if (!ref) return null;
    // "last" before, "next" after; else as the tense says (a past clause: this day or the six before), else
    // the nearest such day (three days either way, as chrono reads it).
    let diff = WEEKDAYS[m[2]] - ref.getUTCDay();
    // A weekday of the week the sentence named ("Next week is shortened …, with markets closed on Thursday"), Monday to Sunday.
    if ((m[1] === undefined || m[1] === 'on') && context.week != null) {
      const monday = -((ref.getUTCDay() + 6) % 7) + 7 * context.week;
      return ymd(shift(ref, 'D', monday + ((WEEKDAYS[m[2]] + 6) % 7)));
    }
    if (m[1] === 'last') diff = diff >= 0 ? diff - 7 : diff;
    else if (m[1] === 'next') diff = diff <= 0 ? diff + 7 : diff;
    else if (context.tense === 'past' && m[1] !== 'this') diff = diff > 0 ? diff - 7 : diff;
    else if (context.tense === 'future' && m[1] !== 'this') diff = diff < 0 ? diff + 7 : diff;
    else if (diff > 3) diff -= 7;
    else if (diff < -3) diff += 7;
    return ymd(shift(ref, 'D', diff));
  }
  // ("later this afternoon", "early this morning": the day they name.)
  const dayWord = s.replace(/^(?:earlier|later|early|late) (?=this )/, '');
  if (dayWord in DAY_WORDS) return ref ? ymd(shift(ref, 'D', DAY_WORDS[dayWord])) : null;
  // "late October", "early 2005": the period itself, at its own precision.
  const fuzzy = FUZZY.exec(s);
  if (fuzzy) return readDate(s.slice(fuzzy[0].length), original.slice(fuzzy[0].length), ref, context);
  return fromChrono(original, ref);
}

const PROBES = [new Date(Date.UTC(2001, 0, 10, 12)), new Date(Date.UTC(2011, 6, 20, 12))];
// chrono's first parse compiles its patterns (tens of ms): done here, as the module loads with the worker,
// rather than inside the first article's time budget.
GB.parse('the second Tuesday of March 2001 at 10am', { instant: PROBES[0], timezone: 0 });

function fromChrono(text: string, ref: Date | null): string | null {
  if (!ref) {
    // Without a publication date only an absolute date has a value: one read the same from any day.
    const [a, b] = PROBES.map((p) => chronoValue(text, p));
    return a === b ? a : null;
  }
  return chronoValue(text, ref);
}

function chronoValue(text: string, ref: Date): string | null {
  const result = GB.parse(text, { instant: ref, timezone: 0 })[0];
  if (!result) return null;
  const c = result.start;
  const yearKnown = c.isCertain('year');
  const y = c.get('year')!;
  const mo = c.get('month')!;
  const d = c.get('day')!;
  // A weekday ("Monday") or a word like "yesterday" is placed by chrono around the reference date.
  if (c.isCertain('day') || c.isCertain('weekday')) return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
  if (c.isCertain('month')) return `${pad(y, 4)}-${pad(mo)}`;
  return yearKnown ? String(y) : null;
}

/** A day of a month; without a year written, the year the tense or the publication date gives (yearOf; null when there is none). */
function dayOf(year: number, month: number, day: number, ref: Date | null, tense: Tense | null): string | null {
  if (day < 1 || day > 31) return null;
  const y = year || (ref ? yearOf(ref, month, day, tense) : 0);
  if (!y) return null;
  return `${y}-${pad(month)}-${pad(day)}`;
}

/**
 * Days `from` to `to` of one month as an ISO 8601 interval ("2027-01-26/2027-01-27"), like a span of years; the
 * year is the first day's (dayOf), so a range is placed as a whole.
 */
function dayRange(year: number, month: number, from: number, to: number, ref: Date | null, tense: Tense | null): string | null {
  if (to <= from || to > 31) return null;
  const start = dayOf(year, month, from, ref, tense);
  return start ? `${start}/${start.slice(0, 8)}${pad(to)}` : null;
}

const DAY_MS = 86_400_000;
/** Days within which a date of the year before or after counts as near the publication date. */
const NEAR_DAYS = 92;
/** Days from which a date of the publication year counts as far from it. */
const FAR_DAYS = 183;
/** Days ahead within which an event named by its date in a past clause is the coming one ("a December cut"). */
const UPCOMING_DAYS = 60;

/**
 * The year of a day or month written without one, in a clause of a known tense: a past clause's "in October"
 * is the last October that has begun by the publication date, a future clause's the next that has not ended;
 * otherwise the year near the publication date (yearNear).
 */
function yearOf(ref: Date, month: number, day: number | null, tense: Tense | null): number {
  const y = ref.getUTCFullYear();
  if (tense === 'past') return Date.UTC(y, month - 1, day ?? 1) <= ref.getTime() ? y : y - 1;
  if (tense === 'past-event') {
    // An event named by its date in a past clause ("about a December cut"): the last one, unless that is most of a
    // year ago and the next is weeks away (the Fed's December meeting, spoken of in November).
    const past = yearOf(ref, month, day, 'past');
    const ahead = Date.UTC(past + 1, month - 1, day ?? 1) - ref.getTime();
    return ahead > 0 && ahead <= UPCOMING_DAYS * DAY_MS ? past + 1 : past;
  }
  // A future clause's month has not ended (its next month has not begun); its day is today or later.
  if (tense === 'future') return (day === null ? Date.UTC(y, month, 1) > ref.getTime() : Date.UTC(y, month - 1, day) > ref.getTime() - DAY_MS) ? y : y + 1;
  return yearNear(ref, month, day);
}

/**
 * The year of a day or month written without one: the publication year, unless that puts it half a year or
 * more away while the year before or after puts it within three months ("January 1" in a November article is
 * next January; "December 20" in a January article last December; "April" in November stays this April).
 */
function yearNear(ref: Date, month: number, day: number | null): number {
  const y = ref.getUTCFullYear();
  // A month alone is taken at its middle.
  const at = (year: number) => Date.UTC(year, month - 1, day ?? 15);
  const away = (year: number) => Math.abs(at(year) - ref.getTime()) / DAY_MS;
  if (away(y) < FAR_DAYS) return y;
  for (const other of [y + 1, y - 1]) if (away(other) <= NEAR_DAYS) return other;
  return y;
}

/** A US zone spelled out after a clock time ("4 p.m. Eastern", "6:04 p.m. Central time"): its table name (zones.ts). */
const US_ZONE_AT_END = /(?<![\p{L}])(eastern|central|mountain|pacific)(?: (standard|daylight))?(?: time)?$/u;
const US_ZONES: Record<string, string> = { eastern: 'E', central: 'C', mountain: 'M', pacific: 'P' };

/** The zone written at the end of a time as the zone table names it ("EST", "Tokyo time", "Eastern time" → "ET"), or undefined. */
function zoneAtEnd(s: string): string | undefined {
  const us = US_ZONE_AT_END.exec(s);
  // ("Eastern Standard Time" is EST, "Eastern Daylight Time" EDT, "Eastern" ET by the date's daylight saving.)
  if (us) return `${US_ZONES[us[1]]}${us[2] ? us[2][0].toUpperCase() : ''}T`;
  return ZONE_AT_END.exec(s)?.[1];
}

const ZONE_AT_END = new RegExp(`(?<![\\p{L}])(${[...ZONE_NAMES].sort((a, b) => b.length - a.length).join('|')})$`, 'iu');

/**
 * The ISO 8601 value of a TIME mention: a time of day with its zone's offset where the zone gives one
 * ("10:30 GMT" → T10:30Z, "3pm" → T15:00, "9 a.m. EST" → T09:00-05:00, "10 a.m. IST" → T10:00+05:30) or a duration
 * ("71 minutes" → PT71M); or null. `day` (an ISO date, or null) decides daylight saving for a zone that has it
 * ("2 p.m. ET" is -04:00 in July, -05:00 in December; the standard offset without a day: zones.ts).
 */
export function normaliseTime(text: string, day: string | null = null): string | null {
  const s = lengthOf(text.toLowerCase().replace(/\s+/g, ' ').trim());
  if (s === 'noon') return 'T12:00';
  const two = TWO_UNITS.exec(s);
  if (two) return twoUnits(two);
  if (s === 'midnight') return 'T00:00';
  let m = TIME_DURATION.exec(s);
  if (m) {
    const n = count(m[1]);
    if (n === null) return null;
    // "two and a half hours" PT2H30M.
    if (m[2]) return m[3] === 'hour' ? `PT${n}H30M` : m[3] === 'minute' ? `PT${n}M30S` : `PT${n + 0.5}S`;
    return `PT${n}${m[3][0].toUpperCase()}`;
  }
  const written = zoneAtEnd(s);
  const offset = written ? zoneOffset(written, day) : null;
  const zone = offset === null ? '' : isoOffset(offset);
  m = CLOCK.exec(s);
  if (m) return `T${pad(to24(Number(m[1]), m[4]))}:${m[2]}${m[3] ? `:${m[3]}` : ''}${zone}`;
  if ((m = HOUR_AMPM.exec(s))) return `T${pad(to24(Number(m[1]), m[2]))}:00${zone}`;
  if ((m = MILITARY.exec(s))) return `T${m[1]}:${m[2]}${zone}`;
  return null;
}

function to24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.startsWith('p');
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}
