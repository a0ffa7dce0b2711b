import { describe, expect, it } from 'vitest';
import { entitiesOf, expectValidMentions } from './helpers.ts';
import { normaliseDoc } from '../../../src/stages/normalise/index.ts';

/**
 * Hostile inputs: one huge line each (no sentence ends, one endless run of capitals, digits...).
 * The stage must finish (linear work, bounded patterns) and keep its invariants; speed itself is
 * measured by scripts/eval-ner.ts, not asserted here.
 */
// A quarter of a megabyte each: enough to expose quadratic work (the hostile suite feeds full-size files).
const MB = 256 * 1024;
const HOSTILE: Record<string, string> = {
  'one word repeated': 'aaa '.repeat(MB / 4),
  'single capitals': 'A '.repeat(MB / 2),
  'capitalised words': 'Iranian Katz '.repeat(MB / 13),
  titles: 'President '.repeat(MB / 10),
  'an all-caps line': 'IRAN SAYS U.S. '.repeat(MB / 15),
  digits: '1 '.repeat(MB / 2),
  'one long number': '9'.repeat(MB),
  'number separators': '1,'.repeat(MB / 2),
  'currency signs': '$1 '.repeat(MB / 3),
  possessives: 'Iran’s '.repeat(MB / 7),
  'names with of and and': 'Bank of England and '.repeat(MB / 20),
  'datelines, one per paragraph': 'PARIS - Talks at Smith and Co.\n\n'.repeat(MB / 32),
  'court cases in a chain': 'Smith v. '.repeat(MB / 9),
  'nicknames in a chain': 'John Smith, known as '.repeat(MB / 21),
};

describe('entities stage on hostile input', () => {
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`finishes with valid mentions on a quarter megabyte of ${name}`, () => {
      const doc = entitiesOf(text);
      expectValidMentions(doc);
      expect(doc.mentions.length).toBeLessThanOrEqual(doc.tokens.length);
    });
  }

  it('returns no mentions for an empty text', () => {
    expect(entitiesOf('').mentions).toEqual([]);
  });
});

describe('entities and normalise on hostile input', () => {
  // One sentence, a quarter of a megabyte long: the date context and the company links read around each mention, not
  // the whole sentence or text (they had taken minutes on the hostile suite's 5 MB line); a name with a bracket in it
  // is no pattern ("Wor(ld" had crashed normalise).
  const texts: Record<string, string> = {
    'dates in the third quarter': 'Brown scored in October and in the third quarter, '.repeat(MB / 50),
    'companies and their short forms': 'Cairn Energy and Wor(ld Energy and Cairn and Wor(ld said, '.repeat(MB / 60),
  };
  for (const [name, text] of Object.entries(texts)) {
    it(`finishes on a quarter megabyte of ${name}`, () => {
      const doc = entitiesOf(text);
      expectValidMentions(doc);
      normaliseDoc(doc);
      expect(doc.mentions.every((m) => m.type !== 'ORG' || m.entityId !== null)).toBe(true);
    });
  }
});
