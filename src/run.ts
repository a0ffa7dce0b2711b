/**
 * One run: discover input files, process them in batches (in worker threads), stream rows into
 * every table writer, then write the entities table and the manifest, and swap the finished
 * folder in place of the output folder. A failed or killed run leaves the previous output whole.
 */
import { availableParallelism } from 'node:os';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { PipelineConfig } from './config.ts';
import { UsageError } from './errors.ts';

export { UsageError };
import { createWorkerPool, type Pool } from './pool.ts';
import { discover, type DiscoveredFile } from './stages/load/discover.ts';
import { TABLES, type EntityRow, type TableName } from './schema/tables.ts';
import { TableSink, type Format } from './export/table-sink.ts';
import type { BatchResult } from './export/batch.ts';
import { EntityIndex } from './export/entity-index.ts';
import { writeManifest, type RunCounts } from './export/manifest.ts';
import type { FileHashes } from './export/hashed-file.ts';
import { pipelineFingerprint, pruneCache } from './cache.ts';
import { InputSignature, unchangedRun, writeStamp } from './unchanged.ts';
import { writeSchemaFiles } from './docs/schema-files.ts';
import { writeReport, type RunInfo } from './report/write-report.ts';

export interface RunOptions {
  inputDir: string;
  outputDir: string;
  config: PipelineConfig;
  configPath: string | null;
  formats: Format[];
  concurrency?: number;
  /** Folder of the incremental cache, or null for none. */
  cacheDir?: string | null;
  /** Called after each batch is written. */
  onProgress?: (counts: RunCounts) => void;
  /** Offered every discovered entry, in discovery order; only those it keeps are processed (a shard's share). */
  select?: (file: DiscoveredFile) => boolean;
  /**
   * Moves the finished temporary folder's files into place (a shard's parts, see src/shard/) instead of
   * swapping it for outputDir; no report is written. The temporary folder is removed afterwards.
   */
  publish?: (tmpDir: string) => void;
}

export interface RunSummary {
  counts: RunCounts;
  rows: Record<TableName, number>;
  errorsByCode: Record<string, number>;
  outputDir: string;
  seconds: number;
  /** Set for one shard of a sharded run (src/shard/): its parts are in outputDir, and there is no report. */
  shard?: { index: number; count: number };
  /** Set when nothing changed since the run that made outputDir (src/unchanged.ts): the output was kept as it was. */
  unchangedSince?: string;
}

const BATCH_FILES = 32;
const BATCH_BYTES = 2 * 1024 * 1024;


