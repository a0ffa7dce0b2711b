import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractQuotes, quotes as quotesStage } from '../../../src/stages/quotes/index.ts';
import { docOf, expectValidQuotes } from './helpers.ts';

const SAMPLE = resolve(import.meta.dirname, '../../../input/iran-negotiations.txt');

/** A deterministic pseudo-random string of `n` characters drawn from `alphabet`. */
function noise(alphabet: string, n: number, seed = 7): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

const TEXTS: Record<string, string> = {
  sample: readFileSync(SAMPLE, 'utf8'),
  patterns: [
    '“We will win,” Smith said, “and we will do it soon.” Officials said the deal was “dead” and buried.',
    'According to the ministry, the talks will resume. “No,” he said. KERRY: “Not yet.”',
    'She said: “First we tried.\n\n“Then we failed.\n\n“Now we rest.”\n\nA “broken mark here.',
    'Emoji 😀 before “a quote with 😀 inside it, said to be long,” the spokesman said. 😀',
  ].join('\n\n'),
  unbalanced: '“Open and never closed, and this goes on for a while\n\n” stray close ‘ and ’ again\n\n“',
};

describe('quote invariants', () => {
  for (const [name, text] of Object.entries(TEXTS)) {
    it(`keeps every span inside the text and consistent (${name})`, () => {
      const doc = docOf(text);
      extractQuotes(doc);
      expectValidQuotes(doc);
    });
  }

  it('declares what it requires and assigns, and runs as a stage', () => {
    expect(quotesStage).toMatchObject({ name: 'quotes', requires: ['sentences', 'mentions'], assigns: ['quotes'] });
    const doc = quotesStage.run(docOf('“We will win,” Smith said.'), {} as never);
    expect(doc.quotes).toHaveLength(1);
  });

  it('gives every quote the sentence its text starts in', () => {
    const doc = docOf('First sentence here. “Second one,” she said. Then officials said the deal was over.');
    extractQuotes(doc);
    expect(doc.quotes.map((q) => q.sentenceIndex)).toEqual([1, 2]);
  });

  it('survives a megabyte of random quotation marks (no crash, valid output)', () => {
    for (const alphabet of ['"“”‘’\'«»', '"“”‘’\'«» ab.\n']) {
      const doc = docOf(noise(alphabet, 1_000_000));
      extractQuotes(doc);
      expectValidQuotes(doc);
      expect(doc.problems.every((p) => p.code.startsWith('W_UNCLOSED_QUOTE'))).toBe(true);
    }
  });

  it('survives a megabyte of attributed quotes in one paragraph', () => {
    const doc = docOf(' he said “we won it” and called him ‘a fool’ '.repeat(20_000));
    extractQuotes(doc);
    expectValidQuotes(doc);
  });
});
