import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../src/model/doc.ts';
import { docWithMentions } from '../../helpers/mentions.ts';
import { entityId, normaliseDoc } from '../../../src/stages/normalise/index.ts';

/** A document whose mentions are the given (text, type) pairs, found in order in the text, normalised. */
const docWith = (text: string, spans: Array<[string, EntityType]>) => normaliseDoc(docWithMentions(text, spans));

describe('one entity across spellings', () => {
  it('gives a body spelled the British and the American way one id ("Defence Ministry" / "Defense Ministry")', () => {
    const uk = docWith("Russia's Defence Ministry said on Sunday.", [['Russia', 'LOC'], ['Defence Ministry', 'ORG']]);
    const us = docWith("Russia's Defense Ministry said on Monday.", [['Russia', 'LOC'], ['Defense Ministry', 'ORG']]);
    expect(uk.mentions[1].canonicalName).toBe('Defence Ministry (Russia)');
    expect(uk.mentions[1].entityId).toBe(us.mentions[1].entityId);
    expect(entityId('ORG', 'World Health Organisation')).toBe(entityId('ORG', 'World Health Organization'));
    // Two parties, not two spellings.
    expect(entityId('ORG', 'Labour Party')).not.toBe(entityId('ORG', 'Labor Party'));
  });

  it('gives the house transliterations of a Slavic "-sky" one person ("Zelenskiy", "Zelensky", "Zelenskyy")', () => {
    const reuters = docWith('President Volodymyr Zelenskiy said.', [['Volodymyr Zelenskiy', 'PERSON']]);
    const bbc = docWith('President Volodymyr Zelensky said.', [['Volodymyr Zelensky', 'PERSON']]);
    const ap = docWith('President Volodymyr Zelenskyy said.', [['Volodymyr Zelenskyy', 'PERSON']]);
    expect(reuters.mentions[0].entityId).toBe(bbc.mentions[0].entityId);
    expect(ap.mentions[0].entityId).toBe(bbc.mentions[0].entityId);
    expect(entityId('PERSON', 'Oleksandr Syrskyi')).toBe(entityId('PERSON', 'Oleksandr Syrsky'));
    // The Polish "-ski" is a name of its own.
    expect(entityId('PERSON', 'Jan Kowalski')).not.toBe(entityId('PERSON', 'Jan Kowalsky'));
  });
});

describe('places read against the country the article is about', () => {
  it('takes the namesake in the article\'s country for a city whose listed country the article never names ("floods in Valencia")', () => {
    const doc = docWith('Floods in southern Spain killed 47 in Málaga and Almería, a year after the floods in Valencia.', [
      ['Spain', 'LOC'], ['Málaga', 'LOC'], ['Almería', 'LOC'], ['Valencia', 'LOC'],
    ]);
    expect([doc.mentions[3].code, doc.mentions[3].countryCode]).toEqual(['2509954', 'ES']);
    // A country the article names elsewhere keeps its city; so does a capital.
    const venezuela = docWith('Protests in Venezuela spread from Caracas to Valencia and Maracay in Spain\'s former colony.', [
      ['Venezuela', 'LOC'], ['Caracas', 'LOC'], ['Valencia', 'LOC'], ['Maracay', 'LOC'], ['Spain', 'LOC'],
    ]);
    expect(venezuela.mentions[2].countryCode).toBe('VE');
    const athens = docWith('Jones won in New York and San Francisco for America, two years after her medals in Athens.', [
      ['New York', 'LOC'], ['San Francisco', 'LOC'], ['America', 'LOC'], ['Athens', 'LOC'],
    ]);
    expect(athens.mentions[3].countryCode).toBe('GR');
  });

  it('reads a city\'s name before a region\'s word as the region ("Bryansk Oblast Governor", "Aurora province")', () => {
    const oblast = docWith('Drones hit Bryansk Oblast. Bryansk Oblast Governor Alexander Bogomaz said so. Russia denied it.', [
      ['Bryansk Oblast', 'LOC'], ['Bryansk', 'LOC'], ['Alexander Bogomaz', 'PERSON'], ['Russia', 'LOC'],
    ]);
    expect(oblast.mentions[1].canonicalName).toBe('Bryansk Oblast');
    expect(oblast.mentions[1].entityId).toBe(oblast.mentions[0].entityId);
    expect([oblast.mentions[1].code, oblast.mentions[1].countryCode]).toEqual([null, 'RU']);
    const province = docWith('The typhoon made landfall in Aurora province in the northern Philippines, then crossed Luzon toward Manila.', [
      ['Aurora', 'LOC'], ['Philippines', 'LOC'], ['Luzon', 'LOC'], ['Manila', 'LOC'],
    ]);
    expect([province.mentions[0].code, province.mentions[0].countryCode]).toEqual([null, 'PH']);
  });

  it('gives a region written in its own language the region\'s country ("Andalucía" is Andalusia, Spain)', () => {
    const doc = docWith('Rescue teams searched towns in Andalucía.', [['Andalucía', 'LOC']]);
    expect([doc.mentions[0].code, doc.mentions[0].countryCode]).toEqual([null, 'ES']);
  });
});

