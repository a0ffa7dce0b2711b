/**
 * Screenshot of the run report for the README: runs the pipeline on input/ into a temporary folder,
 * writes report.html there and has headless Chromium take a picture of it.
 *
 *   npx tsx scripts/screenshot-report.ts [out.png]     (default docs/report.png)
 *
 * Needs Debian's chromium (apt-get install -y chromium); says so and exits 0 when it is missing.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { writeReport } from '../src/report/write-report.ts';
import { findChromium, screenshot } from '../tests/report/chromium.ts';
import { runInfo } from '../tests/report/run-folder.ts';

const ROOT = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(ROOT, 'docs/report.png'));
const WIDTH = 1280;
const HEIGHT = 3200; // the whole report of the bundled input at this width
const MAX_BYTES = 500 * 1024;

if (!findChromium()) {
  console.log('screenshot-report: chromium is not installed (apt-get install -y chromium); no screenshot taken');
  process.exit(0);
}

const tmp = mkdtempSync(join(tmpdir(), 'newsframe-screenshot-'));
try {
  const dir = join(tmp, 'output');
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/newsframe.js'), '--input', join(ROOT, 'input'), '--output', dir, '--quiet'], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`the pipeline exited with ${run.status}`);
  await writeReport(dir, runInfo(dir));
  mkdirSync(dirname(out), { recursive: true });
  const shot = screenshot(join(dir, 'report.html'), out, WIDTH, HEIGHT);
  if (shot.status !== 0) throw new Error(`chromium exited with ${shot.status}`);
  if (shot.console.length) console.warn(`the page logged:\n${shot.console.join('\n')}`);
  const size = statSync(out).size;
  console.log(`screenshot-report: ${out} (${WIDTH}x${HEIGHT}, ${Math.round(size / 1024)} KB)`);
  if (size > MAX_BYTES) throw new Error(`the screenshot is over ${MAX_BYTES / 1024} KB`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
