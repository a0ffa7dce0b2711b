/** Relative dates count from the day the source printed, when its home zone puts its time on another UTC day. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.ts';
import { buildStages, processDoc } from '../../../src/pipeline.ts';
import { emptyRows } from '../../../src/export/rows.ts';
import { fromText, readArticleFile } from '../../../src/stages/load/index.ts';

describe('a header time in an outlet\'s home zone', () => {
  it('keeps the printed day for "yesterday" and weekdays ("KYODO NEWS - Nov 21, 2026 - 07:30" is 2026-11-20T22:30Z)', () => {
    const text = 'Japan approves stimulus\nKYODO NEWS - Nov 21, 2026 - 07:30\n\nTOKYO - The Cabinet approved the package yesterday, officials said on Saturday.\n';
    const config = defaultConfig();
    const [doc] = fromText('kyodo.txt', text, config).docs;
    expect(doc.meta.publishedAt).toBe('2026-11-20T22:30:00.000Z');
    const out = emptyRows();
    processDoc(doc, buildStages(config), config, out);
    const dates = out.mentions.filter((m) => m.type === 'DATE').map((m) => [m.text, m.normalized]);
    expect(dates).toEqual([['yesterday', '2026-11-20'], ['Saturday', '2026-11-21']]);
  });
});

describe('a time printed with its zone or offset on another UTC day', () => {
  const datesOf = (relPath: string, format: 'txt' | 'html', text: string): string[][] => {
    const config = defaultConfig();
    const [doc] = readArticleFile({ relPath, format }, new TextEncoder().encode(text), config).docs;
    const out = emptyRows();
    processDoc(doc, buildStages(config), config, out);
    return out.mentions.filter((m) => m.type === 'DATE').map((m) => [m.text, m.normalized ?? '']);
  };

  it('counts from the day printed in a header ("Published 7:45 PM EST, November 2, 2026" is 2026-11-03T00:45Z)', () => {
    const text = 'Storm toll rises\nBy Jane Doe\nPublished 7:45 PM EST, November 2, 2026\n\n' +
      'KINGSTON, Jamaica (AP) — The toll rose on Sunday, days after the storm slammed ashore on Tuesday.\n';
    expect(datesOf('ap.txt', 'txt', text)).toEqual([['Sunday', '2026-11-01'], ['Tuesday', '2026-10-27']]);
  });

  it('counts from the day printed in an HTML meta time with an offset', () => {
    const html = '<html><head><title>Storm toll rises</title><meta property="article:published_time" content="2026-11-02T19:45:00-05:00"></head>' +
      '<body><article><h1>Storm toll rises</h1><p>The toll rose on Sunday, days after the storm slammed ashore on Tuesday, officials said.</p></article></body></html>';
    expect(datesOf('ap.html', 'html', html)).toEqual([['Sunday', '2026-11-01'], ['Tuesday', '2026-10-27']]);
  });

  it('keeps a deadline with its clock time ahead in a past clause ("extended a warning through 6 p.m. Saturday")', () => {
    const text = 'Fire grows\nBy Jane Doe\nNov. 6, 2026 4:20 PM PT\n\nThe weather service extended a red flag warning through 6 p.m. Saturday, officials said.\n';
    expect(datesOf('lat.txt', 'txt', text)).toEqual([['Saturday', '2026-11-07']]);
  });
});
