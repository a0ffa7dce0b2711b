/**
 * The full "bad input never costs data" check (issue 7), for people rather than CI:
 *
 *   npm run test:hostile -- [--count 10000] [--seed 1] [--timeout 900] [--measure] [--keep]
 *                           [--max-file-bytes 6291456] [--big-bytes 5242880] [--concurrency N]
 *
 * Generates the hostile corpus (10,000 files by default, with a 5 MiB single line and files over
 * load.maxFileBytes) in a temporary folder, mixes in the good articles of input/, runs the real
 * CLI over it and over the good articles alone, and prints: files tried, error rows by code,
 * crashes, hangs, control rows changed and wall time. With --measure it also times every file
 * through the pipeline in one process and lists the slowest. Exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { buildCorpus, MiB, removeCorpus } from './build.ts';
import { checkRun, formatReport } from './check.ts';

const ROOT = resolve(import.meta.dirname, '../..');

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    timeout: { type: 'string', default: '900' },
    concurrency: { type: 'string' },
    'max-file-bytes': { type: 'string', default: String(6 * MiB) },
    'big-bytes': { type: 'string', default: String(5 * MiB) },
    measure: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

export interface CliRun {
  status: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  seconds: number;
  timedOut: boolean;
}

/** Runs the CLI in a child process; kills it (and reports a hang) after `timeoutS` seconds. */
export function runCliAsync(args: string[], timeoutS: number): Promise<CliRun> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/newsframe.js'), ...args, '--no-cache'], { cwd: ROOT, env: { ...process.env, CI: 'true' } });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutS * 1000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      done({ status, signal, stdout, stderr, seconds: (Date.now() - started) / 1000, timedOut });
    });
  });
}

interface Timing {
  path: string;
  bytes: number;
  ms: number;
}

/**
 * Times each file in one process (scripts/hostile/measure.ts). A file that runs past `stallS`
 * seconds is a hang: the process is killed and started again after that file.
 */
async function measure(input: string, config: string, stallS: number): Promise<{ timings: Timing[]; hung: string[] }> {
  const timings: Timing[] = [];
  const hung: string[] = [];
  let from = 0;
  while (hung.length < 20) {
    const stalled = await new Promise<{ path: string; index: number } | null>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/hostile/measure.ts'), '--input', input, '--config', config, '--jsonl', '--from', String(from)], { cwd: ROOT });
      let current: { path: string; index: number } | null = null;
      let stall: { path: string; index: number } | null = null;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          stall = current;
          child.kill('SIGKILL');
        }, stallS * 1000);
      };
      arm();
      createInterface({ input: child.stdout }).on('line', (line) => {
        const msg = JSON.parse(line) as { start?: string; index?: number } & Partial<Timing>;
        if (msg.start !== undefined) {
          current = { path: msg.start, index: msg.index! };
          arm();
        } else {
          timings.push(msg as Timing);
          current = null;
        }
      });
      child.stderr.resume();
      child.on('close', () => {
        clearTimeout(timer);
        done(stall);
      });
    });
    if (!stalled) break;
    hung.push(stalled.path);
    from = stalled.index + 1;
  }
  return { timings, hung };
}

