/**
 * HTML articles: metadata from <meta>, <link rel=canonical>, <time>, <title>, <html lang> and
 * JSON-LD; the article body through Readability, rebuilt block by block (Readability's own
 * textContent runs paragraphs together). Falls back to the page's text blocks, minus navigation,
 * header and footer, when Readability finds nothing, too little, or cannot run.
 */
import { getReadability, parseHTML } from './lazy-libs.ts';
import { emptyMeta, type ArticleMeta, type Paragraph, type Problem, type Span } from '../../model/doc.ts';
import { problem } from '../../errors.ts';
import { collapseWhitespace, joinBlocks, type Block } from './blocks.ts';
import { readFirstDate } from './dates.ts';
import { NEWSROOM_AUTHOR, authorValue, bylineValue, isOrganization, nameValue, textValue } from './meta.ts';
import { makeDoc, type Reader } from './read-result.ts';
import { capNesting } from './html-nesting.ts';
import { isAuthorBio, isLinkListLabel, isPageFurniture } from './furniture.ts';
import { bylineAuthors, isBylineOrDateLine, isHeaderLine, readTextHeader, type HeaderNotes } from './text-header.ts';

export { isPageFurniture };

/**
 * Readability recurses over the tree and its run time grows steeply with depth (about 1 s at
 * 500 levels, 7 s at 1,000; a stack overflow at 5,000), so deeper pages use the fallback.
 * Real article pages stay well under 100 levels.
 */
const MAX_READABILITY_DEPTH = 200;
const MAX_READABILITY_ELEMENTS = 50_000;
/**
 * Readability's time grows with the nodes of the page, text nodes included, at several microseconds
 * each (a megabyte of "< " is 500,000 text nodes: 4 s; 37,000 <meta> elements: 4 s), and it
 * overflows the stack on a few hundred thousand. Article pages have a few thousand nodes; larger
 * ones use the fallback text.
 */
const MAX_READABILITY_NODES = 20_000;
/** Readability output shorter than this counts as "too little": the fallback text is used. */
const MIN_ARTICLE_CHARS = 250;

const BLOCK_TAGS = new Set([
  'p', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'div', 'section', 'article', 'main',
  'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr',
  'td', 'th', 'caption', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'details', 'summary', 'hr',
  'body', 'html', 'center', 'menu',
]);
/**
 * Inline elements that pages use as separate items of a byline or date widget ("<span>Sat 21 Nov 2026</span><a>Share</a>"):
 * two of them meeting with no whitespace get a space. Emphasis (b, i, em, strong...) is left alone, since it may
 * split a word: "<b>W</b>ord".
 */
const SEPARATE_ITEMS = new Set(['span', 'a', 'time', 'label', 'small', 'cite', 'data', 'abbr', 'img']);
/** Text directly under these is outside any block element (see textBlocks' `lineBreaks`). */
const LOOSE_PARENTS = new Set(['', 'body', 'html']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * Never text: scripts, styles and embedded objects, and picture captions ("Jerome Powell speaks in
 * Washington. (Photo: Reuters)"), which repeat names and credits outside the story's own sentences.
 */
export const SKIP_ALWAYS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'title', 'select', 'button', 'canvas', 'figcaption']);
/** Page furniture left out of the fallback text. */
const SKIP_IN_FALLBACK = new Set([...SKIP_ALWAYS, 'nav', 'header', 'footer', 'aside', 'form', 'menu', 'dialog']);

/** linkedom's DOM types differ from lib.dom's; the reader only needs this much of a node. */
export interface DomNode {
  nodeType: number;
  localName?: string;
  data?: string;
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
  parentNode: DomNode | null;
  getAttribute?(name: string): string | null;
  textContent: string | null;
}
type Doc = Document;

/**
 * Reads an .html/.htm file into one document. doc.text is the article's blocks (paragraphs,
 * list items, block quotes, headings, preformatted text) joined with "\n\n", with one
 * paragraph span per block; headings have isHeading true.
 */
