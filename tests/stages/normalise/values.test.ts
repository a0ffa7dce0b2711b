import { describe, expect, it } from 'vitest';
import { isoWeek, normaliseDate, normaliseTime } from '../../../src/stages/normalise/dates.ts';
import { normaliseAmount } from '../../../src/stages/normalise/amounts.ts';
import { emptyMeta, newDoc } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { extractEntities } from '../../../src/stages/entities/index.ts';
import { normaliseDoc } from '../../../src/stages/normalise/index.ts';

// A Wednesday.
const published = '2023-10-11T09:30:00.000Z';

describe('normaliseDate', () => {
  it('writes a full date, a month and a year at the precision given', () => {
    expect(normaliseDate('October 7th, 2023', null)).toBe('2023-10-07');
    expect(normaliseDate('7 October 2023', null)).toBe('2023-10-07');
    expect(normaliseDate('Thursday, February 23, 2006', null)).toBe('2006-02-23');
    expect(normaliseDate('March 2005', null)).toBe('2005-03');
    expect(normaliseDate('1979', null)).toBe('1979');
    expect(normaliseDate('2015-03-04', null)).toBe('2015-03-04');
    expect(normaliseDate('11/12/2026', null)).toBe('2026-12-11');
  });

  it('writes decades, quarters and durations in ISO 8601 form', () => {
    expect(normaliseDate('1990s', null)).toBe('199');
    expect(normaliseDate('the 1980s', null)).toBe('198');
    expect(normaliseDate('first quarter', published)).toBe('2023-Q1');
    expect(normaliseDate('three years', null)).toBe('P3Y');
    expect(normaliseDate('18 months', null)).toBe('P18M');
  });

  it('writes millions of years as a duration, and millions of years ago as no date', () => {
    expect(normaliseDate('150m years', null)).toBe('P150000000Y');
    expect(normaliseDate('2.5 million years', null)).toBe('P2500000Y');
    expect(normaliseDate('166m years ago', published)).toBeNull();
  });

  it('writes a span of years as an ISO 8601 interval', () => {
    expect(normaliseDate('2029-30', null)).toBe('2029/2030');
    expect(normaliseDate('1999-00', null)).toBe('1999/2000');
    expect(normaliseDate('2023/24', null)).toBe('2023/2024');
    expect(normaliseDate('1941 - 2026', null)).toBe('1941/2026');
    expect(normaliseDate('late 1960s', null)).toBe('196');
    expect(normaliseDate('1939–1945', null)).toBe('1939/1945');
    expect(normaliseDate('2030-29', null)).toBeNull();
  });

  it('reads relative dates against the publication date', () => {
    expect(normaliseDate('this week', published)).toBe('2023-W41');
    expect(normaliseDate('last week', published)).toBe('2023-W40');
    expect(normaliseDate('Monday', published)).toBe('2023-10-09');
    expect(normaliseDate('yesterday', published)).toBe('2023-10-10');
    expect(normaliseDate('last year', published)).toBe('2022');
    // "the last decade" is the ten years up to now, not the 2010s.
    expect(normaliseDate('last decade', published)).toBe('2013/2023');
    expect(normaliseDate('past decade', published)).toBe('2013/2023');
    // "the past week" and "the past month" are the days up to the publication date (not this week, nor "last week").
    expect(normaliseDate('past week', published)).toBe('2023-10-05/2023-10-11');
    expect(normaliseDate('past month', published)).toBe('2023-09-12/2023-10-11');
    expect(normaliseDate('next decade', published)).toBe('2023/2033');
    expect(normaliseDate('this decade', published)).toBe('202');
    expect(normaliseDate('next month', published)).toBe('2023-11');
    expect(normaliseDate('two years ago', published)).toBe('2021');
    expect(normaliseDate('7 October', published)).toBe('2023-10-07');
    // A month with "last", "next" or "this" (published in October 2023).
    expect(normaliseDate('last October', published)).toBe('2022-10');
    expect(normaliseDate('last February', published)).toBe('2022-02');
    expect(normaliseDate('next March', published)).toBe('2024-03');
    expect(normaliseDate('this December', published)).toBe('2023-12');
    expect(normaliseDate('late October', published)).toBe('2023-10');
  });

  it('puts a day or month without a year in the year before or after when that is the near one', () => {
    const november = '2026-11-12T10:00:00.000Z';
    expect(normaliseDate('January 1', november)).toBe('2027-01-01');
    expect(normaliseDate('December 31', november)).toBe('2026-12-31');
    expect(normaliseDate('7 October', november)).toBe('2026-10-07');
    // A month seven months back stays in the publication year; "January" two months on is next year's.
    expect(normaliseDate('April', november)).toBe('2026-04');
    expect(normaliseDate('January', november)).toBe('2027-01');
    expect(normaliseDate('20 December', '2026-01-05T08:00:00.000Z')).toBe('2025-12-20');
  });

  it('leaves a relative date empty when the article has no date', () => {
    for (const s of ['this week', 'Monday', 'last year', 'yesterday', 'two years ago', '7 October']) expect(normaliseDate(s, null), s).toBeNull();
  });

  it('numbers ISO weeks from the week holding the year’s first Thursday', () => {
    expect(isoWeek(new Date('2021-01-03T12:00:00Z'))).toBe('2020-W53');
    expect(isoWeek(new Date('2024-12-30T12:00:00Z'))).toBe('2025-W01');
  });
});

