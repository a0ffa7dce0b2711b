/**
 * `npm run bench`: newsframe end to end (all stages, all three formats) on the BBC corpus and on a
 * 20x copy of it, and in the same run compromise and wink-nlp over the same BBC files, for ratios.
 * Prints a table and writes bench/results.json. Needs ../shared/data/corpus/bbc; skips cleanly without it.
 *
 * Also times an unchanged re-run with the incremental cache against the first (cache-filling) run, and checks
 * that both wrote the same tables (sha256 of every table file, from the manifests).
 *
 * Options: --corpus DIR, --scale N (default 20, 0 to skip), --workers N (default: cores), --no-peers,
 * --renamed (also the scaled corpus with its capitalised words renamed in each copy, so that its vocabulary and
 * entities grow with it: ~5 more minutes; see scripts/lib/corpus.ts scaleCorpus)
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusFiles, scaleCorpus } from './lib/corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(ROOT, '../shared/data/corpus/bbc') },
    scale: { type: 'string', default: '20' },
    workers: { type: 'string', default: String(availableParallelism()) },
    'no-peers': { type: 'boolean', default: false },
    renamed: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'bench/results.json') },
  },
});

if (!existsSync(args.corpus)) {
  console.log(`bench: corpus not found at ${args.corpus}; nothing to measure (it lives in ../shared/data, outside the repo).`);
  process.exit(0);
}

interface Measure {
  name: string;
  articles: number;
  seconds: number;
  articlesPerSec: number;
  mbPerSec: number;
  peakRssMb: number | null;
  /** sha256 of each table file (newsframe runs only). */
  tables?: Record<string, string>;
}

const files = listCorpusFiles(args.corpus);
const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
const scratch = mkdtempSync(join(tmpdir(), 'newsframe-bench-'));

/** Node's flags for the CLI, as `npm run pipeline` passes them ("node FLAGS bin/newsframe.js" in package.json). */
const CLI_NODE_FLAGS: string[] = (() => {
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.pipeline;
  const words = script.split(/\s+/);
  return words.slice(1, words.indexOf('bin/newsframe.js'));
})();

/** Runs the real CLI as users do (bin/newsframe.js with npm's flags; all stages, all formats) and reads its manifest. */
function runNewsframe(
  name: string, input: string, workers: number, inputBytes: number,
  cache: { dir: string; out: string; keep: boolean } | null = null,
): Measure {
  const out = cache?.out ?? join(scratch, `out-${name}`);
  const cacheDir = cache?.dir ?? null;
  const cacheArgs = cacheDir ? ['--cache', cacheDir] : ['--no-cache'];
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...CLI_NODE_FLAGS, join(ROOT, 'bin/newsframe.js'), '--input', input, '--output', out, '--quiet', ...cacheArgs, '--concurrency', String(workers)], { encoding: 'utf8', cwd: ROOT });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`${name}: newsframe exited ${r.status}: ${r.stderr}`);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  if (!cache?.keep) rmSync(out, { recursive: true, force: true });
  const articles = manifest.counts.articles;
  // The tables themselves (the report and schema files are not compared: the report shows run times).
  const tables = Object.fromEntries(Object.entries(manifest.files_sha256 as Record<string, string>).filter(([f]) => /\.(csv|arrow|parquet)$/.test(f)));
  return { name, articles, seconds, articlesPerSec: articles / seconds, mbPerSec: inputBytes / 1e6 / seconds, peakRssMb: manifest.peak_rss_mb, tables };
}

