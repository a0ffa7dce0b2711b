import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';
import { docOf, expectValidQuotes } from './helpers.ts';

const ENTITIES = resolve(import.meta.dirname, '../../../src/stages/entities/index.ts');

describe.skipIf(!existsSync(ENTITIES))('quotes after the real entities stage', () => {
  it('links speakers, including a pronoun, to the mentions the entities stage found', async () => {
    const { extractEntities } = await import('../../../src/stages/entities/index.ts');
    const doc = docOf('Prime Minister Benjamin Netanyahu spoke on Tuesday. “We will not allow Iran to get the bomb,” he said.');
    extractEntities(doc);
    extractQuotes(doc);
    expectValidQuotes(doc);
    expect(doc.quotes).toHaveLength(1);
    const m = doc.quotes[0].speakerMention;
    expect(m === null ? null : [doc.mentions[m].text, doc.mentions[m].type]).toEqual(['Benjamin Netanyahu', 'PERSON']);
  });
});
