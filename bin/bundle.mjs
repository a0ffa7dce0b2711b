/**
 * Builds (once per source change) a plain-JavaScript bundle of the CLI and of the worker thread, so a run
 * starts without compiling TypeScript: tsx compiles every module on each start, in the main thread and
 * again in every worker (~0.5 s each on this machine), which dominated short runs.
 *
 * `ensureBundle()` returns `{ cli, worker }` file URLs, or null when a bundle cannot be built or stored
 * (no esbuild, a read-only install): the caller then falls back to tsx. Bundles live in
 * node_modules/.cache/newsframe/<hash of src/ + versions + checkout path>/, so npm packages resolve from there as
 * they do from src/, and a changed source file simply gives a new folder (ones unused for a day are removed).
 * Each file is written under a temporary name and renamed, so concurrent starts never see half a bundle.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SRC = join(ROOT, 'src');
const CACHE = join(ROOT, 'node_modules', '.cache', 'newsframe');

/** Every source file that goes into a bundle, sorted. */
function sourceFiles(dir = SRC) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mjs|js|json)$/.test(e.name)) out.push(p);
  }
  return out.sort();
}

/** Hash of the sources (and `extra` files), package.json and the esbuild version: names the bundle folder. */
function sourceHash(esbuildVersion, extra = []) {
  // The root is part of the key: a bundle holds absolute paths to the data files beside the sources.
  const h = createHash('sha256').update(`esbuild ${esbuildVersion}\n${ROOT}\n`);
  h.update(readFileSync(join(ROOT, 'package.json')));
  for (const f of [...sourceFiles(), ...extra]) h.update(`\n${relative(ROOT, f)}\n`).update(readFileSync(f));
  return h.digest('hex').slice(0, 16);
}

/**
 * Keeps each module's own location: `import.meta.url` in a source file becomes that file's URL, so
 * `new URL('../data/ner-model.bin', import.meta.url)` still finds the data next to the sources.
 */
const keepModuleUrls = {
  name: 'keep-module-urls',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mts|mjs)$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      const contents = text
        .replaceAll('import.meta.url', url)
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: /\.m?ts$/.test(args.path) ? 'ts' : 'js' };
    });
  },
};

/** esbuild's options for every bundle. */
const COMMON = {
  bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external',
  // No keepNames: esbuild keeps names anyway when it does not minify, and its helper costs a call per closure.
  write: false, logLevel: 'silent', plugins: [keepModuleUrls], absWorkingDir: ROOT,
};

async function build(esbuild, dir) {
  const worker = await esbuild.build({ ...COMMON, entryPoints: [join(SRC, 'worker.ts')] });
  const mergeWorker = await esbuild.build({ ...COMMON, entryPoints: [join(SRC, 'shard', 'merge-worker.ts')] });
  const cli = await esbuild.build({
    ...COMMON, entryPoints: [join(SRC, 'cli.ts')],
    define: {
      __NEWSFRAME_WORKER__: JSON.stringify(pathToFileURL(join(dir, 'worker.mjs')).href),
      __NEWSFRAME_MERGE_WORKER__: JSON.stringify(pathToFileURL(join(dir, 'merge-worker.mjs')).href),
    },
  });
  mkdirSync(dir, { recursive: true });
  // cli.mjs last: its presence says the bundle is complete.
  for (const [name, result] of [['worker.mjs', worker], ['merge-worker.mjs', mergeWorker], ['cli.mjs', cli]]) {
    const tmp = join(dir, `.${name}.${process.pid}.tmp`);
    writeFileSync(tmp, result.outputFiles[0].contents);
    renameSync(tmp, join(dir, name));
  }
}

/** Removes bundles of earlier sources, once unused for a day (another checkout or a running process may still use one). */
function removeOldBundles(keep) {
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const old of readdirSync(CACHE)) {
    const p = join(CACHE, old);
    if (old !== keep && statSync(p).mtimeMs < dayAgo) rmSync(p, { recursive: true, force: true });
  }
}

/** The bundle for the current sources, built if needed; null when it cannot be (use tsx instead). */
export async function ensureBundle() {
  if (process.env.NEWSFRAME_NO_BUNDLE) return null;
  try {
    const esbuild = await import('esbuild');
    const hash = sourceHash(esbuild.version);
    const dir = join(CACHE, hash);
    const cli = join(dir, 'cli.mjs');
    if (existsSync(cli)) {
      try { utimesSync(dir, new Date(), new Date()); } catch { /* read-only: the bundle still works */ }
    } else {
      await build(esbuild, dir);
      removeOldBundles(hash);
    }
    return { cli: pathToFileURL(cli).href, worker: pathToFileURL(join(dir, 'worker.mjs')).href };
  } catch {
    return null;
  }
}

/**
 * A bundle of one script of scripts/ (with the sources it imports), built like the CLI's: the evaluation
 * scripts time the stages as the CLI runs them, bundled, not as tsx runs them (module by module, with its
 * loader thread: the tagger measured ~5% slower that way). Returns the bundle's file URL, or null when it
 * cannot be built (use tsx instead).
 */
export async function ensureScriptBundle(script) {
  if (process.env.NEWSFRAME_NO_BUNDLE) return null;
  try {
    const esbuild = await import('esbuild');
    const hash = sourceHash(esbuild.version, [...sourceFiles(join(ROOT, 'scripts')), script]);
    const dir = join(CACHE, `${hash}-scripts`);
    const out = join(dir, `${basename(script).replace(/\.[cm]?[jt]s$/, '')}.mjs`);
    if (!existsSync(out)) {
      const result = await esbuild.build({ ...COMMON, entryPoints: [script] });
      mkdirSync(dir, { recursive: true });
      const tmp = join(dir, `.${basename(out)}.${process.pid}.tmp`);
      writeFileSync(tmp, result.outputFiles[0].contents);
      renameSync(tmp, out);
      removeOldBundles(`${hash}-scripts`);
    }
    return pathToFileURL(out).href;
  } catch {
    return null;
  }
}
