/**
 * What the command line shows while it runs: a progress bar on a terminal, a plain line every few
 * seconds under CI or without a TTY, JSON log records (pino, on stderr) for schedulers, or nothing.
 */
import cliProgress from 'cli-progress';
import { pino, type Logger } from 'pino';
import type { RunCounts } from './export/manifest.ts';
import type { RunSummary } from './run.ts';

export type ProgressMode = 'bar' | 'lines' | 'json' | 'quiet';

export interface Progress {
  /** The number of input files, once known (counted beside the run). */
  setTotal(files: number): void;
  update(counts: RunCounts): void;
  /** Ends the display and gives the final summary. */
  done(summary: RunSummary): void;
  fail(message: string): void;
}

/** Picks the mode: --log-format json wins, then --quiet; a bar only on an interactive terminal outside CI. */
export function progressMode(opts: { logFormat: 'text' | 'json'; quiet: boolean }, stream = process.stderr): ProgressMode {
  if (opts.logFormat === 'json') return 'json';
  if (opts.quiet) return 'quiet';
  return stream.isTTY && !process.env.CI ? 'bar' : 'lines';
}

const LINE_EVERY_MS = 5000;

/** The summary as text: articles, rows per table, problems by code, time, output path. */
export function summaryText(s: RunSummary): string {
  if (s.unchangedSince) {
    return `newsframe: nothing changed since the run that finished at ${s.unchangedSince} (same input files, pipeline, config and formats); ` +
      `${s.outputDir} kept as it is (${s.counts.articles} articles), checked in ${s.seconds.toFixed(1)} s`;
  }
  const lines = [
    `newsframe: ${s.counts.articles} articles from ${s.counts.articleFiles} files in ${s.seconds.toFixed(1)} s → ${s.outputDir}` +
      (s.counts.cacheHits ? ` (${s.counts.cacheHits} files unchanged, from the cache)` : ''),
    `  rows: ${Object.entries(s.rows).map(([t, n]) => `${t} ${n}`).join(', ')}`,
  ];
  const codes = Object.entries(s.errorsByCode).sort();
  if (codes.length) lines.push(`  problems: ${codes.map(([c, n]) => `${c} ${n}`).join(', ')} (see errors table)`);
  lines.push(s.shard
    ? `  parts: ${s.outputDir}/<table>/shard=${s.shard.index}/part-0.parquet (shard ${s.shard.index} of ${s.shard.count}, 0-based); merge once every shard has finished`
    : `  report: ${s.outputDir}/report.html`);
  return lines.join('\n');
}

export function createProgress(mode: ProgressMode, out: NodeJS.WritableStream = process.stdout): Progress {
  const started = Date.now();
  const rate = (c: RunCounts) => Math.round(c.articles / Math.max(0.001, (Date.now() - started) / 1000));

  if (mode === 'bar') {
    const bar = new cliProgress.SingleBar({
      format: 'newsframe {bar} {value}/{total} files | {articles} articles | {rate} articles/s | ETA {eta_formatted}',
      hideCursor: true, clearOnComplete: true, stream: process.stderr, etaBuffer: 50,
    }, cliProgress.Presets.shades_classic);
    bar.start(0, 0, { articles: 0, rate: 0 });
    return {
      setTotal: (n) => bar.setTotal(n),
      update: (c) => bar.update(c.files, { articles: c.articles, rate: rate(c) }),
      done: (s) => {
        bar.stop();
        out.write(summaryText(s) + '\n');
      },
      fail: () => bar.stop(),
    };
  }

  if (mode === 'lines') {
    let total: number | null = null;
    let last = started;
    return {
      setTotal: (n) => (total = n),
      update: (c) => {
        if (Date.now() - last < LINE_EVERY_MS) return;
        last = Date.now();
        process.stderr.write(`newsframe: ${c.files}${total ? `/${total}` : ''} files, ${c.articles} articles, ${rate(c)} articles/s, ${c.errorRows} errors\n`);
      },
      done: (s) => out.write(summaryText(s) + '\n'),
      fail: () => {},
    };
  }

  if (mode === 'json') {
    const log: Logger = pino({ base: { tool: 'newsframe' } }, pino.destination({ dest: 2, sync: true }));
    let total: number | null = null;
    let last = started;
    log.info({ event: 'start' }, 'run started');
    return {
      setTotal: (n) => (total = n),
      update: (c) => {
        if (Date.now() - last < LINE_EVERY_MS) return;
        last = Date.now();
        log.info({ event: 'progress', files: c.files, total_files: total, articles: c.articles, articles_per_s: rate(c), error_rows: c.errorRows }, 'progress');
      },
      done: (s) => log.info({
        event: 'done', seconds: s.seconds, output: s.outputDir, counts: s.counts, rows: s.rows, problems: s.errorsByCode,
      }, 'run finished'),
      fail: (message) => log.error({ event: 'failed' }, message),
    };
  }

  return { setTotal: () => {}, update: () => {}, done: () => {}, fail: () => {} };
}
