import { describe, expect, it } from 'vitest';
import { emptyMeta, newDoc, type ArticleDoc, type EntityType, type Mention } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { addRepeatedNames } from '../../../src/stages/entities/repeated-names.ts';

/** A segmented document whose mentions are the given (text, type) pairs, found in order. */
function docWith(text: string, spans: Array<[string, EntityType]>): ArticleDoc {
  const doc = segmentDoc(newDoc({ id: 'd', sourcePath: 'd.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  let from = 0;
  for (const [s, type] of spans) {
    const start = text.indexOf(s, from);
    from = start + s.length;
    const m: Mention = { start, end: from, text: s, type, sentenceIndex: 0, title: null, canonicalName: null, entityId: null, source: 'tagger' };
    doc.mentions.push(m);
  }
  return doc;
}

const repeated = (text: string, spans: Array<[string, EntityType]>) =>
  addRepeatedNames(docWith(text, spans), docWith(text, spans).mentions, Array(10).fill('normal')).filter((m) => m.source === 'repeated').map((m) => `${m.type} ${m.text}@${m.start}`);

describe('addRepeatedNames', () => {
  it('gives a name found once its type where the article writes it again', () => {
    expect(repeated('Scientology denies it. Critics of Scientology at the newsgroup disagree.', [['Scientology', 'ORG']]))
      .toEqual(['ORG Scientology@34']);
    expect(repeated('The Sea Org said so. Later the Sea Org split.', [['Sea Org', 'ORG']])).toEqual(['ORG Sea Org@31']);
  });

  it('leaves a part of a longer capitalised name, a word the article writes in lower case, and acronyms of things', () => {
    expect(repeated('Black spoke. Black Friday came.', [['Black', 'PERSON']])).toEqual([]);
    expect(repeated('Apple rose. An apple a day. Apple fell.', [['Apple', 'ORG']])).toEqual([]);
    expect(repeated('He watched TV. TV is old.', [['TV', 'ORG']])).toEqual([]);
  });

  it('takes the initials of an organisation named in full of three or more words for that organisation', () => {
    expect(repeated('The Congressional Budget Office said so. A shutdown would cost more, the CBO estimated.', [['Congressional Budget Office', 'ORG']]))
      .toEqual(['ORG CBO@73']);
    expect(repeated('The Department of Homeland Security acted. DHS officials agreed.', [['Department of Homeland Security', 'ORG']]))
      .toEqual(['ORG DHS@43']);
    // Not a person's or place's initials, nor those of a two-word name.
    expect(repeated('John Fitzgerald Kennedy spoke. JFK left.', [['John Fitzgerald Kennedy', 'PERSON']])).toEqual([]);
    expect(repeated('Budget Office staff left. BO stayed.', [['Budget Office', 'ORG']])).toEqual([]);
  });
});

describe('repeated names: hyphenated surnames (probe ME)', () => {
  it('finds a hyphenated surname of a person named in full on its own, with its particle capitalised too', () => {
    expect(repeated('Minister Itamar Ben-Gvir threatened to quit. Ben-Gvir went further.', [['Itamar Ben-Gvir', 'PERSON']]))
      .toEqual(['PERSON Ben-Gvir@45']);
    expect(repeated('President Ahmed al-Sharaa arrived. Al-Sharaa met officials.', [['Ahmed al-Sharaa', 'PERSON']]))
      .toEqual(['PERSON Al-Sharaa@35']);
    // (Not the last word of a name with no hyphen: the tagger reads those.)
    expect(repeated('Minister Itamar Katz spoke. Katz left.', [['Itamar Katz', 'PERSON']])).toEqual([]);
  });
});
