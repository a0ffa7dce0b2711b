/**
 * Evaluates the entities stage on a CoNLL-format file (CoNLL-2003 and the like), conlleval-style:
 * exact spans and types, precision/recall/F1 per type and micro-averaged, plus speed.
 *
 *   npx tsx scripts/eval-ner.ts FILE [--types PER,ORG,LOC,MISC] [--by-source] [--errors N] [--limit DOCS]
 *
 * FILE has `token POS chunk NER` lines (only the first and last columns are read); a blank line ends
 * a sentence and `-DOCSTART-` starts a document; tags may be IOB1 or IOB2. Each document's text is
 * rebuilt by joining tokens with single spaces and sentences with "\n", so every CoNLL sentence is
 * its own paragraph (the segment stage treats lines as paragraphs) and document-level consistency
 * works as in real articles. Predicted mentions count only if they start and end on token
 * boundaries (a partial overlap is a false positive and a false negative). Our types map to CoNLL's:
 * PERSON→PER, ORG→ORG, LOC→LOC, NORP/EVENT/LAW/MISC→MISC; DATE, TIME, MONEY, PERCENT and QUANTITY
 * are ignored. Speed counts the entities stage alone (segmentation timed apart), after a warm-up.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { emptyMeta, newDoc, type ArticleDoc, type EntityType, type Paragraph } from '../src/model/doc.ts';
import { segmentDoc } from '../src/stages/segment/index.ts';
import { extractEntities } from '../src/stages/entities/index.ts';
import { getGazetteer } from '../src/stages/entities/gazetteer.ts';

const TYPE_MAP: Partial<Record<EntityType, string>> = {
  PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC', LAW: 'MISC', MISC: 'MISC',
};

interface Span {
  start: number; // token index in the document, inclusive
  end: number; // exclusive
  type: string;
}
interface ConllDoc {
  sentences: Array<{ tokens: string[]; tags: string[] }>;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    types: { type: 'string' },
    'by-source': { type: 'boolean', default: false },
    errors: { type: 'string' },
    limit: { type: 'string' },
  },
});

const file = positionals[0] ?? '/work/shared/data/ner/conll2003/valid.txt';
if (!existsSync(file)) {
  console.log(`No evaluation data at ${file}; nothing to evaluate. Pass a CoNLL file: eval-ner FILE`);
  process.exit(0);
}
const typeFilter = values.types ? new Set(values.types.split(',').map((t) => t.trim().toUpperCase())) : null;
const keepType = (t: string): boolean => !typeFilter || typeFilter.has(t);

/** Reads documents; a file without -DOCSTART- lines is one document. */
function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent = { tokens: [] as string[], tags: [] as string[] };
  const endSentence = (): void => {
    if (sent.tokens.length) doc.sentences.push(sent);
    sent = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    sent.tokens.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** IOB1 or IOB2 tags to spans: a chunk starts at B-X, or at I-X after a tag that is not of type X. */
function tagsToSpans(tags: string[], offset: number): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((tag, i) => {
    const [bio, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (cur && (bio !== 'I' || type !== cur.type)) {
      spans.push(cur);
      cur = null;
    }
    if (bio === 'B' || (bio === 'I' && !cur)) cur = { start: offset + i, end: offset + i + 1, type };
    else if (bio === 'I' && cur) cur.end = offset + i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}

interface Built {
  doc: ArticleDoc;
  gold: Span[];
  tokStartAt: Map<number, number>;
  tokEndAt: Map<number, number>;
  tokens: string[];
}

function buildDoc(cd: ConllDoc, n: number): Built {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const gold: Span[] = [];
  const tokStartAt = new Map<number, number>();
  const tokEndAt = new Map<number, number>();
  const tokens: string[] = [];
  for (const s of cd.sentences) {
    if (text) text += '\n';
    const pStart = text.length;
    gold.push(...tagsToSpans(s.tags, tokens.length));
    s.tokens.forEach((tok, i) => {
      if (i) text += ' ';
      tokStartAt.set(text.length, tokens.length);
      text += tok;
      tokEndAt.set(text.length, tokens.length + 1);
      tokens.push(tok);
    });
    paragraphs.push({ start: pStart, end: text.length, section: null, isHeading: false });
  }
  const doc = newDoc({ id: `doc${n}`, sourcePath: `doc${n}`, recordIndex: null, format: 'txt', meta: emptyMeta(), text, paragraphs });
  return { doc, gold, tokStartAt, tokEndAt, tokens };
}

const limit = values.limit ? Number(values.limit) : Infinity;
const conll = readConll(file).slice(0, limit);
getGazetteer(); // load once, outside the timing

const built = conll.map((cd, n) => buildDoc(cd, n));
// Each stage over all documents in turn. Process CPU time is shown beside the wall clock: above it,
// garbage-collector threads were busy; far below it, other processes were taking the cores.
const timed = (f: () => void): { wall: number; cpu: number } => {
  const t = performance.now();
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
};
const seg = timed(() => built.forEach((b) => segmentDoc(b.doc)));
// The entities stage is re-run over the same documents (it reassigns doc.mentions); the fastest of
// five passes is reported, the usual way to take out JIT warm-up and other processes' noise.
let ent = { wall: Infinity, cpu: Infinity };
for (let pass = 0; pass < 5; pass++) {
  const t = timed(() => built.forEach((b) => extractEntities(b.doc)));
  if (t.wall < ent.wall) ent = t;
}

const counts = new Map<string, { tp: number; fp: number; fn: number }>();
const count = (type: string) => {
  let c = counts.get(type);
  if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
  return c;
};
const bySource = new Map<string, { n: number; span: number; correct: number; gold: Map<string, number> }>();
const errors: string[] = [];
let tokensTotal = 0;
let charsTotal = 0;

for (const b of built) {
  tokensTotal += b.tokens.length;
  charsTotal += b.doc.text.length;
  const gold = b.gold.filter((s) => keepType(s.type));
  const goldKey = new Map(gold.map((s) => [`${s.start}:${s.end}`, s.type]));
  const matched = new Set<string>();
  for (const m of b.doc.mentions) {
    const type = TYPE_MAP[m.type];
    if (!type || !keepType(type)) continue;
    const s = b.tokStartAt.get(m.start);
    const e = b.tokEndAt.get(m.end);
    const key = s !== undefined && e !== undefined ? `${s}:${e}` : `x${m.start}:${m.end}`;
    const goldType = goldKey.get(key);
    if (values['by-source']) {
      let bs = bySource.get(m.source);
      if (!bs) bySource.set(m.source, (bs = { n: 0, span: 0, correct: 0, gold: new Map() }));
      bs.n++;
      if (goldType) {
        bs.span++;
        bs.gold.set(goldType, (bs.gold.get(goldType) ?? 0) + 1);
        if (goldType === type) bs.correct++;
      } else bs.gold.set('-', (bs.gold.get('-') ?? 0) + 1);
    }
    if (goldType === type) {
      count(type).tp++;
      matched.add(key);
    } else {
      count(type).fp++;
      if (errors.length < Number(values.errors ?? 0)) errors.push(`FP ${type} ${JSON.stringify(m.text)} (${m.source}; gold ${goldType ?? 'none'}) | ${context(b, m.sentenceIndex)}`);
    }
  }
  for (const g of gold) {
    if (matched.has(`${g.start}:${g.end}`)) continue;
    count(g.type).fn++;
    if (errors.length < Number(values.errors ?? 0)) errors.push(`FN ${g.type} ${JSON.stringify(b.tokens.slice(g.start, g.end).join(' '))}`);
  }
}

function context(b: Built, sentenceIndex: number): string {
  const s = b.doc.sentences[sentenceIndex];
  return s ? b.doc.text.slice(s.start, s.end).slice(0, 160) : '';
}

const prf = (c: { tp: number; fp: number; fn: number }) => {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
};
const pct = (x: number): string => (100 * x).toFixed(2).padStart(6);

console.log(`file: ${file}`);
console.log(`documents: ${built.length}, sentences: ${built.reduce((a, b) => a + b.doc.paragraphs.length, 0)}, tokens: ${tokensTotal}`);
console.log('type   precision  recall      F1   gold  pred');
const micro = { tp: 0, fp: 0, fn: 0 };
for (const type of [...counts.keys()].sort()) {
  const c = counts.get(type)!;
  micro.tp += c.tp;
  micro.fp += c.fp;
  micro.fn += c.fn;
  const { p, r, f } = prf(c);
  console.log(`${type.padEnd(5)} ${pct(p)}   ${pct(r)}  ${pct(f)}  ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}`);
}
const m = prf(micro);
console.log(`micro ${pct(m.p)}   ${pct(m.r)}  ${pct(m.f)}  ${String(micro.tp + micro.fn).padStart(5)} ${String(micro.tp + micro.fp).padStart(5)}`);
const rate = (secs: number): string =>
  `${(built.length / secs).toFixed(0)} documents/s, ${(tokensTotal / secs / 1000).toFixed(0)}k tokens/s, ${(charsTotal / secs / 1e6).toFixed(2)} MB/s`;
console.log(`speed, entities stage alone (best of 5 passes): ${rate(ent.wall)} wall clock; process CPU time ${ent.cpu.toFixed(2)} s for ${ent.wall.toFixed(2)} s`);
console.log(`speed, segment stage (one pass): ${rate(seg.wall)} wall clock`);

if (values['by-source']) {
  console.log('\nsource        pred  span-ok  type-ok  gold types of predicted spans ("-" = no gold span)');
  for (const [src, bs] of [...bySource].sort((a, b) => b[1].n - a[1].n)) {
    const dist = [...bs.gold].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}:${n}`).join(' ');
    console.log(`${src.padEnd(12)} ${String(bs.n).padStart(5)}  ${String(bs.span).padStart(7)}  ${String(bs.correct).padStart(7)}  ${dist}`);
  }
}
if (errors.length) console.log('\n' + errors.join('\n'));
