/** Shared helpers for the entities-stage tests: run segment + entities on a text, read mentions back, invariants. */
import { expect } from 'vitest';
import { emptyMeta, newDoc, type ArticleDoc, type EntityType } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { extractEntities } from '../../../src/stages/entities/index.ts';

/** A txt document with the given text, segmented and with its entities extracted. */
export function entitiesOf(text: string): ArticleDoc {
  const doc = segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  return extractEntities(doc);
}

/** Mentions as "TYPE text" strings, in text order: short, readable expectations. */
export function mentionsOf(text: string): string[] {
  return entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}`);
}

/** The type of the first mention whose text is exactly `surface`, or null. */
export function typeOf(doc: ArticleDoc, surface: string): EntityType | null {
  return doc.mentions.find((m) => m.text === surface)?.type ?? null;
}

/** Every mention's text is its slice of the document; mentions are sorted, inside the text and never overlap. */
export function expectValidMentions(doc: ArticleDoc): void {
  // Checked in plain code and asserted once: hostile inputs have hundreds of thousands of mentions.
  let prevEnd = 0;
  const bad = doc.mentions.find((m) => {
    const ok =
      m.text === doc.text.slice(m.start, m.end) && m.start >= prevEnd && m.end > m.start && m.end <= doc.text.length &&
      doc.sentences[m.sentenceIndex].start <= m.start && m.end <= doc.sentences[m.sentenceIndex].end &&
      m.canonicalName === null && m.entityId === null && m.source !== '';
    prevEnd = m.end;
    return !ok;
  });
  expect(bad).toBeUndefined();
}
