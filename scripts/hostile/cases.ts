/**
 * The hand-made hostile cases, one small function per kind of trouble. Each writes a few files
 * and says what the pipeline must make of each (see Expectation in corpus.ts). The bulk of the
 * corpus is made by mutations.ts; these are the ones worth writing by hand, and the big ones.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import type { CorpusWriter } from './corpus.ts';
import type { Rng } from '../lib/prng.ts';
import { encode, escapeHtml, newArticle, render, toWindows1252, type Ext } from './formats.ts';
import { paragraph, proseOneLine, proseWithoutStops } from './articles.ts';
import { QUOTE_MARKS, sprinkleQuotes } from './mutate.ts';

export interface Sizes {
  /** load.maxFileBytes of the run the corpus is made for. */
  maxFileBytes: number;
  /** Size of the biggest files that must still be read (the single long line). */
  bigBytes: number;
}

export interface Case {
  name: string;
  build(w: CorpusWriter, rng: Rng, sizes: Sizes): void;
}

const EXTS: Ext[] = ['txt', 'md', 'html', 'json', 'jsonl'];
const ALL_EXTS = ['txt', 'md', 'markdown', 'html', 'htm', 'json', 'jsonl', 'ndjson'];

const article = (w: CorpusWriter, rng: Rng, ext: Ext = 'txt') => render(newArticle(rng, w.serial()), ext);

/** Not text at all. */
const binary: Case = {
  name: 'binary',
  build(w, rng) {
    for (let i = 0; i < 8; i++) {
      const ext = ALL_EXTS[i % ALL_EXTS.length];
      const b = rng.bytes(rng.int(16, 4096));
      if (b[0] >= 0xef) b[0] = 0x42; // no byte-order mark by chance
      b[rng.int(1, b.length - 1)] = 0; // at least one NUL
      w.write(`hostile/bytes/random-${i}.${ext}`, b, { category: 'random-bytes', expect: ['E_BINARY'] });
    }
    for (const n of [1, 2, 3, 4, 1000]) {
      w.write(`hostile/bytes/all-nul-${n}.txt`, new Uint8Array(n), { category: 'nul-bytes', expect: ['E_BINARY'] });
    }
    for (const ext of ['txt', 'json', 'html', 'md']) {
      const text = Buffer.from(article(w, rng, ext as Ext));
      for (let k = 0; k < 3; k++) text[rng.int(1, text.length - 1)] = 0;
      w.write(`hostile/bytes/nul-in-text.${ext}`, text, { category: 'nul-bytes', expect: ['E_BINARY'] });
    }
    const controls = [...article(w, rng)].map((c, i) => (i % 9 === 4 ? '\x01' : c)).join('');
    w.write('hostile/bytes/control-chars.txt', controls, { category: 'control-chars', expect: ['E_BINARY'] });
    const utf16Controls = encode(Array.from({ length: 400 }, (_, i) => String.fromCharCode(1 + (i % 30))).join(''), 'utf-16le-bom');
    w.write('hostile/bytes/utf16-controls.txt', utf16Controls, { category: 'control-chars', expect: ['E_BINARY'] });
  },
};

