import { describe, expect, it } from 'vitest';
import { readBytes } from './helpers.ts';
import { defaultConfig } from '../../../src/config.ts';
import { buildStages } from '../../../src/pipeline.ts';
import type { ArticleDoc } from '../../../src/model/doc.ts';

/** A plain-text or Markdown article through every stage. */
function processed(name: string, text: string): ArticleDoc {
  const config = defaultConfig();
  let doc = readBytes(name, text).docs[0];
  for (const stage of buildStages(config)) doc = stage.run(doc, config);
  return doc;
}

describe('header lines of plain-text articles', () => {
  const text = 'Rivals agree merger\n\nBy Sarah Kim and John Doe, Reuters\nPublished: 4 March 2026\nSource: The Daily Courier\n\n'
    + 'The two companies said on Tuesday that they would merge, Microsoft chief Satya Nadella said.\n';

  it('keeps the byline, date and source lines in the text but takes no mentions or quotes from them', () => {
    const doc = processed('merger.txt', text);
    expect(doc.text).toBe(text);
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toEqual([
      'By Sarah Kim and John Doe, Reuters', 'Published: 4 March 2026', 'Source: The Daily Courier',
    ]);
    const names = doc.mentions.map((m) => m.text);
    for (const header of ['Sarah Kim', 'John Doe', 'Reuters', '4 March 2026', 'The Daily Courier', 'Daily Courier']) expect(names).not.toContain(header);
    expect(names).toContain('Satya Nadella');
    expect(doc.meta).toMatchObject({ author: 'Sarah Kim, John Doe', sourceName: 'The Daily Courier' });
  });

  it('takes no mentions from the credit lines that close a wire story', () => {
    const text = 'Typhoon hits Philippines\n\nMANILA, Nov 4 (Reuters) - Typhoon Kalmaegi killed 40 people, officials said.\n\n'
      + '(Reporting by Karen Lema and Mikhail Flores; Editing by Martin Petty)\n';
    const doc = processed('typhoon.txt', text);
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toEqual(['(Reporting by Karen Lema and Mikhail Flores; Editing by Martin Petty)']);
    expect(doc.mentions.map((m) => m.text)).not.toContain('Martin Petty');
    expect(doc.mentions.map((m) => m.text)).toContain('MANILA');
  });

  it('reads a reporter’s job after the name as no second author', () => {
    const doc = readBytes('a.txt', 'Police appeal\n\nBy Tom Edwards, Home Affairs Correspondent\n\nPolice appealed for witnesses on Monday.\n').docs[0];
    expect(doc.meta.author).toBe('Tom Edwards');
  });

  it('reads the agency of a dateline after an AP header as the agency, not an acronym of the place', () => {
    const ap = processed('ap.txt', 'By SARAH SMITH, Associated Press\nPublished 10:32 AM EST, Tue March 4, 2025\n\nNEW YORK (AP) — Stocks fell sharply on Tuesday.\n');
    expect(ap.mentions.filter((m) => m.text === 'AP').map((m) => [m.type, m.canonicalName])).toEqual([['ORG', 'Associated Press']]);
    expect(ap.mentions.map((m) => m.text)).not.toContain('SARAH SMITH');
  });

  it('makes header lines headings that open no section, and takes no quote from a keyed title line', () => {
    const keyed = 'Title: Nvidia results beat forecasts as AI spending shows no sign of slowing\nDate: 2026-11-20\n\n'
      + 'Nvidia reported quarterly revenue of $68.2 billion on Wednesday.\n\nMarket Reaction\n\nShares rose 4% in after-hours trading.\n';
    const doc = processed('nvidia.txt', keyed);
    expect(doc.paragraphs.map((p) => [keyed.slice(p.start, p.end).slice(0, 12), p.isHeading, p.section])).toEqual([
      ['Title: Nvidi', true, null],
      ['Date: 2026-1', true, null],
      ['Nvidia repor', false, null],
      ['Market React', true, 'Market Reaction'],
      ['Shares rose ', false, 'Market Reaction'],
    ]);
    expect(doc.sections.map((s) => s.text)).toEqual(['Market Reaction']);
    expect(doc.quotes.map((q) => keyed.slice(q.speaker?.start ?? 0, q.speaker?.end ?? 0))).not.toContain('Title');
  });
});
