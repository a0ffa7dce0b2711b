import { describe, expect, it } from 'vitest';
import { readBytes } from './helpers.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';

/** The metadata the loader reads from a plain-text article. */
const metaOf = (text: string) => {
  const r = readBytes('article.txt', Buffer.from(text, 'utf8'));
  expect(r.docs[0].text).toBe(text); // nothing is cut from the text: offsets stay the file's
  return r.docs[0].meta;
};

describe('plain-text header lines and datelines', () => {
  it('reads a byline, a date line and a URL under the title', () => {
    const meta = metaOf(
      'Rivals agree merger\n\nBy Sarah Kim and John Doe, Reuters\nPublished: 4 March 2026\nhttps://example.com/news/rivals\n\n' +
        'The two companies said on Tuesday that they would merge.\n',
    );
    expect(meta).toMatchObject({
      title: 'Rivals agree merger', author: 'Sarah Kim, John Doe', publishedAt: '2026-03-04T00:00:00.000Z',
      url: 'https://example.com/news/rivals',
    });
  });

  it('reads an interview’s credit line and a "place, date" line ("Interview by …", "Frankfurt, 21 October 2026")', () => {
    expect(metaOf('Q&A: the Bundesbank’s new vice-president on rates\nInterview by Clara Hoffmann\nFrankfurt, 21 October 2026\n\nShe took office in September.\n'))
      .toMatchObject({ title: 'Q&A: the Bundesbank’s new vice-president on rates', author: 'Clara Hoffmann', publishedAt: '2026-10-21T00:00:00.000Z' });
  });

  it('reads an outlet line between the byline and the date ("BBC News, Leeds"), but not a line of text after a byline', () => {
    expect(metaOf('Man stabbed after row over parking space\n\nBy Helen Marsh\nBBC News, Leeds\nPublished: 12 November 2026\n\nA man stabbed a father-of-two.\n'))
      .toMatchObject({ author: 'Helen Marsh', sourceName: 'BBC News', publishedAt: '2026-11-12T00:00:00.000Z' });
    expect(metaOf('Rivals agree merger\n\nBy Sarah Kim\nShares rose sharply on Monday\n\nThe two firms said they would merge.\n'))
      .toMatchObject({ author: 'Sarah Kim', sourceName: null, publishedAt: null });
  });

  it('takes the first line for the title when header lines follow it without a blank line', () => {
    expect(metaOf('Rivals agree merger\nBy Sarah Kim\nMarch 4, 2026\n\nThe two companies said...\n')).toMatchObject({
      title: 'Rivals agree merger', author: 'Sarah Kim', publishedAt: '2026-03-04T00:00:00.000Z',
    });
    expect(metaOf('Rivals agree merger\nThe firms said so.\n\nMore.\n').title).toBeNull();
    expect(metaOf('Rivals agree merger\nBy Sarah Kim\n').title).toBeNull(); // nothing under it
  });

  it('reads a reporter’s job on its own line under the byline, and the date under it', () => {
    const text = 'Budget freezes fuel duty\nBy Chris Mason\nPolitical editor\nPublished 25 November 2026\n\nThe chancellor spoke for an hour.\n';
    const doc = readBytes('a.txt', text).docs[0];
    expect(doc.meta).toMatchObject({ author: 'Chris Mason', publishedAt: '2026-11-25T00:00:00.000Z' });
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toEqual(['By Chris Mason', 'Political editor', 'Published 25 November 2026']);
  });

  it('reads a byline written without "By" above a date line, and an outlet line between or under them', () => {
    expect(metaOf('Big Tech lifts AI spending\n\nTim Bradshaw and Stephen Morris in San Francisco\nPublished October 30 2026\nFinancial Times\n\nMicrosoft raised its plans.\n'))
      .toMatchObject({ author: 'Tim Bradshaw, Stephen Morris', publishedAt: '2026-10-30T00:00:00.000Z', sourceName: 'Financial Times' });
    expect(metaOf('Macbeth at the Donmar review: a modern couple\nNick Curtis\nEvening Standard\nFriday 16 October 2026 8:30 am\n\nThe play opens.\n'))
      .toMatchObject({ title: 'Macbeth at the Donmar review: a modern couple', author: 'Nick Curtis', sourceName: 'Evening Standard', publishedAt: '2026-10-16T07:30:00.000Z' });
    // Without a date line under it, a line of names is no byline.
    expect(metaOf('Storm closes schools\n\nSarah Kim\n\nThe storm hit on Monday.\n')).toMatchObject({ author: null });
  });

  it('reads an outlet line that closes the header under the date ("By Tim Smith⏎26 November 2026⏎Sifted"), not a place', () => {
    expect(metaOf('Lovable raises $330m\n\nBy Tim Smith\n26 November 2026\nSifted\n\nLovable has raised $330m.\n'))
      .toMatchObject({ author: 'Tim Smith', publishedAt: '2026-11-26T00:00:00.000Z', sourceName: 'Sifted' });
    expect(metaOf('Lovable raises $330m\n\nBy Tim Smith\n26 November 2026\nStockholm\n\nLovable has raised $330m.\n').sourceName).toBeNull();
  });

  it('reads "Key: value" header lines as news databases export them', () => {
    const meta = metaOf('Rivals agree merger\n\nByline: Jane Doe\nLoad-Date: July 1, 2020\nSource: The Daily Courier\n\nBody text.\n');
    expect(meta).toMatchObject({ author: 'Jane Doe', publishedAt: '2020-07-01T00:00:00.000Z', sourceName: 'The Daily Courier' });
  });

  it('reads the date and the agency of a dateline opening the body', () => {
    const meta = metaOf('Rivals agree merger\n\nBY SARAH KIM\n\nSAN FRANCISCO, March 4, 2026 (Reuters) — The two companies said...\n');
    expect(meta).toMatchObject({ author: 'Sarah Kim', publishedAt: '2026-03-04T00:00:00.000Z', sourceName: 'Reuters' });
    // A dateline without a year gives no date; the agency still counts.
    expect(metaOf('Rivals agree merger\n\nWASHINGTON, March 4 (AP) — The two companies...\n')).toMatchObject({ publishedAt: null, sourceName: 'AP' });
    expect(metaOf('Rivals agree merger\n\nBy AFP\n\nThe two companies...\n').sourceName).toBe('AFP');
  });

  it('reads an AP header: the agency after the reporter is the source, the date after the time', () => {
    const meta = metaOf('By SARAH SMITH, Associated Press\nPublished 10:32 AM EST, Tue March 4, 2025\n\nNEW YORK (AP) — Stocks fell sharply.\n');
    expect(meta).toMatchObject({ title: null, author: 'Sarah Smith', sourceName: 'Associated Press', publishedAt: '2025-03-04T15:32:00.000Z' });
  });

  it('reads an AP byline with the agency after the last name and no comma ("… and DAVID McFADDEN Associated Press")', () => {
    const meta = metaOf('Hurricane death toll rises\nBy DÁNICA COTO and DAVID McFADDEN Associated Press\nPublished 7:45 PM EST, November 2, 2026\n\nKINGSTON, Jamaica (AP) — The toll rose.\n');
    expect(meta).toMatchObject({ author: 'Dánica Coto, David McFadden', sourceName: 'Associated Press' });
    expect(metaOf('Storm hits coast\nBy JOHN SMITH Reuters\nNovember 2, 2026\n\nThe storm hit.\n')).toMatchObject({ author: 'John Smith', sourceName: 'Reuters' });
  });

  it('reads the date after a byline\'s names ("By Daniel Okafor · 13 November 2026")', () => {
    expect(metaOf('OpenAI unveils a new model\n\nBy Daniel Okafor · 13 November 2026\n\nOpenAI on Wednesday released a model.\n')).toMatchObject({
      author: 'Daniel Okafor', publishedAt: '2026-11-13T00:00:00.000Z',
    });
    expect(metaOf('Rivals agree merger\n\nBy Sarah Kim | March 4, 2026\n\nThe two companies said they would merge.\n')).toMatchObject({
      author: 'Sarah Kim', publishedAt: '2026-03-04T00:00:00.000Z',
    });
  });

  it('reads "Posted by … on <date>", an outlet after "For", and a dated header line that opens the file (no title)', () => {
    expect(metaOf('Markets rally on rate hopes\n\nPosted by Sam Lee on 24 Nov 2026\n\nShares rose sharply on Monday, traders said.\n')).toMatchObject({
      title: 'Markets rally on rate hopes', author: 'Sam Lee', publishedAt: '2026-11-24T00:00:00.000Z',
    });
    expect(metaOf('PUBLISHED: 10:00 EST, 25 November 2026 | UPDATED: 11:30 EST, 25 November 2026\n\nBy Mark Ellis For Dailymail.com\n\nThe president signed the bill on Tuesday.\n')).toMatchObject({
      title: null, author: 'Mark Ellis', sourceName: 'Dailymail.com', publishedAt: '2026-11-25T15:00:00.000Z',
    });
  });

  it('reads a "Title:" line as the title, without its key', () => {
    const meta = metaOf('Title: Storm closes schools across Wales\nDate: 3 March 2025\nAuthor: Gwen Jones\n\nStorm Eowyn closed 200 schools.\n');
    expect(meta).toMatchObject({ title: 'Storm closes schools across Wales', author: 'Gwen Jones', publishedAt: '2025-03-03T00:00:00.000Z' });
  });

  it('prefers the published date to the updated one, and keeps particles and hyphens in names', () => {
    expect(metaOf('T one\n\nUpdated: 5 March 2026\nPublished 4 March 2026\n\nBody.\n').publishedAt).toBe('2026-03-04T00:00:00.000Z');
    expect(metaOf('T one\n\nUpdated: 5 March 2026\n\nBody.\n').publishedAt).toBe('2026-03-05T00:00:00.000Z');
    expect(metaOf('T one\n\nBy Jean-Luc de la Fontaine | Staff writer\n\nBody.\n').author).toBe('Jean-Luc de la Fontaine');
  });

  it('reads nothing from running text, even text that starts like a byline or holds a dash', () => {
    for (const text of [
      'Rivals agree merger\n\nBy the way, the two companies said they would merge.\n',
      'Rivertown Rovers lift the cup\n\nRivertown Rovers won the National Cup for the first time - a thriller.\n',
      'Mr Smith, the minister - said the talks were over.\n',
      'Rivals agree merger\n\nThe firms said so.\n\nBy Sarah Kim\n', // a byline at the end is not in the header
    ]) {
      expect(metaOf(text)).toMatchObject({ author: null, publishedAt: null, sourceName: null, url: null });
    }
  });

  it('reads a header line of any length in bounded time', () => {
    const started = performance.now();
    metaOf(`T one\n\nBy ${'Aaaa '.repeat(400)}x\n\n${'SAN FRANCISCO, '.repeat(300)}\n`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('Markdown header lines', () => {
  it('fill what the front matter leaves empty, and never override it', () => {
    const read = (text: string) => readBytes('article.md', Buffer.from(text, 'utf8')).docs[0].meta;
    expect(read('# Rivals agree merger\n\n*By Sarah Kim*\n\nPublished: 4 March 2026\n\nThe two companies said...\n')).toMatchObject({
      title: 'Rivals agree merger', author: 'Sarah Kim', publishedAt: '2026-03-04T00:00:00.000Z',
    });
    expect(read('---\nauthor: Jane Doe\n---\n# Rivals agree merger\n\nBy Sarah Kim\n\nThe two companies said...\n')).toMatchObject({
      author: 'Jane Doe', publishedAt: null,
    });
  });
});

describe('bylines with the outlet, and headers under page furniture', () => {
  const body = '\n\nDUBLIN — Average rents in Dublin rose again in the third quarter, the tenancies board said.\n';

  it('reads the date and the outlet between bars after the name', () => {
    expect(metaOf(`Court blocks Texas border buoys\nBy Sam Lee | Nov. 14, 2026 | The Texas Tribune${body}`)).toMatchObject({
      author: 'Sam Lee', publishedAt: '2026-11-14T00:00:00.000Z', sourceName: 'The Texas Tribune',
    });
  });

  it('takes the words after "By NAME," for the outlet, unless they are a job, a place or another person', () => {
    const of = (byline: string) => metaOf(`Rents hit a record\n${byline}${body}`);
    expect(of('By Aoife Ryan, Irish Examiner')).toMatchObject({ author: 'Aoife Ryan', sourceName: 'Irish Examiner' });
    expect(of('By Gregory Wallace, CNN')).toMatchObject({ author: 'Gregory Wallace', sourceName: 'CNN' });
    expect(of('By Aoife Ryan, Housing Correspondent')).toMatchObject({ author: 'Aoife Ryan', sourceName: null });
    expect(of('By Aoife Ryan, New York')).toMatchObject({ author: 'Aoife Ryan', sourceName: null });
    expect(of('By Sarah Kim, John Doe')).toMatchObject({ author: 'Sarah Kim, John Doe', sourceName: null });
  });

  it('lets a Source: line win over the outlet after the name', () => {
    expect(metaOf(`Rents hit a record\nBy Maria Gonzalez, Millbrook Ledger\nSource: Ledger Group${body}`).sourceName).toBe('Ledger Group');
  });

  it('reads the title, byline and date under a skip link and a site menu, and marks those lines as metadata', () => {
    const text = `Skip to content\nCNN\nUS\nWorld\nPolitics\n\nAirline pilots reject United offer\n\nBy Gregory Wallace, CNN\n4 minute read\n`
      + `Updated 3:45 PM EST, Mon December 7, 2026${body}`;
    const doc = readBytes('cnn.txt', text).docs[0];
    expect(doc.text).toBe(text);
    expect(doc.meta).toMatchObject({
      title: 'Airline pilots reject United offer', author: 'Gregory Wallace', sourceName: 'CNN', publishedAt: '2026-12-07T20:45:00.000Z',
    });
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toEqual([
      'Skip to content', 'CNN', 'US', 'World', 'Politics', 'By Gregory Wallace, CNN', '4 minute read', 'Updated 3:45 PM EST, Mon December 7, 2026',
    ]);
  });

  it('reads a Nexis export: publication, date, Byline: and Load-Date: around the story, under "Page 1 of 2"', () => {
    const text = 'Page 1 of 2\nWealth fund posts record value\n\nFinancial Times (London, England)\nNovember 5, 2026 Thursday\n\n'
      + 'Section: COMPANIES; Pg. 11\nLength: 214 words\nByline: Richard Milne in Oslo\n\nBody\n\n'
      + 'The fund said its value hit a record at the end of September.\n\nLoad-Date: November 6, 2026\n\nEnd of Document\n';
    const doc = readBytes('nexis.txt', text).docs[0];
    expect(doc.meta).toMatchObject({
      title: 'Wealth fund posts record value', author: 'Richard Milne', sourceName: 'Financial Times', publishedAt: '2026-11-05T00:00:00.000Z',
    });
    const spans = doc.metaSpans!.map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(expect.arrayContaining(['Page 1 of 2', 'Byline: Richard Milne in Oslo', 'Body', 'Load-Date: November 6, 2026', 'End of Document']));
    expect(spans).not.toContain('The fund said its value hit a record at the end of September.');
    // Without a date line, Load-Date gives the date.
    expect(readBytes('n.txt', text.replace('November 5, 2026 Thursday\n', '')).docs[0].meta.publishedAt).toBe('2026-11-06T00:00:00.000Z');
  });
});

describe('header lines of regional wires, papers and sports desks', () => {
  it('reads a job after the names with no comma ("By Nicola Davis Science correspondent"), with the outlet and date under it', () => {
    expect(metaOf('Tiny dinosaur rewrites story of birds\nBy Nicola Davis Science correspondent\nThe Guardian\nWed 4 Nov 2026 16.00 GMT\n\nA crow-sized dinosaur was found.\n'))
      .toMatchObject({ title: 'Tiny dinosaur rewrites story of birds', author: 'Nicola Davis', sourceName: 'The Guardian', publishedAt: '2026-11-04T16:00:00.000Z' });
  });

  it('reads a job line that says where the reporter is ("Chief football writer at Emirates Stadium")', () => {
    for (const job of ['Chief football writer at Emirates Stadium', 'BBC Sport tennis reporter in Bologna']) {
      expect(metaOf(`Arsenal 2-1 Chelsea: Saka winner\n\nBy Phil McNulty\n${job}\nPublished 22 November 2026\n\nBukayo Saka struck late.\n`))
        .toMatchObject({ author: 'Phil McNulty', publishedAt: '2026-11-22T00:00:00.000Z' });
    }
  });

  it('reads the byline block under a standfirst, and a time in UK time ("07:15, UK")', () => {
    const text = 'Las Vegas GP: Norris wins under the lights\n\nLando Norris won the Las Vegas Grand Prix from pole position to move to the brink of a second title.\n\n'
      + 'By Matt Morlidge\nSky Sports F1 Digital Team\nSunday 22 November 2026 07:15, UK\n\nNorris led all 50 laps.\n';
    expect(metaOf(text)).toMatchObject({ author: 'Matt Morlidge', publishedAt: '2026-11-22T07:15:00.000Z' });
    // In summer UK time is an hour ahead of UTC.
    expect(metaOf('T one\n\nBy Matt Morlidge\nSunday 5 July 2026 14:00, UK\n\nBody text here.\n').publishedAt).toBe('2026-07-05T13:00:00.000Z');
  });

  it('passes over header fields it does not keep ("Editor: huaxia") and reads the date under them', () => {
    expect(metaOf('Xi holds talks with Kazakh president\n\nSource: Xinhua\nEditor: huaxia\n2026-11-26 21:14:05\n\nBEIJING, Nov. 26 (Xinhua) -- Xi held talks.\n'))
      .toMatchObject({ sourceName: 'Xinhua', publishedAt: '2026-11-26T21:14:05.000Z' });
  });

  it('reads an agency alone on its line ("PTI"), and an agency line with the date and the desk\'s tags', () => {
    expect(metaOf('Sensex jumps 612 points\n\nPTI\nMUMBAI, November 27, 2026\n\nBenchmark indices rallied on Friday.\n'))
      .toMatchObject({ sourceName: 'PTI', publishedAt: '2026-11-27T00:00:00.000Z' });
    expect(metaOf('Japan Cabinet OKs extra budget\n\nKYODO NEWS - Nov 20, 2026 - 19:05 | Japan, Politics, Economy, All\n\nTOKYO - The Cabinet approved it.\n'))
      .toMatchObject({ sourceName: 'Kyodo News', publishedAt: '2026-11-20T10:05:00.000Z' });
  });

  it('reads a clock time with no zone in the home zone of the agency or outlet the header names (Kyodo: JST), else as UTC with a W_DATE_NO_ZONE warning', () => {
    const read = (text: string) => readBytes('a.txt', Buffer.from(text, 'utf8')).docs[0];
    const kyodo = read('Takaichi unveils stimulus\n\nKYODO NEWS - Nov 21, 2026 - 18:30 | Japan, Politics\n\nTOKYO - The Cabinet approved it.\n');
    expect(kyodo.meta.publishedAt).toBe('2026-11-21T09:30:00.000Z');
    expect(kyodo.problems).toEqual([]);
    expect(read('Lavrov says Russia expects backing\n\n25 NOV 2026, 18:42\nSource: TASS\n\nMOSCOW - Lavrov spoke.\n').meta.publishedAt).toBe('2026-11-25T15:42:00.000Z');
    // An outlet with one home zone, named in the header: RNZ's 6:02 am is New Zealand's (summer) time, the day before in UTC.
    expect(read('Te reo funding cut\n\nRNZ\nPublished 6:02 am, 14 Oct 2026\n\nFunding was cut.\n').meta).toMatchObject({ sourceName: 'RNZ', publishedAt: '2026-10-13T17:02:00.000Z' });
    // An outlet of unknown zone: the time is kept as written, read as UTC, and the warning says so.
    const scmp = read('Li Qiang pledges fiscal support\n\nFrank Tang and Kinling Lo in Beijing\nPublished: 7:30pm, 20 Oct 2026\n\nPremier Li Qiang has promised support.\n');
    expect(scmp.meta.publishedAt).toBe('2026-10-20T19:30:00.000Z');
    expect(scmp.problems.map((p) => p.code)).toEqual(['W_DATE_NO_ZONE']);
    // A time with its zone, or a date alone, needs no warning; nor does an agency without one home zone (Reuters).
    expect(read('Rates held\n\nBy Sam Lee\nTue 24 Nov 2026 16.05 GMT\n\nThe bank held rates.\n').problems).toEqual([]);
    expect(read('Rates held\n\nBy Sam Lee\n24 November 2026\n\nThe bank held rates.\n').problems).toEqual([]);
  });

  it('reads the outlet and an "Updated:" date between bars after the names', () => {
    expect(metaOf('NEV exports surge\n\nBy LI FUSHENG and ZHOU JIN | China Daily | Updated: 2026-11-24 07:35\n\nExports jumped.\n'))
      .toMatchObject({ author: 'Li Fusheng, Zhou Jin', sourceName: 'China Daily', publishedAt: '2026-11-23T23:35:00.000Z' });
  });

  it('reads a byline without "By" whose other name has an unlisted first name, and one with the date after a bar', () => {
    expect(metaOf('Hong Kong deficit to widen\n\nKahon Chan and Edith Lin\nPublished: 8:30pm, 26 Nov 2026\n\nThe deficit will grow.\n'))
      .toMatchObject({ author: 'Kahon Chan, Edith Lin', publishedAt: '2026-11-26T20:30:00.000Z' });
    expect(metaOf('Turkey ready to help rebuild Gaza\n\nBurak Bir, Zehra Nur Duz  |16.11.2026 - Update : 16.11.2026\n\nANKARA\n\nTürkiye is ready.\n'))
      .toMatchObject({ author: 'Burak Bir, Zehra Nur Duz', publishedAt: '2026-11-16T00:00:00.000Z' });
    // One name alone still needs a known first name.
    expect(metaOf('Deficit to widen\n\nKahon Chan\nPublished: 26 Nov 2026\n\nThe deficit will grow.\n').author).toBeNull();
  });

  it('title-cases a byline in capitals with its "Mc" ("By KIRK McDANIEL"), and reads "(Reuters) -" with no place', () => {
    expect(metaOf('Telehealth founders charged\nBy KIRK McDANIEL\nNovember 6, 2026\n\nHOUSTON (CN) — Prosecutors unsealed it.\n').author).toBe('Kirk McDaniel');
    expect(metaOf('Jury orders Delmont to pay\nBy Brendan Pierson\nOctober 9, 2026\n\n(Reuters) - A Cleveland jury ordered it.\n').sourceName).toBe('Reuters');
  });
});

describe('date lines and bylines of British, Irish, Australian, European and US local papers', () => {
  it('reads a time after a dash, a bullet or an outlet after the date ("Tue Nov 17 2026 - 05:00", "…, 6.00pm, The Times")', () => {
    const of = (lines: string) => metaOf(`Council faces brutal choices\n\n${lines}\n\nThe council met on Monday.\n`);
    expect(of('Pat Leahy, Political Editor\nTue Nov 17 2026 - 05:00')).toMatchObject({ author: 'Pat Leahy', publishedAt: '2026-11-17T05:00:00.000Z' });
    expect(of('By Megan Gorrey\nNovember 19, 2026 — 5.00am').publishedAt).toBe('2026-11-19T05:00:00.000Z');
    expect(of('By Charles Hymas, Home Affairs Editor\n12 November 2026 • 9:47pm').publishedAt).toBe('2026-11-12T21:47:00.000Z');
    expect(of('Fiona Hamilton, Chief Reporter\nThursday November 05 2026, 6.00pm, The Times'))
      .toMatchObject({ author: 'Fiona Hamilton', sourceName: 'The Times', publishedAt: '2026-11-05T18:00:00.000Z' });
  });

  it('reads "Updated / <date>" and France 24\'s "Issued on: … Text by: FRANCE 24" under a title with no blank line', () => {
    expect(metaOf('Parents protest over school closure\n\nUpdated / Tuesday, 10 Nov 2026 19:34\nBy Siobhán Ní Fhlatharta\nRTÉ News, Galway\n\nParents staged a protest.\n'))
      .toMatchObject({ author: 'Siobhán Ní Fhlatharta', sourceName: 'RTÉ News', publishedAt: '2026-11-10T19:34:00.000Z' });
    expect(metaOf('French PM survives no-confidence vote\nIssued on: 28/10/2026 - 18:42\nText by: FRANCE 24\n\nThe prime minister survived.\n'))
      .toMatchObject({ title: 'French PM survives no-confidence vote', author: null, sourceName: 'FRANCE 24', publishedAt: '2026-10-28T17:42:00.000Z' });
  });

  it('reads an outlet line between the title and the date with no byline ("ANSA English"), but not a reporter\'s name', () => {
    expect(metaOf('Salvini vows bridge works will start\nANSA English\n27 November 2026\n\n(ANSA) - ROME, NOV 27 - Salvini spoke.\n'))
      .toMatchObject({ title: 'Salvini vows bridge works will start', sourceName: 'ANSA English', publishedAt: '2026-11-27T00:00:00.000Z' });
    expect(metaOf('Deficit to widen\n\nKahon Chan\nPublished: 26 Nov 2026\n\nThe deficit will grow.\n').sourceName).toBeNull();
  });

  it('reads a byline without "By" whose names are not listed when the outlet\'s line and a date line are under it ("Sreenivas Janyala⏎The Hindu")', () => {
    const text = 'Naidu seeks special package for Amaravati\n\nSreenivas Janyala\nThe Hindu\nNovember 21, 2026\n\nVIJAYAWADA: Chief Minister N. Chandrababu Naidu on Friday urged the Centre to help.\n';
    expect(metaOf(text)).toMatchObject({ author: 'Sreenivas Janyala', sourceName: 'The Hindu', publishedAt: '2026-11-21T00:00:00.000Z' });
    const doc = segmentDoc(readBytes('a.txt', Buffer.from(text, 'utf8')).docs[0]);
    expect(doc.paragraphs.slice(1, 4).map((p) => p.isHeading)).toEqual([true, true, true]);
    // Without the outlet's line, an unlisted name over a date is not taken for a byline.
    expect(metaOf('Deficit to widen\n\nSreenivas Janyala\nNovember 21, 2026\n\nThe deficit will grow.\n').author).toBeNull();
  });

  it('reads the outlet\'s line above a byline as the source ("Buenos Aires Times⏎By James Grainger")', () => {
    expect(metaOf('Milei shuffles Cabinet\n\nBuenos Aires Times\nBy James Grainger\nNovember 3, 2026\n\nPresident Javier Milei on Sunday announced a reshuffle.\n'))
      .toMatchObject({ author: 'James Grainger', sourceName: 'Buenos Aires Times', publishedAt: '2026-11-03T00:00:00.000Z' });
  });

  it('reads a byline without "By" whose first name is written with its accents ("Stanisław Wróbel")', () => {
    expect(metaOf('Nawrocki vetoes judicial reform bill\nStanisław Wróbel\n5 November 2026\nhttps://notesfrompoland.com/2026/11/05/veto/\n\nThe president vetoed it.\n'))
      .toMatchObject({ title: 'Nawrocki vetoes judicial reform bill', author: 'Stanisław Wróbel', publishedAt: '2026-11-05T00:00:00.000Z' });
  });

  it('reads a staff byline as no author, with the outlet and the date under it', () => {
    expect(metaOf('Sheriff\'s log: deer crashes\n\nBy Staff\nThe Ozaukee Courier\nNov. 4, 2026\n\nThe following items were taken from reports.\n'))
      .toMatchObject({ author: null, sourceName: 'The Ozaukee Courier', publishedAt: '2026-11-04T00:00:00.000Z' });
    expect(metaOf('Fire displaces family\n\nBy Action 2 News Staff\nWBAY\nPublished: Oct. 31, 2026 at 1:12 PM CDT\n\nA family of five lost their home.\n'))
      .toMatchObject({ author: null, sourceName: 'WBAY', publishedAt: '2026-10-31T18:12:00.000Z' });
  });

  it('reads a title without the wire\'s topic code ("STOCKS-", "UPDATE 2-"), the line still the title heading', () => {
    expect(metaOf('STOCKS-Wall Street ends higher as tech rebounds\n\nBy Lewis Krauskopf\n\nStocks rose.\n').title).toBe('Wall Street ends higher as tech rebounds');
    const text = 'UPDATE 2-Nvidia forecasts revenue above estimates\nBy Stephen Nellis\nNov 19, 2026\n\nNvidia forecast revenue above estimates.\n';
    const doc = segmentDoc(readBytes('a.txt', text).docs[0]);
    expect(doc.meta.title).toBe('Nvidia forecasts revenue above estimates');
    expect(doc.paragraphs[0]).toMatchObject({ start: 0, end: text.indexOf('\n'), isHeading: true, section: null });
    expect(doc.sections).toEqual([]);
    expect(metaOf('OIL-RICH STATES AGREE CUTS\n\nThe states agreed.\n').title).toBe('OIL-RICH STATES AGREE CUTS');
  });

  it('reads a byline that says where each reporter was, keeping a place that closes it', () => {
    expect(metaOf('Talks stall\n\nBy Ann Lee in Kyiv, Tom Ray in Moscow and Sam Lee in Berlin\n5 November 2026\n\nThe talks stalled.\n').author)
      .toBe('Ann Lee, Tom Ray, Sam Lee');
    expect(metaOf('Talks stall\n\nBy Sam Lee in Hong Kong and New York\n5 November 2026\n\nThe talks stalled.\n').author).toBe('Sam Lee');
  });

  it('reads an obituary\'s "Published in <paper> on <date>" line', () => {
    expect(metaOf('Eleanor M. Hartley, 89, of Munhall\n\nPublished in Pittsburgh Post-Gazette on Nov. 12, 2026\n\nEleanor Hartley passed away on Tuesday.\n'))
      .toMatchObject({ author: null, sourceName: 'Pittsburgh Post-Gazette', publishedAt: '2026-11-12T00:00:00.000Z' });
  });
});
