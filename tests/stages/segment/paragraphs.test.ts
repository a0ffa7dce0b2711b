import { describe, expect, it } from 'vitest';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { readBytes } from '../load/helpers.ts';
import { sentencesOf, segmentText, textsOf } from './helpers.ts';

const paragraphsOf = (text: string): string[] => {
  const doc = segmentText(text);
  return textsOf(doc, doc.paragraphs);
};
const headingsOf = (text: string): string[] => {
  const doc = segmentText(text);
  return textsOf(doc, doc.paragraphs.filter((p) => p.isHeading));
};

const BODY = 'The talks resumed on Monday after a pause of several weeks, officials said.';

describe('paragraphs', () => {
  it('reads a subhead in sentence case between two paragraphs of prose as a heading ("The prosecution case")', () => {
    const text = `Trial opens\n\n${BODY}\n\nThe prosecution case\n\n${BODY} ${BODY}\n\nThe defence\n\n${BODY} ${BODY}\n\nShe said no\n\nOk.`;
    expect(headingsOf(text)).toEqual(['Trial opens', 'The prosecution case', 'The defence']);
  });

  it('reads a listicle’s numbered subheads as headings, one sentence each, but not a numbered list', () => {
    const text = `10 things to watch in 2027\n\nHere are the stories we will follow.\n\n1. France picks a new president\n\n${BODY}\n\n`
      + `2. Artemis III heads for the Moon\n\n${BODY}\n\nThe steps:\n\n1. Open the form\n\n2. Sign it\n\n${BODY}`;
    expect(headingsOf(text)).toEqual(['10 things to watch in 2027', '1. France picks a new president', '2. Artemis III heads for the Moon']);
    const doc = segmentText(text);
    expect(textsOf(doc, doc.sentences)).toContain('1. France picks a new president');
    // Alone, a numbered line before a paragraph is a list item.
    expect(headingsOf(`A title\n\n1. France picks a new president\n\n${BODY}`)).toEqual(['A title']);
  });

  it('keeps each header line the load stage read as a paragraph of its own, however long the byline', () => {
    const text = 'Republicans keep the Senate\nBy LISA MASCARO and KEVIN FREKING, Associated Press\nNov. 4, 2026\n\n' +
      'WASHINGTON (AP) — Republicans held on to their Senate majority early Wednesday.\n';
    const doc = segmentDoc(readBytes('ap.txt', text).docs[0]);
    expect(textsOf(doc, doc.paragraphs.filter((p) => p.isHeading))).toEqual([
      'Republicans keep the Senate', 'By LISA MASCARO and KEVIN FREKING, Associated Press', 'Nov. 4, 2026',
    ]);
    expect(doc.sections).toEqual([]);
  });

  it('reads a section label in capitals right under the header lines as a heading ("KEY HIGHLIGHTS" under "Date: …")', () => {
    const text = `Gaza Humanitarian Response Update\nSource: OCHA\nDate: 24 November 2026\n\nKEY HIGHLIGHTS\n\n${BODY}\n\nHEALTH\n\n${BODY}\n`;
    const doc = segmentDoc(readBytes('sitrep.txt', text).docs[0]);
    expect(doc.sections.map((s) => text.slice(s.start, s.end))).toEqual(['KEY HIGHLIGHTS', 'HEALTH']);
    // A dateline alone on its line under the byline is no section label, nor a line in title case.
    const dated = `Erdogan offers help\n\nBurak Bir, Zehra Nur Duz  |16.11.2026 - Update : 16.11.2026\n\nANKARA\n\n${BODY}\n\n${BODY}\n`;
    expect(segmentDoc(readBytes('aa.txt', dated).docs[0]).sections).toEqual([]);
    const room = `Press Briefing by Karoline Leavitt\n\nNovember 24, 2026\nJames S. Brady Press Briefing Room\n\n${BODY}\n\nQ AND A\n\n${BODY}\n`;
    expect(segmentDoc(readBytes('wh.txt', room).docs[0]).sections.map((s) => room.slice(s.start, s.end))).toEqual(['Q AND A']);
  });

  it('separates blocks at blank lines and trims each paragraph', () => {
    expect(paragraphsOf('  First block here.  \n\n\n\tSecond block here.\n')).toEqual(['First block here.', 'Second block here.']);
  });

  it('treats a line of spaces and tabs as a blank line', () => {
    expect(paragraphsOf('One.\n  \t \nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('makes each line a paragraph when lines end their sentences and no blank lines separate them', () => {
    expect(paragraphsOf('First paragraph ends here.\nSecond one ends here too.\nAnd a third!')).toEqual([
      'First paragraph ends here.',
      'Second one ends here too.',
      'And a third!',
    ]);
  });

  it('makes the metadata\'s title a heading of its own when header lines follow it without a blank line', () => {
    const text = 'Title: Storm closes schools across Wales\nDate: 3 March 2025\n\nStorm Eowyn closed 200 schools on Friday.';
    const doc = segmentText(text, { meta: { title: 'Storm closes schools across Wales' } });
    expect(textsOf(doc, doc.paragraphs)).toEqual(['Title: Storm closes schools across Wales', 'Date: 3 March 2025', 'Storm Eowyn closed 200 schools on Friday.']);
    expect(doc.paragraphs[0].isHeading).toBe(true);
    const plain = segmentText('Rivals agree merger\nBy Sarah Kim, Reuters, who covers the industry from London for the agency\n\n' + BODY, { meta: { title: 'Rivals agree merger' } });
    expect(textsOf(plain, plain.paragraphs.filter((p) => p.isHeading))).toEqual(['Rivals agree merger']);
  });

  it('joins a hard-wrapped block into one paragraph', () => {
    const text =
      'Stock markets around the world rose sharply on Tuesday after the price\n' +
      'of crude oil fell to its lowest level in six months, easing fears that\n' +
      'rising energy costs would choke off the recovery.';
    expect(paragraphsOf(text)).toEqual([text]);
  });

  it('keeps the lines of a list without markers apart when each line had room for the next one’s first word', () => {
    const list = 'Fuel duty frozen at 52.95p per litre until September 2027\nRemote gaming duty raised from 21% to 35%\n' +
      'The two-child benefit cap scrapped from April\nA new £2,000 cap on salary sacrifice pension contributions';
    expect(paragraphsOf(`Among the main announcements:\n\n${list}`)).toEqual(['Among the main announcements:', ...list.split('\n')]);
    expect(sentencesOf(list)).toHaveLength(4);
  });

  it('keeps the "Label: value" lines of a results box apart, and still joins wrapped prose with a colon in a line', () => {
    const box = 'Earnings per share: $1.30 adjusted vs. $1.25 expected\nRevenue: $57.0 billion vs. $55.2 billion expected';
    expect(paragraphsOf(`Here's how the company did:\n\n${box}\n\n${BODY}`)).toEqual(["Here's how the company did:", ...box.split('\n'), BODY]);
    expect(sentencesOf(box)).toHaveLength(2);
    const wrapped = 'Analysts said the outcome was mixed. Revenue: the company beat forecasts\n' +
      'for the third quarter running, but its margins fell short of what the\nmarket had expected from it.';
    expect(paragraphsOf(wrapped)).toEqual([wrapped]);
  });

  it('does not join a block of short lines such as a fixture list', () => {
    expect(paragraphsOf('Chelsea v Arsenal\nEverton v Sunderland\nDerby v Watford')).toHaveLength(3);
  });

  it('keeps list items as separate paragraphs even when they do not end with a full stop', () => {
    const text =
      '- Increased spending on primary education to 71.56bn rupees (dollars 1.6bn)\n' +
      '- Increased spending on health to 102.8bn rupees (dollars 2.35bn) this year\n' +
      '- Announced that 80bn rupees will be spent on building rural infrastructure';
    expect(paragraphsOf(text)).toHaveLength(3);
  });

  it('handles Windows and old Mac line endings', () => {
    expect(paragraphsOf('One.\r\n\r\nTwo.\rThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('finds no paragraphs in an empty or blank text', () => {
    expect(paragraphsOf('')).toEqual([]);
    expect(paragraphsOf(' \n\t\n ')).toEqual([]);
  });
});

describe('title', () => {
  it('marks a short first line followed by a blank line as a heading that opens no section', () => {
    const doc = segmentText(`Ad sales boost Time Warner profit\n\n${BODY}`);
    expect(doc.paragraphs[0].isHeading).toBe(true);
    expect(doc.paragraphs[0].section).toBeNull();
    expect(doc.paragraphs[1].section).toBeNull();
    expect(doc.sections).toEqual([]);
  });

  it('accepts a headline ending with a question mark', () => {
    expect(headingsOf(`Can Yahoo dominate next decade?\n\n${BODY}`)).toEqual(['Can Yahoo dominate next decade?']);
  });

  it('does not take a one-line lead ending with a full stop for a title', () => {
    expect(headingsOf(`The talks failed.\n\n${BODY}`)).toEqual([]);
  });

  it('does not take a long first line for a title', () => {
    expect(headingsOf(`${BODY} ${BODY}\n\n${BODY}`)).toEqual([]);
  });

  it('takes the first line as the title when it equals the metadata title, blank line or not', () => {
    const doc = segmentText(`Iran talks stall\n${BODY}`, { meta: { title: 'Iran talks stall' } });
    expect(doc.paragraphs[0].isHeading).toBe(true);
    expect(doc.sections).toEqual([]);
  });
});

describe('headings and sections', () => {
  it('takes a short title-case line followed by body text for a heading', () => {
    expect(headingsOf(`${BODY}\nBackground: A Decades-Long Standoff\n${BODY}`)).toEqual(['Background: A Decades-Long Standoff']);
  });

  it('allows small lowercase words and quotes in a heading', () => {
    const heading = 'Regional Security and the ‘Axis of Resistance’';
    expect(headingsOf(`${BODY}\n${heading}\n${BODY}`)).toEqual([heading]);
  });

  it('takes a single capitalised word followed by body text for a heading', () => {
    expect(headingsOf(`${BODY}\nConclusion\n${BODY}`)).toEqual(['Conclusion']);
  });

  it('does not take a line ending with a full stop for a heading', () => {
    expect(headingsOf(`${BODY}\nThe End Of Talks.\n${BODY}`)).toEqual([]);
  });

  it('does not take a sentence-case line for a heading', () => {
    expect(headingsOf(`${BODY}\nWhat the talks mean for the region\n${BODY}`)).toEqual([]);
  });

  it('does not take a line of more than twelve words for a heading', () => {
    expect(headingsOf(`${BODY}\nOne Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen\n${BODY}`)).toEqual([]);
  });

  it('does not take a heading-like line for a heading when another heading-like line follows', () => {
    expect(headingsOf(`${BODY}\nChelsea v Arsenal\nEverton v Sunderland\n${BODY}`)).toEqual([]);
  });

  it('does not take a heading-like last line for a heading', () => {
    expect(headingsOf(`${BODY}\nConclusion`)).toEqual([]);
  });

  it('does not take a line of numbers for a heading', () => {
    expect(headingsOf(`${BODY}\n\n78,000\n\n${BODY}`)).toEqual([]);
  });

  it('takes a Markdown heading for a heading, without its # marks', () => {
    const doc = segmentText(`${BODY}\n\n## what comes next ##\n\n${BODY}`);
    expect(doc.sections.map((s) => s.text)).toEqual(['what comes next']);
  });

  it('sets each paragraph’s section to the latest heading before it, and a heading’s to itself', () => {
    const doc = segmentText(`${BODY}\nBackground\n${BODY}\n${BODY}\nConclusion\n${BODY}`);
    expect(doc.paragraphs.map((p) => p.section)).toEqual([null, 'Background', 'Background', 'Background', 'Conclusion', 'Conclusion']);
    expect(doc.sections.map((s) => s.text)).toEqual(['Background', 'Conclusion']);
  });

  it('keeps paragraphs a reader supplied and only computes their sections', () => {
    const text = 'Iran talks stall\nBackground\nThe talks began in 2015.';
    const supplied = [
      { start: 0, end: 16, section: null, isHeading: true },
      { start: 17, end: 27, section: null, isHeading: true },
      { start: 28, end: 52, section: null, isHeading: false },
    ];
    const doc = segmentText(text, { paragraphs: supplied, meta: { title: 'Iran talks stall' } });
    expect(doc.paragraphs.map(({ start, end, isHeading }) => ({ start, end, isHeading }))).toEqual(
      supplied.map(({ start, end, isHeading }) => ({ start, end, isHeading })),
    );
    expect(doc.paragraphs.map((p) => p.section)).toEqual([null, 'Background', 'Background']);
    expect(doc.sections).toEqual([{ start: 17, end: 27, text: 'Background' }]);
    expect(supplied[1].section).toBeNull();
  });
});
