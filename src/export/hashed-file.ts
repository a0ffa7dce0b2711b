/**
 * An output file written in appends, with the sha256 of its bytes computed as they are written: the
 * manifest needs every file's hash, and reading the tables back to hash them cost a visible share of a run.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { basename } from 'node:path';

/** sha256 of files written through HashedFile, by file name, for the manifest (filled as each is closed). */
export type FileHashes = Map<string, string>;

export class HashedFile {
  private fd: number;
  private hash: Hash = createHash('sha256');

  constructor(readonly path: string, private hashes?: FileHashes) {
    this.fd = openSync(path, 'w');
  }

  write(data: string | Uint8Array): void {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    writeSync(this.fd, bytes);
    this.hash.update(bytes);
  }

  /** Closes the file; returns its sha256 (hex), also recorded in `hashes` under the file's name. */
  close(): string {
    closeSync(this.fd);
    const digest = this.hash.digest('hex');
    this.hashes?.set(basename(this.path), digest);
    return digest;
  }
}
