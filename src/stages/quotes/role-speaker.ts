/**
 * Role speakers: a description that names one person by office ("Iran’s president", "the Iranian
 * leader", "the president") when the article gives no name. Each office gets one canonical role
 * name ("President of Iran"), and later descriptions of the same office point to it:
 *
 *   Iran’s president declared …           → new role "President of Iran"
 *   … the president stressed …            → the latest role whose office is "president"
 *   … the Iranian leader emphasized …     → the latest head-of-state role of Iran ("leader" fits a
 *                                           president, prime minister, king or supreme leader)
 *
 * A description may also point to a named person whose title holds the office (the president …
 * after "President Donald Trump"), when that person is nearer than any role; with a country in the
 * description, the name must have the same country just before it ("Iranian President X").
 *
 * Countries come from the entities stage's gazetteer (country names, demonyms); offices from the
 * short list below. The stage appends one PERSON mention (`source: 'role'`, canonicalName preset)
 * per role speaker; normalise keeps a preset canonical name for such mentions.
 */
import type { Mention, Span } from '../../model/doc.ts';
import { gazetteerKey, getGazetteer } from '../entities/gazetteer.ts';

/**
 * Offices whose holder an article names before "the judge", "the coach" ("U.S. District Judge Lewis A. Kaplan"): a
 * description points to that person, and never becomes a role of its own (a country has many judges; "the Texas
 * attorney general" is no office of the United States).
 */
const NAMED_ONLY_OFFICES = [
  'attorney general', 'chief executive', 'chief constable', 'judge', 'justice', 'senator', 'coach', 'manager', 'prosecutor',
  'speaker', 'chairman', 'chairwoman', 'commissioner', 'secretary', 'general', 'admiral', 'director', 'detective',
];
const NAMED_ONLY = new Set(NAMED_ONLY_OFFICES);

/** Titles written short before a name: "Gov. Kathy Hochul" holds the office "governor". */
const TITLE_ABBREVIATIONS: Record<string, string> = { gov: 'governor', sen: 'senator', rep: 'representative', gen: 'general', adm: 'admiral', supt: 'superintendent', det: 'detective' };
const TITLE_ABBREVIATION = /\b(?:gov|sen|rep|gen|adm|supt|det)\b\.?/g;

/** Offices, as written in lower case; two-word offices first. */
const OFFICES = [
  'supreme leader', 'prime minister', 'foreign minister', 'defense minister', 'defence minister',
  'finance minister', 'interior minister', 'foreign secretary', 'vice president', 'crown prince',
  'president', 'leader', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'emir', 'sultan', 'ayatollah',
  'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'negotiator', 'minister', 'governor', 'mayor',
  ...NAMED_ONLY_OFFICES,
];
/** Offices held by one head of state or government: what a bare "leader" may refer to. */
const HEAD_OFFICES = new Set(['supreme leader', 'prime minister', 'president', 'leader', 'premier', 'chancellor', 'king', 'queen', 'monarch', 'emir', 'sultan']);
const DETERMINERS = new Set(['the', 'its', 'their', 'our']);
/** How many earlier role descriptions a description is compared with (keeps the stage linear). */
const MAX_ROLES_BACK = 50;
/** How far back (in characters) a named person may stand to be the referent of a description. */
const MAX_DISTANCE = 4000;

const regionNames = new Intl.DisplayNames('en', { type: 'region' });

/** The ISO country code a country name or demonym stands for ("Iran", "Iranian", "Israelis"), or null. */
export function countryOf(word: string): string | null {
  const g = getGazetteer();
  const hit = (w: string) => {
    const e = g.lookup(gazetteerKey(w));
    return e && e.id && /^[A-Z]{2}$/.test(e.id) ? e.id : null;
  };
  const direct = hit(word);
  if (direct) return direct;
  // Hand-curated demonyms carry no code: Iranian → Iran, American → America, Israeli → Israel.
  for (const suffix of ['ians', 'ian', 'ans', 'an', 'is', 'i', 'ese', 's']) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      const cc = hit(word.slice(0, -suffix.length));
      if (cc) return cc;
    }
  }
  return null;
}

/** "President of Iran" from the office and the ISO country code. */
function roleName(office: string, country: string): string {
  return `${office.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase())} of ${regionNames.of(country) ?? country}`;
}

/** A parsed description: its office and, when it names one, its country. */
export interface RoleDescription {
  office: string;
  country: string | null;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}.\-’']*/gu;

/**
 * Reads "Iran’s president", "the Iranian leader", "The Iranian president", "the president" (a
 * determiner or a country first, then an office at the end); null for anything else.
 */
