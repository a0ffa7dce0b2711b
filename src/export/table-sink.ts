/**
 * One output table in every chosen format. Takes either rows (buffered and encoded here in
 * batches of `batchRows`) or batches already encoded by a worker (appended as they are).
 * A table with no rows still gets files with its header / schema.
 */
import { join } from 'node:path';
import type { TableDef } from '../schema/columns.ts';
import { CsvTableWriter } from './to-csv.ts';
import { ArrowTableWriter } from './to-arrow.ts';
import { ParquetTableWriter, type ParquetCompression } from './to-parquet.ts';
import type { FileHashes } from './hashed-file.ts';
import { encodeBatch, schemaOf, type EncodedBatch } from './encode.ts';
import type { Format } from './formats.ts';

export { FORMATS, type Format } from './formats.ts';

/**
 * Text per buffered batch before it is written (characters of a `text` column). The articles table is encoded
 * in the main thread (its duplicate_of needs every earlier article): the buffered texts, their CSV and their
 * Arrow copy briefly coexist, so at 8 million characters each write made a ~30 MB spike of peak RSS.
 */
const MAX_BATCH_TEXT_CHARS = 2_000_000;

export class TableSink {
  private rows: Record<string, unknown>[] = [];
  private csv?: CsvTableWriter;
  private arrow?: ArrowTableWriter;
  private parquet?: ParquetTableWriter;
  private batches = 0;
  private textChars = 0;
  rowCount = 0;

  constructor(
    readonly table: TableDef,
    dir: string,
    private formats: readonly Format[],
    private batchRows: number,
    private csvFormulaGuard: boolean,
    options: {
      parquetCompression?: ParquetCompression;
      /** Receives the sha256 of each file as it is closed (for the manifest). */
      hashes?: FileHashes;
    } = {},
  ) {
    const { parquetCompression = 'snappy', hashes } = options;
    if (formats.includes('csv')) this.csv = new CsvTableWriter(table, join(dir, `${table.name}.csv`), hashes);
    if (formats.includes('arrow')) this.arrow = new ArrowTableWriter(schemaOf(table), join(dir, `${table.name}.arrow`), hashes);
    if (formats.includes('parquet')) this.parquet = new ParquetTableWriter(join(dir, `${table.name}.parquet`), batchRows, parquetCompression, hashes);
  }

  /** Adds rows; encodes and writes a batch when enough rows, or enough text, have gathered. */
  add(rows: Record<string, unknown>[]): void {
    for (const r of rows) {
      this.rows.push(r);
      // Article texts are large: a batch of them is also cut by size, so memory stays bounded.
      if (typeof r.text === 'string') this.textChars += r.text.length;
    }
    if (this.rows.length >= this.batchRows || this.textChars >= MAX_BATCH_TEXT_CHARS) this.flush();
  }

  /** Appends a batch encoded elsewhere (same formats), after any buffered rows. */
  addEncoded(batch: EncodedBatch): void {
    if (!batch.rows) return;
    if (this.rows.length) this.flush();
    this.append(batch);
  }

  private append(batch: EncodedBatch): void {
    if (batch.csv !== undefined) this.csv?.write(batch.csv);
    if (batch.ipc) {
      this.arrow?.write(batch.ipc);
      this.parquet?.write(batch.ipc);
    }
    this.rowCount += batch.rows;
    this.batches++;
  }

  private flush(): void {
    const rows = this.rows;
    this.rows = [];
    this.textChars = 0;
    this.append(encodeBatch(this.table, rows, this.formats, this.csvFormulaGuard));
  }

  async close(): Promise<void> {
    if (this.rows.length || this.batches === 0) this.flush();
    await Promise.all([this.csv?.close(), this.arrow?.close(), this.parquet?.close()]);
  }
}
