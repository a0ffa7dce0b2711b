/**
 * TEMPORARY STUB (being replaced): naive segmentation so other stages can be developed.
 * API contract: `segmentDoc(doc)` fills doc.sections, doc.paragraphs, doc.sentences, doc.tokens.
 */
import type { ArticleDoc } from '../../model/doc.ts';
import type { Stage } from '../stage.ts';

export function segmentDoc(doc: ArticleDoc): ArticleDoc {
  const text = doc.text;
  const paragraphs = doc.paragraphs.length ? doc.paragraphs : [];
  if (!paragraphs.length) {
    const re = /[^\n]+/g;
    for (let m; (m = re.exec(text)); ) {
      const s = m.index + (m[0].length - m[0].trimStart().length);
      const e = m.index + m[0].trimEnd().length;
      if (e > s) paragraphs.push({ start: s, end: e, section: null, isHeading: false });
    }
  }
  doc.paragraphs = paragraphs;
  paragraphs.forEach((p, pi) => {
    const re = /[^.!?]+[.!?]*["'”’]?/g;
    const ptext = text.slice(p.start, p.end);
    for (let m; (m = re.exec(ptext)); ) {
      const lead = m[0].length - m[0].trimStart().length;
      const s = p.start + m.index + lead;
      const e = p.start + m.index + m[0].trimEnd().length;
      if (e > s) doc.sentences.push({ start: s, end: e, paragraphIndex: pi });
    }
  });
  doc.sentences.forEach((s, si) => {
    const re = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|\S/gu;
    const st = text.slice(s.start, s.end);
    for (let m; (m = re.exec(st)); ) {
      const kind = /^\p{N}/u.test(m[0]) ? 'number' : /^[\p{L}\p{N}]/u.test(m[0]) ? 'word' : 'punct';
      doc.tokens.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, kind, sentenceIndex: si });
    }
  });
  return doc;
}

export const segment: Stage = {
  name: 'segment',
  requires: ['text'],
  assigns: ['paragraphs', 'sentences', 'tokens'],
  run: (doc) => segmentDoc(doc),
};
