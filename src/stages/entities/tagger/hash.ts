/**
 * 32-bit hashing for feature keys. A feature is a template number and one or two values (hashes of
 * strings such as a word or its shape, or small numbers); its key is a murmur3-style mix of them.
 * Keys are never 0: the model's hash table uses 0 for an empty slot.
 */

/** murmur3's finaliser: spreads every input bit over the whole word. */
export function fmix(h: number): number {
  return fmixSigned(h) >>> 0;
}

/** murmur3's finaliser as a signed 32-bit integer: the same bits as `fmix`. */
export function fmixSigned(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** FNV-1a over the UTF-16 code units, finalised: the hash of a feature value string. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** hashString(s.slice(from, to)), without making the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

/** One murmur3 body step: folds `v` into `h`. */
function step(h: number, v: number): number {
  v = Math.imul(v, 0xcc9e2d51);
  v = (v << 15) | (v >>> 17);
  v = Math.imul(v, 0x1b873593);
  h ^= v;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/*
 * Feature keys are returned as signed 32-bit integers: the bits of the unsigned hash, which is what a
 * Uint32Array of keys stores either way. A signed result is a small integer to V8, while an unsigned one of
 * 2^31 or more is a heap number, allocated at every call the compiler does not inline (~8% of the bytes the
 * stages allocated on BBC). Compare keys only as stored in typed arrays, or as returned here, never mixed.
 */

/** Key of template `t` with value `a`. */
export function key1(t: number, a: number): number {
  return fmixSigned(step(step(0x2545f491, t), a)) || 1;
}

/** Key of template `t` with values `a` and `b`. */
export function key2(t: number, a: number, b: number): number {
  return fmixSigned(step(step(step(0x2545f491, t), a), b)) || 1;
}

/** Key of template `t` with values `a`, `b` and `c`. */
export function key3(t: number, a: number, b: number, c: number): number {
  return fmixSigned(step(step(step(step(0x2545f491, t), a), b), c)) || 1;
}
