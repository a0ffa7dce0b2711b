/**
 * Arrow IPC file writer, one record batch per call to `write`. Column types come from the table
 * schema (never inferred): strings Utf8, integers Int32, numbers Float64, lists List<Utf8>,
 * timestamps Timestamp(ms, UTC).
 */
import { HashedFile, type FileHashes } from './hashed-file.ts';
import { finished } from 'node:stream/promises';
import * as A from 'apache-arrow';
import type { Column, ColumnKind, TableDef } from '../schema/columns.ts';

function arrowType(kind: ColumnKind): A.DataType {
  switch (kind) {
    case 'string': return new A.Utf8();
    case 'int32': return new A.Int32();
    case 'float64': return new A.Float64();
    case 'boolean': return new A.Bool();
    case 'timestamp': return new A.TimestampMillisecond('UTC');
    case 'string_list': return new A.List(new A.Field('item', new A.Utf8(), false));
  }
}

/** The Arrow schema of a table. */
export function arrowSchema(table: TableDef): A.Schema {
  return new A.Schema(table.columns.map((c) => new A.Field(c.name, arrowType(c.kind), c.nullable)));
}

function columnValues(rows: Record<string, unknown>[], col: Column): unknown[] {
  if (col.kind === 'timestamp') {
    return rows.map((r) => (r[col.name] == null ? null : Date.parse(r[col.name] as string)));
  }
  return rows.map((r) => r[col.name] ?? null);
}

/** Validity bitmap (bit set = value present) or undefined when nothing is null. */
function validity(values: unknown[]): { nullCount: number; nullBitmap?: Uint8Array } {
  let nullCount = 0;
  for (const v of values) if (v == null) nullCount++;
  if (!nullCount) return { nullCount };
  const nullBitmap = new Uint8Array((values.length + 7) >> 3);
  values.forEach((v, i) => {
    if (v != null) nullBitmap[i >> 3] |= 1 << (i & 7);
  });
  return { nullCount, nullBitmap };
}

/**
 * Column data for the common kinds, built directly into Arrow buffers. Same result as
 * `A.vectorFromArray(values, type)`, which is the readable form, about 5x faster for strings.
 */
function columnData(values: unknown[], col: Column, type: A.DataType): A.Data {
  const length = values.length;
  switch (col.kind) {
    case 'string': {
      const valueOffsets = new Int32Array(length + 1);
      let total = 0;
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (v != null) total += Buffer.byteLength(v as string, 'utf8');
        valueOffsets[i + 1] = total;
      }
      const data = Buffer.alloc(total);
      for (let i = 0; i < length; i++) {
        const v = values[i];
        if (v != null) data.write(v as string, valueOffsets[i], 'utf8');
      }
      return A.makeData({ type: type as A.Utf8, length, valueOffsets, data: new Uint8Array(data.buffer, data.byteOffset, total), ...validity(values) });
    }
    case 'int32': {
      const data = new Int32Array(length);
      for (let i = 0; i < length; i++) data[i] = (values[i] as number | null) ?? 0;
      return A.makeData({ type: type as A.Int32, length, data, ...validity(values) });
    }
    case 'float64': {
      const data = new Float64Array(length);
      for (let i = 0; i < length; i++) data[i] = (values[i] as number | null) ?? 0;
      return A.makeData({ type: type as A.Float64, length, data, ...validity(values) });
    }
    default:
      return A.vectorFromArray(values, type).data[0];
  }
}

/** Builds one record batch from rows, with the table's explicit types. */
export function toRecordBatch(table: TableDef, schema: A.Schema, rows: Record<string, unknown>[]): A.RecordBatch {
  const children = table.columns.map((c, i) => columnData(columnValues(rows, c), c, schema.fields[i].type));
  const data = A.makeData({ type: new A.Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new A.RecordBatch(schema, data);
}

export class ArrowTableWriter {
  private writer = new A.RecordBatchFileWriter();
  private done: Promise<void>;
  constructor(private schema: A.Schema, path: string, hashes?: FileHashes) {
    const file = new HashedFile(path, hashes);
    const bytes = this.writer.toNodeStream();
    bytes.on('data', (chunk: Uint8Array) => file.write(chunk));
    this.done = finished(bytes).finally(() => file.close());
    this.writer.reset(undefined, schema);
  }

  /** Appends the record batches of an Arrow IPC stream. */
  write(ipc: Uint8Array): void {
    for (const batch of A.RecordBatchReader.from(ipc)) this.writer.write(batch);
  }

  async close(): Promise<void> {
    this.writer.close();
    await this.done;
  }
}
