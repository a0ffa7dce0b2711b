/** Documents with hand-made mentions, for tests of the stages that read mentions. */
import { emptyMeta, newDoc, type ArticleDoc, type EntityType, type Mention } from '../../src/model/doc.ts';
import { segmentDoc } from '../../src/stages/segment/index.ts';

/**
 * A document whose mentions are the given (text, type) pairs, each found in the text after the one before
 * (all in sentence 0); segmented first when `segment` is set.
 */
export function docWithMentions(text: string, spans: Array<[string, EntityType]>, segment = false): ArticleDoc {
  const doc = newDoc({ id: 'd', sourcePath: 'd.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text });
  if (segment) segmentDoc(doc);
  let from = 0;
  for (const [s, type] of spans) {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not in text`);
    from = start + s.length;
    const m: Mention = { start, end: from, text: s, type, sentenceIndex: 0, title: null, canonicalName: null, entityId: null, source: 'test' };
    doc.mentions.push(m);
  }
  return doc;
}
