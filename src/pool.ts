/**
 * Runs batches of files through worker threads (or in-process for one worker) and hands the
 * results back strictly in submission order, so output never depends on the worker count.
 */
import { Worker } from 'node:worker_threads';
import type { PipelineConfig } from './config.ts';
import { buildStages, processFiles } from './pipeline.ts';
import type { DiscoveredFile } from './stages/load/index.ts';
import { emptyRows, errorRow } from './export/rows.ts';
import { encodeRows, type BatchResult, type EncodeOptions } from './export/batch.ts';
import { problem } from './errors.ts';

export interface Pool {
  /** Queues a batch; resolves once it may be followed by another (bounded in-flight work). */
  submit(files: DiscoveredFile[]): Promise<void>;
  /** Waits for all results and stops the workers. */
  drain(): Promise<void>;
}

/** Rows for a batch that could not be processed at all (a worker crashed): one error row per file. */
function failedBatch(files: DiscoveredFile[], reason: string, enc: EncodeOptions): BatchResult {
  const out = emptyRows();
  for (const f of files) out.errors.push(errorRow(f.relPath, problem('E_STAGE', 'worker', { stage: 'worker', reason })));
  return encodeRows(out, enc);
}

export function createPool(
  config: PipelineConfig,
  encode: EncodeOptions,
  workers: number,
  onResult: (result: BatchResult, files: DiscoveredFile[]) => void,
): Pool {
  if (workers <= 1) {
    const stages = buildStages(config);
    return {
      async submit(files) {
        onResult(encodeRows(processFiles(files, stages, config), encode), files);
      },
      async drain() {},
    };
  }

  const maxInFlight = workers * 2;
  const pending = new Map<number, { files: DiscoveredFile[]; rows?: BatchResult }>();
  const queue: number[] = [];
  let nextSeq = 0;
  let nextToEmit = 0;
  let waiters: Array<() => void> = [];
  const idle: Worker[] = [];
  const busy = new Map<Worker, number>();

  const wakeAll = () => {
    const w = waiters;
    waiters = [];
    w.forEach((f) => f());
  };

  const emitReady = () => {
    for (let p = pending.get(nextToEmit); p?.rows; p = pending.get(nextToEmit)) {
      pending.delete(nextToEmit++);
      onResult(p.rows, p.files);
    }
    wakeAll();
  };

  const dispatch = () => {
    while (idle.length && queue.length) {
      const w = idle.pop()!;
      const seq = queue.shift()!;
      busy.set(w, seq);
      w.postMessage({ seq, files: pending.get(seq)!.files });
    }
  };

  const spawn = (): void => {
    const w = new Worker(new URL('./worker-entry.mjs', import.meta.url), { workerData: { config, encode } });
    w.on('message', (msg: { seq: number; result?: BatchResult; error?: string }) => {
      busy.delete(w);
      const p = pending.get(msg.seq)!;
      p.rows = msg.result ?? failedBatch(p.files, msg.error ?? 'unknown worker failure', encode);
      idle.push(w);
      emitReady();
      dispatch();
    });
    w.on('error', (err) => fail(w, err.message));
    w.on('exit', (code) => {
      if (busy.has(w)) fail(w, `worker exited with code ${code}`);
    });
    idle.push(w);
    dispatch();
  };

  const fail = (w: Worker, reason: string) => {
    const seq = busy.get(w);
    busy.delete(w);
    const i = idle.indexOf(w);
    if (i >= 0) idle.splice(i, 1);
    if (seq !== undefined) pending.get(seq)!.rows = failedBatch(pending.get(seq)!.files, reason, encode);
    void w.terminate();
    spawn();
    emitReady();
  };

  for (let i = 0; i < workers; i++) spawn();

  return {
    async submit(files) {
      const seq = nextSeq++;
      pending.set(seq, { files });
      queue.push(seq);
      dispatch();
      while (pending.size >= maxInFlight) await new Promise<void>((r) => waiters.push(r));
    },
    async drain() {
      while (pending.size) await new Promise<void>((r) => waiters.push(r));
      await Promise.all([...idle, ...busy.keys()].map((w) => w.terminate()));
    },
  };
}
