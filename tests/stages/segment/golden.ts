/**
 * Golden fixtures for segmentation: each tests/fixtures/segment/NAME.txt has a NAME.json holding what the
 * segmenter made of it, as text a reviewer can read in a diff. Shared by the golden test and by
 * scripts/regen-segment-fixtures.ts, which rewrites the JSON after an intended change.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { emptyMeta, newDoc, type ArticleDoc } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';

export const SEGMENT_FIXTURES = resolve(import.meta.dirname, '../../fixtures/segment');

/** What a golden file records: sections, then each paragraph with its sentences and their tokens. */
export interface GoldenView {
  sections: string[];
  paragraphs: {
    heading: boolean;
    section: string | null;
    sentences: string[];
    /** One string per sentence: its tokens joined by single spaces (tokens never contain whitespace). */
    tokens: string[];
  }[];
}

/** Names (without extension) of the fixture inputs. */
export function fixtureNames(): string[] {
  return readdirSync(SEGMENT_FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

/** Segments a fixture input the way the pipeline would see a .txt file without metadata. */
export function segmentFixture(name: string): ArticleDoc {
  const text = readFileSync(join(SEGMENT_FIXTURES, `${name}.txt`), 'utf8');
  return segmentDoc(newDoc({ id: name, sourcePath: `${name}.txt`, recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
}

/** The reviewable view of a segmented document. */
export function goldenView(doc: ArticleDoc): GoldenView {
  const slice = (s: { start: number; end: number }): string => doc.text.slice(s.start, s.end);
  const paragraphs: GoldenView['paragraphs'] = doc.paragraphs.map((p) => ({
    heading: p.isHeading,
    section: p.section,
    sentences: [],
    tokens: [],
  }));
  const tokensBySentence: string[][] = doc.sentences.map(() => []);
  for (const t of doc.tokens) tokensBySentence[t.sentenceIndex].push(slice(t));
  doc.sentences.forEach((s, i) => {
    paragraphs[s.paragraphIndex].sentences.push(slice(s));
    paragraphs[s.paragraphIndex].tokens.push(tokensBySentence[i].join(' '));
  });
  return { sections: doc.sections.map((s) => s.text), paragraphs };
}

/** The JSON text stored for a view (stable formatting, trailing newline). */
export function goldenJson(view: GoldenView): string {
  return `${JSON.stringify(view, null, 2)}\n`;
}
