import { describe, expect, it } from 'vitest';
import { readDateline } from '../../../src/stages/load/dateline.ts';

/** The dateline's parts as strings, for readable expectations. */
function parts(line: string) {
  const d = readDateline(line);
  if (!d) return null;
  const cut = (s: { start: number; end: number } | null) => (s ? line.slice(s.start, s.end) : null);
  return { place: cut(d.place), capitals: d.capitals, region: cut(d.region), date: cut(d.date), agency: cut(d.agency), rest: line.slice(d.end) };
}

describe('readDateline', () => {
  it('reads a wire dateline with place, date and agency', () => {
    expect(parts('KYIV, Nov 24 (AP) — Russian drones struck')).toEqual({
      place: 'KYIV', capitals: true, region: null, date: 'Nov 24', agency: 'AP', rest: 'Russian drones struck',
    });
  });

  it('reads a press release’s dateline, its wire between slashes ("/PRNewswire/ --")', () => {
    expect(parts('SAN FRANCISCO, Nov. 18, 2026 /PRNewswire/ -- Helix Biosciences today announced')).toEqual({
      place: 'SAN FRANCISCO', capitals: true, region: null, date: 'Nov. 18, 2026', agency: 'PRNewswire', rest: 'Helix Biosciences today announced',
    });
  });

  it('reads a dateline of a story filed from two or more cities ("CAIRO/JERUSALEM, Nov 3 (Reuters) -")', () => {
    expect(parts('CAIRO/JERUSALEM, Nov 3 (Reuters) - Israel and Hamas traded blame')).toEqual({
      place: 'CAIRO/JERUSALEM', capitals: true, region: null, date: 'Nov 3', agency: 'Reuters', rest: 'Israel and Hamas traded blame',
    });
    expect(parts('WASHINGTON/BRUSSELS (Reuters) - The talks')).toMatchObject({ place: 'WASHINGTON/BRUSSELS', agency: 'Reuters' });
  });

  it('leaves the space before a comma out of the place, and reads no agency from brackets holding a word in lower case', () => {
    expect(parts('LATTAKIA , Aug 10 - Waiting time at Lattakia is 24 hours')).toMatchObject({ place: 'LATTAKIA', date: 'Aug 10' });
    expect(parts('SANTA CLARA , California , Nov 19 (AP) — Nvidia said')).toMatchObject({ place: 'SANTA CLARA', region: 'California' });
    // A statistics table's line: "(pct)" is a unit, no agency.
    expect(parts('CPI (pct) July +0.4m / m')).toBeNull();
    expect(parts('CBI MONTHLY TRENDS ENQUIRY ( a ) AUG JULY JUNE MAY')).toBeNull();
    expect(parts('BERLIN (dpa) - The government said')).toMatchObject({ place: 'BERLIN', agency: 'dpa' });
  });

  it('reads a dateline that stands alone on its line, the dash ending it', () => {
    expect(parts('PATNA, November 14, 2026 (IANS) —')).toMatchObject({ place: 'PATNA', date: 'November 14, 2026', agency: 'IANS', rest: '' });
  });

  it('reads a region between the place and the date, and a date with its year', () => {
    expect(parts('SANTA CLARA, California, Nov 19 (AP) — Nvidia said')).toMatchObject({ place: 'SANTA CLARA', region: 'California', date: 'Nov 19', agency: 'AP' });
    expect(parts('LONDON, 24 November 2025 (Reuters) - Sterling rose')).toMatchObject({ place: 'LONDON', date: '24 November 2025', agency: 'Reuters' });
    expect(parts('SAN FRANCISCO, March 4, 2026 (Reuters) - The company')).toMatchObject({ place: 'SAN FRANCISCO', date: 'March 4, 2026', agency: 'Reuters', rest: 'The company' });
  });

  it('takes a place in capitals with a dash alone', () => {
    expect(parts('BRUSSELS — European leaders met')).toMatchObject({ place: 'BRUSSELS', capitals: true, date: null, agency: null });
    expect(parts('PARIS (Reuters) -- Shares fell')).toMatchObject({ place: 'PARIS', agency: 'Reuters', rest: 'Shares fell' });
  });

  it('takes a place in title case only with a date or an agency', () => {
    expect(parts('Gaza City, Oct. 7 -- Sirens sounded')).toMatchObject({ place: 'Gaza City', capitals: false, date: 'Oct. 7' });
    expect(parts('London - the capital was quiet')).toBeNull();
    expect(parts('Officials said - without evidence - that')).toBeNull();
    // Not a place and not a date: a sentence with dashes around an aside.
    expect(parts('According to the Observer, 3,000 jobs - out of a total workforce of 6,500 - could be lost')).toBeNull();
  });

  it('reads the Indian agencies’ dateline with no dash after the agency, only for a place in capitals', () => {
    expect(parts('NEW DELHI, Nov 25 (PTI) The Union Cabinet on Tuesday approved')).toMatchObject({
      place: 'NEW DELHI', date: 'Nov 25', agency: 'PTI', rest: 'The Union Cabinet on Tuesday approved',
    });
    expect(parts('Tesla Inc (TSLA.O) Chief Executive Elon Musk said')).toBeNull();
  });

  it('reads nothing where no dash follows', () => {
    expect(parts('WASHINGTON is braced for a shutdown')).toBeNull();
    expect(parts('The president (AP) said')).toBeNull();
  });

  it('reads a place in capitals and a colon when the place is known ("RIYADH: ", "KUALA LUMPUR: "), not a kicker or a name', () => {
    expect(parts('RIYADH: Saudi Arabia signed agreements')).toEqual({
      place: 'RIYADH', capitals: true, region: null, date: null, agency: null, rest: 'Saudi Arabia signed agreements',
    });
    expect(parts('KUALA LUMPUR: Prime Minister Anwar Ibrahim tabled')).toMatchObject({ place: 'KUALA LUMPUR', rest: 'Prime Minister Anwar Ibrahim tabled' });
    expect(parts('BREAKING: Shares fell')).toBeNull();
    expect(parts('JAKE TAPPER: Do you think so?')).toBeNull();
  });

  it('reads the agency alone in brackets ("(Reuters) - "), with an empty place, only for a known agency', () => {
    expect(parts('(Reuters) - A Cleveland jury ordered')).toEqual({
      place: '', capitals: false, region: null, date: null, agency: 'Reuters', rest: 'A Cleveland jury ordered',
    });
    expect(parts('(Updated) - The figures')).toBeNull();
  });

  it('reads TASS’s dateline, its agency between slashes after a stop ("MOSCOW, November 25. /TASS/. ")', () => {
    expect(parts('MOSCOW, November 25. /TASS/. Russia expects its partners')).toMatchObject({
      place: 'MOSCOW', date: 'November 25', agency: 'TASS', rest: 'Russia expects its partners',
    });
  });
});
