/**
 * Time zones as news writes them after a clock time ("2 p.m. ET", "10 a.m. IST", "1:30 p.m. Tokyo time") and as
 * metadata dates end ("2:15 PM AWST"), with their UTC offsets. One table for every stage: load reads metadata dates
 * with it (load/dates.ts), the entities stage builds its TIME pattern from `ZONE_NAMES`, normalise reads a TIME
 * mention's offset with `zoneOffset`. Abbreviations are ambiguous across the world; each is read as the zone news
 * text most often means by it: IST is India (+05:30), not Ireland or Israel; CST is US Central, not China.
 *
 * A zone that names a region rather than its winter or summer time ("ET", "London time") has a daylight-saving rule:
 * its offset depends on the date, and without a date the standard (winter) offset is taken, the one the region keeps
 * for most of the news year outside the summer months.
 */

/** Where daylight saving applies, by the rule of the region's law (the changes at 01:00-02:00 local are ignored). */
type DstRule = 'us' | 'eu' | 'au' | 'nz';

interface Zone {
  /** Minutes east of UTC in standard time. */
  standard: number;
  /** Daylight-saving rule; the summer offset is one hour more. */
  dst?: DstRule;
}

const fixed = (hours: number): Zone => ({ standard: Math.round(hours * 60) });
const seasonal = (hours: number, dst: DstRule): Zone => ({ standard: Math.round(hours * 60), dst });

/** Zones as written (abbreviations in capitals, "<city> time" with the city capitalised), matched case-insensitively. */
const ZONES: Record<string, Zone> = {
  GMT: fixed(0), UTC: fixed(0), WET: fixed(0), WEST: fixed(1),
  // North America: the named halves are fixed; "ET", "CT", "MT", "PT" follow the US rule.
  EST: fixed(-5), EDT: fixed(-4), CST: fixed(-6), CDT: fixed(-5), MST: fixed(-7), MDT: fixed(-6), PST: fixed(-8), PDT: fixed(-7),
  ET: seasonal(-5, 'us'), CT: seasonal(-6, 'us'), MT: seasonal(-7, 'us'), PT: seasonal(-8, 'us'),
  // Europe, Africa, the Middle East.
  BST: fixed(1), CET: fixed(1), CEST: fixed(2), EET: fixed(2), EEST: fixed(3), MSK: fixed(3), SAST: fixed(2),
  WAT: fixed(1), CAT: fixed(2), EAT: fixed(3), GST: fixed(4),
  // Alaska and Hawaii.
  AKST: fixed(-9), AKDT: fixed(-8), HST: fixed(-10),
  // Asia and the Pacific. "IST" is read as India Standard Time, the one news writes after a clock time.
  IST: fixed(5.5), PKT: fixed(5), WIB: fixed(7), ICT: fixed(7), WITA: fixed(8), WIT: fixed(9), SGT: fixed(8), HKT: fixed(8), PHT: fixed(8),
  JST: fixed(9), KST: fixed(9),
  AWST: fixed(8), ACST: fixed(9.5), ACDT: fixed(10.5), AEST: fixed(10), AEDT: fixed(11), NZST: fixed(12), NZDT: fixed(13),
  'New York time': seasonal(-5, 'us'), 'Washington time': seasonal(-5, 'us'), 'Chicago time': seasonal(-6, 'us'),
  'Los Angeles time': seasonal(-8, 'us'),
  'London time': seasonal(0, 'eu'), 'UK time': seasonal(0, 'eu'), 'Paris time': seasonal(1, 'eu'), 'Berlin time': seasonal(1, 'eu'),
  'Brussels time': seasonal(1, 'eu'), 'Frankfurt time': seasonal(1, 'eu'), 'Kyiv time': seasonal(2, 'eu'), 'Moscow time': fixed(3),
  'Istanbul time': fixed(3), 'Tehran time': fixed(3.5), 'Dubai time': fixed(4),
  'India time': fixed(5.5), 'Delhi time': fixed(5.5), 'Mumbai time': fixed(5.5), 'Jakarta time': fixed(7), 'Bangkok time': fixed(7),
  'Beijing time': fixed(8), 'Hong Kong time': fixed(8), 'Singapore time': fixed(8), 'Taipei time': fixed(8), 'Manila time': fixed(8),
  'Tokyo time': fixed(9), 'Seoul time': fixed(9), 'Sydney time': seasonal(10, 'au'), 'Melbourne time': seasonal(10, 'au'),
  'Canberra time': seasonal(10, 'au'), 'Wellington time': seasonal(12, 'nz'),
};

/** The zones as written, for the TIME pattern. */
export const ZONE_NAMES: readonly string[] = Object.keys(ZONES);

const BY_LOWER = new Map(Object.entries(ZONES).map(([k, z]) => [k.toLowerCase(), z]));

/** The day of the month of the n-th (1-based; -1 the last) `weekday` (0 Sunday) of a month (1-12). */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - ((lastDay.getUTCDay() - weekday + 7) % 7);
}

