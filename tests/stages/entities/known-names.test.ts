import { describe, expect, it } from 'vitest';
import { emptyMeta, newDoc, type ArticleDoc, type EntityType, type Mention } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { joinKnownNames } from '../../../src/stages/entities/known-names.ts';
import { entitiesOf, expectValidMentions, mentionsOf } from './helpers.ts';

/** A segmented document and the given (text, type) mentions, found in order (as the tagger would give them). */
function docWith(text: string, spans: Array<[string, EntityType]>): { doc: ArticleDoc; mentions: Mention[] } {
  const doc = segmentDoc(newDoc({ id: 'd', sourcePath: 'd.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  let from = 0;
  const mentions = spans.map(([s, type]): Mention => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    const sentenceIndex = doc.sentences.findIndex((x) => x.start <= start && start < x.end);
    return { start, end: from, text: s, type, sentenceIndex, title: null, canonicalName: null, entityId: null, source: 'tagger' };
  });
  return { doc, mentions };
}

const joined = (text: string, spans: Array<[string, EntityType]>) => {
  const { doc, mentions } = docWith(text, spans);
  return joinKnownNames(doc, mentions).map((m) => `${m.type} ${m.text}`);
};

describe('joinKnownNames', () => {
  it('makes a known name whole where the tagger ended it at a place or word inside it', () => {
    expect(joined('Observers from the Organization for Security and Co-operation in Europe reported few problems.', [
      ['Organization for Security and Co-operation', 'ORG'], ['Europe', 'LOC'],
    ])).toEqual(['ORG Organization for Security and Co-operation in Europe']);
    // Full stops in initials, another mention after it kept.
    expect(joined('The U.N. Interim Force in Lebanon said Israel fired.', [['U.N. Interim Force', 'ORG'], ['Lebanon', 'LOC'], ['Israel', 'LOC']]))
      .toEqual(['ORG U.N. Interim Force in Lebanon', 'LOC Israel']);
    // An alias of normalise's list, and the names of US bodies after "US".
    expect(joined('Officials of the Organisation for Economic Co-operation and Development met.', [['Organisation for Economic Co-operation', 'ORG'], ['Development', 'ORG']]))
      .toEqual(['ORG Organisation for Economic Co-operation and Development']);
    expect(joined('The US Federal Reserve raised rates.', [['US', 'LOC'], ['Federal Reserve', 'ORG']])).toEqual(['ORG US Federal Reserve']);
    // Headlines in capitals.
    expect(joined('UN INTERIM FORCE IN LEBANON WITHDRAWS', [['UN INTERIM FORCE', 'ORG'], ['LEBANON', 'LOC']])).toEqual(['ORG UN INTERIM FORCE IN LEBANON']);
  });

  it('leaves names that only look like the start of a known one', () => {
    // Case matters ("Islamic State" is curated), a possessive is no plural ("Lib Dems" is), punctuation ends a name.
    expect(joined('An Islamic state was declared.', [['Islamic', 'NORP']])).toEqual(['NORP Islamic']);
    // A description among the aliases is no name ("UN refugee agency").
    expect(joined('The U.N. refugee agency said so.', [['U.N.', 'ORG']])).toEqual(['ORG U.N.']);
    expect(joined("The Lib Dem's leader spoke.", [['Lib Dem', 'ORG']])).toEqual(['ORG Lib Dem']);
    expect(joined('He met the New York Stock Exchange. Then he left.', [['New York Stock Exchange', 'ORG']])).toEqual(['ORG New York Stock Exchange']);
    // Not across sentences, not when a name runs past the known name's end, not over a value.
    expect(joined('He praised the UN Interim Force. In Lebanon, fighting resumed.', [['UN Interim Force', 'ORG'], ['Lebanon', 'LOC']]))
      .toEqual(['ORG UN Interim Force', 'LOC Lebanon']);
    expect(joined('The UN Interim Force in Lebanon Valley held.', [['UN Interim Force', 'ORG'], ['Lebanon Valley', 'LOC']]))
      .toEqual(['ORG UN Interim Force', 'LOC Lebanon Valley']);
    // A person's name with a title is never an organisation's start.
    const { doc, mentions } = docWith('President European Union chief spoke.', [['European', 'PERSON']]);
    mentions[0].title = 'President';
    expect(joinKnownNames(doc, mentions)).toBe(mentions);
  });

  it('runs in the entities stage, before repeated names and nested places', () => {
    const text = 'Monitors from the Organization for Security and Co-operation in Europe said the vote was fair.\n\n' +
      'Observers from the UN Interim Force in Lebanon reported no incidents.';
    expect(mentionsOf(text)).toEqual(['ORG Organization for Security and Co-operation in Europe', 'ORG UN Interim Force in Lebanon']);
    const doc = entitiesOf(text);
    expectValidMentions(doc);
    expect(doc.nestedMentions.map((m) => `${m.type} ${m.text}`)).toEqual(expect.arrayContaining(['LOC Europe', 'LOC Lebanon']));
  });
});
