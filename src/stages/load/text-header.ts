/**
 * Metadata written into the text of a plain-text article, as news text files carry it: the lines between the
 * title and the body, and the dateline that opens the body.
 *
 *   Rivals agree merger                                 ← the title (detectTitle)
 *   By Sarah Kim and John Doe, Reuters                  ← byline: author "Sarah Kim, John Doe"
 *   Published: 4 March 2026                             ← a date line (or the date alone on its line)
 *   https://example.com/news/rivals-merge               ← a URL alone on its line
 *   Source: The Daily Courier                           ← "Key: value" lines (Byline, Author, Date, Source, URL...)
 *
 *   SAN FRANCISCO, March 4, 2026 (Reuters) — Two ...    ← dateline: the date when it has a year, the agency
 *
 * Only lines before the first paragraph of running text are read (at most MAX_HEADER_LINES, each short), so
 * a sentence of the article that starts with "By" is never a byline. Nothing is removed from the text:
 * offsets stay those of the file.
 */
import type { ArticleMeta, Span } from '../../model/doc.ts';
import { readDateline } from './dateline.ts';
import { parseDate } from './dates.ts';

/** Header lines looked at after the title (blank lines not counted). */
const MAX_HEADER_LINES = 6;
/** A header line is short; a longer line is running text and ends the header. */
const MAX_HEADER_CHARS = 160;

type HeaderMeta = Pick<ArticleMeta, 'publishedAt' | 'author' | 'sourceName' | 'url'>;