/** Runs a peer library over the same files in a child process (so its memory is its own). */
function runPeer(name: string, code: string): Measure {
  const list = join(scratch, 'files.json');
  writeFileSync(list, JSON.stringify(files));
  const script = `
    import { readFileSync } from 'node:fs';
    const files = JSON.parse(readFileSync(${JSON.stringify(list)}, 'utf8'));
    ${code}
    const t0 = performance.now();
    let found = 0;
    for (const f of files) found += run(readFileSync(f, 'utf8'));
    const seconds = (performance.now() - t0) / 1000;
    console.log(JSON.stringify({ seconds, found, rss: process.resourceUsage().maxRSS }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
  const m = JSON.parse(r.stdout.trim().split('\n').pop()!);
  return { name, articles: files.length, seconds: m.seconds, articlesPerSec: files.length / m.seconds, mbPerSec: bytes / 1e6 / m.seconds, peakRssMb: Math.round(m.rss / 1024) };
}

const workers = Number(args.workers);
const results: Measure[] = [];
console.log(`bench: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB from ${relative(ROOT, args.corpus)}; ${workers} workers`);
results.push(runNewsframe(`newsframe, ${workers} workers`, args.corpus, workers, bytes));
if (workers > 1) results.push(runNewsframe('newsframe, 1 worker', args.corpus, 1, bytes));

// Incremental runs: the first run fills a fresh cache; an unchanged re-run into the same output folder keeps it
// (nothing changed); a re-run into an empty folder (a CI job that keeps only the cache) takes every file's rows
// from the cache and writes the tables again.
const cacheDir = join(scratch, 'cache');
const cachedOut = join(scratch, 'out-cached');
const first = runNewsframe('newsframe, first run with a cache', args.corpus, workers, bytes, { dir: cacheDir, out: cachedOut, keep: true });
const again = runNewsframe('newsframe, unchanged re-run', args.corpus, workers, bytes, { dir: cacheDir, out: cachedOut, keep: true });
const fromCache = runNewsframe('newsframe, re-run into an empty folder, rows from the cache', args.corpus, workers, bytes, { dir: cacheDir, out: join(scratch, 'out-cached-2'), keep: false });
again.peakRssMb = null; // its manifest is the first run's (the folder was kept as it was)
results.push(first, again, fromCache);
const sameTables = JSON.stringify(first.tables) === JSON.stringify(again.tables) && JSON.stringify(first.tables) === JSON.stringify(fromCache.tables);
rmSync(cachedOut, { recursive: true, force: true });

const scale = Number(args.scale);
if (scale > 1) {
  const big = join(scratch, 'scaled');
  scaleCorpus(files, args.corpus, big, scale);
  results.push(runNewsframe(`newsframe ${scale}x corpus, ${workers} workers`, big, workers, bytes * scale));
  rmSync(big, { recursive: true, force: true });
  if (args.renamed) {
    const renamed = join(scratch, 'renamed');
    scaleCorpus(files, args.corpus, renamed, scale, true);
    results.push(runNewsframe(`newsframe ${scale}x corpus with renamed names, ${workers} workers`, renamed, workers, bytes * scale));
    rmSync(renamed, { recursive: true, force: true });
  }
}

if (!args['no-peers']) {
  results.push(runPeer('compromise 14 (people, places, organizations)', `
    const nlp = (await import('compromise')).default;
    const run = (t) => { const d = nlp(t); return d.people().length + d.places().length + d.organizations().length; };`));
  results.push(runPeer('wink-nlp (readDoc + entities)', `
    const winkNLP = (await import('wink-nlp')).default;
    const model = (await import('wink-eng-lite-web-model')).default;
    const nlp = winkNLP(model);
    const run = (t) => nlp.readDoc(t).entities().length();`));
}
rmSync(scratch, { recursive: true, force: true });

const main = results[0];
const ratio = (name: string) => {
  const m = results.find((r) => r.name.startsWith(name));
  return m ? main.articlesPerSec / m.articlesPerSec : null;
};
const scaled = results.find((r) => r.name.includes('x corpus'));
const one = results.find((r) => r.name === 'newsframe, 1 worker');
const summary = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memGb: Math.round(totalmem() / 2 ** 30), node: process.version },
  corpus: { files: files.length, mb: bytes / 1e6 },
  results: results.map(({ tables: _, ...r }) => r),
  ratios: {
    vsCompromise: ratio('compromise'),
    vsWink: ratio('wink-nlp'),
    workersSpeedup: one ? main.articlesPerSec / one.articlesPerSec : null,
    scaledVsOne: scaled ? scaled.articlesPerSec / main.articlesPerSec : null,
    rerunVsFirst: again.seconds / first.seconds,
    rerunFromCacheVsFirst: fromCache.seconds / first.seconds,
  },
  rerunWritesSameTables: sameTables,
};
mkdirSync(resolve(args.out, '..'), { recursive: true });
writeFileSync(args.out, JSON.stringify(summary, null, 2) + '\n');

const fmt = (n: number | null, d = 1) => (n == null ? '' : n.toFixed(d));
console.log('\n| run | articles | seconds | articles/s | MB/s | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) console.log(`| ${r.name} | ${r.articles} | ${fmt(r.seconds, 2)} | ${fmt(r.articlesPerSec, 0)} | ${fmt(r.mbPerSec, 2)} | ${r.peakRssMb ?? ''} |`);
console.log(`\nratios: ${fmt(summary.ratios.vsCompromise, 2)}x compromise, ${fmt(summary.ratios.vsWink, 2)}x wink-nlp, ` +
  `${workers} workers ${fmt(summary.ratios.workersSpeedup, 2)}x one worker, ${scale}x corpus at ${fmt(summary.ratios.scaledVsOne, 2)}x the 1x rate`);
console.log(`unchanged re-run: ${fmt(100 * summary.ratios.rerunVsFirst, 1)}% of the first run's time; into an empty folder from the cache: ` +
  `${fmt(100 * summary.ratios.rerunFromCacheVsFirst, 1)}%; tables ${sameTables ? 'identical' : 'DIFFERENT'}`);
console.log(`written to ${relative(ROOT, args.out)}`);
