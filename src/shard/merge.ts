/**
 * `newsframe merge`: the shards' parts combined into the tables one run over the whole input writes,
 * in the same row order (the discovery order of the input files), with what spans articles computed
 * again over all of them: articles.duplicate_of, the entities table (from the merged mentions,
 * through EntityIndex, as a run builds it), the counts, the manifest and the report.
 *
 * Row order: each shard's part lists its files' rows in discovery order, and each shard's manifest
 * gives every file's position in the discovery order of the whole input, so the parts are merged like
 * sorted lists, on the position of each row's file (source_path, or the article's file via article_id).
 * Columns come from the table schemas; the merge names only those keys. The articles table is merged
 * first (it maps article ids to files and finds duplicates), then the other tables side by side in
 * worker threads (merge-table.ts), one table per thread at a time.
 *
 * The merged folder is written beside the output folder and swapped in as a run's is; when the shards
 * live in the output folder, their parts and manifests are carried into the new folder (hard links).
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PipelineConfig } from '../config.ts';
import { UsageError } from '../errors.ts';
import { pipelineFingerprint } from '../cache.ts';
import { TABLES, type EntityRow, type TableName } from '../schema/tables.ts';
import { TableSink, type Format } from '../export/table-sink.ts';
import { EntityIndex } from '../export/entity-index.ts';
import { writeManifest, type RunCounts } from '../export/manifest.ts';
import { writeSchemaFiles } from '../docs/schema-files.ts';
import { recoverPreviousOutput, swapInto, tmpDirFor, writeReportOrWarn, type RunSummary } from '../run.ts';
import { MANIFEST_DIR, partPath, type ShardManifest } from './layout.ts';

/** Set by the bundler (bin/bundle.mjs) to the bundled merge worker; from sources, the tsx bootstrap. */
declare const __NEWSFRAME_MERGE_WORKER__: string | undefined;
const MERGE_WORKER_URL = new URL(
  typeof __NEWSFRAME_MERGE_WORKER__ === 'string' ? __NEWSFRAME_MERGE_WORKER__ : new URL('./merge-worker-entry.mjs', import.meta.url),
);
import { checkShards } from './check-shards.ts';
import { settingsOf } from './run-shard.ts';
import { mergeTable, type Positions, type TableJob, type TableJobResult } from './merge-table.ts';

export { MergeRefused } from './check-shards.ts';

export interface MergeOptions {
  /** Where the merged tables go (replaced as a whole, like a run's output). */
  outputDir: string;
  /** Where the shards wrote their parts; the output folder when not given. */
  shardsDir?: string;
  formats: Format[];
  /** Worker threads writing tables side by side (default: CPU cores). */
  workers?: number;
}

export interface MergeSummary extends RunSummary {
  shards: number;
  /** Seconds the merge itself took (RunSummary.seconds spans the earliest shard's start to the merge's end). */
  mergeSeconds: number;
}