/** One capitalised name of a byline: "Sarah", "O'Neill", "al-Sadr", "J.", "McDonald-Smith", or "SARAH". */
const NAME_WORD = String.raw`(?:(?!(?:For|FOR)\s)\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|van|von|der|den|la|le|al|bin|ibn|el|du|di|dos|del)(?:-\p{Lu}[\p{L}\p{M}'’-]*)?)`;
const PERSON = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+${NAME_WORD}){1,4}`;
// No `i` flag: under it \p{Lu} would match small letters too ("By the way").
// "Posted by", "Written by" and "Words by" open a byline too; "For Dailymail.com" after the names is the outlet, and
// "on 24 Nov 2026" after them the date.
const BYLINE = new RegExp(String.raw`^(?:(?:Posted|Written|Words|Reporting) by|By|BY|by):?\s+(${PERSON}(?:\s*(?:,|&|\band\b|\bAND\b)\s*${PERSON})*)(?:\s*([,|/–—·•-]|\bin\b|\b(?:for|For|FOR)\b|\bon\b)\s*(.*))?$`, 'u');
/** A one-word byline is an agency's: "By AFP", "By Reuters". */
const AGENCY_BYLINE = /^(?:By|BY):?\s+(\p{Lu}[\p{L}&.-]{1,30})$/u;
const FIELD = /^(byline|by|authors?|writer|date|dated|published(?: on| at)?|posted(?: on)?|publication date|load-date|source|publication|publisher|url|link)\s*:\s*(.+)$/i;
const DATE_PREFIX = /^(?:published|posted|first published|last updated|updated|date)(?:\s+(?:on|at))?\s*:?\s+(.+)$/i;
const URL = /^https?:\/\/\S+$/i;
/**
 * Metadata found in the header lines and dateline of a plain-text article (fields not found are null).
 * With `spans`, the span of each header line read (not the title, not the dateline) is pushed onto it.
 */
export function readTextHeader(text: string, title: string | null, spans?: Span[]): HeaderMeta {
  const meta: HeaderMeta = { publishedAt: null, author: null, sourceName: null, url: null };
  let updated: string | null = null;
  let pos = 0;
  let seen = 0;
  let skipTitle = title !== null;
  while (pos < text.length && seen <= MAX_HEADER_LINES) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, Math.min(end, pos + MAX_HEADER_CHARS + 1)).trim();
    const lineStart = pos;
    pos = end + 1;
    if (line === '') continue;
    if (skipTitle) {
      skipTitle = false;
      continue;
    }
    seen++;
    if (end - lineStart > MAX_HEADER_CHARS || !headerLine(line, meta, (d) => (updated ??= d))) {
      readDatelineMeta(line, meta);
      break;
    }
    if (spans) {
      const raw = text.slice(lineStart, end);
      spans.push({ start: lineStart + raw.length - raw.trimStart().length, end: lineStart + raw.trimEnd().length });
    }
  }
  meta.publishedAt ??= updated;
  return meta;
}

/**
 * The first line, when it is shaped like a title (`titleShaped`) and the line right under it is a header
 * line (a byline, a date...): "Rivals agree merger\nBy Sarah Kim\n\nBody". Null otherwise.
 */
export function titleAboveHeader(text: string): string | null {
  let start = 0;
  while (start < text.length && (text[start] === '\n' || text[start] === ' ' || text[start] === '\t')) start++;
  const firstEnd = text.indexOf('\n', start);
  const nextEnd = firstEnd === -1 ? -1 : text.indexOf('\n', firstEnd + 1);
  // Both lines end, and text follows them: a title over nothing is no title.
  if (nextEnd === -1) return null;
  let rest = nextEnd;
  while (rest < text.length && /\s/.test(text[rest])) rest++;
  if (rest === text.length) return null;
  const first = text.slice(start, firstEnd).trim();
  const next = text.slice(firstEnd + 1, nextEnd).trim();
  if (!first || !next || !titleShaped(first)) return null;
  const scratch: HeaderMeta = { publishedAt: null, author: null, sourceName: null, url: null };
  // A byline or a date over another header line is the header's first line, not a title.
  if (headerLine(first, { ...scratch }, () => {})) return null;
  return next.length <= MAX_HEADER_CHARS && headerLine(next, scratch, () => {}) ? first : null;
}

const MAX_TITLE_CHARS = 150;
const MAX_TITLE_WORDS = 20;

/** A line shaped like a title: short (≤150 characters, ≤20 words), with letters, not ending like a sentence or clause. */
export function titleShaped(line: string): boolean {
  if (line.length > MAX_TITLE_CHARS) return false;
  if (line.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (!/\p{L}/u.test(line)) return false;
  const bare = line.replace(/["'”’)\]]+$/u, ''); // a title may end inside quotes or brackets
  return !(/[.,;:]$/.test(bare) && !bare.endsWith('...'));
}

/** Whether a line is a header line (a byline, a date line, a "Key: value" field, a URL): no title. */
export function isHeaderLine(line: string): boolean {
  return headerLine(line.trim(), { publishedAt: null, author: null, sourceName: null, url: null }, () => {});
}

/** Reads one header line into meta; false when the line is not a header line (the body has begun). */
function headerLine(line: string, meta: HeaderMeta, onUpdated: (date: string) => void): boolean {
  const field = FIELD.exec(line);
  if (field) {
    const key = field[1].toLowerCase();
    const value = field[2].trim();
    if (key === 'byline' || key === 'by' || key.startsWith('author') || key === 'writer') {
      meta.author ??= bylineAuthors(`By ${value}`, meta) ?? value;
    } else if (key === 'source' || key === 'publication' || key === 'publisher') {
      meta.sourceName ??= value;
    } else if (key === 'url' || key === 'link') {
      if (URL.test(value)) meta.url ??= value;
    } else {
      // "PUBLISHED: 10:00 EST, 25 November 2026 | UPDATED: 11:30 EST, 25 November 2026": the first date is the one.
      const date = parseDate(value.split(/\s+\|\s+/)[0]);
      if (date) meta.publishedAt ??= date;
    }
    return true;
  }
  if (URL.test(line)) {
    meta.url ??= line;
    return true;
  }
  const byline = BYLINE.exec(line);
  if (byline) {
    const names = bylineNames(byline, meta);
    if (names) meta.author ??= names;
    // "By Daniel Okafor · 13 November 2026", "By Sarah Kim | March 4, 2026", "Posted by Sam Lee on 24 Nov 2026": the
    // date after the names; "By Mark Ellis For Dailymail.com": the outlet.
    const rest = byline[3]?.trim() ?? '';
    const date = rest ? parseDate(rest) : null;
    if (date) meta.publishedAt ??= date;
    else if (rest && /^for$/i.test(byline[2] ?? '') && rest.length <= 60) meta.sourceName ??= rest.replace(/^the\s+/i, '');
    return true;
  }
  const agency = AGENCY_BYLINE.exec(line);
  if (agency) {
    meta.sourceName ??= agency[1];
    return true;
  }
  const prefixed = DATE_PREFIX.exec(line);
  const date = parseDate(prefixed ? prefixed[1] : line);
  if (date) {
    if (prefixed && /updated/i.test(line)) onUpdated(date);
    else meta.publishedAt ??= date;
    return true;
  }
  return false;
}

/** The names of a BYLINE match: "By Sarah Kim and John Doe, Reuters" → "Sarah Kim, John Doe"; null when none is a person. */
function bylineNames(m: RegExpExecArray, meta?: HeaderMeta): string | null {
  // "By Tom Edwards, Home Affairs Correspondent": a job after the name is no second author.
  const names = m[1].split(/\s*(?:,|&|\band\b)\s*/i).filter((n) => n && !JOB_TITLE.test(n));
  // "By SARAH SMITH, Associated Press": the agency is the source, not an author.
  const people = names.filter((n) => !isAgencyName(n));
  if (meta && people.length < names.length) meta.sourceName ??= names.find(isAgencyName)!;
  return people.length ? people.map(titleCaseIfCaps).join(', ') : null;
}

/**
 * The people a byline names ("By Sarah Kim and John Doe, Reuters" → "Sarah Kim, John Doe"), or null when it is none;
 * with `meta`, an agency among the names becomes its source.
 */
export function bylineAuthors(line: string, meta?: HeaderMeta): string | null {
  const m = BYLINE.exec(line.trim());
  return m ? bylineNames(m, meta) : null;
}

/** A reporter's job as bylines write it after the name: "West Africa Correspondent", "Senior Editor". */
const JOB_TITLE = /\b(?:correspondent|editor|reporter|writer|columnist|contributor|producer|analyst|staff|chief|bureau|desk|journalist|critic)s?$/i;

/**
 * A wire story's credits: "Reporting by Karen Lema in Manila; Editing by Martin Petty" (not "Reporting by the Times
 * found that …": a semicolon or an editor is needed).
 */
export const CREDIT_LINE =
  /^(?=.*(?:;|\bediting by\b))(?:(?:additional |further )?(?:reporting|writing|editing|research|graphics|compiled)(?: and (?:reporting|writing|editing))? by\b[^;]*(?:;\s*|$))+$/i;

/** The spans of the credit lines that end a text ("(Reporting by …; Editing by …)"), at most three, in text order. */
export function creditSpans(text: string): Span[] {
  const out: Span[] = [];
  let end = text.length;
  for (let n = 0; n < 3 && end > 0; n++) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > 300) break;
    const raw = text.slice(start, end);
    const line = raw.trim().replace(/^\((.*)\)$/, '$1');
    if (!line || !CREDIT_LINE.test(line)) break;
    out.unshift({ start: start + raw.length - raw.trimStart().length, end });
    end = start;
  }
  return out;
}

/** News agencies and outlets as bylines name them after the reporter. */
const AGENCY_NAMES = /^(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|Press Association|PA Media|Xinhua|Kyodo|Yonhap|Dow Jones|CNN|BBC(?: News)?|.+ (?:Press|News|Newswires?|Agency|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian))$/;
const isAgencyName = (name: string): boolean => AGENCY_NAMES.test(name);

/** "SARAH KIM" → "Sarah Kim"; names written in mixed case are kept as written. */
function titleCaseIfCaps(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The date (when it has a year) and the agency in brackets of a dateline opening the body. */
function readDatelineMeta(line: string, meta: HeaderMeta): void {
  const d = readDateline(line);
  if (!d) return;
  const date = d.date && line.slice(d.date.start, d.date.end);
  if (date && /\d{4}/.test(date)) {
    const parsed = parseDate(date.replace(/\.$/, ''));
    if (parsed) meta.publishedAt ??= parsed;
  }
  if (d.agency) meta.sourceName ??= line.slice(d.agency.start, d.agency.end);
}
