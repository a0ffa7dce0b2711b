import { describe, expect, it } from 'vitest';
import { readBytes, readFixture } from './helpers.ts';
import { isPageFurniture } from '../../../src/stages/load/from-html.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';

function paragraphs(name: string) {
  const doc = readFixture(name).docs[0];
  return doc.paragraphs.map((p) => (p.isHeading ? '# ' : '') + doc.text.slice(p.start, p.end));
}

describe('fromHtml', () => {
  it('reads metadata from meta tags, the canonical link, <time> and <html lang>', () => {
    const doc = readFixture('article.html').docs[0];
    expect(doc.meta).toEqual({
      title: 'Rail strike called off after pay deal',
      publishedAt: '2024-03-05T09:30:00.000Z',
      author: 'Priya Shah',
      sourceName: 'Example News',
      url: 'https://example.com/news/rail-strike',
      language: 'en-GB',
    });
  });

  it('rebuilds the article text block by block, without navigation, scripts or footer', () => {
    const doc = readFixture('article.html').docs[0];
    const ps = paragraphs('article.html');
    expect(ps).toContain('“This is a fair offer and our members will vote on it,” said union leader Tom Evans. He said that the ballot would close on 20 March.');
    expect(ps).toContain('# What happens next');
    expect(ps).toContain('Refunds open on Monday');
    expect(ps).toContain('We are relieved for our passengers.');
    expect(doc.text).toContain('agreed a pay deal worth £120m, the Rail Workers Union');
    for (const noise of ['Home', 'tracking', 'color: red', 'All rights reserved']) expect(doc.text).not.toContain(noise);
  });

  it('joins blocks with a blank line and gives each a span', () => {
    const doc = readFixture('article.html').docs[0];
    expect(doc.text.split('\n\n')).toEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)));
    expect(doc.text).not.toMatch(/ {2}|\n /);
  });

  it('marks a byline and a date the article kept at its top as metadata, and fills the author and date from them', () => {
    const html = '<html><head><title>Rail strikes called off</title></head><body><article><h1>Rail strikes called off</h1>'
      + '<p class="byline">By <a href="/a">Tom Edwards</a>, Transport correspondent</p><p>25 November 2026</p>'
      + '<p>Train drivers’ union Aslef has called off strikes planned for next week after members voted to accept a pay offer worth 4.5% over two years, the union said on Tuesday.</p>'
      + '<p>The union’s general secretary, Mick Whelan, said the deal was the best that could be achieved through negotiation and thanked members for their patience.</p>'
      + '<p>Transport Secretary Heidi Alexander said it was good news for passengers and for the railway, and that reform could now begin.</p></article></body></html>';
    const doc = readBytes('rail.html', html).docs[0];
    expect(doc.metaSpans?.map((s) => doc.text.slice(s.start, s.end))).toEqual(['By Tom Edwards, Transport correspondent', '25 November 2026']);
    expect(doc.meta).toMatchObject({ author: 'Tom Edwards', publishedAt: '2026-11-25T00:00:00.000Z' });
  });

  describe('byline and date blocks, post times', () => {
    const BODY = '<p>Peers have rejected an attempt to require a high court judge to approve every request for an assisted death, in the first vote on the bill.</p>'
      + '<p>The amendment, tabled by a crossbench peer, was defeated by 182 votes to 147, a majority of 35, after a debate of more than four hours.</p>'
      + '<p>The bill’s sponsor told peers that the safeguards already in the bill were among the strictest in the world.</p>';
    const page = (inner: string, head = '') => `<html><head>${head}</head><body><article>${inner}${BODY}</article></body></html>`;
    const metaLines = (html: string) => {
      const doc = readBytes('a.html', html).docs[0];
      return { meta: doc.meta, lines: doc.metaSpans?.map((s) => doc.text.slice(s.start, s.end)) ?? [] };
    };

    it('reads a byline block under the standfirst, a job after the names or a date on the same line', () => {
      const guardian = metaLines(page('<p>Amendment requiring high court approval defeated by 182 votes to 147</p><address>Kiran Stacey Policy editor</address><time>Fri 6 Nov 2026 17.31 GMT</time>'));
      expect(guardian.lines).toEqual(['Kiran Stacey Policy editor', 'Fri 6 Nov 2026 17.31 GMT']);
      expect(guardian.meta).toMatchObject({ author: 'Kiran Stacey', publishedAt: '2026-11-06T17:31:00.000Z' });
      const register = metaLines(page('<h2>Patch landed Tuesday night</h2><p>Jessica Lyons Wed 25 Nov 2026 // 14:12 UTC</p>'));
      expect(register.meta).toMatchObject({ author: 'Jessica Lyons', publishedAt: '2026-11-25T14:12:00.000Z' });
      const verge = metaLines(page('<p>Gemini 3 arrives today.</p><p>By Dana Whitfield, a senior reporter covering AI. Nov 18, 2026, 4:00 PM UTC</p>'));
      expect(verge.meta).toMatchObject({ author: 'Dana Whitfield', publishedAt: '2026-11-18T16:00:00.000Z' });
    });

    it('reads a byline block of a name and a job, of a byline and a date run together, and of a name and the outlet', () => {
      const gulf = metaLines(page('<p>RTA says the loop will carry 20,000 passengers an hour</p><p>Sajila Saseendran, Senior Reporter</p><p>Published: November 10, 2026 14:35</p>'));
      expect(gulf.lines).toEqual(['Sajila Saseendran, Senior Reporter', 'Published: November 10, 2026 14:35']);
      expect(gulf.meta).toMatchObject({ author: 'Sajila Saseendran', publishedAt: '2026-11-10T14:35:00.000Z' });
      const science = metaLines(page('<p>Pooled data from 11 trials show a 20% drop in heart attacks</p><p><span>By Meredith Wadman</span> <span>5 Nov 2026</span></p>'));
      expect(science.meta).toMatchObject({ author: 'Meredith Wadman', publishedAt: '2026-11-05T00:00:00.000Z' });
      const bbc = metaLines(page('<h2>22 October 2026</h2><p>Anna Shaw BBC News, Yorkshire</p>'));
      expect(bbc.lines).toContain('Anna Shaw BBC News, Yorkshire');
      expect(bbc.meta).toMatchObject({ author: 'Anna Shaw', sourceName: 'BBC News' });
    });

    it('reads a byline block with no "By": "Name | Published date" (Dawn), "Name, City" over a dotted date (Folha), and a month abbreviated with a dot after the names (STAT)', () => {
      const dawn = metaLines(page('<div class="byline">Khurram Husain | Published November 12, 2026</div>'));
      expect(dawn.lines).toEqual(['Khurram Husain | Published November 12, 2026']);
      expect(dawn.meta).toMatchObject({ author: 'Khurram Husain', publishedAt: '2026-11-12T00:00:00.000Z' });
      const folha = metaLines(page('<p>Measure will benefit 10 million taxpayers, says government</p><p>Renato Machado, Brasília</p><time>Nov.26.2026 at 2h20PM</time>'));
      expect(folha.lines).toEqual(['Renato Machado, Brasília', 'Nov.26.2026 at 2h20PM']);
      expect(folha.meta).toMatchObject({ author: 'Renato Machado', publishedAt: '2026-11-26T14:20:00.000Z' });
      const stat = metaLines(page('<div class="byline">By Helen Branswell Nov. 18, 2026</div>'));
      expect(stat.lines).toEqual(['By Helen Branswell Nov. 18, 2026']);
      expect(stat.meta).toMatchObject({ author: 'Helen Branswell', publishedAt: '2026-11-18T00:00:00.000Z' });
    });

    it('takes every name of the byline block where the meta tag names only the first author', () => {
      const { meta } = metaLines(page('<p>By Brendan Bordelon and Gavin Bade | 11/20/2026 05:30 PM EST</p>', '<meta name="author" content="Brendan Bordelon">'));
      expect(meta.author).toBe('Brendan Bordelon, Gavin Bade');
    });

    it('takes every name of a byline block that says where each reporter was ("A in Frankfurt and B in London")', () => {
      const { meta } = metaLines(page('<p>Olaf Storbeck in Frankfurt and Martin Arnold in London</p><p>October 29 2026</p>', '<meta name="author" content="Olaf Storbeck">'));
      expect(meta.author).toBe('Olaf Storbeck, Martin Arnold');
    });

    it('makes a date line closing the article metadata ("Posted 17 Nov 2026, updated 18 Nov 2026")', () => {
      const { lines } = metaLines(page('') .replace('</article>', '<p>Posted 17 Nov 2026, updated 18 Nov 2026</p></article>'));
      expect(lines).toEqual(['Posted 17 Nov 2026, updated 18 Nov 2026']);
    });

    it('ends a line at a <br> before a capital, and leaves out a post’s "Name⏎Reporting from Kabul" and signature lines', () => {
      const html = page('<p>Royal Academy, London<br>Horses burst through walls in this long-overdue show.</p>'
        + '<p>Yogita Limaye<br>Reporting from Kabul</p><p>Second<br>line of a poem.</p><p>Nour Khalil</p>',
      '<meta name="author" content="Nour Khalil">');
      const doc = readBytes('br.html', html).docs[0];
      const texts = doc.paragraphs.map((p) => doc.text.slice(p.start, p.end));
      expect(texts.slice(0, 3)).toEqual(['Royal Academy, London', 'Horses burst through walls in this long-overdue show.', 'Second line of a poem.']);
      expect(doc.text).not.toContain('Yogita');
      expect(doc.metaSpans?.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Nour Khalil']);
    });

    it('leaves out a pull quote, which repeats a line of the story', () => {
      const html = page('<figure class="pull-quote"><blockquote>“Everybody got out but the dogs.”</blockquote></figure>');
      expect(readBytes('pq.html', html).docs[0].text).not.toContain('Everybody got out');
    });

    it('makes a live page’s post times headings, and leaves out its "LIVE" label and key-event links', () => {
      const html = page('<p>LIVE</p><h2>Key events</h2><ul><li><a href="#p1">2h ago Zelenskyy arrives in Brussels for talks</a></li></ul>'
        + '<p>14.32 GMT</p><p>Russian forces have advanced near Pokrovsk, Ukraine’s military said on Thursday afternoon.</p>'
        + '<p>1:45 p.m. ET</p><p>Cuba ordered evacuations in its eastern provinces as the storm approached on Wednesday.</p>'
        + '<p>21 Nov 2026 - 16:20 GMT</p><p>The Gaza civil defence said children were among the dead in Khan Younis.</p>');
      const doc = readBytes('live.html', html).docs[0];
      const headings = doc.paragraphs.filter((p) => p.isHeading).map((p) => doc.text.slice(p.start, p.end));
      expect(headings).toEqual(['Key events', '14.32 GMT', '1:45 p.m. ET', '21 Nov 2026 - 16:20 GMT']);
      expect(doc.text).not.toMatch(/LIVE|2h ago/);
    });
  });

  it('reads metadata from JSON-LD inside an @graph', () => {
    const doc = readFixture('json-ld.html').docs[0];
    expect(doc.meta).toEqual({
      title: 'Floods close the valley road',
      publishedAt: '2024-02-10T06:00:00.000Z',
      author: 'Mia Cole, Raj Patel',
      sourceName: 'Valley Times',
      url: 'https://example.com/floods',
      language: 'en',
    });
    expect(doc.text).toBe('Floods closed the valley road on Saturday.');
  });

  it('takes the JSON-LD author list over a meta tag that names only the first author', () => {
    const html = '<html><head><meta name="author" content="Jane Doe"><script type="application/ld+json">'
      + '{"@type":"NewsArticle","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}'
      + '</script></head><body><article><p>Rates were held on Wednesday.</p></article></body></html>';
    expect(readBytes('both.html', new TextEncoder().encode(html)).docs[0].meta.author).toBe('Jane Doe, John Roe');
  });

  it('takes the JSON-LD article’s person over a meta tag that disagrees (a CMS default such as "Staff Report")', () => {
    const html = '<html><head><meta name="author" content="Staff Report"><script type="application/ld+json">'
      + '{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","author":{"@type":"Person","name":"Maria Gonzalez"}}]}'
      + '</script></head><body><article><p>The council voted on Tuesday.</p></article></body></html>';
    expect(readBytes('wp.html', html).docs[0].meta.author).toBe('Maria Gonzalez');
  });

  it('takes an Organization named as author for the publisher, not an author, also when a meta tag repeats it', () => {
    const html = '<html><head><meta name="author" content="Sky News"><script type="application/ld+json">'
      + '{"@type":"LiveBlogPosting","author":{"@type":"Organization","name":"Sky News"}}'
      + '</script></head><body><article><p>Storm Darragh brought gusts of 93mph.</p></article></body></html>';
    expect(readBytes('live.html', html).docs[0].meta).toMatchObject({ author: null, sourceName: 'Sky News' });
  });

  it('leaves picture captions out of the text', () => {
    const html = '<html><body><article><p>The Federal Reserve held rates on Wednesday.</p><figure><img src="a.jpg">'
      + '<figcaption>Jerome Powell speaks in Washington. (Photo: Reuters)</figcaption></figure><p>Stocks rose.</p></article></body></html>';
    expect(readBytes('caption.html', html).docs[0].text).toBe('The Federal Reserve held rates on Wednesday.\n\nStocks rose.');
  });

  it('leaves page furniture inside the article out: advertisement markers, share buttons, credit lines, prompts', () => {
    const html = '<html><body><article><p>Share on Facebook Share on X</p><p>LONDON, Oct 1 (Reuters) - Oil prices rose on Tuesday.</p>'
      + '<p>Advertisement · Scroll to continue</p><p>Brent crude climbed 1.2%.</p>'
      + '<p>Reporting by Ahmad Ghaddar in London; Editing by Susan Fenton</p><p>Our Standards: The Thomson Reuters Trust Principles.</p>'
      + '</article></body></html>';
    expect(readBytes('furniture.html', html).docs[0].text).toBe('LONDON, Oct 1 (Reuters) - Oil prices rose on Tuesday.\n\nBrent crude climbed 1.2%.');
  });

  it('reads the site\'s name from a page title made of the headline and the site', () => {
    const html = '<html><head><title>Oil prices rise on supply worries | Reuters</title></head><body><article>'
      + '<h1>Oil prices rise on supply worries</h1><p>Oil prices rose on Tuesday as tensions raised concerns over supply.</p></article></body></html>';
    const { meta } = readBytes('oil.html', html).docs[0];
    expect([meta.title, meta.sourceName]).toEqual(['Oil prices rise on supply worries', 'Reuters']);
    const plain = html.replace('<h1>Oil prices rise on supply worries</h1>', '<h1>Markets</h1>');
    expect(readBytes('plain.html', plain).docs[0].meta.sourceName).toBeNull();
  });

  it('keeps story paragraphs that only start like page furniture', () => {
    for (const text of [
      'Related to this, the minister said the plan would fail.', 'Reporting by the New York Times found that the deal was off.',
      'Watch the video here as the team celebrates.', 'Subscribers will pay more from June.', 'Share prices fell on Monday.',
      'Tickets go on sale on Friday, and fans can sign up now.',
    ]) expect(isPageFurniture(text)).toBe(false);
    // (Nor a sentence that speaks of signing up: "Sign up for the scheme closed in May, the council said.")
    expect(isPageFurniture('Sign up for the scheme closed in May, the council said.')).toBe(false);
    for (const text of ['Read more: Five things to know', 'Sign up for our daily newsletter', '© 2024 Example News. All rights reserved.',
      'Sign up to our Markets Morning newsletter for the day’s biggest stories.', 'Subscribe to the Morning Briefing newsletter, free, every weekday.',
      'Get our Elections newsletter: results, analysis and the races to watch, delivered every weekday. Sign up now.']) {
      expect(isPageFurniture(text)).toBe(true);
    }
  });

  it('reads an HTML fragment without <html> or <body>', () => {
    expect(paragraphs('fragment.html')).toEqual(['# Briefly', 'The bridge reopens on Friday.', 'Works cost €3m.']);
  });

  it('warns about a published date it cannot read', () => {
    const doc = readFixture('bad-date.html').docs[0];
    expect(doc.meta.publishedAt).toBeNull();
    expect(doc.problems.map((p) => p.code)).toEqual(['W_BAD_DATE']);
  });

  it('falls back to the page’s text blocks, minus navigation and footer, when Readability finds too little', () => {
    const html = `<html><body><nav><a href="/">Home</a></nav>
      <ul><li>Polls open at 7am.</li><li>Results are due at midnight.</li></ul>
      <footer>Contact us</footer></body></html>`;
    const doc = readBytes('short.html', html).docs[0];
    expect(doc.text).toBe('Polls open at 7am.\n\nResults are due at midnight.');
  });

  it('reads 10,000 nested elements without crashing or hanging', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text survives.</p>${'</div>'.repeat(depth)}</body></html>`;
    const started = performance.now();
    const r = readBytes('deep.html', html);
    expect(r.problems).toEqual([]);
    expect(r.docs[0].text).toBe('Deep text survives.');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it('reads 10,000 unclosed nested tags without crashing', () => {
    const r = readBytes('broken.html', `<p>Start${'<span><b>'.repeat(10_000)}end`);
    expect(r.docs[0].text).toBe('Startend');
  });

  it('reads a page whose <html> tag is broken instead of failing on a missing root element', () => {
    const r = readBytes('broken-root.html', '<p>Kept.</p><html lang=<meta property="og:title" content="x');
    expect(r.problems.map((p) => p.code)).not.toContain('E_HTML');
    expect(r.docs[0]?.text ?? '').toContain('Kept.');
  });

  it('reports a page with no text as E_EMPTY', () => {
    const r = readBytes('empty.html', '<html><head><title>Only a title</title></head><body><script>x()</script></body></html>');
    expect(r.docs).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['E_EMPTY']);
  });

  it('keeps line breaks inside <pre>', () => {
    const doc = readBytes('pre.html', '<p>Table:</p><pre>a  b\nc  d</pre>').docs[0];
    expect(doc.text).toBe('Table:\n\na  b\nc  d');
  });
});

describe('fromHtml inline items', () => {
  const textOf = (inner: string) =>
    readBytes('a.html', `<html><body><article>${inner}<p>The ferry hit the harbour wall on Friday evening, the coastguard said.</p></article></body></html>`).docs[0].text;

  it('separates byline and date items that meet with no space in the markup', () => {
    expect(textOf('<p><span>Priya Raman</span><span>Transport correspondent</span><span>and</span><span>Tom Whitaker</span></p>'))
      .toContain('Priya Raman Transport correspondent and Tom Whitaker');
    expect(textOf('<p><span>Sat 21 Nov 2026 15.05 CET</span><a href="#">Share</a></p>')).toContain('Sat 21 Nov 2026 15.05 CET Share');
  });

  it('keeps words whose letters are split across tags', () => {
    expect(textOf('<p><b>W</b>ord and <span class="dropcap">T</span><span>he</span> <i>har</i><em>bour</em>.</p>')).toContain('Word and The harbour.');
  });
});

describe('page furniture beside a story in a generic wrapper', () => {
  it('cuts consent banners, "Most viewed" lists, author boxes and topic tags by their markup, not the story', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story about the ferry strike at Dover, which the union called on Monday after talks failed.</p>`).join('');
    const page = `<html><head><title>Ferry strike</title></head><body><main>
      <div id="cookie-banner"><p>Your privacy. We use cookies and similar technologies to run this site.</p></div>
      <h1>Ferry strike called at Dover</h1>${story}
      <div class="author-bio"><p>Maria Gonzalez joined the paper in 2021 and covers transport.</p></div>
      <section class="onward-journeys"><h2>Most viewed</h2><ul><li>Emperor penguins face extinction by 2100, study finds</li></ul></section>
      <div class="topics"><a>Dover</a><a>Ferries</a></div></main></body></html>`;
    const doc = readBytes('page.html', Buffer.from(page, 'utf8')).docs[0];
    expect(doc.text).toContain('Paragraph 6 of the story');
    for (const gone of ['Your privacy', 'Maria Gonzalez joined', 'Emperor penguins', 'Ferries']) expect(doc.text).not.toContain(gone);
  });
});

