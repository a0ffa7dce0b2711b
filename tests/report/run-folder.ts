/** Helpers for report tests: the run info of a finished run, and run folders made from rows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TABLES, type TableName } from '../../src/schema/tables.ts';
import type { Column } from '../../src/schema/columns.ts';
import { TableSink, type Format } from '../../src/export/table-sink.ts';
import type { RunInfo } from '../../src/report/write-report.ts';

/** The RunInfo writeReport takes, read back from a run's manifest.json. */
export function runInfo(dir: string): RunInfo {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  return {
    started: new Date(m.started_at),
    finished: new Date(m.finished_at),
    rows: m.rows,
    errorsByCode: m.errors_by_code,
    counts: {
      files: m.counts.files, articleFiles: m.counts.article_files, skippedFiles: m.counts.skipped_files,
      articles: m.counts.articles, errorRows: m.counts.error_rows, warningRows: m.counts.warning_rows,
      cacheHits: m.counts.cache_hits ?? 0,
    },
  };
}

/** The value of a column a test row leaves out: null where allowed, else an empty value of its type. */
function blank(c: Column): unknown {
  if (c.nullable) return null;
  return { string: '', int32: 0, float64: 0, boolean: false, timestamp: null, string_list: [] }[c.kind];
}

/** Writes every table from the given rows (missing tables and columns are written empty) with the pipeline's own writers. */
export async function writeTables(
  dir: string, rows: Partial<Record<TableName, Record<string, unknown>[]>>, formats: Format[] = ['csv', 'arrow', 'parquet'],
): Promise<RunInfo> {
  const counts: Record<string, number> = {};
  for (const t of TABLES) {
    const sink = new TableSink(t, dir, formats, 1000, true);
    const full = (rows[t.name] ?? []).map((r) => Object.fromEntries(t.columns.map((c) => [c.name, r[c.name] ?? blank(c)])));
    sink.add(full);
    await sink.close();
    counts[t.name] = sink.rowCount;
  }
  const errorsByCode: Record<string, number> = {};
  for (const e of rows.errors ?? []) errorsByCode[String(e.code)] = (errorsByCode[String(e.code)] ?? 0) + 1;
  return {
    started: new Date('2025-01-01T00:00:00Z'),
    finished: new Date('2025-01-01T00:00:02Z'),
    rows: counts,
    errorsByCode,
    counts: { files: 1, articleFiles: 1, skippedFiles: 0, articles: counts.articles, errorRows: 0, warningRows: 0, cacheHits: 0 },
  };
}
