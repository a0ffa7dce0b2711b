/**
 * Markdown articles: YAML front matter becomes metadata; the body is cleaned lightly (heading
 * marks, emphasis, links and images removed, code kept as text) and rebuilt block by block,
 * so doc.text is the readable body and each block is one paragraph span.
 */
import { parseYaml } from './lazy-libs.ts';
import { emptyMeta, type ArticleMeta, type Problem, type Span } from '../../model/doc.ts';
import { problem } from '../../errors.ts';
import { joinBlocks, type Block } from './blocks.ts';
import { readDate } from './dates.ts';
import { authorValue, nameValue, textValue } from './meta.ts';
import { makeDoc, type Reader } from './read-result.ts';
import { isPageFurniture } from './furniture.ts';
import { isHeaderLine, readTextHeader, type HeaderNotes } from './text-header.ts';

/**
 * Reads a .md file. Front matter keys: title, date / published_at / published, author /
 * authors, source / source_name / publisher, url / link, lang / language. Without a title in
 * the front matter, a level-1 heading at the top of the body is taken as the title. Fields the front
 * matter leaves empty are read from byline and date lines under the heading, as in .txt files.
 * Headings become paragraphs with isHeading true.
 */
export const fromMarkdown: Reader = (relPath, text) => {
  const warnings: Problem[] = [];
  const { data, body } = splitFrontMatter(text, warnings);
  const meta = metaFromFrontMatter(data, warnings);
  const blocks = markdownBlocks(body);
  if (meta.title === null && blocks[0]?.isHeading && blocks[0].level === 1) meta.title = cleanInline(blocks[0].text).replace(/\s+/g, ' ').trim() || null;
  // Furniture a web clipper keeps ("Share this: Twitter | Email", "Copyright The Financial Times Limited 2026") is
  // dropped, as the HTML reader drops it; code is kept as written.
  const cleaned = blocks.map((b) => ({ text: b.raw ? b.text : cleanInline(b.text), isHeading: b.isHeading, raw: b.raw, rubric: RUBRIC.test(b.text) }));
  const kept = cleaned.filter((b) => b.raw || !isPageFurniture(b.text));
  const { text: out, paragraphs } = joinBlocks(kept);
  if (!out) return { docs: [], problems: [...warnings, problem('E_EMPTY', 'load', { detail: ' besides its front matter' })] };
  // Byline, date and dateline lines under the heading fill what the front matter left empty.
  const metaSpans: Span[] = [];
  const notes: HeaderNotes = {};
  const header = readTextHeader(out, kept[0]?.isHeading ? kept[0].text : null, metaSpans, notes);
  if (meta.publishedAt === null && notes.zonelessTime) warnings.push(problem('W_DATE_NO_ZONE', 'load', { value: notes.zonelessTime }));
  for (const key of ['author', 'publishedAt', 'sourceName', 'url'] as const) meta[key] ??= header[key];
  // The Economist's rubric under the headline ("*Finance & economics | Trade*") is metadata, not the story's first line.
  const rubric = kept[0]?.isHeading && kept[1]?.rubric ? paragraphs[1] : null;
  if (rubric && out.slice(rubric.start, rubric.end) === kept[1].text.trim() && !metaSpans.some((s) => s.start === rubric.start)) {
    metaSpans.push({ start: rubric.start, end: rubric.end });
    metaSpans.sort((x, y) => x.start - y.start);
  }
  return { docs: [makeDoc({ relPath, recordIndex: null, format: 'md', meta, text: out, paragraphs, problems: warnings, metaSpans })], problems: [] };
};

/** A rubric: a section and a topic in emphasis, with a bar between them, no digits ("*Finance & economics | Trade*"). */
const RUBRIC = /^(\*{1,2}|_{1,2})[^*_\d|\n]{1,40}(?: \| [^*_\d|\n]{1,40}){1,2}\1$/;

/**
 * Front matter longer than this is not parsed (a W_FRONT_MATTER warning): real front matter is a
 * few hundred characters, and the YAML parser's time grows faster than the length (about 1.5 s for
 * 200 KB of keys, more for deep flow collections).
 */
const MAX_FRONT_MATTER_CHARS = 32 * 1024;

