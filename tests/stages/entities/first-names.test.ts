import { describe, expect, it } from 'vitest';
import { getGazetteer } from '../../../src/stages/entities/gazetteer.ts';

describe('first names by sex (the sex of "he" and "she" in speaker resolution)', () => {
  const sex = (name: string) => getGazetteer().genderOfFirstName(name);

  it('knows common men\'s names the Moby lists put on both lists or lacked', () => {
    expect(['Donald', 'Tim', 'Barry', 'Tony', 'Volodymyr', 'Keir'].map(sex)).toEqual(['m', 'm', 'm', 'm', 'm', 'm']);
    expect(['Kamala', 'Yulia', 'Sania'].map(sex)).toEqual(['f', 'f', 'f']);
  });

  it('reads accented spellings as the lists write them ("María" as "Maria", "Stanisław" as "Stanislaw")', () => {
    expect(['María', 'Raphaël', 'Stanisław', 'Jesús'].map(sex)).toEqual(['f', 'm', 'm', 'm']);
  });

  it('gives names the lists disagree on no sex', () => {
    expect(['Robin', 'Milan', 'Andrea', 'Karol'].map(sex)).toEqual([null, null, null, null]);
  });
});
