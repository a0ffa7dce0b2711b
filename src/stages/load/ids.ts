/** Stable article ids: the same file (and record) always gets the same id, on any machine. */
import { createHash } from 'node:crypto';

/**
 * The id of the article at `relPath` (forward slashes, relative to the input folder), plus its
 * record index for JSON/JSONL records: the first 16 hex characters of
 * sha256(relPath + (recordIndex == null ? '' : '#' + recordIndex)).
 */
export function articleId(relPath: string, recordIndex: number | null): string {
  const key = relPath + (recordIndex == null ? '' : `#${recordIndex}`);
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16);
}
