/**
 * Parquet writer through parquet-wasm (snappy, zstd, lz4 or no compression), streaming: each Arrow record batch becomes a row
 * group as it arrives, so a table is never held whole in memory.
 */
import { openSync, writeSync, closeSync } from 'node:fs';
import {
  Table as WasmTable,
  transformParquetStream,
  WriterPropertiesBuilder,
  Compression,
  type RecordBatch as WasmRecordBatch,
} from 'parquet-wasm/node';

export type ParquetCompression = 'snappy' | 'zstd' | 'lz4' | 'none';

const CODECS: Record<ParquetCompression, Compression> = {
  snappy: Compression.SNAPPY, zstd: Compression.ZSTD, lz4: Compression.LZ4_RAW, none: Compression.UNCOMPRESSED,
};

export class ParquetTableWriter {
  private queue: Array<WasmRecordBatch | null> = [];
  private wake: (() => void) | null = null;
  private done: Promise<void>;

  constructor(path: string, rowGroupRows: number, compression: ParquetCompression = 'snappy') {
    const fd = openSync(path, 'w');
    const source = new ReadableStream<WasmRecordBatch>({
      pull: async (controller) => {
        while (!this.queue.length) await new Promise<void>((r) => (this.wake = r));
        const next = this.queue.shift()!;
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const props = new WriterPropertiesBuilder()
      .setCompression(CODECS[compression])
      .setCreatedBy('newsframe')
      .setMaxRowGroupSize(rowGroupRows)
      .build();
    this.done = (async () => {
      try {
        const bytes = (await transformParquetStream(source, props)).getReader();
        for (;;) {
          const { done, value } = await bytes.read();
          if (done) break;
          writeSync(fd, value);
        }
      } finally {
        closeSync(fd);
      }
    })();
  }

  private push(item: WasmRecordBatch | null): void {
    this.queue.push(item);
    const w = this.wake;
    this.wake = null;
    w?.();
  }

  /** Appends the record batches of an Arrow IPC stream. */
  write(ipc: Uint8Array): void {
    const table = WasmTable.fromIPCStream(ipc);
    for (let i = 0; i < table.numBatches; i++) this.push(table.recordBatch(i)!);
    table.free();
  }

  async close(): Promise<void> {
    this.push(null);
    await this.done;
  }
}
