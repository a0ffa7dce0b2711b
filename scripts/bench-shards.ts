/**
 * Sharded runs against one run: wall time of one run over a corpus, of N shards run one after
 * another plus the merge, and of the merge alone; then the same shards + merge over a 20x copy of the
 * corpus (2,225 files hard-linked 20 times under new names in a temporary folder, deleted afterwards).
 * Every step is the real CLI in a child process, as a scheduler would start it (so each step pays
 * Node and tsx start-up). Checks that the merged CSV tables equal the single run's.
 * Options: --corpus DIR (default /work/shared/data/corpus/bbc), --shards N (default 4), --scale N (default 20, 0 to skip)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listCorpusFiles, scaleCorpus } from './lib/corpus.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values: args } = parseArgs({
  options: {
    corpus: { type: 'string', default: '/work/shared/data/corpus/bbc' },
    shards: { type: 'string', default: '4' },
    scale: { type: 'string', default: '20' },
  },
});
const shards = Number(args.shards);
const scratch = mkdtempSync(join(tmpdir(), 'newsframe-bench-shards-'));

function cli(argv: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/newsframe.js'), ...argv, '--quiet'], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`newsframe ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(' ');
const round = (s: number) => Math.round(s * 10) / 10;

function sharded(input: string, out: string) {
  const shardSeconds: number[] = [];
  for (let i = 0; i < shards; i++) shardSeconds.push(cli(['--input', input, '--output', out, '--no-cache', '--shard-index', String(i), '--shard-count', String(shards)]));
  const merge = cli(['merge', '--output', out]);
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
  return {
    shards: shardSeconds.map(round), shardsTotal: round(shardSeconds.reduce((a, b) => a + b, 0)), merge: round(merge),
    mergeInProcess: manifest.merged_from.merge_seconds, total: round(shardSeconds.reduce((a, b) => a + b, 0) + merge),
    articles: manifest.counts.articles,
  };
}

const results: Record<string, unknown> = { date: new Date().toISOString(), corpus: args.corpus, shards };
console.log(`load before: ${load()}`);
const single = join(scratch, 'single');
const singleSeconds = cli(['--input', args.corpus, '--output', single, '--no-cache']);
results.single = { seconds: round(singleSeconds), load: load() };
console.log(`single run: ${singleSeconds.toFixed(1)} s (load ${load()})`);
const out = join(scratch, 'sharded');
results.sharded = { ...sharded(args.corpus, out), load: load() };
console.log(`${shards} shards + merge:`, results.sharded);
const same = readdirSync(single).filter((f) => f.endsWith('.csv')).every((f) => readFileSync(join(single, f)).equals(readFileSync(join(out, f))));
results.csvIdentical = same;
console.log(`merged CSV identical to the single run: ${same}`);
rmSync(single, { recursive: true, force: true });
rmSync(out, { recursive: true, force: true });

const scale = Number(args.scale);
if (scale > 1) {
  const files = listCorpusFiles(args.corpus);
  const big = join(scratch, 'scaled');
  scaleCorpus(files, args.corpus, big, scale);
  console.log(`${scale}x corpus: ${files.length * scale} files`);
  const outBig = join(scratch, 'sharded-big');
  results.scaled = { files: files.length * scale, ...sharded(big, outBig), load: load() };
  console.log(`${scale}x, ${shards} shards + merge:`, results.scaled);
}
rmSync(scratch, { recursive: true, force: true });
console.log(JSON.stringify(results, null, 2));