describe('normaliseTime', () => {
  it('gives the offset of any zone in the shared table, India\'s IST and Japan\'s JST included', () => {
    expect(normaliseTime('9:30 IST')).toBe('T09:30+05:30');
    expect(normaliseTime('10am JST')).toBe('T10:00+09:00');
  });

  it('writes a time of day', () => {
    expect(normaliseTime('10:30 GMT')).toBe('T10:30Z');
    expect(normaliseTime('9 a.m. EST')).toBe('T09:00-05:00');
    // ET without a day: its standard offset.
    expect(normaliseTime('4 PM ET')).toBe('T16:00-05:00');
    expect(normaliseTime('3pm')).toBe('T15:00');
    expect(normaliseTime('12 a.m.')).toBe('T00:00');
    expect(normaliseTime('noon')).toBe('T12:00');
  });

  it('gives the offset of zones written as abbreviations or as a city’s time, with summer time by the day', () => {
    expect(normaliseTime('10 a.m. IST')).toBe('T10:00+05:30');
    expect(normaliseTime('11:40 p.m. AEDT')).toBe('T23:40+11:00');
    expect(normaliseTime('1:30 p.m. Tokyo time')).toBe('T13:30+09:00');
    expect(normaliseTime('9:30 a.m. Beijing time')).toBe('T09:30+08:00');
    expect(normaliseTime('8:20 p.m. ET', '2026-12-06')).toBe('T20:20-05:00');
    expect(normaliseTime('3:30 p.m. ET', '2026-07-15')).toBe('T15:30-04:00');
    expect(normaliseTime('9 a.m. PT', '2026-03-08')).toBe('T09:00-07:00'); // the second Sunday of March
    expect(normaliseTime('9 a.m. PT', '2026-03-07')).toBe('T09:00-08:00');
    expect(normaliseTime('8 a.m. London time', '2026-06-01')).toBe('T08:00+01:00');
    expect(normaliseTime('8 a.m. London time', '2026-12-01')).toBe('T08:00Z');
  });

  it('writes a duration in hours or minutes', () => {
    expect(normaliseTime('71 minutes')).toBe('PT71M');
    expect(normaliseTime('two hours')).toBe('PT2H');
  });
});

describe('normaliseAmount', () => {
  it('reads money with its scale and currency', () => {
    expect(normaliseAmount('MONEY', '$1.13bn')).toEqual({ amount: 1.13e9, currency: 'USD', unit: null });
    expect(normaliseAmount('MONEY', 'Rs 10,000 crore')).toEqual({ amount: 1e11, currency: 'INR', unit: null });
    expect(normaliseAmount('MONEY', '12 lakh rupees')).toEqual({ amount: 1.2e6, currency: 'INR', unit: null });
    // Euros as an adjective and the German way, the hryvnia's "Hr".
    expect(normaliseAmount('MONEY', '13.5-billion-euro')).toEqual({ amount: 1.35e10, currency: 'EUR', unit: null });
    expect(normaliseAmount('MONEY', '4,5 Mrd. €')).toEqual({ amount: 4.5e9, currency: 'EUR', unit: null });
    expect(normaliseAmount('MONEY', '1.250 €')).toEqual({ amount: 1250, currency: 'EUR', unit: null });
    expect(normaliseAmount('MONEY', 'Hr 2.6 billion')).toEqual({ amount: 2.6e9, currency: 'UAH', unit: null });
    expect(normaliseAmount('MONEY', '£600m')).toEqual({ amount: 6e8, currency: 'GBP', unit: null });
    expect(normaliseAmount('MONEY', 'dollars 639m')).toEqual({ amount: 6.39e8, currency: 'USD', unit: null });
    expect(normaliseAmount('MONEY', 'two million euros')).toEqual({ amount: 2e6, currency: 'EUR', unit: null });
    expect(normaliseAmount('MONEY', '5 million Australian dollars')?.currency).toBe('AUD');
    expect(normaliseAmount('MONEY', 'A$5')?.currency).toBe('AUD');
    expect(normaliseAmount('MONEY', '50 cents')).toEqual({ amount: 0.5, currency: 'USD', unit: null });
  });

  it('scales amounts without floating-point error', () => {
    expect(normaliseAmount('MONEY', '$1.08 trillion')?.amount).toBe(1080000000000);
    expect(normaliseAmount('MONEY', '$1.15 trillion')?.amount).toBe(1150000000000);
    expect(normaliseAmount('MONEY', '€0.3 million')?.amount).toBe(300000);
    expect(normaliseAmount('MONEY', '99.9 cents')?.amount).toBe(0.999);
  });

  it('reads percentages and quantities as numbers with their unit', () => {
    expect(normaliseAmount('PERCENT', '76%')).toEqual({ amount: 76, currency: null, unit: 'percent' });
    expect(normaliseAmount('PERCENT', '2.5 percentage points')?.unit).toBe('percentage point');
    expect(normaliseAmount('QUANTITY', '5,000 tonnes')).toEqual({ amount: 5000, currency: null, unit: 'tonnes' });
    expect(normaliseAmount('QUANTITY', '300 m')).toEqual({ amount: 300, currency: null, unit: 'm' });
    expect(normaliseAmount('QUANTITY', '3 million barrels')?.amount).toBe(3e6);
  });
});

