import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../../src/stages/load/furniture.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { readBytes } from './helpers.ts';

describe('isPageFurniture', () => {
  it('knows the phrasings of consent banners, appeals, follow and share prompts, credits and captions', () => {
    for (const text of [
      'Your privacy. We use cookies and similar technologies to help personalise content.',
      'Support the Guardian', 'Support us with a one-off contribution from just £1. It only takes a minute.',
      'Before you move on, I wonder if you would consider supporting our journalism?',
      'Follow BBC Kent on Facebook, X and Instagram. Send your story ideas to southeasttoday@bbc.co.uk.',
      'Share this: Twitter | LinkedIn | Email', 'Link Copied!', 'Related article', 'Ad Feedback', 'Recommended', 'Page 1 of 2',
      '© 2026 Cable News Network. A Warner Bros. Discovery Company. All Rights Reserved.',
      'Copyright 2026 The Financial Times Ltd All Rights Reserved',
      "While you're here: Every Tuesday, DW editors round up what is happening in German politics. You can sign up here.",
      'SOURCE: AL JAZEERA AND NEWS AGENCIES', 'Edited by: Rana Taha', 'Additional reporting by Ian Johnston in London',
      'Photo: The buoys near Eagle Pass in July 2023. (Eric Gay/AP)', 'Image caption, Cars were swept away in Paiporta',
      "Rheinmetall soldiers on display at the company's plant © Fabian Bimmer/Reuters", '___', 'Skip to content',
      'This article first appeared on The Texas Tribune. Sign up for The Brief, our daily newsletter.',
      "You're receiving this because you signed up for The Daily Brief. Unsubscribe | Manage preferences | Forward to a friend",
      'Was this newsletter forwarded to you? Sign up here to get it every weekday morning.',
      'CNN’s Max Foster contributed reporting.', 'Ortega reported from St. Louis. Associated Press writer Lolita C. Baldor contributed to this report.',
      '—With assistance from Samuel Dupont', 'Elena Márquez reported from Washington, and Ryan Cole from Wichita, Kan.',
      'By Al Jazeera Staff and news agencies', 'A version of this article appears in print on Nov. 21, 2026, Section A, Page 14 of the New York edition.',
      'SKIP ADVERTISEMENT', 'See more on: National Transportation Safety Board, Embraer SA', 'Get in touch',
      'Have a confidential tip for our reporters? Get in Touch', 'Sign up to TechScape', 'after newsletter promotion',
      'Associated Press writers Danica Coto in San Juan, Puerto Rico, and Andrea Rodríguez in Havana contributed.',
      'The Salt Houses by Maeve Kinsella is published by Faber (£18.99). To support the Guardian and Observer, order your copy at guardianbookshop.com. Delivery charges may apply.',
      'LIVE', '2h ago Zelenskyy arrives in Brussels for talks with Nato chief',
    ]) expect(isPageFurniture(text), text).toBe(true);
  });

  it('keeps news sentences that share their words', () => {
    for (const text of [
      'Support the measure, the senator said.', 'Each member must make a contribution to the fund.',
      'Your privacy is at risk, experts warned.', 'Terms of use were changed by Meta last week.',
      'Follow the money, investigators said.', 'Source: a senior official told Reuters the talks had stalled.',
      'Edited by the former chief, the paper thrived.',
      'Reuters reported from Kyiv that the talks had failed.', 'The bank contributed to this report by funding it.', 'Sign up to vote by Friday, officials said.',
      'Donors gave $5m and the writers of the show contributed.',
    ]) expect(isPageFurniture(text), text).toBe(false);
  });

  it('marks the topic list closing a copied BBC page ("Related topics⏎Lebanon⏎Israel") as metadata, not a closing line of text', () => {
    const text = 'Strikes hit Lebanon\n\nIsraeli strikes hit villages on Monday.\n\nRelated topics\nLebanon\nIsrael\nHezbollah\n';
    const doc = readBytes('bbc.txt', text).docs[0];
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toEqual(['Related topics', 'Lebanon', 'Israel', 'Hezbollah']);
    const plain = 'Strikes hit Lebanon\n\nIsraeli strikes hit villages on Monday.\n\nLebanon\nIsrael\n';
    expect(readBytes('bbc.txt', plain).docs[0].metaSpans ?? []).toEqual([]);
  });
});

