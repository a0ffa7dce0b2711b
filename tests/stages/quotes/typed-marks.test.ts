import { describe, expect, it } from 'vitest';
import { readTypedDoubleMarks } from '../../../src/stages/quotes/typed-marks.ts';
import { quotesOf } from './helpers.ts';

describe('typed double marks (two apostrophes, two backticks)', () => {
  it('reads them as one double mark without moving any offset', () => {
    const text = "''We will win,'' he said.";
    const read = readTypedDoubleMarks(text);
    expect(read).toHaveLength(text.length);
    expect(read).toBe(' "We will win,"  he said.');
  });

  it('returns the text itself when there is no pair', () => {
    const text = 'Iran’s president said it’s over.';
    expect(readTypedDoubleMarks(text)).toBe(text);
  });

  it('attributes a quote written with them', () => {
    expect(quotesOf("''This was not the guiding basis of our policy,'' Mr. Rhodes said. ''The guiding basis was to be engaged.''")).toMatchObject([{
      kind: 'direct', speaker: 'Mr. Rhodes', cue: 'said',
      parts: ['This was not the guiding basis of our policy', 'The guiding basis was to be engaged.'],
    }]);
  });

  it('reads ``…\'\' as a quotation', () => {
    expect(quotesOf("``We tried everything,'' she said.")).toMatchObject([{ speaker: 'she', parts: ['We tried everything'] }]);
  });
});
