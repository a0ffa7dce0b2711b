/** Offsets counted in Unicode code points (PolNeAR's standoff annotations) to JavaScript's UTF-16 offsets. */

/** Maps code-point offsets to UTF-16 offsets for one text (the identity when it has no astral characters). */
export function codePointMap(text: string): (cp: number) => number {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (cp) => map[cp];
}
