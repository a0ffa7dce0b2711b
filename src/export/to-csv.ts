/**
 * CSV writer: RFC 4180 via csv-stringify, UTF-8 without BOM, header row from the table schema.
 * Nulls are empty cells, lists are JSON arrays, timestamps ISO 8601, booleans true/false.
 */
import { HashedFile, type FileHashes } from './hashed-file.ts';
import { stringify } from 'csv-stringify/sync';
import type { TableDef, Column } from '../schema/columns.ts';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text of one CSV cell. With `guard`, a string that a spreadsheet would run as a formula gets a leading '. */
export function csvCell(value: unknown, col: Column, guard: boolean): string {
  if (value === null || value === undefined) return '';
  switch (col.kind) {
    case 'string_list':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'int32':
    case 'float64':
      return String(value);
    default: {
      const s = String(value);
      return guard && FORMULA_START.test(s) ? `'${s}` : s;
    }
  }
}

export class CsvTableWriter {
  private file: HashedFile;
  constructor(table: TableDef, path: string, hashes?: FileHashes) {
    this.file = new HashedFile(path, hashes);
    this.file.write(stringify([table.columns.map((c) => c.name)]));
  }

  /** Appends encoded CSV lines. */
  write(lines: string): void {
    if (lines) this.file.write(lines);
  }

  async close(): Promise<void> {
    this.file.close();
  }
}
