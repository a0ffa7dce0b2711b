import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment, segmentDoc } from '../../../src/stages/segment/index.ts';
import { readBytes } from '../load/helpers.ts';
import { defaultConfig } from '../../../src/config.ts';
import { SEGMENT_FIXTURES, fixtureNames, segmentFixture } from './golden.ts';
import { expectValidLayers, segmentText, textsOf } from './helpers.ts';

const MB = 1024 * 1024;

describe('segment on the user’s sample article', () => {
  const doc = segmentFixture('iran-negotiations');

  it('finds its four section headings, in order', () => {
    expect(doc.sections.map((s) => s.text)).toEqual([
      'Background: A Decades-Long Standoff',
      'Regional Security and the ‘Axis of Resistance’',
      'The Broader Implications',
      'Conclusion',
    ]);
  });

  it('makes one paragraph of each of its lines and finds no title', () => {
    const lines = readFileSync(join(SEGMENT_FIXTURES, 'iran-negotiations.txt'), 'utf8').split('\n').filter((l) => l.trim());
    expect(textsOf(doc, doc.paragraphs)).toEqual(lines.map((l) => l.trim()));
    expect(doc.paragraphs[0].isHeading).toBe(false);
  });

  it('puts the paragraphs before the first heading in no section', () => {
    expect(doc.paragraphs.slice(0, 3).map((p) => p.section)).toEqual([null, null, null]);
    expect(doc.paragraphs.at(-1)?.section).toBe('Conclusion');
  });

  it('gives every paragraph, sentence and token a non-empty, trimmed span', () => {
    for (const layer of [doc.paragraphs, doc.sentences, doc.tokens]) {
      for (const text of textsOf(doc, layer)) {
        expect(text.length).toBeGreaterThan(0);
        expect(text.trim()).toBe(text);
      }
    }
  });

  it('keeps the quoted sentence whole, with its closing quote and attribution', () => {
    expect(textsOf(doc, doc.sentences)).toContain(
      '‘Negotiations are ongoing as usual, but state matters are not weighed in these discussions,’ the Iranian leader emphasized.',
    );
  });

  it('gives the entity tagger "Iran" alone, without its possessive', () => {
    const tokens = textsOf(doc, doc.tokens);
    expect(tokens.filter((t) => t === 'Iran').length).toBeGreaterThan(5);
    expect(tokens).not.toContain('Iran’s');
  });
});

describe('segment on a BBC-style article', () => {
  const doc = segmentFixture('bbc-style');

  it('takes the first line as the title and opens no section with it', () => {
    expect(doc.paragraphs[0].isHeading).toBe(true);
    expect(doc.text.slice(doc.paragraphs[0].start, doc.paragraphs[0].end)).toBe('Brewer\'s profits rise despite wet summer');
    expect(doc.sections).toEqual([]);
  });

  it('makes one paragraph per blank-line-separated block', () => {
    expect(doc.paragraphs).toHaveLength(6);
  });

  it('splits after "the U.S." before "The", and not before "market"', () => {
    const sentences = textsOf(doc, doc.sentences);
    expect(sentences).toContain('Sales in the U.S.');
    expect(sentences).toContain('Sales in the U.S. market have been weak since 2003.');
  });
});

describe('segment on hostile input', () => {
  it('splits a 5 MB single line into its sentences', () => {
    const sentence = 'Mr. Smith went to the U.S. on Jan. 5 and paid $3.5m for 1,000 shares. ';
    const repeats = Math.ceil((5 * MB) / sentence.length);
    const doc = segmentText(sentence.repeat(repeats));
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.sentences).toHaveLength(repeats);
    expect(doc.tokens).toHaveLength(repeats * 17);
    expectValidLayers(doc);
  }, 60_000);

  it('keeps 1 MB without a full stop as one sentence', () => {
    const phrase = 'word and another word, ';
    const repeats = Math.ceil(MB / phrase.length);
    const doc = segmentText(phrase.repeat(repeats));
    expect(doc.sentences).toHaveLength(1);
    expect(doc.tokens).toHaveLength(repeats * 5);
    expectValidLayers(doc);
  }, 60_000);

  it('survives 1 MB of random bytes decoded as text', () => {
    let seed = 42;
    const bytes = new Uint8Array(MB).map(() => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
    const doc = segmentText(new TextDecoder().decode(bytes));
    expect(doc.paragraphs.length).toBeGreaterThan(0);
    expectValidLayers(doc);
  }, 60_000);

  it('survives a 2 MB word, 1 MB of dots and 300,000 one-letter lines', () => {
    for (const text of ['a'.repeat(2 * MB), '.'.repeat(MB), 'a\n'.repeat(300_000)]) {
      const doc = segmentText(text);
      expectValidLayers(doc);
    }
    expect(segmentText('a\n'.repeat(300_000)).paragraphs).toHaveLength(300_000);
  }, 60_000);

  it('survives lone surrogates, control characters and stray marks', () => {
    const doc = segmentText('\uD800abc. \uDC00Def\u0000. \u0301x... ”. A.\u2028B. \uFEFF');
    expectValidLayers(doc);
  });
});

describe('segment invariants', () => {
  it.each(fixtureNames())('holds for every layer of fixture %s', (name) => {
    expectValidLayers(segmentFixture(name));
  });

  it('holds for the BBC corpus, when it is available', () => {
    const corpus = '/work/shared/data/corpus/bbc/business';
    let texts: string[] = [];
    try {
      texts = Array.from({ length: 40 }, (_, i) => readFileSync(join(corpus, `${String(i + 1).padStart(3, '0')}.txt`), 'utf8'));
    } catch {
      return; // The shared corpus is not part of the repository.
    }
    for (const text of texts) expectValidLayers(segmentText(text));
  });
});

describe('segment stage', () => {
  it('declares what it needs and assigns, and returns the enriched document', () => {
    expect(segment.name).toBe('segment');
    expect(segment.requires).toEqual(['text']);
    expect(segment.assigns).toEqual(['paragraphs', 'sentences', 'tokens']);
    const doc = segment.run(segmentText(''), defaultConfig());
    expect(doc.sentences).toEqual([]);
  });

  it('replaces the layers of a document segmented before', () => {
    const doc = segmentText('One. Two.');
    const again = segment.run(doc, defaultConfig());
    expect(again.sentences).toHaveLength(2);
    expect(again.tokens).toHaveLength(4);
  });
});

describe('a title under furniture lines', () => {
  it('is the title, not a heading that opens a section, when "Skip to content" stands above it', () => {
    const text = 'Skip to content\n\nCourt blocks Texas buoys\n\nBy Sam Lee\n\nAUSTIN — A federal court ordered Texas to remove the buoys.\n\nAdvocates welcomed it.\n';
    const doc = segmentDoc(readBytes('a.txt', text).docs[0]);
    expect(doc.meta.title).toBe('Court blocks Texas buoys');
    expect(doc.sections).toEqual([]);
    expect(doc.paragraphs.every((p) => p.section === null)).toBe(true);
  });
});
