/**
 * Scores the quotes stage against PolNeAR (political news attribution relations, BRAT standoff
 * Source / Cue / Content), using the one-annotator-per-article table in
 * /work/shared/data/quotes/polnear/derived/polnear_attributions.jsonl.
 *
 *   npx tsx scripts/eval-quotes.ts [--split dev|train] [--limit ARTICLES] [--errors N] [--no-entities] [--show-cue CUE]
 *
 * --errors N prints N false positives, N missed quoted attributions and the N commonest cues of missed
 * attributions; --show-cue prints every missed attribution with that gold cue ("said").
 *
 * Develop on train, measure on dev (the test split is held out and not here). Matching is partial and
 * many-to-one, because PolNeAR often makes one attribution of several consecutive quotes that we
 * return as separate rows (and the reverse): a predicted row is correct when at least half of it lies
 * in one gold content span; a gold attribution is found when some row overlaps it by at least half of
 * the shorter of the two. Reported: precision per kind; recall over all gold attributions and over
 * those whose content holds a double quote mark (what a quotation extractor is mostly for); for the
 * correct rows, against the gold attribution holding most of the row, how often the speaker span
 * overlaps the gold source and the cue span the gold cue, plus a stricter content score (intersection
 * over union >= 0.8). PolNeAR also annotates beliefs and intentions ("X wants …", "X thinks …") that
 * a speech extractor does not look for, so overall recall is bounded well below 1.
 * PolNeAR offsets count Unicode code points; they are converted to UTF-16 here. The few gold rows
 * without a content span are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { emptyMeta, newDoc, type ArticleDoc, type Quote, type Span } from '../src/model/doc.ts';
import { segmentDoc } from '../src/stages/segment/index.ts';
import { extractQuotes } from '../src/stages/quotes/index.ts';

const ROOT = '/work/shared/data/quotes/polnear';
const TABLE = join(ROOT, 'derived/polnear_attributions.jsonl');

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string' },
    errors: { type: 'string' },
    'no-entities': { type: 'boolean', default: false },
    'show-cue': { type: 'string' },
  },
});

if (!existsSync(TABLE)) {
  console.log(`No PolNeAR data at ${TABLE}; nothing to evaluate.`);
  process.exit(0);
}

interface GoldRow {
  split: string;
  article: string;
  text_file: string;
  source: Span[] | null;
  cue: Span[] | null;
  content: Span[] | null;
  content_has_double_quote: boolean;
}
interface Gold {
  source: Span[];
  cue: Span[];
  content: Span;
  quoted: boolean;
  cueText: string;
}

const byArticle = new Map<string, { file: string; gold: GoldRow[] }>();
for (const line of readFileSync(TABLE, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const row = JSON.parse(line) as GoldRow;
  if (row.split !== values.split) continue;
  const entry = byArticle.get(row.article) ?? { file: row.text_file, gold: [] };
  entry.gold.push(row);
  byArticle.set(row.article, entry);
}
let articles = [...byArticle.keys()].sort();
if (values.limit) articles = articles.slice(0, Number(values.limit));

let extractEntities: ((doc: ArticleDoc) => ArticleDoc) | null = null;
if (!values['no-entities']) {
  try {
    extractEntities = (await import('../src/stages/entities/index.ts')).extractEntities;
  } catch {
    console.log('(entities stage not available: speakers are resolved without mentions)');
  }
}

/** Maps code-point offsets to UTF-16 offsets for one text. */
function codePointMap(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (cp) => map[cp];
}

const len = (s: Span) => s.end - s.start;
const inter = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlaps = (a: Span | null, bs: Span[]) => a !== null && bs.some((b) => inter(a, b) > 0);

const kinds = ['direct', 'mixed', 'indirect'] as const;
const predCount = { direct: 0, mixed: 0, indirect: 0 };
const predHit = { direct: 0, mixed: 0, indirect: 0 };
let gold = 0;
let goldQuoted = 0;
let goldHit = 0;
let goldQuotedHit = 0;
let matched = 0;
let speakerOk = 0;
let speakerGiven = 0;
let cueOk = 0;
let cueGiven = 0;
let strict = 0;
let withMention = 0;
let ms = 0;
const falsePos: string[] = [];
const falseNeg: string[] = [];
const missedCues = new Map<string, number>();
const byConfidence = new Map<number, { rows: number; hits: number; speakerOk: number }>();

