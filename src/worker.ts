/** Worker thread: builds the stages once, then processes and encodes batches of files sent by the run. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineConfig } from './config.ts';
import { buildStages, processFiles } from './pipeline.ts';
import type { DiscoveredFile } from './stages/load/index.ts';
import { encodeRows, transferList, type EncodeOptions } from './export/batch.ts';

const config = workerData.config as PipelineConfig;
const encodeOptions = workerData.encode as EncodeOptions;
const stages = buildStages(config);

parentPort!.on('message', (msg: { seq: number; files: DiscoveredFile[] }) => {
  try {
    const result = encodeRows(processFiles(msg.files, stages, config), encodeOptions);
    parentPort!.postMessage({ seq: msg.seq, result }, transferList(result));
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
