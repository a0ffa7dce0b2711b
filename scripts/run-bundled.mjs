#!/usr/bin/env node
/**
 * Runs a TypeScript script of scripts/ from a JavaScript bundle, as the CLI runs src/ (bin/bundle.mjs), so what
 * the script times is the code the CLI runs; falls back to tsx when no bundle can be built.
 *
 *   node scripts/run-bundled.mjs scripts/eval-ner.ts [ARGS...]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureScriptBundle } from '../bin/bundle.mjs';

const script = process.argv[2];
if (!script) {
  console.error('usage: node scripts/run-bundled.mjs SCRIPT [ARGS...]');
  process.exit(2);
}
// The script sees its own arguments as if run directly.
process.argv.splice(1, 2, resolve(script));
const bundle = await ensureScriptBundle(resolve(script));
if (bundle) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(resolve(script)).href);
}
