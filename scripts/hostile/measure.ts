/**
 * Times every input file through the whole per-file pipeline (read, decode, reader, every stage,
 * row encoding), one at a time in this process, and prints the slowest.
 *
 *   npx tsx scripts/hostile/measure.ts --input DIR [--config FILE] [--top 15] [--jsonl] [--from N]
 *
 * With --jsonl it prints one line as each file starts ({"start": path, "index": n}) and one as it
 * ends ({"path", "bytes", "ms"}), so a caller watching the output can name the file that hangs and
 * start again after it with --from n+1 (n counts article files in discovery order).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { defaultConfig, parseConfig, type PipelineConfig } from '../../src/config.ts';
import { buildStages, processFiles } from '../../src/pipeline.ts';
import { discover } from '../../src/stages/load/index.ts';
import { encodeRows } from '../../src/export/batch.ts';

export interface Timing {
  path: string;
  bytes: number;
  ms: number;
}

const { values } = parseArgs({
  options: {
    input: { type: 'string' },
    config: { type: 'string' },
    top: { type: 'string', default: '15' },
    jsonl: { type: 'boolean', default: false },
    from: { type: 'string', default: '0' },
  },
});
if (!values.input) {
  process.stderr.write('Usage: npx tsx scripts/hostile/measure.ts --input DIR [--config FILE] [--top N] [--jsonl]\n');
  process.exit(2);
}

let config: PipelineConfig = defaultConfig();
if (values.config) {
  const r = parseConfig(JSON.parse(readFileSync(values.config, 'utf8')));
  if (!r.ok) throw new Error(r.errors.join('; '));
  config = r.config;
}
const stages = buildStages(config);
const encode = { formats: ['csv', 'arrow'] as const, csvFormulaGuard: config.export.csvFormulaGuard };
const timings: Timing[] = [];
const from = Number(values.from);
let index = -1;
for await (const file of discover(values.input, config)) {
  if (file.kind !== 'article' || ++index < from) continue;
  if (values.jsonl) process.stdout.write(JSON.stringify({ start: file.relPath, index }) + '\n');
  const t0 = performance.now();
  encodeRows(processFiles([file], stages, config), { ...encode, formats: [...encode.formats] });
  const t = { path: file.relPath, bytes: file.size, ms: Math.round(performance.now() - t0) };
  timings.push(t);
  if (values.jsonl) process.stdout.write(JSON.stringify(t) + '\n');
}
if (!values.jsonl) {
  timings.sort((a, b) => b.ms - a.ms);
  const total = timings.reduce((n, t) => n + t.ms, 0);
  process.stdout.write(`${timings.length} files, ${(total / 1000).toFixed(1)} s in all; slowest:\n`);
  for (const t of timings.slice(0, Number(values.top))) {
    process.stdout.write(`  ${String(t.ms).padStart(6)} ms  ${(t.bytes / 1024).toFixed(0).padStart(6)} KiB  ${JSON.stringify(t.path)}\n`);
  }
}