/** Runs table jobs on `n` worker threads (each gets the positions once); results in job order. */
async function inWorkers(jobs: TableJob[], positions: Positions, n: number): Promise<TableJobResult[]> {
  const results: TableJobResult[] = new Array(jobs.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, n) }, () => new Worker(MERGE_WORKER_URL, { workerData: positions }));
  const call = (w: Worker, job: TableJob) => new Promise<TableJobResult>((resolve, reject) => {
    const done = () => w.off('message', onMessage).off('error', reject).off('exit', onExit);
    const onMessage = (m: { ok: true; result: TableJobResult } | { ok: false; error: string }) => {
      done();
      if (m.ok) resolve(m.result);
      else reject(new Error(`merging ${job.table}: ${m.error}`));
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`merging ${job.table}: the worker thread exited with code ${code}`));
    };
    w.on('message', onMessage).on('error', reject).on('exit', onExit);
    w.postMessage(job);
  });
  try {
    await Promise.all(workers.map(async (w) => {
      while (next < jobs.length) {
        const i = next++;
        results[i] = await call(w, jobs[i]);
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}

function sumCounts(shards: ShardManifest[]): RunCounts {
  const c: RunCounts = { files: 0, articleFiles: 0, skippedFiles: 0, articles: 0, errorRows: 0, warningRows: 0, cacheHits: 0 };
  for (const { counts: s } of shards) {
    c.files += s.files;
    c.articleFiles += s.article_files;
    c.skippedFiles += s.skipped_files;
    c.articles += s.articles;
    c.errorRows += s.error_rows;
    c.warningRows += s.warning_rows;
    c.cacheHits += s.cache_hits;
  }
  return c;
}

/** Links (or, across file systems, copies) a folder tree. */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.name.startsWith('.')) continue;
    const [a, b] = [join(from, e.name), join(to, e.name)];
    if (e.isDirectory()) linkTree(a, b);
    else {
      try {
        linkSync(a, b);
      } catch {
        copyFileSync(a, b);
      }
    }
  }
}

/** Merges the shards in `shardsDir` into the tables of one run, written to `outputDir`. */
export async function mergeShards(opts: MergeOptions): Promise<MergeSummary> {
  const mergeStarted = new Date();
  const outputDir = resolve(opts.outputDir);
  const shardsDir = resolve(opts.shardsDir ?? opts.outputDir);
  if (shardsDir.startsWith(outputDir + '/')) {
    throw new UsageError(`--shards: "${opts.shardsDir}" must not be inside --output "${opts.outputDir}", which the merge replaces`);
  }
  if (!existsSync(shardsDir) || !statSync(shardsDir).isDirectory()) {
    throw new UsageError(`${opts.shardsDir ? '--shards' : '--output'}: "${opts.shardsDir ?? opts.outputDir}" is not a folder`);
  }
  recoverPreviousOutput(outputDir);
  const shards = checkShards(shardsDir, (c) => pipelineFingerprint(settingsOf(c as PipelineConfig)));
  const config = shards[0].config as PipelineConfig;
  const position = new Map<string, number>();
  for (const s of shards) for (const f of s.files) position.set(f.path, f.position);

  const tmpDir = tmpDirFor(outputDir);
  mkdirSync(tmpDir, { recursive: true });
  try {
    const job = (table: TableName): TableJob => ({
      table, parts: shards.map((s) => partPath(shardsDir, table, s.shard.index)), dir: tmpDir, formats: opts.formats,
      batchRows: config.process.batchRows, csvFormulaGuard: config.export.csvFormulaGuard, parquetCompression: config.export.parquetCompression,
    });
    const positions: Positions = { file: position, article: new Map() };

    // Articles first, here: the other tables find their rows' files through article_id.
    const firstWithContent = new Map<string, string>();
    const rows = {} as Record<TableName, number>;
    rows.articles = (await mergeTable(job('articles'), positions, (articles) => {
      for (const a of articles) {
        const id = a.article_id as string;
        positions.article.set(id, position.get(a.source_path as string)!);
        // As in a run: the earliest article (in input order) with the same text.
        const first = firstWithContent.get(a.content_sha256 as string);
        a.duplicate_of = first ?? null;
        if (!first) firstWithContent.set(a.content_sha256 as string, id);
      }
    })).rows;
    firstWithContent.clear();

    // The other tables side by side in worker threads, the largest first; entities from the merged mentions.
    const others = TABLES.map((t) => t.name).filter((t) => t !== 'articles' && t !== 'entities')
      .map((t) => ({ t, bytes: job(t).parts.reduce((n, p) => n + statSync(p).size, 0) }))
      .sort((a, b) => b.bytes - a.bytes).map(({ t }) => t);
    const results = await inWorkers(others.map(job), positions, Math.min(others.length, opts.workers ?? availableParallelism()));
    others.forEach((t, i) => (rows[t] = results[i].rows));
    const entityIndex = new EntityIndex();
    entityIndex.merge(results[others.indexOf('mentions')].entities ?? new Map());
    const entities = new TableSink(TABLES.find((t) => t.name === 'entities')!, tmpDir, opts.formats, config.process.batchRows, config.export.csvFormulaGuard, { parquetCompression: config.export.parquetCompression });
    entities.add(entityIndex.rows() satisfies EntityRow[]);
    await entities.close();
    rows.entities = entities.rowCount;

    const tableRows = Object.fromEntries(TABLES.map((t) => [t.name, rows[t.name]])) as Record<TableName, number>;
    const counts = sumCounts(shards);
    const errorsByCode: Record<string, number> = {};
    for (const s of shards) for (const [code, n] of Object.entries(s.errors_by_code)) errorsByCode[code] = (errorsByCode[code] ?? 0) + n;
    const started = new Date(Math.min(...shards.map((s) => Date.parse(s.started_at))));
    const finished = new Date();
    writeSchemaFiles(tmpDir);
    await writeReportOrWarn(tmpDir, { started, finished, counts, rows: tableRows, errorsByCode });
    const mergeEnd = new Date(); // the manifest's own hashing aside
    writeManifest(tmpDir, {
      config, configPath: shards[0].config_path, inputDir: String(shards[0].input), formats: opts.formats,
      workers: Math.max(...shards.map((s) => s.workers)), started, finished, counts, rows: tableRows, errorsByCode,
    });
    const manifestFile = join(tmpDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.merged_from = {
      shard_count: shards.length,
      merge_started_at: mergeStarted.toISOString(),
      merge_seconds: (mergeEnd.getTime() - mergeStarted.getTime()) / 1000,
      shards: shards.map((s) => ({
        index: s.shard.index, started_at: s.started_at, finished_at: s.finished_at, files: s.counts.files, articles: s.counts.articles,
      })),
    };
    writeFileSync(manifestFile, JSON.stringify(manifest, null, 2) + '\n');

    // Shards that wrote into the output folder keep their parts there, so one shard can be re-run and merged again.
    if (shardsDir === outputDir) {
      for (const name of [...TABLES.map((t) => t.name), MANIFEST_DIR]) {
        if (existsSync(join(shardsDir, name))) linkTree(join(shardsDir, name), join(tmpDir, name));
      }
    }
    swapInto(tmpDir, outputDir);
    return {
      counts, rows: tableRows, errorsByCode, outputDir, shards: shards.length,
      seconds: (finished.getTime() - started.getTime()) / 1000,
      mergeSeconds: (mergeEnd.getTime() - mergeStarted.getTime()) / 1000,
    };
  } catch (err) {
    rmSync(tmpDir, { recursive: true, force: true });
    throw err;
  }
}