/** The MONEY mentions of a text through the entities and normalise stages. */
function moneyOf(text: string) {
  const doc = normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text }))));
  return doc.mentions.filter((m) => m.type === 'MONEY');
}

describe('African, Asian and Middle Eastern currencies as their papers write them', () => {
  const money = (text: string) => moneyOf(text).map((m) => [m.text, m.amount, m.currency]);

  it('reads a code against its amount, the naira’s N, "$US" and currency words', () => {
    expect(money('The budget is Sh4.2 trillion, up from Ksh3.1 billion. Malaysia set aside RM42 billion and Saudi Arabia SR15 billion.')).toEqual([
      ['Sh4.2 trillion', 4.2e12, 'KES'], ['Ksh3.1 billion', 3.1e9, 'KES'], ['RM42 billion', 42e9, 'MYR'], ['SR15 billion', 15e9, 'SAR'],
    ]);
    expect(money('The state owes N4bn; he paid N500,000 for an N95 mask. Fares rose to 2,400 liras. The deal was worth $US92 million.')).toEqual([
      ['N4bn', 4e9, 'NGN'], ['N500,000', 500000, 'NGN'], ['2,400 liras', 2400, 'TRY'], ['$US92 million', 92e6, 'USD'],
    ]);
  });

  it('reads rand and cents written against the R, as an exchange rate is ("to R18.41 against the dollar")', () => {
    expect(money('The rand weakened 1.2% to R18.41 against the dollar; the R2 route and an R3.5 rating are no money.')).toEqual([
      ['R18.41', 18.41, 'ZAR'],
    ]);
  });

  it('reads the naira with its kobo and "trn", and the CFA franc of West or Central Africa', () => {
    expect(money('The naira closed at N1,436.50 on Thursday; the budget is N58.2trn.')).toEqual([['N1,436.50', 1436.5, 'NGN'], ['N58.2trn', 58.2e12, 'NGN']]);
    expect(money('DAKAR, Senegal — We will cut subsidies by 400 billion CFA francs, the prime minister said. Dakar agreed.'))
      .toEqual([['400 billion CFA francs', 400e9, 'XOF']]);
    expect(money('Cameroon will spend 250 billion CFA francs on roads in Cameroon.')).toEqual([['250 billion CFA francs', 250e9, 'XAF']]);
    expect(money('The birr traded at about 152 birr to the dollar.')).toEqual([['152 birr', 152, 'ETB']]);
    // A no-break space before the scale word, as pages and word processors write it.
    expect(money('The bank lent $120\u00a0billion; it cost £28\u202fmillion.')).toEqual([['$120\u00a0billion', 120e9, 'USD'], ['£28\u202fmillion', 28e6, 'GBP']]);
  });
});

describe('money of business news: one cent and ranges of amounts', () => {
  const money = (text: string) => moneyOf(text).map((m) => [m.text, m.amount, m.currency]);

  it('reads "1 cent" as money, and "per cent" as none', () => {
    expect(money('Nvidia will pay a dividend of 1 cent per share, up 5 per cent.')).toEqual([['1 cent', 0.01, 'USD']]);
  });

  it('reads both ends of a range, each with the currency and scale of the other', () => {
    expect(money('The price band is ₹382-402 per share.')).toEqual([['₹382', 382, 'INR'], ['402', 402, 'INR']]);
    expect(money('The deal is worth $5-6 billion, or 20-25 cents a share.')).toEqual([
      ['$5', 5e9, 'USD'], ['6 billion', 6e9, 'USD'], ['20', 0.2, 'USD'], ['25 cents', 0.25, 'USD'],
    ]);
  });
});