/** Separates a leading `---` ... `---` (or `...`) YAML block from the body. */
export function splitFrontMatter(text: string, warnings: Problem[]): { data: Record<string, unknown>; body: string } {
  const open = /^---[ \t]*\n/.exec(text);
  if (!open) return { data: {}, body: text };
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return { data: {}, body: text }; // a lone "---" is a thematic break, not front matter
  const yaml = rest.slice(0, m.index);
  const body = rest.slice(m.index + m[0].length);
  if (yaml.length > MAX_FRONT_MATTER_CHARS) {
    warnings.push(problem('W_FRONT_MATTER', 'load', { reason: `it is ${yaml.length} characters long, over the ${MAX_FRONT_MATTER_CHARS} read` }));
    return { data: {}, body };
  }
  try {
    const data: unknown = parseYaml(yaml);
    if (data == null) return { data: {}, body };
    if (typeof data !== 'object' || Array.isArray(data)) {
      warnings.push(problem('W_FRONT_MATTER', 'load', { reason: 'it is not a list of key: value pairs' }));
      return { data: {}, body };
    }
    return { data: data as Record<string, unknown>, body };
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    warnings.push(problem('W_FRONT_MATTER', 'load', { reason }));
    return { data: {}, body };
  }
}

function metaFromFrontMatter(data: Record<string, unknown>, warnings: Problem[]): ArticleMeta {
  // Keys are matched case-insensitively: "Title:" and "title:" are both common.
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const first = (...keys: string[]) => {
    for (const k of keys) {
      const v = lower.get(k);
      if (v != null && v !== '') return v;
    }
    return undefined;
  };
  const meta = emptyMeta();
  meta.title = textValue(first('title', 'headline'));
  meta.publishedAt = readDate(first('published_at', 'date', 'published', 'pubdate', 'datetime'), warnings);
  meta.author = authorValue(first('author', 'authors', 'byline'));
  // Obsidian Web Clipper writes the article's address under "source": an address is the URL, not the outlet.
  const isUrl = (v: unknown) => typeof v === 'string' && /^https?:\/\/\S+$/i.test(v.trim());
  const source = first('source');
  meta.sourceName = nameValue(isUrl(source) ? first('source_name', 'publisher', 'site_name') : first('source', 'source_name', 'publisher', 'site_name'));
  meta.url = textValue(first('url', 'link', 'canonical_url') ?? (isUrl(source) ? source : undefined));
  meta.language = textValue(first('lang', 'language'));
  return meta;
}

interface MdBlock extends Block {
  /** Heading level (1-6), 0 for other blocks. */
  level: number;
  /** Code: kept as written, no inline cleanup. */
  raw: boolean;
}

const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const BLOCKQUOTE = /^ {0,3}>[ \t]?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;

/** Splits a markdown body into blocks: headings, paragraphs, list items, quotes, code. */
export function markdownBlocks(body: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  const lines = body.split('\n');
  let para: string[] = [];
  let paraKind: 'text' | 'quote' | 'item' = 'text';
  const flush = () => {
    // A byline over a date line under the title ("By Anna Hirtenstein" / "Published: 1 December 2025"):
    // one header line per block, as in a .txt file, so the header reader sees each (joined, neither reads).
    if (para.length > 1 && paraKind === 'text' && blocks.every((b) => b.isHeading) && para.every((l) => isHeaderLine(cleanInline(l)))) {
      for (const l of para) blocks.push({ text: l, isHeading: false, level: 0, raw: false });
    } else if (para.length) blocks.push({ text: para.join(' '), isHeading: false, level: 0, raw: false });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      const closer = new RegExp(`^ {0,3}${fence[1][0] === '`' ? '`' : '~'}{${fence[1].length},}[ \\t]*$`);
      for (i++; i < lines.length && !closer.test(lines[i]); i++) code.push(lines[i]);
      blocks.push({ text: code.join('\n'), isHeading: false, level: 0, raw: true });
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const setext = SETEXT_UNDERLINE.exec(line);
    if (setext && para.length && paraKind === 'text') {
      blocks.push({ text: para.join(' '), isHeading: true, level: setext[1][0] === '=' ? 1 : 2, raw: false });
      para = [];
      continue;
    }
    if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) {
      flush();
      continue;
    }
    const heading = atxHeading(line);
    if (heading) {
      flush();
      blocks.push({ text: heading.text, isHeading: true, level: heading.level, raw: false });
      continue;
    }
    const quote = BLOCKQUOTE.exec(line);
    if (quote) {
      if (paraKind !== 'quote') flush();
      paraKind = 'quote';
      const inner = line.slice(quote[0].length);
      if (inner.trim() === '') flush();
      else para.push(stripListMarker(inner).trim());
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      paraKind = 'item';
      para.push(line.slice(item[0].length).trim());
      continue;
    }
    if (paraKind === 'quote' && para.length) flush();
    if (!para.length) paraKind = 'text';
    para.push(line.trim());
  }
  flush();
  return blocks;
}

