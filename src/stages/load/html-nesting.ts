/**
 * Keeps pathological HTML from making the parser quadratic. htmlparser2 (under linkedom) keeps its
 * stack of open elements with Array#unshift/shift/indexOf, so every tag costs time in proportion to
 * the nesting depth: 40,000 nested <b> take about a second, a megabyte of them half an hour. Real
 * pages nest a few dozen levels. `capNesting` follows the parser's stack in one linear scan and drops
 * the tags that would nest deeper than a limit (their text stays), and the closing tags that close
 * nothing (which the parser ignores anyway, after searching its whole stack for them).
 */

/** Deepest nesting handed to the parser. Readability is not run above 200 levels in any case. */
export const MAX_NESTING = 512;
/** Stray closing tags are dropped only from this depth on: below it they cost the parser little. */
const STRAY_CLOSER_DEPTH = 64;

// The parser's own tables (htmlparser2 Parser.js): elements with no content, and opening tags that
// close the current element first ("<p>" closes an open "p").
const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P = new Set(['p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['li', new Set(['li'])], ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])], ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])], ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t): [string, Set<string>] => [t, FORM]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset',
    'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t): [string, Set<string>] => [t, P]),
]);
/** Elements whose content is raw text up to their closing tag. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** Inside these, "<x/>" closes itself (the parser's foreign context). */
const FOREIGN = new Set(['svg', 'math']);
const INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);

/** The HTML unchanged when no tag would nest deeper than `maxDepth`; else the HTML without the tags that would. */
export function capNesting(html: string, maxDepth = MAX_NESTING): string {
  // Fewer tags than the limit cannot nest deeper than it.
  let tags = 0;
  for (let i = html.indexOf('<'); i >= 0 && tags <= maxDepth; i = html.indexOf('<', i + 1)) tags++;
  if (tags <= maxDepth) return html;

  const stack: string[] = [];
  const onStack = new Map<string, number>();
  const foreign: boolean[] = [false];
  const drop: number[] = []; // [start, end) pairs, in order
  const push = (name: string) => {
    stack.push(name);
    onStack.set(name, (onStack.get(name) ?? 0) + 1);
  };
  const pop = () => {
    const name = stack.pop()!;
    onStack.set(name, onStack.get(name)! - 1);
  };
  const n = html.length;
  let i = 0;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 2); // "<!-->" is a whole (empty) comment to the parser

      if (end < 0) break;
      i = end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', lt)) {
      const end = html.indexOf(']]>', lt + 9);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 || next === 0x3f) { // <!DOCTYPE ...>, <?xml ...>
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = next === 0x2f;
    let nameStart = closing ? lt + 2 : lt + 1;
    if (closing) while (nameStart < n && isSpace(html.charCodeAt(nameStart))) nameStart++;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      // "< p" is text; "</1>" and "</>" are skipped up to ">", as the parser does.
      if (!closing) {
        i = lt + 1;
        continue;
      }
      const end = html.indexOf('>', nameStart);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    let nameEnd = nameStart;
    // An opening tag's name ends at whitespace, "/" or ">"; a closing tag's at whitespace or ">".
    while (nameEnd < n && !isSpace(html.charCodeAt(nameEnd)) && html.charCodeAt(nameEnd) !== 0x3e && (closing || html.charCodeAt(nameEnd) !== 0x2f)) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = closing ? html.indexOf('>', nameEnd) : openingTagEnd(html, nameEnd);
    if (end < 0) break; // the rest of the page is inside an unfinished tag
    i = end + 1;

    if (closing) {
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      if (VOID.has(name)) continue;
      if (onStack.get(name)) {
        while (stack[stack.length - 1] !== name) pop();
        pop();
      } else if (name !== 'p' && stack.length >= STRAY_CLOSER_DEPTH) {
        drop.push(lt, end + 1);
      }
      continue;
    }
    const closes = IMPLIES_CLOSE.get(name);
    if (closes) while (stack.length && closes.has(stack[stack.length - 1])) pop();
    // "<x/>" closes itself only in SVG and MathML; everywhere it stops a raw-text element ("<script/>").
    const slash = html.charCodeAt(end - 1) === 0x2f;
    const selfClosing = slash && foreign[foreign.length - 1];
    if (!VOID.has(name) && !selfClosing) {
      if (stack.length >= maxDepth && !RAW_TEXT.has(name)) {
        drop.push(lt, end + 1);
        continue;
      }
      push(name);
      if (FOREIGN.has(name)) foreign.push(true);
      else if (INTEGRATION.has(name)) foreign.push(false);
    }
    if (RAW_TEXT.has(name) && !slash) {
      const close = indexOfCaseless(html, `</${name}`, i);
      if (close < 0) break;
      i = close;
    }
  }
  if (!drop.length) return html;
  const parts: string[] = [];
  let from = 0;
  for (let k = 0; k < drop.length; k += 2) {
    parts.push(html.slice(from, drop[k]));
    from = drop[k + 1];
  }
  parts.push(html.slice(from));
  return parts.join('');
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
}

/** Offset of the ">" that ends an opening tag whose attributes start at `i`, skipping quoted values; -1 if none. */
function openingTagEnd(html: string, i: number): number {
  const n = html.length;
  let afterEquals = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return i;
    if ((c === 0x22 || c === 0x27) && afterEquals) {
      const close = html.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
      afterEquals = false;
      continue;
    }
    if (c === 0x3d) afterEquals = true;
    else if (!isSpace(c)) afterEquals = false;
    i++;
  }
  return -1;
}

/** indexOf for an ASCII needle, ignoring ASCII case, in one pass. */
function indexOfCaseless(haystack: string, needle: string, from: number): number {
  const re = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'), 'gi');
  re.lastIndex = from;
  const m = re.exec(haystack);
  return m ? m.index : -1;
}
