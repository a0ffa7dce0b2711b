/** writeReport: the run report (report.html) written into a run's folder, from the tables already there. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregateRun } from './aggregate.ts';
import { renderReport, type RunInfo } from './render.ts';

export type { RunInfo } from './render.ts';

/**
 * Reads the tables in `dir` (Arrow IPC files, else Parquet; with only CSV the page says so and shows
 * the summary alone) and writes `dir/report.html`: run summary, top entities by type, most-quoted
 * speakers, mentions over time, co-occurrence of the most widespread entities, and the problems.
 */
export async function writeReport(dir: string, info: RunInfo): Promise<void> {
  const data = await aggregateRun(dir);
  writeFileSync(join(dir, 'report.html'), renderReport(data, info));
}
