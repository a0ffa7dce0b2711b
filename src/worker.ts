/** Worker thread: builds the stages once, then processes and encodes batches of files sent by the run. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineConfig } from './config.ts';
import { buildStages, processFiles } from './pipeline.ts';
import type { Stage } from './stages/stage.ts';
import type { DiscoveredFile } from './stages/load/index.ts';
import { encodeRows, transferList, type EncodeOptions } from './export/batch.ts';
import type { WorkerMessage } from './pool.ts';
import { RowCache } from './cache.ts';
import { emptyMeta, newDoc } from './model/doc.ts';
import { useSharedTaggerTables, type SharedTaggerTables } from './stages/entities/tagger/index.ts';

const config = workerData.config as PipelineConfig;
// The model and cluster table the pool built in shared memory (see src/pool.ts), when it did.
if (workerData.tagger) useSharedTaggerTables(workerData.tagger as SharedTaggerTables);
const encodeOptions = workerData.encode as EncodeOptions;
const stages = buildStages(config);
const cacheInfo = workerData.cache as { root: string; fingerprint: string } | null;
const cache = cacheInfo ? new RowCache(cacheInfo.root, cacheInfo.fingerprint) : undefined;
/** Shared with the pool: slot 0 holds the index of the file being processed (the pool's time budget reads it). */
const progress = workerData.progress as Int32Array;
const port = parentPort!;
/**
 * Without a cache, the models load now; with one, at the first file the cache does not hold (a re-run
 * over unchanged files never loads them). The file is marked again after the warm-up, so the warm-up
 * is not billed to its time budget.
 */
let warm = false;
const readyStages = (): Stage[] => {
  if (!warm) {
    Atomics.store(progress, 0, -1);
    warmUp();
    warm = true;
  }
  return stages;
};
if (!cache) readyStages();
const send = (msg: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(msg, transfer);

/** Runs the stages once on a small text so lazy start-up work (word lists) is not billed to the first file's time budget. */
function warmUp(): void {
  let doc = newDoc({
    id: 'warm-up', sourcePath: 'warm-up', recordIndex: null, format: 'txt', meta: emptyMeta(),
    text: 'Warm Up\n\n“It works,” said Jane Smith of the United Nations in Geneva on Monday.',
  });
  for (const stage of stages) doc = stage.run(doc, config);
}

port.on('message', ({ seq, files }: { seq: number; files: DiscoveredFile[] }) => {
  try {
    const keys: string[] = [];
    const hitsBefore = cache?.hits ?? 0;
    const rows = processFiles(files, readyStages, config, (index) => Atomics.store(progress, 0, index), cache, keys);
    const result = encodeRows(rows, encodeOptions, keys, (cache?.hits ?? 0) - hitsBefore);
    send({ type: 'done', seq, result }, transferList(result));
  } catch (err) {
    send({ type: 'failed', seq, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
