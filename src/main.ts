/**
 * The command line's logic: options, config, progress, summary and exit code (src/cli.ts runs it).
 * Exit codes: 0 done; 1 done with error rows under --strict, or a fatal failure; 2 bad usage or config;
 * 3 merge refused (shards missing or made differently).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { parseConfig, type PipelineConfig } from './config.ts';
import { FORMATS, type Format } from './export/formats.ts';
import { createProgress, progressMode, summaryText } from './progress.ts';
import type { RunCounts } from './export/manifest.ts';
import { UsageError } from './errors.ts';
import { VERSION } from './version.ts';
import { COUNT_VARIABLE, INDEX_VARIABLE, shardOf, shardSpec, type ShardSpec } from './shard/select.ts';

const HELP = `newsframe ${VERSION}: news-article files in, analysis-ready tables out.

Usage: npm run pipeline -- [options]      (or: npx newsframe [options])
       npm run pipeline -- merge [--output DIR] [--shards DIR] [--formats LIST] [--strict] [--quiet]

Options:
  --input DIR          folder of articles, read recursively          (default: input)
  --output DIR         folder for the tables, replaced atomically    (default: output)
  --config FILE        pipeline config (JSON)                         (default: the shipped pipelines/default.json)
  --formats LIST       comma-separated: csv,arrow,parquet             (default: all three)
  --concurrency N      worker threads                                 (default: CPU cores, here ${availableParallelism()})
  --cache DIR          incremental cache: unchanged files are not processed again (default: .newsframe-cache)
  --no-cache           process every file, read and write no cache
  --strict             exit 1 when any error rows were written
  --quiet              no progress or summary output
  --log-format FORMAT  text (default) or json: JSON log records (pino) on stderr for schedulers
  --shard-index I      run shard I (0-based) of --shard-count N: only the input files whose path hashes to it,
  --shard-count N      written as Parquet parts under --output; then run merge (defaults: $${INDEX_VARIABLE},
                       $${COUNT_VARIABLE}, as a Kubernetes Indexed Job sets them)
  --version            print the version
  --help               print this help

merge: combines the shards written to --output (or --shards DIR) into the tables one run writes, in --output.

Exit codes: 0 done; 1 done with errors under --strict, or a fatal failure; 2 bad usage or config;
3 merge refused: a shard is missing, or the shards were made by different versions, configs or inputs.`;

interface CliOptions {
  input: string;
  output: string;
  configPath: string;
  config: PipelineConfig;
  formats: Format[];
  concurrency: number | undefined;
  cacheDir: string | null;
  strict: boolean;
  quiet: boolean;
  logFormat: 'text' | 'json';
  shard: ShardSpec | null;
}

interface MergeCliOptions {
  output: string;
  shards: string | undefined;
  formats: Format[];
  strict: boolean;
  quiet: boolean;
}

function parseFormats(list: string): Format[] {
  const formats = list.split(',').map((f) => f.trim()).filter(Boolean);
  const bad = formats.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || !formats.length) {
    throw new UsageError(`--formats: unknown format ${bad.map((f) => `"${f}"`).join(', ') || '(none given)'}; choose from ${FORMATS.join(', ')}`);
  }
  return [...new Set(formats)] as Format[];
}

/** parseArgs over `argv` with only the given options (no positionals); its errors become UsageErrors (exit 2). */
function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options }).values;
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function parseMergeCli(argv: string[]): MergeCliOptions | 'help' {
  const values = parseOptions(argv, {
    output: { type: 'string', default: 'output' },
    shards: { type: 'string' },
    formats: { type: 'string', default: FORMATS.join(',') },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  });
  if (values.help) return 'help';
  return { output: values.output, shards: values.shards, formats: parseFormats(values.formats), strict: values.strict, quiet: values.quiet };
}

