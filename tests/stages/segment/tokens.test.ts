import { describe, expect, it } from 'vitest';
import { segmentText, tokensOf } from './helpers.ts';

describe('tokens', () => {
  it('keeps inner apostrophes and hyphens inside words', () => {
    expect(tokensOf('Don’t rock-and-roll, O\'Brien: Decades-Long Hamas-orchestrated.')).toEqual([
      'Don’t', 'rock-and-roll', ',', "O'Brien", ':', 'Decades-Long', 'Hamas-orchestrated', '.',
    ]);
  });

  it('splits a possessive ’s or \'s off the word so the name stands alone', () => {
    expect(tokensOf('Iran’s and Tehran\'s leaders')).toEqual(['Iran', '’s', 'and', 'Tehran', "'s", 'leaders']);
  });

  it('leaves the apostrophe of a plural possessive as punctuation', () => {
    expect(tokensOf("analysts' views")).toEqual(['analysts', "'", 'views']);
  });

  it('keeps dotted acronyms and known abbreviations with their dot', () => {
    expect(tokensOf('Mr. Smith of the U.S. met George W. Bush, e.g. today.')).toEqual([
      'Mr.', 'Smith', 'of', 'the', 'U.S.', 'met', 'George', 'W.', 'Bush', ',', 'e.g.', 'today', '.',
    ]);
  });

  it('leaves a sentence’s full stop apart from a final initial or a sentence-ending abbreviation', () => {
    expect(tokensOf('They chose Plan B. The shares in Acme Inc. They fell.')).toEqual([
      'They', 'chose', 'Plan', 'B', '.', 'The', 'shares', 'in', 'Acme', 'Inc', '.', 'They', 'fell', '.',
    ]);
  });

  it('leaves the dot apart from a capital glued to what comes before it ("AT&T.")', () => {
    expect(tokensOf('Shares in AT&T. rose')).toEqual(['Shares', 'in', 'AT', '&', 'T', '.', 'rose']);
  });

  it('reads decimals, thousands groups and years as numbers', () => {
    const doc = segmentText('It rose 3.5% to 1,000 in 2023, from 2003,2004 levels.');
    const numbers = doc.tokens.filter((t) => t.kind === 'number').map((t) => doc.text.slice(t.start, t.end));
    expect(numbers).toEqual(['3.5', '1,000', '2023', '2003', '2004']);
  });

  it('makes every punctuation character its own token', () => {
    expect(tokensOf('Wait...—“no”?!')).toEqual(['Wait', '.', '.', '.', '—', '“', 'no', '”', '?', '!']);
  });

  it('gives each token its kind and its sentence', () => {
    const doc = segmentText('Iran’s 7th plan. It failed!');
    expect(doc.tokens.map((t) => [doc.text.slice(t.start, t.end), t.kind, t.sentenceIndex])).toEqual([
      ['Iran', 'word', 0], ['’s', 'word', 0], ['7th', 'word', 0], ['plan', 'word', 0], ['.', 'punct', 0],
      ['It', 'word', 1], ['failed', 'word', 1], ['!', 'punct', 1],
    ]);
  });

  it('keeps letters of any script, combining marks and astral characters intact', () => {
    expect(tokensOf('Café naïve Zürich 東京 😀 done')).toEqual(['Café', 'naïve', 'Zürich', '東京', '😀', 'done']);
  });
});
