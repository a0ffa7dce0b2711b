import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectTitle } from '../../../src/stages/load/from-text.ts';
import { articleId } from '../../../src/stages/load/ids.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { FIXTURES, ROOT, fixtureBytes, readBytes, readFixture } from './helpers.ts';

describe('fromText', () => {
  it('keeps a UTF-8 LF file’s content exactly as doc.text, title line included', () => {
    const r = readFixture('bbc-like.txt');
    expect(r.problems).toEqual([]);
    expect(r.docs).toHaveLength(1);
    expect(r.docs[0].text).toBe(readFileSync(join(FIXTURES, 'bbc-like.txt'), 'utf8'));
  });

  it('takes a short first line followed by a blank line as the title, as in BBC articles', () => {
    expect(readFixture('bbc-like.txt').docs[0].meta.title).toBe('Brewer agrees £2.1bn takeover of rival');
  });

  it('finds no title in the user’s sample, whose first line is a long paragraph', () => {
    const bytes = readFileSync(join(ROOT, 'input/iran-negotiations.txt'));
    const doc = readBytes('iran-negotiations.txt', bytes).docs[0];
    expect(doc.meta.title).toBeNull();
    expect(doc.text).toBe(bytes.toString('utf8'));
  });

  it('finds no title when the first line is not followed by a blank line', () => {
    expect(readFixture('no-title.txt').docs[0].meta.title).toBeNull();
  });

  it('finds no title when the first line ends like a sentence', () => {
    expect(readFixture('sentence-first-line.txt').docs[0].meta.title).toBeNull();
  });

  it('takes an opinion headline written as sentences in title case for the title when a byline is under it', () => {
    const text = "I Taught High School for 31 Years. Don't Let Chatbots Grade Our Children.\n\nBy Margaret Ellison\nNov. 23, 2026\n\nThe district wants software to grade essays.\n";
    const doc = readBytes('oped.txt', text).docs[0];
    expect(doc.meta).toMatchObject({ title: "I Taught High School for 31 Years. Don't Let Chatbots Grade Our Children.", author: 'Margaret Ellison' });
    expect(segmentDoc(doc).paragraphs[0].isHeading).toBe(true);
    // A lead in sentence case over a byline stays text, and so does a headline-cased line with no byline under it.
    expect(detectTitle('The district wants software to grade essays.\n\nBy Margaret Ellison\n\nMore text.\n')).toBeNull();
    expect(detectTitle("I Taught High School for 31 Years. Don't Let Chatbots Grade Our Children.\n\nThe district wants software.\n")).toBeNull();
  });

  it('reads the title line of every BBC business article in the shared corpus', () => {
    const corpus = '/work/shared/data/corpus/bbc/business';
    let files: string[] = [];
    try {
      files = readdirSync(corpus).filter((f) => /^\d+\.txt$/.test(f));
    } catch {
      return; // the corpus is not part of the repository
    }
    for (const f of files) {
      const text = readFileSync(join(corpus, f), 'utf8');
      expect(detectTitle(text), f).toBe(text.split('\n')[0].trim());
    }
  });

  it('accepts a headline ending with a question mark but not one over 20 words or 150 characters', () => {
    expect(detectTitle('Is this the end of cash?\n\nBody.')).toBe('Is this the end of cash?');
    expect(detectTitle(`${'word '.repeat(21)}\n\nBody.`)).toBeNull();
    expect(detectTitle(`${'x'.repeat(151)}\n\nBody.`)).toBeNull();
    expect(detectTitle('Only a title line\n\n')).toBeNull();
    expect(detectTitle('\n\nLeading blank lines\n\nBody.')).toBe('Leading blank lines');
    expect(detectTitle("'My memories of Marley...'\n\nBody.")).toBe("'My memories of Marley...'");
    expect(detectTitle('"We will not resign."\n\nBody.')).toBeNull();
  });

  it('keeps CRLF files’ text with LF line endings and the same title', () => {
    const crlf = new TextDecoder().decode(fixtureBytes('bbc-like.txt')).replace(/\n/g, '\r\n');
    const doc = readBytes('crlf.txt', crlf).docs[0];
    expect(doc.text).toBe(readFileSync(join(FIXTURES, 'bbc-like.txt'), 'utf8'));
    expect(doc.meta.title).toBe('Brewer agrees £2.1bn takeover of rival');
  });

  it('gives the document its id, path and format and leaves paragraphs to the segment stage', () => {
    const doc = readBytes('sport/final.txt', 'Title\n\nBody text.\n').docs[0];
    expect(doc).toMatchObject({ id: articleId('sport/final.txt', null), sourcePath: 'sport/final.txt', recordIndex: null, format: 'txt', paragraphs: [] });
  });
});
