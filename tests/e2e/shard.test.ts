/**
 * Sharded runs and merge over the bundled input/ plus a copy of one of its articles that lands in
 * another shard (so an entity and a duplicate text span shards): one run, the same input as 1 shard + merge and as
 * 3 shards + merge (one shard and the merge through the real CLI, with the variables a Kubernetes
 * Indexed Job sets), and the merged tables compared with the single run's: byte-identical CSV, equal
 * row sets in Parquet (read back with DuckDB), the same entity ids and counts. Then the refusals.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { copyFileSync, cpSync, existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { ROOT, sql, tempDir } from '../helpers/cli.ts';
import { TABLES } from '../../src/schema/tables.ts';
import { defaultConfig, type PipelineConfig } from '../../src/config.ts';
import { runPipeline } from '../../src/run.ts';
import { runShard } from '../../src/shard/run-shard.ts';
import { mergeShards, MergeRefused } from '../../src/shard/merge.ts';
import { shardOf, shardSpec } from '../../src/shard/select.ts';
import { manifestPath, partPath } from '../../src/shard/layout.ts';
import { main } from '../../src/main.ts';

const base = tempDir('newsframe-shard-');
const INPUT = join(base, 'input');
cpSync(join(ROOT, 'input'), INPUT, { recursive: true });
// a.md sorts first and hashes to shard 0 of 3; the original is in shard 1.
copyFileSync(join(INPUT, 'world/election-results.md'), join(INPUT, 'a.md'));
const single = join(base, 'single');
const one = join(base, 'one');
const three = join(base, 'three');
const config = defaultConfig();
const common = { inputDir: INPUT, config, configPath: null, concurrency: 1, cacheDir: null };
let cliShard: ReturnType<typeof spawnSync>;
let cliMerge: ReturnType<typeof spawnSync>;

/** The CLI in a child process with extra environment variables. */
function cli(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli.ts'), ...args, '--quiet'], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env }, timeout: 300_000,
  });
}

