/**
 * Typed arrays that may live in a SharedArrayBuffer: the model and the cluster table are built once by the
 * worker pool in shared memory, and every worker reads the same bytes (see getSharedTaggerTables).
 */

/** A typed array of n four-byte zeros, in a SharedArrayBuffer when `shared`. */
export function zeros<T>(Type: new (buffer: ArrayBufferLike) => T, n: number, shared: boolean): T {
  return new Type(shared ? new SharedArrayBuffer(4 * n) : new ArrayBuffer(4 * n));
}
