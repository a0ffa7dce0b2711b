/**
 * Headless Chromium (Debian's `chromium`) driven from the command line, without an npm driver:
 * `--dump-dom` for the DOM after the page ran, `--screenshot` for a PNG. Console messages (script
 * errors, Content-Security-Policy violations) come back from Chromium's log on stderr.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Path of the Chromium binary, or null when none is installed. */
export function findChromium(): string | null {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

// Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-extensions', '--hide-scrollbars', '--force-device-scale-factor=1',
  '--enable-logging=stderr', '--v=0',
];

export interface ChromiumResult {
  stdout: string;
  /** Messages the page logged to its console (including CSP violations and uncaught errors). */
  console: string[];
  status: number;
}

/** Runs Chromium once on a local HTML file with a fresh profile. */
export function runChromium(htmlPath: string, args: string[]): ChromiumResult {
  const chromium = findChromium();
  if (!chromium) throw new Error('chromium is not installed (apt-get install -y chromium)');
  const profile = mkdtempSync(join(tmpdir(), 'newsframe-chromium-'));
  try {
    const r = spawnSync(chromium, [...FLAGS, `--user-data-dir=${profile}`, ...args, pathToFileURL(htmlPath).href], {
      encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 1024 * 1024,
    });
    const console = (r.stderr ?? '').split('\n').filter((l) => /:CONSOLE[:(]/.test(l));
    return { stdout: r.stdout ?? '', console, status: r.status ?? -1 };
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The page's DOM after it loaded and ran, as HTML. */
export function dumpDom(htmlPath: string): ChromiumResult {
  return runChromium(htmlPath, ['--dump-dom']);
}

/** A PNG screenshot of the page at the given window size. */
export function screenshot(htmlPath: string, pngPath: string, width = 1280, height = 2400): ChromiumResult {
  return runChromium(htmlPath, [`--screenshot=${pngPath}`, `--window-size=${width},${height}`]);
}