/** main() in this process, with its output captured. */
async function mainCaptured(args: string[]) {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  try {
    return { status: await main(args), stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

/** A copy of the 3-shard folder (parts and manifests only) to break. */
function copyOfShards(): string {
  const dir = join(tempDir('newsframe-shard-bad-'), 'out');
  for (const name of [...TABLES.map((t) => t.name), '_manifests']) cpSync(join(three, name), join(dir, name), { recursive: true });
  return dir;
}

const refusal = async (dir: string) => {
  const err = await mergeShards({ outputDir: dir, formats: ['csv'] }).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(MergeRefused);
  return (err as Error).message;
};

beforeAll(async () => {
  await runPipeline({ ...common, outputDir: single, formats: ['csv', 'arrow', 'parquet'] });
  await runShard({ ...common, outputDir: one, shard: { index: 0, count: 1 } });
  await mergeShards({ outputDir: one, formats: ['csv', 'arrow', 'parquet'] });
  await runShard({ ...common, outputDir: three, shard: { index: 0, count: 3 } });
  await runShard({ ...common, outputDir: three, shard: { index: 2, count: 3 } });
  cliShard = cli(['--input', INPUT, '--output', three, '--no-cache'], { JOB_COMPLETION_INDEX: '1', NEWSFRAME_SHARD_COUNT: '3' });
  cliMerge = cli(['merge', '--output', three]);
});

describe('a sharded run over input/', () => {
  it('runs a shard and the merge through the command line', () => {
    expect(cliShard.status, String(cliShard.stderr)).toBe(0);
    expect(cliMerge.status, String(cliMerge.stderr)).toBe(0);
  });

  it('gives each shard the files whose path hashes to it, every file to exactly one shard', () => {
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      const m = JSON.parse(readFileSync(manifestPath(three, i), 'utf8'));
      expect(m.shard).toEqual({ index: i, count: 3 });
      for (const f of m.files) expect(shardOf(f.path, 3), f.path).toBe(i);
      seen.push(...m.files.map((f: { path: string }) => f.path));
      expect(m.counts.files).toBe(m.files.length);
    }
    const all = JSON.parse(readFileSync(manifestPath(one, 0), 'utf8')).files.map((f: { path: string }) => f.path);
    expect(seen.sort()).toEqual([...all].sort());
    // The sample is small, but every shard has a share of it.
    for (let i = 0; i < 3; i++) expect(JSON.parse(readFileSync(manifestPath(three, i), 'utf8')).files.length).toBeGreaterThan(0);
  });

  it('writes hive-partitioned Parquet parts that DuckDB reads as one table with a shard column', async () => {
    const rows = await sql<{ shard: number; n: number }>(
      `select shard::INT as shard, count(*)::INT as n from read_parquet('${three}/articles/*/*.parquet', hive_partitioning = true) group by 1 order by 1`,
    );
    const manifests = [0, 1, 2].map((i) => JSON.parse(readFileSync(manifestPath(three, i), 'utf8')));
    expect(rows.reduce((n, r) => n + r.n, 0)).toBe(10);
    for (const r of rows) expect(r.n).toBe(manifests[r.shard].counts.articles);
  });

  for (const [label, dir] of [['1 shard', one], ['3 shards', three]] as const) {
    describe(`merged from ${label}`, () => {
      it('writes every table byte-identical to the single run in CSV', () => {
        for (const t of TABLES) {
          expect(readFileSync(join(dir, `${t.name}.csv`), 'utf8'), t.name).toBe(readFileSync(join(single, `${t.name}.csv`), 'utf8'));
        }
      });

      it('has the same rows in Parquet and Arrow, the same entity ids and counts', async () => {
        for (const t of TABLES) {
          const [a, b] = [`'${join(single, t.name)}.parquet'`, `'${join(dir, t.name)}.parquet'`];
          const [diff] = await sql<{ n: number }>(
            `select count(*)::INT as n from ((select * from ${a} except all select * from ${b}) union all (select * from ${b} except all select * from ${a}))`,
          );
          expect(diff.n, t.name).toBe(0);
          const [n] = await sql<{ n: number }>(`select count(*)::INT as n from ${b}`);
          expect(tableFromIPC(readFileSync(join(dir, `${t.name}.arrow`))).numRows, t.name).toBe(n.n);
        }
        const entities = (d: string) => sql<{ entity_id: string; canonical_name: string; mention_count: number; article_count: number }>(
          `select entity_id, canonical_name, mention_count, article_count from '${d}/entities.parquet'`,
        );
        expect(await entities(dir)).toEqual(await entities(single));
      });

      it('writes the manifest with the single run’s counts and rows, the report and the data dictionary', () => {
        const [m, s] = [dir, single].map((d) => JSON.parse(readFileSync(join(d, 'manifest.json'), 'utf8')));
        expect(m.rows).toEqual(s.rows);
        expect(m.counts).toEqual(s.counts);
        expect(m.errors_by_code).toEqual(s.errors_by_code);
        expect(m.merged_from.shard_count).toBe(label === '1 shard' ? 1 : 3);
        for (const f of ['report.html', 'SCHEMA.md', 'schema.json']) expect(existsSync(join(dir, f)), f).toBe(true);
        expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('Iran');
      });
    });
  }

  it('recomputes what spans articles: entities counted over shards, duplicates found across them', async () => {
    expect([shardOf('a.md', 3), shardOf('world/election-results.md', 3)]).toEqual([0, 1]);
    const dup = `select a.duplicate_of = b.article_id as same from %s a, %s b
      where a.source_path = 'world/election-results.md' and b.source_path = 'a.md'`;
    const part = (i: number) => `'${partPath(three, 'articles', i)}'`;
    expect(await sql(dup.replace('%s', `'${three}/articles.parquet'`).replace('%s', `'${three}/articles.parquet'`))).toEqual([{ same: true }]);
    expect(await sql(dup.replace('%s', part(1)).replace('%s', part(0)))).toEqual([{ same: null }]);
    // Entities whose mentions come from articles of more than one shard: their counts exist only after the merge.
    const spanning = await sql<{ n: number }>(`
      select count(*)::INT as n from (
        select m.entity_id from read_parquet('${three}/mentions/*/*.parquet', hive_partitioning = true) m
        where m.entity_id is not null group by 1 having count(distinct m.shard) > 1)`);
    expect(spanning[0].n).toBeGreaterThan(0);
    const [parts] = await sql<{ n: number }>(`select count(*)::INT as n from read_parquet('${three}/entities/*/*.parquet')`);
    const [merged] = await sql<{ n: number }>(`select count(*)::INT as n from '${three}/entities.parquet'`);
    expect(parts.n).toBeGreaterThan(merged.n);
  });

  it('keeps the shards’ parts beside the merged tables, so a shard can be re-run and merged again', async () => {
    const dir = copyOfShards();
    await mergeShards({ outputDir: dir, formats: ['csv'] });
    const before = (i: number) => statSync(partPath(dir, 'articles', i)).ino;
    const [ino1, ino2] = [before(1), before(2)];
    const manifest0 = readFileSync(manifestPath(dir, 0), 'utf8');
    await runShard({ ...common, outputDir: dir, shard: { index: 0, count: 3 } });
    expect([before(1), before(2)]).toEqual([ino1, ino2]);
    expect(readFileSync(manifestPath(dir, 0), 'utf8')).not.toBe(manifest0); // new times: the part was replaced
    await mergeShards({ outputDir: dir, formats: ['csv'] });
    expect(readFileSync(join(dir, 'mentions.csv'), 'utf8')).toBe(readFileSync(join(single, 'mentions.csv'), 'utf8'));
    expect(readdirSync(join(dir, '..')).filter((n) => n.includes('.tmp-') || n.endsWith('.old'))).toEqual([]);
  });
});

describe('a shard that fails', () => {
  it('while putting its parts in place leaves itself unfinished, named by merge, and its retry completes it', async () => {
    const dir = copyOfShards();
    const others = [0, 2].map((i) => readFileSync(manifestPath(dir, i), 'utf8'));
    // A file where the sentences part's folder should be: the rename of that part fails.
    rmSync(join(dir, 'sentences', 'shard=1'), { recursive: true });
    writeFileSync(join(dir, 'sentences', 'shard=1'), '');
    await expect(runShard({ ...common, outputDir: dir, shard: { index: 1, count: 3 } })).rejects.toThrow();
    expect(existsSync(manifestPath(dir, 1))).toBe(false);
    expect([0, 2].map((i) => readFileSync(manifestPath(dir, i), 'utf8'))).toEqual(others);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]); // no temporary folder left
    expect(await refusal(dir)).toMatch(/missing shard 1 of 3 .*shard 1 has parts but no manifest/);
    rmSync(join(dir, 'sentences', 'shard=1'));
    await runShard({ ...common, outputDir: dir, shard: { index: 1, count: 3 } });
    await mergeShards({ outputDir: dir, formats: ['csv'] });
    expect(readFileSync(join(dir, 'sentences.csv'), 'utf8')).toBe(readFileSync(join(single, 'sentences.csv'), 'utf8'));
  });
});

