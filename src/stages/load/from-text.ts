/** Plain-text articles: the text exactly as decoded, a title when the first line is one, and the header lines' metadata. */
import { emptyMeta, type Span } from '../../model/doc.ts';
import { makeDoc, type Reader } from './read-result.ts';
import { isAuthorBio, isPageFurniture } from './furniture.ts';
import { isBylineOrDateLine, isHeaderLine, readExportFields, readTextHeader, titleAboveHeader, titleShaped, type HeaderNotes } from './text-header.ts';
import { problem } from '../../errors.ts';

/**
 * Reads a .txt file: doc.text is the decoded text, untouched (the title line stays in it, so
 * offsets match the file); header and furniture lines are marked as metadata spans instead of being cut. meta.title is set when `detectTitle` finds one; byline, date, source and
 * URL when the lines under the title or the dateline give them (text-header.ts). Paragraphs are left
 * to the segment stage.
 */
export const fromText: Reader = (relPath, text) => {
  const meta = emptyMeta();
  const metaSpans: Span[] = [];
  // "Skip to content" and a site's menu above a copied page's title, "Page 1 of 2" above a print-out's: the title,
  // byline and date are looked for under them.
  const from = leadingFurniture(text, metaSpans);
  trailingTopics(text, metaSpans);
  const rest = from ? text.slice(from) : text;
  // A title line, or one right above header lines ("Title\nBy Sarah Kim\n4 March 2026\n\nBody").
  meta.title = detectTitle(rest) ?? titleAboveHeader(rest);
  const headerSpans: Span[] = [];
  const notes: HeaderNotes = {};
  Object.assign(meta, readTextHeader(rest, meta.title, headerSpans, notes));
  readExportFields(rest, meta.title, meta, headerSpans);
  for (const s of headerSpans) metaSpans.push({ start: s.start + from, end: s.end + from });
  // Furniture lines anywhere ("Advertisement", "Photo: …", "Link Copied!", "© 2026 Cable News Network …") stay in
  // the text, so offsets remain the file's, but are metadata: no mentions or quotes, no section opened.
  forEachLineOf(text, (start, end) => {
    if (end - start <= MAX_FURNITURE_LINE && isPageFurniture(text.slice(start, end))) metaSpans.push(trimSpan(text, { start, end }));
    return true;
  });
  // "Sebastian Sprenger is associate editor for Europe at Defense News.": the author's note closing the article.
  const closing = lastLines(text, MAX_CLOSING_NOTES + 1);
  closing.forEach((line, i) => {
    const words = text.slice(line.start, line.end);
    if (isAuthorBio(words, meta.author)) metaSpans.push(line);
    // "With love and a flashlight,⏎Olena": a newsletter's signature, the author's name or first name under a
    // valediction ending with a comma.
    else if (i > 0 && /,$/.test(text.slice(closing[i - 1].start, closing[i - 1].end)) && isSignature(words, meta.author)) metaSpans.push(line);
  });
  metaSpans.sort((a, b) => a.start - b.start);
  const spans = metaSpans.filter((s, i) => i === 0 || s.start !== metaSpans[i - 1].start);
  // "Title: Storm closes schools": the key names the field, it is not part of the title.
  const keyed = meta.title ? TITLE_KEY.exec(meta.title) : null;
  if (keyed) meta.title = keyed[1];
  // "Published: 7:30pm, 20 Oct 2026": a clock time with no zone, read as UTC, is said to be so.
  const problems = notes.zonelessTime ? [problem('W_DATE_NO_ZONE', 'load', { value: notes.zonelessTime })] : [];
  return { docs: [makeDoc({ relPath, recordIndex: null, format: 'txt', meta, text, metaSpans: spans, problems })], problems: [] };
};

/** Lines at the end of a text looked at for an author's note. */
const MAX_CLOSING_NOTES = 3;

/** Whether a line is one of the authors' names, or the first name alone ("Olena" for "Olena Kovalenko"). */
function isSignature(line: string, authors: string | null): boolean {
  return authors !== null && line.length <= 60 && authors.split(', ').some((name) => line === name || line === name.split(' ')[0]);
}

/** The last `n` non-blank lines of a text, trimmed, in text order. */
function lastLines(text: string, n: number): Span[] {
  const out: Span[] = [];
  let end = text.length;
  while (out.length < n && end > 0) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    if (end === 0) break;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    out.unshift(trimSpan(text, { start, end }));
    end = start;
  }
  return out;
}

/** Longer lines are never furniture (isPageFurniture stops at 300 characters; this spares the slice). */
const MAX_FURNITURE_LINE = 400;

/** Lines of a site menu a copied page keeps under its skip link ("CNN", "US", "World"...): short, and at least this many. */
const MIN_MENU_LINES = 3;
const MAX_MENU_WORDS = 3;

/**
 * The offset where the article starts after the furniture lines that open a text (isPageFurniture: "Skip to
 * content", "Page 1 of 2"), and after a site menu right under them (a block of short lines, each a menu item);
 * pushes each such line's span onto `spans`. 0 when the text starts with the article.
 */
