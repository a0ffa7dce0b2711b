import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesOf, expectValidMentions } from './helpers.ts';

const text = readFileSync(resolve(import.meta.dirname, '../../../input/iran-negotiations.txt'), 'utf8');
const doc = entitiesOf(text);
const found = new Set(doc.mentions.map((m) => `${m.type} ${m.text}`));

describe('entities stage on input/iran-negotiations.txt', () => {
  it('gives every mention its own slice of the text, in order and without overlaps', () => {
    expectValidMentions(doc);
  });

  it('finds the key places, peoples, organisations, laws and events', () => {
    for (const m of [
      'LOC Iran', 'LOC Tehran', 'LOC Middle East', 'LOC Israel', 'LOC Gaza', 'LOC Lebanon', 'LOC Yemen', 'LOC Syria',
      'LOC Iraq', 'LOC United States', 'LOC France', 'LOC Germany', 'LOC United Kingdom',
      'NORP Iranian', 'NORP Israeli', 'NORP Houthis',
      'ORG International Atomic Energy Agency', 'ORG IAEA', 'ORG Hamas', 'ORG Hezbollah',
      'LAW Joint Comprehensive Plan of Action', 'LAW JCPOA',
      'EVENT Islamic Revolution', 'EVENT Holocaust',
      'DATE this week', 'DATE 1979', 'DATE 2015', 'DATE October 7th, 2023',
    ]) {
      expect(found, m).toContain(m);
    }
  });

  it('finds exactly the people named, each with the title in front of them', () => {
    const people = doc.mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title]);
    expect(people).toEqual([
      ['Ali Khamenei', 'Supreme Leader'],
      ['Khomeini', 'Ayatollah'],
      ['Israel Katz', 'Minister of Defense'],
      ['Benjamin Netanyahu', 'Prime Minister'],
      ['Donald Trump', 'President'],
      ['Khamenei', 'Ayatollah'],
    ]);
  });

  it('leaves the possessive ’s out of every name', () => {
    expect(doc.mentions.filter((m) => /['’]s$/.test(m.text))).toEqual([]);
    const iran = doc.mentions.filter((m) => m.text === 'Iran');
    expect(iran.length).toBe(text.match(/\bIran\b/g)!.length); // every "Iran" and "Iran’s", none of "Iranian"
    expect(iran.every((m) => m.type === 'LOC')).toBe(true);
  });

  it('takes nothing from the title-case headings but known names', () => {
    for (const heading of ['Background: A Decades-Long Standoff', 'The Broader Implications', 'Conclusion']) {
      const start = text.indexOf(heading);
      expect(doc.mentions.filter((m) => m.start >= start && m.end <= start + heading.length)).toEqual([]);
    }
  });
});
