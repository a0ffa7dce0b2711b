/**
 * GUM (Georgetown University Multilayer corpus) .conllu files as pipeline documents with gold entity
 * mentions, for scripts/eval-entities.ts.
 *
 * Text is rebuilt from the tokens (a space unless `SpaceAfter=No`), sentences of one paragraph joined by
 * a space, paragraphs (`# newpar`) by a blank line, so the first paragraph (the headline) is the title line.
 * Gold mentions come from the `Entity=` annotations in MISC: `(ID-etype-infstat-salience-centering-minspan-
 * link-identity` opens a mention, `ID)` closes it; the minspan is a list of 1-based token positions inside
 * the mention (its head words); the identity is a Wikipedia title, when the mention has one.
 */
import { readFileSync } from 'node:fs';
import { emptyMeta, newDoc, type ArticleDoc } from '../../src/model/doc.ts';

export interface GoldMention {
  start: number;
  end: number;
  text: string;
  etype: string;
  /** Wikipedia title (URL-decoded, underscores kept), or null. */
  identity: string | null;
  /** Character spans of the minspan (head) tokens. */
  heads: Array<{ start: number; end: number }>;
  /** True when a head token is a proper noun (UPOS PROPN or XPOS NNP/NNPS). */
  proper: boolean;
  /** True when the whole mention is a name: proper nouns, with only function words between ("the Bank of England"). */
  name: boolean;
}

export interface GumDoc {
  name: string;
  doc: ArticleDoc;
  gold: GoldMention[];
}

const FUNCTION = new Set(['ADP', 'DET', 'CCONJ', 'PART', 'PUNCT']);
const isProper = (t: Tok) => t.upos === 'PROPN' || t.xpos === 'NNP' || t.xpos === 'NNPS';

interface Tok {
  start: number;
  end: number;
  upos: string;
  xpos: string;
}

/** Reads one GUM .conllu file (one document). */
export function readGum(path: string, name: string): GumDoc {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  let title: string | null = null;
  let date: string | null = null;
  let text = '';
  let paraOpen = false;
  let needSpace = false;
  const toks: Tok[] = [];
  const gold: GoldMention[] = [];
  const open = new Map<string, Array<{ first: number; etype: string; identity: string | null; minspan: number[] }>>();

  const close = (id: string, last: number): void => {
    const stack = open.get(id);
    const o = stack?.pop();
    if (!o) return;
    const first = toks[o.first];
    const heads = o.minspan.map((i) => o.first + i - 1).filter((k) => k <= last).map((k) => toks[k]);
    gold.push({
      start: first.start, end: toks[last].end, text: '', etype: o.etype, identity: o.identity,
      heads: heads.map((t) => ({ start: t.start, end: t.end })),
      proper: heads.some(isProper),
      name: toks.slice(o.first, last + 1).every((t) => isProper(t) || FUNCTION.has(t.upos)),
    });
  };

  for (const line of lines) {
    if (line.startsWith('# meta::title = ')) title = line.slice(16).trim();
    else if (line.startsWith('# meta::dateCreated = ')) date = line.slice(22).trim();
    else if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) {
      if (text) text += '\n\n';
      paraOpen = true;
      needSpace = false;
    } else if (/^\d+\t/.test(line)) {
      const cols = line.split('\t');
      const [, form, , upos, xpos] = cols;
      const misc = cols[9] ?? '_';
      if (needSpace) text += ' ';
      const start = text.length;
      text += form;
      toks.push({ start, end: text.length, upos, xpos });
      needSpace = !/(^|\|)SpaceAfter=No(\||$)/.test(misc);
      const ent = /(?:^|\|)Entity=([^|]*)/.exec(misc)?.[1];
      if (ent) readEntityField(ent, toks.length - 1, open, close);
    } else if (line === '' && paraOpen) {
      needSpace = true; // next sentence of the same paragraph
    }
  }
  for (const g of gold) g.text = text.slice(g.start, g.end);
  const doc = newDoc({
    id: name, sourcePath: `${name}.conllu`, recordIndex: null, format: 'txt',
    meta: { ...emptyMeta(), title, publishedAt: date ? `${date}T00:00:00.000Z` : null }, text,
  });
  return { name, doc, gold };
}

/** Walks one `Entity=` value: "(ID-…" opens (a ")" right after it closes on the same token), "ID)" closes. */
function readEntityField(
  value: string, tok: number,
  open: Map<string, Array<{ first: number; etype: string; identity: string | null; minspan: number[] }>>,
  close: (id: string, last: number) => void,
): void {
  let i = 0;
  while (i < value.length) {
    if (value[i] === '(') {
      let j = i + 1;
      while (j < value.length && value[j] !== '(' && value[j] !== ')') j++;
      const fields = value.slice(i + 1, j).split('-');
      const id = fields[0];
      const identity = fields.length > 7 ? decodeURIComponent(fields.slice(7).join('-')) : null;
      const minspan = (fields[5] ?? '1').split(',').map(Number).filter((n) => n > 0);
      if (!open.has(id)) open.set(id, []);
      open.get(id)!.push({ first: tok, etype: fields[1], identity: identity || null, minspan: minspan.length ? minspan : [1] });
      if (value[j] === ')') {
        close(id, tok);
        j++;
      }
      i = j;
    } else {
      const m = /^(\d+)\)/.exec(value.slice(i));
      if (m) {
        close(m[1], tok);
        i += m[0].length;
      } else i++;
    }
  }
}
