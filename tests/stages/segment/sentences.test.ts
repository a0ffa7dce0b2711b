import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/stages/segment/sentences.ts';
import { Candidate, sentenceRules } from '../../../src/stages/segment/rules/index.ts';
import { segmentText, sentencesOf } from './helpers.ts';

describe('sentences', () => {
  it('keeps a title in capitals with the name after it, as transcripts label speakers ("MS. LEAVITT:")', () => {
    expect(sentencesOf('MS. LEAVITT: Good afternoon, everybody. The President spoke to MR. PUTIN today. I went to the US. Then home.')).toEqual([
      'MS. LEAVITT: Good afternoon, everybody.', 'The President spoke to MR. PUTIN today.', 'I went to the US.', 'Then home.',
    ]);
    expect(sentencesOf('It is a landmark for patients with MS. Final approval should follow.')).toEqual([
      'It is a landmark for patients with MS.', 'Final approval should follow.',
    ]);
  });

  it('keeps a fragment quoted after an abbreviation ("in the U.S. “in the coming weeks”"), a quoted sentence still splits', () => {
    expect(sentencesOf('Eisai said it would launch the product in the U.S. "in the coming weeks" at a list price of $19,500. Sales rose.')).toEqual([
      'Eisai said it would launch the product in the U.S. "in the coming weeks" at a list price of $19,500.', 'Sales rose.',
    ]);
    expect(sentencesOf('The plant is in the U.S. “It will open soon,” she said.')).toEqual(['The plant is in the U.S.', '“It will open soon,” she said.']);
  });

  it('keeps TASS’s dateline with the report’s first sentence ("MOSCOW, November 25. /TASS/. Russia …")', () => {
    expect(sentencesOf('MOSCOW, November 25. /TASS/. Russia expects its partners to decide. Lavrov said so.')).toEqual([
      'MOSCOW, November 25. /TASS/. Russia expects its partners to decide.', 'Lavrov said so.',
    ]);
  });

  it('keeps an alderman’s title and a docket number with what follows ("Ald. Felix Cardona", "No. CV-24-991204")', () => {
    expect(sentencesOf('A jury convicted former Chicago Ald. Felix Cardona of bribery. He will appeal.')).toEqual([
      'A jury convicted former Chicago Ald. Felix Cardona of bribery.', 'He will appeal.',
    ]);
    expect(sentencesOf('The case is in the Court of Common Pleas, No. CV-24-991204. The jury deliberated.')).toEqual([
      'The case is in the Court of Common Pleas, No. CV-24-991204.', 'The jury deliberated.',
    ]);
    expect(sentencesOf('The answer was no. CBS did not air it.')).toEqual(['The answer was no.', 'CBS did not air it.']);
  });

  it('keeps a German amount quoted in English news ("4,5 Mrd. € pro Monat") and a hyphenated name after an initial ("301 S. I-Oka Ave.")', () => {
    expect(sentencesOf('One passage reads: „Für 2028 besteht ein Handlungsbedarf von 4,5 Mrd. € pro Monat“, the paper said. Officials declined to comment.')).toEqual([
      'One passage reads: „Für 2028 besteht ein Handlungsbedarf von 4,5 Mrd. € pro Monat“, the paper said.', 'Officials declined to comment.',
    ]);
    expect(sentencesOf('The service is at St. Raymond Church, 301 S. I-Oka Ave., on Saturday. I will be there.')).toEqual([
      'The service is at St. Raymond Church, 301 S. I-Oka Ave., on Saturday.', 'I will be there.',
    ]);
    expect(sentencesOf('He was under Plan B. I said no.')).toEqual(['He was under Plan B.', 'I said no.']);
    expect(sentencesOf('A service is at 11 a.m. at the church, 301 S. I-Oka Ave. Memorials may be made to the boosters.')).toEqual([
      'A service is at 11 a.m. at the church, 301 S. I-Oka Ave.', 'Memorials may be made to the boosters.',
    ]);
    expect(sentencesOf('The office at 1600 Pennsylvania Ave. NW was closed.')).toEqual(['The office at 1600 Pennsylvania Ave. NW was closed.']);
  });

  it('splits at a full stop, question mark or exclamation mark followed by a capital', () => {
    expect(sentencesOf('It rained. Was it cold? Yes! Very.')).toEqual(['It rained.', 'Was it cold?', 'Yes!', 'Very.']);
  });

  it('splits before a digit, an opening quote, a bracket or a currency sign', () => {
    expect(sentencesOf('One. 2 is next. “Three,” he said. (Four.) £5m went.')).toEqual([
      'One.', '2 is next.', '“Three,” he said.', '(Four.)', '£5m went.',
    ]);
  });

  it('splits before a name written with a small letter before a capital ("xAI", "iPhone", "eBay")', () => {
    expect(sentencesOf('Nvidia also invested. xAI did not respond. Sales fell. iPhone sales rose. eBay declined.')).toEqual([
      'Nvidia also invested.', 'xAI did not respond.', 'Sales fell.', 'iPhone sales rose.', 'eBay declined.',
    ]);
    expect(sentencesOf('Prices fell in the U.S. iPhone sales did not.')).toEqual(['Prices fell in the U.S. iPhone sales did not.']);
  });

  it('does not split before a lowercase word', () => {
    expect(sentencesOf('“Why?” he asked. It was approx. five.')).toEqual(['“Why?” he asked.', 'It was approx. five.']);
  });

  it('does not split after "Dr." and other titles before a name', () => {
    expect(sentencesOf('Mr. Smith met Dr. Jones, Prof. Brown and Gen. Petraeus. They talked.')).toEqual([
      'Mr. Smith met Dr. Jones, Prof. Brown and Gen. Petraeus.', 'They talked.',
    ]);
  });

  it('does not split after "No." before a number, but does after "no." ending a sentence', () => {
    expect(sentencesOf('No. 10 said no. Then it ended.')).toEqual(['No. 10 said no.', 'Then it ended.']);
  });

  it('does not split after a month abbreviation before a day', () => {
    expect(sentencesOf('On Jan. 5 it rained.')).toEqual(['On Jan. 5 it rained.']);
  });

  it('does not split after "e.g." or "i.e."', () => {
    expect(sentencesOf('Fuels, e.g. Oil and Gas, i.e. Energy, fell.')).toEqual(['Fuels, e.g. Oil and Gas, i.e. Energy, fell.']);
  });

  it('splits after "etc." or "Inc." when a common sentence starter follows, and not otherwise', () => {
    expect(sentencesOf('Fruit, nuts etc. The list goes on.')).toEqual(['Fruit, nuts etc.', 'The list goes on.']);
    expect(sentencesOf('Shares in Acme Inc. rose. Shares in Acme Inc. Shares fell.')).toEqual([
      'Shares in Acme Inc. rose.', 'Shares in Acme Inc. Shares fell.',
    ]);
    expect(sentencesOf('Shares in Acme Inc. They fell.')).toEqual(['Shares in Acme Inc.', 'They fell.']);
  });

  it('does not split after "Inc." or "p.m." before a bracket ("Inc. (NASDAQ: QLNK)", "6 p.m. (1700 GMT)")', () => {
    expect(sentencesOf('QuantaLink Semiconductor, Inc. (NASDAQ: QLNK), a chip designer, today announced Tidewater.')).toHaveLength(1);
    expect(sentencesOf('Roads stay closed until 6 p.m. (1700 GMT). Schools reopen on Friday.')).toEqual([
      'Roads stay closed until 6 p.m. (1700 GMT).', 'Schools reopen on Friday.',
    ]);
  });

  it('does not split inside the dateline that opens a paragraph ("NASHVILLE, Tenn. (AP) —"), but does after a state ending a sentence', () => {
    expect(sentencesOf('NASHVILLE, Tenn. (AP) — A ransomware attack hit hospitals. He lives in Nashville, Tenn. (Not Memphis.)')).toEqual([
      'NASHVILLE, Tenn. (AP) — A ransomware attack hit hospitals.', 'He lives in Nashville, Tenn.', '(Not Memphis.)',
    ]);
  });

  it('does not split after single-letter initials', () => {
    expect(sentencesOf('George W. Bush met J. K. Rowling. It was brief.')).toEqual(['George W. Bush met J. K. Rowling.', 'It was brief.']);
  });

  it('does not split after an initial or a title before a nickname in quotes ("Walter J. "Walt" Brennan"), but does before a quotation', () => {
    expect(sentencesOf('DUBUQUE - Walter J. "Walt" Brennan, 85, of Dubuque, passed away. He was loved.')).toEqual(['DUBUQUE - Walter J. "Walt" Brennan, 85, of Dubuque, passed away.', 'He was loved.']);
    expect(sentencesOf('It was led by Lt. Col. “Mad Jack” Churchill of the commandos.')).toEqual(['It was led by Lt. Col. “Mad Jack” Churchill of the commandos.']);
    expect(sentencesOf('They chose Plan B. "No" They said it twice.')).toEqual(['They chose Plan B.', '"No" They said it twice.']);
    expect(sentencesOf('He left the U.S. "We will be back," he said.')).toEqual(['He left the U.S.', '"We will be back," he said.']);
  });

  it('splits after a single capital that ends a name rather than starts one ("AT&T.")', () => {
    expect(sentencesOf('The talks with AT&T. Consolidation followed.')).toEqual(['The talks with AT&T.', 'Consolidation followed.']);
  });

  it('splits after an initial when a common sentence starter follows ("Plan B. The")', () => {
    expect(sentencesOf('They chose Plan B. The vote was close.')).toEqual(['They chose Plan B.', 'The vote was close.']);
  });

  it('does not split after a dotted acronym inside a sentence ("the U.S. Senate")', () => {
    expect(sentencesOf('The U.S. Senate and the U.N. Security Council met at 5 p.m. on Monday.')).toHaveLength(1);
  });

  it('splits after a dotted acronym when a common sentence starter follows ("in the U.S. The next day")', () => {
    expect(sentencesOf('It happened in the U.S. The next day was calm.')).toEqual(['It happened in the U.S.', 'The next day was calm.']);
  });

  it('does not split inside a decimal number, a thousands group or a web address', () => {
    expect(sentencesOf('Shares rose 3.5% to 1,000.50 points on bbc.co.uk today.')).toHaveLength(1);
  });

  it('does not split at an ellipsis in mid-sentence ("wait... and")', () => {
    expect(sentencesOf('She waited... and waited. She waited… and waited.')).toEqual(['She waited... and waited.', 'She waited… and waited.']);
  });

  it('splits at an ellipsis before a capital, but not at a spaced ellipsis marking words left out', () => {
    expect(sentencesOf('She waited... Nobody came.')).toEqual(['She waited...', 'Nobody came.']);
    expect(sentencesOf('The report said the talks ... Iran would not budge.')).toHaveLength(1);
  });

  it('keeps closing quotes and brackets after a full stop in the sentence', () => {
    expect(sentencesOf('He said "no." Then he left.')).toEqual(['He said "no."', 'Then he left.']);
    expect(sentencesOf('She wrote ‘maybe.’ Then “yes.” They shouted «non.» Nobody moved (at all.) Really.')).toEqual([
      'She wrote ‘maybe.’', 'Then “yes.”', 'They shouted «non.»', 'Nobody moved (at all.)', 'Really.',
    ]);
  });

  it('makes a heading paragraph one sentence, whatever its punctuation', () => {
    const doc = segmentText('Background: A Decades-Long Standoff\nThe talks began. They failed.');
    expect(doc.sentences.filter((s) => s.paragraphIndex === 0)).toHaveLength(1);
  });

  it('never lets a sentence cross a paragraph boundary, and records its paragraph', () => {
    const doc = segmentText('First line without a stop\n\nSecond paragraph. Third sentence.');
    expect(doc.sentences.map((s) => s.paragraphIndex)).toEqual([0, 1, 1]);
  });

  it('trims sentence spans', () => {
    const doc = segmentText('  One.   Two.  ');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});

describe('sentence rules', () => {
  const at = (text: string, stop: string): Candidate => {
    const stopStart = text.indexOf(stop);
    const stopEnd = stopStart + stop.length;
    let next = stopEnd;
    while (next < text.length && text[next] === ' ') next++;
    return new Candidate(text).moveTo(stopStart, stopEnd, stopEnd, next, text.length);
  };

  it('lets the first rule with an opinion decide, and splits when none has one', () => {
    expect(decide(sentenceRules, at('Mr. Smith', '.'))).toBe('join');
    expect(decide(sentenceRules, at('Rain. Snow', '.'))).toBe('split');
    expect(decide([], at('Mr. Smith', '.'))).toBe('split');
  });

  it('names every rule, in a fixed order', () => {
    expect(sentenceRules.map((r) => r.name)).toEqual([
      'inner-stops', 'lowercase-continuation', 'spaced-ellipsis', 'dateline', 'abbreviations', 'initials', 'acronyms',
    ]);
  });
});

describe('page references', () => {
  it('keeps "Pg. 11" in one sentence, as "pp. 4-6" is', () => {
    expect(sentencesOf('The story ran in Section: COMPANIES; Pg. 11 of the paper. It was short.')).toEqual([
      'The story ran in Section: COMPANIES; Pg. 11 of the paper.', 'It was short.',
    ]);
  });
});