describe('money as Gulf, South Asian, Latin American and Japanese papers write it', () => {
  const money = (text: string) => moneyOf(text).map((m) => [m.text, m.amount, m.currency]);

  it('reads the dirham’s "Dh", the Argentine peso’s "AR$", "tr" for trillion and Kyodo’s "tril." and "bil."', () => {
    expect(money('The Dh14.6 billion plan beat a Dh20.5 billion bid; I pay Dh20. The blue rate ended at AR$1,490.')).toEqual([
      ['Dh14.6 billion', 14.6e9, 'AED'], ['Dh20.5 billion', 20.5e9, 'AED'], ['Dh20', 20, 'AED'], ['AR$1,490', 1490, 'ARS'],
    ]);
    expect(money('Tax collection reached Rs11.74tr. Japan Cabinet OKs 18.3 tril. yen extra budget, with 500 bil. yen for defence.')).toEqual([
      ['Rs11.74tr', 11.74e12, 'INR'], ['18.3 tril. yen', 18.3e12, 'JPY'], ['500 bil. yen', 500e9, 'JPY'],
    ]);
  });

  it('takes "pesos" as the peso the article writes by its sign elsewhere, where no place tells', () => {
    expect(money('A family needed 1,284,560 pesos a month. The rate closed at 1,462 pesos, while the blue rate ended at AR$1,490.')).toEqual([
      ['1,284,560 pesos', 1284560, 'ARS'], ['1,462 pesos', 1462, 'ARS'], ['AR$1,490', 1490, 'ARS'],
    ]);
    expect(money('The budget is 9 trillion pesos.')).toEqual([['9 trillion pesos', 9e12, 'MXN']]);
  });

  it('reads "pc" against a number as per cent', () => {
    const doc = normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(),
      text: 'The bank cut its rate to 10.5pc, and the surplus is 2.4pc of GDP.' }))));
    expect(doc.mentions.filter((m) => m.type === 'PERCENT').map((m) => [m.text, m.amount, m.unit])).toEqual([
      ['10.5pc', 10.5, 'percent'], ['2.4pc', 2.4, 'percent'],
    ]);
  });
});

describe('money as trade papers, world desks and headlines write it', () => {
  const money = (text: string) => moneyOf(text).map((m) => [m.text, m.amount, m.currency]);

  it('reads a capital letter against the amount as its scale ("$1.2B", "$162M", "$40K")', () => {
    expect(money('Harborline raises $1.2B at a $14B valuation. The film took $162M, after $160.9M, and cut a $40K/year bill.')).toEqual([
      ['$1.2B', 1.2e9, 'USD'], ['$14B', 14e9, 'USD'], ['$162M', 162e6, 'USD'], ['$160.9M', 160.9e6, 'USD'], ['$40K', 40000, 'USD'],
    ]);
  });

  it('reads a currency named by its people ("Sudanese pounds"), and the bare word after it as the same currency', () => {
    expect(money('A bag was selling for 42,000 Sudanese pounds ($70), up from 25,000 pounds last month.')).toEqual([
      ['42,000', 42000, 'SDG'], ['$70', 70, 'USD'], ['25,000 pounds', 25000, 'SDG'],
    ]);
    // The adjective stays a name of its own, as CoNLL-2003 types it.
    const doc = normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(),
      text: 'The agency launched an emergency appeal for 15 million Swiss francs ($18.6m).' }))));
    expect(doc.mentions.map((m) => [m.text, m.type, m.currency])).toEqual([
      ['15 million', 'MONEY', 'CHF'], ['Swiss', 'NORP', null], ['$18.6m', 'MONEY', 'USD'],
    ]);
  });

  it('reads the hryvnia and the afghani', () => {
    expect(money('Soldiers get 120,000 hryvnias ($2,900); the fee is 500 afghanis.')).toEqual([
      ['120,000 hryvnias', 120000, 'UAH'], ['$2,900', 2900, 'USD'], ['500 afghanis', 500, 'AFN'],
    ]);
  });

  it('takes rupees as the currency of the country the headline names, when the places then lean elsewhere', () => {
    const text = 'Nepal floods: army rescues villagers\n\nThe loss in Ilam will be more than 2 billion rupees. Water reached Bihar in India, ' +
      'then Supaul and Saharsa in India.';
    expect(money(text)).toEqual([['2 billion rupees', 2e9, 'NPR']]);
  });
});