const isSpaceOrTab = (c: number) => c === 0x20 || c === 0x09;

/**
 * An ATX heading line ("## Background ##"): its level and its text without the marks, or null.
 * Readable form, which backtracks quadratically on a long run of spaces inside the line:
 *   /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/   (text = group 2 ?? '')
 * This scan gives the same result in one pass.
 */
export function atxHeading(line: string): { level: number; text: string } | null {
  const n = line.length;
  let i = 0;
  while (i < n && i < 4 && line.charCodeAt(i) === 0x20) i++;
  if (i > 3) return null;
  const hashes = i;
  while (i < n && line.charCodeAt(i) === 0x23) i++;
  const level = i - hashes;
  if (level < 1 || level > 6) return null;
  if (i === n) return { level, text: '' };
  if (!isSpaceOrTab(line.charCodeAt(i))) return null;
  // "." matches no line terminator, so the pattern fails on a line holding one.
  if (/[\r\n\u2028\u2029]/.test(line)) return null;
  let start = i;
  while (start < n && isSpaceOrTab(line.charCodeAt(start))) start++;
  let end = n;
  while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  // A closing run of "#" counts only after a space or tab: "# C#" keeps its "#".
  let closing = end;
  while (closing > start && line.charCodeAt(closing - 1) === 0x23) closing--;
  if (closing < end && closing > start && isSpaceOrTab(line.charCodeAt(closing - 1))) {
    end = closing - 1;
    while (end > start && isSpaceOrTab(line.charCodeAt(end - 1))) end--;
  }
  return { level, text: line.slice(start, end) };
}

function stripListMarker(s: string): string {
  const m = LIST_ITEM.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/** Removes inline markdown: images, links (keeping their text), emphasis, code marks, tags. */
export function cleanInline(s: string): string {
  // Code spans are kept verbatim: they are cut out first so no other rule touches them.
  let out = '';
  let from = 0;
  for (const span of codeSpans(s)) {
    out += cleanProse(s.slice(from, span.open)) + s.slice(span.contentStart, span.contentEnd).trim();
    from = span.close;
  }
  return out + cleanProse(s.slice(from));
}

/** Longest code span content kept as code; a longer one is left as prose. */
const MAX_CODE_SPAN = 2002;

/**
 * Code spans, left to right, without overlap: an opening run of backticks (or the end part of a
 * longer run) and the next run of exactly as many backticks, with 1 to MAX_CODE_SPAN characters
 * between. Readable form (a regex that backtracks over 2,000 characters at every backtick):
 *   s.split(/(`+)([^`]|[^`][\s\S]{0,2000}?[^`])\1(?!`)/)
 * Here: one pass from the right notes, for every run, the first later run of each length.
 */
function codeSpans(s: string): Array<{ open: number; contentStart: number; contentEnd: number; close: number }> {
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = s.indexOf('`'); i >= 0; i = s.indexOf('`', i)) {
    const start = i;
    while (s.charCodeAt(i) === 0x60) i++;
    runs.push({ start, length: i - start });
  }
  if (runs.length < 2) return [];
  // closer[k]: the run that closes a span opened in run k (taking its longest possible end part), or -1.
  const closer = new Int32Array(runs.length).fill(-1);
  const opener = new Int32Array(runs.length);
  const nextOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const { start, length } = runs[k];
    const contentStart = start + length;
    for (let m = length; m >= 1; m--) {
      const j = nextOfLength.get(m);
      if (j !== undefined && runs[j].start - contentStart <= MAX_CODE_SPAN) {
        closer[k] = j;
        opener[k] = m;
        break;
      }
    }
    nextOfLength.set(length, k);
  }
  const spans = [];
  for (let k = 0; k < runs.length; k++) {
    const j = closer[k];
    if (j < 0) continue;
    const contentStart = runs[k].start + runs[k].length;
    spans.push({ open: contentStart - opener[k], contentStart, contentEnd: runs[j].start, close: runs[j].start + runs[j].length });
    k = j;
  }
  return spans;
}

