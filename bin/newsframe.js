#!/usr/bin/env -S node --max-semi-space-size=2 --v8-pool-size=1 --interrupt-budget=540672
// Entry point for `npm run pipeline` and `npx newsframe`. Runs a cached JavaScript bundle of src/ (bin/bundle.mjs:
// rebuilt when a source file changes) so start-up does not compile TypeScript; falls back to tsx when no bundle
// can be built. NEWSFRAME_NO_BUNDLE=1 forces tsx.
//
// Node flags (in the shebang and the npm script; the bench takes the npm script's), which only take effect on the
// command line:
// - --max-semi-space-size=2 caps the main thread's young generation: it receives every batch's rows, and V8 let
//   its nursery grow to 3 x 16 MB, ~50 MB of peak RSS on BBC x4. The workers set their own limits (src/pool.ts).
// - --v8-pool-size=1: one V8 background thread (GC, compilation) instead of four; the workers already keep both
//   cores busy. Peak RSS on BBC ~430 → ~380 MB, and no slower (3 alternating runs: 14.2–16.3 s against 15.6–17.1 s).
// - --interrupt-budget=540672 (8x V8's default): a function is optimised by TurboFan after 8x as much work in the
//   interpreter and baseline code. The stages are a lot of code that runs a few times per article; every worker
//   compiled ~1,600 functions (some again after each deoptimisation), ~7 s of the background thread's CPU on
//   BBC, which two workers on two cores pay out of their own time. On BBC with 2 workers, 3 alternating runs:
//   13.1–14.7 s against 15.8–17.4 s; on BBC x4 (8,900 articles) no different (44.3/47.8 against 45.4/47.0 s).
import { ensureBundle } from './bundle.mjs';

const bundle = await ensureBundle();
if (bundle) {
  await import(bundle.cli);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli.ts');
}
