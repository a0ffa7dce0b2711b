/**
 * Evaluates entity canonicalisation (one entity, one id) on GUM news: Wikinews articles whose named
 * mentions carry Wikipedia identities (../shared/data/ner/gum_news, see its README).
 *
 *   npm run eval:entities [-- --dir DIR] [--errors] [--compromise DIR|none]
 *
 * Each article goes through the pipeline's own stages (buildStages + processDoc, the default config), so
 * the score is what users get. Scored items are the gold mentions of persons, organisations and places
 * that carry a Wikipedia identity and that the pipeline also found: a named mention of ours lying inside
 * the gold mention and covering one of its head (minspan) tokens. Over these items, across the whole
 * set (ids are corpus-wide, so the same person in two articles must get the same id), B-cubed precision,
 * recall and F1 of our entity_id clusters against the gold identities. Also reported: the share of gold
 * identity-bearing proper-name mentions (a head token is a proper noun) that we found, the same counting
 * top-level mentions only (nested ones, "Texas" in "University of Texas", left out), and two plain
 * string-match baselines: our mentions clustered by their lower-cased text, and compromise's
 * people/places/organisations clustered the same way (when compromise is installed).
 *
 * With --errors, also the largest B-cubed losses, the split and merged clusters, and the missed names
 * grouped by cause: inside a longer gold name or not, and the gold types.
 *
 * Without the data folder the script says so and exits 0.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { defaultConfig } from '../src/config.ts';
import { buildStages, processDoc } from '../src/pipeline.ts';
import { emptyRows } from '../src/export/rows.ts';
import type { MentionRow } from '../src/schema/tables.ts';
import { readGum, type GoldMention } from './lib/gum.ts';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: resolve(repo, '../shared/data/ner/gum_news') },
    errors: { type: 'boolean', default: false },
    compromise: { type: 'string', default: join(repo, 'node_modules/compromise') },
  },
});
const dir = values.dir!;
if (!existsSync(dir)) {
  console.log(`eval:entities: skipped, no GUM data at ${dir} (pass --dir DIR to point at the gum_news folder).`);
  process.exit(0);
}
const files = readdirSync(dir).filter((f) => f.endsWith('.conllu')).sort();
if (!files.length) {
  console.log(`eval:entities: skipped, no .conllu files in ${dir}.`);
  process.exit(0);
}

const KEPT = new Set(['person', 'organization', 'place']);
interface Pred { start: number; end: number; cluster: string; text: string; type: string; titleStart?: number }
/** A scored item: one gold mention, its gold identity and the cluster of the mention that found it. */
interface Item { doc: string; gold: GoldMention; pred: Pred }

type Nlp = (text: string) => Record<'people' | 'places' | 'organizations', () => { json(o: object): Array<{ offset: { start: number; length: number } }> }>;
async function loadCompromise(d: string): Promise<Nlp | null> {
  const entry = join(d, 'src/three.js');
  if (d === 'none' || !existsSync(entry)) return null;
  return ((await import(pathToFileURL(entry).href)) as { default: Nlp }).default;
}

