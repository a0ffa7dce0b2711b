/**
 * Reads an output table back one record batch at a time, so whoever aggregates it holds one
 * batch and its own counts, never the whole table. Prefers the Arrow IPC file (read through a
 * file handle: the footer, then one batch at a time) and falls back to Parquet (one row group at
 * a time, only the columns asked for). CSV is not read: it carries no types.
 */
import { existsSync, openAsBlob } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import * as A from 'apache-arrow';
import { ParquetFile } from 'parquet-wasm/node';

export type TableSource = 'arrow' | 'parquet';

/** Which typed file of a table the run wrote, Arrow first; null when there is only CSV (or nothing). */
export function tableSource(dir: string, table: string): TableSource | null {
  if (existsSync(join(dir, `${table}.arrow`))) return 'arrow';
  if (existsSync(join(dir, `${table}.parquet`))) return 'parquet';
  return null;
}

/** The record batches of `<dir>/<table>.arrow` (or `.parquet`), in file order. `columns` limits what Parquet decodes. */
export async function* scanTable(dir: string, table: string, columns: string[]): AsyncGenerator<A.RecordBatch> {
  const source = tableSource(dir, table);
  if (source === 'arrow') yield* scanArrow(join(dir, `${table}.arrow`));
  else if (source === 'parquet') yield* scanParquet(join(dir, `${table}.parquet`), columns);
  else throw new Error(`${table}: no .arrow or .parquet file in ${dir}`);
}

async function* scanArrow(path: string): AsyncGenerator<A.RecordBatch> {
  // A FileHandle (not a byte stream) makes apache-arrow read the IPC file by random access;
  // given a stream it would buffer the whole file first.
  const fh = await open(path, 'r');
  try {
    const reader = await A.RecordBatchReader.from(fh);
    for await (const batch of reader) yield batch;
  } finally {
    await fh.close().catch(() => {});
  }
}

async function* scanParquet(path: string, columns: string[]): AsyncGenerator<A.RecordBatch> {
  const file = await ParquetFile.fromFile(await openAsBlob(path));
  try {
    const groups = file.metadata().numRowGroups();
    for (let g = 0; g < groups; g++) {
      const wasm = await file.read({ rowGroups: [g], columns });
      const table = A.tableFromIPC(wasm.intoIPCStream());
      for (const batch of table.batches) yield batch;
    }
  } finally {
    file.free();
  }
}

/**
 * Reads one column of a batch as plain JS values: strings, numbers (timestamps as epoch ms), null.
 * Looks the column up once per batch, not once per cell. A column the batch lacks reads as null.
 */
export function column(batch: A.RecordBatch, name: string): (row: number) => unknown {
  const v = batch.getChild(name);
  if (!v) return () => null;
  return (row) => {
    const x = v.get(row);
    return typeof x === 'bigint' ? Number(x) : (x ?? null);
  };
}
