import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../src/model/doc.ts';
import { extractEntities } from '../../../src/stages/entities/index.ts';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';
import { parseRole } from '../../../src/stages/quotes/role-speaker.ts';
import { docOf, expectValidQuotes } from './helpers.ts';

const SAMPLE = resolve(import.meta.dirname, '../../../input/iran-negotiations.txt');

/** Runs entities and quotes; returns, per quote, [speaker text, cue, canonical name of its speaker mention]. */
function speakers(doc: ArticleDoc): Array<[string | null, string | null, string | null]> {
  extractEntities(doc);
  extractQuotes(doc);
  expectValidQuotes(doc);
  const at = (s: { start: number; end: number } | null) => (s ? doc.text.slice(s.start, s.end) : null);
  return doc.quotes.map((q) => [at(q.speaker), at(q.cue), q.speakerMention === null ? null : doc.mentions[q.speakerMention].canonicalName]);
}

describe('role descriptions as speakers', () => {
  it('reads an office with a country or a determiner, and nothing else', () => {
    expect(parseRole('Iran’s president')).toEqual({ office: 'president', country: 'IR' });
    expect(parseRole('the Iranian leader')).toEqual({ office: 'leader', country: 'IR' });
    expect(parseRole('Israel’s prime minister')).toEqual({ office: 'prime minister', country: 'IL' });
    expect(parseRole('the president')).toEqual({ office: 'president', country: null });
    expect(parseRole('President')).toBeNull();
    expect(parseRole('the company')).toBeNull();
    expect(parseRole('the tall president')).toBeNull();
  });

  it('makes one role mention per description, with a canonical role name shared by coreferent descriptions', () => {
    const doc = docOf('Iran’s president said on Monday that talks would go on. Later the Iranian leader warned that patience was running out. “We will not wait forever,” the president said.');
    expect(speakers(doc)).toEqual([
      ['Iran’s president', 'said', 'President of Iran'],
      ['the Iranian leader', 'warned', 'President of Iran'],
      ['the president', 'said', 'President of Iran'],
    ]);
    const roles = doc.mentions.filter((m) => m.source === 'role');
    expect(roles.map((m) => [m.text, m.type])).toEqual([['Iran’s president', 'PERSON'], ['the Iranian leader', 'PERSON'], ['the president', 'PERSON']]);
    for (const m of doc.mentions) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
    expect(doc.mentions.map((m) => m.start)).toEqual([...doc.mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it('nests the names inside a role mention, so top-level mentions never overlap', () => {
    const doc = docOf('Egypt’s foreign minister said on Monday that talks would resume. Later the Ukrainian president warned that time was short.');
    speakers(doc);
    for (let i = 1; i < doc.mentions.length; i++) expect(doc.mentions[i].start).toBeGreaterThanOrEqual(doc.mentions[i - 1].end);
    expect(doc.mentions.filter((m) => m.source === 'role').map((m) => m.text)).toEqual(['Egypt’s foreign minister', 'the Ukrainian president']);
    expect(doc.nestedMentions.map((n) => [n.text, n.type, n.parent.text])).toEqual([
      ['Egypt', 'LOC', 'Egypt’s foreign minister'], ['Ukrainian', 'NORP', 'the Ukrainian president'],
    ]);
  });

  it('makes one role mention for a speaker phrase that two quotes share', () => {
    const doc = docOf('Russia’s president has defended the purchase of the unit by state-owned Rosneft, saying it followed free market principles.');
    expect(speakers(doc).map(([speaker, cue]) => [speaker, cue])).toEqual([['Russia’s president', 'defended'], ['Russia’s president', 'saying']]);
    expect(doc.mentions.filter((m) => m.source === 'role').map((m) => m.text)).toEqual(['Russia’s president']);
  });

  it('points a description to a named person whose title holds the office', () => {
    const doc = docOf('Israeli Prime Minister Benjamin Netanyahu arrived in Washington on Sunday. The prime minister said that Iran could not be trusted.');
    const [[speaker, , canonical]] = speakers(doc);
    expect(speaker).toBe('The prime minister');
    const q = doc.quotes[0];
    expect(q.speakerMention === null ? null : doc.mentions[q.speakerMention].text).toBe('Benjamin Netanyahu');
    expect(canonical).toBeNull(); // named mentions get their canonical name from normalise
  });

  it('points "the judge" to the judge the article named with that title', () => {
    const doc = docOf('U.S. District Judge Lewis A. Kaplan sentenced Feld to 12 years. The judge said the fraud was greed dressed up as innovation.');
    speakers(doc);
    const q = doc.quotes[0];
    expect(q.speakerMention === null ? null : doc.mentions[q.speakerMention].text).toBe('Lewis A. Kaplan');
  });

  it('points "the chancellor" to the person titled "Chancellor of the Exchequer"', () => {
    const doc = docOf('Chancellor of the Exchequer Rachel Reeves delivered the Budget. The chancellor said taxes would rise.');
    speakers(doc);
    const q = doc.quotes[0];
    expect([doc.mentions[q.speakerMention!]?.text, doc.mentions[q.speakerMention!]?.title]).toEqual(['Rachel Reeves', 'Chancellor of the Exchequer']);
  });

  it('points "the governor" to a person titled with the office written short ("Gov. Kathy Hochul")', () => {
    const doc = docOf('Gov. Kathy Hochul signed the bill on Monday. The governor said it would help renters.');
    speakers(doc);
    const q = doc.quotes.find((x) => doc.text.slice(x.speaker!.start, x.speaker!.end) === 'The governor')!;
    expect(doc.mentions[q.speakerMention!]?.text).toBe('Kathy Hochul');
  });

  it('leaves a description with nothing to point to unresolved', () => {
    expect(speakers(docOf('The president said that the talks had failed.'))).toEqual([['The president', 'said', null]]);
  });
});

describe('the user’s sample article: speakers resolved to entities', () => {
  it('resolves "the Iranian leader" to the same entity as "Iran’s president"', () => {
    const doc = docOf(readFileSync(SAMPLE, 'utf8'));
    const rows = speakers(doc);
    const direct = doc.quotes.filter((q) => q.kind === 'direct');
    expect(direct).toHaveLength(1);
    const byCue = new Map(rows.map(([s, c, n]) => [c, [s, n]]));
    expect(byCue.get('emphasized')).toEqual(['the Iranian leader', 'President of Iran']);
    expect(byCue.get('declared')).toEqual(['Iran’s president', 'President of Iran']);
    expect(byCue.get('stressed')).toEqual(['the president', 'President of Iran']);
  });
});

describe('role mentions and the entities stage', () => {
  it('adds none when asked not to (the pipeline runs without entities)', () => {
    const doc = docOf('Iran’s president said on Monday that talks would go on.');
    extractQuotes(doc, { roleMentions: false });
    expect(doc.mentions).toEqual([]);
    expect(doc.quotes.map((q) => q.speakerMention)).toEqual([null]);
  });
});