const LEADING = /^(?:the|a|an|The|A|An) /;
const TRAILING = /\s?['’]s?$/;

/**
 * The predicted mention with exactly the gold span, give or take a leading article and a possessive
 * ("the United Nations", "Google 's") and with a person's title counted in ("Professor Cres Eastman").
 */
function exact(g: GoldMention, preds: Pred[]): Pred | null {
  const lead = LEADING.exec(g.text)?.[0].length ?? 0;
  const trail = TRAILING.exec(g.text)?.[0].length ?? 0;
  const start = g.start + lead;
  const end = g.end - trail;
  return preds.find((p) => (p.end === end || p.end === g.end) && (p.start === start || p.start === g.start || p.titleStart === start)) ?? null;
}

/** The predicted mention inside the gold span that covers most of its head (minspan) characters, then the longest. */
function match(g: GoldMention, preds: Pred[]): Pred | null {
  let best: Pred | null = null;
  let bestScore = 0;
  for (const p of preds) {
    if (p.start < g.start || p.end > g.end) continue;
    let cover = 0;
    for (const h of g.heads) cover += Math.max(0, Math.min(p.end, h.end) - Math.max(p.start, h.start));
    if (!cover) continue;
    const score = cover * 1e3 + (p.end - p.start);
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

/** B-cubed precision, recall and F1 of predicted clusters against gold identities. */
function bcubed(items: Item[]): { p: number; r: number; f: number } {
  const byGold = new Map<string, Item[]>();
  const byPred = new Map<string, Item[]>();
  for (const it of items) {
    (byGold.get(it.gold.identity!) ?? byGold.set(it.gold.identity!, []).get(it.gold.identity!)!).push(it);
    (byPred.get(it.pred.cluster) ?? byPred.set(it.pred.cluster, []).get(it.pred.cluster)!).push(it);
  }
  let p = 0;
  let r = 0;
  for (const it of items) {
    const g = byGold.get(it.gold.identity!)!;
    const q = byPred.get(it.pred.cluster)!;
    const both = q.filter((x) => x.gold.identity === it.gold.identity).length;
    p += both / q.length;
    r += both / g.length;
  }
  p /= items.length || 1;
  r /= items.length || 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const config = defaultConfig();
const stages = buildStages(config);
const nlp = await loadCompromise(values.compromise!);
const system: Item[] = [];
const stringMatch: Item[] = [];
const compromiseItems: Item[] = [];
let identityProper = 0;
let foundProper = 0;
let outermost = 0;
let foundExact = 0;
const exactItems: Item[] = [];
let foundOutermost = 0;
let foundTopLevel = 0;
let compromiseFoundProper = 0;
/** Missed names by cause ("inside a longer name: place in organization", "on its own: person"). */
const missed = new Map<string, string[]>();
let ms = 0;

const fold = (s: string) => s.replace(/[’']s$/, '').replace(/^the /i, '').toLowerCase();
for (const f of files) {
  const { name, doc, gold } = readGum(join(dir, f), f.replace(/^GUM_news_|\.conllu$/g, ''));
  const out = emptyRows();
  const t0 = performance.now();
  processDoc(doc, stages, config, out);
  ms += performance.now() - t0;
  const named = out.mentions.filter((m: MentionRow) => m.entity_id);
  const topLevel = new Set(named.filter((m) => m.nested_in === null));
  const titleStart = (m: MentionRow) => {
    if (!m.title) return undefined;
    const at = doc.text.lastIndexOf(m.title, m.start);
    return at >= 0 && m.start - at - m.title.length <= 2 ? at : undefined;
  };
  const preds: Pred[] = named.map((m) => ({ start: m.start, end: m.end, cluster: m.entity_id!, text: m.text, type: m.type, titleStart: titleStart(m) }));
  const topPreds = preds.filter((_, i) => topLevel.has(named[i]));
  const plain: Pred[] = named.map((m) => ({ start: m.start, end: m.end, cluster: fold(m.text), text: m.text, type: m.type }));
  let theirs: Pred[] = [];
  if (nlp) {
    const d = nlp(doc.text);
    for (const [kind, type] of [['people', 'PERSON'], ['places', 'LOC'], ['organizations', 'ORG']] as const) {
      for (const o of d[kind]().json({ offset: true })) {
        const text = doc.text.slice(o.offset.start, o.offset.start + o.offset.length);
        theirs.push({ start: o.offset.start, end: o.offset.start + o.offset.length, cluster: fold(text), text, type });
      }
    }
  }
  for (const g of gold) {
    if (!g.identity || !KEPT.has(g.etype)) continue;
    const hit = match(g, preds);
    const same = exact(g, preds);
    if (g.proper && same) foundExact++;
    if (process.env.SHOW_INEXACT && g.proper && hit && !same) console.log(`inexact ${name}: gold "${g.text}" ours "${hit.text}"`);
    if (same) exactItems.push({ doc: name, gold: g, pred: same });
    if (g.proper) {
      identityProper++;
      if (hit) foundProper++;
      if (match(g, topPreds)) foundTopLevel++;
      // Names inside a longer name ("Canada" in "Fan Expo Canada"), which only nested mentions can hold.
      const outer = gold
        .filter((o) => o !== g && o.name && o.start <= g.start && o.end >= g.end && o.end - o.start > g.end - g.start)
        .sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      if (!outer) {
        outermost++;
        if (hit) foundOutermost++;
      }
      if (!hit) {
        const cause = outer ? `inside a longer name: ${g.etype} in ${outer.etype}` : `on its own: ${g.etype}`;
        const ours = named.filter((m) => m.start < g.end && m.end > g.start).map((m) => `${m.type} "${m.text}"`).join(', ');
        (missed.get(cause) ?? missed.set(cause, []).get(cause)!)
          .push(`${name}: "${g.text}" (${g.identity})${outer ? ` in "${outer.text}"` : ''}; ours: ${ours || '-'}`);
      }
      if (nlp && match(g, theirs)) compromiseFoundProper++;
    }
    if (hit) {
      system.push({ doc: name, gold: g, pred: hit });
      stringMatch.push({ doc: name, gold: g, pred: match(g, plain)! });
    }
    const c = nlp ? match(g, theirs) : null;
    if (c) compromiseItems.push({ doc: name, gold: g, pred: c });
  }
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const line = (label: string, items: Item[], found: number | null) => {
  const b = bcubed(items);
  const share = found === null ? '    -' : pct(found / identityProper);
  console.log(`${label.padEnd(34)} ${pct(b.p)} ${pct(b.r)} ${pct(b.f)}   ${String(items.length).padStart(5)}   ${share}%`);
};
console.log(`GUM news: ${files.length} articles, ${identityProper} identity-bearing proper-name mentions (person, organisation, place)`);
console.log(`${''.padEnd(34)}   B3-P  B3-R B3-F1   items   found`);
line('newsframe entity_id', system, foundProper);
line('newsframe entity_id, exact spans', exactItems, foundExact);
line('string match over our mentions', stringMatch, foundProper);
if (nlp) line('string match over compromise', compromiseItems, compromiseFoundProper);
else console.log('(compromise not installed: its baseline is skipped)');
console.log(`found, names not inside a longer name: ${pct(foundOutermost / outermost)}% of ${outermost}`);
console.log(`found by top-level mentions only (nested_in empty): ${pct(foundTopLevel / identityProper)}%`);
console.log(`pipeline time: ${(ms / files.length).toFixed(1)} ms per article (all stages)`);

if (values.errors) {
  const clusters = (key: (it: Item) => string, val: (it: Item) => string) => {
    const m = new Map<string, Map<string, string[]>>();
    for (const it of system) {
      const k = key(it);
      if (!m.has(k)) m.set(k, new Map());
      const inner = m.get(k)!;
      const v = val(it);
      if (!inner.has(v)) inner.set(v, []);
      inner.get(v)!.push(`${it.doc}:${it.pred.text}`);
    }
    return m;
  };
  const loss = new Map<string, [number, number]>();
  for (const it of system) {
    const g = system.filter((x) => x.gold.identity === it.gold.identity);
    const q = system.filter((x) => x.pred.cluster === it.pred.cluster);
    const both = q.filter((x) => x.gold.identity === it.gold.identity).length;
    const l = loss.get(it.gold.identity!) ?? [0, 0];
    l[0] += 1 - both / q.length;
    l[1] += 1 - both / g.length;
    loss.set(it.gold.identity!, l);
  }
  console.log('\nLargest B-cubed losses (identity: precision loss, recall loss, in items):');
  for (const [id, [lp, lr]] of [...loss].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]).slice(0, 15)) {
    console.log(`  ${id}: ${lp.toFixed(2)} ${lr.toFixed(2)}`);
  }
  console.log('\nSplit (one gold identity, several of our ids):');
  for (const [gold, preds] of clusters((it) => it.gold.identity!, (it) => it.pred.cluster)) {
    if (preds.size > 1) console.log(`  ${gold}: ${[...preds.values()].map((v) => `[${[...new Set(v)].join(', ')}]`).join(' | ')}`);
  }
  console.log('\nMerged (one of our ids, several gold identities):');
  for (const [id, golds] of clusters((it) => it.pred.cluster, (it) => it.gold.identity!)) {
    if (golds.size > 1) console.log(`  ${id}: ${[...golds].map(([g, v]) => `${g} [${[...new Set(v)].join(', ')}]`).join(' | ')}`);
  }
  console.log(`\nMissed proper-name mentions (${[...missed.values()].reduce((n, l) => n + l.length, 0)}), by cause:`);
  for (const [cause, list] of [...missed].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${cause} (${list.length}):`);
    for (const m of list) console.log(`    ${m}`);
  }
}
