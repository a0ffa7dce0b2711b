/**
 * The bulk of the corpus: small generated articles, each damaged in one way whose outcome is
 * known (text edits → still read; broken UTF-8 → read as Windows-1252 with a warning; truncated
 * JSON → E_JSON_PARSE ...), plus a share of blind byte fuzzing whose outcome is not known but
 * must still be one of the catalogued ones. Cheap to process: a few kilobytes each.
 */
import type { CorpusWriter, Spec } from './corpus.ts';
import type { Rng } from '../lib/prng.ts';
import { encode, isUtf8, newArticle, render, type Encoding, type Ext } from './formats.ts';
import { breakUtf8, fuzzBytes, mutateText } from './mutate.ts';
import { writeMixedJsonl } from './cases.ts';

interface Mutation {
  name: string;
  /** Relative share of the bulk. */
  weight: number;
  make(w: CorpusWriter, rng: Rng, rel: string): void;
}

const TEXT_EXTS: Ext[] = ['txt', 'md', 'json', 'jsonl', 'html'];

/** Text edits inside the article text of any format: the file must still be read, whole. */
const textEdits: Mutation = {
  name: 'text-edits',
  weight: 30,
  make(w, rng, rel) {
    const ext = rng.pick(TEXT_EXTS);
    const a = newArticle(rng, w.serial());
    a.body = mutateText(rng, a.body, rng.int(1, 25));
    if (ext === 'html') a.body = a.body.replace(/\r/g, ''); // a bare CR in HTML would only be whitespace
    w.write(`${rel}.${ext}`, render(a, ext), { category: 'mutated-text', expect: 'good' });
  },
};

/** Tag soup inside an HTML article: stray, unclosed and misnested tags, broken entities. */
const htmlSoup: Mutation = {
  name: 'html-soup',
  weight: 10,
  make(w, rng, rel) {
    let page = render(newArticle(rng, w.serial()), 'html');
    const from = page.indexOf('<article>') + '<article>'.length;
    const soup = ['</b>', '<p>', '</p>', '</div>', '<div>', '<br>', '<br/>', '<<', '>>', '&#xZZ;', '&bogus;', '&#99999999;', '<span>', '</span>', '<i>', '<!-- x -->', '<b>', '</article>', '<li>', '<td>', '</html>', '<body>', '<h2>', '<', '>', '&'];
    for (let k = rng.int(1, 30); k > 0; k--) {
      const at = rng.int(from, page.length);
      page = page.slice(0, at) + rng.pick(soup) + page.slice(at);
    }
    w.write(`${rel}.html`, page, { category: 'mutated-html', expect: 'good' });
  },
};

/** Broken UTF-8 bytes inside the article text: read as Windows-1252, with a warning. */
const brokenUtf8: Mutation = {
  name: 'broken-utf8',
  weight: 10,
  make(w, rng, rel) {
    const ext = rng.pick(TEXT_EXTS);
    const a = newArticle(rng, w.serial());
    const marker = '\u0007MARK\u0007'; // kept inside the text value of JSON, where any character is allowed
    const cut = rng.int(0, a.body.length);
    a.body = `${a.body.slice(0, cut)}${marker}${a.body.slice(cut)}`;
    const [before, after] = render(a, ext).split(ext === 'json' || ext === 'jsonl' ? '\\u0007MARK\\u0007' : marker);
    const middle = breakUtf8(rng, Buffer.from(' x '), rng.int(1, 6));
    const bytes = Buffer.concat([Buffer.from(before), middle, Buffer.from(after)]);
    // Two insertions can make a valid character between them ("\xc3" then "\xa9" is "é"): then no warning.
    w.write(`${rel}.${ext}`, bytes, { category: 'broken-utf8', expect: 'good', ...(isUtf8(bytes) ? {} : { warnings: ['W_DECODE_REPLACED'] }) });
  },
};

