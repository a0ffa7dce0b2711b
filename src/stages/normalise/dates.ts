/**
 * DATE and TIME mentions as ISO 8601 values, at the precision the text gives:
 * "October 7th, 2023" → 2023-10-07, "March 2005" → 2005-03, "1979" → 1979, "the 1990s" → 199 (a decade),
 * "this week" → 2023-W41, "first quarter" → 2023-Q1, "three years" → P3Y (a duration), "10:30 GMT" → T10:30.
 *
 * Relative dates ("Monday", "last year", "two weeks ago") are read against the article's publication
 * date and stay empty when the article has none; a day and month without a year ("7 October") take the
 * year nearest the publication date. Common shapes are read by the small rules below; the rest goes to
 * chrono-node (en-GB: 11/12/2026 is 11 December), called on the mention text only and memoised.
 */
import * as chrono from 'chrono-node';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12,
};
const UNIT: Record<string, 'D' | 'W' | 'M' | 'Y' | 'X'> = {
  day: 'D', days: 'D', week: 'W', weeks: 'W', month: 'M', months: 'M', year: 'Y', years: 'Y', decade: 'X', decades: 'X',
};
const QUARTER: Record<string, string> = { first: '1', second: '2', third: '3', fourth: '4', final: '4' };

const YEAR = /^(1[5-9]\d\d|20\d\d)$/;
const DECADE = /^(?:the )?(1[5-9]\d|20\d)0s$/;
const SHORT_DECADE = /^(?:the )?'([0-9])0s$/;
const ISO_DATE = /^\d{4}-[01]\d-[0-3]\d$/;
const RELATIVE = /^(?:(?:earlier|later|early|late) )?(this|last|next|past|coming|previous|current) (week|month|year|decade)$/;
const AGO = /^(\d{1,4}|[a-z]+) (day|week|month|year|decade)s? ago$/;
const DURATION = /^(\d{1,4}(?:\.\d+)?|[a-z]+) (days|weeks|months|years|decades)$/;
const QUARTER_RE = /^(first|second|third|fourth|final) (quarter|half)$/;
const FUZZY = /^(?:early|late|mid|the end of|the start of|the beginning of|the middle of)[ -]/;
const CLOCK = /^([01]?\d|2[0-3])[:.]([0-5]\d)(?::([0-5]\d))?\s?(a\.m\.|p\.m\.|am|pm)?/;
const HOUR_AMPM = /^(1[0-2]|0?[1-9])\s?(a\.m\.|p\.m\.|am|pm)/;
const MILITARY = /^([01]\d|2[0-3])([0-5]\d)\s(?:gmt|utc)/;

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

/**
 * The ISO 8601 value of a DATE mention's text, read against `publishedAt` (an ISO timestamp or null);
 * null when the text has no definite value or needs a publication date the article lacks.
 */
export function normaliseDate(text: string, publishedAt: string | null): string | null {
  const day = publishedAt ? publishedAt.slice(0, 10) : '';
  const key = `${day}\n${text}`;
  let v = memo.get(key);
  if (v === undefined) {
    v = readDate(text.toLowerCase().replace(/\s+/g, ' ').trim(), text, day ? new Date(`${day}T12:00:00Z`) : null);
    if (memo.size >= 20_000) memo.clear();
    memo.set(key, v);
  }
  return v;
}

function readDate(s: string, original: string, ref: Date | null): string | null {
  if (YEAR.test(s) || ISO_DATE.test(s)) return s;
  let m = DECADE.exec(s);
  if (m) return m[1];
  if ((m = SHORT_DECADE.exec(s))) return `19${m[1]}`;
  if ((m = DURATION.exec(s))) {
    const n = count(m[1]);
    if (n === null) return null;
    const u = UNIT[m[2]];
    return u === 'X' ? `P${n * 10}Y` : `P${n}${u}`;
  }
  if ((m = RELATIVE.exec(s))) {
    if (!ref) return null;
    const unit = UNIT[m[2]];
    const n = m[1] === 'next' || m[1] === 'coming' ? 1 : m[1] === 'last' || m[1] === 'previous' ? -1 : 0;
    return atPrecision(shift(ref, unit, n), unit);
  }
  if ((m = AGO.exec(s))) {
    const n = count(m[1]);
    if (!ref || n === null) return null;
    const unit = UNIT[m[2]];
    return atPrecision(shift(ref, unit, -n), unit);
  }
  if ((m = QUARTER_RE.exec(s))) {
    if (!ref) return null;
    const q = QUARTER[m[1]];
    return m[2] === 'quarter' ? `${ref.getUTCFullYear()}-Q${q}` : `${ref.getUTCFullYear()}-H${m[1] === 'first' ? 1 : 2}`;
  }
  // "late October", "early 2005": the period itself, at its own precision.
  const fuzzy = FUZZY.exec(s);
  if (fuzzy) return readDate(s.slice(fuzzy[0].length), original.slice(fuzzy[0].length), ref);
  return fromChrono(original, ref);
}

const PROBES = [new Date(Date.UTC(2001, 0, 10, 12)), new Date(Date.UTC(2011, 6, 20, 12))];

function fromChrono(text: string, ref: Date | null): string | null {
  if (!ref) {
    // Without a publication date only an absolute date has a value: one read the same from any day.
    const [a, b] = PROBES.map((p) => chronoValue(text, p));
    return a === b ? a : null;
  }
  return chronoValue(text, ref);
}

function chronoValue(text: string, ref: Date): string | null {
  const result = chrono.en.GB.parse(text, { instant: ref, timezone: 0 })[0];
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

/** The ISO 8601 time of day of a TIME mention ("10:30 GMT" → T10:30, "3pm" → T15:00), or null. */
export function normaliseTime(text: string): string | null {
  const s = text.toLowerCase().trim();
  if (s === 'noon') return 'T12:00';
  if (s === 'midnight') return 'T00:00';
  let m = CLOCK.exec(s);
  if (m) return `T${pad(to24(Number(m[1]), m[4]))}:${m[2]}${m[3] ? `:${m[3]}` : ''}`;
  if ((m = HOUR_AMPM.exec(s))) return `T${pad(to24(Number(m[1]), m[2]))}:00`;
  if ((m = MILITARY.exec(s))) return `T${m[1]}:${m[2]}`;
  return null;
}

function to24(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.startsWith('p');
  if (h === 12) return pm ? 12 : 0;
  return pm ? h + 12 : h;
}
