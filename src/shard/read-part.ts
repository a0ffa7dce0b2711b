/**
 * Reads a shard's Parquet part back as plain rows, the values a run's rows hold before they are
 * written: strings, numbers, booleans, string lists, timestamps as ISO 8601 strings, null. The
 * columns come from the table's schema, so a column added to a table is read without a change here.
 * One row group at a time: memory is bounded by a row group, not by the part.
 */
import { openAsBlob } from 'node:fs';
import * as A from 'apache-arrow';
import { ParquetFile } from 'parquet-wasm/node';
import type { Column, TableDef } from '../schema/columns.ts';

export type Row = Record<string, unknown>;

function reader(col: Column, vector: A.Vector | null): (i: number) => unknown {
  if (!vector) throw new Error(`column "${col.name}" is missing from the part`);
  const plain = (i: number) => {
    const v = vector.get(i);
    return typeof v === 'bigint' ? Number(v) : (v ?? null);
  };
  switch (col.kind) {
    case 'timestamp':
      return (i) => {
        const ms = plain(i) as number | null;
        return ms === null ? null : new Date(ms).toISOString();
      };
    case 'string_list':
      return (i) => {
        const list = vector.get(i) as A.Vector | null;
        return list === null ? null : Array.from(list as Iterable<string>);
      };
    default:
      return plain;
  }
}

/** The rows of one record batch, with the table's columns in schema order. */
export function rowsOf(table: TableDef, batch: A.RecordBatch): Row[] {
  const readers = table.columns.map((c) => [c.name, reader(c, batch.getChild(c.name))] as const);
  const rows: Row[] = new Array(batch.numRows);
  for (let i = 0; i < batch.numRows; i++) {
    const row: Row = {};
    for (const [name, read] of readers) row[name] = read(i);
    rows[i] = row;
  }
  return rows;
}

/** The rows of `path` (a part of `table`), one array per row group, in file order. */
export async function* readPart(table: TableDef, path: string): AsyncGenerator<Row[]> {
  const file = await ParquetFile.fromFile(await openAsBlob(path));
  try {
    const groups = file.metadata().numRowGroups();
    const columns = table.columns.map((c) => c.name);
    for (let g = 0; g < groups; g++) {
      const wasm = await file.read({ rowGroups: [g], columns });
      for (const batch of A.tableFromIPC(wasm.intoIPCStream()).batches) yield rowsOf(table, batch);
    }
  } finally {
    file.free();
  }
}
