import { describe, expect, it } from 'vitest';
import { entitiesOf, expectValidMentions } from './helpers.ts';
import { parseSample, SAMPLE } from './quality-sample.ts';

/**
 * A quality floor on a small hand-annotated sample (exact spans and types, micro-averaged). It guards
 * against regressions; the real measurement is scripts/eval-ner.ts on CoNLL-2003.
 */
describe('entities stage: quality floor on a hand-annotated sample', () => {
  let tp = 0;
  let pred = 0;
  let gold = 0;
  const misses: string[] = [];
  for (const marked of SAMPLE) {
    const sample = parseSample(marked);
    const doc = entitiesOf(sample.text);
    it(`returns valid mentions for "${sample.text.slice(0, 40)}…"`, () => expectValidMentions(doc));
    const want = new Set(sample.gold.map((g) => `${g.start}:${g.end}:${g.type}`));
    const got = new Set(doc.mentions.map((m) => `${m.start}:${m.end}:${m.type}`));
    for (const k of got) if (want.has(k)) tp++;
    pred += got.size;
    gold += want.size;
    for (const g of sample.gold) if (!got.has(`${g.start}:${g.end}:${g.type}`)) misses.push(`${g.type} ${g.text}`);
  }

  it('finds at least 85% of the annotated mentions exactly (micro F1)', () => {
    const p = tp / pred;
    const r = tp / gold;
    const f1 = (2 * p * r) / (p + r);
    expect(f1, `P ${p.toFixed(3)} R ${r.toFixed(3)}; missed: ${misses.join(', ')}`).toBeGreaterThanOrEqual(0.85);
  });
});
