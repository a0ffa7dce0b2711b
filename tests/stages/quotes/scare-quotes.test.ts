import { describe, expect, it } from 'vitest';
import { quotesOf } from './helpers.ts';

describe('scare quotes and quoted terms', () => {
  it('drops a short quoted term with no attribution', () => {
    expect(quotesOf('Regional Security and the ‘Axis of Resistance’')).toEqual([]);
    expect(quotesOf('Collectively termed ‘the Axis of Resistance,’ these groups are central to the strategy.')).toEqual([]);
  });

  it('drops a short quoted word that modifies the noun after it', () => {
    expect(quotesOf('It may shorten the nuclear ‘breakout’ time.')).toEqual([]);
  });

  it('drops titles and names in title case', () => {
    expect(quotesOf('He spoke on ABC’s “This Week,” and left.')).toEqual([]);
    expect(quotesOf('The show “Orange Is the New Black” is popular.')).toEqual([]);
  });

  it('drops what follows a naming word, however long', () => {
    expect(quotesOf('She wrote a book titled “How we lost the war and won the peace in the end.”')).toEqual([]);
  });

  it('keeps a long quote with no attribution, with no speaker and low confidence', () => {
    const [q] = quotesOf('Then came the line: “We will fight them on the beaches and in the fields.”');
    expect(q).toMatchObject({ kind: 'direct', speaker: null, text: 'We will fight them on the beaches and in the fields.' });
  });
});
