/** manifest.json: what ran, on what, and a sha256 of every output file so a run can be verified. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PipelineConfig } from '../config.ts';
import { VERSION } from '../version.ts';
import type { FileHashes } from './hashed-file.ts';

export interface RunCounts {
  /** Entries found under the input folder (articles, skipped and problem files). */
  files: number;
  articleFiles: number;
  skippedFiles: number;
  /** Articles written to the articles table. */
  articles: number;
  errorRows: number;
  warningRows: number;
  /** Article files whose rows came from the incremental cache. */
  cacheHits: number;
}

export function writeManifest(dir: string, info: {
  config: PipelineConfig; configPath: string | null; inputDir: string; formats: string[]; workers: number;
  started: Date; finished: Date; counts: RunCounts; rows: Record<string, number>; errorsByCode: Record<string, number>;
  /** Hashes already computed while the files were written (HashedFile); other files are read and hashed here. */
  hashes?: FileHashes;
}): void {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    files[name] = info.hashes?.get(name) ?? createHash('sha256').update(readFileSync(join(dir, name))).digest('hex');
  }
  const manifest = {
    tool: 'newsframe',
    version: VERSION,
    node: process.version,
    started_at: info.started.toISOString(),
    finished_at: info.finished.toISOString(),
    seconds: (info.finished.getTime() - info.started.getTime()) / 1000,
    /** Peak resident memory of the whole process (all threads), MB. */
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    input: info.inputDir,
    config_path: info.configPath,
    config: info.config,
    formats: info.formats,
    workers: info.workers,
    counts: {
      files: info.counts.files,
      article_files: info.counts.articleFiles,
      skipped_files: info.counts.skippedFiles,
      articles: info.counts.articles,
      error_rows: info.counts.errorRows,
      warning_rows: info.counts.warningRows,
      cache_hits: info.counts.cacheHits,
    },
    errors_by_code: Object.fromEntries(Object.entries(info.errorsByCode).sort()),
    rows: info.rows,
    files_sha256: files,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
}