/** The article in another encoding the load stage must detect. */
const reencoded: Mutation = {
  name: 'reencoded',
  weight: 8,
  make(w, rng, rel) {
    const ext = rng.pick(TEXT_EXTS);
    const enc = rng.pick<Encoding>(['utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'utf-16be', 'utf-8-bom', 'windows-1252']);
    const bytes = encode(render(newArticle(rng, w.serial()), ext), enc);
    const warned = enc === 'windows-1252' && !isUtf8(bytes);
    w.write(`${rel}.${ext}`, bytes, { category: `encoding-${enc}`, expect: 'good', ...(warned ? { warnings: ['W_DECODE_REPLACED'] } : {}) });
  },
};

/** JSON cut short: E_JSON_PARSE for the whole file. */
const truncatedJson: Mutation = {
  name: 'truncated-json',
  weight: 5,
  make(w, rng, rel) {
    const text = render(newArticle(rng, w.serial()), 'json');
    w.write(`${rel}.json`, text.slice(0, rng.int(1, text.lastIndexOf('}') - 1)), { category: 'truncated-json', expect: ['E_JSON_PARSE'] });
  },
};

/** JSON of the wrong shape or with a text field of the wrong type. */
const wrongTypes: Mutation = {
  name: 'wrong-types',
  weight: 5,
  make(w, rng, rel) {
    const body = newArticle(rng, w.serial()).body;
    const bad: Array<[unknown, string]> = [
      [{ title: body, text: null }, 'E_NO_TEXT'], [{ text: 1e300 }, 'E_NO_TEXT'], [{ text: { body } }, 'E_NO_TEXT'],
      [{ text: [body, 1] }, 'E_NO_TEXT'], [{ body: false }, 'E_NO_TEXT'], [{ content: '   ' }, 'E_NO_TEXT'],
      [body, 'E_JSON_SHAPE'], [[body], 'E_JSON_SHAPE'], [123456789, 'E_JSON_SHAPE'], [[[{ text: body }]], 'E_JSON_SHAPE'],
    ];
    const [value, code] = rng.pick(bad);
    w.write(`${rel}.json`, JSON.stringify(value), { category: 'wrong-types', expect: [code] });
  },
};

/** JSON Lines with bad lines among good ones: a bad line costs only itself. */
const mixedLines: Mutation = {
  name: 'mixed-lines',
  weight: 10,
  make(w, rng, rel) {
    writeMixedJsonl(w, rng, `${rel}.jsonl`, rng.int(1, 8), rng.int(0, 3), rng.int(0, 2), rng.int(0, 2));
  },
};

/** Blind byte damage anywhere in any format: the outcome is unknown but must be a catalogued one. */
const fuzzed: Mutation = {
  name: 'fuzzed',
  weight: 15,
  make(w, rng, rel) {
    const ext = rng.pick(TEXT_EXTS);
    const bytes = fuzzBytes(rng, Buffer.from(render(newArticle(rng, w.serial()), ext)), rng.int(1, 12));
    w.write(`${rel}.${ext}`, bytes, {
      category: 'fuzzed', expect: 'any',
      oneOf: ['good', 'E_BINARY', 'E_DECODE', 'E_EMPTY', 'E_JSON_PARSE', 'E_JSON_SHAPE', 'E_NO_TEXT', 'E_HTML'],
    });
  },
};

/** Random bytes with a NUL: not text. */
const noise: Mutation = {
  name: 'noise',
  weight: 4,
  make(w, rng, rel) {
    const b = rng.bytes(rng.int(8, 2048));
    if (b[0] >= 0xef) b[0] = 0x20;
    b[rng.int(1, b.length - 1)] = 0;
    w.write(`${rel}.${rng.pick(TEXT_EXTS)}`, b, { category: 'random-bytes', expect: ['E_BINARY'] });
  },
};

/** Whitespace of every kind and nothing else. */
const blank: Mutation = {
  name: 'blank',
  weight: 3,
  make(w, rng, rel) {
    const ws = Array.from({ length: rng.int(0, 500) }, () => rng.pick([' ', '\t', '\n', '\r\n', '\u00a0', '\u3000'])).join('');
    w.write(`${rel}.${rng.pick(TEXT_EXTS)}`, ws, { category: 'whitespace-only', expect: ['E_EMPTY'] });
  },
};

const MUTATIONS: readonly Mutation[] = [textEdits, htmlSoup, brokenUtf8, reencoded, truncatedJson, wrongTypes, mixedLines, fuzzed, noise, blank];

/** Writes `count` mutated files under mutations/<kind>/, in proportion to each mutation's weight. */
export function writeMutations(w: CorpusWriter, rng: Rng, count: number): void {
  const total = MUTATIONS.reduce((n, m) => n + m.weight, 0);
  for (let i = 0; i < count; i++) {
    let r = rng.next() * total;
    const m = MUTATIONS.find((x) => (r -= x.weight) < 0) ?? MUTATIONS[0];
    m.make(w, rng, `mutations/${m.name}/${String(i).padStart(5, '0')}`);
  }
}

/** A few plain articles in every format, as controls next to the copied good files. */
export function writeControls(w: CorpusWriter, rng: Rng, count: number): void {
  const exts: Ext[] = ['txt', 'md', 'html', 'json', 'jsonl'];
  for (let i = 0; i < count; i++) {
    const ext = exts[i % exts.length];
    const spec: Spec = { category: 'control', expect: 'good', control: true };
    w.write(`good/generated/control-${i}.${ext}`, render(newArticle(rng, w.serial()), ext), spec);
  }
}