export const fromHtml: Reader = (relPath, page) => {
  const warnings: Problem[] = [];
  const text = capNesting(withoutDocumentEndTags(page));
  const document = parsePage(text);
  const shape = treeShape(document.documentElement as unknown as DomNode);

  let article: ReturnType<typeof runReadability> = null;
  if (shape.depth <= MAX_READABILITY_DEPTH && shape.elements <= MAX_READABILITY_ELEMENTS && shape.nodes <= MAX_READABILITY_NODES) {
    // Readability rewrites the tree it reads, so it gets its own copy of the page.
    article = runReadability(text);
  }
  // From the root, not <body>: the parser leaves text that comes before <body> or after a stray
  // </body> outside it, where a browser would still show it. <head> is skipped like <script>.
  // Furniture by its markup goes as it does before Readability (htmlMeta reads only <head> and JSON-LD, kept).
  cutFurniture(document);
  const fallback = textBlocks(document.documentElement as unknown as DomNode, SKIP_IN_FALLBACK);
  let blocks = fallback;
  if (article) {
    const len = article.blocks.reduce((n, b) => n + b.text.length, 0);
    const fallbackLen = fallback.reduce((n, b) => n + b.text.length, 0);
    // On short pages Readability's pick is unreliable (it may keep the menu), while the
    // fallback drops <nav>, <header>, <footer> and <aside> by rule.
    if (len >= MIN_ARTICLE_CHARS || fallbackLen === 0) blocks = article.blocks;
  }

  const meta = htmlMeta(document, article, warnings);
  const kept = withoutReporterLines(blocks.map(withoutLinkHints)).filter((b) => b.text && !isPageFurniture(b.text)).map(asTimestamp);
  const { text: out, paragraphs } = joinBlocks(kept);
  if (!out) return { docs: [], problems: [...warnings, problem('E_EMPTY', 'load', { detail: ' after extracting the article from the HTML' })] };
  // A byline or date block the article kept at its top ("By Tom Edwards, Transport correspondent", "25 November
  // 2026") is metadata, as under a plain-text title: it fills what the page's meta tags left empty. It may come
  // under the standfirst, as on the Guardian's and CoinDesk's pages.
  let metaSpans: Span[] = [];
  let notes: HeaderNotes = {};
  let header = readTextHeader(out, kept[0]?.isHeading ? kept[0].text : null, metaSpans, notes);
  if (metaSpans.length === 0 && kept.length > 2 && !kept[0].isHeading && kept[0].text.length <= MAX_STANDFIRST_CHARS) {
    metaSpans = [];
    notes = {};
    header = readTextHeader(out, kept[0].text, metaSpans, notes);
  }
  // The Daily Mail's: a byline block under a standfirst of several blocks (its bullet points).
  const below = metaSpans.length === 0 ? headerBelowStandfirst(out, paragraphs) : -1;
  if (below > 0) {
    const from = paragraphs[below - 1].start;
    const spans: Span[] = [];
    notes = {};
    header = readTextHeader(out.slice(from), out.slice(from, paragraphs[below - 1].end), spans, notes);
    metaSpans = spans.map((s) => ({ start: s.start + from, end: s.end + from }));
  }
  // "By Brendan Bordelon and Gavin Bade": the byline names everyone where the meta tag names only the first author.
  if (meta.author && header.author && header.author.split(', ').length > meta.author.split(', ').length &&
    meta.author.split(', ').every((name) => header.author!.split(', ').includes(name))) meta.author = header.author;
  // "WXYZ Web Team", "Staff Report": a newsroom's name in the author tag, where the byline in the article names a person.
  if (meta.author && header.author && NEWSROOM_AUTHOR.test(meta.author) && !NEWSROOM_AUTHOR.test(header.author)) meta.author = header.author;
  // A clock time with no zone in the byline block, read as UTC where the page's tags gave no date, is said to be so.
  if (meta.publishedAt === null && header.publishedAt !== null && notes.zonelessTime) warnings.push(problem('W_DATE_NO_ZONE', 'load', { value: notes.zonelessTime }));
  for (const key of ['author', 'publishedAt', 'sourceName', 'url'] as const) meta[key] ??= header[key];
  // A live page's post signed with a reporter's name alone on its line ("Tom Raynor"): metadata, not a mention.
  const authors = new Set(meta.author?.split(', ') ?? []);
  for (const p of paragraphs) {
    if (!p.isHeading && authors.has(out.slice(p.start, p.end)) && !metaSpans.some((s) => s.start === p.start)) metaSpans.push({ start: p.start, end: p.end });
  }
  // "Sam Jones in Madrid" (the Guardian's <address> under the standfirst), "Interview Conducted by Tim Bartz and Anne
  // Seith": a line near the top naming the authors, as the author tag reads, is the byline.
  for (const p of paragraphs.slice(0, 4)) {
    const line = out.slice(p.start, p.end);
    if (meta.author && line.length <= 80 && line !== meta.author && bylineValue(line) === meta.author &&
      !metaSpans.some((s) => s.start === p.start)) metaSpans.push({ start: p.start, end: p.end });
  }
  metaSpans.sort((a, b) => a.start - b.start);
  // "Posted 17 Nov 2026, updated 18 Nov 2026": a date line closing the article (ABC pages) is metadata too.
  const last = paragraphs[paragraphs.length - 1];
  if (paragraphs.length > 1 && !metaSpans.some((s) => s.start === last.start) && isHeaderLine(out.slice(last.start, last.end))) {
    metaSpans.push({ start: last.start, end: last.end });
  }
  // "Sebastian Sprenger is associate editor for Europe at Defense News.": the author's note closing the article.
  for (const p of paragraphs.slice(Math.max(1, paragraphs.length - MAX_CLOSING_NOTES))) {
    if (isAuthorBio(out.slice(p.start, p.end), meta.author) && !metaSpans.some((s) => s.start === p.start)) metaSpans.push({ start: p.start, end: p.end });
  }
  metaSpans.sort((a, b) => a.start - b.start);
  const standfirst = standfirstHeading(out, paragraphs, metaSpans, meta.title);
  if (standfirst >= 0) withoutHeading(paragraphs, standfirst);
  return { docs: [makeDoc({ relPath, recordIndex: null, format: 'html', meta, text: out, paragraphs, problems: warnings, metaSpans })], problems: [] };
};

