/**
 * Scores the quotes stage against PolNeAR (political news attribution relations, BRAT standoff
 * Source / Cue / Content), using the one-annotator-per-article table in
 * /work/shared/data/quotes/polnear/derived/polnear_attributions.jsonl.
 *
 *   npx tsx scripts/eval-quotes.ts [--split dev|train] [--limit ARTICLES] [--errors N] [--errors-subset all|quoted]
 *     [--errors-level lenient|strict] [--derived-quoted] [--no-entities] [--no-learned] [--show-cue CUE]
 *
 * --errors N prints N false positives, N missed quoted attributions and the N commonest cues of missed
 * attributions; --show-cue prints every missed attribution with that gold cue ("said").
 *
 * Develop on train, measure on dev (the test split is held out: the script refuses it). The criterion
 * is the issue's: a prediction matches a gold attribution when their character overlap exceeds 30%
 * (lenient) or 80% (strict) of both the gold content's length (first to last content character) and
 * the prediction's (start..end). Pairing is one-to-one, greedy by overlap. Two subsets are scored:
 * direct/mixed (gold content holding a double quotation mark, against predictions of kind direct or
 * mixed) and all attributions (every gold row against every prediction). Speaker accuracy: of the
 * lenient matches, how many have a speaker span that overlaps the gold source (a row with no speaker
 * is right only when the gold has no source). PolNeAR also annotates beliefs and intentions ("X wants
 * …", "X thinks …"), which count in the all-attributions recall.
 * PolNeAR offsets count Unicode code points; they are converted to UTF-16 here. The few gold rows
 * without a content span are skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { emptyMeta, newDoc, type ArticleDoc, type Quote, type Span } from '../src/model/doc.ts';
import { segmentDoc } from '../src/stages/segment/index.ts';
import { extractQuotes } from '../src/stages/quotes/index.ts';
import { codePointMap } from './lib/code-points.ts';

const ROOT = process.env.POLNEAR_DIR ?? resolve(import.meta.dirname, '../../shared/data/quotes/polnear');
const TABLE = join(ROOT, 'derived/polnear_attributions.jsonl');

const { values } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    limit: { type: 'string' },
    errors: { type: 'string' },
    'no-entities': { type: 'boolean', default: false },
    'no-learned': { type: 'boolean', default: false },
    'show-cue': { type: 'string' },
    'errors-subset': { type: 'string' },
    'derived-quoted': { type: 'boolean', default: false },
    'errors-level': { type: 'string' },
  },
});

if (values.split === 'test') {
  console.log('The PolNeAR test split is held out; evaluate on dev or train.');
  process.exit(1);
}
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


/**
 * A double quotation mark in gold content: " “ ” „ « », or two apostrophes, which is how the New York
 * Times articles in PolNeAR write one (''…''). --derived-quoted uses the table's
 * content_has_double_quote flag instead, which misses the latter.
 */