function parseCli(argv: string[]): CliOptions | 'help' | 'version' {
  const values = parseOptions(argv, {
    input: { type: 'string', default: 'input' },
    output: { type: 'string', default: 'output' },
    config: { type: 'string' },
    formats: { type: 'string' },
    concurrency: { type: 'string' },
    'shard-index': { type: 'string' },
    'shard-count': { type: 'string' },
    cache: { type: 'string', default: '.newsframe-cache' },
    'no-cache': { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    'log-format': { type: 'string', default: 'text' },
    help: { type: 'boolean', default: false },
    version: { type: 'boolean', default: false },
  });
  if (values.help) return 'help';
  if (values.version) return 'version';

  const formats = parseFormats(values.formats ?? FORMATS.join(','));
  const shard = shardSpec({ index: values['shard-index'], count: values['shard-count'] });
  if (shard && values.formats !== undefined) {
    throw new UsageError('--formats: a shard writes Parquet parts only; give --formats to merge, which writes the tables');
  }
  const logFormat = values['log-format'];
  if (logFormat !== 'text' && logFormat !== 'json') throw new UsageError(`--log-format: "${logFormat}" is not text or json`);
  let concurrency: number | undefined;
  if (values.concurrency !== undefined) {
    concurrency = Number(values.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256) {
      throw new UsageError(`--concurrency: "${values.concurrency}" is not a whole number from 1 to 256`);
    }
  }
  return {
    input: values.input, output: values.output, configPath: values.config ?? relative(process.cwd(), DEFAULT_CONFIG),
    config: loadConfig(values.config ?? DEFAULT_CONFIG),
    formats, concurrency, shard, strict: values.strict, quiet: values.quiet,
    cacheDir: values['no-cache'] ? null : values.cache, logFormat,
  };
}

/** The shipped defaults, found beside the sources so the CLI runs from any folder. */
const DEFAULT_CONFIG = fileURLToPath(new URL('../pipelines/default.json', import.meta.url));

function loadConfig(path: string): PipelineConfig {
  if (!existsSync(path)) throw new UsageError(`--config: file "${path}" not found`);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new UsageError(`--config: "${path}" is not valid JSON (${(err as Error).message})`);
  }
  const r = parseConfig(raw);
  if (!r.ok) throw new UsageError(`--config: ${path}: ${r.errors.join('; ')}`);
  return r.config;
}

/** Counts the entries discover will yield, beside the run, so progress can show a total and an ETA. */
async function countInputFiles(input: string, config: PipelineConfig, shard: ShardSpec | null): Promise<number | null> {
  try {
    const { discover } = await import('./stages/load/discover.ts');
    let n = 0;
    for await (const f of discover(input, config)) if (!shard || shardOf(f.relPath, shard.count) === shard.index) n++;
    return n;
  } catch {
    return null;
  }
}

/** Runs the command line with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  if (argv[0] === 'merge') return mainMerge(argv.slice(1));
  let opts;
  try {
    opts = parseCli(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`newsframe: ${err.message}\nRun with --help for the options.\n`);
      return 2;
    }
    throw err;
  }
  if (opts === 'help') {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  if (opts === 'version') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const mode = progressMode(opts);
  const progress = createProgress(mode);
  try {
    // Loaded here, not at the top: --help and usage errors answer without loading the pipeline.
    if (mode !== 'quiet') void countInputFiles(opts.input, opts.config, opts.shard).then((n) => n !== null && progress.setTotal(n));
    const run = {
      inputDir: opts.input, outputDir: opts.output, config: opts.config, configPath: opts.configPath,
      concurrency: opts.concurrency, cacheDir: opts.cacheDir, onProgress: (c: RunCounts) => progress.update(c),
    };
    let result;
    if (opts.shard) {
      const { runShard } = await import('./shard/run-shard.ts');
      result = await runShard({ ...run, shard: opts.shard });
    } else {
      const { runPipeline } = await import('./run.ts');
      result = await runPipeline({ ...run, formats: opts.formats });
    }
    progress.done(result);
    return opts.strict && result.counts.errorRows > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      progress.fail(err.message);
      process.stderr.write(`newsframe: ${err.message}\n`);
      return 2;
    }
    progress.fail(err instanceof Error ? err.message : String(err));
    process.stderr.write(`newsframe: fatal: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}

/** `merge`: the shards' parts into the tables of one run; exit 3 when the shards cannot be merged. */
async function mainMerge(argv: string[]): Promise<number> {
  let opts;
  try {
    opts = parseMergeCli(argv);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`newsframe merge: ${err.message}\nRun with --help for the options.\n`);
      return 2;
    }
    throw err;
  }
  if (opts === 'help') {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const { mergeShards, MergeRefused } = await import('./shard/merge.ts');
  try {
    const result = await mergeShards({ outputDir: opts.output, shardsDir: opts.shards, formats: opts.formats });
    if (!opts.quiet) {
      process.stdout.write(`newsframe: merged ${result.shards} shards in ${result.mergeSeconds.toFixed(1)} s\n${summaryText(result)}\n`);
    }
    return opts.strict && result.counts.errorRows > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`newsframe merge: ${err.message}\n`);
      return 2;
    }
    if (err instanceof MergeRefused) {
      process.stderr.write(`newsframe merge: refused: ${err.message}\n`);
      return 3;
    }
    process.stderr.write(`newsframe merge: fatal: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    return 1;
  }
}