/** Paragraphs at the end of an article looked at for an author's note. */
const MAX_CLOSING_NOTES = 3;

/** Shortest standfirst read by its wording alone (no byline under it). */
const MIN_STANDFIRST_CHARS = 60;

/**
 * The index of a standfirst written in a heading element right under the title (Haaretz's `<h2 class="sub">`, the
 * WSJ's `<h2 class="sub-head">`: "Employers added just 22,000 jobs; unemployment rate climbed to 4.5%"), or -1: the
 * first paragraph, or the second under the title, when it is a heading with the byline or date block under it, or
 * reads as a sentence (ends with a stop or holds a semicolon, 60 characters or more) before body text. It is no
 * section heading: else every paragraph of the article would have it as its section.
 */
function standfirstHeading(text: string, paragraphs: Paragraph[], metaSpans: Span[], title: string | null): number {
  const lineOf = (p: Paragraph) => text.slice(p.start, p.end);
  const i = paragraphs[0]?.isHeading && title !== null && lineOf(paragraphs[0]) === title ? 1 : 0;
  const p = paragraphs[i];
  const next = paragraphs[i + 1];
  if (!p?.isHeading || !next || lineOf(p) === title) return -1;
  if (metaSpans.some((s) => s.start === next.start)) return i;
  const line = lineOf(p);
  return !next.isHeading && line.length >= MIN_STANDFIRST_CHARS && /[.!?]$|; /.test(line) ? i : -1;
}

/** Makes paragraph `i` a plain paragraph, and gives the paragraphs of its section the section before it. */
function withoutHeading(paragraphs: Paragraph[], i: number): void {
  let section = i > 0 ? paragraphs[i - 1].section : null;
  for (let k = i; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (k > i && p.isHeading) break;
    paragraphs[k] = { ...p, isHeading: k === i ? false : p.isHeading, section };
  }
}