describe('byline blocks, captions, related links and date labels of British, Australian and French pages', () => {
  const page = (body: string, head = '') =>
    readBytes('p.html', `<html><head>${head}</head><body><article>${body}<p>The first paragraph of the story is here, and it says what happened on Monday.</p><p>A second paragraph follows, with more of what officials said.</p></article></body></html>`).docs[0];
  const texts = (doc: ReturnType<typeof page>) => doc.paragraphs.map((p) => (p.isHeading ? '# ' : '') + doc.text.slice(p.start, p.end));
  const metaLines = (doc: ReturnType<typeof page>) => (doc.metaSpans ?? []).map((s) => doc.text.slice(s.start, s.end));

  it('reads a byline block in capitals under a standfirst of bullet points, without taking its job for a name', () => {
    const doc = page('<h1>Presenter banned from driving</h1><ul><li>She was clocked near Swindon</li><li>She told magistrates her father was ill</li><li>The judge said it was no excuse</li></ul>'
      + '<p>By <a>REBECCA CAMBER, CRIME AND SECURITY EDITOR FOR THE DAILY MAIL</a></p><p>Published: 10:42 GMT, 20 November 2026 | Updated: 14:17 GMT, 20 November 2026</p>');
    expect(doc.meta).toMatchObject({ author: 'Rebecca Camber', publishedAt: '2026-11-20T10:42:00.000Z' });
    expect(metaLines(doc)).toEqual(['By REBECCA CAMBER, CRIME AND SECURITY EDITOR FOR THE DAILY MAIL', 'Published: 10:42 GMT, 20 November 2026 | Updated: 14:17 GMT, 20 November 2026']);
  });

  it('reads Sky\'s name, job and handle, and Le Monde\'s outlet and date lines, under a standfirst', () => {
    const sky = page('<h1>Doctors to strike</h1><p>The health secretary says the walkout will put patients at risk in the run-up to Christmas.</p>'
      + '<div><span>Ashish Joshi</span><span>Health correspondent @AshishJoshiSky</span></div><p>Monday 16 November 2026 14:05, UK</p>');
    expect(sky.meta).toMatchObject({ author: 'Ashish Joshi', publishedAt: '2026-11-16T14:05:00.000Z' });
    const monde = page('<h1>Glucksmann launches bid</h1><p>The MEP announced his candidacy on Sunday in a village in eastern France.</p>'
      + '<p>Le Monde</p><p>Published on November 9, 2026, at 7:00 pm (Paris)</p><p>4 min read</p><span>By Clémence Duvivier</span>');
    expect(monde.meta).toMatchObject({ author: 'Clémence Duvivier', sourceName: 'Le Monde', publishedAt: '2026-11-09T18:00:00.000Z' });
    expect(metaLines(monde)).toEqual(['Le Monde', 'Published on November 9, 2026, at 7:00 pm (Paris)', '4 min read', 'By Clémence Duvivier']);
  });

  it('leaves out a caption whatever the case of its class, a "Read more from …:" label with its links, and a <time> label with no year', () => {
    const doc = page('<h1>Energy rebate extended</h1><time datetime="2026-11-22T18:12:00Z">Mon 23 Nov</time>'
      + '<p class="imageCaption">Gemma Ashworth arriving at court on Thursday</p>'
      + '<p class="sdc-article-related">Read more from Sky News:<br><a href="/1">Thousands of patients wait more than 12 hours</a><br><a href="/2">Starmer under pressure over waiting lists</a></p>');
    expect(texts(doc)).toEqual(['# Energy rebate extended', 'The first paragraph of the story is here, and it says what happened on Monday.', 'A second paragraph follows, with more of what officials said.']);
    expect(doc.meta.publishedAt).toBe('2026-11-22T18:12:00.000Z');
  });

  it('takes the people of an author tag written as a byline ("Sam Jones in Madrid"), and its <address> line as metadata', () => {
    const doc = page('<h1>Spain floods: death toll rises</h1><p>Dozens still unaccounted for after torrential rain swept through Málaga and Almería provinces</p><address>Sam Jones in Madrid</address>',
      '<meta name="author" content="Sam Jones in Madrid">');
    expect(doc.meta.author).toBe('Sam Jones');
    expect(metaLines(doc)).toContain('Sam Jones in Madrid');
  });

  it('reads a byline with a small "by", the date and a reading time on one line, and takes no text from it', () => {
    const doc = page('<h1>Russia pushes into Kupiansk outskirts</h1><div class="post-meta"><span class="author">by Kateryna Denisova</span> <time datetime="2026-11-12">November 12, 2026 9:15 AM</time> <span>3 min read</span></div>');
    expect(doc.meta.author).toBe('Kateryna Denisova');
    expect(metaLines(doc)).toEqual(['by Kateryna Denisova November 12, 2026 9:15 AM 3 min read']);
  });

  it('reads an author\'s note closing the article as metadata ("X is associate editor for Europe at Defense News.")', () => {
    const doc = readBytes('p.html', '<html><head><meta name="author" content="Sebastian Sprenger"></head><body><article><h1>Germany to send two more Patriot systems</h1>'
      + '<p>Germany will send two more Patriot air defense systems to Ukraine, the defense minister said on Wednesday.</p><p>Sebastian Sprenger said the plan was ambitious, and Sebastian Sprenger is no bio here.</p>'
      + '<p><em>Sebastian Sprenger is associate editor for Europe at Defense News.</em></p></article></body></html>').docs[0];
    expect(metaLines(doc)).toEqual(['Sebastian Sprenger is associate editor for Europe at Defense News.']);
  });

  it('leaves the columnist\'s name after a bar out of the title ("… | George Monbiot")', () => {
    const doc = page('<h1>Britain\'s homes are baking</h1>', '<meta property="og:title" content="Britain\'s homes are baking | George Monbiot"><meta name="author" content="George Monbiot">');
    expect(doc.meta).toMatchObject({ title: "Britain's homes are baking", author: 'George Monbiot' });
  });

  it('takes the person of a byline Readability set apart over an author tag naming a newsroom ("Al Jazeera Staff")', () => {
    const body = '<p>Famine has spread to two more localities in North Darfur state, a hunger monitor said on Wednesday, as the siege of the city tightened further.</p>'.repeat(4);
    const doc = readBytes('p.html', `<html><head><meta name="author" content="Al Jazeera Staff"><meta property="og:site_name" content="Al Jazeera"></head><body><article><h1>Famine spreads in Darfur</h1><div class="byline">By <a href="/author/hiba-morgan">Hiba Morgan</a> · Published On 19 Nov 2026</div>${body}</article></body></html>`).docs[0];
    expect(doc.meta.author).toBe('Hiba Morgan');
  });

  it('reads "Interview Conducted by …" in the author tag as its people', () => {
    const doc = page('<h1>Price controls are not a dirty word</h1><p>Interview Conducted by Tim Bartz and Anne Seith</p>', '<meta name="author" content="Interview Conducted by Tim Bartz and Anne Seith">');
    expect(doc.meta.author).toBe('Tim Bartz, Anne Seith');
    expect(metaLines(doc)).toEqual(['Interview Conducted by Tim Bartz and Anne Seith']);
  });

  it('takes the byline\'s person over an author tag that names a newsroom ("WXYZ Web Team")', () => {
    const doc = page('<h1>Woman killed in crash</h1><p>By: Jordan Ellis Posted 9:15 AM, Nov 22, 2026 and last updated 12:40 PM, Nov 23, 2026</p>', '<meta name="author" content="WXYZ Web Team">');
    expect(doc.meta.author).toBe('Jordan Ellis');
  });
});

