/**
 * Publication dates to ISO 8601 UTC (`YYYY-MM-DDTHH:mm:ss.sssZ`). Accepted: ISO 8601 and its
 * common variants, RFC 2822, "1 May 2024" / "May 1, 2024" forms (also after a time, as AP prints them:
 * "10:32 AM EST, Tue March 4, 2025"; a time may have a dot, as British outlets print it: "Tue 24 Nov 2026 16.05 GMT", or an h, as Brazilian and French ones do: "Nov.26.2026 at 2h20PM"), day and month in digits where only one order can be meant ("24/11/2026",
 * "11/24/2026"; not "03/04/2026"), and epoch seconds or
 * milliseconds. A value with no time zone is read as UTC (never as the machine's local time,
 * so runs are reproducible); a date without a time becomes midnight UTC. Zone abbreviations come from one table
 * (time-zones.ts); a time in a zone the table does not know ("2:15 PM XST") keeps its date, at midnight UTC,
 * and readDate warns (W_DATE_ZONE) rather than losing the whole date.
 */
import type { Problem } from '../../model/doc.ts';
import { problem } from '../../errors.ts';
import { zoneOffset as namedZoneOffset } from './time-zones.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// "2h20PM", "14h05": the hour and minutes with an h between, as Brazilian and French pages write them.
const TIME = String.raw`(\d{1,2})[:.h](\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([ap]\.?m\.?)?`;
// Any abbreviation of two to five letters: build() looks it up in the zone table.
// "Paris time": a city's time, as the zone table names it.
const ZONE = String.raw`(Z|[A-Z]{2,5}|(?:GMT|UTC)?[+-]\d{2}(?::?\d{2})?|[A-Z][a-z]+(?: [A-Z][a-z]+)? time)`;
/** "November 5, 2026 Thursday": the weekday after the date, as Nexis exports print it. */
const TRAILING_WEEKDAY = /,?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** ", UK" closing a time: the zone, written as a place ("07:15, UK"). */
const UK_AFTER_TIME = /(\d),\s*UK$/;
/**
 * " - 05:00", " — 5.00am", " • 9:47pm": a dash, a bullet or a bar between a date and the time after it, as Irish,
 * Australian and British pages print it ("Tue Nov 17 2026 - 05:00", "12 November 2026 • 9:47pm").
 */
/** "7:00 pm (Paris)": the city whose time it is, in brackets after the time, as Le Monde prints it. */
const CITY_AFTER_TIME = /(\d\s*(?:[ap]\.?m\.?)?)\s*\(([A-Z][a-z]+(?: [A-Z][a-z]+)?)\)$/i;
const SEPARATED_TIME = /(\d{4})\s+[-–—•·|]\s+(?=\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$)/i;
/** "Nov.26.2026": the month, day and year with dots between, as Folha's pages print them. */
const DOTTED_MONTH_DAY = /^([A-Za-z]{3,9})\.(\d{1,2})\.(\d{4})\b/;
const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;

const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{2})[-/](\d{2})(?:(?:T|\s+)${TIME})?\s*${ZONE}?$`, 'i');
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MONTH = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?\s*${ZONE}?$`, 'i');
const MONTH_DAY = new RegExp(String.raw`^${WEEKDAY}([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?${TIME})?\s*${ZONE}?$`, 'i');