/** "Reporting from Kabul": where a live post's reporter is, on the line under the name. */
const REPORTING_FROM = /^[Rr]eporting from \p{Lu}[\p{L}.'’ ,-]{1,60}$/u;

/** The blocks without a reporter's "Name⏎Reporting from Kabul" lines (the name is dropped only above such a line). */
function withoutReporterLines(blocks: Block[]): Block[] {
  const drop = new Set<number>();
  blocks.forEach((b, i) => {
    if (!REPORTING_FROM.test(b.text)) return;
    drop.add(i);
    if (i > 0 && blocks[i - 1].text.length <= 60 && isHeaderLine(`By ${blocks[i - 1].text}`)) drop.add(i - 1);
  });
  return drop.size ? blocks.filter((_, i) => !drop.has(i)) : blocks;
}

/** Longest standfirst a byline block may come under. */
const MAX_STANDFIRST_CHARS = 400;
/** Most blocks (bullet points) a standfirst above a byline block may have. */
const MAX_STANDFIRST_BLOCKS = 5;

/**
 * The index of the paragraph that starts a byline or date block under a standfirst of several short blocks (the
 * heading first, then bullet points: "<h1>…</h1><ul><li>…</li>×3</ul><p>By REBECCA CAMBER …</p>"), or -1.
 */
function headerBelowStandfirst(text: string, paragraphs: Paragraph[]): number {
  for (let i = 2; i < paragraphs.length - 1 && i <= MAX_STANDFIRST_BLOCKS + 1; i++) {
    const p = paragraphs[i - 1];
    if (p.isHeading || p.end - p.start > MAX_STANDFIRST_CHARS) return -1;
    if (!paragraphs[i].isHeading && isBylineOrDateLine(text.slice(paragraphs[i].start, paragraphs[i].end))) return i;
  }
  return -1;
}

/**
 * A live page's post time alone in its block ("14.32 GMT", "1:45 p.m. ET", "21 Nov 2026 - 16:20 GMT"): a heading, so
 * that each post is a section of its own, as a plain-text live blog's time lines are.
 */
const TIMESTAMP = /^(?:\d{1,2} \p{L}{3,9}\.? \d{4}\s*[-–—,]\s*)?\d{1,2}[.:]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?$/iu;

function asTimestamp(b: Block): Block {
  return !b.isHeading && b.text.length <= 40 && TIMESTAMP.test(b.text) ? { ...b, isHeading: true } : b;
}

/** What a page tells screen readers about a link: "(NVDA.O), opens new tab", "(opens in a new window)". */
const LINK_HINT = /,? (?:opens (?:in )?(?:a )?new (?:tab|window)|\(opens (?:in )?(?:a )?new (?:tab|window)\))/g;

/** A block without the link hints written into it. */
function withoutLinkHints(b: Block): Block {
  return b.text.includes(' new ') ? { ...b, text: b.text.replace(LINK_HINT, '').trim() } : b;
}

/** A page title made of the headline, a bar or dash, and the site's name: "Oil prices rise | Reuters". */
const TITLE_SITE_SUFFIX = /^(.+?)\s+[|–—-]\s+([^|–—-]{2,60})$/u;
/** What may follow the headline in a page title: a section or two, then the site ("- Israel News - Haaretz.com"). */
const SECTIONS_AND_SITE = /^\s+[|–—-]\s+(?:[^|–—-]{2,40}\s+[|–—-]\s+){0,2}([^|–—-]{2,60})$/u;

/**
 * The headline and the site's name of a page title made of them ("Oil prices rise | Reuters"), also past the sections
 * between them when the title starts with the page's headline: "Netanyahu Weighs … - Israel News - Haaretz.com".
 */
function titleParts(pageTitle: string, headline: string | null): { headline: string; site: string } | null {
  const rest = headline && pageTitle.startsWith(headline) ? SECTIONS_AND_SITE.exec(pageTitle.slice(headline.length)) : null;
  if (rest) return { headline: headline!, site: rest[1] };
  const plain = TITLE_SITE_SUFFIX.exec(pageTitle);
  return plain ? { headline: plain[1], site: plain[2] } : null;
}

/**
 * Drops </body> and </html> end tags. A browser ignores them (what follows still goes into the
 * body); the parser closes the document there and leaves the rest outside <html>, where it would
 * be lost: text after a stray "</body></html>" in the middle of a page, or after the end of a page
 * that was concatenated with another.
 */
export function withoutDocumentEndTags(html: string): string {
  return html.replace(/<\/(?:body|html)[\t\n\f\r ]*>/gi, '');
}

/**
 * Parses a page so that document.body exists. htmlparser2 builds no <html>/<body> around a
 * fragment, and text before a broken <html> tag can leave no root element at all (linkedom then
 * throws on document.body) or a <p> as the root, so those are parsed again inside a complete skeleton.
 */
function parsePage(text: string): Doc {
  const skeleton = `<!DOCTYPE html><html><head></head><body>${text}</body></html>`;
  const first = /<html[\s>]/i.test(text) ? text : /<body[\s>]/i.test(text) ? `<html>${text}</html>` : skeleton;
  for (const html of first === skeleton ? [skeleton] : [first, skeleton]) {
    const { document } = parseHTML(html) as unknown as { document: Doc };
    if (document.documentElement?.localName === 'html' && document.body) return document;
  }
  throw new Error('the page has no <html> element to read');
}

/**
 * Page furniture by its markup, cut before Readability picks the story's container: cookie and consent banners,
 * skip links, "Most viewed" and onward lists, author boxes, newsletter and share boxes, comments, topic tags.
 * Readability keeps the siblings of a story sitting in a generic wrapper (`main`, `#page`), so these had become
 * paragraphs of the article. An element holding the page's heading or article, or much text, is never cut.
 */
const FURNITURE_SELECTOR = [
  '[id*="cookie"]', '[class*="cookie"]', '[id*="consent"]', '[class*="consent"]', '[id^="onetrust"]', '[class*="onetrust"]',
  '.skip-link', '.skip-to-content', 'a[href="#main"]', 'a[href="#content"]', '.screen-reader-text',
  '[class*="most-viewed"]', '[class*="mostviewed"]', '[class*="most-popular"]', '[class*="onward"]',
  '[class*="author-bio"]', '[class*="author-box"]', '[class*="about-author"]',
  '[class*="newsletter"]', '[class*="signup"]', '[class*="sign-up"]', '[class*="share-"]', '[class*="social-share"]',
  '#comments', '[class*="comments"]', '[class*="topic-tags"]', '[class*="tag-list"]', '[class*="topics"]',
  '[class*="contributions"]', '[class*="support-us"]',
  // A pull quote repeats a line of the story in large type.
  '[class*="pull-quote"]', '[class*="pullquote"]',
  // Picture captions outside <figcaption> ("<p class="caption">… (Carlos Rivera / MassLive)</p>", "wp-caption-text",
  // the Daily Mail's "imageCaption").
  '[class*="caption" i]',
].join(',');
/** An element with more text than this is content, whatever its class says. */
const MAX_FURNITURE_CHARS = 1500;

function cutFurniture(document: Doc): void {
  let found: DomNode[];
  try {
    found = Array.from(document.querySelectorAll(FURNITURE_SELECTOR)) as unknown as DomNode[];
  } catch {
    return; // a selector the DOM library cannot read: leave the page as it is
  }
  for (const el of found) {
    const node = el as unknown as { querySelector(s: string): unknown; textContent: string | null; remove(): void; localName: string };
    if (node.localName === 'body' || node.localName === 'html' || node.localName === 'main' || node.localName === 'article') continue;
    if (node.querySelector('article, h1') || (node.textContent ?? '').length > MAX_FURNITURE_CHARS) continue;
    node.remove();
  }
  hideDateLabels(document);
}

/** Elements a <time> may sit in on its own, as a block of its own rather than inside a sentence. */
const BLOCK_PARENTS = new Set(['div', 'article', 'header', 'section', 'main', 'body', 'footer', 'aside', 'figure']);
/** "Mon 23 Nov", "23 November", "Nov. 23": a day and month with no year. */
const DATE_WITHOUT_YEAR = /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)$/i;