describe('a bare "$" in an article from a country with its own dollar', () => {
  const money = (text: string) => moneyOf(text).map((m) => [m.text, m.currency]);

  it('is that dollar where the article writes US dollars apart ("$US92 million"), as Australian outlets do', () => {
    expect(money('MELBOURNE — The Victorian budget will spend $194 billion over four years. Exports to the US were worth $US92 million. Melbourne agreed.'))
      .toEqual([['$194 billion', 'AUD'], ['$US92 million', 'USD']]);
  });

  it('stays the US dollar in a wire story that writes its own dollar "A$"', () => {
    expect(money('SYDNEY (Reuters) — BHP said profit rose to $5 billion, or A$7.6 billion. Sydney and Melbourne agreed.'))
      .toEqual([['$5 billion', 'USD'], ['A$7.6 billion', 'AUD']]);
  });

  it('is that dollar in an article an Australian or New Zealand outlet published (its address, locale or name)', () => {
    const moneyIn = (meta: Partial<ReturnType<typeof emptyMeta>>, text: string) =>
      normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: { ...emptyMeta(), ...meta }, text }))))
        .mentions.filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);
    const text = 'Households will receive another $300 off their power bills, at a cost of $1.8 billion.';
    expect(moneyIn({ url: 'https://www.abc.net.au/news/2026-11-23/rebate/105123456' }, text)).toEqual([['$300', 'AUD'], ['$1.8 billion', 'AUD']]);
    expect(moneyIn({ language: 'en-NZ' }, text).map((m) => m[1])).toEqual(['NZD', 'NZD']);
    expect(moneyIn({ sourceName: 'RNZ' }, text).map((m) => m[1])).toEqual(['NZD', 'NZD']);
    // Its own dollar's sign written more often than "$": wire copy, where "$" is the US dollar.
    expect(moneyIn({ url: 'https://www.smh.com.au/business/x' }, 'BHP said profit rose to $5 billion, or A$7.6 billion, and A$2 billion in dividends.'))
      .toEqual([['$5 billion', 'USD'], ['A$7.6 billion', 'AUD'], ['A$2 billion', 'AUD']]);
    expect(moneyIn({ url: 'https://www.nytimes.com/2026/11/23/x.html' }, text).map((m) => m[1])).toEqual(['USD', 'USD']);
  });

  it('reads a sign of letters only before its amount ("RM42 billion" is ringgit, "500 NOK" no naira)', () => {
    expect(normaliseAmount('MONEY', '500 NOK')?.currency).toBe('NOK');
    expect(normaliseAmount('MONEY', 'RMB 5bn')?.currency).toBe('CNY');
  });
});

describe('quantities and times as world and live pages write them', () => {
  const values = (text: string) => normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text }))))
    .mentions.filter((m) => m.type === 'QUANTITY' || m.type === 'TIME').map((m) => [m.text, m.type === 'TIME' ? m.normalized : m.amount, m.unit]);

  it('reads "sq km", a scale letter before a unit ("1m hectares"), "kph" and "cusecs" in Indian digit grouping', () => {
    expect(values('Russian forces took 5,000 sq km. Fires burned 1m hectares. Winds reached 225 kph as the flow peaked at 4,51,000 cusecs.')).toEqual([
      ['5,000 sq km', 5000, 'sq km'], ['1m hectares', 1e6, 'hectares'], ['225 kph', 225, 'kph'], ['4,51,000 cusecs', 451000, 'cusecs'],
    ]);
  });

  it('reads a whole-number temperature after words of the weather, and no seat or class', () => {
    expect(values('Temperatures reached 41C, with highs of 39C. Labour holds a 12C seat; pupils in Year 5C.')).toEqual([
      ['41C', 41, '°c'], ['39C', 39, '°c'],
    ]);
  });

  it('reads the second of two magnitudes, and millions of a named thing as no metres', () => {
    expect(values('Two quakes of magnitude 3.9 and 4.1 struck. It sold 2.1m PS5 consoles; the wall is 2.1m high.')).toEqual([
      ['magnitude 3.9', 3.9, 'magnitude'], ['4.1', 4.1, 'magnitude'], ['2.1m', 2.1, 'm'],
    ]);
  });

  it('reads the units of science news ("9.8 mm Hg", "426.1 parts per million", "1.5 degree Celsius", "600g")', () => {
    expect(values('Pressure fell by 9.8 mm Hg; CO2 hit 426.1 parts per million; the 1.5 degree Celsius goal; it weighed 600g.')).toEqual([
      ['9.8 mm Hg', 9.8, 'mm hg'], ['426.1 parts per million', 426.1, 'parts per million'], ['1.5 degree Celsius', 1.5, '°c'], ['600g', 600, 'g'],
    ]);
  });

  it('reads a temperature a forecast gives, and the one joined to it ("forecast to reach 42C on Friday and 39C")', () => {
    expect(values('Temperatures are forecast to reach 42C on Friday and 39C on Saturday. Pupils in Year 5C and 6C.')).toEqual([
      ['42C', 42, '°c'], ['39C', 39, '°c'],
    ]);
  });

  it('reads a concentration as one unit ("70 mg/dL", "5.6 mmol/L"), nanograms, millisieverts and terabits', () => {
    expect(values('Lp(a) of at least 70 mg/dL, glucose of 5.6 mmol/L; a limit of 96 nanograms a day; 0.5 millisieverts; 1 terabit per second.')).toEqual([
      ['70 mg/dL', 70, 'mg/dl'], ['5.6 mmol/L', 5.6, 'mmol/l'], ['96 nanograms', 96, 'nanograms'], ['0.5 millisieverts', 0.5, 'millisieverts'],
      ['1 terabit per second', 1, 'terabit per second'],
    ]);
  });

  it('reads the start of a range of quantities with the unit and scale of its end ("12 to 15 degrees", "1-2 million tonnes")', () => {
    expect(values('Temperatures were 12 to 15 degrees above average as output rose 1-2 million tonnes.')).toEqual([
      ['12', 12, 'degrees'], ['15 degrees', 15, 'degrees'], ['1', 1e6, 'tonnes'], ['2 million tonnes', 2e6, 'tonnes'],
    ]);
  });

  it('reads a US zone spelled out after a clock time ("4 p.m. Eastern", "6:04 p.m. Central time"), and no conference', () => {
    expect(values('Shares jumped after 4 p.m. Eastern; it lifted off at 6:04 p.m. Central time, or 7:04 p.m. Eastern Daylight Time. The 7 p.m. Eastern Conference game.')).toEqual([
      ['4 p.m. Eastern', 'T16:00-05:00', null], ['6:04 p.m. Central time', 'T18:04-06:00', null], ['7:04 p.m. Eastern Daylight Time', 'T19:04-04:00', null],
      ['7 p.m.', 'T19:00', null],
    ]);
  });

  it('reads a clock time written with a dot before its zone ("14.32 GMT"), and no number with a dot', () => {
    expect(values('14.32 GMT Zelenskyy arrives. The strike came overnight (04.40 GMT). The index rose 12.30 points.')).toEqual([
      ['14.32 GMT', 'T14:32Z', null], ['04.40 GMT', 'T04:40Z', null], ['12.30 points', 12.3, 'points'],
    ]);
  });
});

