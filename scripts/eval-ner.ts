/**
 * Evaluates the entities stage on a CoNLL-format file (CoNLL-2003 and the like), conlleval-style:
 * exact spans and types, precision/recall/F1 per type and micro-averaged, plus speed; and in the same
 * run compromise (a rule-based NLP library) on the same text, side by side.
 *
 *   npx tsx scripts/eval-ner.ts [FILE ...] [--types PER,ORG,LOC,MISC] [--by-source] [--errors N] [--limit DOCS]
 *                               [--compromise DIR|none]
 *
 * FILE has `token POS chunk NER` lines (only the first and last columns are read); a blank line ends
 * a sentence and `-DOCSTART-` starts a document; tags may be IOB1 or IOB2. Several files are scored one
 * after the other (default: CoNLL-2003 valid). Each document's text is rebuilt by joining tokens with
 * single spaces and sentences with "\n", so every CoNLL sentence is its own paragraph (the segment stage
 * treats lines as paragraphs) and document-level consistency works as in real articles. Predicted
 * mentions count only if they start and end on token boundaries (a partial overlap is a false positive
 * and a false negative). Our types map to CoNLL's: PERSON→PER, ORG→ORG, LOC→LOC, NORP/EVENT/LAW/MISC→MISC;
 * DATE, TIME, MONEY, PERCENT and QUANTITY are ignored. Speed counts the entities stage alone
 * (segmentation timed apart), after a warm-up.
 *
 * compromise is a devDependency (node_modules/compromise); --compromise DIR (or COMPROMISE_DIR) points
 * elsewhere, `--compromise none` leaves it out; when it is missing the column is skipped with a note. Its people, places and organizations count as PER, LOC and ORG; it has no MISC.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { EntityType } from '../src/model/doc.ts';
import { segmentDoc } from '../src/stages/segment/index.ts';
import { applyRules, extractEntities } from '../src/stages/entities/index.ts';
import { toTagInput } from '../src/stages/entities/tagger/tokens.ts';
import { addRuleHints } from '../src/stages/entities/tagger/rule-hints.ts';
import { getGazetteer } from '../src/stages/entities/gazetteer.ts';
import { getTagger } from '../src/stages/entities/tagger/index.ts';
import { buildDoc, readConll, type Built } from './lib/conll.ts';

const TYPE_MAP: Partial<Record<EntityType, string>> = {
  PERSON: 'PER', ORG: 'ORG', LOC: 'LOC', NORP: 'MISC', EVENT: 'MISC', LAW: 'MISC', MISC: 'MISC',
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    types: { type: 'string' },
    'by-source': { type: 'boolean', default: false },
    errors: { type: 'string' },
    limit: { type: 'string' },
    compromise: { type: 'string', default: process.env.COMPROMISE_DIR ?? 'node_modules/compromise' },
  },
});

const files = positionals.length ? positionals : ['/work/shared/data/ner/conll2003/valid.txt'];
const typeFilter = values.types ? new Set(values.types.split(',').map((t) => t.trim().toUpperCase())) : null;
const keepType = (t: string): boolean => !typeFilter || typeFilter.has(t);

/** A predicted mention: character span, CoNLL type, and for diagnostics where it came from. */
interface Predicted {
  start: number;
  end: number;
  type: string;
  source: string;
  text: string;
  sentenceIndex: number;
}
type Counts = Map<string, { tp: number; fp: number; fn: number }>;

/** compromise's `nlp` function, if it is installed where --compromise says. */
type Nlp = (text: string) => {
  people(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  places(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
  organizations(): { json(o: object): Array<{ offset: { start: number; length: number } }> };
};
async function loadCompromise(dir: string): Promise<Nlp | null> {
  const entry = join(dir, 'src/three.js');
  if (dir === 'none' || !existsSync(entry)) return null;
  return ((await import(pathToFileURL(entry).href)) as { default: Nlp }).default;
}

function compromiseMentions(nlp: Nlp, text: string): Predicted[] {
  const doc = nlp(text);
  const out: Predicted[] = [];
  const add = (type: string, list: Array<{ offset: { start: number; length: number } }>): void => {
    for (const m of list) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type, source: 'compromise', text: '', sentenceIndex: 0 });
  };
  add('PER', doc.people().json({ offset: true }));
  add('LOC', doc.places().json({ offset: true }));
  add('ORG', doc.organizations().json({ offset: true }));
  return out;
}

interface Score {
  counts: Counts;
  bySource: Map<string, { n: number; span: number; correct: number; gold: Map<string, number> }>;
  errors: string[];
}