/**
 * A page's date label: a <time datetime> standing as a block of its own whose text is a day and month with no year
 * ("<time datetime="2026-11-22T18:12:00Z">Mon 23 Nov</time>", as ABC News prints it). It is hidden, not removed:
 * its `datetime` is still the page's date; its text would be a paragraph of its own, and a DATE mention.
 */
function hideDateLabels(document: Doc): void {
  for (const el of Array.from(document.querySelectorAll('time[datetime]'))) {
    const parent = el.parentElement?.localName ?? '';
    if (BLOCK_PARENTS.has(parent) && DATE_WITHOUT_YEAR.test((el.textContent ?? '').trim())) el.setAttribute('hidden', '');
  }
}

function runReadability(text: string) {
  let result;
  try {
    const document = parsePage(text);
    cutFurniture(document);
    const Readability = getReadability();
    result = new Readability<DomNode>(document, {
      maxElemsToParse: MAX_READABILITY_ELEMENTS,
      serializer: (node) => node as unknown as DomNode,
    }).parse();
  } catch {
    return null; // the fallback text is used instead
  }
  if (!result?.content) return null;
  return { blocks: textBlocks(result.content, SKIP_ALWAYS), byline: result.byline, siteName: result.siteName, publishedTime: result.publishedTime };
}