describe('wire, regional and local furniture', () => {
  it('knows funding notes, editorial notes and end marks, contact and reprint lines, promos and sign-offs', () => {
    for (const text of [
      "The Associated Press Health and Science Department receives support from the Howard Hughes Medical Institute's Science and Educational Media Group and the Robert Wood Johnson Foundation. The AP is solely responsible for all content.",
      '(ATTN: ADDS details in paras 5-8)', '(END)', 'brk@yna.co.kr',
      'Also read: Dubai Metro Blue Line: All you need to know about the 14 stations',
      'Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.',
      'Listen to highlights from West Yorkshire on BBC Sounds, catch up with the latest episode of Look North or tell us a story you think we should be covering here.',
      '--Editing by Jill Coffey.', 'For a reprint of this article, please contact reprints@law360.com.',
      'Reach Caleb Stidham at cstidham@mountainregister.com or follow him on X @calebstidham.',
      '(Top photo: Justin Setterfield/Getty Images)', 'AP NFL: https://apnews.com/hub/nfl',
      'Published in Dawn, November 17th, 2026', '==Kyodo',
      'doi: 10.1038/s41591-026-04418-2', 'DOI: 10.1016/S0140-6736(26)01234-5', 'https://doi.org/10.1056/NEJMoa2612345',
    ]) expect(isPageFurniture(text), text).toBe(true);
  });

  it('keeps news sentences that share their words', () => {
    for (const text of [
      'Reach out to the families, the mayor said.', 'Also read into the figures: they are revised.',
      'The clinic receives support from the Gates Foundation, officials said.', 'Published in 1998, the book sold well.',
      'Listen to the victims, the judge said.', '(END of the first half)',
      'doi: 10.1038/s41591-026-04418-2 describes the trial.',
    ]) expect(isPageFurniture(text), text).toBe(false);
  });
});

describe('furniture in every format', () => {
  it('drops furniture lines from a JSON body before offsets are assigned', () => {
    const text = 'Berlin plans new rules for rents.\n\nEdited by: Rana Taha\n\nCopyright 2026 NPR\nSOURCE: AL JAZEERA AND NEWS AGENCIES';
    expect(readBytes('a.json', JSON.stringify({ text })).docs[0].text).toBe('Berlin plans new rules for rents.');
  });

  it('drops furniture blocks from a Markdown body', () => {
    const md = '# Fines under the AI Act\n\nThe first fines landed last week.\n\n**Share this:** [Twitter](https://t.co) | [Email](mailto:x)\n';
    expect(readBytes('a.md', md).docs[0].text).toBe('Fines under the AI Act\n\nThe first fines landed last week.');
  });

  it('drops a Markdown link that only points to more ("[Read more →](…)"), alone or at the end of a paragraph', () => {
    const md = '# The Daily Brief\n\nBank of England holds rates at 3.5%. The committee voted 6-3 on Thursday.\n'
      + '[Read more →](https://example.com/boe)\n\n- Storm Claudia will bring gusts of 70mph. [Weather warnings →](https://example.com/w)\n'
      + '- The Louvre reopened its [Apollo Gallery](https://example.com/louvre). [Continue reading](https://example.com/l2)\n';
    expect(readBytes('a.md', md).docs[0].text).toBe('The Daily Brief\n\nBank of England holds rates at 3.5%. The committee voted 6-3 on Thursday.'
      + '\n\nStorm Claudia will bring gusts of 70mph.\n\nThe Louvre reopened its Apollo Gallery.');
  });

  it('drops the hints a page writes into links for screen readers (", opens new tab")', () => {
    const html = '<html><body><article><h1>Nvidia beats forecasts</h1><p>SAN FRANCISCO (Reuters) - Nvidia <a href="/x">(NVDA.O), opens new tab</a> on '
      + 'Wednesday forecast revenue above estimates, as demand for its chips from data centres kept growing, analysts said.</p></article></body></html>';
    expect(readBytes('reuters.html', html).docs[0].text).toContain('Nvidia (NVDA.O) on Wednesday forecast revenue');
  });

  it('leaves out a caption paragraph by its class and reads an "Updated … | Published …" line as the date', () => {
    const html = '<html><head><title>Fire kills two</title></head><body><article><h1>Fire kills two</h1>'
      + '<div class="timestamp">Updated Nov. 24, 2026, 6:02 p.m. | Published Nov. 24, 2026, 2:35 p.m.</div>'
      + '<figure><img src="a.jpg"></figure><p class="caption">Firefighters at the scene early Tuesday. (Carlos Rivera / MassLive)</p>'
      + '<p>Two people died after a fire tore through an apartment building on State Street early Tuesday, officials said.</p></article></body></html>';
    const doc = segmentDoc(readBytes('fire.html', html).docs[0]);
    expect(doc.meta.publishedAt).toBe('2026-11-24T14:35:00.000Z');
    expect(doc.text).not.toContain('Carlos Rivera');
    const metaText = (doc.metaSpans ?? []).map((s) => doc.text.slice(s.start, s.end));
    expect(metaText).toContain('Updated Nov. 24, 2026, 6:02 p.m. | Published Nov. 24, 2026, 2:35 p.m.');
  });

  it('keeps furniture lines in a text file but opens no section and takes no mentions from them', () => {
    const text = 'Pilots reject United offer\n\nPilots at United Airlines rejected a contract, their union said.\n\nAdvertisement\n\n'
      + '"Our pilots have spoken," said Garth Thompson.\n\nPhoto: Pilots march in Chicago. (Jane Roe/AP)\n\nUnited said it would keep talking.\n';
    const doc = segmentDoc(readBytes('a.txt', text).docs[0]);
    expect(doc.text).toBe(text);
    expect(doc.sections).toEqual([]);
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toEqual(['Advertisement', 'Photo: Pilots march in Chicago. (Jane Roe/AP)']);
  });
});

