import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEGMENT_FIXTURES, fixtureNames, goldenView, segmentFixture, type GoldenView } from './golden.ts';

describe('segment golden fixtures', () => {
  it('has fixtures to check', () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(4);
  });

  // If one fails after an intended change: npx tsx scripts/regen-segment-fixtures.ts, then review the JSON diff.
  it.each(fixtureNames())('segments %s as recorded', (name) => {
    const expected = JSON.parse(readFileSync(join(SEGMENT_FIXTURES, `${name}.json`), 'utf8')) as GoldenView;
    expect(goldenView(segmentFixture(name))).toEqual(expected);
  });
});