/** Scores predicted mentions against the gold spans of each document. */
function score(built: Built[], predicted: Predicted[][], errorLimit: number): Score {
  const counts: Counts = new Map();
  const count = (type: string) => {
    let c = counts.get(type);
    if (!c) counts.set(type, (c = { tp: 0, fp: 0, fn: 0 }));
    return c;
  };
  for (const t of ['LOC', 'MISC', 'ORG', 'PER']) if (keepType(t)) count(t);
  const bySource: Score['bySource'] = new Map();
  const errors: string[] = [];
  built.forEach((b, d) => {
    const gold = b.gold.filter((s) => keepType(s.type));
    const goldKey = new Map(gold.map((s) => [`${s.start}:${s.end}`, s.type]));
    const matched = new Set<string>();
    for (const m of predicted[d]) {
      if (!keepType(m.type)) continue;
      const s = b.tokStartAt.get(m.start);
      const e = b.tokEndAt.get(m.end);
      const key = s !== undefined && e !== undefined ? `${s}:${e}` : `x${m.start}:${m.end}`;
      const goldType = goldKey.get(key);
      let bs = bySource.get(m.source);
      if (!bs) bySource.set(m.source, (bs = { n: 0, span: 0, correct: 0, gold: new Map() }));
      bs.n++;
      if (goldType) {
        bs.span++;
        bs.gold.set(goldType, (bs.gold.get(goldType) ?? 0) + 1);
        if (goldType === m.type) bs.correct++;
      } else bs.gold.set('-', (bs.gold.get('-') ?? 0) + 1);
      if (goldType === m.type) {
        count(m.type).tp++;
        matched.add(key);
      } else {
        count(m.type).fp++;
        if (errors.length < errorLimit) errors.push(`FP ${m.type} ${JSON.stringify(m.text)} (${m.source}; gold ${goldType ?? 'none'}) | ${context(b, m.sentenceIndex)}`);
      }
    }
    for (const g of gold) {
      if (matched.has(`${g.start}:${g.end}`)) continue;
      count(g.type).fn++;
      if (errors.length < errorLimit) errors.push(`FN ${g.type} ${JSON.stringify(b.tokens.slice(g.start, g.end).join(' '))}`);
    }
  });
  return { counts, bySource, errors };
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
const micro = (counts: Counts) => {
  const m = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts.values()) {
    m.tp += c.tp;
    m.fp += c.fp;
    m.fn += c.fn;
  }
  return m;
};

/** Timing helper: wall clock and process CPU time. */
const timed = (f: () => void): { wall: number; cpu: number } => {
  const t = performance.now();
  const c = process.cpuUsage();
  f();
  const u = process.cpuUsage(c);
  return { wall: (performance.now() - t) / 1000, cpu: (u.user + u.system) / 1e6 };
};

// Load once, outside the timing (the load times are reported).
const tGaz = performance.now();
getGazetteer();
const gazMs = performance.now() - tGaz;
const tLoad = performance.now();
const tagger = getTagger();
const loadMs = performance.now() - tLoad;
const nlp = await loadCompromise(values.compromise!);

