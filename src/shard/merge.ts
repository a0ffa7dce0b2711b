/**
 * `newsframe merge`: the shards' parts combined into the tables one run over the whole input writes,
 * in the same row order (the discovery order of the input files), with what spans articles computed
 * again over all of them: articles.duplicate_of, the entities table (from the merged mentions,
 * through EntityIndex, as a run builds it), the counts, the manifest and the report.
 *
 * Row order: each shard's part lists its files' rows in discovery order, and each shard's manifest
 * gives every file's position in the discovery order of the whole input, so the parts are merged like
 * sorted lists, on the position of each row's file (source_path, or the article's file via article_id).
 * Columns come from the table schemas; the merge names only those keys.
 *
 * The merged folder is written beside the output folder and swapped in as a run's is; when the shards
 * live in the output folder, their parts and manifests are carried into the new folder (hard links).
 */
import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { PipelineConfig } from '../config.ts';
import { UsageError } from '../errors.ts';
import { pipelineFingerprint } from '../cache.ts';
import { TABLES, type EntityRow, type MentionRow, type TableName } from '../schema/tables.ts';
import { TableSink, type Format } from '../export/table-sink.ts';
import { EntityIndex } from '../export/entity-index.ts';
import { writeManifest, type RunCounts } from '../export/manifest.ts';
import { writeSchemaFiles } from '../docs/schema-files.ts';
import { recoverPreviousOutput, swapInto, tmpDirFor, writeReportOrWarn, type RunSummary } from '../run.ts';
import { MANIFEST_DIR, partPath, type ShardManifest } from './layout.ts';
import { checkShards } from './check-shards.ts';
import { settingsOf } from './run-shard.ts';
import { readPart, type Row } from './read-part.ts';

export { MergeRefused } from './check-shards.ts';

export interface MergeOptions {
  /** Where the merged tables go (replaced as a whole, like a run's output). */
  outputDir: string;
  /** Where the shards wrote their parts; the output folder when not given. */
  shardsDir?: string;
  formats: Format[];
}

export interface MergeSummary extends RunSummary {
  shards: number;
  /** Seconds the merge itself took (RunSummary.seconds spans the earliest shard's start to the merge's end). */
  mergeSeconds: number;
}

interface Cursor {
  it: AsyncIterator<Row[]>;
  rows: Row[];
  i: number;
  key: number;
}

/** Moves a cursor to its next row; false once its stream is done. */
async function refill(c: Cursor, key: (r: Row) => number): Promise<boolean> {
  while (c.i >= c.rows.length) {
    const next = await c.it.next();
    if (next.done) return false;
    c.rows = next.value;
    c.i = 0;
  }
  const k = key(c.rows[c.i]);
  if (k < c.key) throw new Error('a shard part is not in input order; re-run that shard');
  c.key = k;
  return true;
}

/**
 * Merges streams whose rows are each in non-decreasing `key` order into one stream in key order.
 * Rows of one key come from one stream (a file belongs to one shard) and keep their order.
 * Yields runs of rows: the smallest head's rows up to the next head's key.
 */
export async function* mergeByKey(streams: AsyncIterable<Row[]>[], key: (r: Row) => number): AsyncGenerator<Row[]> {
  let live: Cursor[] = [];
  for (const s of streams) {
    const c: Cursor = { it: s[Symbol.asyncIterator](), rows: [], i: 0, key: -Infinity };
    if (await refill(c, key)) live.push(c);
  }
  while (live.length) {
    let min = live[0];
    for (const c of live) if (c.key < min.key) min = c;
    let bound = Infinity;
    for (const c of live) if (c !== min && c.key < bound) bound = c.key;
    const out: Row[] = [];
    let more: boolean;
    do {
      out.push(min.rows[min.i++]);
      more = await refill(min, key);
      if (out.length >= 10_000 && more) yield out.splice(0);
    } while (more && min.key < bound);
    if (out.length) yield out;
    if (!more) live = live.filter((c) => c !== min);
  }
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
    const sinks = new Map<TableName, TableSink>(
      TABLES.map((t) => [t.name, new TableSink(t, tmpDir, opts.formats, config.process.batchRows, config.export.csvFormulaGuard)]),
    );
    const articleFile = new Map<string, number>();
    const firstWithContent = new Map<string, string>();
    const entityIndex = new EntityIndex();
    const fileOf = (path: unknown) => {
      const p = position.get(path as string);
      if (p === undefined) throw new Error(`a shard part names the file "${String(path)}", which no shard manifest lists; re-run the shards`);
      return p;
    };
    const articleOf = (id: unknown) => {
      const p = articleFile.get(id as string);
      if (p === undefined) throw new Error(`a shard part names the article "${String(id)}", which no shard's articles table has; re-run the shards`);
      return p;
    };

    // Articles first: the other tables find their rows' files through article_id.
    for (const table of TABLES) {
      if (table.name === 'entities') continue; // computed again from the merged mentions below
      const cols = new Set(table.columns.map((c) => c.name));
      const key = cols.has('source_path') ? (r: Row) => fileOf(r.source_path) : (r: Row) => articleOf(r.article_id);
      if (!cols.has('source_path') && !cols.has('article_id')) throw new Error(`table ${table.name}: no source_path or article_id column to order its rows by`);
      const parts = shards.map((s) => readPart(table, partPath(shardsDir, table.name, s.shard.index)));
      const sink = sinks.get(table.name)!;
      for await (const rows of mergeByKey(parts, key)) {
        if (table.name === 'articles') {
          for (const a of rows) {
            const id = a.article_id as string;
            articleFile.set(id, fileOf(a.source_path));
            // As in a run: the earliest article (in input order) with the same text.
            const first = firstWithContent.get(a.content_sha256 as string);
            a.duplicate_of = first ?? null;
            if (!first) firstWithContent.set(a.content_sha256 as string, id);
          }
        }
        if (table.name === 'mentions') entityIndex.add(rows as MentionRow[]);
        sink.add(rows);
      }
    }
    sinks.get('entities')!.add(entityIndex.rows() satisfies EntityRow[]);
    for (const s of sinks.values()) await s.close();

    const rows = Object.fromEntries([...sinks].map(([n, s]) => [n, s.rowCount])) as Record<TableName, number>;
    const counts = sumCounts(shards);
    const errorsByCode: Record<string, number> = {};
    for (const s of shards) for (const [code, n] of Object.entries(s.errors_by_code)) errorsByCode[code] = (errorsByCode[code] ?? 0) + n;
    const started = new Date(Math.min(...shards.map((s) => Date.parse(s.started_at))));
    const finished = new Date();
    writeSchemaFiles(tmpDir);
    await writeReportOrWarn(tmpDir, { started, finished, counts, rows, errorsByCode });
    writeManifest(tmpDir, {
      config, configPath: shards[0].config_path, inputDir: String(shards[0].input), formats: opts.formats,
      workers: Math.max(...shards.map((s) => s.workers)), started, finished, counts, rows, errorsByCode,
    });
    const manifestFile = join(tmpDir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
    manifest.merged_from = {
      shard_count: shards.length,
      merge_started_at: mergeStarted.toISOString(),
      merge_seconds: (finished.getTime() - mergeStarted.getTime()) / 1000,
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
      counts, rows, errorsByCode, outputDir, shards: shards.length,
      seconds: (finished.getTime() - started.getTime()) / 1000,
      mergeSeconds: (finished.getTime() - mergeStarted.getTime()) / 1000,
    };
  } catch (err) {
    rmSync(tmpDir, { recursive: true, force: true });
    throw err;
  }
}