export function parseRole(phrase: string): RoleDescription | null {
  const words = phrase.match(WORD);
  if (!words || words.length > 5) return null;
  const lower = words.map((w) => w.toLowerCase());
  let office: string | null = null;
  let officeWords = 0;
  for (const o of OFFICES) {
    const parts = o.split(' ');
    if (parts.length > lower.length) continue;
    if (parts.every((p, k) => lower[lower.length - parts.length + k] === p)) { office = o; officeWords = parts.length; break; }
  }
  if (!office) return null;
  const front = words.slice(0, words.length - officeWords);
  // A capitalised office is a title before a name ("President Trump"), not a description; but after "the" alone it
  // is the house style of many papers for the office ("the President said", "the Chief Minister").
  if (words[words.length - 1][0] !== lower[lower.length - 1][0] && !(front.length === 1 && lower[0] === 'the')) return null;
  let country: string | null = null;
  let k = 0;
  if (k < front.length && DETERMINERS.has(front[k].toLowerCase())) k++;
  if (k < front.length) {
    const w = front[k];
    const possessive = /['’]s$/.test(w) ? w.slice(0, -2) : /s['’]$/.test(w) ? w.slice(0, -1) : null;
    country = countryOf(possessive ?? w);
    if (!country) return null;
    k++;
  } else if (k === 0) {
    return null; // a bare office word ("president") is no description
  }
  if (k !== front.length) return null;
  return { office, country };
}

/** One office in one article; descriptions read later may make its office more precise. */
export interface Role {
  canonicalName: string;
  office: string;
  country: string | null;
}

/** What a description resolved to: a new or earlier role, or a named mention (index into the mentions). */
export type RoleResolution = { role: Role } | { mention: number };

/**
 * Resolves descriptions in text order. `mentions` are the entity mentions (sorted by start), used to
 * find a named person whose title holds the office.
 */
export class RoleResolver {
  private readonly roles: Role[] = [];
  private readonly rolePos: number[] = [];
  /** Mentions sorted by start, as indices into `mentions`. */
  private readonly order: number[];

  constructor(private readonly text: string, private readonly mentions: readonly Mention[]) {
    this.order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start || a - b);
  }

  resolve(speaker: Span): RoleResolution | null {
    const desc = parseRole(this.text.slice(speaker.start, speaker.end));
    if (!desc) return null;
    // Same office, or "leader" and a head office either way round; the same country, or none said.
    const fits = (office: string, country: string | null) =>
      (desc.office === office || ((desc.office === 'leader' || office === 'leader') && HEAD_OFFICES.has(office) && HEAD_OFFICES.has(desc.office))) &&
      (desc.country === null || desc.country === country);
    let role: Role | null = null;
    let rolePos = -1;
    for (let k = this.roles.length - 1; k >= 0 && k >= this.roles.length - MAX_ROLES_BACK; k--) {
      if (fits(this.roles[k].office, this.roles[k].country)) { role = this.roles[k]; rolePos = this.rolePos[k]; break; }
    }
    const named = this.namedHolder(speaker.start, desc, rolePos);
    if (named !== null) return { mention: named };
    if (NAMED_ONLY.has(desc.office)) return null;
    if (role) {
      // "the Iranian leader" … "Iran’s president": the role is the presidency.
      if (role.office === 'leader' && desc.office !== 'leader') {
        role.office = desc.office;
        role.canonicalName = roleName(role.office, role.country!);
      }
      return this.remember(role, speaker.start);
    }
    if (!desc.country) return null; // "the president" with nobody to point to
    return this.remember({ canonicalName: roleName(desc.office, desc.country), office: desc.office, country: desc.country }, speaker.start);
  }

  private remember(role: Role, pos: number): RoleResolution {
    this.roles.push(role);
    this.rolePos.push(pos);
    return { role };
  }

  /** The nearest PERSON mention before `pos` (and after `after`) whose title holds the office. */
  private namedHolder(pos: number, desc: RoleDescription, after: number): number | null {
    const { mentions: ms, order } = this;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ms[order[mid]].start < pos) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1, steps = 0; k >= 0 && steps < 60; k--, steps++) {
      const m = ms[order[k]];
      if (m.start <= after || pos - m.start > MAX_DISTANCE) break;
      if (m.type !== 'PERSON' || !m.title || m.source === 'role') continue;
      const title = m.title.toLowerCase().replace(TITLE_ABBREVIATION, (a) => TITLE_ABBREVIATIONS[a.replace('.', '')]);
      // ("Chancellor of the Exchequer Rachel Reeves" holds the office "chancellor" too.)
      const head = title.replace(/ (?:of|for) .*$/, '');
      const holds = head.endsWith(desc.office) || (desc.office === 'leader' && [...HEAD_OFFICES].some((o) => head.endsWith(o)));
      if (!holds) continue;
      if (desc.country) {
        const before = this.text.slice(Math.max(0, m.start - m.title.length - 24), m.start).match(WORD) ?? [];
        if (!before.some((w) => countryOf(w.replace(/['’]s$/, '')) === desc.country)) continue;
      }
      return order[k];
    }
    return null;
  }
}
