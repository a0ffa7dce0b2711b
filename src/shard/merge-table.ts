/**
 * Merges one table's shard parts into that table's files (every requested format) in the merge's
 * folder: the parts are merged as sorted lists on each row's file position (see merge.ts). Runs in
 * a worker thread (merge-worker.ts) for every table but articles, so tables are written side by side.
 */
import { TABLES, type MentionRow, type TableName } from '../schema/tables.ts';
import { TableSink, type Format } from '../export/table-sink.ts';
import type { ParquetCompression } from '../export/to-parquet.ts';
import { EntityIndex, type EntityEntry } from '../export/entity-index.ts';
import { readPart, type Row } from './read-part.ts';

export interface TableJob {
  table: TableName;
  /** The table's part of every shard, in shard order. */
  parts: string[];
  dir: string;
  formats: Format[];
  batchRows: number;
  csvFormulaGuard: boolean;
  parquetCompression: ParquetCompression;
}

/** Where each row's file comes in the input order: by source path, and by article id. */
export interface Positions {
  file: Map<string, number>;
  article: Map<string, number>;
}

export interface TableJobResult {
  rows: number;
  /** For mentions: the entity index over every merged mention (EntityIndex.entries). */
  entities?: Map<string, EntityEntry>;
}

interface Cursor {
  it: AsyncIterator<Row[]>;
  rows: Row[];
  i: number;
  key: number;
}

/** Moves a cursor to its next row; false once its stream is done. */
async function refill(c: Cursor, key: (r: Row) => number): Promise<boolean> {
  while (c.i >= c.rows.length) {
    const next = await c.it.next();
    if (next.done) return false;
    c.rows = next.value;
    c.i = 0;
  }
  const k = key(c.rows[c.i]);
  if (k < c.key) throw new Error('a shard part is not in input order; re-run that shard');
  c.key = k;
  return true;
}

/**
 * Merges streams whose rows are each in non-decreasing `key` order into one stream in key order.
 * Rows of one key come from one stream (a file belongs to one shard) and keep their order.
 * Yields runs of rows: the smallest head's rows up to the next head's key.
 */
export async function* mergeByKey(streams: AsyncIterable<Row[]>[], key: (r: Row) => number): AsyncGenerator<Row[]> {
  let live: Cursor[] = [];
  for (const s of streams) {
    const c: Cursor = { it: s[Symbol.asyncIterator](), rows: [], i: 0, key: -Infinity };
    if (await refill(c, key)) live.push(c);
  }
  while (live.length) {
    let min = live[0];
    for (const c of live) if (c.key < min.key) min = c;
    let bound = Infinity;
    for (const c of live) if (c !== min && c.key < bound) bound = c.key;
    const out: Row[] = [];
    let more: boolean;
    do {
      out.push(min.rows[min.i++]);
      more = await refill(min, key);
      if (out.length >= 10_000 && more) yield out.splice(0);
    } while (more && min.key < bound);
    if (out.length) yield out;
    if (!more) live = live.filter((c) => c !== min);
  }
}

/**
 * Writes one merged table. Rows are ordered by the position of their file: through source_path when
 * the table has it, else through article_id. `onRows` sees each run of rows before it is written
 * (the articles table fills in duplicate_of there). For mentions, also builds the entity index.
 */
export async function mergeTable(job: TableJob, positions: Positions, onRows?: (rows: Row[]) => void): Promise<TableJobResult> {
  const table = TABLES.find((t) => t.name === job.table)!;
  const cols = new Set(table.columns.map((c) => c.name));
  const lookup = (map: Map<string, number>, what: string) => (value: unknown) => {
    const p = map.get(value as string);
    if (p === undefined) throw new Error(`the ${table.name} part of a shard names the ${what} "${String(value)}", which no shard lists; re-run the shards`);
    return p;
  };
  let key: (r: Row) => number;
  if (cols.has('source_path')) {
    const file = lookup(positions.file, 'file');
    key = (r) => file(r.source_path);
  } else if (cols.has('article_id')) {
    const article = lookup(positions.article, 'article');
    key = (r) => article(r.article_id);
  } else {
    throw new Error(`table ${table.name}: no source_path or article_id column to order its rows by`);
  }
  const sink = new TableSink(table, job.dir, job.formats, job.batchRows, job.csvFormulaGuard, { parquetCompression: job.parquetCompression });
  const entities = table.name === 'mentions' ? new EntityIndex() : null;
  for await (const rows of mergeByKey(job.parts.map((p) => readPart(table, p)), key)) {
    onRows?.(rows);
    entities?.add(rows as MentionRow[]);
    sink.add(rows);
  }
  await sink.close();
  return { rows: sink.rowCount, ...(entities ? { entities: entities.entries } : {}) };
}
