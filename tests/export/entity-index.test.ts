import { describe, expect, it } from 'vitest';
import { EntityIndex } from '../../src/export/entity-index.ts';
import type { MentionRow } from '../../src/schema/tables.ts';

const mention = (article_id: string, text: string, entity_id: string, canonical_name: string, more: Partial<MentionRow> = {}): MentionRow => ({
  article_id, mention_index: 0, sentence_index: 0, start: 0, end: text.length, text, type: 'PERSON', title: null,
  canonical_name, entity_id, code: null, country_code: null, normalized: null, amount: null, currency: null, unit: null, nested_in: null, ...more,
});

describe('EntityIndex', () => {
  it('counts mentions and articles and keeps each surface form, titled forms too', () => {
    const index = new EntityIndex();
    index.add([
      mention('a', 'Ali Khamenei', 'p1', 'Ali Khamenei', { title: 'Supreme Leader' }),
      mention('a', 'Khamenei', 'p1', 'Ali Khamenei', { title: 'Ayatollah' }),
      mention('b', 'Khamenei', 'p1', 'Ali Khamenei'),
    ]);
    const [row] = index.rows();
    expect(row).toMatchObject({ entity_id: 'p1', canonical_name: 'Ali Khamenei', mention_count: 3, article_count: 2 });
    expect(row.aliases).toEqual(['Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei', 'Supreme Leader Ali Khamenei']);
  });

  it('counts names inside longer names apart: neither in mention_count nor in article_count', () => {
    const index = new EntityIndex();
    index.add([
      mention('a', 'University of Texas', 'o1', 'University of Texas', { type: 'ORG' }),
      mention('a', 'Texas', 'l1', 'Texas', { type: 'LOC', mention_index: 1, nested_in: 0 }),
      mention('b', 'Texas', 'l1', 'Texas', { type: 'LOC' }),
      mention('c', 'Texas', 'l1', 'Texas', { type: 'LOC', mention_index: 1, nested_in: 0 }),
    ]);
    const rows = index.rows();
    expect(rows.find((r) => r.entity_id === 'l1')).toMatchObject({ mention_count: 1, article_count: 1, nested_mention_count: 2 });
    expect(rows.find((r) => r.entity_id === 'o1')).toMatchObject({ mention_count: 1, article_count: 1, nested_mention_count: 0 });
  });

  it('carries the codes of places and peoples', () => {
    const index = new EntityIndex();
    index.add([
      mention('a', 'Tehran', 'l1', 'Tehran', { type: 'LOC', code: '112931', country_code: 'IR' }),
      mention('a', 'Iranian', 'n1', 'Iranian', { type: 'NORP', country_code: 'IR' }),
    ]);
    expect(index.rows().map((r) => [r.entity_id, r.code, r.country_code])).toEqual([['l1', '112931', 'IR'], ['n1', null, 'IR']]);
  });

  it('gives the same table whatever the order shards are merged in', () => {
    const shard = (rows: MentionRow[]) => {
      const i = new EntityIndex();
      i.add(rows);
      return i.entries;
    };
    const a = shard([mention('a', 'US', 'l1', 'United States', { type: 'LOC', code: 'US', country_code: 'US' })]);
    const b = shard([mention('b', 'America', 'l1', 'United States', { type: 'LOC', code: 'US', country_code: 'US' })]);
    const ab = new EntityIndex();
    ab.merge(structuredClone(a));
    ab.merge(structuredClone(b));
    const ba = new EntityIndex();
    ba.merge(structuredClone(b));
    ba.merge(structuredClone(a));
    expect(ab.rows()).toEqual(ba.rows());
    expect(ab.rows()[0]).toMatchObject({ aliases: ['America', 'US'], mention_count: 2, article_count: 2, code: 'US' });
  });

  it('keeps every spelling and surface form once a second one comes, in one index or across merged ones', () => {
    const one = new EntityIndex();
    one.add([mention('a', 'Mr Blair', 'p1', 'Tony Blair'), mention('a', 'Blair', 'p1', 'Blair'), mention('b', 'Blair', 'p1', 'Blair')]);
    const other = new EntityIndex();
    other.add([mention('c', 'Tony Blair', 'p1', 'Tony Blair'), mention('c', 'Tony Blair', 'p1', 'Tony Blair')]);
    one.merge(structuredClone(other.entries));
    expect(one.rows()).toEqual([{
      entity_id: 'p1', type: 'PERSON', canonical_name: 'Tony Blair', code: null, country_code: null,
      aliases: ['Blair', 'Mr Blair', 'Tony Blair'], mention_count: 5, article_count: 3, nested_mention_count: 0,
    }]);
  });

  it('hands its rows over in batches, in the same order, and is empty afterwards', () => {
    const make = () => {
      const index = new EntityIndex();
      index.add(['a', 'b', 'c', 'd', 'e'].flatMap((id, k) => Array.from({ length: 5 - k }, () => mention('x', id.toUpperCase(), id, id.toUpperCase()))));
      return index;
    };
    const batches = [...make().drainRows(2)];
    expect(batches.map((b) => b.length)).toEqual([2, 2, 1]);
    expect(batches.flat()).toEqual(make().rows());
    const drained = make();
    [...drained.drainRows(2)];
    expect(drained.rows()).toEqual([]);
  });
});
