/**
 * The model file (data/ner-model.bin), gzip-compressed:
 *
 *   "NFNER001"                       8 bytes, format and version
 *   header length, header            u32, then that many bytes of UTF-8 JSON (meta, counts, weight scale)
 *   keys                             u32 × features: feature keys, ascending
 *   counts                           u8  × features: (label, weight) entries of each feature
 *   labels                           u8  × entries
 *   weights                          i16 × entries: weight = value × scale
 *   dense scores (NFNER002 only)     i8 × words × sides × labels (see DenseData; the header's `dense` has
 *                                    sides, words and the per side-and-label scale and offset)
 *
 * A model without word-vector features is written as NFNER001, as before them.
 * All numbers little-endian. Sorted keys and 16-bit weights keep the file small; the weights lose
 * nothing that changes a decision (the largest weight is about 100 and the step about 0.003).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { ModelData } from './model.ts';

const MAGIC = 'NFNER001';
const MAGIC_DENSE = 'NFNER002';

interface Header {
  meta: Record<string, unknown>;
  features: number;
  entries: number;
  scale: number;
  dense?: { sides: number[]; words: number; scale: number[]; offset: number[] };
}

/** Serialises a model (features sorted by key, weights quantised to 16 bits) and gzips it. */
export function encodeModel(data: ModelData): Buffer {
  const F = data.keys.length;
  const order = Array.from({ length: F }, (_, i) => i).sort((a, b) => data.keys[a] - data.keys[b]);
  const start = new Uint32Array(F + 1);
  for (let f = 0; f < F; f++) start[f + 1] = start[f] + data.counts[f];
  const E = start[F];
  let maxAbs = 0;
  for (let e = 0; e < E; e++) maxAbs = Math.max(maxAbs, Math.abs(data.weights[e]));
  const scale = maxAbs > 0 ? maxAbs / 32767 : 1;

  const keys = new Uint32Array(F);
  const counts = new Uint8Array(F);
  const labels = new Uint8Array(E);
  const weights = new Int16Array(E);
  let e = 0;
  order.forEach((f, n) => {
    keys[n] = data.keys[f];
    counts[n] = data.counts[f];
    for (let k = start[f]; k < start[f + 1]; k++, e++) {
      labels[e] = data.labels[k];
      weights[e] = Math.round(data.weights[k] / scale);
    }
  });
  const header: Header = { meta: data.meta, features: F, entries: E, scale };
  const d = data.dense;
  if (d) header.dense = { sides: d.sides, words: d.words, scale: Array.from(d.scale), offset: Array.from(d.offset) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  const parts = [Buffer.from(d ? MAGIC_DENSE : MAGIC, 'latin1'), len, json, bytes(keys), bytes(counts), bytes(labels), bytes(weights)];
  if (d) parts.push(bytes(d.q));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

const bytes = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** A model file's bytes (gunzipped), its format's magic, its header, and where the sections after the header start. */
function readHeader(file: Buffer): { buf: Buffer; magic: string; header: Header; body: number } {
  const buf = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  const magic = buf.toString('latin1', 0, 8);
  if (magic !== MAGIC && magic !== MAGIC_DENSE) throw new Error(`not a newsframe NER model (expected ${MAGIC} or ${MAGIC_DENSE})`);
  const len = buf.readUInt32LE(8);
  return { buf, magic, header: JSON.parse(buf.toString('utf8', 12, 12 + len)) as Header, body: 12 + len };
}

/** Reads a model written by `encodeModel`. */
export function decodeModel(file: Buffer): ModelData {
  const { buf, magic, header, body } = readHeader(file);
  const F = header.features;
  const E = header.entries;
  let pos = body;
  // Copies, because the sections are not aligned for typed-array views.
  const take = (n: number): ArrayBuffer => {
    const ab = new ArrayBuffer(n);
    new Uint8Array(ab).set(buf.subarray(pos, pos + n));
    pos += n;
    return ab;
  };
  const keys = new Uint32Array(take(4 * F));
  const counts = new Uint8Array(take(F));
  const labels = new Uint8Array(take(E));
  const q = new Int16Array(take(2 * E));
  const weights = new Float32Array(E);
  for (let e = 0; e < E; e++) weights[e] = q[e] * header.scale;
  const hd = magic === MAGIC_DENSE ? header.dense : undefined;
  const dense = hd
    ? { sides: hd.sides, words: hd.words, scale: Float32Array.from(hd.scale), offset: Float32Array.from(hd.offset), q: new Int8Array(take(hd.words * hd.scale.length)) }
    : undefined;
  return { keys, counts, labels, weights, meta: header.meta, dense };
}

export function writeModel(path: string, data: ModelData): number {
  const buf = encodeModel(data);
  writeFileSync(path, buf);
  return buf.length;
}

export function readModel(path: string): ModelData {
  return decodeModel(readFileSync(path));
}

/**
 * A model file with `meta` merged into its header's meta; the features and weights are the file's own bytes (a read model
 * written again would have its weights quantised a second time, from floats: they could move by a rounding step).
 */
export function withMeta(file: Buffer, meta: Record<string, unknown>): Buffer {
  const { buf, header, body } = readHeader(file);
  const json = Buffer.from(JSON.stringify({ ...header, meta: { ...header.meta, ...meta } }), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  return gzipSync(Buffer.concat([buf.subarray(0, 8), len, json, buf.subarray(body)]), { level: 9 });
}