/** Whether daylight saving is on, on the day `day` (an ISO date), under a rule. */
function summerTime(rule: DstRule, day: string): boolean {
  const [y, m, d] = day.split('-').map(Number);
  const at = m * 100 + d;
  const on = (month: number, weekday: number, n: number) => month * 100 + nthWeekday(y, month, weekday, n);
  switch (rule) {
    case 'us': return at >= on(3, 0, 2) && at < on(11, 0, 1); // second Sunday of March to first Sunday of November
    case 'eu': return at >= on(3, 0, -1) && at < on(10, 0, -1); // last Sunday of March to last Sunday of October
    case 'au': return at >= on(10, 0, 1) || at < on(4, 0, 1); // first Sunday of October to first Sunday of April
    case 'nz': return at >= on(9, 0, -1) || at < on(4, 0, 1); // last Sunday of September to first Sunday of April
  }
}

/**
 * Minutes east of UTC of a zone as written ("ET", "IST", "Tokyo time"; any case), on the day `day` (an ISO date
 * "2026-07-04", or null); null for a name not in the table. A zone with daylight saving takes its summer offset on a
 * day inside its summer, and its standard offset on other days or when the day is unknown.
 */
export function zoneOffset(name: string, day: string | null = null): number | null {
  const zone = BY_LOWER.get(name.toLowerCase().replace(/\s+/g, ' '));
  if (!zone) return null;
  return zone.dst && day && /^\d{4}-\d{2}-\d{2}/.test(day) && summerTime(zone.dst, day.slice(0, 10)) ? zone.standard + 60 : zone.standard;
}

/**
 * The home zone of news agencies and outlets that stamp their stories in it, as their header lines print the time
 * with no zone ("KYODO NEWS - Nov 21, 2026 - 18:30" is JST, "Published 6:02 am, 14 Oct 2026" on RNZ is New Zealand's
 * time). Only those with one home: not AP, AFP, Reuters or Bloomberg, whose desks stamp in many zones, nor a name
 * several outlets share ("ABC News", "The Independent"). Names as the header gives the source, in small letters.
 */
const HOME_ZONES: Record<string, string> = {
  // Agencies.
  kyodo: 'JST', 'kyodo news': 'JST', jiji: 'JST', 'jiji press': 'JST', yonhap: 'KST', 'yonhap news agency': 'KST',
  xinhua: 'Beijing time', pti: 'IST', ians: 'IST', ani: 'IST', uni: 'IST', 'press trust of india': 'IST',
  antara: 'WIB', bernama: 'SGT' /* Malaysia's time, the same offset */, tass: 'Moscow time', 'ria novosti': 'Moscow time',
  interfax: 'Moscow time', anadolu: 'Istanbul time', 'anadolu agency': 'Istanbul time', app: 'PKT', wam: 'Dubai time',
  irna: 'Tehran time', aap: 'Sydney time', dpa: 'Berlin time', 'pa media': 'UK time', 'press association': 'UK time',
  // National outlets ("UK time" also for Ireland's, which keeps the same clock).
  'china daily': 'Beijing time', 'global times': 'Beijing time', "people's daily": 'Beijing time',
  'south china morning post': 'HKT', scmp: 'HKT', 'the hindu': 'IST', 'hindustan times': 'IST', 'the times of india': 'IST',
  'the indian express': 'IST', dawn: 'PKT', 'the express tribune': 'PKT', 'the straits times': 'SGT', 'the jakarta post': 'WIB',
  'the japan times': 'JST', nhk: 'JST', 'the asahi shimbun': 'JST', 'the korea herald': 'KST', 'the korea times': 'KST',
  rnz: 'Wellington time', 'nz herald': 'Wellington time', stuff: 'Wellington time', 'the sydney morning herald': 'Sydney time',
  'the age': 'Melbourne time', 'france 24': 'Paris time', 'le monde': 'Paris time', 'kyiv independent': 'Kyiv time',
  'the kyiv independent': 'Kyiv time', 'rté news': 'UK time', 'rté': 'UK time', 'the irish times': 'UK time',
  'irish examiner': 'UK time', 'the times': 'UK time', 'the telegraph': 'UK time', 'evening standard': 'UK time',
  'the guardian': 'UK time', 'bbc news': 'UK time', 'sky news': 'UK time',
};

/**
 * Minutes east of UTC of an agency's or outlet's home zone (HOME_ZONES: "Kyodo News" → JST), on the day `day` (an
 * ISO date), or null for a name the table lacks.
 */
export function homeZoneOffset(outlet: string, day: string | null = null): number | null {
  const zone = HOME_ZONES[outlet.trim().toLowerCase()];
  return zone === undefined ? null : zoneOffset(zone, day);
}

/** An offset in minutes as ISO 8601 writes it: "Z", "+05:30", "-04:00". */
export function isoOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}