/** Runs the whole pipeline; throws UsageError for bad options, other errors for fatal failures. */
export async function runPipeline(opts: RunOptions): Promise<RunSummary> {
  const started = new Date();
  const inputDir = resolve(opts.inputDir);
  const outputDir = resolve(opts.outputDir);
  if (!existsSync(inputDir) || !statSync(inputDir).isDirectory()) {
    throw new UsageError(`--input: "${opts.inputDir}" is not a folder`);
  }
  if (outputDir === inputDir || inputDir.startsWith(outputDir + '/') || outputDir.startsWith(inputDir + '/')) {
    throw new UsageError(`--output: "${opts.outputDir}" must not be the input folder, inside it, or contain it`);
  }
  const workers = Math.max(1, opts.concurrency ?? availableParallelism());

  recoverPreviousOutput(outputDir);
  const cache = opts.cacheDir ? { root: resolve(opts.cacheDir), fingerprint: pipelineFingerprint(opts.config) } : null;
  // A whole run (not a shard) with a cache may find that nothing changed since it made outputDir.
  const stamped = cache && !opts.select && !opts.publish;
  if (stamped) {
    const last = await unchangedRun(cache.root, cache.fingerprint, inputDir, outputDir, opts.formats, opts.config);
    if (last) {
      opts.onProgress?.(last.counts);
      return {
        counts: last.counts, rows: last.rows as Record<TableName, number>, errorsByCode: last.errorsByCode, outputDir,
        seconds: (Date.now() - started.getTime()) / 1000, unchangedSince: last.finishedAt,
      };
    }
  }
  const tmpDir = tmpDirFor(outputDir);
  mkdirSync(tmpDir, { recursive: true });

  try {
    const hashes: FileHashes = new Map();
    const sinks = new Map<TableName, TableSink>(
      TABLES.map((t) => [t.name, new TableSink(t, tmpDir, opts.formats, opts.config.process.batchRows, opts.config.export.csvFormulaGuard, { parquetCompression: opts.config.export.parquetCompression, hashes })]),
    );
    const counts: RunCounts = { files: 0, articleFiles: 0, skippedFiles: 0, articles: 0, errorRows: 0, warningRows: 0, cacheHits: 0 };
    const errorsByCode: Record<string, number> = {};
    const firstWithContent = new Map<string, string>();
    const entityIndex = new EntityIndex();
    const encode = { formats: opts.formats, csvFormulaGuard: opts.config.export.csvFormulaGuard };
    const usedKeys = new Set<string>();
    const signature = new InputSignature();

    const onResult = (rows: BatchResult, files: DiscoveredFile[]) => {
      for (const a of rows.articles) {
        const first = firstWithContent.get(a.content_sha256);
        if (first) a.duplicate_of = first;
        else firstWithContent.set(a.content_sha256, a.article_id);
      }
      entityIndex.merge(rows.entities);
      for (const e of rows.errors) {
        errorsByCode[e.code] = (errorsByCode[e.code] ?? 0) + 1;
        if (e.severity === 'error') counts.errorRows++;
        else counts.warningRows++;
      }
      counts.files += files.length;
      for (const f of files) signature.addEntry(f);
      for (const k of rows.cacheKeys) {
        usedKeys.add(k);
        signature.addKey(k);
      }
      counts.cacheHits += rows.cacheHits;
      counts.articles += rows.articles.length;
      sinks.get('articles')!.add(rows.articles);
      sinks.get('errors')!.add(rows.errors);
      for (const [name, batch] of Object.entries(rows.encoded)) sinks.get(name as TableName)!.addEncoded(batch);
      opts.onProgress?.(counts);
    };

    // The pool starts once a second batch exists (or discovery ends), so a single small batch
    // gets one worker instead of one per core. Results are identical whatever the worker count.
    let pool: Pool | null = null;
    let held: DiscoveredFile[] | null = null;
    const submit = async (files: DiscoveredFile[]) => {
      if (!pool && !held) {
        held = files;
        return;
      }
      if (!pool) {
        pool = createWorkerPool(opts.config, encode, cache, workers, onResult);
        await pool.submit(held!);
      }
      await pool.submit(files);
    };
    let batch: DiscoveredFile[] = [];
    let batchBytes = 0;
    for await (const file of discover(inputDir, opts.config)) {
      if (opts.select && !opts.select(file)) continue;
      if (file.kind === 'article') counts.articleFiles++;
      else if (file.kind === 'skipped') counts.skippedFiles++;
      batch.push(file);
      batchBytes += file.kind === 'article' ? file.size : 0;
      if (batch.length >= BATCH_FILES || batchBytes >= BATCH_BYTES) {
        await submit(batch);
        batch = [];
        batchBytes = 0;
      }
    }
    if (batch.length) await submit(batch);
    if (!pool) {
      pool = createWorkerPool(opts.config, encode, cache, 1, onResult);
      if (held) await pool.submit(held);
    }
    await (pool as Pool).drain();

    for (const rows of entityIndex.drainRows(opts.config.process.batchRows)) sinks.get('entities')!.add(rows satisfies EntityRow[]);
    for (const s of sinks.values()) await s.close();

    const rows = Object.fromEntries([...sinks].map(([n, s]) => [n, s.rowCount])) as Record<TableName, number>;
    const finished = new Date();
    writeSchemaFiles(tmpDir);
    if (!opts.publish) await writeReportOrWarn(tmpDir, { started, finished, counts, rows, errorsByCode });
    writeManifest(tmpDir, {
      config: opts.config, configPath: opts.configPath, inputDir: opts.inputDir, formats: opts.formats,
      workers, started, finished, counts, rows, errorsByCode, hashes,
    });
    if (opts.publish) {
      opts.publish(tmpDir);
      rmSync(tmpDir, { recursive: true, force: true });
    } else {
      swapInto(tmpDir, outputDir);
      if (stamped) {
        writeStamp(cache.root, outputDir, {
          fingerprint: cache.fingerprint, inputDir, formats: opts.formats, input: signature.digest(),
          counts, rows, errorsByCode, finishedAt: finished.toISOString(),
        });
      }
    }
    // A shard used only its share of the cache: the other shards' entries are not stale.
    if (cache && !opts.select) pruneCache(cache.root, cache.fingerprint, usedKeys);
    return { counts, rows, errorsByCode, outputDir, seconds: (finished.getTime() - started.getTime()) / 1000 };
  } catch (err) {
    rmSync(tmpDir, { recursive: true, force: true });
    throw err;
  }
}

/** Writes report.html; the report is a view of the tables, so a failure in it must not cost the run. */
export async function writeReportOrWarn(dir: string, info: RunInfo): Promise<void> {
  try {
    await writeReport(dir, info);
  } catch (err) {
    process.stderr.write(`newsframe: warning: report.html not written: ${(err as Error).message}\n`);
  }
}

/** The temporary folder a run (or a merge) writes into before it swaps it in for outputDir. */
export const tmpDirFor = (outputDir: string) => join(dirname(outputDir), `.${basename(outputDir)}.tmp-${process.pid}-${Date.now()}`);

const oldName = (outputDir: string) => join(dirname(outputDir), `.${basename(outputDir)}.old`);

/** Replaces outputDir with the finished folder: two renames; the old copy is kept until the second succeeds. */
export function swapInto(tmpDir: string, outputDir: string): void {
  const old = oldName(outputDir);
  rmSync(old, { recursive: true, force: true });
  if (existsSync(outputDir)) renameSync(outputDir, old);
  renameSync(tmpDir, outputDir);
  rmSync(old, { recursive: true, force: true });
}

/** After a run killed between the two renames of swapInto, puts the previous output back; removes stale temp folders. */
export function recoverPreviousOutput(outputDir: string): void {
  const old = oldName(outputDir);
  if (!existsSync(outputDir) && existsSync(old)) renameSync(old, outputDir);
  const parent = dirname(outputDir);
  if (!existsSync(parent)) return;
  const prefix = `.${basename(outputDir)}.tmp-`;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split('-')[0]);
    if (!isAlive(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
