/** The report's aggregates on small run folders written with the pipeline's own table writers. */
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.ts';
import { aggregateRun } from '../../src/report/aggregate.ts';
import { writeTables } from './run-folder.ts';

const article = (id: string, published_at: string | null) => ({ article_id: id, source_path: `${id}.txt`, format: 'txt', text: 'x', published_at });
const entity = (id: string, type: string, mention_count: number, article_count = 1) =>
  ({ entity_id: id, type, canonical_name: `name ${id}`, aliases: [], mention_count, article_count });
const mention = (article_id: string, entity_id: string | null, nested_in: number | null = null) => ({ article_id, entity_id, type: 'PERSON', text: 'x', nested_in });

describe('aggregateRun', () => {
  it('places mentions in the week of their article, with the undated ones counted apart', async () => {
    const dir = tempDir();
    await writeTables(dir, {
      articles: [article('a', '2025-03-12T10:00:00.000Z'), article('b', null), article('c', '2025-03-30T23:59:00.000Z')],
      mentions: [mention('a', 'e1'), mention('a', null), mention('b', 'e1'), mention('c', 'e1')],
    });
    const t = (await aggregateRun(dir)).timeline;
    expect(t.granularity).toBe('week');
    expect(t.buckets).toEqual([
      { label: '2025-03-10', mentions: 2, articles: 1 },
      { label: '2025-03-17', mentions: 0, articles: 0 },
      { label: '2025-03-24', mentions: 1, articles: 1 },
    ]);
    expect([t.datedArticles, t.undatedArticles, t.undatedMentions]).toEqual([2, 1, 1]);
  });

  it('counts top-level mentions only: a name inside a longer name is not a mention of its own there', async () => {
    const dir = tempDir();
    await writeTables(dir, {
      articles: [article('a', '2025-03-12T10:00:00.000Z'), article('b', null)],
      mentions: [mention('a', 'e1'), mention('a', 'e2', 0), mention('b', 'e1'), mention('b', 'e2', 0)],
    });
    const t = (await aggregateRun(dir)).timeline;
    expect(t.buckets).toEqual([{ label: '2025-03-10', mentions: 1, articles: 1 }]);
    expect(t.undatedMentions).toBe(1);
  });

  it('gives the same timeline when the mentions do not follow the order of the articles', async () => {
    const dir = tempDir();
    await writeTables(dir, {
      articles: [article('a', '2025-03-12T10:00:00.000Z'), article('b', null), article('c', '2025-03-30T23:59:00.000Z')],
      mentions: [mention('c', 'e1'), mention('a', 'e1'), mention('a', null), mention('b', 'e1')],
    });
    const t = (await aggregateRun(dir)).timeline;
    expect(t.buckets.map((b) => b.mentions)).toEqual([2, 0, 1]);
    expect(t.undatedMentions).toBe(1);
  });

  it('counts by month past two years of dates, and by year past ten', async () => {
    const months = tempDir();
    await writeTables(months, {
      articles: [article('a', '2020-01-05T00:00:00.000Z'), article('b', '2023-02-01T00:00:00.000Z')],
      mentions: [mention('a', 'e1'), mention('b', 'e1')],
    });
    const m = (await aggregateRun(months)).timeline;
    expect(m.granularity).toBe('month');
    expect(m.buckets.length).toBe(38);
    expect([m.buckets[0].label, m.buckets.at(-1)!.label]).toEqual(['2020-01', '2023-02']);

    const years = tempDir();
    await writeTables(years, {
      articles: [article('a', '1999-06-01T00:00:00.000Z'), article('b', '2024-06-01T00:00:00.000Z')],
      mentions: [mention('a', 'e1')],
    });
    const y = (await aggregateRun(years)).timeline;
    expect(y.granularity).toBe('year');
    expect(y.buckets.length).toBe(26);
    expect(y.buckets[0]).toEqual({ label: '1999', mentions: 1, articles: 1 });
  });

  it('keeps the ten most-mentioned entities of each type, types in schema order', async () => {
    const dir = tempDir();
    const entities = Array.from({ length: 60 }, (_, i) => entity(`e${i}`, ['LOC', 'PERSON'][i % 2], i));
    await writeTables(dir, { entities });
    const { entityTypes } = await aggregateRun(dir);
    expect(entityTypes.map((t) => [t.type, t.entities, t.top.length])).toEqual([['PERSON', 30, 10], ['LOC', 30, 10]]);
    expect(entityTypes[0].top.map((e) => e.mentions)).toEqual([59, 57, 55, 53, 51, 49, 47, 45, 43, 41]);
  });

  it('pairs the most widespread entities by the articles they share', async () => {
    const dir = tempDir();
    await writeTables(dir, {
      articles: ['a', 'b', 'c'].map((id) => article(id, null)),
      entities: [entity('x', 'ORG', 3, 3), entity('y', 'ORG', 2, 2), entity('z', 'LOC', 1, 1)],
      mentions: [mention('a', 'x'), mention('a', 'y'), mention('a', 'x'), mention('b', 'x'), mention('b', 'y'), mention('c', 'x'), mention('c', 'z')],
    });
    const { cooccurrence } = await aggregateRun(dir);
    expect(cooccurrence.entities.map((e) => e.id)).toEqual(['x', 'y', 'z']);
    expect(cooccurrence.matrix).toEqual([[3, 2, 1], [2, 2, 0], [1, 0, 1]]);
  });

  it('ranks speakers by entity, else as written, leaving out pronouns and unknown speakers', async () => {
    const dir = tempDir();
    const q = (speaker_text: string | null, speaker_entity_id: string | null = null) => ({ article_id: 'a', speaker_text, speaker_entity_id, text: 'x', kind: 'direct' });
    await writeTables(dir, {
      entities: [{ ...entity('p1', 'PERSON', 3), canonical_name: 'Helen Marsh' }],
      quotes: [q('Marsh', 'p1'), q('she', 'p1'), q('Helen Marsh', 'p1'), q('Health  officials'), q('Health officials'), q('She'), q(null)],
    });
    const s = (await aggregateRun(dir)).speakers;
    expect(s.top).toEqual([
      { name: 'Helen Marsh', quotes: 3, resolved: true },
      { name: 'Health officials', quotes: 2, resolved: false },
    ]);
    expect([s.quotes, s.pronouns, s.unknown, s.approximate]).toEqual([7, 1, 1, false]);
  });

  it('reads nothing when the run wrote only CSV', async () => {
    const dir = tempDir();
    await writeTables(dir, { articles: [article('a', null)] }, ['csv']);
    expect((await aggregateRun(dir)).source).toBeNull();
  });
});