/**
 * Walks the tree without recursion (10,000 nested elements must not overflow the stack) and
 * cuts its text into blocks at every block-level element. Whitespace inside a block is
 * collapsed, except in <pre>, where line breaks are kept. With `lineBreaks` (HTML from a JSON field, often
 * plain text with a few tags: "<ul><li>Published</li></ul>Image source, EPA\nImage caption, …\nAt least 12 …"),
 * a line break or a <br> in text outside any block element also ends a block, so the lines do not run together.
 */
export function textBlocks(root: DomNode | null, skip: Set<string>, lineBreaks = false): Block[] {
  const blocks: Block[] = [];
  if (!root) return blocks;
  let buffer = '';
  const open: string[] = []; // block elements the walk is inside, innermost last
  let preDepth = 0;
  // Where the buffer stood when each open element was entered, and the last inline item that closed.
  const startedAt: number[] = [];
  let closed: { tag: string; end: number; length: number } | null = null;
  // Where the buffer had a <br> (outside <pre>).
  let breaks: number[] = [];
  const flush = () => {
    const isHeading = HEADING_TAGS.has(open[open.length - 1] ?? '');
    const loose = lineBreaks && preDepth === 0 && LOOSE_PARENTS.has(open[open.length - 1] ?? '');
    const parts = loose ? buffer.split('\n') : linesAtBreaks(buffer, breaks);
    // "Read more from Sky News:<br><a>…</a><br><a>…</a>": a label over links to other stories; the links go with it.
    if (parts.length > 1 && isLinkListLabel(collapseWhitespace(parts[0]))) parts.length = 0;
    for (const part of parts) {
      const text = preDepth > 0 ? part.replace(/^\s*\n/, '').trimEnd() : collapseWhitespace(part);
      if (text.trim()) blocks.push({ text, isHeading });
    }
    buffer = '';
    breaks = [];
    closed = null;
  };
  const enter = (node: DomNode): boolean => {
    if (node.nodeType === 3) {
      buffer += node.data ?? '';
      return false;
    }
    if (node.nodeType !== 1) return false;
    const tag = node.localName ?? '';
    if (skip.has(tag) || node.getAttribute?.('hidden') != null || node.getAttribute?.('aria-hidden') === 'true') return false;
    // Inside <pre> (and loose text read with `lineBreaks`) a <br> is a line break; elsewhere a space, where flush may
    // end the block ("<p>Second<br>line.</p>" is one paragraph).
    if (tag === 'br') {
      if (preDepth > 0 || (lineBreaks && LOOSE_PARENTS.has(open[open.length - 1] ?? ''))) buffer += '\n';
      else {
        breaks.push(buffer.length);
        buffer += ' ';
      }
    }
    if (BLOCK_TAGS.has(tag)) {
      flush();
      open.push(tag);
    }
    if (tag === 'pre') preDepth++;
    if (closed && closed.end === buffer.length && SEPARATE_ITEMS.has(tag) && SEPARATE_ITEMS.has(closed.tag) && closed.length > 1
      && buffer.length > 0 && !/\s$/.test(buffer)) {
      // "<span>Priya Raman</span><span>Transport correspondent</span>": items a stylesheet lays out apart, with no
      // space between them in the markup. Not after a single letter (a drop cap: "<span>T</span><span>he</span>").
      buffer += ' ';
    }
    startedAt.push(buffer.length);
    return true;
  };
  const exit = (node: DomNode) => {
    const tag = node.localName ?? '';
    const start = startedAt.pop() ?? buffer.length;
    closed = { tag, end: buffer.length, length: buffer.length - start };
    if (BLOCK_TAGS.has(tag)) {
      flush();
      open.pop();
    }
    if (tag === 'pre') preDepth--;
  };

  walk(root, enter, exit);
  flush();
  return blocks;
}