describe('furniture of European and US local pages', () => {
  it('knows translation notes, membership appeals, image credits, read times, tip, app and subscribe prompts, contact lines', () => {
    for (const text of [
      'Translation of an original article published in French on lemonde.fr; the publisher may only be liable for the French version.',
      'Note from the author:', 'Hi, this is Olena Hrytsenko. I wrote this article for you. Since 2022, the Kyiv Independent has been bringing you stories from the ground in Ukraine. If you value this work, please consider becoming a member of the Kyiv Independent.',
      'Main image credit: KPRP', 'This article has been updated.', 'Estimated read time: 4-5 minutes', 'Contributing: Ben Winslow',
      'Have a news tip? Email greg.pilarski@patch.com.', 'Do you know of a business opening or closing in your community? Email renee.castillo@patch.com.',
      'Subscribe to Royal Oak Patch for free local news and alerts.', 'Download the 7 Weather app for the latest forecast and radar.',
      'Meredith Kowalski can be reached at mkowalski@lakewoodledger.com or 216-555-0142.', 'Read more from Sky News:',
    ]) expect(isPageFurniture(text), text).toBe(true);
    for (const text of [
      'Please consider the evidence, the judge told jurors.', 'Do you know what happened? Police said they did not.',
      'The translation of the treaty was published on Monday.', 'Residents can download the app from the council website, officials said, and report potholes.',
    ]) expect(isPageFurniture(text), text).toBe(false);
  });
});

describe('closing furniture of wire and business pages', () => {
  it('knows bracketed credits, sentence-case update notes, the WSJ "Write to" line, "--With assistance" and "SOURCE:" lines', () => {
    for (const text of [
      '(Reporting by Selena Li in Hong Kong and Lawrence White in London; Editing by Sumeet Chatterjee and Jamie Freed)',
      '(Reporting by Jonathan Saul; Editing by Kirsten Donovan)', '(Updates with share moves in third paragraph.)',
      '(Adds analyst comment, details)', '(Corrects spelling of name in second paragraph)',
      'Write to Justin Lahart at justin.lahart@wsj.com and Konrad Putzier at konrad.putzier@wsj.com',
      'Write to Nick Timiraos at nick.timiraos@wsj.com', '--With assistance from Erica Yokoyama and Mayumi Otsuma.',
      'SOURCE: Al Jazeera and news agencies', 'Source: Reuters and news agencies',
    ]) expect(isPageFurniture(text), text).toBe(true);
    for (const text of [
      '(Reporting by the Times found that the fund had lost money.)', '(Updates to the app are expected next year.)',
      'Write to your MP, the campaign urged its members.', 'Source: a senior official told Reuters the talks had stalled.',
      '(Adds to a string of losses for the group this year.)',
    ]) expect(isPageFurniture(text), text).toBe(false);
  });

  it('leaves a Reuters page\'s bracketed credits and a WSJ page\'s "Write to" line out of the text', () => {
    const html = '<html><body><article><h1>Insurers raise Red Sea premiums</h1>'
      + '<p>LONDON (Reuters) - War risk premiums for ships crossing the Red Sea rose this week, brokers said on Thursday.</p>'
      + '<p>Freight rates on the Asia-Northern Europe route rose 12% this week, according to the Drewry index.</p>'
      + '<p>(Reporting by Jonathan Saul; Editing by Kirsten Donovan)</p>'
      + '<p>Write to Justin Lahart at justin.lahart@wsj.com and Konrad Putzier at konrad.putzier@wsj.com</p></article></body></html>';
    const text = readBytes('reuters.html', html).docs[0].text;
    expect(text).not.toContain('Reporting by');
    expect(text).not.toContain('Write to');
    expect(text).toContain('according to the Drewry index.');
  });
});

