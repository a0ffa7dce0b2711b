import { newDoc, emptyMeta } from './src/model/doc.ts';
import { segmentDoc } from './src/stages/segment/index.ts';
import { extractEntities } from './src/stages/entities/index.ts';
const N = 2 * 1024 * 1024;
const text = process.argv[2] === 'dots' ? 'U.S. '.repeat(N / 5) : 'A '.repeat(N / 2);
const doc = segmentDoc(newDoc({ id: 'x', sourcePath: 'x', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
const t1 = performance.now();
extractEntities(doc);
console.log((performance.now() - t1).toFixed(0), doc.sentences.length);
