import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.ts';

/**
 * The names a reader of input/iran-negotiations.txt expects, with the type each must have wherever it
 * appears (every mention with that exact text, not just one).
 */
const text = readFileSync(resolve(import.meta.dirname, '../../../input/iran-negotiations.txt'), 'utf8');
const doc = entitiesOf(text);
const typesOf = (surface: string): string[] => [...new Set(doc.mentions.filter((m) => m.text === surface).map((m) => m.type))];

const TARGETS: Record<string, string[]> = {
  PERSON: ['Israel Katz', 'Benjamin Netanyahu', 'Donald Trump', 'Ali Khamenei', 'Khomeini'],
  ORG: ['Hamas', 'Hezbollah', 'IAEA', 'International Atomic Energy Agency'],
  LOC: ['Iran', 'Tehran', 'Israel', 'Gaza', 'Lebanon', 'Yemen', 'Syria', 'Iraq', 'Middle East'],
  NORP: ['Iranian', 'Israeli', 'Western'],
  LAW: ['Joint Comprehensive Plan of Action', 'JCPOA'],
  DATE: ['October 7th, 2023'],
};

describe('entities stage: the names of the sample article', () => {
  for (const [type, names] of Object.entries(TARGETS)) {
    for (const name of names) {
      it(`finds "${name}" and types it ${type} everywhere`, () => {
        expect(typesOf(name)).toEqual([type]);
      });
    }
  }

  it('never takes "Israel Katz" for a place, nor any part of it', () => {
    const start = text.indexOf('Israel Katz');
    const over = doc.mentions.filter((m) => m.start < start + 'Israel Katz'.length && m.end > start);
    expect(over.map((m) => `${m.type} ${m.text}`)).toEqual(['PERSON Israel Katz']);
  });
});