/** The time first, as AP prints it: "10:32 AM EST, Tue March 4, 2025", "09:15 GMT, 4 March 2025". */
const TIME_MONTH_DAY = new RegExp(String.raw`^${TIME}\s*${ZONE}?,?\s+${WEEKDAY}([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, 'i');
const TIME_DAY_MONTH = new RegExp(String.raw`^${TIME}\s*${ZONE}?,?\s+${WEEKDAY}(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$`, 'i');

/**
 * "24/11/2026", "11/24/2026", "24.11.2026 14:05": day and month in digits, read only when one of them is over 12
 * (or both are the same), since "03/04/2026" is 3 April in Europe and March 4 in the US.
 */
const NUMERIC = new RegExp(String.raw`^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:(?:T|,?\s+)${TIME})?\s*${ZONE}?$`, 'i');

/** A date read: its ISO UTC string, and the zone abbreviation it had to leave aside, if any. */
interface Parsed {
  iso: string;
  unknownZone?: string;
}

/** The ISO UTC string for a date value, or null when it cannot be read. */
export function parseDate(value: unknown): string | null {
  return parse(value)?.iso ?? null;
}

function parse(value: unknown): Parsed | null {
  if (value instanceof Date) return known(iso(value.getTime()));
  if (typeof value === 'number') return known(fromEpoch(value));
  if (typeof value === 'bigint') return known(fromEpoch(Number(value)));
  if (typeof value !== 'string') return null;
  // "Sunday 22 November 2026 07:15, UK": UK time after a comma, as Sky's pages write it.
  const s = value.trim().replace(/\s+/g, ' ').replace(TRAILING_WEEKDAY, '').replace(UK_AFTER_TIME, '$1 UK')
    .replace(SEPARATED_TIME, '$1 ').replace(CITY_AFTER_TIME, '$1 $2 time').replace(DOTTED_MONTH_DAY, '$1 $2, $3');
  if (/^-?\d{9,13}(?:\.\d+)?$/.test(s)) return known(fromEpoch(Number(s)));
  let m = COMPACT.exec(s);
  if (m) return build(+m[1], +m[2], +m[3]);
  m = ISO.exec(s);
  if (m) return build(+m[1], +m[2], +m[3], m.slice(4, 9), m[9]);
  m = DAY_MONTH.exec(s);
  if (m) return build(+m[3], month(m[2]), +m[1], m.slice(4, 9), m[9]);
  m = MONTH_DAY.exec(s);
  if (m) return build(+m[3], month(m[1]), +m[2], m.slice(4, 9), m[9]);
  m = TIME_MONTH_DAY.exec(s);
  if (m) return build(+m[9], month(m[7]), +m[8], m.slice(1, 6), m[6]);
  m = TIME_DAY_MONTH.exec(s);
  if (m) return build(+m[9], month(m[8]), +m[7], m.slice(1, 6), m[6]);
  m = NUMERIC.exec(s);
  if (m) {
    const [a, b] = [+m[1], +m[2]];
    if (a > 12 && b <= 12) return build(+m[3], b, a, m.slice(4, 9), m[9]);
    if (b > 12 && a <= 12) return build(+m[3], a, b, m.slice(4, 9), m[9]);
    if (a === b) return build(+m[3], a, b, m.slice(4, 9), m[9]);
  }
  return null;
}

/**
 * Reads a metadata date: null when absent (no warning), the ISO string when readable, and
 * null plus a W_BAD_DATE warning pushed onto `warnings` otherwise.
 */
export function readDate(value: unknown, warnings: Problem[]): string | null {
  if (value == null || (typeof value === 'string' && value.trim() === '')) return null;
  const parsed = parse(value);
  if (parsed === null) warnings.push(problem('W_BAD_DATE', 'load', { value: shown(value) }));
  else if (parsed.unknownZone) warnings.push(problem('W_DATE_ZONE', 'load', { value: shown(value), zone: parsed.unknownZone }));
  return parsed?.iso ?? null;
}

function shown(value: unknown): string {
  const s = typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return s.length > 80 ? s.slice(0, 77) + '...' : s;
}

function known(isoString: string | null): Parsed | null {
  return isoString === null ? null : { iso: isoString };
}

// Below 1e11 a number is read as seconds (1e11 s is the year 5138; 1e11 ms is 1973).
function fromEpoch(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  return iso(Math.abs(n) < 1e11 ? n * 1000 : n);
}

function iso(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(Math.round(ms));
  const y = d.getUTCFullYear();
  // Outside these years a "date" is almost surely a wrong field or unit.
  if (Number.isNaN(y) || y < 1000 || y > 9999) return null;
  return d.toISOString();
}

function month(word: string): number {
  const w = word.toLowerCase();
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((name) => name.startsWith(w) && (w.length === 3 || w === name));
  return i + 1; // 0 when unknown: build() rejects it
}

function build(year: number, mon: number, day: number, time: Array<string | undefined> = [], zone?: string): Parsed | null {
  const [hh, mi, ss, frac, ampm] = time;
  let hour = hh === undefined ? 0 : +hh;
  const minute = mi === undefined ? 0 : +mi;
  const second = ss === undefined ? 0 : +ss;
  const ms = frac === undefined ? 0 : Math.floor(+`0.${frac}` * 1000);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (ampm.toLowerCase().startsWith('p') ? 12 : 0);
  }
  if (mon < 1 || mon > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  let t = Date.UTC(year, mon - 1, day, hour, minute, Math.min(second, 59), ms);
  const d = new Date(t);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== mon - 1 || d.getUTCDate() !== day) return null; // 30 February
  if (zone) {
    const offset = zoneOffset(zone, year, mon, day);
    if (offset === null) {
      // "2:15 PM XST": a capitalised abbreviation after a time is a zone, just not one in the table. The date
      // as written still holds (the time could be up to a day off), so it is kept without the time.
      const dateOnly = /^(?:[A-Z]{2,5}|[A-Z][a-z]+(?: [A-Z][a-z]+)? time)$/.test(zone) && hh !== undefined ? iso(Date.UTC(year, mon - 1, day)) : null;
      return dateOnly === null ? null : { iso: dateOnly, unknownZone: zone };
    }
    t -= offset * 60_000;
    const read = known(iso(t));
    // "7:45 PM EST, November 2, 2026" is 2026-11-03T00:45Z: the day it printed is November 2.
    const printedDay = new Date(Date.UTC(year, mon - 1, day)).toISOString().slice(0, 10);
    if (read && printedDays && read.iso.slice(0, 10) !== printedDay) printedDays.set(read.iso, printedDay);
    return read;
  }
  return known(iso(t));
}

/** While a file is read (withPrintedDays), the day each time read with its zone printed, by its UTC time. */
let printedDays: Map<string, string> | null = null;

/**
 * Runs `read`, and returns with its result the calendar day each date it read with a zone or an offset printed,
 * by the ISO UTC string it became, where the two days differ ("2026-11-02T19:45:00-05:00" → 2026-11-02 under
 * 2026-11-03T00:45:00.000Z): the day relative dates count from (ArticleMeta.localDay).
 */
export function withPrintedDays<T>(read: () => T): { result: T; days: Map<string, string> } {
  const outer = printedDays;
  const days = new Map<string, string>();
  printedDays = days;
  try {
    return { result: read(), days };
  } finally {
    printedDays = outer;
  }
}

/** Minutes east of UTC for a zone abbreviation (at that local date) or a ±hh[:mm] offset. */
function zoneOffset(zone: string, year: number, mon: number, day: number): number | null {
  // (The day decides summer time for "ET", "PT", "London time"; the hour of the change itself is ignored.)
  const named = namedZoneOffset(zone, `${year}-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  if (named !== null) return named;
  const z = zone.toLowerCase();
  if (z === 'z' || z === 'ut') return 0;
  if (z === 'uk') return namedZoneOffset('UK time', `${year}-${String(mon).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  const m = /^(?:gmt|utc)?([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return null;
  const minutes = +m[2] * 60 + (m[3] ? +m[3] : 0);
  if (+m[2] > 14 || (m[3] && +m[3] > 59)) return null;
  return m[1] === '-' ? -minutes : minutes;
}

/**
 * Like readDate over several sources of the same date (meta tag, JSON-LD, <time>...): the first
 * readable one wins; W_BAD_DATE (naming the first value) only when none of them can be read.
 */
export function readFirstDate(values: unknown[], warnings: Problem[]): string | null {
  const present = values.filter((v) => v != null && !(typeof v === 'string' && v.trim() === ''));
  // A date with its zone beats one that had to leave its zone aside, whatever their order.
  let dateOnly: unknown;
  for (const v of present) {
    const parsed = parse(v);
    if (parsed && !parsed.unknownZone) return parsed.iso;
    if (parsed && dateOnly === undefined) dateOnly = v;
  }
  if (dateOnly !== undefined) return readDate(dateOnly, warnings);
  return present.length ? readDate(present[0], warnings) : null;
}
