/**
 * Runs batches of files through worker threads and
 * hands the results back strictly in submission order, so output never depends on the worker count.
 *
 * A worker marks each file before it starts on it, in a small shared array the pool polls (a message
 * per file cost about 0.7 ms of worker time each). A file that runs past the time budget, or
 * during which the worker dies (out of memory, a crash), is replaced by an error row
 * (E_TIMEOUT / E_WORKER) and its batch is run again without it on a fresh worker.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { PipelineConfig } from './config.ts';
import type { DiscoveredFile } from './stages/load/discover.ts';
import type { BatchResult, EncodeOptions } from './export/batch.ts';
import { problem } from './errors.ts';
import type { Problem } from './model/doc.ts';
import { getSharedTaggerTables, type SharedTaggerTables } from './stages/entities/tagger/index.ts';

export interface Pool {
  /** Queues a batch; resolves once it may be followed by another (bounded in-flight work). */
  submit(files: DiscoveredFile[]): Promise<void>;
  /** Waits for all results and stops the workers. */
  drain(): Promise<void>;
}

export type WorkerMessage =
  | { type: 'done'; seq: number; result: BatchResult }
  | { type: 'failed'; seq: number; error: string };

/** The file entry that stands in for a file that could not be processed. */
function failedFile(file: DiscoveredFile, p: Problem): DiscoveredFile {
  return { ...file, kind: 'problem', problem: p };
}

interface Running {
  seq: number;
  /** Index in the batch of the file the worker is on (-1 before the first), as last read from `progress`. */
  index: number;
  since: number;
}

/**
 * Heap limits of each worker. Live data is ~60 MB, but with V8's defaults (a 4 GB ceiling on this machine)
 * old space grows to 3-4x that between full collections. A lower ceiling makes V8 grow the heap by smaller
 * steps; 1,536 MB still fits the largest file the loader accepts. Measured on 5x BBC: peak RSS 747 MB with
 * the defaults, 567 MB with these (384 MB: 538 MB, too tight for a 20 MB JSONL file). The small young
 * generation (default 3 x 16 MB) is collected as well by the short-lived garbage of articles.
 */
const YOUNG_GENERATION_MB = 8;
const OLD_GENERATION_MB = 1536;
/**
 * How far V8 lets a heap grow past its live data before the next full collection (a V8 flag, so for every
 * thread of the process). V8's own factor lets a worker's ~60 MB of live data grow to ~170 MB of heap;
 * 30% keeps it near 95 MB (one thread over BBC twice: peak RSS 421 → 259 MB) for more frequent full
 * collections. Set once, before the first worker starts; NEWSFRAME_HEAP_GROWING_PERCENT overrides it (0: V8's default).
 */
const HEAP_GROWING_PERCENT = Number(process.env.NEWSFRAME_HEAP_GROWING_PERCENT ?? 30);
let heapFlagSet = false;

/**
 * The tagger's model and cluster table, built once here in shared memory for all workers (null: each worker
 * loads its own, as it would without a pool; a model that fails to load then fails in the stage, per article).
 */
function sharedTaggerTables(): SharedTaggerTables | null {
  try {
    return getSharedTaggerTables();
  } catch {
    return null;
  }
}

/** The worker writes the index of the file it starts into slot 0 of its progress array. */
export const PROGRESS_SLOTS = 1;

/** Set by the bundler (bin/bundle.mjs) to the bundled worker; from sources, the tsx bootstrap. */
declare const __NEWSFRAME_WORKER__: string | undefined;
const WORKER_URL = new URL(typeof __NEWSFRAME_WORKER__ === 'string' ? __NEWSFRAME_WORKER__ : new URL('./worker-entry.mjs', import.meta.url));

