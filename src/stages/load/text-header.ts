/**
 * Metadata written into the text of a plain-text article, as news text files carry it: the lines between the
 * title and the body, and the dateline that opens the body.
 *
 *   Rivals agree merger                                 ← the title (detectTitle)
 *   By Sarah Kim and John Doe, Reuters                  ← byline: author "Sarah Kim, John Doe" (without "By" above a
 *   Political editor                                       date line); a job on its own line under it
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
import { readDateline, WIRE_AGENCY } from './dateline.ts';
import { parseDate } from './dates.ts';
import { CREDIT_LINE } from './furniture.ts';
import { getGazetteer } from '../entities/gazetteer.ts';
import { homeZoneOffset } from './time-zones.ts';

/** Header lines looked at after the title (blank lines not counted). */
const MAX_HEADER_LINES = 6;
/** A header line is short; a longer line is running text and ends the header. */
const MAX_HEADER_CHARS = 160;

type HeaderMeta = Pick<ArticleMeta, 'publishedAt' | 'author' | 'sourceName' | 'url' | 'localDay'>;

/** One capitalised name of a byline: "Sarah", "O'Neill", "al-Sadr", "J.", "McDonald-Smith", or "SARAH". */
const NAME_WORD = String.raw`(?:(?!(?:For|FOR)\s)\p{Lu}[\p{L}\p{M}'’.-]*|(?:de|da|van|von|der|den|la|le|al|bin|ibn|el|du|di|dos|del)(?:-\p{Lu}[\p{L}\p{M}'’-]*)?)`;
const PERSON = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+${NAME_WORD}){1,4}`;
// No `i` flag: under it \p{Lu} would match small letters too ("By the way").
// "Posted by", "Written by" and "Words by" open a byline too; "For Dailymail.com" after the names is the outlet, and
// "on 24 Nov 2026" after them the date.
const BYLINE = new RegExp(String.raw`^(?:(?:Posted|Written|Words|Reporting|Interview|Interviewed|Text|Story) by|By|BY|by):?\s+(${PERSON}(?:\s*(?:,|&|\band\b|\bAND\b)\s*${PERSON})*)(?:\s*([,|/–—·•-]|\bin\b|\b(?:for|For|FOR)\b|\bon\b)\s*(.*))?$`, 'u');
/**
 * Where each reporter was, written after each name ("Olaf Storbeck in Frankfurt and Martin Arnold in London", as the
 * FT's byline reads): the places but the last, which BYLINE reads after the names. Only a place followed by another
 * name with its own "in": "Sam Lee in Hong Kong and New York" keeps its places.
 */
const PLACE_AFTER_EACH_NAME = /\s+in\s+\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,2}(?=\s*(?:,|&|\band\b)\s*(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){2,4}in\s+\p{Lu})/gu;

/** BYLINE's match of a line, read without the place after each name but the last (PLACE_AFTER_EACH_NAME). */
function execByline(line: string): RegExpExecArray | null {
  return BYLINE.exec(line.includes(' in ') ? line.replace(PLACE_AFTER_EACH_NAME, '') : line);
}
/** A one-word byline is an agency's: "By AFP", "By Reuters"; France 24 credits itself "Text by: FRANCE 24". */
const AGENCY_BYLINE = /^(?:By|BY|Text by):?\s+(\p{Lu}[\p{L}&.-]{1,30}(?: \d{1,3})?)$/u;
const FIELD = /^(byline|by|authors?|writer|date|dated|published(?: on| at)?|posted(?: on)?|publication date|load-date|source|publication|publisher|url|link|editors?|section|category|categories|tags|topics|keywords|desk|edition)\s*:\s*(.+)$/i;
const PLACE_AND_DATE = /^\p{Lu}[\p{L}.'’ -]{1,30}, ((?:\d{1,2} )?\p{Lu}\p{Ll}{2,8}\.?(?: \d{1,2})?,? \d{4})$/u;
// "Issued on: 28/10/2026 - 18:42" (France 24's), "Updated / Tuesday, 10 Nov 2026 19:34" (RTÉ's).
const DATE_PREFIX = /^(?:published|posted|first published|last updated|updated|issued|date)(?:\s+(?:on|at))?\s*[:/]?\s+(.+)$/i;
/** "Published in Pittsburgh Post-Gazette on Nov. 12, 2026": the paper and the date, as obituary sites print them. */
const PUBLISHED_IN = /^(?:published|posted|appeared) in (\p{Lu}.{1,60}?) on (.+)$/iu;
/**
 * A byline naming no person, only the newsroom: "By Staff", "By Staff Report", "By Action 2 News Staff", "By
 * Globe Staff". No author; the outlet when the words before "Staff" name it and no other line does.
 */
const STAFF_BYLINE = /^(?:By|BY):?\s+(?:(\p{Lu}[\p{L}\p{N}&.'’ -]{0,40}?)\s+)?(?:Staff|STAFF)(?:\s+(?:[Rr]eports?|[Ww]riters?|[Rr]eporters?))?$/u;
/** "Thursday November 05 2026, 6.00pm, The Times": a date line with the outlet after the time. */
const DATE_THEN_OUTLET = /^(.*\d(?:\s*[ap]\.?m\.?)?),\s+(\p{Lu}.{1,60})$/iu;
const URL = /^https?:\/\/\S+$/i;
/** What the header says of its own reading: the line whose clock time had no zone and was read as UTC. */
export interface HeaderNotes {
  zonelessTime?: string;
}

/**
 * Metadata found in the header lines and dateline of a plain-text article (fields not found are null).
 * With `spans`, the span of each header line read (not the title, not the dateline) is pushed onto it. A clock time
 * with no zone ("KYODO NEWS - Nov 21, 2026 - 18:30") is the home time of the agency or outlet the header names,
 * where it keeps one (Kyodo: JST); else it stays read as UTC, and `notes.zonelessTime` names its line.
 */
export function readTextHeader(text: string, title: string | null, spans?: Span[], notes?: HeaderNotes): HeaderMeta {
  const meta: HeaderMeta = { publishedAt: null, author: null, sourceName: null, url: null };
  const lines: string[] = [];
  const later: Fallbacks = {};
  let pos = 0;
  let seen = 0;
  let skipTitle = title !== null;
  // Whether a standfirst was passed over: the line under it is then the header's first.
  let standfirst = false;
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
    // "By Staff⏎The Ozaukee Courier⏎Nov. 4, 2026": a byline naming no person counts as one for the lines under it.
    const hadAuthor = meta.author !== null || later.byline === true;
    const pushLine = (): void => {
      lines.push(line);
      if (!spans) return;
      const raw = text.slice(lineStart, end);
      spans.push({ start: lineStart + raw.length - raw.trimStart().length, end: lineStart + raw.trimEnd().length });
    };
    const hadDate = meta.publishedAt !== null || later.updated !== undefined;
    if (end - lineStart > MAX_HEADER_CHARS || !headerLine(line, meta, later)) {
      // "Title⏎⏎Lando Norris won the Las Vegas Grand Prix …⏎⏎By Matt Morlidge⏎Sky Sports F1 Digital Team⏎Sunday 22
      // November 2026 07:15, UK": a standfirst between the title and a byline block (a byline over a job or date
      // line), as Sky Sports pages copy: the header goes on under it. It stays body text.
      if (seen === 1 && !hadAuthor && !hadDate && standfirstAbove(linesAfter(text, pos, 3)) && bareByline(line, linesAfter(text, pos, 2)) === null &&
        !outletAboveDate(line, linesAfter(text, pos, 1))) {
        standfirst = true;
        continue;
      }
      // "By Chris Mason⏎Political editor⏎Published 25 November 2026": the reporter's job on a line of its own;
      // "Chief football writer at Emirates Stadium": with where the reporter is.
      if (hadAuthor && isJob(line)) {
        pushLine();
        continue;
      }
      // "Tim Bradshaw and Stephen Morris in San Francisco⏎Published October 30 2026": a byline without "By" (the
      // FT's, the Evening Standard's), taken only above a date line.
      const bare = hadAuthor ? null : bareByline(line, linesAfter(text, pos, 2));
      if (bare) {
        meta.author ??= bare.author;
        meta.publishedAt ??= bare.date;
        meta.sourceName ??= bare.source ?? null;
        pushLine();
        continue;
      }
      // "By Helen Marsh⏎BBC News, Leeds⏎Published: 12 November 2026": the outlet (and its bureau) on a line of its
      // own between the byline and another header line; "By Tim Smith⏎26 November 2026⏎Sifted": or closing the
      // header's lines, under the date, as Bloomberg's and Sifted's pages copy.
      // "Salvini vows …⏎ANSA English⏎27 November 2026": with no byline, the first line under the title when it names
      // an outlet and a date line is under it.
      if (meta.sourceName === null && OUTLET_LINE.test(line) && !JOB_TITLE.test(line) &&
        (hadAuthor ? nextLineIsHeader(text, pos) || (hadDate && closesBlock(text, lineStart, pos) && !isPlace(line))
          : (seen === 1 || (seen === 2 && standfirst)) && !hadDate && outletAboveDate(line, linesAfter(text, pos, 1)))) {
        meta.sourceName = line.replace(/,.*$/, '').trim();
        pushLine();
        continue;
      }
      readDatelineMeta(line, meta);
      break;
    }
    pushLine();
  }
  meta.publishedAt ??= later.updated ?? null;
  meta.sourceName ??= later.outlet ?? null;
  const zoneless = meta.publishedAt !== null && !meta.publishedAt.endsWith('T00:00:00.000Z') ? zonelessClockLine(lines) : null;
  if (zoneless !== null) {
    const offset = meta.sourceName !== null ? homeZoneOffset(meta.sourceName, meta.publishedAt!.slice(0, 10)) : null;
    if (offset !== null) {
      const day = meta.publishedAt!.slice(0, 10);
      meta.publishedAt = new Date(Date.parse(meta.publishedAt!) - offset * 60_000).toISOString();
      // (The day as printed stays the one relative dates count from.)
      if (meta.publishedAt.slice(0, 10) !== day) meta.localDay = day;
    }
    else if (notes) notes.zonelessTime = zoneless;
  }
  return meta;
}

/** A clock time: "18:30", "7:30pm", "16.05", "2h20PM" (not a date's "24.11" or a number's "1.25"). */
const CLOCK = /(?<![\d.:,])\d{1,2}[:.h]\d{2}(?![\d.:])(?:\s*[ap]\.?m\.?(?![a-z]))?/giu;
/** A zone after a clock time: "GMT", "+09:00", "(Paris)", ", UK", "Tokyo time". */
const ZONE_AFTER = /^\s*(?:\(?[A-Z]{2,5}\b|[+-]\d{2}|\(\p{Lu}\p{Ll}+|,\s*UK\b|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)? time\b)/u;

/** The header line whose clock time has no zone after it, or null (also when another line's time has its zone). */
function zonelessClockLine(lines: string[]): string | null {
  let zoneless: string | null = null;
  for (const line of lines) {
    for (const m of line.matchAll(CLOCK)) {
      if (ZONE_AFTER.test(line.slice(m.index + m[0].length))) return null;
      zoneless ??= line;
    }
  }
  return zoneless;
}

/** An outlet's name on its own line, with its bureau after a comma: "BBC News, Leeds", "Sydney Morning Herald". */
const OUTLET_LINE = /^(?:The )?\p{Lu}[\p{L}&.'’-]*(?: (?:\p{Lu}[\p{L}&.'’-]*|of|on|and|&)){0,5}(?:, \p{Lu}[\p{L}.'’ -]{1,30})?$/u;

/** A reporter's job alone on its line: "Political editor", "Video games editor" (with JOB_TITLE). */
const JOB_LINE = /^\p{Lu}[\p{L}'’-]*(?: (?:\p{L}[\p{L}\p{N}'’-]*|&)){0,5}$/u;

/**
 * Whether words are a reporter's job: "Science correspondent", "Sky Sports F1 Digital Team", and with where the
 * reporter is, as BBC Sport writes it: "Chief football writer at Emirates Stadium", "Tennis reporter in Bologna".
 */
function isJob(words: string): boolean {
  // "Health correspondent @AshishJoshiSky": the reporter's handle after the job.
  const job = words.replace(/\s+@\w{2,30}$/, '').replace(/\s+(?:at|in)\s+\p{Lu}[\p{L}'’ -]{1,40}$/u, '');
  return JOB_LINE.test(job) && JOB_TITLE.test(job);
}

/**
 * Whether the lines under a line are a header block: a byline (with "By", or without it: "Ashish Joshi Health
 * correspondent @AshishJoshiSky", as Sky News's pages copy) with a job or a date line under it, or an outlet line
 * over a date line ("Le Monde⏎Published on November 9, 2026, at 7:00 pm (Paris)").
 */
function standfirstAbove([byline, next, third]: string[]): boolean {
  if (byline === undefined || next === undefined || byline.length > MAX_HEADER_CHARS || next.length > MAX_HEADER_CHARS) return false;
  if ((BYLINE.test(byline) || bylineWithJob(byline) !== null) && (isJob(next) || isDateLine(next))) return true;
  if (isDateLine(next) && bareByline(byline, [next]) !== null) return true;
  return outletAboveDate(byline, [next]) && (third === undefined || third.length <= MAX_HEADER_CHARS);
}

/**
 * A byline whose job or date follows the names with no comma ("By Nicola Davis Science correspondent", as the
 * Guardian's pages copy; "By Meredith Wadman 5 Nov 2026", as Science's byline and date read run together): the
 * names' match, and the date; or null.
 */
function bylineWithJob(line: string): { m: RegExpExecArray; date: string | null } | null {
  // "by Kateryna Denisova November 12, 2026 9:15 AM 3 min read" (the Kyiv Independent's): a small "by", and the
  // reading time after the date.
  const by = /^(?:By|BY|by)\s+(.+?)(?:\s+\d{1,3}[\s-]min(?:ute)?s?\s+read)?$/u.exec(line);
  if (!by) return null;
  const words = by[1].split(/\s+/);
  for (let k = 2; k < words.length && k <= 5; k++) {
    const rest = words.slice(k).join(' ');
    // "By Helen Branswell Nov. 18, 2026" (STAT's, AP's): the month first, abbreviated with a dot.
    const date = /^(?:\d|\p{Lu}\p{Ll}{2,8}\.? \d)/u.test(rest) ? parseDate(rest) : null;
    if (!date && !isJob(rest)) continue;
    const m = BYLINE.exec(`By ${words.slice(0, k).join(' ')}`);
    if (m && m[2] === undefined) return { m, date };
  }
  return null;
}

/** Whether a line names a place the gazetteer knows ("Leeds", "New York"). */
const isPlace = (line: string): boolean => getGazetteer().lookup(line.replace(/,.*$/, '').trim())?.type === 'LOC';

/**
 * A byline written without "By" ("Nick Curtis", "Tim Bradshaw and Stephen Morris in San Francisco"), or null: its
 * names, and the date when the same line gives one after them ("Jessica Lyons Wed 25 Nov 2026 // 14:12 UTC", as The
 * Register writes it). A job may follow the names ("Kiran Stacey Policy editor", as the Guardian's byline block
 * reads). Every name must start with a known first name, and a date must follow, on the line or on one of the next
 * two (`below`): "Nick Curtis⏎Evening Standard⏎Friday 16 October 2026", so a headline or a subhead is not taken for one.
 */
function bareByline(line: string, below: string[]): { author: string; date: string | null; source?: string } | null {
  const words = line.split(/\s+/);
  const dateBelow = below.some((l) => l.length <= MAX_HEADER_CHARS && isDateLine(l));
  if (dateBelow) {
    // "Sreenivas Janyala⏎The Hindu⏎November 21, 2026": over the outlet's line and a date line, the names need not
    // be in the name lists (the lists lack many Indian, African and Asian first names).
    const names = bareNames(line, outletOverDate(below));
    if (names) return { author: names, date: null };
  }
  // The names, then a job or a date: each split after the second word or later.
  for (let k = 2; k < words.length && k <= 6; k++) {
    const rest = words.slice(k).join(' ');
    const barred = datedAfterBar(rest);
    const date = parseDate(rest.replace(/\s+(?:\/\/|[|·•])\s+/g, ' ')) ?? barred?.date ?? null;
    const job = !date && dateBelow && isJob(rest);
    // "Anna Shaw BBC News, Yorkshire": the outlet and its bureau after the names, as BBC pages' byline block reads.
    const outlet = !date && !job && isAgencyName(rest.replace(/,.*$/, '')) ? rest.replace(/,.*$/, '') : null;
    if (!date && !job && !outlet) continue;
    // "Khurram Husain | Published November 12, 2026" (Dawn's): a keyed date after a bar makes the line a byline,
    // whatever the names.
    const names = bareNames(words.slice(0, k).join(' '), barred?.keyed === true);
    if (names) return { author: names, date, ...(outlet ? { source: outlet } : {}) };
  }
  return null;
}

/** Whether the lines under a byline are the outlet's line, then a date line ("The Hindu⏎November 21, 2026"). */
function outletOverDate([outlet, date]: string[]): boolean {
  return outlet !== undefined && date !== undefined && outlet.length <= 60 && date.length <= MAX_HEADER_CHARS &&
    (isAgencyName(outlet) || isOutletName(outlet) || isKnownOrg(outlet)) && !isPlace(outlet) && !JOB_TITLE.test(outlet) && isDateLine(date);
}

/**
 * "|16.11.2026 - Update : 16.11.2026" (Anadolu's), "| Published November 12, 2026" (Dawn's): the date after a bar
 * closing a byline, before any other part, and whether a key ("Published") names it.
 */
function datedAfterBar(rest: string): { date: string; keyed: boolean } | null {
  const bar = /^\|\s*(.+)$/.exec(rest);
  if (!bar) return null;
  const first = bar[1].split(/\s+[-–—|·•]\s+/)[0];
  const keyed = DATE_PREFIX.exec(first);
  const date = parseDate(keyed ? keyed[1] : first);
  return date ? { date, keyed: keyed !== null } : null;
}

/**
 * The people a line of names without "By" gives ("Tim Bradshaw and Stephen Morris in San Francisco"), or null. Each
 * name starts with a known first name; of two or more names ("Kahon Chan and Edith Lin"), one may start with a first
 * name the list lacks when it ends with a known surname. With `anyNames`, where the lines around make the line a
 * byline, the names need not be listed. A place after a comma is where the reporter filed from ("Renato Machado,
 * Brasília", as Folha's byline reads).
 */
function bareNames(line: string, anyNames = false): string | null {
  let m = execByline(`By ${line}`);
  if (m && m[2] === ',' && m[3] && !/,/.test(m[3]) && isPlace(m[3])) m = execByline(`By ${line.slice(0, line.lastIndexOf(','))}`);
  if (!m || (m[2] !== undefined && !/^in$/i.test(m[2]))) return null;
  // "Le Monde": both words are in the name lists, but it is the paper.
  if (isKnownOrg(line)) return null;
  const all = m[1].split(/\s*(?:,|&|\band\b)\s*/);
  // "Sajila Saseendran, Senior Reporter": a job after a comma makes the line a byline, whatever the names.
  const names = all.filter((n) => !JOB_TITLE.test(n));
  if (names.length === 0 || names.length > 4 || !names.every((n) => /^\S+(?:\s+\S+){1,2}$/.test(n))) return null;
  // "Buenos Aires Times", "New Delhi": an outlet or a place is no reporter, however its words are listed.
  if (anyNames && names.some((n) => isAgencyName(n) || isPlace(n) || isKnownOrg(n))) return null;
  const words = names.map((n) => n.split(/\s+/));
  const unknownFirst = words.filter((w) => !isNameWord(w[0]));
  const known = anyNames || names.length < all.length ||
    (unknownFirst.length <= (names.length > 1 ? 1 : 0) && unknownFirst.every((w) => isNameWord(w[w.length - 1])));
  return known ? bylineNames(m) : null;
}

/**
 * Whether a line names an outlet and the line under it (`below`) is a date line or a byline with "By": the outlet's
 * line opening a header ("ANSA English⏎27 November 2026", "Buenos Aires Times⏎By James Grainger"). Only an agency, a paper ("Irish Examiner") or a name opening with an acronym ("ANSA English", "FRANCE
 * 24", "WBAY") is taken, so a reporter's name the name lists lack ("Kahon Chan") is not.
 */
function outletAboveDate(line: string, below: string[]): boolean {
  if (below.length === 0 || below[0].length > MAX_HEADER_CHARS) return false;
  const outlet = WIRE_AGENCY.test(line) || isAgencyName(line) || (ACRONYM_OUTLET.test(line) && isOutletName(line)) || isKnownOrg(line);
  // "Buenos Aires Times⏎By James Grainger⏎November 3, 2026": or over a byline with "By".
  return outlet && (isDateLine(below[0]) || (BYLINE.test(below[0]) && !STAFF_BYLINE.test(below[0])));
}

/** Whether the gazetteer knows a line as an organisation's name ("Le Monde", "Der Spiegel", "Sky News"). */
const isKnownOrg = (line: string): boolean => getGazetteer().lookup(line)?.type === 'ORG';

/** An acronym and then capitalised words or a number: "ANSA English", "FRANCE 24", "RTÉ News", "WBAY". */
const ACRONYM_OUTLET = /^\p{Lu}{2,6}(?:\s+(?:\p{Lu}\p{Ll}+|\d{1,3})){0,3}$/u;

/** Whether a line gives only a date ("Published October 30 2026", "Friday 16 October 2026 8:30 am"). */
function isDateLine(line: string): boolean {
  const scratch: HeaderMeta = { publishedAt: null, author: null, sourceName: null, url: null };
  return headerLine(line, scratch, {}) && scratch.publishedAt !== null && scratch.author === null;
}

/** Up to `n` non-blank lines from offset `pos` (the start of a line), trimmed; blank lines between are passed over. */
function linesAfter(text: string, pos: number, n: number): string[] {
  const out: string[] = [];
  for (let i = 0; out.length < n && pos < text.length && i < n + 4; i++) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, Math.min(end, pos + MAX_HEADER_CHARS + 1)).trim();
    if (line !== '') out.push(line);
    pos = end + 1;
  }
  return out;
}

/**
 * Whether the line from `lineStart` to `next` (the start of the line after it) ends a block of header lines: the
 * line above it is not blank and the one below it is (or the text ends).
 */
function closesBlock(text: string, lineStart: number, next: number): boolean {
  const above = text.lastIndexOf('\n', lineStart - 2);
  if (lineStart === 0 || text.slice(above + 1, lineStart - 1).trim() === '') return false;
  const end = text.indexOf('\n', next);
  return next >= text.length || text.slice(next, end === -1 ? text.length : end).trim() === '';
}

/** Whether the next non-blank line after offset `pos` is a header line (a date line, a field …). */
function nextLineIsHeader(text: string, pos: number): boolean {
  while (pos < text.length && /\s/.test(text[pos])) pos++;
  let end = text.indexOf('\n', pos);
  if (end === -1) end = text.length;
  return end - pos <= MAX_HEADER_CHARS && isHeaderLine(text.slice(pos, end));
}

/** A news database's export (Nexis): "Body" alone on a line ends its header, "End of Document" ends the record. */
const EXPORT_BODY_LINE = /^body$/i;
const EXPORT_END_LINE = /^end of document$/i;
/** Lines of an export's header and footer: "Length: 214 words", "Load-Date: November 5, 2026", "Classification". */
const EXPORT_FIELD = /^(?:[A-Z][\w-]*(?: [\w-]+)?:\s.*|classification)$/i;
/** Lines of an export's header looked at before "Body". */
const MAX_EXPORT_HEADER_LINES = 30;

/**
 * A Nexis-style export: the lines between the title and a "Body" line (publication, date, "Section:",
 * "Length:", "Byline:" ...) and the fields after the story ("Load-Date:", "End of Document") are metadata. The
 * first unread header line is the publication ("Financial Times (London, England)" → "Financial Times"); "Byline:"
 * gives the author and a date line or "Load-Date:" the date, where the lines under the title gave none. Pushes each
 * such line's span onto `spans`; does nothing for a text without the "Body" line.
 */
export function readExportFields(text: string, title: string | null, meta: HeaderMeta, spans: Span[]): void {
  const lines: Span[] = [];
  for (let pos = 0; pos < text.length && lines.length < MAX_EXPORT_HEADER_LINES; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const raw = text.slice(pos, end);
    if (raw.trim()) lines.push({ start: pos + raw.length - raw.trimStart().length, end: pos + raw.trimEnd().length });
    pos = end + 1;
  }
  const body = lines.findIndex((l) => EXPORT_BODY_LINE.test(text.slice(l.start, l.end)));
  if (body < 0) return;
  const titleAt = title === null ? -1 : lines.findIndex((l) => text.slice(l.start, l.end) === title);
  const later: Fallbacks = {};
  let loadDate: string | null = null;
  let publication = true;
  for (const l of lines.slice(titleAt + 1, body + 1)) {
    const line = text.slice(l.start, l.end);
    spans.push(l);
    if (headerLine(line, meta, later)) continue;
    // The publication comes first, its place in brackets.
    if (publication && line.length <= 80 && !EXPORT_FIELD.test(line)) meta.sourceName ??= line.replace(/\s*\([^)]*\)$/, '');
    publication = false;
  }
  // The footer, read from the end: fields up to "End of Document".
  let end = text.length;
  for (let n = 0; n < 20 && end > 0; n++) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end).trim();
    if (n === 0 ? !EXPORT_END_LINE.test(line) : !EXPORT_FIELD.test(line)) break;
    spans.push({ start: start + text.slice(start, end).length - text.slice(start, end).trimStart().length, end });
    const field = FIELD.exec(line);
    if (field && /^load-date$/i.test(field[1])) loadDate ??= parseDate(field[2].trim());
    end = start;
  }
  // Load-Date is when the database took the story in: the publication date only when none is given.
  meta.publishedAt ??= later.updated ?? loadDate;
  meta.sourceName ??= later.outlet ?? null;
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
  if (headerLine(first, { ...scratch }, {})) return null;
  if (next.length > MAX_HEADER_CHARS) return null;
  const below = linesAfter(text, nextEnd + 1, 2);
  return headerLine(next, scratch, {}) || bareByline(next, below) || outletAboveDate(next, below) ? first : null;
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
  return headerLine(line.trim(), { publishedAt: null, author: null, sourceName: null, url: null }, {});
}

/** Whether a line is a byline ("By Sarah Kim", "By Staff") or a date line ("Published: 4 March 2026"). */
export function isBylineOrDateLine(line: string): boolean {
  const l = line.trim();
  return l.length <= MAX_HEADER_CHARS && (BYLINE.test(l) || STAFF_BYLINE.test(l) || bylineWithJob(l) !== null || isDateLine(l));
}

/**
 * What a header line gives only where no other line gives it: an "Updated:" date (the published one wins), and the
 * outlet named after a reporter ("By Aoife Ryan, Irish Examiner"), which a "Source:" line overrides.
 */
interface Fallbacks {
  updated?: string;
  outlet?: string;
  /** A byline was read that names no person ("By Staff"). */
  byline?: true;
}

function headerLine(line: string, meta: HeaderMeta, later: Fallbacks): boolean {
  const field = FIELD.exec(line);
  if (field) {
    const key = field[1].toLowerCase();
    const value = field[2].trim();
    if (key === 'byline' || key === 'by' || key.startsWith('author') || key === 'writer') {
      // "By: Jordan Ellis Posted 9:15 AM, Nov 22, 2026 and last updated …" (WXYZ's): the names, then the date.
      const posted = /^(.+?)\s+((?:posted|published|updated)\b.*)$/i.exec(value);
      const names = posted ? posted[1] : value;
      const m = execByline(`By ${names}`);
      meta.author ??= (m && bylineNames(m, meta, later)) ?? names;
      const date = posted ? parseDate(DATE_PREFIX.exec(posted[2].split(/\s+and\s+/)[0])?.[1]) : null;
      if (date) meta.publishedAt ??= date;
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
  const staff = STAFF_BYLINE.exec(line);
  if (staff) {
    later.byline = true;
    if (staff[1] && OUTLET_SHAPE.test(staff[1])) later.outlet ??= staff[1];
    return true;
  }
  const byline = execByline(line);
  if (byline) {
    const names = bylineNames(byline, meta, later);
    if (names) meta.author ??= names;
    // "By Daniel Okafor · 13 November 2026", "Posted by Sam Lee on 24 Nov 2026": the date after the names; "By Mark
    // Ellis For Dailymail.com": the outlet; "By Sam Lee | Nov. 14, 2026 | The Texas Tribune": both, in any order.
    const sep = byline[2] ?? '';
    const rest = byline[3]?.trim() ?? '';
    const date = rest ? parseDate(rest) : null;
    if (date) meta.publishedAt ??= date;
    else if (rest && /^for$/i.test(sep) && rest.length <= 60) meta.sourceName ??= rest.replace(/^the\s+/i, '');
    else if (rest && !/^(?:in|on)$/i.test(sep)) {
      // "in Oslo" is where the reporter was, never the outlet.
      // "By Dana Whitfield, a senior reporter covering AI. Nov 18, 2026, 4:00 PM UTC": the date after a full stop.
      for (const part of rest.split(/\s*[|·•]\s*|\.\s+(?=\p{Lu}\p{Ll}{2,8}\.? \d)/u)) {
        // "By Li Fusheng | China Daily | Updated: 2026-11-24 07:35": a date with its key.
        const keyed = DATE_PREFIX.exec(part);
        const partDate = parseDate(keyed ? keyed[1] : part);
        if (partDate && keyed && /updated/i.test(part)) later.updated ??= partDate;
        else if (partDate) meta.publishedAt ??= partDate;
        else if (isOutletName(part)) later.outlet ??= part;
      }
    }
    return true;
  }
  const withJob = bylineWithJob(line);
  if (withJob) {
    meta.author ??= bylineNames(withJob.m, meta, later);
    if (withJob.date) meta.publishedAt ??= withJob.date;
    return true;
  }
  // "4 minute read", "5 min read": a reading time between the byline and the date.
  if (READING_TIME.test(line)) return true;
  const agency = AGENCY_BYLINE.exec(line);
  if (agency) {
    meta.sourceName ??= agency[1];
    return true;
  }
  if (agencyLine(line, meta)) return true;
  // "Updated Nov. 24, 2026, 6:02 p.m. | Published Nov. 24, 2026, 2:35 p.m.", "Posted 17 Nov 2026, updated 18 Nov
  // 2026": each part its own date line.
  const parts = line.split(/\s+[|¦·•]\s+|,\s+(?=(?:posted|published|updated|last updated)\b)/i);
  if (parts.length > 1 && parts.every((part) => DATE_PREFIX.test(part))) {
    const dates = parts.map((part) => ({ updated: /updated/i.test(part), date: parseDate(DATE_PREFIX.exec(part)![1]) }));
    if (dates.every((d) => d.date)) {
      for (const d of dates) {
        if (d.updated) later.updated ??= d.date!;
        else meta.publishedAt ??= d.date;
      }
      return true;
    }
  }
  const publishedIn = PUBLISHED_IN.exec(line);
  const inDate = publishedIn && parseDate(publishedIn[2]);
  if (inDate) {
    meta.publishedAt ??= inDate;
    meta.sourceName ??= publishedIn[1];
    return true;
  }
  const prefixed = DATE_PREFIX.exec(line);
  // "Frankfurt, 21 October 2026": where and when, as an interview's or a feature's header writes it.
  const placed = prefixed ? null : PLACE_AND_DATE.exec(line);
  const date = parseDate(prefixed ? prefixed[1] : placed ? placed[1] : line);
  if (date) {
    if (prefixed && /updated/i.test(line)) later.updated ??= date;
    else meta.publishedAt ??= date;
    return true;
  }
  const dateOutlet = DATE_THEN_OUTLET.exec(line);
  const outletDate = dateOutlet && isOutletName(dateOutlet[2]) ? parseDate(dateOutlet[1]) : null;
  if (outletDate) {
    meta.publishedAt ??= outletDate;
    later.outlet ??= dateOutlet![2];
    return true;
  }
  return false;
}

/** The names of a BYLINE match: "By Sarah Kim and John Doe, Reuters" → "Sarah Kim, John Doe"; null when none is a person. */
function bylineNames(m: RegExpExecArray, meta?: HeaderMeta, later?: Fallbacks): string | null {
  // "By Aoife Ryan, Irish Examiner": in a header line, one name and one comma with no "and" is a reporter and the
  // outlet (two reporters are written "A and B"). Not for author fields (no `meta`), where "Ann Lee, Tom Ray" is a list.
  const pair = later ? /^([^,&]+),\s*([^,&]+)$/.exec(m[1]) : null;
  if (pair && !/\b(?:and|AND)\b/.test(m[1])) {
    // (An agency, "By SARAH SMITH, Associated Press", is the source below, as any agency among the names.)
    if (isOutletName(pair[2]) && !isAgencyName(pair[2])) {
      later!.outlet ??= pair[2];
      return titleCaseIfCaps(pair[1]);
    }
    // "By Jane Roe, New York": where she filed from, not a second reporter.
    if (getGazetteer().lookup(pair[2])?.type === 'LOC') return titleCaseIfCaps(pair[1]);
  }
  // "By Tom Edwards, Home Affairs Correspondent": a job after the name is no second author.
  // "By REBECCA CAMBER, CRIME AND SECURITY EDITOR FOR THE DAILY MAIL": a job after a comma goes whole, "and" and all.
  const names = m[1].split(/\s*,\s*/).filter((part) => !JOB_TITLE.test(part))
    .flatMap((part) => part.split(/\s*(?:&|\band\b)\s*/i)).filter((n) => n && !JOB_TITLE.test(n))
    // "By DÁNICA COTO and DAVID McFADDEN Associated Press": AP's bylines write the agency after the last name with no
    // comma; it is the source (below), not part of the reporter's name.
    .flatMap((n) => {
      const tail = TRAILING_AGENCY.exec(n);
      return tail ? [tail[1], tail[2]] : [n];
    });
  // "By SARAH SMITH, Associated Press": the agency is the source, not an author.
  const people = names.filter((n) => !isAgencyName(n));
  if (meta && people.length < names.length) meta.sourceName ??= names.find(isAgencyName)!;
  return people.length ? people.map(titleCaseIfCaps).join(', ') : null;
}

/**
 * The people a byline names ("By Sarah Kim and John Doe, Reuters" → "Sarah Kim, John Doe"; "By Helen Branswell Nov.
 * 18, 2026" → "Helen Branswell"), or null when it is none;
 * with `meta`, an agency among the names becomes its source.
 */
export function bylineAuthors(line: string, meta?: HeaderMeta): string | null {
  // "By Helen Branswell Nov. 18, 2026", "By Nicola Davis Science correspondent": a date or a job after the names.
  const m = execByline(line.trim()) ?? bylineWithJob(line.trim())?.m;
  return m ? bylineNames(m, meta) : null;
}

/** A reporter's job as bylines write it after the name: "West Africa Correspondent", "Senior Editor". */
const JOB_TITLE = /\b(?:correspondent|editor|reporter|writer|columnist|contributor|producer|analyst|staff|chief|bureau|desk|journalist|critic|team)s?$/i;

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
const AGENCY_NAMES = /^(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|Press Association|PA Media|Xinhua|Kyodo|Yonhap|Dow Jones|CNN|BBC(?: News)?|.+ (?:Press|News|Newswires?|Agency|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Mail|Examiner|Gazette|Chronicle|Standard|Independent|Observer|Express|Mirror|Record|Courier|Register|Daily))$/;
const isAgencyName = (name: string): boolean => AGENCY_NAMES.test(name);
/**
 * A reporter's name (two words or more) with a wire agency's name after it and no comma between: "DAVID McFADDEN
 * Associated Press". Only the agencies named in full, so a surname such as "Press" or "Times" is never cut off.
 */
const TRAILING_AGENCY = /^(\S+(?:\s+\S+)+?)\s+(Associated Press|Agence France-Presse|Press Association|PA Media|Reuters|AFP|Bloomberg News|Xinhua|Kyodo News|Yonhap)$/u;

/** "Irish Examiner", "The Texas Tribune", "CNN": capitalised words an outlet's name is made of. */
const OUTLET_SHAPE = /^(?:The\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*(?:\s+(?:of|the|and|&|on|\p{Lu}[\p{L}\p{N}.&'’-]*)){0,5}$/u;

/**
 * Whether the words after a byline's name (past a comma or a bar) name the outlet: a known agency or newspaper word
 * ("Reuters", "Daily Mail"), a short acronym ("CNN", "NPR"), or two or more capitalised words that are neither a
 * job ("Political Editor"), a place ("New York") nor a person ("John Doe": every word a name in the gazetteer's name
 * lists): "Texas Tribune", "Sky Sports". A single other word ("Kyiv") is not taken.
 */
function isOutletName(s: string): boolean {
  if (s.length > 60 || !OUTLET_SHAPE.test(s) || JOB_TITLE.test(s)) return false;
  if (isAgencyName(s) || /^[A-Z]{2,5}$/.test(s)) return true;
  if (!/\s/.test(s)) return false;
  const gazetteer = getGazetteer();
  // "John Doe": every word a known first or last name is a second reporter.
  return gazetteer.lookup(s)?.type !== 'LOC' && !s.split(/\s+/).every(isNameWord);
}

/** Letters the name lists write without their stroke: "Stanisław" is listed as "Stanislaw", "Søren" as "Soren". */
const STROKED: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss' };

/**
 * Whether a word is in the gazetteer's person-name lists, as written or without its accents ("Stanisław",
 * "Siobhán", "Océane": the lists keep many European names in their plain-letter spelling).
 */
function isNameWord(word: string): boolean {
  const gazetteer = getGazetteer();
  if (gazetteer.isPersonName(word)) return true;
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[łŁøØđĐß]/g, (c) => STROKED[c]);
  return plain !== word && gazetteer.isPersonName(plain);
}

/**
 * A header line naming only the agency ("PTI"), or the agency and the date, with the desk's tags after them ("KYODO
 * NEWS - Nov 20, 2026 - 19:05 | Japan, Politics, Economy, All"): the source, and the date. False for any other line.
 */
function agencyLine(line: string, meta: HeaderMeta): boolean {
  const parts = line.split(/\s+[-–—|·•]\s+/);
  if (!WIRE_AGENCY.test(parts[0])) return false;
  let date: string | null = null;
  for (let i = 1; i < parts.length && !date; i++) date = parseDate(`${parts[i]} ${parts[i + 1] ?? ''}`) ?? parseDate(parts[i]);
  if (parts.length > 1 && !date) return false;
  meta.sourceName ??= /\s/.test(parts[0]) ? titleCaseIfCaps(parts[0]) : parts[0];
  if (date) meta.publishedAt ??= date;
  return true;
}

/** "4 minute read", "5 min read", "3-minute read": a page's reading time. */
const READING_TIME = /^\d{1,3}[\s-]min(?:ute)?s?\s+read$/i;

/** "SARAH KIM" → "Sarah Kim"; names written in mixed case are kept as written. */
function titleCaseIfCaps(name: string): string {
  // "KIRK McDANIEL": a name in capitals keeps the small letter of its "Mc" ("McDaniel").
  if (/\p{Ll}/u.test(name.replace(/(^|[\s'’-])Mc(?=\p{Lu}{2})/gu, '$1MC'))) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(mc)?(\p{L})/gu, (_, sep: string, mc: string | undefined, c: string) =>
    sep + (mc && /(?:^|[\s'’-])Mc\p{Lu}/u.test(name) ? 'Mc' : mc ?? '') + c.toUpperCase());
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
