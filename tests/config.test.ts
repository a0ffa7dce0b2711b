import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, parseConfig } from '../src/config.ts';
import { ROOT } from './helpers/cli.ts';

describe('pipeline config', () => {
  it('accepts the shipped default config and gives it the same values as an empty one', () => {
    const r = parseConfig(JSON.parse(readFileSync(join(ROOT, 'pipelines/default.json'), 'utf8')));
    expect(r.ok).toBe(true);
    if (r.ok) expect({ ...r.config, description: undefined }).toEqual({ ...defaultConfig(), description: undefined });
  });

  it('names an unknown field by its full path', () => {
    const r = parseConfig({ load: { json: { fields: { txt: ['a'] } } } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/"load\.json\.fields\.txt"/);
  });

  it('names a field of the wrong type', () => {
    const r = parseConfig({ load: { maxFileBytes: 'big' } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/load\.maxFileBytes/);
  });

  it('refuses normalise without the entities it works on', () => {
    const r = parseConfig({ stages: { entities: false, normalise: true } });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(/stages\.normalise/);
    expect(parseConfig({ stages: { entities: false, normalise: false } }).ok).toBe(true);
  });
});