describe('page titles with sections, and authors that are no person', () => {
  const page = (body: string, head = '') =>
    readBytes('p.html', `<html><head>${head}</head><body><article>${body}<p>The first paragraph of the story is here, and it says what happened on Monday.</p><p>A second paragraph follows, with more of what officials said.</p></article></body></html>`).docs[0];

  it('drops the sections and the site after the headline in a <title> ("Headline - Israel News - Haaretz.com")', () => {
    const doc = page('<h1>Netanyahu Weighs Halting Gaza Deal</h1>', '<title>Netanyahu Weighs Halting Gaza Deal - Israel News - Haaretz.com</title>');
    expect(doc.meta).toMatchObject({ title: 'Netanyahu Weighs Halting Gaza Deal', sourceName: 'Haaretz.com' });
  });

  it('drops the site after the headline in a <title> when og:site_name names it, though the <h1> is in other capitals (the NYT\'s)', () => {
    const doc = page('<h1>SpaceX Starship Reaches Orbit</h1>', '<title>SpaceX Starship reaches orbit - The New York Times</title><meta property="og:site_name" content="The New York Times">');
    expect(doc.meta).toMatchObject({ title: 'SpaceX Starship reaches orbit', sourceName: 'The New York Times' });
    // A title whose last part is not the site's name keeps it.
    expect(page('<h1>Talks</h1>', '<title>Cop31 - a summit too far</title><meta property="og:site_name" content="The New York Times">').meta.title).toBe('Cop31 - a summit too far');
  });

  it('drops a wire\'s version tag before the headline ("(LEAD)", "(2nd LD)") and writes "the Guardian" of og:site_name as "The Guardian"', () => {
    const yonhap = page('<h1 class="tit">(LEAD) Lee, opposition leader clash over budget</h1>', '<title>(LEAD) Lee, opposition leader clash over budget | Yonhap News Agency</title><meta property="og:site_name" content="Yonhap News Agency">');
    expect(yonhap.meta).toMatchObject({ title: 'Lee, opposition leader clash over budget', sourceName: 'Yonhap News Agency' });
    expect(yonhap.text.startsWith('(LEAD) Lee')).toBe(true);
    expect(page('<h1>Talks</h1>', '<meta property="og:title" content="(2nd LD) (URGENT) N. Korea fires missile">').meta.title).toBe('N. Korea fires missile');
    expect(page('<h1>Talks</h1>', '<meta property="og:title" content="(LEAD)">').meta.title).toBe('(LEAD)');
    expect(page('<h1>Cop31 talks stall</h1>', '<meta property="og:site_name" content="the Guardian">').meta.sourceName).toBe('The Guardian');
  });

  it('reads a standfirst in a heading right under the title as a paragraph, not as the section of the whole article', () => {
    const wsj = segmentDoc(page('<h1>Hiring Slowed Sharply</h1><h2 class="sub-head">Employers added just 22,000 jobs; unemployment rate climbed to 4.5%</h2>'
      + '<p>By Justin Lahart and Konrad Putzier</p><p>Updated Nov. 20, 2026 8:48 am ET</p>', '<title>Hiring Slowed Sharply</title>'));
    expect(wsj.sections).toEqual([]);
    expect(wsj.paragraphs.map((p) => p.isHeading)).toEqual([false, true, true, false, false]);
    expect(wsj.meta.author).toBe('Justin Lahart, Konrad Putzier');
    const noByline = segmentDoc(page('<h1>Talks stall</h1><h2>Senior officials say the prime minister is under pressure from his partners to halt the deal.</h2>', '<title>Talks stall</title>'));
    expect(noByline.sections).toEqual([]);
    // A short subhead opening the story stays one.
    const subhead = segmentDoc(page('<h1>Talks stall</h1><h2>What we know</h2>', '<title>Talks stall</title>'));
    expect(subhead.sections.map((x) => x.text)).toEqual(['What we know']);
  });

  it('reads the time of Al Jazeera\'s <meta name="publishedDate"> over the day of the page\'s "Published On" line', () => {
    const doc = page('<h1>Houthis claim attack on tanker</h1><div>Published On 29 Oct 2026</div>', '<meta name="publishedDate" content="2026-10-29T14:05:00Z">');
    expect(doc.meta.publishedAt).toBe('2026-10-29T14:05:00.000Z');
  });

  it('gives no author for a newsroom in the author tag with no person in the byline ("Al Jazeera Staff")', () => {
    const doc = page('<h1>Houthis claim attack on tanker</h1>', '<meta name="author" content="Al Jazeera Staff"><meta property="og:site_name" content="Al Jazeera">');
    expect(doc.meta).toMatchObject({ author: null, sourceName: 'Al Jazeera' });
  });

  it('gives no author for an editorial signed by the board ("The Editorial Board")', () => {
    const doc = page('<h1>The MBTA can\'t fare-cap its way out</h1>', '<meta name="author" content="The Editorial Board"><meta property="og:site_name" content="BostonGlobe.com">');
    expect(doc.meta.author).toBeNull();
  });
});
