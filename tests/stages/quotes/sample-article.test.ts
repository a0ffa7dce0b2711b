import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docOf, FULL_STAGE, quotesOf } from './helpers.ts';

const SAMPLE = resolve(import.meta.dirname, '../../../input/iran-negotiations.txt');

describe('the user’s sample article (iran-negotiations.txt)', () => {
  const text = readFileSync(SAMPLE, 'utf8');
  // The rules alone; the last test adds the learned cues.
  const quotes = quotesOf(docOf(text));

  it('finds the one direct quote, with its nominal speaker and cue', () => {
    expect(quotes.filter((q) => q.kind === 'direct')).toEqual([{
      kind: 'direct',
      text: 'Negotiations are ongoing as usual, but state matters are not weighed in these discussions',
      speaker: 'the Iranian leader',
      cue: 'emphasized',
      parts: ['Negotiations are ongoing as usual, but state matters are not weighed in these discussions'],
    }]);
  });

  it('does not take the scare quotes for quotations', () => {
    const quoted = quotes.flatMap((q) => q.parts);
    for (const term of ['Axis of Resistance', 'breakout', 'the Axis of Resistance']) {
      expect(quoted.some((p) => p === term || p === `${term},`)).toBe(false);
    }
    expect(quotes.filter((q) => q.kind === 'mixed')).toEqual([]);
  });

  it('finds the reported speech', () => {
    expect(quotes.filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.cue])).toEqual([
      ['Iran’s president', 'declared'],
      ['the president', 'stressed'],
      ['Western intelligence agencies and the International Atomic Energy Agency (IAEA)', 'voiced concerns'],
      ['Israeli officials', 'warned of'],
      ['Defense analysts', 'argue'],
      ['Israeli and Western officials', 'argue'],
      // A judgement, as "Christie endorsed Trump" is; the speaker stands before an aside between dashes.
      ['The United States', 'supported'],
    ]);
    expect(quotes.find((q) => q.cue === 'declared')?.text).toMatch(/^that the Islamic Republic would not compromise its sovereign rights/);
    expect(quotes.find((q) => q.cue === 'stressed')?.text).toBe('continuity of state policy regardless of diplomatic progress');
  });

  it('keeps every row of the rules with the learned cues, which add indirect rows only', () => {
    const full = quotesOf(docOf(text), FULL_STAGE);
    expect(full).toEqual(expect.arrayContaining(quotes));
    expect(full.filter((q) => q.kind !== 'indirect')).toEqual(quotes.filter((q) => q.kind !== 'indirect'));
    expect(full.some((q) => q.parts.some((p) => /^(?:the )?(?:Axis of Resistance|breakout),?$/.test(p)))).toBe(false);
  });
});
