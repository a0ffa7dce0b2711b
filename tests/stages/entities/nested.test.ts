import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc, EntityType } from '../../../src/model/doc.ts';
import { docWithMentions } from '../../helpers/mentions.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { getGazetteer } from '../../../src/stages/entities/gazetteer.ts';
import { findNested } from '../../../src/stages/entities/nested.ts';
import { normaliseDoc } from '../../../src/stages/normalise/index.ts';
import { entitiesOf } from './helpers.ts';

/** A segmented document whose top-level mentions are the given (text, type) pairs, found in order. */
const docWith = (text: string, spans: Array<[string, EntityType]>): ArticleDoc => docWithMentions(text, spans, true);

/** The nested names as "TYPE text < parent text". */
function nestedOf(text: string, spans: Array<[string, EntityType]>): string[] {
  const doc = docWith(text, spans);
  return findNested(doc, doc.mentions, getGazetteer()).map((n) => `${n.type} ${n.text} < ${n.parent.text}`);
}

describe('findNested', () => {
  it('takes a country or a curated place out of an organisation name', () => {
    expect(nestedOf('The US National Park Service and Fan Expo Canada agreed.', [['US National Park Service', 'ORG'], ['Fan Expo Canada', 'ORG']]))
      .toEqual(['LOC US < US National Park Service', 'LOC Canada < Fan Expo Canada']);
    expect(nestedOf('He studied at the Massachusetts Institute of Technology.', [['Massachusetts Institute of Technology', 'ORG']]))
      .toEqual(['LOC Massachusetts < Massachusetts Institute of Technology']);
  });

  it('reads "Emirates" on its own as the airline, not the country, in a sponsor\'s name ("Emirates Stadium", "an Emirates NBA Cup game")', () => {
    expect(nestedOf('Arsenal moved to the Emirates Stadium. Boston won an Emirates NBA Cup game. The United Arab Emirates agreed.', [
      ['Arsenal', 'ORG'], ['Emirates Stadium', 'LOC'], ['Boston', 'ORG'], ['Emirates NBA Cup', 'EVENT'], ['United Arab Emirates', 'LOC'],
    ])).toEqual(['ORG Emirates < Emirates NBA Cup', 'ORG NBA < Emirates NBA Cup']);
  });

  it('takes the place out of a place written as one word with a participle ("London-based", MISC as CoNLL types it)', () => {
    expect(nestedOf('The London-based firm hired a Texas-born engineer and a well-known Asian-style chef.', [['London-based', 'MISC'], ['Texas-born', 'MISC'], ['Asian-style', 'MISC']]))
      .toEqual(['LOC London < London-based', 'LOC Texas < Texas-born']);
  });

  it('takes a city only where a name is named after a place: after "of" or "at", or after such a place', () => {
    expect(nestedOf('She works at the University of Sheffield.', [['University of Sheffield', 'ORG']]))
      .toEqual(['LOC Sheffield < University of Sheffield']);
    expect(nestedOf('He joined the University of Texas Arlington last year.', [['University of Texas Arlington', 'ORG']]))
      .toEqual(['LOC Texas < University of Texas Arlington', 'LOC Arlington < University of Texas Arlington']);
    // "Metro", "Union" and "Lincoln" are cities too, but here they are words of the name.
    expect(nestedOf('Metro Bank and Union Bank sponsor Lincoln Center.', [['Metro Bank', 'ORG'], ['Union Bank', 'ORG'], ['Lincoln Center', 'ORG']]))
      .toEqual([]);
  });

  it('takes a name the article writes on its own, when it is another kind of name and not the end of the longer one', () => {
    const text = 'Google said the Google Science Fair opens today. Google Chrome gains users; Chrome is fast.';
    expect(nestedOf(text, [['Google', 'ORG'], ['Google Science Fair', 'MISC'], ['Google Chrome', 'MISC'], ['Chrome', 'ORG']]))
      .toEqual(['ORG Google < Google Science Fair', 'ORG Google < Google Chrome']);
    // The same kind of name: most often the longer name's own short form.
    expect(nestedOf('Lockheed Martin won. Lockheed said so.', [['Lockheed Martin', 'ORG'], ['Lockheed', 'ORG']])).toEqual([]);
  });

  it('leaves the head of an "X of Y" name, a known place other than a city, and a word the article writes in lower case', () => {
    expect(nestedOf('Ships crossed the Gulf of Venezuela.', [['Gulf of Venezuela', 'LOC']])).toEqual(['LOC Venezuela < Gulf of Venezuela']);
    expect(nestedOf('The event is in South Korea.', [['South Korea', 'LOC']])).toEqual([]);
    expect(nestedOf('Turkey Trot runners ate turkey.', [['Turkey Trot', 'EVENT']])).toEqual([]);
  });

  it('knows the acronyms of places and leaves peoples alone', () => {
    expect(nestedOf('He told LA Weekly about the Iranian Revolution.', [['LA Weekly', 'ORG'], ['Iranian Revolution', 'EVENT']]))
      .toEqual(['LOC LA < LA Weekly']);
  });
});

