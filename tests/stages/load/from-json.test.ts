import { describe, expect, it } from 'vitest';
import { articleId } from '../../../src/stages/load/ids.ts';
import { configWith, readBytes, readFixture } from './helpers.ts';

const codes = (r: { problems: Array<{ code: string; recordIndex?: number }> }) => r.problems.map((p) => [p.code, p.recordIndex]);

describe('fromJson', () => {
  it('reads one article object with record index null', () => {
    const r = readFixture('single.json');
    expect(r.problems).toEqual([]);
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0]).toMatchObject({
      id: articleId('single.json', null), recordIndex: null, format: 'json', text: 'One article in one object.',
      meta: { title: 'Single story', publishedAt: '2024-05-01T10:00:00.000Z', author: 'Kim Lee' },
    });
  });

  it('reads a list of articles with their 0-based index, through the default field names', () => {
    const r = readFixture('array.json');
    expect(r.docs.map((d) => [d.recordIndex, d.id, d.meta.title, d.text, d.meta.publishedAt, d.meta.author])).toEqual([
      [0, articleId('array.json', 0), 'First', 'The first article.', '2024-05-01T10:00:00.000Z', null],
      [1, articleId('array.json', 1), 'Second', 'The second article.', '2024-05-01T10:00:00.000Z', 'A. One, B. Two'],
    ]);
  });

  it('reads a list wrapped in an object under "articles"', () => {
    const r = readFixture('wrapped.json');
    expect(r.docs.map((d) => [d.recordIndex, d.meta.title, d.text])).toEqual([[0, 'Wrapped', 'Inside a wrapper object.']]);
  });

  it('reads the usual API and crawler dumps with the default field names', () => {
    // The Guardian's Open Platform: the list one wrapper deeper, the body and byline under "fields".
    const guardian = {
      response: {
        status: 'ok',
        results: [{
          webTitle: 'Storm hits coast', webUrl: 'https://www.theguardian.com/a', webPublicationDate: '2024-10-10T06:00:00Z',
          fields: { bodyText: 'The storm hit the coast overnight.', byline: 'Maria Lopez' },
        }],
      },
    };
    const g = readBytes('guardian.json', Buffer.from(JSON.stringify(guardian)));
    expect(g.problems).toEqual([]);
    expect(g.docs[0]).toMatchObject({
      recordIndex: 0, text: 'The storm hit the coast overnight.',
      meta: { title: 'Storm hits coast', url: 'https://www.theguardian.com/a', publishedAt: '2024-10-10T06:00:00.000Z', author: 'Maria Lopez' },
    });
    // news-please and Media Cloud records, one per line.
    const lines = [
      { title: 'A', maintext: 'Body A.', date_publish: '2024-01-02 10:00:00', authors: ['Kim Lee', 'Jo Park'], source_domain: 'example.com' },
      { title: 'B', text: 'Body B.', publish_date: '2024-01-03', media_name: 'Daily Courier', url: 'https://example.org/b' },
    ].map((r) => JSON.stringify(r)).join('\n');
    const j = readBytes('dump.jsonl', Buffer.from(lines));
    expect(j.docs.map((d) => d.meta)).toMatchObject([
      { publishedAt: '2024-01-02T10:00:00.000Z', author: 'Kim Lee, Jo Park', sourceName: 'example.com' },
      { publishedAt: '2024-01-03T00:00:00.000Z', sourceName: 'Daily Courier', url: 'https://example.org/b' },
    ]);
  });

  it('gives no author where the author field names the outlet itself ("Arab News" from Arab News)', () => {
    const lines = [
      { title: 'A', text: 'Body A.', author: 'Arab News', source: 'Arab News' },
      { title: 'B', text: 'Body B.', author: 'The Economist', source: 'Economist' },
      { title: 'C', text: 'Body C.', author: 'Lili Bayer; Andrew Gray', source: 'Reuters' },
    ].map((r) => JSON.stringify(r)).join('\n');
    expect(readBytes('feed.jsonl', Buffer.from(lines)).docs.map((d) => d.meta.author)).toEqual([null, null, 'Lili Bayer, Andrew Gray']);
  });

  it('reads an NYT Article Search record: its lead paragraph as the text, its headline, byline and URL', () => {
    const record = { headline: { main: 'Oil rises' }, lead_paragraph: 'Oil prices rose on Thursday after OPEC+ agreed to cut output.', pub_date: '2026-11-06T09:00:00+0000', byline: { original: 'By Tom Ray and Ann Lee' }, web_url: 'https://example.com/b' };
    const r = readBytes('nyt.json', JSON.stringify([record]));
    expect(r.problems).toEqual([]);
    expect(r.docs[0].text).toBe('Oil prices rose on Thursday after OPEC+ agreed to cut output.');
    expect(r.docs[0].meta).toMatchObject({ title: 'Oil rises', author: 'Tom Ray, Ann Lee', url: 'https://example.com/b', publishedAt: '2026-11-06T09:00:00.000Z' });
  });

  it('reads an author field written as a byline without its "By" as the list of its people', () => {
    const r = readBytes('a.json', JSON.stringify([{ title: 'A', text: 'Body.', author: 'Kevin Zhou and Laura Bennett' }, { title: 'B', text: 'Body.', author: 'Chinedu Okonkwo-Bello, West Africa Correspondent' }]));
    expect(r.docs.map((d) => d.meta.author)).toEqual(['Kevin Zhou, Laura Bennett', 'Chinedu Okonkwo-Bello']);
  });

  it('reads a NewsAPI answer: its date and source, and its cut-off text without the marker, with a W_TRUNCATED warning', () => {
    const json = JSON.stringify({ status: 'ok', articles: [{
      source: { id: 'bbc-news', name: 'BBC News' }, author: 'BBC News', title: 'Fed holds rates steady', url: 'https://example.com/fed',
      publishedAt: '2024-09-18T18:30:00Z', content: 'The Federal Reserve held rates on Wednesday. "We are not on a preset course," Mr Powell said… [+2345 chars]',
    }] });
    const doc = readBytes('newsapi.json', json).docs[0];
    expect(doc.meta).toMatchObject({ publishedAt: '2024-09-18T18:30:00.000Z', sourceName: 'BBC News' });
    expect(doc.text).toBe('The Federal Reserve held rates on Wednesday. "We are not on a preset course," Mr Powell said');
    expect(doc.problems.map((p) => p.code)).toEqual(['W_TRUNCATED']);
  });

  it('takes a whole text from a later field over a NewsAPI "content" cut short, with no W_TRUNCATED warning', () => {
    const full = 'The Federal Reserve held rates on Wednesday. "We are not on a preset course," Mr Powell said. Markets rose after the decision, and bond yields fell.';
    const json = JSON.stringify({ articles: [{ title: 'Fed holds', content: 'The Federal Reserve held rates on Wednesday… [+2345 chars]', full_text: full }] });
    const doc = readBytes('newsapi.json', json).docs[0];
    expect(doc.text).toBe(full);
    expect(doc.problems).toEqual([]);
  });

  it('reads a title without its markup, and without the source\'s name after a dash (NewsAPI)', () => {
    const json = JSON.stringify([
      { title: '<b>Apple</b> unveils new iPad &amp; Mac', text: 'Apple Inc. on Tuesday unveiled a new iPad.' },
      { title: 'US - China talks stall - Reuters', source: { name: 'Reuters' }, text: 'Talks stalled on Monday, officials said.' },
      { title: 'Markets - the week ahead', source: { name: 'Reuters' }, text: 'Stocks rose on Monday, traders said.' },
    ]);
    expect(readBytes('feed.json', json).docs.map((d) => d.meta.title)).toEqual(['Apple unveils new iPad & Mac', 'US - China talks stall', 'Markets - the week ahead']);
  });

  it('finds the truncation marker after megabytes of spaces without scanning them again and again', () => {
    const json = JSON.stringify({ text: 'x' + ' '.repeat(2_000_000) + 'y… [+2345 chars]' });
    const doc = readBytes('spaces.json', json).docs[0];
    expect(doc.text.endsWith('y')).toBe(true);
    expect(doc.problems.map((p) => p.code)).toEqual(['W_TRUNCATED']);
  });

  it('turns records that are not article objects into E_JSON_SHAPE and E_NO_TEXT, and keeps the others', () => {
    const r = readFixture('shapes.json');
    expect(r.docs.map((d) => d.recordIndex)).toEqual([0, 4]);
    expect(codes(r)).toEqual([['E_JSON_SHAPE', 1], ['E_JSON_SHAPE', 2], ['E_NO_TEXT', 3]]);
    expect(r.problems[0].message).toContain('record at index 1 is not an article object (it is a string)');
  });

  it('copes with odd field types: a huge number becomes a string, objects and booleans are ignored', () => {
    const doc = readFixture('shapes.json').docs[1];
    expect(doc.meta).toEqual({ title: '12345678901234567000', publishedAt: null, author: null, sourceName: null, url: '42', language: null });
    expect(doc.problems.map((p) => p.code)).toEqual(['W_BAD_DATE']);
  });

  it('reports malformed JSON as one E_JSON_PARSE for the whole file', () => {
    const r = readBytes('broken.json', '{"title": "x", "text": ');
    expect(r.docs).toEqual([]);
    expect(codes(r)).toEqual([['E_JSON_PARSE', undefined]]);
  });

  it('reports a file holding a bare value or an empty list', () => {
    expect(codes(readBytes('n.json', '42'))).toEqual([['E_JSON_SHAPE', undefined]]);
    expect(codes(readBytes('e.json', '[]'))).toEqual([['E_EMPTY', undefined]]);
    expect(codes(readBytes('o.json', '{"title": "no text"}'))).toEqual([['E_NO_TEXT', undefined]]);
  });

  it('maps fields from the config, dotted paths included, first present value winning', () => {
    const config = configWith({
      load: { json: { fields: { text: ['story.body', 'text'], title: ['missing', 'story.headline'], published_at: ['meta.when'], author: ['writer'] } } },
    });
    const doc = readFixture('custom-fields.json', config).docs[0];
    expect(doc.text).toBe('Text found through a dotted path.');
    expect(doc.meta).toMatchObject({ title: 'Mapped title', publishedAt: '2024-06-01T00:00:00.000Z', author: 'Dana Fox' });
  });

  it('names the configured text fields in E_NO_TEXT', () => {
    const config = configWith({ load: { json: { fields: { text: ['story'] } } } });
    const r = readBytes('a.json', '{"text": "not mapped"}', config);
    expect(r.problems[0].message).toContain('looked for story');
  });

  it('reduces HTML article text to its paragraphs', () => {
    const doc = readFixture('html-in-json.json').docs[0];
    expect(doc.text).toBe('First paragraph & more.\n\nSecond line.');
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual(['First paragraph & more.', 'Second line.']);
  });

  it('normalises line endings inside JSON strings and trims the text', () => {
    const doc = readBytes('a.json', JSON.stringify({ text: '  One.\r\n\r\nTwo.\n' })).docs[0];
    expect(doc.text).toBe('One.\n\nTwo.');
  });

  it('does not read fields from the object prototype', () => {
    const config = configWith({ load: { json: { fields: { text: ['constructor', 'text'], title: ['toString'] } } } });
    const doc = readBytes('a.json', '{"text": "Body."}', config).docs[0];
    expect([doc.text, doc.meta.title]).toEqual(['Body.', null]);
  });
});