function leadingFurniture(text: string, spans: Span[]): number {
  const lines: Span[] = [];
  forEachLineOf(text, (start, end) => {
    if (lines.length > 60) return false;
    lines.push({ start, end });
    return true;
  });
  let from = 0;
  let i = 0;
  const trimmed = (l: Span) => text.slice(l.start, l.end).trim();
  while (i < lines.length && (trimmed(lines[i]) === '' || isPageFurniture(trimmed(lines[i])))) {
    if (trimmed(lines[i])) {
      spans.push(trimSpan(text, lines[i]));
      from = lines[i].end;
    }
    i++;
  }
  if (from === 0) return 0;
  // A menu: the short lines that follow up to the next blank line.
  let j = i;
  while (j < lines.length && trimmed(lines[j]) !== '' && isMenuItem(trimmed(lines[j]))) j++;
  if (j - i >= MIN_MENU_LINES && (j === lines.length || trimmed(lines[j]) === '')) {
    for (let k = i; k < j; k++) spans.push(trimSpan(text, lines[k]));
    from = lines[j - 1].end;
  }
  return from;
}

/** The heading of a page's closing list of topic links: "Related topics", "More on this story", "Topics", "Tags". */
const TOPICS_HEADING = /^(?:related topics|related|topics|more on this story|tags|see also)$/i;
/** Items of such a list looked at, from the end; and the words an item may have ("Israel-Gaza war", "Lebanon"). */
const MAX_TOPIC_LINES = 20;
const MAX_TOPIC_WORDS = 6;

/**
 * A list of topic links closing a copied page ("Related topics⏎Lebanon⏎Israel⏎Hezbollah", as BBC pages end): the
 * heading and the short lines under it up to the end of the text. Pushes each line's span onto `spans`.
 */
function trailingTopics(text: string, spans: Span[]): void {
  const lines: Span[] = [];
  let end = text.length;
  while (lines.length <= MAX_TOPIC_LINES && end > 0) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = trimSpan(text, { start, end });
    if (line.start === line.end) return;
    const words = text.slice(line.start, line.end);
    if (TOPICS_HEADING.test(words)) {
      if (lines.length) spans.push(line, ...lines);
      return;
    }
    if (words.length > 60 || words.split(/\s+/).length > MAX_TOPIC_WORDS || /[.,;:!?]$/.test(words)) return;
    lines.unshift(line);
    end = start;
  }
}

function isMenuItem(line: string): boolean {
  return line.split(/\s+/).length <= MAX_MENU_WORDS && !/[.,;:!?]$/.test(line);
}

function trimSpan(text: string, l: Span): Span {
  const raw = text.slice(l.start, l.end);
  return { start: l.start + raw.length - raw.trimStart().length, end: l.start + raw.trimEnd().length };
}

/** Calls `each` with the bounds of every line (without its "\n") until it returns false. */
function forEachLineOf(text: string, each: (start: number, end: number) => boolean): void {
  for (let pos = 0; pos <= text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    if (!each(pos, end)) return;
    pos = end + 1;
  }
}

const TITLE_KEY = /^(?:title|headline)\s*:\s*(\S.*)$/i;

/**
 * The first line, when a reader would take it for a title: short (≤150 characters, ≤20 words),
 * not ending like a sentence or a clause (. , ; :), and followed by a blank line and more text.
 * A headline may end with ? or !. Returns null otherwise.
 */
export function detectTitle(text: string): string | null {
  // Line by line rather than one regex: no backtracking on a long first line.
  let start = 0;
  let end = text.indexOf('\n');
  while (end !== -1 && text.slice(start, end).trim() === '') {
    start = end + 1;
    end = text.indexOf('\n', start);
  }
  if (end === -1) return null;
  const next = text.indexOf('\n', end + 1);
  if (next === -1 || text.slice(end + 1, next).trim() !== '' || text.slice(next).trim() === '') return null;
  const line = text.slice(start, end).trim();
  // "PUBLISHED: 10:00 EST, 25 November 2026": a date or byline line opening the file is a header line, not a title.
  if (titleShaped(line) && !isHeaderLine(line)) return line;
  // "I Taught High School for 31 Years. Don't Let Chatbots Grade Our Children.": an opinion headline written as
  // sentences (the NYT's, the WSJ's) is the title when it is in title case and a byline or a date line is under it.
  const below = text.slice(next + 1).trimStart();
  const nextLine = below.slice(0, below.indexOf('\n') === -1 ? below.length : below.indexOf('\n'));
  return sentenceHeadline(line) && isBylineOrDateLine(nextLine) ? line : null;
}

/** Small words title case leaves in lower case. */
const MINOR_WORDS = new Set('a an the and or nor but so yet of in on at to for by with from as into over up off out per via than vs is are be'.split(' '));

/** A headline of sentences ending with a stop, in title case: short (≤150 characters, ≤20 words), every word that carries meaning capitalised. */
function sentenceHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  if (line.length > 150 || words.length > 20 || words.length < 4 || !/[.!?]["'”’]?$/u.test(line)) return false;
  return words.every((w) => MINOR_WORDS.has(w.toLowerCase()) || !/\p{L}/u.test(w[0]) || /^\p{Lu}/u.test(w));
}
