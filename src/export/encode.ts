/**
 * Encodes a batch of rows of one table into the bytes each format needs (CSV text, an Arrow IPC
 * stream). Worker threads call this, so the costly part of exporting spreads over all cores and
 * the main thread only appends bytes in order.
 */
import * as A from 'apache-arrow';
import { stringify } from 'csv-stringify/sync';
import type { TableDef } from '../schema/columns.ts';
import { csvCell } from './to-csv.ts';
import { arrowSchema, toRecordBatch } from './to-arrow.ts';
import type { Format } from './formats.ts';

export interface EncodedBatch {
  rows: number;
  /** CSV lines without the header. */
  csv?: string;
  /** One record batch as an Arrow IPC stream (used for the .arrow and .parquet files). */
  ipc?: Uint8Array;
}

const schemas = new Map<string, A.Schema>();

/** The Arrow schema of a table, built once. */
export function schemaOf(table: TableDef): A.Schema {
  let s = schemas.get(table.name);
  if (!s) schemas.set(table.name, (s = arrowSchema(table)));
  return s;
}

export function encodeCsv(table: TableDef, rows: Record<string, unknown>[], guard: boolean): string {
  const cols = table.columns;
  return stringify(rows.map((r) => cols.map((c) => csvCell(r[c.name], c, guard))));
}

export function encodeBatch(
  table: TableDef, rows: Record<string, unknown>[], formats: readonly Format[], guard: boolean,
): EncodedBatch {
  const out: EncodedBatch = { rows: rows.length };
  if (formats.includes('csv')) out.csv = encodeCsv(table, rows, guard);
  if (formats.includes('arrow') || formats.includes('parquet')) {
    out.ipc = A.tableToIPC(new A.Table(toRecordBatch(table, schemaOf(table), rows)), 'stream');
  }
  return out;
}