describe('closing furniture of opinion pages, newsletters and interviews', () => {
  it('knows topic-page links, newsletter sign-ups, editorial and letters notes, edit notes and paid-subscriber appeals', () => {
    for (const text of [
      "Follow AP's coverage of the war in Ukraine at https://apnews.com/hub/russia-ukraine",
      'Find more AP coverage of climate change at https://apnews.com/hub/climate',
      'Sign up for Axios AM to get the news in your inbox.', 'Subscribe to the Morning Brief newsletter for more.',
      'Editorials represent the views of the Boston Globe Editorial Board. Follow us on Twitter at @GlobeOpinion.',
      'Do you have an opinion on the issues raised in this article? If you would like to submit a response of up to 300 words by email to be considered for publication in our letters section, please click here.',
      'This interview has been condensed and edited for clarity.', 'This conversation has been edited for length and clarity.',
      'If you value this newsletter, please consider becoming a paid subscriber. It keeps the candles lit.',
      'Thanks to our editor Mike Zapler and producers Bethany Irvine and Bigad Shaban.', 'Published by Telegraph Herald on Oct. 29, 2026.',
      'EDITORIAL',
    ]) expect(isPageFurniture(text), text).toBe(true);
  });

  it('keeps news sentences that share their words', () => {
    for (const text of [
      'Follow the coverage closely, officials urged.', 'Subscribers to the newsletter rose by 20%.',
      'Editorials in the paper have criticised the plan.', 'This interview was conducted in Kyiv on Monday.',
      'Read the report, which was published at noon, before the vote.', 'Thanks to our readers, the fund grew.',
      'Published by Penguin on Oct. 29, 2026, the memoir sold well.', 'Editorial',
    ]) expect(isPageFurniture(text), text).toBe(false);
  });
});

describe('an author\'s note closing a text file', () => {
  it('marks "X is a Guardian columnist" under the story as metadata when X is the byline\'s author, not a line about another person', () => {
    const text = 'Homes are baking\n\nBy George Monbiot\n14 October 2026\n\nThe heat came early this year, and homes were not built for it.\n\nGeorge Monbiot is a Guardian columnist\n';
    const doc = readBytes('op.txt', text).docs[0];
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toContain('George Monbiot is a Guardian columnist');
    const other = 'Homes are baking\n\nBy George Monbiot\n14 October 2026\n\nThe heat came early this year.\n\nJane Roe is a Guardian columnist\n';
    expect(readBytes('op.txt', other).docs[0].metaSpans?.map((s) => other.slice(s.start, s.end))).not.toContain('Jane Roe is a Guardian columnist');
  });
});

describe('a newsletter\'s signature', () => {
  it('marks the author\'s first name under a valediction ending with a comma as metadata, not a heading', () => {
    const text = 'Letters from Kyiv #112: The winter math\n\nBy Olena Kovalenko\nNovember 20, 2026\n\nThe power went out again on Tuesday night.\n\nWith love and a flashlight,\nOlena\n\nIf you value this newsletter, please consider becoming a paid subscriber.\n';
    const doc = segmentDoc(readBytes('letter.txt', text).docs[0]);
    expect(doc.metaSpans?.map((s) => text.slice(s.start, s.end))).toContain('Olena');
    expect(doc.sections).toEqual([]);
  });
});
