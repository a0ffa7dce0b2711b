/**
 * JSON and JSON Lines articles. A .json file holds one article object, a list of them, or an
 * object with the list under "articles", "items", "data", "results" or "entries" (also one wrapper deeper:
 * "response", "data", "result" or "feed", as in {"response": {"results": [...]}}); a .jsonl /
 * .ndjson file holds one article object per line. Field names come from config.load.json.fields.
 * One bad record becomes one problem row; the other records still load.
 */
import { parseHTML } from './lazy-libs.ts';
import { emptyMeta, type ArticleDoc, type InputFormat, type Paragraph, type Problem } from '../../model/doc.ts';
import type { PipelineConfig } from '../../config.ts';
import { problem } from '../../errors.ts';
import { joinBlocks } from './blocks.ts';
import { withoutInvisibles } from './decode.ts';
import { readFirstDate } from './dates.ts';
import { SKIP_ALWAYS, textBlocks, withoutDocumentEndTags, type DomNode } from './from-html.ts';
import { isPageFurniture } from './furniture.ts';
import { capNesting } from './html-nesting.ts';
import { authorValue, nameValue, textValue } from './meta.ts';
import { makeDoc, type FileProblem, type ReadResult, type Reader } from './read-result.ts';

type Fields = PipelineConfig['load']['json']['fields'];

const LIST_KEYS = ['articles', 'items', 'data', 'results', 'entries'];
/** Objects an API wraps its list in: the list is looked for under LIST_KEYS inside them. */
const WRAPPER_KEYS = ['response', 'data', 'result', 'feed'];

/**
 * Reads a .json file. recordIndex is the 0-based list index for a list, null for a single
 * object. Malformed JSON is one E_JSON_PARSE problem for the whole file.
 */
export const fromJson: Reader = (relPath, text, config) => {
  const fields = config.load.json.fields;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { docs: [], problems: [problem('E_JSON_PARSE', 'load', { where: '', reason: reasonOf(err), rest: 'not read' })] };
  }
  const list = Array.isArray(data) ? data : listInside(data, fields);
  if (!list) {
    if (!isObject(data)) {
      return { docs: [], problems: [problem('E_JSON_SHAPE', 'load', { where: '', reason: `the file holds ${describe(data)}`, fields: fields.text.join(', ') })] };
    }
    return collect([recordToDoc(relPath, 'json', data, null, '', fields)]);
  }
  if (!list.length) return { docs: [], problems: [problem('E_EMPTY', 'load', { detail: ' (an empty JSON list)' })] };
  return collect(list.map((record, i) => recordToDoc(relPath, 'json', record, i, ` at index ${i}`, fields)));
};

/**
 * Reads a .jsonl / .ndjson file: one record per non-blank line; recordIndex is the 1-based line
 * number. A line that is not valid JSON is one E_JSON_PARSE problem with that line number.
 */
export const fromJsonLines: Reader = (relPath, text, config) => {
  const fields = config.load.json.fields;
  const results: RecordResult[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const lineNo = i + 1;
    const where = ` on line ${lineNo}`;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (err) {
      results.push({ problem: { ...problem('E_JSON_PARSE', 'load', { where, reason: reasonOf(err), rest: 'still read' }), recordIndex: lineNo } });
      continue;
    }
    results.push(recordToDoc(relPath, 'jsonl', record, lineNo, where, fields));
  }
  return collect(results);
};

type RecordResult = { doc: ArticleDoc } | { problem: FileProblem };

function collect(results: RecordResult[]): ReadResult {
  const out: ReadResult = { docs: [], problems: [] };
  for (const r of results) {
    if ('doc' in r) out.docs.push(r.doc);
    else out.problems.push(r.problem);
  }
  return out;
}

/** The end of a text a news API cut short: "… [+2345 chars]". */
const TRUNCATION_MARKER = /\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$/;

