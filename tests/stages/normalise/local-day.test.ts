/** Relative dates count from the day the source printed, when its home zone puts its time on another UTC day. */
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.ts';
import { buildStages, processDoc } from '../../../src/pipeline.ts';
import { emptyRows } from '../../../src/export/rows.ts';
import { fromText } from '../../../src/stages/load/index.ts';

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
