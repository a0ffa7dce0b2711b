/**
 * Parquet writer through parquet-wasm (snappy, zstd, lz4 or no compression), streaming: each Arrow record batch becomes a row
 * group as it arrives, so a table is never held whole in memory.
 */
import { HashedFile, type FileHashes } from './hashed-file.ts';
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

/**
 * Target size of a row group, in bytes of Arrow data. The writer holds a whole row group in (WebAssembly)
 * memory before it writes it out, and WebAssembly memory never shrinks: 20,000 article texts made row groups
 * of ~50 MB per text table. Text-heavy tables get fewer rows per group; narrow ones keep the row limit.
 * With every table's group open at once, 8 MB groups took the main thread's WebAssembly memory to ~85 MB on
 * BBC x4; 2 MB groups to ~55 MB (still ~50,000 rows of a narrow table per group, ~400 article texts).
 */
const ROW_GROUP_BYTES = 2 * 1024 * 1024;
const MIN_ROW_GROUP_ROWS = 1024;

/** Rows per row group for a table whose first batch took `bytes` for `rows` rows. */
export function rowGroupRowsFor(bytes: number, rows: number, maxRows: number): number {
  if (rows === 0) return maxRows;
  return Math.max(Math.min(MIN_ROW_GROUP_ROWS, maxRows), Math.min(maxRows, Math.floor(ROW_GROUP_BYTES / (bytes / rows))));
}

export class ParquetTableWriter {
  private queue: Array<WasmRecordBatch | null> = [];
  private wake: (() => void) | null = null;
  private done: Promise<void> | null = null;

  /** The file is opened, and the row-group size chosen, at the first batch. */
  constructor(
    private readonly path: string,
    private readonly maxRowGroupRows: number,
    private readonly compression: ParquetCompression = 'snappy',
    private readonly hashes?: FileHashes,
  ) {}

  private start(rowGroupRows: number): void {
    const file = new HashedFile(this.path, this.hashes);
    const source = new ReadableStream<WasmRecordBatch>({
      pull: async (controller) => {
        while (!this.queue.length) await new Promise<void>((r) => (this.wake = r));
        const next = this.queue.shift()!;
        if (next) controller.enqueue(next);
        else controller.close();
      },
    });
    const props = new WriterPropertiesBuilder()
      .setCompression(CODECS[this.compression])
      .setCreatedBy('newsframe')
      .setMaxRowGroupSize(rowGroupRows)
      .build();
    this.done = (async () => {
      try {
        const bytes = (await transformParquetStream(source, props)).getReader();
        for (;;) {
          const { done, value } = await bytes.read();
          if (done) break;
          file.write(value);
        }
      } finally {
        file.close();
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
    const batches = Array.from({ length: table.numBatches }, (_, i) => table.recordBatch(i)!);
    table.free();
    if (!this.done) this.start(rowGroupRowsFor(ipc.byteLength, batches.reduce((n, b) => n + b.numRows, 0), this.maxRowGroupRows));
    for (const b of batches) this.push(b);
  }

  async close(): Promise<void> {
    if (!this.done) throw new Error(`parquet writer for ${this.path} closed before any batch (the schema comes with the first)`);
    this.push(null);
    await this.done;
  }
}
