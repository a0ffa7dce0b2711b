import { describe, expect, it } from 'vitest';
import { emptyMeta, newDoc, type EntityType, type Mention } from '../../../src/model/doc.ts';
import { entityId, normaliseDoc } from '../../../src/stages/normalise/index.ts';
import { tidy } from '../../../src/stages/normalise/tidy.ts';

/** A document whose mentions are the given (text, type) pairs, found in order in the text. */
function docWith(text: string, spans: Array<[string, EntityType]>) {
  const doc = newDoc({ id: 'd', sourcePath: 'd.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text });
  let from = 0;
  for (const [s, type] of spans) {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not in text`);
    from = start + s.length;
    const m: Mention = { start, end: from, text: s, type, sentenceIndex: 0, title: null, canonicalName: null, entityId: null, source: 'test' };
    doc.mentions.push(m);
  }
  return normaliseDoc(doc);
}

describe('normalise', () => {
  it('links a surname to the one full name it belongs to', () => {
    const doc = docWith('Supreme Leader Ali Khamenei spoke. Khamenei said no.', [['Ali Khamenei', 'PERSON'], ['Khamenei', 'PERSON']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Ali Khamenei', 'Ali Khamenei']);
    expect(doc.mentions[0].entityId).toBe(doc.mentions[1].entityId);
  });

  it('never merges Khamenei with Khomeini', () => {
    const doc = docWith('Ali Khamenei and Ayatollah Khomeini. Khomeini died.', [['Ali Khamenei', 'PERSON'], ['Khomeini', 'PERSON'], ['Khomeini', 'PERSON']]);
    expect(doc.mentions[1].entityId).not.toBe(doc.mentions[0].entityId);
    expect(doc.mentions[1].entityId).toBe(doc.mentions[2].entityId);
  });

  it('leaves a surname shared by two people named in full as written', () => {
    const doc = docWith('Hillary Clinton met Bill Clinton. Clinton left.', [['Hillary Clinton', 'PERSON'], ['Bill Clinton', 'PERSON'], ['Clinton', 'PERSON']]);
    expect(doc.mentions[2].canonicalName).toBe('Clinton');
  });

  it('keeps the person Israel Katz apart from the country Israel', () => {
    const doc = docWith('Israel Katz said Israel would act.', [['Israel Katz', 'PERSON'], ['Israel', 'LOC']]);
    expect(doc.mentions[1].canonicalName).toBe('Israel');
    expect(doc.mentions[1].entityId).not.toBe(doc.mentions[0].entityId);
  });

  it('gives an acronym the name it was introduced with', () => {
    const doc = docWith('The International Atomic Energy Agency (IAEA) warned. The IAEA said so.', [
      ['International Atomic Energy Agency', 'ORG'], ['IAEA', 'ORG'], ['IAEA', 'ORG'],
    ]);
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(1);
    expect(doc.mentions[2].canonicalName).toBe('International Atomic Energy Agency');
  });

  it('derives ids from type and name only, so they are stable across articles and runs', () => {
    expect(entityId('PERSON', 'Ali Khamenei')).toBe(entityId('PERSON', 'ali khamenei'));
    expect(entityId('PERSON', 'Ali Khamenei')).not.toBe(entityId('ORG', 'Ali Khamenei'));
    expect(entityId('LOC', 'Iran')).toMatch(/^loc_[0-9a-f]{16}$/);
  });

  it('leaves values such as dates without an entity id', () => {
    const doc = docWith('On Monday.', [['Monday', 'DATE']]);
    expect(doc.mentions[0].entityId).toBeNull();
  });
});

describe('tidy', () => {
  it('straightens quotes, dashes and spaces and drops a possessive', () => {
    expect(tidy('Iran’s')).toBe('Iran');
    expect(tidy('Hamas\u2013orchestrated')).toBe('Hamas-orchestrated');
    expect(tidy('  New\u00a0 York ')).toBe('New York');
    expect(tidy('the United Nations')).toBe('United Nations');
    expect(tidy('The Hague')).toBe('The Hague');
  });
});
