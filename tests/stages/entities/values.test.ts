import { describe, expect, it } from 'vitest';
import { mentionsOf } from './helpers.ts';

/** Value mentions of a text, as "TYPE text" (names left out). */
const valuesOf = (text: string): string[] =>
  mentionsOf(text).filter((m) => /^(DATE|TIME|MONEY|PERCENT|QUANTITY) /.test(m));

describe('entities stage: values', () => {
  it('finds full dates written month first or day first', () => {
    expect(valuesOf('The attack came on October 7th, 2023, not on 7 October 2023.')).toEqual([
      'DATE October 7th, 2023',
      'DATE 7 October 2023',
    ]);
    expect(valuesOf('Talks began on March 3 and ended in June 2015.')).toEqual(['DATE March 3', 'DATE June 2015']);
  });

  it('finds amounts in rupees with the Indian scale words ("Rs 10,000 crore", "Rs. 5 lakh", "₹2,500 crore")', () => {
    expect(valuesOf('India approved a Rs 10,000 crore fund and a Rs. 5 lakh grant, and ₹2,500 crore for roads.')).toEqual([
      'MONEY Rs 10,000 crore', 'MONEY Rs. 5 lakh', 'MONEY ₹2,500 crore',
    ]);
  });

  it('finds years, weekdays, months and relative dates', () => {
    expect(valuesOf('In 1979 the regime changed; on Monday, this week and last year it spoke; talks resume in March.')).toEqual([
      'DATE 1979', 'DATE Monday', 'DATE this week', 'DATE last year', 'DATE March',
    ]);
    expect(valuesOf('Three years ago, yesterday and in the 1990s.')).toEqual(['DATE Three years ago', 'DATE yesterday', 'DATE 1990s']);
  });

  it('finds times counted from another, parts of a month or year, seasons after a preposition and "the end of the year"', () => {
    expect(valuesOf('Profit rose 18% from a year earlier; two weeks later it fell. Traders sold into the weekend.')).toEqual([
      'PERCENT 18%', 'DATE a year earlier', 'DATE two weeks later', 'DATE the weekend',
    ]);
    expect(valuesOf('It hit 41.2C in early October, the highest since mid-2023; the line shuts until mid-December.')).toEqual([
      'QUANTITY 41.2C', 'DATE early October', 'DATE mid-2023', 'DATE mid-December',
    ]);
    expect(valuesOf('Inflation will fall by the spring. The end of the year is near, and wind farms are booked until the end of the decade.')).toEqual([
      'DATE the spring', 'DATE The end of the year', 'DATE the end of the decade',
    ]);
    // Not a season that is no time: "the fall of Kabul", "a hot spring".
    expect(valuesOf('The fall of Kabul shocked them. The spring water was cold. He spoke before the winter session of Parliament.')).toEqual([]);
  });

  it('finds a length written as an adjective ("40-minute", "five-year"), not an age, and cubic and square units', () => {
    expect(valuesOf('The 40-minute meeting ended. The four-hour session ran late. It signed a five-year deal. A two-year-old boy was hurt.')).toEqual([
      'TIME 40-minute', 'TIME four-hour', 'DATE five-year',
    ]);
    expect(valuesOf('Russia sent 4.4 billion cubic meters of gas to a 1.5 million square feet plant.')).toEqual([
      'QUANTITY 4.4 billion cubic meters', 'QUANTITY 1.5 million square feet',
    ]);
  });

  it('reads a recording\'s timestamp in brackets as no time of day ("[00:02:30]")', () => {
    expect(valuesOf('[00:02:30] MS. LEAVITT: We will see you at 10:30 a.m. tomorrow.')).toEqual(['TIME 10:30 a.m.', 'DATE tomorrow']);
  });

  it('reads "Today" inside a name or before "programme" as no date', () => {
    expect(valuesOf('A USA Today poll and the Today programme agreed. Today, prices rose; today they fell.')).toEqual(['DATE Today', 'DATE today']);
  });

  it('takes a span of years as one date ("2029-30", "2024–25", "2023/24"), but not a score', () => {
    expect(valuesOf('It raises £26bn by 2029-30; the 2024–25 season, the 2023/24 budget and the war of 1939-1945. They won 2-1.')).toEqual([
      'MONEY £26bn', 'DATE 2029-30', 'DATE 2024–25', 'DATE 2023/24', 'DATE 1939-1945',
    ]);
  });

  it('reads a weekday that starts a newspaper\'s name as part of the name, not a date', () => {
    expect(mentionsOf('Most readers of the Sunday Times poll agreed, the Sunday Telegraph said on Sunday.')).toEqual([
      'ORG Sunday Times', 'ORG Sunday Telegraph', 'DATE Sunday',
    ]);
  });

  it('reads "May" as a month only where a month fits', () => {
    expect(valuesOf('Iran may respond in May.')).toEqual(['DATE May']);
    expect(valuesOf('The vote is on May 5.')).toEqual(['DATE May 5']);
  });

  it('finds times of day', () => {
    expect(valuesOf('The vote closes at 3 p.m. and results follow at 10:30, or by 1430 GMT.')).toEqual([
      'TIME 3 p.m.', 'TIME 10:30', 'TIME 1430 GMT',
    ]);
    // In capitals, with a US zone.
    expect(valuesOf('Trading opened at 10:32 AM EST and closed at 4 PM ET.')).toEqual(['TIME 10:32 AM EST', 'TIME 4 PM ET']);
    // The zone inside the span, as an abbreviation or a city's time.
    expect(valuesOf('The governor speaks at 10 a.m. IST; counting ended at 11:40 p.m. AEDT and results came at 1:30 p.m. Tokyo time.')).toEqual([
      'TIME 10 a.m. IST', 'TIME 11:40 p.m. AEDT', 'TIME 1:30 p.m. Tokyo time',
    ]);
  });

  it('finds amounts of money with signs, codes, scales and currency words', () => {
    expect(valuesOf('It cost $5 million, then £3.2bn, then 5 million euros and USD 40.')).toEqual([
      'MONEY $5 million', 'MONEY £3.2bn', 'MONEY 5 million euros', 'MONEY USD 40',
    ]);
  });

  it('finds amounts written with the currency word first', () => {
    expect(valuesOf('Profits rose to dollars 1.13bn (pounds 600m) from euros 639,000.')).toEqual([
      'MONEY dollars 1.13bn', 'MONEY pounds 600m', 'MONEY euros 639,000',
    ]);
    expect(valuesOf('Billions of dollars were lost.')).toEqual([]);
  });

  it('finds percentages', () => {
    expect(valuesOf('Prices rose 5% in May and 12 per cent in June, or 3.5 percent.')).toEqual([
      'PERCENT 5%', 'DATE May', 'PERCENT 12 per cent', 'DATE June', 'PERCENT 3.5 percent',
    ]);
  });

  it('finds quantities with units', () => {
    expect(valuesOf('The missile flew 300 km carrying 5,000 tonnes, or 2,000 barrels.')).toEqual([
      'QUANTITY 300 km', 'QUANTITY 5,000 tonnes', 'QUANTITY 2,000 barrels',
    ]);
  });

  it('keeps the part of a decade ("the late 1960s") and reads a life\'s years around a spaced dash ("(1941 - 2026)") as one span', () => {
    expect(valuesOf('In the late 1960s and the mid-1990s she taught.')).toEqual(['DATE late 1960s', 'DATE mid-1990s']);
    expect(valuesOf('Ruth Kaplan (1941 - 2026) was a physicist.')).toEqual(['DATE 1941 - 2026']);
  });

  it('reads an "m" against a number before a counted noun as millions, no metres ("4.6m homes", "2m people")', () => {
    expect(valuesOf('About 4.6m homes overheat, 2m people moved and 1.4m workers struck; the 800m runners ran on a 1.5m wall.')).toEqual([
      'QUANTITY 800m', 'QUANTITY 1.5m',
    ]);
  });

  it('finds metric tons and tonnes, as UN agencies write them ("41,000 metric tons of food")', () => {
    expect(valuesOf('Trucks carried 41,000 metric tons of food, 1,300 metric tonnes of seed and 2-3 metric tons of fuel.')).toEqual([
      'QUANTITY 41,000 metric tons', 'QUANTITY 1,300 metric tonnes', 'QUANTITY 2', 'QUANTITY 3 metric tons',
    ]);
  });

  it('reads no year in a part of a law or a law\'s name, and no time in a case number or a game clock', () => {
    expect(valuesOf('He sued under Section 1983, and 18 U.S.C. § 1349, breaching the Money Laundering Regulations 2017 in 2019.')).toEqual([
      'DATE 2019',
    ]);
    expect(valuesOf('The case is numbered 5:25-cv-03318; the drive took 7:41 off the clock, and the hearing starts at 9:30.')).toEqual([
      'TIME 9:30',
    ]);
  });

  it('finds the quantities of science news: millions of years, mm Hg, gigatonnes, ppm, grams and a warming', () => {
    expect(valuesOf('It lived 166m years ago and for 150m years; pressure fell by 9.8 mm Hg; the sheet lost 2,720 gigatonnes.')).toEqual([
      'DATE 166m years ago', 'DATE 150m years', 'QUANTITY 9.8 mm Hg', 'QUANTITY 2,720 gigatonnes',
    ]);
    expect(valuesOf('CO2 reached 426.1 parts per million, up 3.2 ppm; it weighed 600g on a 4g network; the region warmed by almost 3C.')).toEqual([
      'QUANTITY 426.1 parts per million', 'QUANTITY 3.2 ppm', 'QUANTITY 600g', 'QUANTITY 3C',
    ]);
    expect(valuesOf('Shade can cut indoor temperatures by 3C or more, and lower temperatures by about 2C.')).toEqual(['QUANTITY 3C', 'QUANTITY 2C']);
    expect(valuesOf('The 1.5 degree Celsius goal needs a 500-megawatt plant.')).toEqual(['QUANTITY 1.5 degree Celsius', 'QUANTITY 500-megawatt']);
  });

  it('takes no part of a number for a value start', () => {
    // "000" of "5,000" must not start its own mention, whatever the tokenizer did with the comma.
    expect(valuesOf('About 5,000 people and 1,250,000 more.')).toEqual([]);
  });
});

