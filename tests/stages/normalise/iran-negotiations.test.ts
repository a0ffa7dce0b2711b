/** The sample article through the real stages: one entity per person, organisation and treaty, and its dates. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../../src/config.ts';
import { buildStages, processDoc } from '../../../src/pipeline.ts';
import { emptyRows } from '../../../src/export/rows.ts';
import { EntityIndex } from '../../../src/export/entity-index.ts';
import { emptyMeta, newDoc } from '../../../src/model/doc.ts';

const text = readFileSync(resolve(import.meta.dirname, '../../../input/iran-negotiations.txt'), 'utf8');
const config = defaultConfig();
const out = emptyRows();
processDoc(
  newDoc({ id: 'iran', sourcePath: 'iran-negotiations.txt', recordIndex: null, format: 'txt', meta: { ...emptyMeta(), publishedAt: '2025-05-14T08:00:00.000Z' }, text }),
  buildStages(config), config, out,
);
const index = new EntityIndex();
index.add(out.mentions);
const entities = index.rows();
const entity = (name: string) => entities.find((e) => e.canonical_name === name);

describe('normalise on input/iran-negotiations.txt', () => {
  it('makes one entity of Ali Khamenei, with his titled and short names as aliases', () => {
    const khamenei = entities.filter((e) => e.type === 'PERSON' && e.aliases.some((a) => a.includes('Khamenei')));
    expect(khamenei).toHaveLength(1);
    expect(khamenei[0].canonical_name).toBe('Ali Khamenei');
    expect(khamenei[0].aliases).toEqual(expect.arrayContaining(['Supreme Leader Ali Khamenei', 'Ayatollah Khamenei', 'Khamenei']));
  });

  it('keeps Khomeini a different entity from Khamenei', () => {
    const khomeini = entities.find((e) => e.aliases.includes('Khomeini'));
    expect(khomeini).toBeDefined();
    expect(khomeini!.entity_id).not.toBe(entity('Ali Khamenei')!.entity_id);
  });

  it('makes one entity each of the IAEA and the JCPOA, with their acronyms', () => {
    expect(entity('International Atomic Energy Agency')?.aliases).toEqual(expect.arrayContaining(['IAEA', 'International Atomic Energy Agency']));
    expect(entity('Joint Comprehensive Plan of Action')?.aliases).toEqual(expect.arrayContaining(['JCPOA', 'Joint Comprehensive Plan of Action']));
    expect(entities.filter((e) => e.aliases.includes('IAEA') || e.aliases.includes('JCPOA'))).toHaveLength(2);
  });

  it('keeps the person Israel Katz apart from the country Israel, which has its ISO code', () => {
    expect(entity('Israel Katz')?.type).toBe('PERSON');
    expect(entity('Israel')).toMatchObject({ type: 'LOC', code: 'IL', country_code: 'IL' });
  });

  it('gives Iran, Tehran and Iranian their codes', () => {
    expect(entity('Iran')).toMatchObject({ code: 'IR', country_code: 'IR' });
    expect(entity('Iran')?.aliases).toContain('Islamic Republic');
    expect(entity('Tehran')).toMatchObject({ type: 'LOC', code: '112931', country_code: 'IR' });
    expect(entity('Iranian')).toMatchObject({ type: 'NORP', code: null, country_code: 'IR' });
  });

  it('writes the dates in ISO 8601, relative ones against the publication date', () => {
    const date = (t: string) => out.mentions.find((m) => m.type === 'DATE' && m.text === t)?.normalized;
    expect(date('October 7th, 2023')).toBe('2023-10-07');
    expect(date('1979')).toBe('1979');
    expect(date('2015')).toBe('2015');
    expect(date('this week')).toBe('2025-W20');
  });
});
