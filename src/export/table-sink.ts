/**
 * One output table in every chosen format. Rows are buffered and written in record batches;
 * a table with no rows still gets files with its header / schema.
 */
import { join } from 'node:path';
import type * as A from 'apache-arrow';
import type { TableDef } from '../schema/columns.ts';
import { CsvTableWriter } from './to-csv.ts';
import { ArrowTableWriter, arrowSchema, toRecordBatch } from './to-arrow.ts';
import { ParquetTableWriter } from './to-parquet.ts';

export const FORMATS = ['csv', 'arrow', 'parquet'] as const;
export type Format = (typeof FORMATS)[number];

export class TableSink {
  private rows: Record<string, unknown>[] = [];
  private schema: A.Schema;
  private csv?: CsvTableWriter;
  private arrow?: ArrowTableWriter;
  private parquet?: ParquetTableWriter;
  private batches = 0;
  rowCount = 0;

  constructor(
    readonly table: TableDef,
    dir: string,
    formats: readonly Format[],
    private batchRows: number,
    csvFormulaGuard: boolean,
  ) {
    this.schema = arrowSchema(table);
    if (formats.includes('csv')) this.csv = new CsvTableWriter(table, join(dir, `${table.name}.csv`), csvFormulaGuard);
    if (formats.includes('arrow')) this.arrow = new ArrowTableWriter(this.schema, join(dir, `${table.name}.arrow`));
    if (formats.includes('parquet')) this.parquet = new ParquetTableWriter(join(dir, `${table.name}.parquet`));
  }

  /** Adds rows; writes a batch when enough have gathered. */
  add(rows: Record<string, unknown>[]): void {
    for (const r of rows) this.rows.push(r);
    this.rowCount += rows.length;
    if (this.rows.length >= this.batchRows) this.flush();
  }

  private flush(): void {
    const rows = this.rows;
    this.rows = [];
    this.csv?.write(rows);
    if (this.arrow || this.parquet) {
      const batch = toRecordBatch(this.table, this.schema, rows);
      this.arrow?.write(batch);
      this.parquet?.write(batch);
    }
    this.batches++;
  }

  async close(): Promise<void> {
    if (this.rows.length || this.batches === 0) this.flush();
    await Promise.all([this.csv?.close(), this.arrow?.close(), this.parquet?.close()]);
  }
}