async function main(): Promise<number> {
  const started = Date.now();
  const count = Number(values.count);
  const timeout = Number(values.timeout);
  const work = mkdtempSync(join(tmpdir(), 'newsframe-hostile-'));
  const maxFileBytes = Number(values['max-file-bytes']);
  process.stdout.write(`hostile corpus: ${count} files, seed ${values.seed}, in ${work}\n`);
  const manifest = buildCorpus({
    out: join(work, 'corpus'), count, seed: Number(values.seed), maxFileBytes, bigBytes: Number(values['big-bytes']), goodFrom: join(ROOT, 'input'),
  });
  const input = join(work, 'corpus/input');
  const controlInput = join(work, 'control');
  mkdirSync(controlInput);
  cpSync(join(input, 'good'), join(controlInput, 'good'), { recursive: true });
  const config = join(work, 'config.json');
  // process.fileTimeoutMs keeps its default (60 s): a file that takes longer is an E_TIMEOUT row, counted as a hang.
  writeFileSync(config, JSON.stringify({ load: { maxFileBytes } }));
  const generated = (Date.now() - started) / 1000;
  process.stdout.write(`generated in ${generated.toFixed(1)} s\n`);

  const common = ['--config', config, ...(values.concurrency ? ['--concurrency', values.concurrency] : [])];
  const mixed = await runCliAsync(['--input', input, '--output', join(work, 'out'), ...common], timeout);
  process.stdout.write(`mixed run: exit ${mixed.status}${mixed.timedOut ? ' (killed: timeout)' : ''} in ${mixed.seconds.toFixed(1)} s\n${mixed.stdout}`);
  const control = await runCliAsync(['--input', controlInput, '--output', join(work, 'control-out'), ...common], timeout);
  process.stdout.write(`control run: exit ${control.status} in ${control.seconds.toFixed(1)} s\n`);

  const problems: string[] = [];
  const crashedCli = mixed.status !== 0 || /fatal/i.test(mixed.stderr);
  if (mixed.timedOut) problems.push(`the mixed run hung (killed after ${timeout} s)`);
  else if (crashedCli) problems.push(`the mixed run failed: exit ${mixed.status}, stderr: ${mixed.stderr.slice(0, 2000)}`);
  if (control.status !== 0) problems.push(`the control run failed: exit ${control.status}, stderr: ${control.stderr.slice(0, 2000)}`);

  let hangs = mixed.timedOut ? 1 : 0;
  let crashes = crashedCli && !mixed.timedOut ? 1 : 0;
  let controlChanged = 0;
  let byCode = '(no run to check)';
  if (mixed.status === 0 && control.status === 0) {
    const report = await checkRun({ manifest, inputDir: input, outDir: join(work, 'out'), controlOutDir: join(work, 'control-out') });
    process.stdout.write(formatReport(report) + '\n');
    crashes += report.crashes.length;
    hangs += report.hangs.length;
    controlChanged = report.controlRowsChanged;
    byCode = Object.entries(report.errorRowsByCode).map(([c, n]) => `${c} ${n}`).join(', ');
    if (report.failures.length) problems.push(`${report.failures.length} file(s) did not get the outcome expected.json gives`);
    if (report.crashes.length) problems.push(`${report.crashes.length} crash row(s)`);
    if (report.hangs.length) problems.push(`${report.hangs.length} file(s) ran past the time budget`);
    if (report.controlRowsChanged) problems.push(`${report.controlRowsChanged} control row(s) changed`);
  }

  if (values.measure) {
    const m = await measure(input, config, 60);
    m.timings.sort((a, b) => b.ms - a.ms);
    const slow = m.timings.filter((t) => t.ms > 2000);
    process.stdout.write(`per-file times (one process): ${m.timings.length} files, ${(m.timings.reduce((n, t) => n + t.ms, 0) / 1000).toFixed(1)} s in all; over 2 s: ${slow.length}; over 60 s (stopped): ${m.hung.length}; slowest:\n`);
    for (const t of m.timings.slice(0, 15)) process.stdout.write(`  ${String(t.ms).padStart(6)} ms  ${(t.bytes / 1024).toFixed(0).padStart(6)} KiB  ${(t.bytes ? t.ms / (t.bytes / MiB) : 0).toFixed(0).padStart(6)} ms/MiB  ${JSON.stringify(t.path)}\n`);
    for (const h of m.hung) process.stdout.write(`  > 60 s: ${JSON.stringify(h)}\n`);
    if (m.hung.length) problems.push(`measuring stopped on ${m.hung.length} file(s) after 60 s each: ${m.hung.map((h) => JSON.stringify(h)).join(', ')}`);
  }

  const wall = (Date.now() - started) / 1000;
  process.stdout.write(
    `\nfiles tried: ${manifest.files.length} (${manifest.files.filter((f) => !f.control).length} hostile)\n` +
    `error rows by code: ${byCode}\n` +
    `crashes: ${crashes}\nhangs: ${hangs}\ngood rows changed: ${controlChanged}\nwall time: ${wall.toFixed(1)} s\n`,
  );
  for (const p of problems) process.stdout.write(`FAIL: ${p}\n`);
  if (!values.keep) removeCorpus(work);
  else process.stdout.write(`kept ${work}\n`);
  return problems.length ? 1 : 0;
}

process.exitCode = await main();
