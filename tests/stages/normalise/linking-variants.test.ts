import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/model/doc.ts';
import { docWithMentions } from '../../helpers/mentions.ts';
import { entityId, normaliseDoc } from '../../../src/stages/normalise/index.ts';

/** A document whose mentions are the given (text, type) pairs, found in order in the text, normalised. */
const docWith = (text: string, spans: Array<[string, EntityType]>) => normaliseDoc(docWithMentions(text, spans));

describe('one entity across spellings', () => {
  it('gives a body spelled the British and the American way one id ("Defence Ministry" / "Defense Ministry")', () => {
    const uk = docWith("Russia's Defence Ministry said on Sunday.", [['Russia', 'LOC'], ['Defence Ministry', 'ORG']]);
    const us = docWith("Russia's Defense Ministry said on Monday.", [['Russia', 'LOC'], ['Defense Ministry', 'ORG']]);
    expect(uk.mentions[1].canonicalName).toBe('Defence Ministry (Russia)');
    expect(uk.mentions[1].entityId).toBe(us.mentions[1].entityId);
    expect(entityId('ORG', 'World Health Organisation')).toBe(entityId('ORG', 'World Health Organization'));
    // Two parties, not two spellings.
    expect(entityId('ORG', 'Labour Party')).not.toBe(entityId('ORG', 'Labor Party'));
  });

  it('gives the house transliterations of a Slavic "-sky" one person ("Zelenskiy", "Zelensky", "Zelenskyy")', () => {
    const reuters = docWith('President Volodymyr Zelenskiy said.', [['Volodymyr Zelenskiy', 'PERSON']]);
    const bbc = docWith('President Volodymyr Zelensky said.', [['Volodymyr Zelensky', 'PERSON']]);
    const ap = docWith('President Volodymyr Zelenskyy said.', [['Volodymyr Zelenskyy', 'PERSON']]);
    expect(reuters.mentions[0].entityId).toBe(bbc.mentions[0].entityId);
    expect(ap.mentions[0].entityId).toBe(bbc.mentions[0].entityId);
    expect(entityId('PERSON', 'Oleksandr Syrskyi')).toBe(entityId('PERSON', 'Oleksandr Syrsky'));
    // The Polish "-ski" is a name of its own.
    expect(entityId('PERSON', 'Jan Kowalski')).not.toBe(entityId('PERSON', 'Jan Kowalsky'));
  });
});