const DOUBLE_MARK = /["“”„«»]|''/;
const len = (s: Span) => s.end - s.start;
const inter = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const overlaps = (a: Span | null, bs: Span[]) => a !== null && bs.some((b) => inter(a, b) > 0);
/** The issue's criterion: the overlap exceeds `share` of both the gold's and the prediction's length. */
const matches = (p: Span, g: Span, share: number) => {
  const common = inter(p, g);
  return common > share * len(p) && common > share * len(g);
};

const LENIENT = 0.3;
const STRICT = 0.8;
type Level = 'lenient' | 'strict';
/** Counts for one subset at one level: predictions matched, gold matched, totals. */
interface Score { tp: number; pred: number; goldHit: number; gold: number }
const newScore = (): Score => ({ tp: 0, pred: 0, goldHit: 0, gold: 0 });
const scores = {
  quoted: { lenient: newScore(), strict: newScore() },
  all: { lenient: newScore(), strict: newScore() },
};
/** Speaker accuracy on predictions matched leniently: the speaker span overlaps the gold source. */
const speaker = { quoted: { ok: 0, n: 0 }, all: { ok: 0, n: 0 } };
let cueOk = 0;
let cueN = 0;
let withMention = 0;
let ms = 0;
let goldTotal = 0;
let goldQuotedTotal = 0;
const kinds = ['direct', 'mixed', 'indirect'] as const;
const byKind = Object.fromEntries(kinds.map((k) => [k, { rows: 0, hits: 0 }])) as Record<Quote['kind'], { rows: number; hits: number }>;
const byConfidence = new Map<number, { rows: number; hits: number; speakerOk: number }>();
const falsePos: string[] = [];
const falseNeg: string[] = [];
const falseNegQuoted: string[] = [];
const wrongSpeaker: string[] = [];
const boundary: string[] = [];
const missedCues = new Map<string, number>();

/**
 * One-to-one matching, greedy by overlap: each prediction and each gold attribution is used at most
 * once. Returns, for each prediction, the index of its gold attribution or -1.
 */
function pair(preds: Span[], golds: Span[], share: number): number[] {
  const cands: Array<[number, number, number]> = [];
  preds.forEach((p, i) => golds.forEach((g, j) => {
    if (matches(p, g, share)) cands.push([inter(p, g) / Math.max(len(p), len(g)), i, j]);
  }));
  cands.sort((a, b) => b[0] - a[0]);
  const out = new Array<number>(preds.length).fill(-1);
  const goldUsed = new Uint8Array(golds.length);
  for (const [, i, j] of cands) {
    if (out[i] >= 0 || goldUsed[j]) continue;
    out[i] = j;
    goldUsed[j] = 1;
  }
  return out;
}

const show = (text: string, s: Span, n = 160) => text.slice(s.start, s.end).slice(0, n).replace(/\n/g, ' ');

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
      quoted: values['derived-quoted'] ? r.content_has_double_quote : content.some((c) => DOUBLE_MARK.test(text.slice(c.start, c.end))),
      cueText: (r.cue ?? []).map((c) => text.slice(cp(c.start), cp(c.end))).join(' ').toLowerCase(),
    };
  });
  goldTotal += golds.length;
  goldQuotedTotal += golds.filter((g) => g.quoted).length;
  const doc = segmentDoc(newDoc({ id: name, sourcePath: file, recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  if (extractEntities) extractEntities(doc);
  const t0 = performance.now();
  extractQuotes(doc, values['no-learned'] ? { learnedModel: null } : {});
  ms += performance.now() - t0;
  const preds = doc.quotes as Quote[];
  for (const q of preds) if (q.speakerMention !== null) withMention++;

  for (const subset of ['quoted', 'all'] as const) {
    const ps = subset === 'all' ? preds : preds.filter((q) => q.kind !== 'indirect');
    const gs = subset === 'all' ? golds : golds.filter((g) => g.quoted);
    for (const level of ['lenient', 'strict'] as Level[]) {
      const share = level === 'lenient' ? LENIENT : STRICT;
      const m = pair(ps, gs.map((g) => g.content), share);
      const sc = scores[subset][level];
      sc.pred += ps.length;
      sc.gold += gs.length;
      const hit = new Uint8Array(gs.length);
      m.forEach((j, i) => {
        if (j < 0) return;
        sc.tp++;
        hit[j] = 1;
        if (level !== 'lenient') return;
        const q = ps[i];
        const g = gs[j];
        const ok = q.speaker ? overlaps(q.speaker, g.source) : g.source.length === 0;
        speaker[subset].n++;
        if (ok) speaker[subset].ok++;
        if (!ok && subset === (values['errors-subset'] ?? 'all')) wrongSpeaker.push(`${name} [${q.kind} ${q.confidence}] ${show(text, q, 100)}  <- ${q.speaker ? show(text, q.speaker) : '?'} (gold: ${g.source.map((s) => show(text, s)).join(' ')})`);
        if (subset !== 'all') return;
        byKind[q.kind].hits++;
        if (q.cue) { cueN++; if (overlaps(q.cue, g.cue)) cueOk++; }
      });
      sc.goldHit += hit.reduce((a, b) => a + b, 0);
      if (subset === 'all' && level === 'lenient') {
        m.forEach((j, i) => {
          const q = ps[i];
          byKind[q.kind].rows++;
          const conf = byConfidence.get(q.confidence) ?? { rows: 0, hits: 0, speakerOk: 0 };
          byConfidence.set(q.confidence, conf);
          conf.rows++;
          if (j < 0) return;
          conf.hits++;
          if (q.speaker ? overlaps(q.speaker, gs[j].source) : gs[j].source.length === 0) conf.speakerOk++;
        });
      }
      if (level === 'lenient' && subset === (values['errors-subset'] ?? 'all')) {
        // Matched leniently but not strictly: boundary disagreements, listed with the gold span.
        const strictPairs = pair(ps, gs.map((g) => g.content), STRICT);
        m.forEach((j, i) => {
          if (j < 0 || strictPairs[i] >= 0) return;
          const q = ps[i];
          boundary.push(`${name} [${q.kind}] ${show(text, q, 200)}\n      ~ gold: ${show(text, gs[j].content, 200)}`);
        });
      }
      // Error lists for one subset and level (--errors-subset, --errors-level).
      if (subset !== (values['errors-subset'] ?? 'all') || level !== (values['errors-level'] ?? 'lenient')) continue;
      m.forEach((j, i) => {
        if (j >= 0) return;
        const q = ps[i];
        let near = -1;
        gs.forEach((g, k) => { if (inter(q, g.content) > (near < 0 ? 0 : inter(q, gs[near].content))) near = k; });
        const nearText = near < 0 ? 'no gold' : `gold ${len(gs[near].content)} chars: ${show(text, gs[near].content, 100)}`;
        falsePos.push(`${name} [${q.kind} ${q.confidence}] ${show(text, q)}  <- ${q.speaker ? show(text, q.speaker) : '?'} / ${q.cue ? show(text, q.cue) : '?'}\n      ~ ${nearText}`);
      });
      gs.forEach((g, j) => {
        if (hit[j]) return;
        missedCues.set(g.cueText, (missedCues.get(g.cueText) ?? 0) + 1);
        const line = `${name} ${show(text, g.content)}  <- ${g.source.map((s) => show(text, s)).join(' ')} / ${g.cue.map((s) => show(text, s)).join(' ')}`;
        if (values['show-cue'] !== undefined && g.cueText === values['show-cue']) console.log(`MISS ${line}`);
        (g.quoted ? falseNegQuoted : falseNeg).push(line);
      });
    }
  }
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
const prf = (s: Score) => {
  const p = s.tp / Math.max(1, s.pred);
  const r = s.goldHit / Math.max(1, s.gold);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  // (F1 to two decimals: a target of 75 is met at 75.00, not at a 74.96 shown as 75.0.)
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(2)}`;
};
const predTotal = scores.all.lenient.pred;
console.log(`PolNeAR ${values.split}: ${articles.length} articles, ${goldTotal} gold attributions (${goldQuotedTotal} with a double quote mark in the content)`);
console.log(`predicted ${predTotal} rows: ${kinds.map((k) => `${k} ${byKind[k].rows}`).join(', ')}`);
console.log(`direct/mixed gold: content with a double mark (${values['derived-quoted'] ? 'the table\'s content_has_double_quote flag' : '" “ ” „ « » or \'\''});`);
console.log(`matching: one-to-one, overlap > ${100 * LENIENT}% (lenient) or > ${100 * STRICT}% (strict) of both lengths`);
console.log(`direct/mixed  lenient: ${prf(scores.quoted.lenient)}`);
console.log(`direct/mixed  strict:  ${prf(scores.quoted.strict)}`);
console.log(`all           lenient: ${prf(scores.all.lenient)}`);
console.log(`all           strict:  ${prf(scores.all.strict)}`);
console.log(`speaker accuracy (lenient matches, speaker overlaps gold source): direct/mixed ${pct(speaker.quoted.ok, speaker.quoted.n)} of ${speaker.quoted.n}, all ${pct(speaker.all.ok, speaker.all.n)} of ${speaker.all.n}`);
console.log(`precision by kind (lenient): ${kinds.map((k) => `${k} ${pct(byKind[k].hits, byKind[k].rows)}`).join(', ')}; cue overlaps gold cue ${pct(cueOk, cueN)}`);
console.log(`speakerMention set on ${pct(withMention, predTotal)} of rows; quotes stage ${(ms / Math.max(1, articles.length)).toFixed(2)} ms/article`);
console.log('by confidence (all, lenient): value rows content-precision content+speaker-precision');
for (const [c, v] of [...byConfidence].sort((a, b) => b[0] - a[0])) {
  console.log(`  ${c.toFixed(2)} ${String(v.rows).padStart(5)} ${pct(v.hits, v.rows).padStart(6)} ${pct(v.speakerOk, v.rows).padStart(6)}`);
}
const n = Number(values.errors ?? 0);
if (n > 0) {
  const sample = (xs: string[]) => xs.filter((_, i) => i % Math.max(1, Math.floor(xs.length / n)) === 0).slice(0, n);
  console.log(`\n-- false positives (${falsePos.length}, sample of ${n}) --\n${sample(falsePos).join('\n')}`);
  console.log(`\n-- missed gold with quote marks (${falseNegQuoted.length}, sample of ${n}) --\n${sample(falseNegQuoted).join('\n')}`);
  console.log(`\n-- missed gold without quote marks (${falseNeg.length}, sample of ${n}) --\n${sample(falseNeg).join('\n')}`);
  console.log(`\n-- lenient but not strict matches (${boundary.length}, sample of ${n}) --\n${sample(boundary).join('\n')}`);
  console.log(`\n-- wrong speakers (${wrongSpeaker.length}, sample of ${n}) --\n${sample(wrongSpeaker).join('\n')}`);
  console.log(`\n-- cues of missed gold attributions (top ${n}) --`);
  console.log([...missedCues].sort((x, y) => y[1] - x[1]).slice(0, n).map(([c, k]) => `${k} ${c}`).join('\n'));
}