describe('merge refuses', () => {
  it('names the missing shards, and those with parts but no manifest', async () => {
    const dir = copyOfShards();
    rmSync(manifestPath(dir, 1));
    const message = await refusal(dir);
    expect(message).toMatch(/missing shard 1 of 3/);
    expect(message).toMatch(/shard 1 has parts but no manifest/);
    rmSync(manifestPath(dir, 2));
    rmSync(join(dir, 'articles', 'shard=2'), { recursive: true });
    expect(await refusal(dir)).toMatch(/missing shards 1, 2 of 3/);
  });

  it('shards made with different configs, naming them (exit code 3 on the command line)', async () => {
    const dir = copyOfShards();
    const other: PipelineConfig = { ...config, stages: { ...config.stages, quotes: false } };
    const cfg = join(dir, '..', 'no-quotes.json');
    writeFileSync(cfg, JSON.stringify({ stages: { quotes: false } }));
    await runShard({ ...common, config: other, configPath: cfg, outputDir: dir, shard: { index: 0, count: 3 } });
    const r = await mainCaptured(['merge', '--output', dir]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/refused: the shards were made with different configs: .*no-quotes\.json.*\(shard 0\).*\(shards 1, 2\)/);
    expect(existsSync(join(dir, 'articles.csv'))).toBe(false);
  });

  it('shards made by different versions, or with different shard counts', async () => {
    const dir = copyOfShards();
    const path = manifestPath(dir, 2);
    const m = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...m, version: '0.0.1' }));
    expect(await refusal(dir)).toMatch(/different newsframe versions: newsframe \d+\.\d+\.\d+ \(shards 0, 1\); newsframe 0\.0\.1 \(shard 2\)/);
    writeFileSync(path, JSON.stringify({ ...m, shard: { index: 2, count: 4 } }));
    expect(await refusal(dir)).toMatch(/different shard counts/);
  });

  it('a part that is not the one its manifest describes', async () => {
    const dir = copyOfShards();
    rmSync(partPath(dir, 'quotes', 2));
    renameSync(partPath(dir, 'quotes', 1), partPath(dir, 'quotes', 2));
    expect(await refusal(dir)).toMatch(/shard=1\/part-0\.parquet is missing: re-run shard 1/);
  });

  it('a folder with no shards', async () => {
    expect(await refusal(single)).toMatch(/no finished shards/);
  });
});

