/**
 * Regression tests for the load-stage fixes the hostile corpus led to. The big inputs here took
 * from minutes to hours before the fixes (quadratic time); they now take well under a second, so a
 * regression shows as a test timeout rather than through a stopwatch.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from '../helpers/cli.ts';
import { defaultConfig } from '../../src/config.ts';
import { atxHeading, cleanInline, fromMarkdown } from '../../src/stages/load/from-markdown.ts';
import { fromHtml } from '../../src/stages/load/from-html.ts';
import { fromJson } from '../../src/stages/load/from-json.ts';
import { capNesting } from '../../src/stages/load/html-nesting.ts';
import { discover } from '../../src/stages/load/discover.ts';
import { Rng } from '../../scripts/lib/prng.ts';

const config = defaultConfig();
const MB = 1024 * 1024;

/** Random strings over a small alphabet, to compare a scanner with the regex it replaces. */
function* samples(alphabet: string[], count: number, maxLength: number, seed: number): Generator<string> {
  const rng = new Rng(seed);
  for (let i = 0; i < count; i++) yield Array.from({ length: rng.int(0, maxLength) }, () => rng.pick(alphabet)).join('');
}

describe('Markdown ATX headings', () => {
  const READABLE = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;

  it('are read exactly as the readable regex reads them', () => {
    for (const line of samples([' ', '\t', '#', 'a', 'b', '\u2028', '  ', '##'], 50_000, 14, 1)) {
      const m = READABLE.exec(line);
      expect(atxHeading(line), JSON.stringify(line)).toEqual(m ? { level: m[1].length, text: m[2] ?? '' } : null);
    }
  });

  it('are read in linear time on a megabyte of spaces (the regex took minutes on 200 KB)', () => {
    expect(atxHeading(`# a${' '.repeat(MB)}b`)).toEqual({ level: 1, text: `a${' '.repeat(MB)}b` });
    const r = fromMarkdown('a.md', `# a${' '.repeat(MB)}b\n\nBody.`, config);
    expect(r.docs[0].paragraphs[0].isHeading).toBe(true);
  });
});

describe('Markdown inline cleanup', () => {
  it('keeps code spans exactly as the readable regex split does', () => {
    // On this alphabet the only other rule that applies is the one collapsing spaces.
    const readable = (s: string) => {
      const parts = s.split(/(`+)([^`]|[^`][\s\S]{0,2000}?[^`])\1(?!`)/);
      let out = '';
      for (let i = 0; i < parts.length; i += 3) out += parts[i].replace(/[ \t]{2,}/g, ' ') + (i + 2 < parts.length ? parts[i + 2].trim() : '');
      return out;
    };
    for (const s of samples(['`', '``', '```', 'a', ' ', 'b'], 20_000, 24, 2)) expect(cleanInline(s), JSON.stringify(s)).toBe(readable(s));
    expect(cleanInline('Run `npm ci` then ``a ` b`` and **bold** [link](https://x.org/a_(b)) ![img](p.png) <!-- c -->.'))
      .toBe('Run npm ci then a ` b and bold link .');
  });

  it('cleans a megabyte of unmatched brackets, comments, backticks and emphasis in linear time', () => {
    for (const body of ['['.repeat(MB), '<!--'.repeat(MB / 4), '![a'.repeat(MB / 3), '**a **b'.repeat(MB / 7), '`a``b```c'.repeat(MB / 9), '<http:'.repeat(MB / 6), '~~a ~~b'.repeat(MB / 7)]) {
      expect(fromMarkdown('a.md', body, config).docs).toHaveLength(1);
    }
  });

  it('does not parse front matter longer than 32 KB, and says so', () => {
    const r = fromMarkdown('a.md', `---\n${'key: value\n'.repeat(20_000)}---\nBody.`, config);
    expect(r.docs[0].text).toBe('Body.');
    expect(r.docs[0].problems.map((p) => p.code)).toEqual(['W_FRONT_MATTER']);
  });
});

describe('HTML nesting', () => {
  it('leaves ordinary pages untouched', () => {
    for (const f of readdirSync(join(ROOT, 'tests/fixtures/load')).filter((n) => n.endsWith('.html'))) {
      const html = readFileSync(join(ROOT, 'tests/fixtures/load', f), 'utf8');
      expect(capNesting(html, 30), f).toBe(html);
    }
    const page = `<html><body>${'<div><p>text</p></div>'.repeat(1000)}</body></html>`;
    expect(capNesting(page)).toBe(page);
  });

  it('drops tags nested deeper than the limit and keeps their text', () => {
    // A closing tag that closes nothing is kept while the nesting is shallow: the parser ignores it cheaply.
    expect(capNesting('<b><i><u>x</u></i></b>', 2)).toBe('<b><i>x</u></i></b>');
    expect(capNesting('<svg><g/><g/><g/></svg>', 2)).toBe('<svg><g/><g/><g/></svg>');
    expect(capNesting('<p><p><p><p>x', 2)).toBe('<p><p><p><p>x');
    expect(capNesting('<div><script><b><b><b></script>x', 2)).toBe('<div><script><b><b><b></script>x');
  });

  it('reads a megabyte of nested tags in linear time (it took half an hour)', () => {
    for (const html of ['<b>'.repeat(MB / 3), '<div>'.repeat(MB / 5), '<div/>'.repeat(MB / 6), `${'<div>'.repeat(400)}${'</i>'.repeat(MB / 4)}`]) {
      const r = fromHtml('a.html', `${html}Deep text.`, config);
      expect(r.docs[0].text).toContain('Deep text.');
    }
    const json = fromJson('a.json', JSON.stringify({ text: `${'<div>'.repeat(MB / 5)}<p>Deep text.</p>` }), config);
    expect(json.docs[0].text).toBe('Deep text.');
  });

  it('keeps text that comes after a stray </body></html> or before <body>', () => {
    expect(fromHtml('a.html', '<p>One.</p></body></html><p>Two.</p>', config).docs[0].text).toBe('One.\n\nTwo.');
    expect(fromHtml('a.html', 'Stray text.<p>Para.</p><html<body>', config).docs[0].text).toContain('Para.');
  });
});

describe('file names that are not UTF-8', () => {
  it('are read, and shown with their odd bytes as %XX', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/sub/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), 'Text.');
    writeFileSync(join(dir, 'sub/café.txt'), 'Text.');
    const found = [];
    for await (const f of discover(dir, config)) found.push([f.relPath, f.kind, f.size]);
    expect(found).toEqual([['sub/caf%E9.txt', 'article', 5], ['sub/café.txt', 'article', 5]]);
  });
});
