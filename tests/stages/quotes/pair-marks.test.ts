import { describe, expect, it } from 'vitest';
import { pairMarks } from '../../../src/stages/quotes/pair-marks.ts';
import { docOf, quotesOf } from './helpers.ts';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';

/** The top-level quoted spans of a text, one string per quote (its parts joined with " | "). */
function quoted(text: string): string[] {
  const doc = docOf(text);
  const { quotes } = pairMarks(text, doc.paragraphs, (_, words) => words >= 6);
  return quotes.map((q) => q.parts.map((p) => text.slice(p.start, p.end)).join(' | '));
}

describe('pairing quotation marks', () => {
  it('pairs typographic, straight and guillemet double marks', () => {
    expect(quoted('“One two.” Then "three four." And « cinq six ».')).toEqual(['One two.', 'three four.', 'cinq six']);
  });

  it('pairs single marks', () => {
    expect(quoted("‘Negotiations are ongoing,’ he said. 'Straight ones,' she said.")).toEqual(['Negotiations are ongoing,', 'Straight ones,']);
  });

  it('does not take an apostrophe inside a word for a mark', () => {
    expect(quoted('Iran’s leaders don’t agree, and it\'s Tehran\'s call.')).toEqual([]);
  });

  it('does not take a plural possessive for a closing mark', () => {
    expect(quoted('‘The players’ union is strong,’ he said, at the players’ request.')).toEqual(['The players’ union is strong,']);
  });

  it('reads a plural possessive inside a single-quoted headline when the quote closes at its end (probe UK)', () => {
    expect(quoted('Fraudster ‘spent £2.3m of pensioners’ savings on racehorses’')).toEqual(['spent £2.3m of pensioners’ savings on racehorses']);
  });

  it('closes a single quote on a word ending in s when no later mark closes it', () => {
    expect(quoted('‘We love our fans’ he said.')).toEqual(['We love our fans']);
  });

  it('does not take an elision for a mark', () => {
    expect(quoted('In the ’90s and the \'80s, rock ’n’ roll ruled.')).toEqual([]);
  });

  it('keeps nested quotes inside their outer quote', () => {
    expect(quoted('“He told me ‘never again’ and left,” she said.')).toEqual(['He told me ‘never again’ and left,']);
    expect(quoted('"He said "no" to me," she said.')).toEqual(['He said "no" to me,']);
  });

  it('makes one quote of a quote running over several paragraphs', () => {
    const text = 'She said: “First we tried.\n\n“Then we failed.\n\n“Now we rest.” The end.';
    expect(quoted(text)).toEqual(['First we tried. | Then we failed. | Now we rest.']);
  });

  it('does not continue a quote into a paragraph that opens with a different mark', () => {
    const text = 'She said: “First we tried and we tried again and again\n\n"Then we failed."';
    expect(quoted(text)).toEqual(['First we tried and we tried again and again', 'Then we failed.']);
  });

  it('keeps an unclosed quote to the paragraph end when it reads as speech', () => {
    const text = 'He said: “We will never give up on this, whatever happens\n\nNext paragraph.';
    const doc = docOf(text);
    const qs = quotesOf(doc);
    expect(qs.map((q) => q.text)).toEqual(['We will never give up on this, whatever happens']);
    expect(doc.problems.map((p) => [p.code, p.start])).toEqual([['W_UNCLOSED_QUOTE', 9]]);
  });

  it('drops an unclosed mark whose text does not read as speech, with a warning', () => {
    const doc = docOf('A “broken mark here.\n\nAnother paragraph.');
    extractQuotes(doc);
    expect(doc.quotes).toEqual([]);
    expect(doc.problems).toMatchObject([{ code: 'W_UNCLOSED_QUOTE_DROPPED', severity: 'warning', stage: 'quotes', start: 2, end: 3 }]);
  });

  it('finds the complete quotes inside a dropped unclosed mark', () => {
    expect(quoted('He called it a “disaster and then “we will win” and left.')).toEqual(['disaster and then “we will win” and left.']);
    expect(quoted('A “typo “we won” now.')).toEqual(['we won']);
  });

  it('ignores a stray closing mark', () => {
    expect(quoted('A 12" pipe ” and “real quote” here.')).toEqual(['real quote']);
  });
});
