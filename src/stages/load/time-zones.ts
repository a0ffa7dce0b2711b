/**
 * The one table of time-zone abbreviations, shared by the metadata date parser (load/dates.ts) and the TIME
 * mentions of the normalise stage. Abbreviations are ambiguous across the world; each is read as the zone news
 * text most often means by it: IST is India (+05:30), not Ireland or Israel; CST is US Central, not China.
 */

/** Minutes east of UTC of the zones with a fixed offset, by lowercase abbreviation. */
export const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  z: 0, ut: 0, utc: 0, gmt: 0, wet: 0,
  // Europe and Africa
  bst: 60, west: 60, cet: 60, cest: 120, eet: 120, eest: 180, msk: 180, wat: 60, cat: 120, sast: 120, eat: 180,
  // Asia
  gst: 240, pkt: 300, ist: 330, wib: 420, ict: 420, wita: 480, wit: 540, pht: 480, hkt: 480, sgt: 480, jst: 540, kst: 540,
  // Australia and New Zealand
  awst: 480, acst: 570, acdt: 630, aest: 600, aedt: 660, nzst: 720, nzdt: 780,
  // North America and Hawaii
  est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  akst: -540, akdt: -480, hst: -600,
};

/** US zones written without standard or daylight ("ET", "PT"): their standard offset, one hour more in summer. */
const US_GENERIC: Readonly<Record<string, number>> = { et: -300, ct: -360, mt: -420, pt: -480 };

/**
 * Minutes east of UTC of a zone abbreviation at a local date and time, or null when the abbreviation is unknown.
 * "ET", "CT", "MT" and "PT" follow US daylight saving time at that date (see usDaylightSaving).
 */
export function zoneOffsetAt(abbreviation: string, year: number, month: number, day: number, hour: number): number | null {
  const z = abbreviation.toLowerCase();
  if (Object.hasOwn(ZONE_OFFSETS, z)) return ZONE_OFFSETS[z];
  if (Object.hasOwn(US_GENERIC, z)) return US_GENERIC[z] + (usDaylightSaving(year, month, day, hour) ? 60 : 0);
  return null;
}

/**
 * Whether a local US date and hour is in daylight saving time: from the second Sunday of March to the first Sunday
 * of November since 2007, from the first Sunday of April to the last Sunday of October from 1987 to 2006, both
 * switching at 02:00 local time.
 */
export function usDaylightSaving(year: number, month: number, day: number, hour: number): boolean {
  const [startMonth, startDay, endMonth, endDay] = year >= 2007
    ? [3, nthSunday(year, 3, 2), 11, nthSunday(year, 11, 1)]
    : [4, nthSunday(year, 4, 1), 10, lastSunday(year, 10)];
  const at = (m: number, d: number, h: number) => ((m * 32 + d) * 24) + h;
  const now = at(month, day, hour);
  return now >= at(startMonth, startDay, 2) && now < at(endMonth, endDay, 2);
}

/** Day of the month of the nth Sunday (1-based). */
function nthSunday(year: number, month: number, n: number): number {
  const firstWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((7 - firstWeekday) % 7) + (n - 1) * 7;
}

function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** An offset in minutes as ISO 8601 writes it: "Z", "+05:30", "-04:00". */
export function isoOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