/** Broken or unusual encodings of text that is otherwise an article. */
const encodings: Case = {
  name: 'encodings',
  build(w, rng) {
    const replaced = { expect: 'good' as const, warnings: ['W_DECODE_REPLACED'] };
    const t = () => Buffer.from(article(w, rng));
    w.write('hostile/bytes/truncated-utf8-end.txt', Buffer.concat([t(), Buffer.from('Price: £'.slice(0, -1)), Buffer.from([0xc2])]), { category: 'truncated-utf8', ...replaced });
    w.write('hostile/bytes/truncated-utf8-emoji.txt', Buffer.concat([t(), Buffer.from([0xf0, 0x9f, 0x98])]), { category: 'truncated-utf8', ...replaced });
    const mid = t();
    w.write('hostile/bytes/truncated-utf8-mid.txt', Buffer.concat([mid.subarray(0, 40), Buffer.from([0xe2, 0x80]), mid.subarray(40)]), { category: 'truncated-utf8', ...replaced });
    for (const [name, seq] of [
      ['overlong-slash', [0xc0, 0xaf]], ['overlong-3', [0xe0, 0x80, 0xaf]], ['overlong-4', [0xf0, 0x80, 0x80, 0xaf]],
      ['encoded-surrogate', [0xed, 0xa0, 0x80]], ['beyond-max', [0xf4, 0x90, 0x80, 0x80]], ['fe-ff', [0xfe, 0xff]],
    ] as const) {
      const b = t();
      w.write(`hostile/bytes/${name}.txt`, Buffer.concat([b.subarray(0, 30), Buffer.from(seq), b.subarray(30)]), { category: 'overlong-utf8', ...replaced });
    }
    const pound = (s: string) => `${s}The fee rose to £450 (about €520), said the “finance” chief — a café owner.\n`;
    w.write('hostile/bytes/windows-1252.txt', toWindows1252(pound(article(w, rng))), { category: 'windows-1252', ...replaced });
    w.write('hostile/bytes/latin-1.txt', Buffer.from(pound(article(w, rng)).replace(/[“”—€]/g, '"'), 'latin1'), { category: 'latin-1', ...replaced });
    w.write('hostile/bytes/windows-1252.json', toWindows1252(JSON.stringify({ title: 'Prices £', text: pound(article(w, rng)) })), { category: 'windows-1252', ...replaced });
    w.write('hostile/bytes/windows-1252.md', toWindows1252(pound(article(w, rng, 'md'))), { category: 'windows-1252', ...replaced });
    for (const enc of ['utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'utf-16be', 'utf-8-bom'] as const) {
      for (const ext of ['txt', 'json', 'html'] as const) {
        const a = newArticle(rng, w.serial());
        a.body += '\n\nIt cost £5, “they said”.';
        w.write(`hostile/bytes/${enc}.${ext}`, encode(render(a, ext), enc), { category: enc.startsWith('utf-16') ? 'utf-16' : 'utf-8-bom', expect: 'good' });
      }
    }
    const odd = encode(article(w, rng), 'utf-16le-bom');
    w.write('hostile/bytes/utf16-odd-length.txt', Buffer.concat([odd, Buffer.from([0x41])]), { category: 'utf-16-broken', expect: ['E_DECODE'] });
    const lone = encode(article(w, rng), 'utf-16le-bom');
    w.write('hostile/bytes/utf16-lone-surrogate.txt', Buffer.concat([lone.subarray(0, 40), Buffer.from([0x00, 0xd8]), lone.subarray(40)]), { category: 'utf-16-broken', expect: ['E_DECODE'] });
    const loneBe = encode(article(w, rng), 'utf-16be');
    w.write('hostile/bytes/utf16be-lone-surrogate.txt', Buffer.concat([loneBe.subarray(0, 40), Buffer.from([0xdc, 0x00]), loneBe.subarray(40)]), { category: 'utf-16-broken', expect: ['E_DECODE'] });
    const lines = article(w, rng).replace(/\n/g, () => rng.pick(['\r\n', '\r', '\n']));
    w.write('hostile/bytes/mixed-line-endings.txt', lines, { category: 'line-endings', expect: 'good' });
  },
};

/** Nothing to read. */
const empty: Case = {
  name: 'empty',
  build(w, rng) {
    for (const ext of ALL_EXTS) w.write(`hostile/empty/empty.${ext}`, '', { category: 'empty', expect: ['E_EMPTY'] });
    const spaces = [' ', '\t', '\n', '\r\n', '\f', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff'];
    ALL_EXTS.forEach((ext, i) => {
      const ws = Array.from({ length: rng.int(1, 3000) }, () => rng.pick(spaces)).join('');
      w.write(`hostile/empty/whitespace-${i}.${ext}`, ws, { category: 'whitespace-only', expect: ['E_EMPTY'] });
    });
    w.write('hostile/empty/bom-only-utf8.txt', Buffer.from([0xef, 0xbb, 0xbf]), { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/bom-only-utf16le.txt', Buffer.from([0xff, 0xfe]), { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/bom-only-utf16be.json', Buffer.from([0xfe, 0xff]), { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/bom-whitespace.md', '\ufeff  \n\t\n', { category: 'whitespace-only', expect: ['E_EMPTY'] });
    w.write('hostile/empty/utf16-whitespace.txt', encode('   \n\n  \t ', 'utf-16le-bom'), { category: 'whitespace-only', expect: ['E_EMPTY'] });
    w.write('hostile/empty/front-matter-only.md', '---\ntitle: Only metadata\n---\n\n', { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/fences-only.md', '```\n```\n~~~\n~~~\n', { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/tags-only.html', '<html><head><title></title></head><body><div><span></span></div><!-- nothing --></body></html>', { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/script-only.html', '<script>var text = "<p>not this</p>";</script><style>p { color: red }</style>', { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/unclosed-script.html', `<script>${article(w, rng)}`, { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/unclosed-comment.html', `<!-- ${article(w, rng)}`, { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/empty-list.json', '[]', { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/empty-wrapped-list.json', '{"articles": []}', { category: 'empty', expect: ['E_EMPTY'] });
    w.write('hostile/empty/blank-lines.jsonl', '\n\n   \n\t\n', { category: 'whitespace-only', expect: ['E_EMPTY'] });
  },
};

/** Quotation marks everywhere, unbalanced and mismatched. */
const quotes: Case = {
  name: 'quotes',
  build(w, rng) {
    for (let i = 0; i < 6; i++) {
      const ext = EXTS[i % EXTS.length];
      const a = newArticle(rng, w.serial());
      a.body = sprinkleQuotes(rng, a.body, rng.int(10, 80));
      w.write(`hostile/quotes/unbalanced-${i}.${ext}`, render(a, ext), { category: 'unbalanced-quotes', expect: 'good' });
    }
    const mismatched = `${article(w, rng)}\n“It was never » finished, ‘he said" and she replied „no“ and ‚maybe‘ or «perhaps›.\n`;
    w.write('hostile/quotes/mismatched.txt', mismatched, { category: 'mismatched-quotes', expect: 'good' });
    const onlyOpeners = `${article(w, rng)}\n${Array.from({ length: 200 }, () => `“${paragraph(rng)}`).join(' ')}\n`;
    w.write('hostile/quotes/only-openers.txt', onlyOpeners, { category: 'unbalanced-quotes', expect: 'good' });
    const marks = Array.from({ length: 20_000 }, () => rng.pick(QUOTE_MARKS) + (rng.chance(0.3) ? ' ' : '')).join('');
    w.write('hostile/quotes/marks-only.txt', marks, { category: 'quotes-only', expect: 'good' });
    const soup = Array.from({ length: 3_000 }, () => (rng.chance(0.4) ? rng.pick(QUOTE_MARKS) : rng.pick(['said', 'Smith', 'told', 'the', 'He', 'according to', '.', ',']))).join(' ');
    w.write('hostile/quotes/soup.txt', soup, { category: 'quote-soup', expect: 'good' });
  },
};

/** Broken, deep and strange HTML that still has an article in it. */
const html: Case = {
  name: 'html',
  build(w, rng) {
    const good = { expect: 'good' as const };
    const paras = () => Array.from({ length: 4 }, () => `<p>${escapeHtml(paragraph(rng))}</p>`).join('') + `<p>Reference ${w.serial()}.</p>`;
    w.write('hostile/html/deep-div-12000.html', '<div>'.repeat(12_000) + paras() + '</div>'.repeat(12_000), { category: 'deep-html', ...good });
    w.write('hostile/html/deep-unclosed-12000.html', '<div><span><b>'.repeat(4_000) + paras(), { category: 'deep-html', ...good });
    w.write('hostile/html/deep-inline-15000.html', `<p>${'<b>'.repeat(15_000)}${escapeHtml(paragraph(rng))} ${w.serial()}</p>`, { category: 'deep-html', ...good });
    w.write('hostile/html/deep-self-closing.html', '<div/>'.repeat(12_000) + paras(), { category: 'deep-html', ...good });
    w.write('hostile/html/deep-table.html', '<table><tr><td>'.repeat(3_000) + paras(), { category: 'deep-html', ...good });
    w.write('hostile/html/deep-list.html', '<ul><li>'.repeat(5_000) + paras(), { category: 'deep-html', ...good });
    w.write('hostile/html/deep-svg.html', paras() + '<svg>' + '<g/>'.repeat(5_000) + '<g>'.repeat(5_000) + '</svg>', { category: 'deep-html', ...good });
    w.write('hostile/html/deep-no-text.html', '<div>'.repeat(20_000), { category: 'deep-html', expect: ['E_EMPTY'] });
    w.write('hostile/html/stray-closers.html', '</div></p></span></body></html>'.repeat(2_000) + paras(), { category: 'malformed-html', ...good });
    w.write('hostile/html/unclosed-tags.html', paras() + '<p>text <b>bold <i>italic <a href="x">link', { category: 'malformed-html', ...good });
    w.write('hostile/html/broken-attribute.html', paras() + '<p class="open>never closed</p><p>more</p>', { category: 'malformed-html', ...good });
    w.write('hostile/html/angle-soup.html', '<<<>>><<a<<b>>>' + paras() + '<><><//><!><?x?>< p>', { category: 'malformed-html', ...good });
    w.write('hostile/html/text-before-html.html', `Stray text. ${paras()}<html<body><head></head>`, { category: 'malformed-html', ...good });
    w.write('hostile/html/many-roots.html', `<html><body>${paras()}</body></html><html><body>${paras()}</body></html>`, { category: 'malformed-html', ...good });
    w.write('hostile/html/bad-entities.html', `${paras()}<p>&#xZZZZ; &#99999999; &bogus; &amp &#0; &#x110000; &#55296; AT&T</p>`, { category: 'malformed-html', ...good });
    w.write('hostile/html/unclosed-script-after.html', paras() + '<script>var x = "', { category: 'malformed-html', ...good });
    w.write('hostile/html/nested-p.html', '<p><p><p><p>' + paras() + '</p></p></p></p></p></p>', { category: 'malformed-html', ...good });
    w.write('hostile/html/bad-meta.html', `<html><head><meta property="article:published_time" content="yesterday-ish"><meta name="author" content="${'x'.repeat(5000)}"><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": [1e400], "author": {"name": {"x": 1}}</script><script type="application/ld+json">${'['.repeat(5000)}</script></head><body>${paras()}</body></html>`, { category: 'malformed-html', expect: 'good', warnings: ['W_BAD_DATE'] });
    w.write('hostile/html/huge-attribute.html', `<p title="${'a'.repeat(200_000)}">x</p>${paras()}`, { category: 'malformed-html', ...good });
    w.write('hostile/html/binary.html', Buffer.concat([Buffer.from(paras()), Buffer.from([0, 0, 0, 1, 2])]), { category: 'nul-bytes', expect: ['E_BINARY'] });
    w.write('hostile/html/cdata-pi.html', `<![CDATA[ ${paras()} ]]><?php echo 1; ?>${paras()}`, { category: 'malformed-html', ...good });
  },
};

/** Malformed JSON, odd types and huge numbers. */
const json: Case = {
  name: 'json',
  build(w, rng) {
    const body = () => newArticle(rng, w.serial()).body;
    const parse = { category: 'malformed-json', expect: ['E_JSON_PARSE'] };
    const record = JSON.stringify({ title: 'T', text: body() });
    for (const [name, text] of [
      ['truncated', record.slice(0, Math.floor(record.length / 2))], ['trailing-comma', `{"title": "x", "text": ${JSON.stringify(body())},}`],
      ['single-quotes', `{'title': 'x', 'text': 'abc'}`], ['nan', `{"text": ${JSON.stringify(body())}, "n": NaN}`],
      ['unquoted-keys', `{title: "x", text: "y"}`], ['comment', `// note\n${record}`], ['two-objects', `${record}${record}`],
      ['close-only', '}'], ['open-only', '{'], ['raw-control', `{"text": ${JSON.stringify(body()).slice(0, -1)} \u0001 more"}`], ['unterminated-string', `{"text": "${'a'.repeat(5000)}`],
      ['bom-in-middle', `{"text": \ufeff"x"}`], ['deep-unclosed', '['.repeat(100_000)], ['lone-backslash', `{"text": "bad \\x escape"}`],
    ] as const) {
      // A BOM is removed at decode time like the other invisible characters (decode.ts), so one between tokens no
      // longer breaks the JSON: the record is read.
      w.write(`hostile/json/${name}.json`, text, name === 'bom-in-middle' ? { category: 'json-odd', expect: 'good', articles: 1 } : parse);
    }
    const shape = (name: string, text: string, rows?: number) =>
      w.write(`hostile/json/${name}.json`, text, { category: 'json-shape', expect: ['E_JSON_SHAPE'], ...(rows ? { rows: { E_JSON_SHAPE: rows } } : {}) });
    shape('array-of-numbers', '[1, 2, 3]', 3);
    shape('string', '"just a string"');
    shape('null', 'null');
    shape('number', '42');
    shape('true', 'true');
    shape('huge-number-top', '1e400');
    shape('array-of-huge-numbers', '[1e400, -1e400, 123456789012345678901234567890]', 3);
    shape('nested-arrays', '[[], [[1]], [null]]', 3);
    shape('deep-arrays', '['.repeat(50_000) + ']'.repeat(50_000), 1);
    const noText = (name: string, text: string) => w.write(`hostile/json/${name}.json`, text, { category: 'json-no-text', expect: ['E_NO_TEXT'] });
    noText('null-text', '{"title": "x", "text": null}');
    noText('number-text', '{"text": 1e400}');
    noText('object-text', '{"text": {"nested": "x"}}');
    noText('array-mixed-text', '{"text": ["a", 1]}');
    noText('bool-text', '{"text": true}');
    noText('blank-text', '{"text": "   \\n\\t "}');
    noText('empty-object', '{}');
    noText('proto', '{"__proto__": {"text": "polluted"}, "constructor": {"prototype": {"text": "x"}}}');
    noText('deep-objects', '{"a":'.repeat(20_000) + '1' + '}'.repeat(20_000));
    const good = (name: string, value: unknown, extra: Partial<{ warnings: string[] }> = {}) =>
      w.write(`hostile/json/${name}.json`, typeof value === 'string' ? value : JSON.stringify(value), { category: 'json-odd-types', expect: 'good', ...extra });
    good('huge-number-title', `{"title": 1e400, "text": ${JSON.stringify(body())}}`);
    good('big-int-title', `{"title": 123456789012345678901234567890, "text": ${JSON.stringify(body())}}`);
    good('huge-number-date', `{"published_at": 1e400, "text": ${JSON.stringify(body())}}`, { warnings: ['W_BAD_DATE'] });
    good('big-int-date', `{"published_at": 123456789012345678901234567890, "text": ${JSON.stringify(body())}}`, { warnings: ['W_BAD_DATE'] });
    good('object-title', { title: { a: { b: 1 } }, author: [1, { name: 2 }, null], url: ['x'], source: { name: { deep: true } }, text: body() });
    good('object-date', { date: { year: 2024 }, text: body() }, { warnings: ['W_BAD_DATE'] });
    good('negative-date', { date: -1e300, text: body() }, { warnings: ['W_BAD_DATE'] });
    good('text-list', { text: [body(), body()] });
    good('lone-surrogate-escape', `{"title": "\\ud800", "text": ${JSON.stringify(body() + ' Broken \\ud800 pair \\udc00 here.').replace(/\\\\u/g, '\\u')}}`);
    good('nul-escape', `{"text": ${JSON.stringify(body() + ' NUL \\u0000 inside.').replace(/\\\\u/g, '\\u')}}`);
    good('duplicate-keys', `{"text": "first", "text": ${JSON.stringify(body())}}`);
    good('html-text', { text: `<div>${'<div>'.repeat(10_000)}<p>${escapeHtml(body())}</p></div>` });
    good('html-text-broken', { text: `<p>${escapeHtml(body())}</p><p>unclosed <b>` + '</p>'.repeat(3000) });
    good('unicode-keys', { 'tïtle': 'x', '': 'empty key', text: body() });
    good('wrapped-data', { data: [{ text: body() }] });
    const list = [{ text: body() }, 5, null, { title: 'no text' }, { text: body() }, [], 'str', { text: '' }];
    w.write('hostile/json/mixed-list.json', JSON.stringify(list), {
      category: 'json-mixed-list', expect: ['E_JSON_SHAPE', 'E_NO_TEXT'], articles: 2, rows: { E_JSON_SHAPE: 4, E_NO_TEXT: 2 },
    });
  },
};

/** JSON Lines: bad lines among good ones. */
const jsonl: Case = {
  name: 'jsonl',
  build(w, rng) {
    for (let i = 0; i < 6; i++) writeMixedJsonl(w, rng, `hostile/jsonl/mixed-${i}.jsonl`, rng.int(1, 12), rng.int(0, 6), rng.int(0, 4), rng.int(0, 4));
    writeMixedJsonl(w, rng, 'hostile/jsonl/all-bad.ndjson', 0, 5, 3, 2);
    const good = JSON.stringify({ text: newArticle(rng, w.serial()).body });
    w.write('hostile/jsonl/truncated-last-line.jsonl', `${good}\n${good.slice(0, 30)}`, {
      category: 'jsonl-mixed', expect: ['E_JSON_PARSE'], articles: 1, rows: { E_JSON_PARSE: 1 },
    });
    w.write('hostile/jsonl/no-final-newline.jsonl', JSON.stringify({ text: newArticle(rng, w.serial()).body }), { category: 'jsonl-odd', expect: 'good' });
    w.write('hostile/jsonl/crlf.jsonl', [1, 2, 3].map(() => JSON.stringify({ text: newArticle(rng, w.serial()).body })).join('\r\n') + '\r\n', {
      category: 'jsonl-odd', expect: 'good', articles: 3,
    });
    // The BOM of a file appended to another is removed at decode time: both lines are read.
    w.write('hostile/jsonl/bom-line.jsonl', `${good}\n\ufeff${good}\n`, {
      category: 'jsonl-odd', expect: 'good', articles: 2,
    });
    w.write('hostile/jsonl/pretty-printed.jsonl', JSON.stringify({ text: 'a b c', title: 'x' }, null, 2), {
      category: 'jsonl-mixed', expect: ['E_JSON_PARSE'], rows: { E_JSON_PARSE: 4 },
    });
  },
};

/** Writes a JSONL file of `good` article lines and the given numbers of bad lines, shuffled, with blank lines. */
export function writeMixedJsonl(w: CorpusWriter, rng: Rng, rel: string, good: number, parse: number, shape: number, noText: number): void {
  const lines: string[] = [];
  for (let i = 0; i < good; i++) lines.push(JSON.stringify({ title: `Item ${i}`, text: newArticle(rng, w.serial(), 2).body }));
  // (A line starting with a byte-order mark is left out: as the first line its mark is the file's, and is stripped.)
  const badParse = ['{"text": "unterminated', '{not json}', "{'text': 'single'}", '{"text": "x",}', 'NaN', '}{', '[1, 2', '{"a": 1} {"b": 2}'];
  for (let i = 0; i < parse; i++) lines.push(rng.pick(badParse));
  const badShape = ['42', '[1, 2, 3]', '"a string"', 'null', 'true', '1e400', '[{"text": "in a list"}]'];
  for (let i = 0; i < shape; i++) lines.push(rng.pick(badShape));
  const badText = ['{"title": "no text"}', '{"text": null}', '{"text": 123456789012345678901234567890}', '{"text": {"a": 1}}', '{"text": ""}', '{}'];
  for (let i = 0; i < noText; i++) lines.push(rng.pick(badText));
  for (let i = lines.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }
  const blanks = rng.int(0, 3);
  for (let i = 0; i < blanks; i++) lines.splice(rng.int(0, lines.length), 0, rng.pick(['', '   ', '\t']));
  const codes = [parse && 'E_JSON_PARSE', shape && 'E_JSON_SHAPE', noText && 'E_NO_TEXT'].filter((c): c is string => Boolean(c));
  const rows: Record<string, number> = {};
  if (parse) rows.E_JSON_PARSE = parse;
  if (shape) rows.E_JSON_SHAPE = shape;
  if (noText) rows.E_NO_TEXT = noText;
  w.write(rel, lines.join('\n') + '\n', {
    category: 'jsonl-mixed', expect: codes.length ? codes : good ? 'good' : ['E_EMPTY'], articles: good, ...(codes.length ? { rows } : {}),
  });
}

/** Markdown with broken front matter and unbalanced markers. */
const markdown: Case = {
  name: 'markdown',
  build(w, rng) {
    const body = () => newArticle(rng, w.serial()).body;
    const fm = (name: string, front: string) =>
      w.write(`hostile/md/${name}.md`, `---\n${front}\n---\n${body()}\n`, { category: 'bad-front-matter', expect: 'good', warnings: ['W_FRONT_MATTER'] });
    fm('unclosed-flow', 'title: [unclosed');
    fm('list', '- a\n- b');
    fm('scalar', '"just a string"');
    fm('tabs', 'title:\n\t- bad indent');
    fm('duplicate-keys', 'title: a\ntitle: b');
    fm('alias-bomb', 'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]');
    fm('deep-flow', 'a: ' + '['.repeat(5_000) + ']'.repeat(5_000));
    w.write('hostile/md/bad-date.md', `---\ntitle: x\ndate: ${'9'.repeat(400)}\n---\n${body()}\n`, { category: 'bad-front-matter', expect: 'good', warnings: ['W_BAD_DATE'] });
    w.write('hostile/md/unclosed-front-matter.md', `---\ntitle: x\n${body()}\n`, { category: 'bad-front-matter', expect: 'good' });
    const markers = ['*', '**', '_', '__', '[', ']', '](', '![', '`', '``', '<!--', '-->', '~~', '<', '>', '# ', '\n> ', '\n- ', '\n```\n', '\\'];
    for (let i = 0; i < 4; i++) {
      let text = body();
      for (let k = 0; k < 80; k++) {
        const at = rng.int(0, text.length);
        text = text.slice(0, at) + rng.pick(markers) + text.slice(at);
      }
      w.write(`hostile/md/markers-${i}.md`, text, { category: 'markdown-markers', expect: 'good' });
    }
    w.write('hostile/md/atx-spaces.md', `# Heading${' '.repeat(20_000)}end\n\n${body()}\n`, { category: 'markdown-markers', expect: 'good' });
    w.write('hostile/md/deep-blockquote.md', '>'.repeat(10_000) + ' ' + body() + '\n', { category: 'markdown-markers', expect: 'good' });
    w.write('hostile/md/deep-list.md', Array.from({ length: 3_000 }, (_, i) => ' '.repeat(i % 40) + '- item ' + i).join('\n') + '\n\n' + body(), { category: 'markdown-markers', expect: 'good' });
  },
};

/** Good articles behind odd file names. */
const names: Case = {
  name: 'names',
  build(w, rng) {
    const good = { category: 'odd-name', expect: 'good' as const };
    for (const name of [
      'with space.txt', '  leading spaces.txt', 'trailing space .txt', 'tab\tin name.txt', 'café.txt', 'cafe\u0301.txt',
      '日本語の記事.txt', 'emoji 😀.md', 'עברית.txt', '\u202eevil-rtl.txt', 'zero\u200bwidth.txt', '-rf.txt', '--help.txt',
      '--input=x.txt', '-.txt', '=cmd().txt', '+1.txt', '@sum.txt', "it's \"quoted\".txt", 'semi;colon,comma.txt',
      'back\\slash.txt', 'percent %41.txt', 'hash#.txt', 'question?.txt', 'star*.txt', 'pipe|.txt', 'new\nline.txt',
      'carriage\rreturn.txt', '<html>.txt', 'SHOUT.TXT', 'Mixed.Json', 'x.HtM', `${'a'.repeat(250)}.txt`, `${'é'.repeat(123)}.md`,
    ]) {
      const ext = (name.split('.').pop() ?? 'txt').toLowerCase() as Ext;
      const fmt: Ext = ext === ('htm' as Ext) ? 'html' : ext;
      w.write(`names/${name}`, article(w, rng, fmt), good);
    }
    const deep = Array.from({ length: 40 }, (_, i) => `level-${i}-${'d'.repeat(40)}`).join('/');
    w.write(`names/${deep}/deep.txt`, article(w, rng), good);
    w.write('names/folder.txt/inside.txt', article(w, rng), good);
    for (const name of ['notes.txt.bak', 'README', 'archive.tar.gz', 'x.txt ', 'photo.JPG']) {
      w.write(`names/${name}`, article(w, rng), { category: 'skipped-name', expect: 'warned', warnings: ['W_SKIPPED'] });
    }
    for (const name of ['.hidden.txt', '.txt', '.hidden-dir/inside.txt']) {
      w.write(`names/${name}`, article(w, rng), { category: 'hidden', expect: 'ignored' });
    }
    w.writeRaw(Buffer.concat([Buffer.from('names/latin1-caf'), Buffer.from([0xe9]), Buffer.from('.txt')]), 'names/latin1-caf%E9.txt', article(w, rng), { category: 'non-utf8-name', expect: 'good' });
    w.writeRaw(Buffer.concat([Buffer.from('names/bad-'), Buffer.from([0xff, 0xfe, 0x80]), Buffer.from('.md')]), 'names/bad-%FF%FE%80.md', article(w, rng, 'md'), { category: 'non-utf8-name', expect: 'good' });
  },
};

/** Symbolic links: loops, links out of the input folder, broken ones, and ones that are fine. */
const links: Case = {
  name: 'links',
  build(w, rng) {
    const refused = { category: 'symlink', expect: 'warned' as const, warnings: ['W_SYMLINK'] };
    w.link('links/loop-a.txt', 'loop-b.txt', refused);
    w.link('links/loop-b.txt', 'loop-a.txt', refused);
    w.link('links/self.txt', 'self.txt', refused);
    w.link('links/here', '.', refused);
    w.link('links/up', '..', refused);
    w.link('links/root', '/', refused);
    const secret = w.writeOutside('secret.txt', article(w, rng));
    w.writeOutside('dir/secret.md', article(w, rng, 'md'));
    w.link('links/out-relative.txt', '../../outside/secret.txt', refused);
    w.link('links/out-absolute.txt', secret, refused);
    w.link('links/out-dir', '../../outside/dir', refused);
    w.link('links/etc.txt', '/etc/hostname', refused);
    w.link('links/dev-zero.txt', '/dev/zero', refused);
    w.link('links/dev-urandom.json', '/dev/urandom', refused);
    w.link('links/broken.txt', 'does-not-exist.txt', refused);
    w.link('links/broken-dir', 'no-such-dir/', refused);
    w.link('links/through-file.txt', 'ok-target.txt/x', refused);
    w.write('links/ok-target.txt', article(w, rng), { category: 'symlink-target', expect: 'good' });
    w.link('links/ok-link.txt', 'ok-target.txt', { category: 'symlink-inside', expect: 'good' });
    w.write('links/ok-dir/one.txt', article(w, rng), { category: 'symlink-target', expect: 'good' });
    w.link('links/ok-dir-link', 'ok-dir', { category: 'symlink-inside', expect: 'ignored' });
    w.expect('links/ok-dir-link/one.txt', { category: 'symlink-inside', expect: 'good' });
    // A chain longer than the kernel follows (40 links): the head loops; a short tail is fine.
    w.write('links/.chain/end.txt', article(w, rng), { category: 'hidden', expect: 'ignored' });
    for (let i = 59; i >= 0; i--) w.link(`links/.chain/${i}`, i === 59 ? 'end.txt' : `${i + 1}`, null);
    w.link('links/chain-long.txt', '.chain/0', refused);
    w.link('links/chain-short.txt', '.chain/57', { category: 'symlink-inside', expect: 'good' });
    // A named pipe: reading it would block for ever.
    const fifo = join(w.inputDir, 'special/pipe.txt');
    mkdirSync(join(w.inputDir, 'special'), { recursive: true });
    try {
      execFileSync('mkfifo', [fifo]);
      w.expect('special/pipe.txt', { category: 'fifo', expect: ['E_READ'] });
      w.link('links/to-pipe.txt', '../special/pipe.txt', { category: 'fifo', expect: ['E_READ'] });
    } catch {
      // No mkfifo here: the case is left out.
    }
  },
};

/** Files and folders nobody may read (root still can: then they are read). */
const permissions: Case = {
  name: 'permissions',
  build(w, rng) {
    w.write('perm/unreadable.txt', article(w, rng), { category: 'unreadable', expect: ['E_READ'], asRoot: 'good' });
    w.chmod('perm/unreadable.txt', 0o000);
    w.write('perm/write-only.json', article(w, rng, 'json'), { category: 'unreadable', expect: ['E_READ'], asRoot: 'good' });
    w.chmod('perm/write-only.json', 0o200);
    w.write('perm/locked-dir/inside.txt', article(w, rng), { category: 'unreadable', expect: 'ignored', asRoot: 'good' });
    w.expect('perm/locked-dir', { category: 'unreadable', expect: ['E_READ'], asRoot: 'ignored' });
    w.chmod('perm/locked-dir', 0o000);
  },
};

/** Over load.maxFileBytes: never read. Sparse files cost no disk. */
const tooLarge: Case = {
  name: 'too-large',
  build(w, rng, sizes) {
    const over = sizes.maxFileBytes + 1024 * 1024;
    for (const ext of ['txt', 'json', 'html']) {
      const text = proseOneLine(rng, over).padEnd(over, ' ');
      w.write(`big/too-large.${ext}`, text, { category: 'too-large', expect: ['E_TOO_LARGE'] });
    }
    const sparse = (rel: string, size: number) => {
      w.write(rel, '', { category: 'too-large', expect: ['E_TOO_LARGE'] });
      truncateSync(join(w.inputDir, rel), size);
    };
    sparse('big/sparse-5GB.jsonl', 5 * 1024 ** 3);
    sparse('big/one-byte-over.md', sizes.maxFileBytes + 1);
  },
};

/** The worst cases that must still be read: long lines, no full stops, deep nesting, floods of markers. */
const big: Case = {
  name: 'big',
  build(w, rng, sizes) {
    const good = { category: 'big', expect: 'good' as const };
    const big = sizes.bigBytes;
    const fifth = Math.floor(big / 5);
    w.write('big/single-line.txt', proseOneLine(rng, big), good);
    w.write('big/no-full-stop.txt', proseWithoutStops(rng, Math.min(big, 1024 * 1024)), good);
    w.write('big/one-word.txt', 'a'.repeat(fifth), good);
    w.write('big/capitalised-run.txt', Array.from({ length: fifth / 6 }, () => rng.pick(['Aaa', 'Bob', 'Smith', 'United', 'Nations', 'Mr', 'The', 'Of'])).join(' '), good);
    w.write('big/quotes.txt', Array.from({ length: fifth / 4 }, () => rng.pick(QUOTE_MARKS) + rng.pick(['said', 'Smith', 'He', 'we', 'x', ''])).join(' '), good);
    w.write('big/numbers.txt', Array.from({ length: fifth / 8 }, () => rng.pick(['1,000', '$5m', '3.5%', '10:30', '2024', '£1bn', '1e400', '12th'])).join(' '), good);
    w.write('big/lines.txt', Array.from({ length: fifth / 12 }, () => rng.pick(['Aa', 'A Heading Line', '- item', '1. one', '# hash', ''])).join('\n'), good);
    w.write('big/markdown-brackets.md', '[['.repeat(fifth / 2), good);
    // Starts with a word: a file that opens with "<!--" is one unclosed HTML block (nothing to read, E_EMPTY is right).
    w.write('big/markdown-markers.md', 'Markers ' + Array.from({ length: fifth / 3 }, () => rng.pick(['[a', '](', '![', '<!--', '``', '**', '__', '~~', '<http:', '*a', '_a', '`', '<a '])).join(''), good);
    w.write('big/markdown-atx.md', `# a${' '.repeat(fifth)}b\n\nBody text.\n`, good);
    w.write('big/markdown-front-matter.md', `---\n${'key: value\n'.repeat(fifth / 11)}---\nBody text.\n`, { ...good, warnings: ['W_FRONT_MATTER'] });
    w.write('big/html-deep.html', '<b>'.repeat(fifth / 3) + 'Deep text.', good);
    w.write('big/html-deep-div.html', '<div>'.repeat(fifth / 5) + 'Deep text.', good);
    w.write('big/html-lt.html', '< '.repeat(fifth / 2) + '<p>Text.</p>', good);
    w.write('big/html-stray-closers.html', '<div>'.repeat(400) + '</i>'.repeat(fifth / 4) + '<p>Text.</p>', good);
    w.write('big/html-paragraphs.html', Array.from({ length: fifth / 100 }, () => `<p>${escapeHtml(paragraph(rng))}</p>`).join(''), good);
    w.write('big/html-elements.html', '<span>x</span>'.repeat(fifth / 14) + '<p>Text.</p>', good);
    w.write('big/html-meta.html', '<meta name="a" content="b">'.repeat(fifth / 27) + '<p>Text.</p>', good);
    w.write('big/json-html-deep.json', JSON.stringify({ text: '<div>'.repeat(fifth / 5) + 'hello</p>' }), good);
    const records = Array.from({ length: Math.floor(fifth / 300) }, () => ({ text: paragraph(rng) }));
    w.write('big/json-many.json', JSON.stringify(records), { ...good, articles: records.length });
    writeMixedJsonl(w, rng, 'big/jsonl-many.jsonl', Math.floor(fifth / 400), Math.floor(fifth / 4000), Math.floor(fifth / 4000), Math.floor(fifth / 4000));
  },
};

export const CASES: readonly Case[] = [binary, encodings, empty, quotes, html, json, jsonl, markdown, names, links, permissions, tooLarge, big];