describe('fromJsonLines', () => {
  it('reads one article per line, numbered from 1, and skips blank lines', () => {
    const r = readFixture('feed.jsonl');
    expect(r.docs.map((d) => [d.recordIndex, d.id, d.meta.title, d.format])).toEqual([
      [1, articleId('feed.jsonl', 1), 'One', 'jsonl'],
      [4, articleId('feed.jsonl', 4), 'Three', 'jsonl'],
    ]);
  });

  it('turns a bad line into E_JSON_PARSE with its line number and still reads the other lines', () => {
    const r = readFixture('feed.jsonl');
    expect(codes(r)).toEqual([['E_JSON_PARSE', 3], ['E_JSON_SHAPE', 5], ['E_NO_TEXT', 6]]);
    expect(r.problems[0].message).toMatch(/^Malformed JSON on line 3: .*the rest of the file was still read\.$/);
  });

  it('loads the three good articles of the shipped wire feed around its malformed line', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('./helpers.ts');
    const r = readBytes('feeds/wire.jsonl', readFileSync(join(ROOT, 'input/feeds/wire.jsonl')));
    expect(r.docs).toHaveLength(3);
    expect(codes(r)).toEqual([['E_JSON_PARSE', 2]]);
    expect(r.docs.map((d) => d.meta.author)).toEqual(['Clara Jensen', 'Samuel Idowu', 'Clara Jensen, Samuel Idowu']);
  });
});

