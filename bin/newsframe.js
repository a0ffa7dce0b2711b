#!/usr/bin/env -S node --max-semi-space-size=2
// Entry point for `npm run pipeline` and `npx newsframe`. Runs a cached JavaScript bundle of src/ (bin/bundle.mjs:
// rebuilt when a source file changes) so start-up does not compile TypeScript; falls back to tsx when no bundle
// can be built. NEWSFRAME_NO_BUNDLE=1 forces tsx.
import { ensureBundle } from './bundle.mjs';

const bundle = await ensureBundle();
if (bundle) {
  await import(bundle.cli);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