describe('entities stage: money and numbers of European and US local news', () => {
  it('finds euros written as an adjective, the German way, and the hryvnia\'s "Hr"', () => {
    expect(valuesOf('Meloni defended her 18-billion-euro budget, an 18-bn-euro plan and the 13.5-billion-euro bridge.'))
      .toEqual(['MONEY 18-billion-euro', 'MONEY 18-bn-euro', 'MONEY 13.5-billion-euro']);
    expect(valuesOf('One passage reads „ein Handlungsbedarf von 4,5 Mrd. € pro Monat“.')).toContain('MONEY 4,5 Mrd. €');
    expect(valuesOf('It needs an additional Hr 2.6 billion ($62 million).')).toEqual(['MONEY Hr 2.6 billion', 'MONEY $62 million']);
  });

  it('reads no year in a law\'s number ("Regulation (EU) 2024/1689", "directive 2014/24/EU"), a block or a house number', () => {
    expect(valuesOf('The rules of Regulation (EU) 2024/1689 and directive 2014/24/EU apply in 2023/24, 2029-30 and 2001/2.'))
      .toEqual(['DATE 2023/24', 'DATE 2029-30', 'DATE 2001']);
    expect(valuesOf('Crews went to the 1500 block of North Oneida Street; 2045 Meadowbrook Lane and 1711 W. Algonquin Road sold. In 2045 it ends.'))
      .toEqual(['DATE 2045']);
  });
});