/**
 * A block's text cut at its <br>s where a capital follows: "Royal Academy, London<br>Horses burst through walls" and
 * "Yogita Limaye<br>Reporting from Kabul" are two lines that would otherwise run into one sentence, while
 * "Second<br>line." stays one.
 */
function linesAtBreaks(buffer: string, breaks: number[]): string[] {
  const parts: string[] = [];
  let from = 0;
  for (const at of breaks) {
    if (!/^\s*\p{Lu}/u.test(buffer.slice(at, at + 40))) continue;
    parts.push(buffer.slice(from, at));
    from = at;
  }
  parts.push(buffer.slice(from));
  return parts;
}

/**
 * Depth-first walk by first-child / next-sibling / parent pointers: no recursion and no stack
 * array. `enter` returns whether to descend; `exit` runs once for each element descended into.
 */
function walk(root: DomNode, enter: (n: DomNode) => boolean, exit: (n: DomNode) => void): void {
  if (!enter(root)) return;
  let node: DomNode | null = root.firstChild;
  let parent: DomNode = root;
  while (true) {
    if (node) {
      const descend = enter(node);
      if (descend && node.firstChild) {
        parent = node;
        node = node.firstChild;
        continue;
      }
      if (descend) exit(node);
      node = node.nextSibling;
      continue;
    }
    exit(parent);
    if (parent === root) return;
    node = parent.nextSibling;
    parent = parent.parentNode!;
  }
}

/** Depth, element count and node count (elements, text, comments) of a tree, measured without recursion. */
function treeShape(root: DomNode | null): { depth: number; elements: number; nodes: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  let nodes = 0;
  if (!root) return { depth, elements, nodes };
  walk(
    root,
    (n) => {
      nodes++;
      if (n.nodeType !== 1) return false;
      elements++;
      max = Math.max(max, ++depth);
      return true;
    },
    () => {
      depth--;
    },
  );
  return { depth: max, elements, nodes };
}

type ReadabilityArticle = NonNullable<ReturnType<typeof runReadability>>;