describe('fromJson default field names', () => {
  it('reads the body from snake_case and CMS spellings: article_body, body_text, story', () => {
    const records = [
      { title: 'A', article_body: 'CANBERRA — Australia’s parliament passed the bill.' },
      { title: 'B', body_text: 'The second story.' },
      { title: 'C', story: 'The third story.' },
    ];
    const r = readBytes('feed.json', JSON.stringify(records));
    expect(r.problems).toEqual([]);
    expect(r.docs.map((d) => d.text)).toEqual(['CANBERRA — Australia’s parliament passed the bill.', 'The second story.', 'The third story.']);
  });

  it('reads the language from schema.org’s inLanguage', () => {
    const doc = readBytes('a.json', JSON.stringify({ articleBody: 'Der Bundestag hat entschieden.', inLanguage: 'de' })).docs[0];
    expect(doc.meta.language).toBe('de');
  });
});

describe('fromJson authors', () => {
  const authorOf = (author: unknown) => readBytes('a.json', JSON.stringify({ text: 'Body.', author })).docs[0].meta.author;
  it('takes no URL for an author (NewsAPI gives a Facebook page for some outlets)', () => {
    expect(authorOf('https://www.facebook.com/bbcnews')).toBeNull();
  });
  it('joins authors separated by semicolons with ", " like other lists', () => {
    expect(authorOf('Fabian Cambero; Alexander Villegas')).toBe('Fabian Cambero, Alexander Villegas');
  });
  it('takes an Organization object for no author', () => {
    expect(authorOf([{ '@type': 'Organization', name: 'Reuters' }, { '@type': 'Person', name: 'Ann Lee' }])).toBe('Ann Lee');
  });
});

describe('fromJson HTML bodies', () => {
  it('leaves out captions and advertisement blocks, as the HTML reader does', () => {
    const text = '<p>MEXICO CITY (AP) &mdash; The Senate approved the overhaul.</p><div class="ad">Advertisement</div>'
      + '<figure><img src="x.jpg"><figcaption>Senators vote in Mexico City. (AP Photo/Marco Ugarte)</figcaption></figure><p>The bill now goes to the states.</p>';
    const doc = readBytes('a.json', JSON.stringify({ text })).docs[0];
    expect(doc.text).toBe('MEXICO CITY (AP) — The Senate approved the overhaul.\n\nThe bill now goes to the states.');
  });

  it('keeps the line breaks of text outside any block element as paragraph breaks', () => {
    const text = '<ul><li>Live</li></ul>Floods hit Valencia\r\nAt least 12 people have died, officials said.\r\nRescuers are searching.';
    const doc = readBytes('a.json', JSON.stringify({ text })).docs[0];
    expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end))).toEqual([
      'Live', 'Floods hit Valencia', 'At least 12 people have died, officials said.', 'Rescuers are searching.',
    ]);
  });
});