describe('a place by the first words of its name', () => {
  it('links a river, sea or desert named without its last word to the whole name ("the Oskil" of "Oskil River")', () => {
    const doc = docWith('Kupiansk, a railway hub on the Oskil River, is held. Drones hit the left bank of the Oskil.', [
      ['Kupiansk', 'LOC'], ['Oskil River', 'LOC'], ['Oskil', 'LOC'],
    ]);
    expect(doc.mentions[2].canonicalName).toBe('Oskil River');
    expect(doc.mentions[2].entityId).toBe(doc.mentions[1].entityId);
    // A city of its own keeps its name: Dnipro is no short form of the Dnipro River.
    const city = docWith('Boats crossed the Dnipro River. Dnipro was shelled.', [['Dnipro River', 'LOC'], ['Dnipro', 'LOC']]);
    expect(city.mentions[1].canonicalName).toBe('Dnipro');
  });
});

describe('the Gaza Strip and Gaza City', () => {
  it('gives "Gaza" alone the Strip\'s country and no city id, which "Gaza City" keeps', () => {
    const doc = docWith('Aid reached Gaza on Monday. Strikes hit Gaza City overnight.', [['Gaza', 'LOC'], ['Gaza City', 'LOC']]);
    expect([doc.mentions[0].code, doc.mentions[0].countryCode]).toEqual([null, 'PS']);
    expect([doc.mentions[1].code, doc.mentions[1].countryCode]).toEqual(['281133', 'PS']);
  });
});

describe('regions named after their cities', () => {
  it('gives "Bryansk Oblast" the country of Bryansk, with no code of its own', () => {
    const doc = docWith('Drones hit Karachev in Bryansk Oblast.', [['Karachev', 'LOC'], ['Bryansk Oblast', 'LOC']]);
    expect([doc.mentions[1].code, doc.mentions[1].countryCode]).toEqual([null, 'RU']);
  });

  it('reads each city of a list before a plural region word as its region ("the Kharkiv and Poltava regions")', () => {
    const doc = docWith('Energy facilities in the Kharkiv and Poltava regions were hit, and Kyiv lost power.', [
      ['Kharkiv', 'LOC'], ['Poltava', 'LOC'], ['Kyiv', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => [m.code, m.countryCode])).toEqual([[null, 'UA'], [null, 'UA'], ['703448', 'UA']]);
  });
});

describe('a surname alone and the family named around its subject', () => {
  it('does not link a surname to a relative introduced as one when another person of the name is named ("her nephew, Rubén Vega")', () => {
    const doc = docWith('Dolores Vega, a Tejano singer, has died. Her nephew and longtime manager, Rubén Vega, confirmed the death. Vega was born in Alice.', [
      ['Dolores Vega', 'PERSON'], ['Rubén Vega', 'PERSON'], ['Vega', 'PERSON'],
    ]);
    expect(doc.mentions[2].canonicalName).toBe('Dolores Vega');
    // With no one else of the name, the relative is the one meant.
    const alone = docWith('The singer has died, her nephew, Rubén Vega, said. Vega was her manager.', [['Rubén Vega', 'PERSON'], ['Vega', 'PERSON']]);
    expect(alone.mentions[1].canonicalName).toBe('Rubén Vega');
    // "the younger brother of … Mukesh Ambani" does not say whose brother Mukesh is: the nearest still wins.
    const brothers = docWith('Anil Ambani quit, the younger brother of chairman Mukesh Ambani. The Ambani family met.', [
      ['Anil Ambani', 'PERSON'], ['Mukesh Ambani', 'PERSON'], ['Ambani', 'PERSON'],
    ]);
    expect(brothers.mentions[2].canonicalName).toBe('Mukesh Ambani');
  });
});

describe('US towns and their states', () => {
  it('reads an AP state abbreviation after a town and a comma as the state, also at a sentence end ("Lexington, Mass.")', () => {
    const doc = docWith('She died at her home in Lexington, Mass. She was 88.', [['Lexington', 'LOC'], ['Mass', 'LOC']]);
    expect([doc.mentions[1].canonicalName, doc.mentions[1].countryCode]).toEqual(['Massachusetts', 'US']);
  });

  it('gives a country\'s name before a US state the town of that name ("Palestine, Texas"), apart from the country', () => {
    const doc = docWith('With a balloon launched from Palestine, Texas, Dr. Kaplan measured the sky.', [['Palestine', 'LOC'], ['Texas', 'LOC'], ['Kaplan', 'PERSON']]);
    doc.mentions[2].title = 'Dr.';
    const again = normaliseDoc(doc);
    expect([again.mentions[0].canonicalName, again.mentions[0].countryCode]).toEqual(['Palestine, Texas', 'US']);
    expect(again.mentions[0].entityId).not.toBe(entityId('LOC', 'Palestine'));
  });
});

describe('universities by their short names', () => {
  it('gives "Harvard" in one article the id of "Harvard University" in another', () => {
    const short = docWith('She taught at Harvard for 40 years.', [['Harvard', 'ORG']]);
    const full = docWith('A Harvard University study found it.', [['Harvard University', 'ORG']]);
    expect(short.mentions[0].entityId).toBe(full.mentions[0].entityId);
    expect(docWith('MIT researchers said.', [['MIT', 'ORG']]).mentions[0].canonicalName).toBe('Massachusetts Institute of Technology');
  });
});
