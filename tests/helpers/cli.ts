/** Runs the real CLI in a child process, as a user would, and reads its outputs back. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI; without a --cache option of its own, with --no-cache so tests never share a cache. */
export function runCli(args: string[], cwd = ROOT): CliResult {
  const cacheArgs = args.some((a) => a === '--cache' || a === '--no-cache') ? [] : ['--no-cache'];
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/newsframe.js'), ...args, ...cacheArgs], {
    cwd, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 300_000,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix = 'newsframe-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

let conn: DuckDBConnection | undefined;

/** Rows of a SQL query through DuckDB (an independent reader of our Parquet and CSV files). */
export async function sql<T = Record<string, unknown>>(query: string): Promise<T[]> {
  if (!conn) conn = await (await DuckDBInstance.create(':memory:')).connect();
  const reader = await conn.runAndReadAll(query);
  return reader.getRowObjectsJS() as T[];
}