describe('dates placed by their sentence', () => {
  /** [text, normalized] of the DATE and TIME mentions of a text published at `at`. */
  const dates = (text: string, at: string) => normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null,
    format: 'txt', meta: { ...emptyMeta(), publishedAt: at }, text }))))
    .mentions.filter((m) => m.type === 'DATE' || m.type === 'TIME').map((m) => [m.text, m.normalized]);
  // A Sunday, a Wednesday and a Tuesday of November 2026.
  const sunday = '2026-11-22T12:00:00.000Z';
  const wednesday = '2026-11-18T12:00:00.000Z';
  const tuesday = '2026-11-10T12:00:00.000Z';

  it('reads a length with a half ("four and a half years" P4Y6M) and "later this afternoon"', () => {
    expect(dates('He has led for four and a half years; talks ran two and a half hours. He will speak later this afternoon.', sunday)).toEqual([
      ['four and a half years', 'P4Y6M'], ['two and a half hours', 'PT2H30M'], ['later this afternoon', '2026-11-22'],
    ]);
  });

  it('reads a length in two units as one duration ("two years and eight months" P2Y8M, "1 hour, 49 minutes" PT1H49M)', () => {
    expect(dates('He was jailed for two years and eight months. She won in two hours and 12 minutes, after 1 hour, 49 minutes.', sunday)).toEqual([
      ['two years and eight months', 'P2Y8M'], ['two hours and 12 minutes', 'PT2H12M'], ['1 hour, 49 minutes', 'PT1H49M'],
    ]);
    expect(dates('He signed a five-and-a-half-year contract and won in one minute, 47.97 seconds.', sunday)).toEqual([
      ['five-and-a-half-year', 'P5Y6M'], ['one minute, 47.97 seconds', 'PT1M47.97S'],
    ]);
  });

  it('reads a season before its year as one date ("fall 2027", "Spring 2028"): the year', () => {
    expect(dates('The line opens in fall 2027 and the school in Spring 2028.', sunday)).toEqual([['fall 2027', '2027'], ['Spring 2028', '2028']]);
  });

  it('reads "the summer of 2025" as one date, "the last quarter of 2028" as its fourth, and no month in "this may prove"', () => {
    expect(dates('He joined in the summer of 2025. The line opens in the last quarter of 2028. This may prove decisive.', sunday)).toEqual([
      ['the summer of 2025', '2025'], ['last quarter of 2028', '2028-Q4'],
    ]);
    expect(dates('Water pooled there in the winter of 2023-24.', sunday)).toEqual([['the winter of 2023-24', '2023/2024']]);
  });

  it('reads a change told end first ("to 4.1% in October from 4.3% in September") with its start in the same year', () => {
    expect(dates('Inflation declined for the eighth consecutive month to 4.1 per cent in October from 4.3 per cent in September.', sunday)).toEqual([
      ['October', '2026-10'], ['September', '2026-09'],
    ]);
  });

  it('reads a change told end first with words and a comma before "from" ("to 640 a week in October, from 2,150 a week in March")', () => {
    expect(dates('Confirmed cases fell to an average of 640 a week in October, from 2,150 a week in March.', sunday)).toEqual([
      ['October', '2026-10'], ['March', '2026-03'],
    ]);
  });

  it('reads a part of a month with its year as one date ("in late October 2025") and a run of months as one period', () => {
    expect(dates('Hurricane Melissa, which slammed into Jamaica in late October 2025, was last year\'s monster.', sunday)).toEqual([
      ['late October 2025', '2025-10'], ['last year', '2025'],
    ]);
    expect(dates('Growth slowed in the July-September period and will pick up in the Nov.–Jan. quarter.', sunday)).toEqual([
      ['July-September', '2026-07/2026-09'], ['Nov.–Jan.', '2026-11/2027-01'],
    ]);
    expect(dates('Exports rose in the Oct-Dec 2025 quarter.', sunday)).toEqual([['Oct-Dec 2025', '2025-10/2025-12']]);
    expect(dates('Trade volumes fell 3.4 per cent in the third quarter.', sunday)).toEqual([['third quarter', '2026-Q3']]);
  });

  it('reads "the first nine months" without its year as a period of the year in a sentence about the economy, and a fiscal year by its letters', () => {
    expect(dates('Investment fell 0.5 per cent in the first nine months. He lost weight in the first three months of the season and in the first two months.', sunday)).toEqual([
      ['first nine months', '2026-01/2026-09'], ['three months', 'P3M'], ['first two months', 'P2M'],
    ]);
    expect(dates('The FBR collected Rs3.84 trillion in the first four months of FY27, and expects more in FY2026-27.', sunday)).toEqual([
      ['first four months of FY27', null], ['FY2026-27', null],
    ]);
  });

  it('gives no value to a month counted from the story\'s time ("the previous November record") and no date to the Long March', () => {
    expect(dates('The previous November record, 41.6C, was set in 2020. The coming March will be cold.', sunday)).toEqual([
      ['previous November', null], ['2020', '2020'], ['coming March', '2027-03'],
    ]);
    expect(dates('Its Long March 10 rocket made its first test flight in August.', sunday)).toEqual([['August', '2026-08']]);
  });

  it('places what a past clause committed to, a date owed "due to the" units, and a bare past after "which" by the calendar', () => {
    expect(dates('The government had also agreed to raise the fuel levy from January 1.', sunday)).toEqual([['January 1', '2027-01-01']]);
    expect(dates('The Treasury failed to release funds due to the counties for September and October.', sunday)).toEqual([
      ['September', '2026-09'], ['October', '2026-10'],
    ]);
    expect(dates('The bank, which cut its rate to 10.5pc in October, is scheduled to meet again.', sunday)).toEqual([['October', '2026-10']]);
    expect(dates('The club had no intention of selling players in January.', sunday)).toEqual([['January', '2027-01']]);
  });

  it('reads a present clause of time, a schedule set for a date, "expires" and "could … as early as" as times to come', () => {
    expect(dates('He faces 10 years in prison when he is sentenced Feb. 12.', sunday)).toEqual([['10 years', 'P10Y'], ['Feb. 12', '2027-02-12']]);
    expect(dates('They are back in action when they travel to Leeds on Monday.', wednesday)).toEqual([['Monday', '2026-11-23']]);
    expect(dates('The judge set sentencing for March 4. His contract expires in June.', sunday)).toEqual([['March 4', '2027-03-04'], ['June', '2027-06']]);
    expect(dates('The Amazon case is set for March. The vote has been set for April 9, but the trial was set for June.', tuesday))
      .toEqual([['March', '2027-03'], ['April 9', '2027-04-09'], ['June', '2026-06']]);
    expect(dates('The agency has said the rocket could launch as early as February. The virus was circulating as early as March.', sunday)).toEqual([
      ['February', '2027-02'], ['March', '2026-03'],
    ]);
    expect(dates('Reports were linking the club with a January move.', sunday)).toEqual([['January', '2027-01']]);
  });

  it('gives a day of the month a full date named in the sentence before its year ("Sept. 9, 2024. … Sept. 12")', () => {
    expect(dates('He was moved to a cell on Sept. 9, 2024. Guards signed logs. He was found unresponsive on Sept. 12 and died.', sunday)).toEqual([
      ['Sept. 9, 2024', '2024-09-09'], ['Sept. 12', '2024-09-12'],
    ]);
    expect(dates('The law took effect on Sept. 9, 2024. He was arrested on Oct. 2.', sunday)).toEqual([
      ['Sept. 9, 2024', '2024-09-09'], ['Oct. 2', '2026-10-02'],
    ]);
  });

  it('reads "this weekend" on a Sunday as the weekend under way, and "next weekend" as the one after', () => {
    expect(dates('The film is on fire this weekend. Next weekend it opens in China.', sunday)).toEqual([
      ['this weekend', '2026-11-21/2026-11-22'], ['Next weekend', '2026-11-28/2026-11-29'],
    ]);
  });

  it('takes no year from a booth number, and no weekday from a named day', () => {
    expect(dates('Come find us at booth 1742. Returns peaked over Black Friday weekend.', sunday)).toEqual([['Friday', null]]);
  });

  it('reads a past written as the bare verb after "it" ("the 0.9% it forecast in March")', () => {
    expect(dates('Growth will be 1.5% this year, up from the 0.9% it forecast in March.', sunday)).toEqual([['this year', '2026'], ['March', '2026-03']]);
  });

  it('gives a day that recurs no one date ("every Monday")', () => {
    expect(dates('The theatre releases 40 tickets every Monday, and the show opens on Friday.', sunday)).toEqual([['Monday', null], ['Friday', '2026-11-27']]);
  });

  it('places an event named by its date a few days ahead in a past clause ("sending the race to a Dec. 1 runoff")', () => {
    expect(dates('She cleared the threshold on Nov. 3, sending the race to a Dec. 1 runoff.', sunday)).toEqual([['Nov. 3', '2026-11-03'], ['Dec. 1', '2026-12-01']]);
    expect(dates('Futures imply a 38% chance of a quarter-point cut on Dec. 16, down from 67% a month ago.', sunday))
      .toEqual([['Dec. 16', '2026-12-16'], ['a month ago', '2026-10']]);
  });

  it('reads an -ed word after an article or a preposition as no past verb ("the affected areas", "in limited release")', () => {
    expect(dates('The government would declare the affected areas a disaster zone at Tuesday’s cabinet meeting.', wednesday)).toEqual([['Tuesday', '2026-11-24']]);
    expect(dates('A24 will open it in limited release on Dec. 11.', tuesday)).toEqual([['Dec. 11', '2026-12-11']]);
  });

  it('reads a past auxiliary further back ("was sparked by a lightning strike in the state forest on Saturday")', () => {
    expect(dates('The fire, which was sparked by a lightning strike in the Ballengarra state forest on Saturday, grew.', wednesday)).toEqual([['Saturday', '2026-11-14']]);
  });

  it('reads "as soon as" a quarter and a present-tense schedule as times to come', () => {
    expect(dates('The firm, which raised $800 million last year, could list as soon as the first quarter.', sunday)).toEqual([['last year', '2025'], ['first quarter', '2027-Q1']]);
    expect(dates('The tour kicks off March 4 in Vancouver and wraps April 18 in New York.', tuesday)).toEqual([['March 4', '2027-03-04'], ['April 18', '2027-04-18']]);
  });

  it('gives the year a sentence opens with, or the one after a pair of months, to its months', () => {
    expect(dates('Last year, floods killed more than 240 people in late September.', tuesday)).toEqual([['Last year', '2025'], ['late September', '2025-09']]);
    expect(dates('Season 2 was released in two parts in August and September 2025.', tuesday)).toEqual([['August', '2025-08'], ['September 2025', '2025-09']]);
  });

  it('gives a placed date’s year to the dates listed after it, and none from a year inside a clause set off by commas', () => {
    expect(dates('The band will play 27 dates, including stops at the Kia Forum in Inglewood, California, on March 12, the United Center in Chicago on March 28, and two nights in Boston on April 10 and 11.', tuesday))
      .toEqual([['March 12', '2027-03-12'], ['March 28', '2027-03-28'], ['April 10 and 11', '2027-04-10/2027-04-11']]);
    expect(dates('Circle, which went public on the New York Stock Exchange in June 2025, reported revenue of $740 million on Nov. 12.', sunday))
      .toEqual([['June 2025', '2025-06'], ['Nov. 12', '2026-11-12']]);
  });

  it('reads "the same day" or "the same month" as the date just before it, not "the same month last year"', () => {
    expect(dates('The General Staff reported on Nov. 20 that troops were lost. Zelensky said the same day that jets would come.', sunday))
      .toEqual([['Nov. 20', '2026-11-20'], ['same day', '2026-11-20']]);
    expect(dates('Attacks rose in October, against 30 in the same month last year. Talks began in September and ended the same month.', sunday))
      .toEqual([['October', '2026-10'], ['same month', null], ['last year', '2025'], ['September', '2026-09'], ['same month', '2026-09']]);
  });

  it('gives no year of a date before it to a saying’s own date after a comma ("…, the General Staff reported on Nov. 26")', () => {
    expect(dates('Russia has lost 1,187,430 troops since the start of the full-scale invasion on Feb. 24, 2022, the General Staff reported on Nov. 20.', sunday))
      .toEqual([['Feb. 24, 2022', '2022-02-24'], ['Nov. 20', '2026-11-20']]);
  });
});

describe('weekdays of a weekly schedule', () => {
  const datesIn = (text: string) =>
    normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: { ...emptyMeta(), publishedAt: '2026-10-15T15:04:00.000Z' }, text }))))
      .mentions.filter((m) => m.type === 'DATE').map((m) => [m.text, m.normalized]);

  it('gives no date to opening hours\' days, a day\'s hours or "on a Tuesday", but dates a span of days', () => {
    expect(datesIn('Hours at the new location will be 7 a.m. to 3 p.m. Tuesday through Sunday.')).toEqual([['Tuesday', null], ['Sunday', null]]);
    expect(datesIn('The branch will add Sunday hours from noon to 5 p.m.')).toEqual([['Sunday', null]]);
    expect(datesIn('"I don\'t know who is sleeping next door on a Tuesday," Finch said.')).toEqual([['Tuesday', null]]);
    expect(datesIn('The strike will run from Monday to Friday, the union said.').every(([, v]) => v !== null)).toBe(true);
  });
});