describe('shard options', () => {
  it('reads the flags, else the variables of a Kubernetes Indexed Job', () => {
    expect(shardSpec({ index: '2', count: '4' }, {})).toEqual({ index: 2, count: 4 });
    expect(shardSpec({}, { JOB_COMPLETION_INDEX: '1', NEWSFRAME_SHARD_COUNT: '3' })).toEqual({ index: 1, count: 3 });
    expect(shardSpec({ index: '0' }, { JOB_COMPLETION_INDEX: '1', NEWSFRAME_SHARD_COUNT: '3' })).toEqual({ index: 0, count: 3 });
    expect(shardSpec({}, {})).toBeNull();
  });

  it('exits 2 naming the option or variable that is wrong or missing', async () => {
    const cases: [string[], RegExp, Record<string, string>?][] = [
      [['--shard-index', '3', '--shard-count', '3'], /--shard-index: 3 is not below the shard count 3/],
      [['--shard-index=-1', '--shard-count', '3'], /--shard-index: "-1" is not a whole number/],
      [['--shard-index', '0', '--shard-count', 'two'], /--shard-count: "two" is not a whole number/],
      [['--shard-index', '0'], /--shard-index is set but no shard count: give --shard-count N \(or set NEWSFRAME_SHARD_COUNT\)/],
      [[], /JOB_COMPLETION_INDEX is set but no shard count/, { JOB_COMPLETION_INDEX: '0' }],
      [[], /NEWSFRAME_SHARD_COUNT: "0" is not a whole number from 1/, { JOB_COMPLETION_INDEX: '0', NEWSFRAME_SHARD_COUNT: '0' }],
      [['--shard-index', '0', '--shard-count', '2', '--formats', 'csv'], /--formats: a shard writes Parquet parts only/],
      [['merge', '--formats', 'xlsx'], /--formats: unknown format "xlsx"/],
      [['merge', '--shards', join(base, 'nowhere')], /--shards: ".*nowhere" is not a folder/],
      [['merge', '--shards', join(base, 'unused', 'parts')], /--shards: ".*parts" must not be inside --output/],
    ];
    for (const [args, message, env = {}] of cases) {
      for (const [k, v] of Object.entries(env)) vi.stubEnv(k, v);
      const r = await mainCaptured([...args, '--output', join(base, 'unused')]);
      vi.unstubAllEnvs();
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('spreads paths evenly and stably over the shards', () => {
    const n = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i++) n[shardOf(`bbc/business/${String(i).padStart(3, '0')}.txt`, 4)]++;
    for (const k of n) expect(k).toBeGreaterThan(850);
    // Pinned: a different hash would put files of a re-run shard in other shards than before.
    expect(['a.txt', 'b/c.md', 'iran-negotiations.txt'].map((p) => shardOf(p, 1000))).toEqual([249, 342, 20]);
  });
});
