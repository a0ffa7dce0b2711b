import { readFileSync } from 'node:fs';
import { emptyMeta, newDoc } from '../src/model/doc.ts';
import { segmentDoc } from '../src/stages/segment/index.ts';
import { extractEntities } from '../src/stages/entities/index.ts';
import { extractQuotes } from '../src/stages/quotes/index.ts';
import { CUE_VERB_FORMS } from '../src/stages/quotes/cues.ts';
const ROOT = '/work/shared/data/quotes/polnear/';
const rows = readFileSync(ROOT + 'derived/polnear_attributions.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)).filter((r) => r.split === (process.argv[2] ?? 'train'));
const by = new Map<string, any[]>();
for (const r of rows) { if (!by.has(r.text_file)) by.set(r.text_file, []); by.get(r.text_file)!.push(r); }
const cat = new Map<string, number>();
const ex = new Map<string, string[]>();
const inc = (k: string, line: string) => { cat.set(k, (cat.get(k) ?? 0) + 1); const l = ex.get(k) ?? []; if (l.length < 12 && Math.random() < 0.3) l.push(line); ex.set(k, l); };
for (const [file, gs] of [...by].slice(0, Number(process.argv[3] ?? 200))) {
  const text = readFileSync(ROOT + file, 'utf8');
  if (/[\uD800-\uDFFF]/.test(text)) continue;
  const doc = extractQuotes(extractEntities(segmentDoc(newDoc({ id: 'x', sourcePath: file, recordIndex: null, format: 'txt', meta: emptyMeta(), text }))));
  for (const g of gs) {
    if (!g.content?.length) continue;
    const s = Math.min(...g.content.map((c: any) => c.start)), e = Math.max(...g.content.map((c: any) => c.end));
    const hit = doc.quotes.some((q) => { const o = Math.min(q.end, e) - Math.max(q.start, s); return o > 0.3 * (q.end - q.start) && o > 0.3 * (e - s); });
    if (hit) continue;
    const cue = (g.cue_text ?? '').toLowerCase();
    const words = cue.split(/\s+/);
    const inLex = words.some((w: string) => CUE_VERB_FORMS.has(w));
    const sent = doc.sentences.find((x) => x.start <= s && s < x.end);
    const rowInSent = sent && doc.quotes.some((q) => q.start < sent.end && q.end > sent.start);
    const src = (g.source_text ?? '').toLowerCase();
    const k = `${inLex ? 'lex' : 'nolex'} ${rowInSent ? 'sentHasRow' : 'free'} ${/^(i|we|you|who|which|that)$/.test(src.trim()) ? 'src=' + src.trim() : ''}`;
    const ctxt = sent ? text.slice(sent.start, sent.end).replace(/\n/g, ' ').slice(0, 250) : '';
    inc(k, `[${g.source_text} | ${g.cue_text} | ${text.slice(s, e).slice(0, 80)}]  ${ctxt}`);
  }
}
for (const [k, v] of [...cat].sort((a, b) => b[1] - a[1])) { console.log(v, k); if (process.argv[4]) for (const l of ex.get(k)!.slice(0, Number(process.argv[4]))) console.log('   ', l); }
