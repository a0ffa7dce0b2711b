/**
 * Markdown articles: YAML front matter becomes metadata; the body is cleaned lightly (heading
 * marks, emphasis, links and images removed, code kept as text) and rebuilt block by block,
 * so doc.text is the readable body and each block is one paragraph span.
 */
import { parse as parseYaml } from 'yaml';
import { emptyMeta, type ArticleMeta, type Problem } from '../../model/doc.ts';
import { problem } from '../../errors.ts';
import { joinBlocks, type Block } from './blocks.ts';
import { readDate } from './dates.ts';
import { authorValue, nameValue, textValue } from './meta.ts';
import { makeDoc, type Reader } from './read-result.ts';

/**
 * Reads a .md file. Front matter keys: title, date / published_at / published, author /
 * authors, source / source_name / publisher, url / link, lang / language. Without a title in
 * the front matter, a level-1 heading at the top of the body is taken as the title.
 * Headings become paragraphs with isHeading true.
 */
export const fromMarkdown: Reader = (relPath, text) => {
  const warnings: Problem[] = [];
  const { data, body } = splitFrontMatter(text, warnings);
  const meta = metaFromFrontMatter(data, warnings);
  const blocks = markdownBlocks(body);
  if (meta.title === null && blocks[0]?.isHeading && blocks[0].level === 1) meta.title = cleanInline(blocks[0].text).replace(/\s+/g, ' ').trim() || null;
  const { text: out, paragraphs } = joinBlocks(blocks.map((b) => ({ text: b.raw ? b.text : cleanInline(b.text), isHeading: b.isHeading })));
  if (!out) return { docs: [], problems: [...warnings, problem('E_EMPTY', 'load', { detail: ' besides its front matter' })] };
  return { docs: [makeDoc({ relPath, recordIndex: null, format: 'md', meta, text: out, paragraphs, problems: warnings })], problems: [] };
};

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
  meta.sourceName = nameValue(first('source', 'source_name', 'publisher', 'site_name'));
  meta.url = textValue(first('url', 'link', 'canonical_url'));
  meta.language = textValue(first('lang', 'language'));
  return meta;
}

interface MdBlock extends Block {
  /** Heading level (1-6), 0 for other blocks. */
  level: number;
  /** Code: kept as written, no inline cleanup. */
  raw: boolean;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
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
    if (para.length) blocks.push({ text: para.join(' '), isHeading: false, level: 0, raw: false });
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
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ text: heading[2] ?? '', isHeading: true, level: heading[1].length, raw: false });
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

function stripListMarker(s: string): string {
  const m = LIST_ITEM.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/** Removes inline markdown: images, links (keeping their text), emphasis, code marks, tags. */
export function cleanInline(s: string): string {
  // Code spans are kept verbatim: split them out first so no other rule touches them.
  const parts = s.split(/(`+)([^`]|[^`][\s\S]{0,2000}?[^`])\1(?!`)/);
  let out = '';
  for (let i = 0; i < parts.length; i += 3) {
    out += cleanProse(parts[i]);
    if (i + 2 < parts.length) out += parts[i + 2].trim();
  }
  return out;
}

// Every variable-length part is bounded, so a long paragraph full of unmatched * or [ costs
// linear time, not quadratic.
function cleanProse(s: string): string {
  return s
    .replace(/!\[[^\]]{0,1000}\]\([^)]{0,2000}\)/g, '') // images
    .replace(/!\[[^\]]{0,1000}\]\[[^\]]{0,1000}\]/g, '')
    .replace(/\[([^\]]{0,1000})\]\([^)]{0,2000}\)/g, '$1') // [text](url)
    .replace(/\[([^\]]{1,1000})\]\[[^\]]{0,1000}\]/g, '$1') // [text][ref]
    .replace(/<((?:https?|mailto):[^>\s]{1,2000})>/g, '$1') // autolinks
    .replace(/<!--[\s\S]{0,10000}?-->/g, '')
    .replace(/<\/?[a-zA-Z][\w-]{0,100}(?:\s[^<>]{0,1000})?\/?>/g, '') // inline HTML tags
    .replace(/(\*\*|__)(?=\S)([\s\S]{0,1000}?\S)\1/g, '$2')
    .replace(/(^|[^\w*\\])\*([^\s*](?:[^*]{0,1000}?[^\s*\\])?)\*(?![\w*])/g, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_\\])_([^\s_](?:[^_]{0,1000}?[^\s_\\])?)_(?![\p{L}\p{N}_])/gu, '$1$2')
    .replace(/~~(?=\S)([\s\S]{0,1000}?\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1') // backslash escapes
    .replace(/[ \t]{2,}/g, ' ');
}