/** Turns one parsed record into a document, or into an E_JSON_SHAPE / E_NO_TEXT problem. */
function recordToDoc(relPath: string, format: InputFormat, record: unknown, recordIndex: number | null, where: string, fields: Fields): RecordResult {
  const at = recordIndex == null ? {} : { recordIndex };
  if (!isObject(record)) {
    return { problem: { ...problem('E_JSON_SHAPE', 'load', { where, reason: `it is ${describe(record)}`, fields: fields.text.join(', ') }), ...at } };
  }
  let body = firstOf(record, fields.text, articleText);
  if (body === null) return { problem: { ...problem('E_NO_TEXT', 'load', { where, fields: fields.text.join(', ') }), ...at } };

  const warnings: Problem[] = [];
  // "… [+2345 chars]": NewsAPI's cut-off text. The marker goes; a warning says the text is incomplete.
  // Only the end is searched: the pattern's leading \s* would retry at every space of a long text.
  const truncation = (text: string) => {
    const tail = Math.max(0, text.length - 120);
    const found = text.endsWith(']') ? TRUNCATION_MARKER.exec(text.slice(tail)) : null;
    return found && tail + found.index > 0 ? { index: tail + found.index, marker: found[0] } : null;
  };
  let cut = truncation(body.text);
  if (cut) {
    // A longer, whole text in a field further down the list ("content" cut short, "full_text" whole) is the article.
    const cutLength = cut.index;
    const whole = fields.text.map((f) => articleText(fieldAt(record, f))).find((t) => t !== null && !truncation(t.text) && t.text.length > cutLength);
    if (whole) {
      body = whole;
      cut = null;
    }
  }
  if (cut) {
    const end = body.text.slice(0, cut.index).trimEnd().length;
    body.text = body.text.slice(0, end);
    body.paragraphs = body.paragraphs?.filter((p) => p.start < end).map((p) => (p.end > end ? { ...p, end } : p));
    warnings.push(problem('W_TRUNCATED', 'load', { marker: cut.marker.trim() }));
  }
  const meta = emptyMeta();
  meta.title = firstOf(record, fields.title, plainText);
  meta.publishedAt = readFirstDate(fields.published_at.map((f) => fieldAt(record, f)), warnings);
  meta.author = firstOf(record, fields.author, authorValue);
  meta.sourceName = firstOf(record, fields.source_name, nameValue);
  // "Oil prices rise - Reuters" (NewsAPI): the source's own name after a dash or bar is not part of the headline.
  const suffix = meta.title && meta.sourceName ? /\s+[-–—|]\s+([^-–—|]+)$/.exec(meta.title) : null;
  if (suffix && suffix[1].toLowerCase() === meta.sourceName!.toLowerCase() && suffix.index > 0) meta.title = meta.title!.slice(0, suffix.index);
  meta.url = firstOf(record, fields.url, textValue);
  meta.language = firstOf(record, fields.language, textValue);
  return { doc: makeDoc({ relPath, recordIndex, format, meta, text: body.text, paragraphs: body.paragraphs, problems: warnings }) };
}

/** The array an object wraps under a list key, when the object is not itself an article. */
function listInside(data: unknown, fields: Fields): unknown[] | null {
  if (!isObject(data) || firstOf(data, fields.text, articleText) !== null) return null;
  for (const key of LIST_KEYS) {
    const v = data[key];
    if (Array.isArray(v)) return v;
  }
  // One wrapper deeper, as APIs answer: {"response": {"results": [...]}} (The Guardian's Open Platform).
  for (const key of WRAPPER_KEYS) {
    const inner = data[key];
    if (!isObject(inner)) continue;
    for (const listKey of LIST_KEYS) {
      const v = inner[listKey];
      if (Array.isArray(v)) return v;
    }
  }
  return null;
}

/** The first field (in config order) whose value `accept` turns into a non-null result. */
function firstOf<T>(record: Record<string, unknown>, names: string[], accept: (v: unknown) => T | null): T | null {
  for (const name of names) {
    const v = fieldAt(record, name);
    if (v === undefined) continue;
    const r = accept(v);
    if (r !== null) return r;
  }
  return null;
}

/** A field by name, or by dotted path ("meta.title") when no field has the dotted name itself. */
export function fieldAt(record: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(record, path)) return record[path];
  let v: unknown = record;
  for (const key of path.split('.')) {
    if (!isObject(v) && !Array.isArray(v)) return undefined;
    if (!Object.hasOwn(v, key)) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * Article text from a field value: a string, or a list of strings (paragraphs, joined with a
 * blank line). Line endings become LF and the ends are trimmed. Text that is HTML (with
 * paragraph or line-break tags) is reduced to its text blocks, with paragraph spans.
 */
function articleText(v: unknown): { text: string; paragraphs?: Paragraph[] } | null {
  let s: string;
  if (typeof v === 'string') s = v;
  else if (Array.isArray(v) && v.length && v.every((x) => typeof x === 'string')) s = v.join('\n\n');
  else return null;
  // A JSON escape ("\u00ad") brings back what decoding removed from the raw file.
  s = withoutInvisibles(s.replace(/\r\n?/g, '\n')).trim();
  if (!s) return null;
  if (/<\/(?:p|div|li|h[1-6]|blockquote)>|<br\s*\/?>/i.test(s)) {
    // Skipped as in a page (captions, buttons, embeds), with the JSON text's own line breaks kept as block ends.
    const blocks = textBlocks(htmlBody(s) as unknown as DomNode, SKIP_ALWAYS, true);
    // Page furniture ("Advertisement") goes as in a page.
    const joined = joinBlocks(blocks.filter((b) => !isPageFurniture(b.text)));
    return joined.text ? joined : null;
  }
  // Scraper dumps keep the page's furniture as lines of the text ("Copyright 2026 NPR", "SOURCE: AL JAZEERA"):
  // they are dropped, as the HTML reader drops them, before any offset is assigned.
  const kept = s.split('\n').filter((line) => !isPageFurniture(line)).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return kept ? { text: kept } : null;
}

/** A title that holds markup ("<b>Apple</b> unveils …", "AT&amp;T profits"): its text, as a browser shows it. */
function plainText(v: unknown): string | null {
  const s = textValue(v);
  if (s === null || !/<[a-z/!][^>]*>|&(?:[a-z]{2,8}|#\d{1,7}|#x[\da-f]{1,6});/i.test(s)) return s;
  return textValue(htmlBody(s).textContent);
}

/** The body of a page made of an HTML fragment from a JSON field (nesting capped, stray end-of-document tags dropped). */
function htmlBody(fragment: string) {
  return parseHTML(`<!DOCTYPE html><html><head></head><body>${capNesting(withoutDocumentEndTags(fragment))}</body></html>`).document.body;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return String(v);
  return typeof v;
}

function reasonOf(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}
