import { readFileSync } from 'node:fs';
import { emptyMeta, newDoc } from '../src/model/doc.ts';
import { segmentDoc } from '../src/stages/segment/index.ts';
import { extractEntities } from '../src/stages/entities/index.ts';
import { extractQuotes } from '../src/stages/quotes/index.ts';
const ROOT = '/work/shared/data/quotes/polnear/';
const rows = readFileSync(ROOT + 'derived/polnear_attributions.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.split === (process.argv[2] ?? 'train'));
const by = new Map<string, any[]>();
for (const r of rows) { if (!by.has(r.text_file)) by.set(r.text_file, []); by.get(r.text_file)!.push(r); }
let n = 0;
const limit = Number(process.argv[3] ?? 60);
for (const [file, gs] of [...by].slice(0, 400)) {
  const text = readFileSync(ROOT + file, 'utf8');
  if (/[\uD800-\uDFFF]/.test(text)) continue;
  const doc = extractQuotes(extractEntities(segmentDoc(newDoc({ id: 'x', sourcePath: file, recordIndex: null, format: 'txt', meta: emptyMeta(), text }))));
  for (const q of doc.quotes) {
    if (q.speaker || q.kind === 'indirect') continue;
    const g = gs.find((g) => g.content && g.content.some((c: any) => c.start < q.end && c.end > q.start));
    if (!g || !g.source) continue;
    if (n++ % Number(process.argv[4] ?? 3) !== 0) continue;
    console.log(`>> ${text.slice(Math.max(0, q.start - 200), q.start).replace(/\n/g, ' ¶ ')} [[${text.slice(q.start, Math.min(q.end, q.start + 80))}]] ${text.slice(q.end, q.end + 80).replace(/\n/g, ' ¶ ')}\n   gold: ${g.source_text} / ${g.cue_text}`);
    if (n > limit * 3) process.exit(0);
  }
}
