/** Worker thread: builds the stages once, then processes batches of files sent by the run. */
import { parentPort, workerData } from 'node:worker_threads';
import type { PipelineConfig } from './config.ts';
import { buildStages, processFiles } from './pipeline.ts';
import type { DiscoveredFile } from './stages/load/index.ts';

const config = workerData.config as PipelineConfig;
const stages = buildStages(config);

parentPort!.on('message', (msg: { seq: number; files: DiscoveredFile[] }) => {
  try {
    parentPort!.postMessage({ seq: msg.seq, rows: processFiles(msg.files, stages, config) });
  } catch (err) {
    parentPort!.postMessage({ seq: msg.seq, error: err instanceof Error ? err.stack ?? err.message : String(err) });
  }
});
