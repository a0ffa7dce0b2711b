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

describe.skipIf(!existsSync(ENTITIES))('a pronoun after a role', () => {
  it('takes the role just described ("The Ukrainian president said … He added"), not a man named earlier', async () => {
    const { extractEntities } = await import('../../../src/stages/entities/index.ts');
    const doc = docOf('Nato secretary-general Mark Rutte said allies would send more air defence. EU foreign policy chief Kaja Kallas said the bloc would help. '
      + 'The Ukrainian president said the systems were urgently needed. He added: “Every Patriot battery saves hundreds of lives.”');
    extractEntities(doc);
    extractQuotes(doc);
    const last = doc.quotes.at(-1)!;
    expect(last.speakerMention === null ? null : doc.mentions[last.speakerMention].text).toBe('The Ukrainian president');
  });
});
