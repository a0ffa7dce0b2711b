/** Worker thread of a merge: merges the tables it is sent, one at a time (see merge-table.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { mergeTable, type Positions, type TableJob } from './merge-table.ts';

const positions = workerData as Positions;
const port = parentPort!;

port.on('message', async (job: TableJob) => {
  try {
    port.postMessage({ ok: true, result: await mergeTable(job, positions) });
  } catch (err) {
    port.postMessage({ ok: false, error: err instanceof Error ? err.message : String(err) });
  }
});
