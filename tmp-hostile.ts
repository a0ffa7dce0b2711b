import { newDoc, emptyMeta } from './src/model/doc.ts';
import { segmentDoc } from './src/stages/segment/index.ts';
import { extractEntities } from './src/stages/entities/index.ts';
const N = 5 * 1024 * 1024;
const cases: Record<string, string> = {
  lower: 'aaa '.repeat(N / 4),
  digits: '1 '.repeat(N / 2),
  longdigits: '1'.repeat(N),
  caps: 'A '.repeat(N / 2),
  capwords: 'Iranian Katz '.repeat(N / 13),
  titles: 'President '.repeat(N / 10),
  CAPS: 'IRAN SAYS '.repeat(N / 10),
  commas: '1,'.repeat(N / 2),
  money: '$1 '.repeat(N / 3),
  possessive: 'Iran’s '.repeat(N / 7),
  dots: 'U.S. '.repeat(N / 5),
  mixed: 'Mr. Smith of the Bank of England said on 3 May 2020 that £3.2bn (12%) went to the US. '.repeat(N / 90),
};
for (const [name, text] of Object.entries(cases)) {
  const t0 = performance.now();
  const doc = segmentDoc(newDoc({ id: 'x', sourcePath: 'x', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  const t1 = performance.now();
  extractEntities(doc);
  const t2 = performance.now();
  const bad = doc.mentions.find((m, i) => m.text !== text.slice(m.start, m.end) || (i > 0 && m.start < doc.mentions[i - 1].end));
  console.log(name.padEnd(10), `segment ${(t1 - t0).toFixed(0)} ms, entities ${(t2 - t1).toFixed(0)} ms, ${doc.tokens.length} tokens, ${doc.mentions.length} mentions`, bad ? 'BAD' : '');
}