/** Metadata of the page; the first source that has a value wins, in the order listed per field. */
function htmlMeta(document: Doc, article: ReadabilityArticle | null, warnings: Problem[]): ArticleMeta {
  const metas = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv'))?.trim().toLowerCase();
    const content = el.getAttribute('content')?.trim();
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  const m = (...keys: string[]) => {
    for (const k of keys) if (metas.has(k)) return metas.get(k)!;
    return null;
  };
  const ld = jsonLdArticle(document);
  const notUrl = (s: string | null) => (s && !/^https?:\/\//i.test(s) ? s : null);
  const attr = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const text = (selector: string) => textValue(document.querySelector(selector)?.textContent ?? null);

  const meta = emptyMeta();
  meta.title = textValue(m('og:title', 'twitter:title') ?? ld?.headline ?? ld?.name ?? null) ?? text('title') ?? text('h1');
  const time = attr('article time[datetime]', 'datetime') ?? attr('time[datetime]', 'datetime');
  meta.publishedAt = readFirstDate(
    [
      m('article:published_time', 'og:published_time', 'datepublished', 'publisheddate', 'date', 'pubdate', 'publishdate', 'publish-date',
        'dc.date.issued', 'dc.date', 'dcterms.created', 'parsely-pub-date', 'sailthru.date'),
      ld?.datePublished, time, article?.publishedTime,
    ],
    warnings,
  );
  // The JSON-LD article's people win over the meta tag: the tag often names only the first author, or a CMS
  // default ("Staff Report") where the JSON-LD names the reporter. An Organization as author is the publisher.
  const ldAuthors = authorValue(ld?.author);
  const ldOrganization = ([] as unknown[]).concat(ld?.author ?? []).filter(isOrganization).map(nameValue).find((n) => n !== null) ?? null;
  const siteName = textValue(m('og:site_name', 'application-name')) ?? nameValue(ld?.publisher) ?? textValue(article?.siteName ?? null);
  const outlets = new Set([ldOrganization, siteName, nameValue(ld?.publisher)].filter((n) => n !== null).map((n) => n!.toLowerCase()));
  // "Sam Jones in Madrid" (the Guardian's author tag), "Sarah Smith, Associated Press": the people, as in a byline.
  const metaAuthor = bylineValue(notUrl(m('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author')));
  const notOutlet = (name: string | null) => (name && !outlets.has(name.toLowerCase()) ? name : null);
  // "Al Jazeera Staff" in the author tag, "By Hiba Morgan · Published On 19 Nov 2026" in the page's byline element
  // (which Readability leaves out where the tag names an author): the byline's people.
  const bylineElement = metaAuthor !== null && NEWSROOM_AUTHOR.test(metaAuthor) ? text('[class*="byline"]') : null;
  const bylinePeople = bylineElement !== null && bylineElement.length <= 160 ? bylineAuthors(bylineElement) : null;
  meta.author = ldAuthors ?? (bylinePeople && !NEWSROOM_AUTHOR.test(bylinePeople) ? bylinePeople : null) ?? notOutlet(metaAuthor) ??
    notOutlet(bylineValue(textValue(article?.byline ?? null)));
  meta.sourceName = siteName ?? ldOrganization;
  // "Oil prices rise | Reuters": a <title> that is the headline plus the site's name gives the site's name,
  // and loses it where it stands as the title.
  const pageTitle = text('title');
  const headline = textValue(m('og:title', 'twitter:title') ?? ld?.headline ?? null) ?? text('h1');
  const parts = pageTitle && pageTitle.length <= 300 ? titleParts(pageTitle, headline) : null;
  if (parts && headline && parts.headline === headline) {
    meta.sourceName ??= parts.site;
    if (meta.title === pageTitle) meta.title = headline;
  } else if (parts && siteName && meta.title === pageTitle && parts.site.toLowerCase() === siteName.toLowerCase()) {
    // "SpaceX Starship reaches orbit … - The New York Times", its site in og:site_name: the headline is the rest,
    // though the page's <h1> writes it in other capitals ("SpaceX Starship Reaches Orbit …").
    meta.title = parts.headline;
  }
  // "Britain's homes are baking … | George Monbiot": the Guardian's opinion pages put the columnist after a bar in the
  // title tags; the author's name is no part of the headline.
  for (const name of meta.author?.split(', ') ?? []) {
    for (const sep of [' | ', ' - ', ' – ', ' — ']) if (meta.title?.endsWith(sep + name)) meta.title = meta.title.slice(0, -(sep + name).length);
  }
  meta.url = attr('link[rel="canonical"]', 'href') ?? m('og:url', 'twitter:url') ?? textValue(ld?.url);
  const locale = m('og:locale');
  meta.language = attr('html', 'lang') ?? m('content-language', 'language', 'dc.language') ?? textValue(ld?.inLanguage)
    ?? (locale ? locale.replace('_', '-') : null);
  return meta;
}

/** The first schema.org Article-like object in the page's JSON-LD scripts, if any. */
function jsonLdArticle(document: Doc): Record<string, unknown> | null {
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if ((script.getAttribute('type') ?? '').trim().toLowerCase() !== 'application/ld+json') continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common and harmless: the other sources remain
    }
    const queue: unknown[] = [data];
    for (let i = 0; i < queue.length && i < 1000; i++) {
      const item = queue[i];
      if (Array.isArray(item)) {
        queue.push(...item);
      } else if (item && typeof item === 'object') {
        const obj = item as Record<string, unknown>;
        const types = ([] as unknown[]).concat(obj['@type'] ?? []).map(String);
        if (types.some((t) => /Article|BlogPosting|Report/i.test(t))) return obj;
        if (obj['@graph']) queue.push(obj['@graph']);
      }
    }
  }
  return null;
}
