/**
 * Writes a hostile corpus for the "bad input never costs data" checks.
 *
 *   npx tsx scripts/hostile/generate.ts --out DIR [--count 10000] [--seed 1] [--good-from input]
 *                                       [--max-file-bytes 6291456] [--big-bytes 5242880]
 *
 * DIR/input is the folder to run the pipeline over (with load.maxFileBytes set to --max-file-bytes);
 * DIR/expected.json says, for every file, the error codes it must produce or that it must be read.
 */
import { parseArgs } from 'node:util';
import { buildCorpus, MiB } from './build.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    'good-from': { type: 'string' },
    'max-file-bytes': { type: 'string', default: String(6 * MiB) },
    'big-bytes': { type: 'string', default: String(5 * MiB) },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || !values.out) {
  process.stdout.write('Usage: npx tsx scripts/hostile/generate.ts --out DIR [--count N] [--seed S] [--good-from DIR] [--max-file-bytes B] [--big-bytes B]\n');
  process.exit(values.help ? 0 : 2);
}
const number = (name: string, v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`--${name}: "${v}" is not a whole number\n`);
    process.exit(2);
  }
  return n;
};
const started = Date.now();
const manifest = buildCorpus({
  out: values.out, count: number('count', values.count), seed: number('seed', values.seed), goodFrom: values['good-from'],
  maxFileBytes: number('max-file-bytes', values['max-file-bytes']), bigBytes: number('big-bytes', values['big-bytes']),
});
const byCategory = new Map<string, number>();
for (const f of manifest.files) byCategory.set(f.category, (byCategory.get(f.category) ?? 0) + 1);
process.stdout.write(
  `${manifest.files.length} entries (${manifest.files.filter((f) => !f.control).length} hostile) in ${values.out} in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
  [...byCategory].sort().map(([c, n]) => `  ${c} ${n}`).join('\n') + '\n',
);