export function createWorkerPool(
  config: PipelineConfig,
  encode: EncodeOptions,
  cache: { root: string; fingerprint: string } | null,
  workers: number,
  onResult: (result: BatchResult, files: DiscoveredFile[]) => void,
): Pool {
  const maxInFlight = workers * 2;
  const taggerTables = config.stages.entities ? sharedTaggerTables() : null;
  const budget = config.process.fileTimeoutMs;
  const pending = new Map<number, { files: DiscoveredFile[]; result?: BatchResult }>();
  const queue: number[] = [];
  let nextSeq = 0;
  let nextToEmit = 0;
  let waiters: Array<() => void> = [];
  const idle: Worker[] = [];
  const running = new Map<Worker, Running | null>();
  const progressOf = new Map<Worker, Int32Array>();
  /** Reads which file a worker is on; a change restarts that file's clock. */
  const poll = (w: Worker, r: Running, now: number) => {
    const index = Atomics.load(progressOf.get(w)!, 0);
    if (index !== r.index) [r.index, r.since] = [index, now];
  };
  let failuresInARow = 0;
  let fatal: Error | null = null;

  const wakeAll = () => {
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  };

  const emitReady = () => {
    for (let p = pending.get(nextToEmit); p?.result; p = pending.get(nextToEmit)) {
      pending.delete(nextToEmit++);
      onResult(p.result, p.files);
    }
    wakeAll();
  };

  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const seq = queue.shift()!;
      running.set(w, { seq, index: -1, since: Date.now() });
      Atomics.store(progressOf.get(w)!, 0, -1);
      w.postMessage({ seq, files: pending.get(seq)!.files });
    }
  };

  const spawn = (): void => {
    if (!heapFlagSet && HEAP_GROWING_PERCENT > 0) {
      setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
      heapFlagSet = true;
    }
    const progress = new Int32Array(new SharedArrayBuffer(4 * PROGRESS_SLOTS)).fill(-1);
    // A smaller young generation than V8's default (3 x 16 MB semi-spaces) keeps each worker's footprint
    // down: articles make short-lived garbage that a small nursery collects just as well.
    const w = new Worker(WORKER_URL, { workerData: { config, encode, cache, progress, tagger: taggerTables }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, maxOldGenerationSizeMb: OLD_GENERATION_MB } });
    progressOf.set(w, progress);
    running.set(w, null);
    w.on('message', (msg: WorkerMessage) => {
      if (!running.has(w)) return; // a late message from a worker already replaced
      failuresInARow = 0;
      running.set(w, null);
      const p = pending.get(msg.seq)!;
      p.result = msg.type === 'done' ? msg.result : undefined;
      if (msg.type === 'failed') {
        // processFiles itself failed (a bug outside any stage): every file of the batch gets an error row.
        const reason = msg.error.split('\n')[0];
        p.files = p.files.map((f) => failedFile(f, problem('E_WORKER', 'worker', { reason })));
        queue.unshift(msg.seq);
      }
      idle.push(w);
      emitReady();
      dispatch();
    });
    w.on('error', (err) => replace(w, problem('E_WORKER', 'worker', { reason: err.message })));
    w.on('exit', (code) => {
      if (running.has(w)) replace(w, problem('E_WORKER', 'worker', { reason: `worker exited with code ${code}` }));
    });
    idle.push(w);
  };

  /** Drops a worker; the file it was on becomes an error row and its batch goes back to the queue. */
  const replace = (w: Worker, p: Problem) => {
    const r = running.get(w);
    if (r) poll(w, r, Date.now());
    running.delete(w);
    progressOf.delete(w);
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    void w.terminate();
    if (r && r.index >= 0) {
      const batch = pending.get(r.seq)!;
      batch.files = batch.files.map((f, j) => (j === r.index ? failedFile(f, p) : f));
    }
    if (r) queue.unshift(r.seq);
    if (++failuresInARow > workers + 3) {
      fatal = new Error(`worker threads keep failing: ${p.message}`);
      wakeAll();
      return;
    }
    spawn();
    dispatch();
  };

  const timer = setInterval(() => {
    const now = Date.now();
    for (const [w, r] of running) {
      if (!r) continue;
      poll(w, r, now);
      if (r.index >= 0 && now - r.since > budget) replace(w, problem('E_TIMEOUT', 'worker', { ms: budget }));
    }
  }, Math.min(1000, Math.max(50, budget / 4)));
  timer.unref();

  for (let i = 0; i < workers; i++) spawn();
  dispatch();

  const check = () => {
    if (fatal) throw fatal;
  };

  return {
    async submit(files) {
      check();
      const seq = nextSeq++;
      pending.set(seq, { files });
      queue.push(seq);
      dispatch();
      while (pending.size >= maxInFlight && !fatal) await new Promise<void>((r) => waiters.push(r));
      check();
    },
    async drain() {
      try {
        while (pending.size && !fatal) await new Promise<void>((r) => waiters.push(r));
        check();
      } finally {
        clearInterval(timer);
        const all = [...idle, ...running.keys()];
        running.clear();
        await Promise.all(all.map((w) => w.terminate()));
      }
    },
  };
}