describe('normalise, for nested names', () => {
  it('gives a nested name its corpus-wide entity and drops one that names its own parent', () => {
    const doc = docWith('The US Navy sailed. Korea Republic beat Germany.', [['US Navy', 'ORG'], ['Korea Republic', 'LOC'], ['Germany', 'LOC']]);
    doc.nestedMentions = findNested(doc, doc.mentions, getGazetteer());
    expect(doc.nestedMentions.map((n) => n.text)).toEqual(['US', 'Korea']);
    normaliseDoc(doc);
    // "Korea Republic" is South Korea, as "Korea" is: no second name inside it.
    expect(doc.mentions[1].canonicalName).toBe('South Korea');
    expect(doc.nestedMentions.map((n) => [n.text, n.canonicalName, n.code])).toEqual([['US', 'United States', 'US']]);
  });

  it('gives a nested name the entity of the same name written on its own in the article', () => {
    const doc = docWith('Tom Cruise spoke. Cruise praised the Cruise Foundation.', [['Tom Cruise', 'PERSON'], ['Cruise', 'PERSON'], ['Cruise Foundation', 'ORG']]);
    doc.nestedMentions = findNested(doc, doc.mentions, getGazetteer());
    normaliseDoc(doc);
    expect(doc.nestedMentions.map((n) => [n.type, n.text, n.canonicalName])).toEqual([['PERSON', 'Cruise', 'Tom Cruise']]);
    expect(doc.nestedMentions[0].entityId).toBe(doc.mentions[0].entityId);
  });
});

describe('findNested, in venues, cities and the things organisations make', () => {
  it('takes a city first in the name of a venue, and a country in the name of its city', () => {
    expect(nestedOf('England played at the Volgograd Arena.', [['England', 'LOC'], ['Volgograd Arena', 'ORG']]))
      .toEqual(['LOC Volgograd < Volgograd Arena']);
    expect(nestedOf('The final is in Mexico City, not New Mexico.', [['Mexico City', 'LOC'], ['New Mexico', 'LOC']]))
      .toEqual(['LOC Mexico < Mexico City']);
    // Benin City is in Nigeria: the country Benin is not in its name.
    expect(nestedOf('The bronzes went back to Benin City.', [['Benin City', 'LOC']])).toEqual([]);
  });

  it('takes a well-known organisation at the start of the name of a product or an event, not at its end', () => {
    expect(nestedOf('Google Chrome gains users. Blair spoke for New Labour.', [['Google Chrome', 'MISC'], ['Blair', 'PERSON'], ['New Labour', 'MISC']]))
      .toEqual(['ORG Google < Google Chrome']);
  });
});

describe('nested mentions of a real article', () => {
  it('lie inside their parent, one of the top-level mentions, each with its slice of the text', () => {
    const text = readFileSync(new URL('../../../input/iran-negotiations.txt', import.meta.url), 'utf8')
      + '\n\nThe US National Security Council met at the University of Texas Arlington.\n';
    const doc = entitiesOf(text);
    expect(doc.nestedMentions.length).toBeGreaterThan(0);
    for (const n of doc.nestedMentions) {
      expect(doc.mentions).toContain(n.parent);
      expect(n.start >= n.parent.start && n.end <= n.parent.end && n.end - n.start < n.parent.end - n.parent.start).toBe(true);
      expect(doc.text.slice(n.start, n.end)).toBe(n.text);
    }
  });
});