for (const name of articles) {
  const { file, gold: rows } = byArticle.get(name)!;
  const text = readFileSync(join(ROOT, file), 'utf8');
  const cp = codePointMap(text);
  const conv = (s: Span): Span => ({ start: cp(s.start), end: cp(s.end) });
  const golds: Gold[] = rows.filter((r) => r.content?.length).map((r) => {
    const content = r.content!.map(conv);
    return {
      source: (r.source ?? []).map(conv),
      cue: (r.cue ?? []).map(conv),
      content: { start: Math.min(...content.map((c) => c.start)), end: Math.max(...content.map((c) => c.end)) },
      quoted: r.content_has_double_quote,
      cueText: (r.cue ?? []).map((c) => text.slice(cp(c.start), cp(c.end))).join(' ').toLowerCase(),
    };
  });
  const doc = segmentDoc(newDoc({ id: name, sourcePath: file, recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  if (extractEntities) extractEntities(doc);
  const t0 = performance.now();
  extractQuotes(doc);
  ms += performance.now() - t0;

  // Many-to-one on purpose (see the header): no one-to-one pairing is forced.
  const found = new Uint8Array(golds.length);
  for (const q of doc.quotes as Quote[]) {
    predCount[q.kind]++;
    if (q.speakerMention !== null) withMention++;
    let best = -1;
    let bestShare = 0;
    golds.forEach((g, i) => {
      const common = inter(q, g.content);
      if (common / Math.max(1, Math.min(len(q), len(g.content))) >= 0.5) found[i] = 1;
      const share = common / Math.max(1, len(q));
      if (share > bestShare) { best = i; bestShare = share; }
    });
    const conf = byConfidence.get(q.confidence) ?? { rows: 0, hits: 0, speakerOk: 0 };
    byConfidence.set(q.confidence, conf);
    conf.rows++;
    if (best >= 0 && bestShare >= 0.5) {
      conf.hits++;
      if (q.speaker ? overlaps(q.speaker, golds[best].source) : golds[best].source.length === 0) conf.speakerOk++;
    }
    if (best < 0 || bestShare < 0.5) {
      falsePos.push(`${name} [${q.kind}] ${text.slice(q.start, q.end).slice(0, 160)}  <- ${q.speaker ? text.slice(q.speaker.start, q.speaker.end) : '?'}`);
      continue;
    }
    predHit[q.kind]++;
    matched++;
    const g = golds[best];
    if (inter(q, g.content) / (len(q) + len(g.content) - inter(q, g.content)) >= 0.8) strict++;
    if (q.speaker) { speakerGiven++; if (overlaps(q.speaker, g.source)) speakerOk++; }
    if (q.cue) { cueGiven++; if (overlaps(q.cue, g.cue)) cueOk++; }
  }
  golds.forEach((g, i) => {
    gold++;
    if (g.quoted) goldQuoted++;
    if (found[i]) { goldHit++; if (g.quoted) goldQuotedHit++; return; }
    missedCues.set(g.cueText, (missedCues.get(g.cueText) ?? 0) + 1);
    if (values['show-cue'] !== undefined && g.cueText === values['show-cue']) {
      console.log(`MISS ${name} ${g.source.map((s) => text.slice(s.start, s.end)).join(' ')} | ${g.cueText} | ${text.slice(g.content.start, g.content.end).slice(0, 140).replace(/\n/g, ' ')}`);
    }
    if (g.quoted) falseNeg.push(`${name} ${text.slice(g.content.start, g.content.end).slice(0, 160)}  <- ${g.source.map((s) => text.slice(s.start, s.end)).join(' ')} / ${g.cue.map((s) => text.slice(s.start, s.end)).join(' ')}`);
  });
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
const predTotal = kinds.reduce((n, k) => n + predCount[k], 0);
const hitTotal = kinds.reduce((n, k) => n + predHit[k], 0);
console.log(`PolNeAR ${values.split}: ${articles.length} articles, ${gold} gold attributions (${goldQuoted} with quote marks in the content)`);
console.log(`predicted ${predTotal} rows: ${kinds.map((k) => `${k} ${predCount[k]}`).join(', ')}`);
console.log(`precision (partial match): ${pct(hitTotal, predTotal)}  [${kinds.map((k) => `${k} ${pct(predHit[k], predCount[k])}`).join(', ')}]`);
console.log(`recall (partial match): all ${pct(goldHit, gold)}, quoted content ${pct(goldQuotedHit, goldQuoted)}`);
const p = hitTotal / Math.max(1, predTotal);
const r = goldHit / Math.max(1, gold);
console.log(`F1 (all): ${(p + r ? (200 * p * r) / (p + r) : 0).toFixed(1)}`);
console.log(`on ${matched} matched: content IoU>=0.8 ${pct(strict, matched)}, speaker overlaps source ${pct(speakerOk, speakerGiven)} (${speakerGiven} with a speaker), cue overlaps cue ${pct(cueOk, cueGiven)} (${cueGiven} with a cue)`);
console.log(`speakerMention set on ${pct(withMention, predTotal)} of rows; quotes stage ${(ms / Math.max(1, articles.length)).toFixed(2)} ms/article`);
console.log('by confidence: value rows content-precision content+speaker-precision');
for (const [c, v] of [...byConfidence].sort((a, b) => b[0] - a[0])) {
  console.log(`  ${c.toFixed(2)} ${String(v.rows).padStart(5)} ${pct(v.hits, v.rows).padStart(6)} ${pct(v.speakerOk, v.rows).padStart(6)}`);
}
const n = Number(values.errors ?? 0);
if (n > 0) {
  console.log(`\n-- false positives (first ${n}) --`);
  for (const l of falsePos.slice(0, n)) console.log(l);
  console.log(`\n-- missed gold with quote marks (first ${n}) --`);
  for (const l of falseNeg.slice(0, n)) console.log(l);
  console.log(`\n-- cues of missed gold attributions (top ${n}) --`);
  const top = [...missedCues].sort((x, y) => y[1] - x[1]).slice(0, n);
  console.log(top.map(([c, k]) => `${k} ${c}`).join('\n'));
}
