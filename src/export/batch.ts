/**
 * What a worker sends back for one batch of files: rows the run still has to complete
 * (articles: duplicate_of; errors: counts) and the per-article tables already encoded.
 */
import type { ArticleRow, ErrorRow } from '../schema/tables.ts';
import { paragraphs, sentences, mentions, quotes } from '../schema/tables.ts';
import type { ArticleRows } from './rows.ts';
import { encodeBatch, type EncodedBatch } from './encode.ts';
import { EntityIndex, type EntityEntry } from './entity-index.ts';
import type { Format } from './formats.ts';

export const ENCODED_TABLES = [paragraphs, sentences, mentions, quotes] as const;
export type EncodedTableName = 'paragraphs' | 'sentences' | 'mentions' | 'quotes';

export interface BatchResult {
  articles: ArticleRow[];
  errors: ErrorRow[];
  entities: Map<string, EntityEntry>;
  encoded: Record<EncodedTableName, EncodedBatch>;
  /** Cache keys of the files this batch read (empty without a cache), and how many were found there. */
  cacheKeys: string[];
  cacheHits: number;
}

export interface EncodeOptions {
  formats: readonly Format[];
  csvFormulaGuard: boolean;
}

export function encodeRows(rows: ArticleRows, opts: EncodeOptions, cacheKeys: string[] = [], cacheHits = 0): BatchResult {
  const index = new EntityIndex();
  index.add(rows.mentions);
  const byName = rows as unknown as Record<string, Record<string, unknown>[]>;
  const encoded = Object.fromEntries(
    ENCODED_TABLES.map((t) => [t.name, encodeBatch(t, byName[t.name], opts.formats, opts.csvFormulaGuard)]),
  ) as Record<EncodedTableName, EncodedBatch>;
  return { articles: rows.articles, errors: rows.errors, entities: index.entries, encoded, cacheKeys, cacheHits };
}

/** Buffers that can be moved to the main thread instead of copied. */
export function transferList(r: BatchResult): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const e of Object.values(r.encoded)) if (e.ipc) buffers.add(e.ipc.buffer as ArrayBuffer);
  return [...buffers];
}
