/**
 * The run report: writeReport on folders written by the real CLI (Arrow, Parquet only, CSV only),
 * its numbers checked against DuckDB reading the same Parquet files, its escaping of hostile text,
 * and the page rendered in headless Chromium (skipped, saying why, when Chromium is missing).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, sql, tempDir } from '../helpers/cli.ts';
import { writeReport } from '../../src/report/write-report.ts';
import { TYPE_COLORS } from '../../src/report/render.ts';
import { dumpDom, findChromium, screenshot } from './chromium.ts';
import { countColour, decodePng } from './png.ts';
import { runInfo, writeTables } from './run-folder.ts';

const chromium = findChromium();
const NO_CHROMIUM = 'chromium is not installed: apt-get install -y chromium (see .ci/run)';
if (!chromium) console.warn(`tests/report: skipping the browser checks, ${NO_CHROMIUM}`);

/** Runs the CLI on `input` into a fresh folder and writes the report there. */
async function reportOf(args: string[], input = join(ROOT, 'input')): Promise<{ dir: string; html: string }> {
  const dir = join(tempDir(), 'out');
  const run = runCli(['--input', input, '--output', dir, '--concurrency', '1', '--quiet', ...args]);
  expect(run.status, run.stderr).toBe(0);
  await writeReport(dir, runInfo(dir));
  return { dir, html: readFileSync(join(dir, 'report.html'), 'utf8') };
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const section = (html: string, id: string) => {
  const a = html.indexOf(`<section id="${id}"`);
  expect(a, `section #${id}`).toBeGreaterThanOrEqual(0);
  return html.slice(a, html.indexOf('</section>', a));
};
/** The lengths of the bars in an SVG chart: widths for horizontal bars, heights for a chart over time. */
const barLengths = (svg: string) => {
  const dim = svg.includes('class="chart time"') ? 'height' : 'width';
  return [...svg.matchAll(new RegExp(`<rect class="bar"[^>]*? ${dim}="([\\d.]+)"`, 'g'))].map((m) => Number(m[1]));
};
const titles = (svg: string) => [...svg.matchAll(/<title>([^<]*)<\/title>/g)].map((m) => unescape(m[1]));
const pq = (dir: string, t: string) => `'${join(dir, `${t}.parquet`)}'`;

describe('the report of a run over input/', () => {
  let dir: string;
  let html: string;
  beforeAll(async () => {
    ({ dir, html } = await reportOf([]));
  });

  it('is one self-contained page: no script, no outside link, a policy that forbids both', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|<iframe|<img|@import|url\(/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
  });

  it('summarises the run from the manifest', () => {
    const s = section(html, 'summary');
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(s).toContain(`<td>articles</td><td>${manifest.counts.articles}</td>`);
    expect(s).toContain(`<td>mentions</td><td class="n">${manifest.rows.mentions}</td>`);
    expect(s).toContain('Arrow IPC files');
  });

  it('draws the top entities of each type, biggest first, as DuckDB counts them', async () => {
    const s = section(html, 'entities');
    for (const type of ['PERSON', 'ORG', 'LOC']) {
      const [top] = await sql<{ name: string; n: number }>(
        `select canonical_name as name, mention_count as n from ${pq(dir, 'entities')} where type = '${type}' order by n desc, name limit 1`,
      );
      expect(s, type).toContain(`${top.name} (${type}): ${top.n} mention(s)`);
    }
    const widths = barLengths(s);
    expect(widths.length).toBeGreaterThanOrEqual(30);
    expect(widths.every((w) => w > 0)).toBe(true);
    // 13 times "Iran", twice "Islamic Republic"; one "Iran" is nested in the role "Iran’s president".
    expect(s).toContain('Iran (LOC): 14 mention(s) in 1 article(s)');
  });

  it('counts quotes per speaker: the resolved entity, else the speaker as written', async () => {
    const counts = await sql<{ name: string; n: number }>(
      `select coalesce(e.canonical_name, trim(q.speaker_text)) as name, count(*)::INT as n
       from ${pq(dir, 'quotes')} q left join ${pq(dir, 'entities')} e on e.entity_id = q.speaker_entity_id
       where q.speaker_entity_id is not null or lower(trim(q.speaker_text)) not in ('he', 'she', 'they', 'it', 'we', 'i', 'you')
       group by 1 order by n desc`,
    );
    const byName = new Map(counts.map((c) => [c.name, c.n]));
    const s = section(html, 'speakers');
    const shown = titles(s).map((t) => t.match(/^(.*): (\d+) quote\(s\)/)!);
    expect(shown.length).toBe(10);
    expect(Number(shown[0][2])).toBe(counts[0].n);
    for (const [, name, n] of shown) expect(byName.get(name), name).toBe(Number(n));
    expect(barLengths(s).every((w) => w > 0)).toBe(true);
  });

  it('counts mentions per week of publication, as DuckDB does', async () => {
    await sql(`SET TimeZone = 'UTC'`);
    const weeks = await sql<{ week: string; n: number }>(
      `select strftime(date_trunc('week', a.published_at), '%Y-%m-%d') as week, count(*)::INT as n
       from ${pq(dir, 'articles')} a join ${pq(dir, 'mentions')} m using (article_id)
       where a.published_at is not null and m.nested_in is null group by 1 order by 1`,
    );
    expect(weeks.length).toBeGreaterThanOrEqual(5); // dated articles in md, html, json and jsonl
    const s = section(html, 'timeline');
    const shown = new Map(titles(s).map((t) => {
      const m = t.match(/^week of (\S+): (\d+) mention/)!;
      return [m[1], Number(m[2])];
    }));
    for (const w of weeks) expect(shown.get(w.week), w.week).toBe(w.n);
    expect([...shown.values()].reduce((a, b) => a + b, 0)).toBe(weeks.reduce((a, w) => a + w.n, 0));
    expect(barLengths(s).filter((w) => w > 0).length).toBeGreaterThan(0);
    expect(s).toMatch(/2 article\(s\) without a date \(\d+ mention\(s\)\) are not shown/);
  });

  it('counts the articles where two top entities both appear, as DuckDB does', async () => {
    const pairs = await sql<{ x: string; y: string; n: number }>(
      `with m as (select distinct article_id, e.canonical_name || ' (' || e.type || ')' as label
                  from ${pq(dir, 'mentions')} join ${pq(dir, 'entities')} e using (entity_id) where nested_in is null)
       select a.label as x, b.label as y, count(*)::INT as n from m a join m b using (article_id) group by 1, 2`,
    );
    const truth = new Map(pairs.map((p) => [`${p.x}|${p.y}`, p.n]));
    const s = section(html, 'cooccurrence');
    const cells = titles(s);
    expect(cells.length).toBe(15 * 15);
    let nonZero = 0;
    for (const t of cells) {
      const pair = t.match(/^(.*) and (.*): together in (\d+) article/);
      const alone = t.match(/^(.*): in (\d+) article/);
      if (pair) {
        expect(truth.get(`${pair[1]}|${pair[2]}`) ?? 0, t).toBe(Number(pair[3]));
        if (Number(pair[3]) > 0) nonZero++;
      } else {
        expect(truth.get(`${alone![1]}|${alone![1]}`), t).toBe(Number(alone![2]));
      }
    }
    expect(nonZero).toBeGreaterThan(0);
  });

  it('lists the problems by code and the rows of the errors table', () => {
    const s = section(html, 'errors');
    for (const code of ['E_EMPTY', 'E_JSON_PARSE', 'W_SKIPPED']) expect(s).toContain(`<code>${code}</code>`);
    expect(s).toContain('All 3 rows of the errors table');
    expect(s).toContain('misc/photo-credits.csv');
  });

  it('draws the same charts from Parquet when the run wrote no Arrow', async () => {
    const parquet = await reportOf(['--formats', 'parquet']);
    expect(parquet.html).toContain('Parquet files');
    for (const id of ['entities', 'speakers', 'timeline', 'cooccurrence', 'errors']) {
      expect(section(parquet.html, id), id).toBe(section(html, id));
    }
  });

  it('says the charts need Arrow or Parquet when the run wrote only CSV, and still summarises', async () => {
    const csv = await reportOf(['--formats', 'csv']);
    expect(section(csv.html, 'charts')).toContain('this run wrote neither (only CSV)');
    expect(csv.html).not.toContain('<section id="entities"');
    expect(section(csv.html, 'errors')).toContain('<code>E_JSON_PARSE</code>');
  });

  it('says "no dates" when no article has a publication date', async () => {
    const input = join(tempDir(), 'in');
    mkdirSync(input);
    copyFileSync(join(ROOT, 'input/iran-negotiations.txt'), join(input, 'iran.txt'));
    const undated = await reportOf([], input);
    expect(section(undated.html, 'timeline')).toContain('No dates: none of the 1 article(s) has a publication date');
    expect(section(undated.html, 'errors')).toContain('No problems');
  });
});

// Untrusted text in every place the report shows one: names, speakers, paths, messages, codes.
const HOSTILE = [
  '<script>document.title="pwned-1"</script>',
  '"><img src=x onerror="document.title=\'pwned-2\'">',
  '</style><script>document.title="pwned-3"</script>',
  "'><svg onload=\"document.title='pwned-4'\"></svg>",
  '</title></svg><iframe src="https://example.com/"></iframe>',
  '&lt;already-escaped&gt; \u0000\u0007 control',
];

describe('the report of hostile text', () => {
  let dir: string;
  let html: string;
  beforeAll(async () => {
    dir = tempDir();
    const articles = HOSTILE.map((h, i) => ({
      article_id: `a${i}`, source_path: `${h}.txt`, format: 'txt', title: h, text: h, char_count: h.length, word_count: 1,
      paragraph_count: 1, sentence_count: 1, content_sha256: 'x', published_at: `2025-0${i + 1}-15T10:00:00.000Z`,
    }));
    const entities = HOSTILE.map((h, i) => ({
      entity_id: `e${i}`, type: ['PERSON', 'ORG', 'LOC'][i % 3], canonical_name: h, aliases: [h], mention_count: 10 - i, article_count: 2,
    }));
    // Every entity in every article, so the co-occurrence matrix has all the hostile labels.
    const mentions = articles.flatMap((a) => entities.map((e, k) => ({
      article_id: a.article_id, mention_index: k, sentence_index: 0, start: 0, end: 1, text: e.canonical_name, type: e.type,
      canonical_name: e.canonical_name, entity_id: e.entity_id,
    })));
    const quotes = HOSTILE.map((h, i) => ({
      article_id: `a${i}`, quote_index: 0, kind: 'direct', text: h, start: 0, end: 1, speaker_text: h, sentence_index: 0, confidence: 0.5,
      speaker_entity_id: i % 2 ? `e${i}` : null,
    }));
    const errors = HOSTILE.map((h) => ({ source_path: h, stage: 'load', code: h, severity: 'error', message: h }));
    const info = await writeTables(dir, { articles, entities, mentions, quotes, errors });
    await writeReport(dir, info);
    html = readFileSync(join(dir, 'report.html'), 'utf8');
  });

  it('escapes every piece of article text: no tag or attribute of it survives', () => {
    expect(html).not.toMatch(/<script|<img|<iframe|<svg onload/i);
    expect(html).not.toMatch(/<[^>]*\son\w+=/i); // no event-handler attribute in any tag
    expect(html).toContain('&lt;script&gt;document.title=&quot;pwned-1&quot;&lt;/script&gt;');
    expect(html).toContain('&amp;lt;already-escaped&amp;gt;');
    expect(html).not.toMatch(/[\u0000\u0007]/);
  });

  it('still shows the hostile names as text in every chart', () => {
    for (const id of ['entities', 'speakers', 'cooccurrence', 'errors']) {
      expect(titles(section(html, id)).join('\n') + section(html, id), id).toContain('pwned-1');
    }
    expect(barLengths(section(html, 'timeline')).filter((w) => w > 0).length).toBe(HOSTILE.length);
  });

  it.skipIf(!chromium)('runs nothing in the browser: no script element, no image, title unchanged, nothing logged', () => {
    const r = dumpDom(join(dir, 'report.html'));
    expect(r.status).toBe(0);
    expect(r.console).toEqual([]);
    expect(r.stdout).toContain('<title>newsframe run report</title>');
    expect(r.stdout).not.toMatch(/<script|<img|<iframe|pwned-\d<\/title>/i);
    expect(r.stdout).not.toMatch(/<[^>]*\son\w+=/i);
  });
});

describe.skipIf(!chromium)('the report in headless Chromium', () => {
  let dir: string;
  beforeAll(async () => {
    ({ dir } = await reportOf([]));
  });

  it('renders with no console message, every chart holding bars with data', () => {
    const r = dumpDom(join(dir, 'report.html'));
    expect(r.status).toBe(0);
    expect(r.console).toEqual([]);
    const dom = r.stdout;
    for (const id of ['entities', 'speakers', 'timeline']) {
      const svgs = section(dom, id).match(/<svg[\s\S]*?<\/svg>/g) ?? [];
      expect(svgs.length, id).toBeGreaterThan(0);
      for (const svg of svgs) expect(barLengths(svg).filter((w) => w > 0).length, id).toBeGreaterThan(0);
    }
    expect(section(dom, 'cooccurrence').match(/<rect class="cell/g)?.length).toBe(225);
  });

  it('paints the bars: a screenshot holds the colours of the PERSON, ORG and LOC charts and the heat map', () => {
    const png = join(dir, 'report.png');
    const r = screenshot(join(dir, 'report.html'), png, 1280, 3200);
    expect(r.status).toBe(0);
    const img = decodePng(readFileSync(png));
    expect([img.width, img.height]).toEqual([1280, 3200]);
    for (const colour of [TYPE_COLORS.PERSON, TYPE_COLORS.ORG, TYPE_COLORS.LOC, '#084594']) {
      expect(countColour(img, colour), colour).toBeGreaterThan(2000);
    }
  });
});

if (!chromium) {
  describe('the report in headless Chromium', () => {
    it.skip(`is not checked: ${NO_CHROMIUM}`, () => {});
  });
}