for (const file of files) {
  if (!existsSync(file)) {
    console.log(`No evaluation data at ${file}; nothing to evaluate. Pass a CoNLL file: eval-ner FILE`);
    continue;
  }
  const limit = values.limit ? Number(values.limit) : Infinity;
  const built = readConll(file).slice(0, limit).map((cd, n) => buildDoc(cd, n));
  // Each stage over all documents in turn. Process CPU time is shown beside the wall clock: above it,
  // garbage-collector threads were busy; far below it, other processes were taking the cores.
  const seg = timed(() => built.forEach((b) => segmentDoc(b.doc)));
  // The entities stage is re-run over the same documents (it reassigns doc.mentions); the fastest of
  // five passes is reported, the usual way to take out JIT warm-up and other processes' noise.
  let ent = { wall: Infinity, cpu: Infinity };
  for (let pass = 0; pass < 5; pass++) {
    const t = timed(() => built.forEach((b) => extractEntities(b.doc)));
    if (t.wall < ent.wall) ent = t;
  }
  // The tagger alone (words, features, both passes), on inputs prepared outside the timing.
  let tag = { wall: Infinity, cpu: Infinity };
  let tagWords = 0;
  if (tagger) {
    const inputs = built.map((b) => {
      const input = toTagInput(b.doc);
      addRuleHints(input, applyRules(b.doc).names);
      return input;
    });
    tagWords = inputs.reduce((a, x) => a + x.words.length, 0);
    for (let pass = 0; pass < 5; pass++) {
      const t = timed(() => inputs.forEach((x) => tagger.label(x)));
      if (t.wall < tag.wall) tag = t;
    }
  }
  // Top-level mentions only: CoNLL spans never nest, and names inside names are in doc.nestedMentions.
  const ours = built.map((b) =>
    b.doc.mentions
      .filter((m) => TYPE_MAP[m.type])
      .map((m) => ({ start: m.start, end: m.end, type: TYPE_MAP[m.type]!, source: m.source, text: m.text, sentenceIndex: m.sentenceIndex })),
  );
  const mine = score(built, ours, Number(values.errors ?? 0));
  let theirs: Score | null = null;
  let theirTime = 0;
  if (nlp) {
    const t = timed(() => {
      theirs = score(built, built.map((b) => compromiseMentions(nlp, b.doc.text)), 0);
    });
    theirTime = t.wall;
  }

  const tokensTotal = built.reduce((a, b) => a + b.tokens.length, 0);
  const charsTotal = built.reduce((a, b) => a + b.doc.text.length, 0);
  console.log(`file: ${file}`);
  console.log(`documents: ${built.length}, sentences: ${built.reduce((a, b) => a + b.doc.paragraphs.length, 0)}, tokens: ${tokensTotal}`);
  const engine = tagger ? `newsframe (tagger${tagger.model.meta.trainedOn ? `, ${tagger.model.meta.trainedOn}` : ''})` : 'newsframe (rules; no model file)';
  console.log(`${engine.padEnd(44)}| ${nlp ? 'compromise 14' : 'compromise: not installed (see --compromise)'}`);
  console.log(`type   precision  recall      F1   gold  pred  | precision  recall      F1  pred`);
  const t2 = theirs as Score | null;
  for (const type of [...mine.counts.keys()].sort()) {
    const c = mine.counts.get(type)!;
    const { p, r, f } = prf(c);
    let right = '';
    const o = t2?.counts.get(type);
    if (o) {
      const q = prf(o);
      right = `| ${pct(q.p)}   ${pct(q.r)}  ${pct(q.f)} ${String(o.tp + o.fp).padStart(5)}`;
    }
    console.log(`${type.padEnd(5)} ${pct(p)}   ${pct(r)}  ${pct(f)}  ${String(c.tp + c.fn).padStart(5)} ${String(c.tp + c.fp).padStart(5)}  ${right}`);
  }
  const m = micro(mine.counts);
  const mm = prf(m);
  let right = '';
  if (t2) {
    const o = micro(t2.counts);
    const q = prf(o);
    right = `| ${pct(q.p)}   ${pct(q.r)}  ${pct(q.f)} ${String(o.tp + o.fp).padStart(5)}`;
  }
  console.log(`micro ${pct(mm.p)}   ${pct(mm.r)}  ${pct(mm.f)}  ${String(m.tp + m.fn).padStart(5)} ${String(m.tp + m.fp).padStart(5)}  ${right}`);
  const rate = (secs: number): string =>
    `${(built.length / secs).toFixed(0)} documents/s, ${(tokensTotal / secs / 1000).toFixed(0)}k tokens/s, ${(charsTotal / secs / 1e6).toFixed(2)} MB/s`;
  if (tagger) console.log(`loaded: tagger model and word clusters ${loadMs.toFixed(0)} ms, gazetteer ${gazMs.toFixed(0)} ms`);
  console.log(`speed, entities stage alone (best of 5 passes): ${rate(ent.wall)} wall clock; process CPU time ${ent.cpu.toFixed(2)} s for ${ent.wall.toFixed(2)} s`);
  if (tagger) console.log(`speed, tagger alone (best of 5 passes): ${(tagWords / tag.wall / 1000).toFixed(0)}k words/s wall clock; process CPU time ${tag.cpu.toFixed(2)} s for ${tag.wall.toFixed(2)} s`);
  console.log(`speed, segment stage (one pass): ${rate(seg.wall)} wall clock`);
  if (nlp) console.log(`speed, compromise (one pass, people + places + organizations): ${rate(theirTime)} wall clock`);

  if (values['by-source']) {
    console.log('\nsource        pred  span-ok  type-ok  gold types of predicted spans ("-" = no gold span)');
    for (const [src, bs] of [...mine.bySource].sort((a, b) => b[1].n - a[1].n)) {
      const dist = [...bs.gold].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t}:${n}`).join(' ');
      console.log(`${src.padEnd(12)} ${String(bs.n).padStart(5)}  ${String(bs.span).padStart(7)}  ${String(bs.correct).padStart(7)}  ${dist}`);
    }
  }
  if (mine.errors.length) console.log('\n' + mine.errors.join('\n'));
  console.log('');
}
