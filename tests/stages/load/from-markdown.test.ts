import { describe, expect, it } from 'vitest';
import { readBytes, readFixture } from './helpers.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';

/** The text of each paragraph span, with a "#" before headings. */
function blocks(name: string) {
  const doc = readFixture(name).docs[0];
  return doc.paragraphs.map((p) => (p.isHeading ? '# ' : '') + doc.text.slice(p.start, p.end));
}

describe('fromMarkdown', () => {
  it('reads the front matter into metadata', () => {
    const doc = readFixture('article.md').docs[0];
    expect(doc.meta).toEqual({
      title: 'Harbour tunnel opens after six years',
      publishedAt: '2024-05-01T00:00:00.000Z',
      author: 'Ana Lima, Ben Ortiz',
      sourceName: 'City Post',
      url: 'https://example.org/harbour-tunnel',
      language: 'en',
    });
    expect(doc.format).toBe('md');
  });

  it('removes heading marks, emphasis, links and images, and keeps code as text', () => {
    expect(blocks('article.md')).toEqual([
      '# Harbour tunnel opens after six years',
      'The new tunnel under the harbour opened on Wednesday, said the city council.',
      '# Cost',
      'The project cost $1.2bn, well over the_original_budget.',
      'Two lanes each way',
      'A cycle path',
      '"It changes everything," said Mayor Joan Reyes.',
      'route: north -> south',
    ]);
  });

  it('reads Obsidian\'s marks: wiki links by their alias or page, callout types, footnote marks and highlights', () => {
    const md = '# Budget row\n\n> [!NOTE]\n> The chancellor, [[Rachel Reeves|Ms Reeves]], will speak on ==Wednesday==.[^1]\n\n'
      + '[[Mel Stride]] said the plan was "a mess".\n\n[^1]: Treasury briefing.\n';
    expect(readBytes('note.md', md).docs[0].text).toBe('Budget row\n\nThe chancellor, Ms Reeves, will speak on Wednesday.\n\nMel Stride said the plan was "a mess".');
  });

  it('separates paragraphs with a blank line and gives each a span into the text', () => {
    const doc = readFixture('article.md').docs[0];
    expect(doc.text.split('\n\n')).toEqual(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)));
    expect(doc.paragraphs.every((p, i) => i === 0 || p.start === doc.paragraphs[i - 1].end + 2)).toBe(true);
  });

  it('sets each paragraph’s section to the heading above it', () => {
    const doc = readFixture('article.md').docs[0];
    expect(doc.paragraphs.map((p) => p.section)).toEqual([
      'Harbour tunnel opens after six years', 'Harbour tunnel opens after six years', 'Cost', 'Cost', 'Cost', 'Cost', 'Cost', 'Cost',
    ]);
  });

  it('joins soft-wrapped lines and reads setext headings, without front matter', () => {
    expect(blocks('no-front-matter.md')).toEqual(['Opening line of the piece with a soft line break.', '# Setext heading', 'Final paragraph.']);
    expect(readFixture('no-front-matter.md').docs[0].meta.title).toBeNull();
  });

  it('takes a top-level heading as the title when the front matter has none', () => {
    expect(readBytes('a.md', '# The headline\n\nBody.').docs[0].meta.title).toBe('The headline');
  });

  it('reads a byline and a date line written on adjacent lines under the title, and keeps them apart from the body', () => {
    for (const header of ['By Anna Hirtenstein\nPublished: 1 December 2025', '*By Anna Hirtenstein*  \nPublished: 1 December 2025']) {
      const doc = readBytes('a.md', `# Oil holds steady\n\n${header}\n\nOil prices rose on Monday.\nTraders said so.`).docs[0];
      expect([doc.meta.author, doc.meta.publishedAt]).toEqual(['Anna Hirtenstein', '2025-12-01T00:00:00.000Z']);
      expect(doc.metaSpans?.map((s) => doc.text.slice(s.start, s.end))).toEqual(['By Anna Hirtenstein', 'Published: 1 December 2025']);
      // Soft-wrapped body lines are still one paragraph.
      expect(doc.paragraphs.map((p) => doc.text.slice(p.start, p.end)).at(-1)).toBe('Oil prices rose on Monday. Traders said so.');
    }
  });

  it('warns about front matter it cannot parse and still reads the body', () => {
    const r = readFixture('bad-front-matter.md');
    expect(r.docs[0].text).toBe('The body is still read.');
    expect(r.docs[0].meta.title).toBeNull();
    expect(r.docs[0].problems.map((p) => p.code)).toEqual(['W_FRONT_MATTER']);
  });

  it('warns about a date it cannot read and leaves published_at empty', () => {
    const doc = readBytes('a.md', '---\ndate: next Tuesday\n---\nBody.').docs[0];
    expect(doc.meta.publishedAt).toBeNull();
    expect(doc.problems.map((p) => [p.code, p.message])).toEqual([['W_BAD_DATE', expect.stringContaining('"next Tuesday"')]]);
  });

  it('reports a file with nothing but front matter as E_EMPTY', () => {
    const r = readBytes('a.md', '---\ntitle: Only metadata\n---\n\n');
    expect(r.docs).toEqual([]);
    expect(r.problems.map((p) => p.code)).toEqual(['E_EMPTY']);
  });

  it('cleans a long paragraph full of unmatched markers in linear time', () => {
    const text = '*a [b _c `d '.repeat(20_000);
    const started = performance.now();
    const r = readBytes('a.md', text);
    expect(r.docs).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('fromMarkdown clipper front matter', () => {
  it('reads Obsidian Web Clipper front matter: wiki-linked authors, the article address under source', () => {
    const md = '---\ntitle: "Germany rearms"\nsource: "https://www.ft.com/content/abc"\nauthor:\n  - "[[Sam Fleming]]"\n  - "[[Laura Pitel]]"\n---\n'
      + 'Germany is spending more on defence.\n';
    expect(readBytes('clip.md', md).docs[0].meta).toMatchObject({
      author: 'Sam Fleming, Laura Pitel', url: 'https://www.ft.com/content/abc', sourceName: null,
    });
  });
});

describe('fromMarkdown rubric', () => {
  it('reads the rubric under the headline ("*Finance & economics | Trade*") as metadata, not as the story\'s first line', () => {
    const md = '---\ntitle: "China exports hum"\n---\n\n# China exports hum\n\n*Finance & economics | Trade*\n\nShipments to America have slumped. Those to everywhere else have soared.\n';
    const doc = segmentDoc(readBytes('e.md', md).docs[0]);
    expect(doc.metaSpans?.map((s) => doc.text.slice(s.start, s.end))).toEqual(['Finance & economics | Trade']);
    expect(doc.paragraphs[1].isHeading).toBe(true);
    expect(doc.sections).toEqual([]);
    // Emphasis in the story is not a rubric.
    const story = readBytes('s.md', '# Title\n\n*The talks resumed on Monday, officials said.*\n\nMore text.\n').docs[0];
    expect(story.metaSpans ?? []).toEqual([]);
  });
});