/** Removes HTML comments: "<!--", then the first "-->" within 10,000 characters (the regex /<!--[\s\S]{0,10000}?-->/g, in one pass). */
function removeComments(s: string): string {
  let out = '';
  let from = 0;
  let close = -1;
  for (let i = s.indexOf('<!--'); i >= 0; ) {
    if (close < i + 4) close = s.indexOf('-->', i + 4);
    if (close < 0) break;
    if (close - (i + 4) <= 10_000) {
      out += s.slice(from, i);
      from = close + 3;
      i = s.indexOf('<!--', from);
    } else {
      i = s.indexOf('<!--', i + 1);
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

// Every pattern below is linear in the paragraph's length: a variable-length part never holds the
// mark that opens it ("[" in link text, "**" in bold), so a failed attempt stops at the next mark
// instead of reading on for a thousand characters, and the next attempt starts there.
/** A link or image target "(url)", which may hold one level of brackets: (https://x.org/a_(b)). */
const TARGET = String.raw`\((?:[^()]|\([^()]{0,2000}\)){0,2000}\)`;
const IMAGE = new RegExp(String.raw`!\[[^\[\]]{0,1000}\]${TARGET}`, 'g');
const LINK = new RegExp(String.raw`\[([^\[\]]{0,1000})\]${TARGET}`, 'g');

/** A link that only points to more ("[Read more →](…)", "[Weather warnings →](…)", "[Continue reading](…)"): no text. */
const LINK_PROMPT = /^(?:[\p{L}'’ ]{0,40}\s?[→»›]|(?:read more|continue reading|full story|read the full (?:story|article))[.:]?)$/iu;

function cleanProse(s: string): string {
  return removeComments(
    s
      .replace(IMAGE, '') // images
      .replace(/!\[[^\[\]]{0,1000}\]\[[^\[\]]{0,1000}\]/g, '')
      // Obsidian's and other wikis' links: "[[Rachel Reeves|the chancellor]]" shows its alias, "[[Mel Stride]]" its page.
      .replace(/\[\[([^\[\]|]{1,300})(?:\|([^\[\]]{1,300}))?\]\]/g, (_, page: string, alias?: string) => alias ?? page.replace(/#.*$/, ''))
      .replace(/^\s*\[![\w-]{1,30}\][+-]?\s*/, '') // a callout's type: "> [!NOTE]"
      .replace(/\[\^[^\]\s]{1,20}\]/g, '') // a footnote's mark: "[^1]"
      .replace(/==(?=\S)((?:[^=]|=(?!=)){0,1000}?\S)==/g, '$1') // a highlight: "==Wednesday=="
      .replace(LINK, (_, text: string) => (LINK_PROMPT.test(text.trim()) ? '' : text)) // [text](url); a prompt dropped
      .replace(/\[([^\[\]]{1,1000})\]\[[^\[\]]{0,1000}\]/g, '$1') // [text][ref]
      .replace(/<((?:https?|mailto):[^<>\s]{1,2000})>/g, '$1'), // autolinks
  )
    .replace(/<\/?[a-zA-Z][\w-]{0,100}(?:\s[^<>]{0,1000})?\/?>/g, '') // inline HTML tags
    .replace(/\*\*(?=\S)((?:[^*]|\*(?!\*)){0,1000}?\S)\*\*/g, '$1')
    .replace(/__(?=\S)((?:[^_]|_(?!_)){0,1000}?\S)__/g, '$1')
    .replace(/(^|[^\w*\\])\*([^\s*](?:[^*]{0,1000}?[^\s*\\])?)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_\\])_([^\s_](?:[^_]{0,1000}?[^\s_\\])?)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)((?:[^~]|~(?!~)){0,1000}?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1') // backslash escapes
    .replace(/[ \t]{2,}/g, ' ');
}
