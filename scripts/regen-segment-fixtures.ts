/**
 * Regenerates the expected output of the segmentation golden fixtures: for every
 * tests/fixtures/segment/NAME.txt, writes NAME.json with what the segmenter now makes of it.
 * Run after an intended change and review the JSON diff before committing:
 *   npx tsx scripts/regen-segment-fixtures.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEGMENT_FIXTURES, fixtureNames, goldenJson, goldenView, segmentFixture } from '../tests/stages/segment/golden.ts';

let changed = 0;
for (const name of fixtureNames()) {
  const path = join(SEGMENT_FIXTURES, `${name}.json`);
  const json = goldenJson(goldenView(segmentFixture(name)));
  if (existsSync(path) && readFileSync(path, 'utf8') === json) continue;
  writeFileSync(path, json);
  changed++;
  console.log(`updated ${name}.json`);
}
console.log(changed === 0 ? 'all segment fixtures up to date' : `${changed} fixture(s) updated: review the diff`);
