import { readFileSync } from 'node:fs';
import { newDoc, emptyMeta } from './src/model/doc.ts';
import { segmentDoc } from './src/stages/segment/index.ts';
const text = readFileSync('input/iran-negotiations.txt', 'utf8');
const doc = segmentDoc(newDoc({ id: 'x', sourcePath: 'x', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
function run(name: string, f: () => number) {
  let sink = 0;
  for (let r = 0; r < 3; r++) {
    const c0 = process.cpuUsage();
    for (let i = 0; i < 3000; i++) sink += f();
    const c = process.cpuUsage(c0);
    if (r === 2) console.log(name, ((c.user + c.system) / 1000).toFixed(0), sink > 0 ? '' : '-');
  }
}
run('slice', () => { let n = 0; for (const t of doc.tokens) n += text.slice(t.start, t.end).length; return n; });
run('slice+lower', () => { let n = 0; for (const t of doc.tokens) n += text.slice(t.start, t.end).toLowerCase().length; return n; });
run('objects', () => { const a: any[] = []; for (const t of doc.tokens) a.push({ start: t.start, end: t.end, fullEnd: t.end, text: '', lower: '', kind: t.kind, sentenceIndex: t.sentenceIndex, cap: false, allCaps: false, hasLower: false, lowerFirst: false, possessive: false, bound: false }); return a.length; });
