import { readFileSync } from 'node:fs';
import { newDoc, emptyMeta } from './src/model/doc.ts';
import { segmentDoc } from './src/stages/segment/index.ts';
import { toToks } from './src/stages/entities/tokens.ts';
import { extractEntities } from './src/stages/entities/index.ts';
const text = readFileSync('input/iran-negotiations.txt', 'utf8');
const doc = segmentDoc(newDoc({ id: 'x', sourcePath: 'x', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
extractEntities(doc);
for (let r = 0; r < 3; r++) {
  let c0 = process.cpuUsage();
  for (let i = 0; i < 3000; i++) toToks(doc);
  let c = process.cpuUsage(c0);
  const tt = (c.user + c.system) / 1000;
  c0 = process.cpuUsage();
  for (let i = 0; i < 3000; i++) extractEntities(doc);
  c = process.cpuUsage(c0);
  console.log('toToks ms/3000', tt.toFixed(0), 'extract ms/3000', ((c.user + c.system) / 1000).toFixed(0));
}
