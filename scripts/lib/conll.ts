/**
 * CoNLL-format NER files (CoNLL-2003 and the like) as pipeline documents, for the evaluation and
 * training scripts. A file has `token POS chunk NER` lines (only the first and last columns are read);
 * a blank line ends a sentence and `-DOCSTART-` starts a document; tags may be IOB1 or IOB2.
 *
 * Each document's text is rebuilt by joining tokens with single spaces and sentences with "\n", so every
 * CoNLL sentence is its own paragraph (the segment stage treats lines as paragraphs) and document-level
 * consistency works as in real articles.
 */
import { readFileSync } from 'node:fs';
import { emptyMeta, newDoc, type ArticleDoc, type Paragraph } from '../../src/model/doc.ts';

/** A span of CoNLL tokens: start inclusive, end exclusive (document-wide token indices). */
export interface Span {
  start: number;
  end: number;
  type: string;
}

export interface ConllDoc {
  sentences: Array<{ tokens: string[]; tags: string[] }>;
}

/** A CoNLL document rebuilt as text: the pipeline document, its gold spans and the token offsets. */
export interface Built {
  doc: ArticleDoc;
  gold: Span[];
  /** Character offset of a token start / end → token index (start) or index + 1 (end). */
  tokStartAt: Map<number, number>;
  tokEndAt: Map<number, number>;
  tokens: string[];
  /** Character offsets of each token. */
  tokStart: number[];
  tokEnd: number[];
}

/** Reads documents; a file without -DOCSTART- lines is one document. */
export function readConll(path: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let doc: ConllDoc = { sentences: [] };
  let sent = { tokens: [] as string[], tags: [] as string[] };
  const endSentence = (): void => {
    if (sent.tokens.length) doc.sentences.push(sent);
    sent = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (!line.trim()) {
      endSentence();
      continue;
    }
    sent.tokens.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  endSentence();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

/** IOB1 or IOB2 tags to spans: a chunk starts at B-X, or at I-X after a tag that is not of type X. */
export function tagsToSpans(tags: string[], offset: number): Span[] {
  const spans: Span[] = [];
  let cur: Span | null = null;
  tags.forEach((tag, i) => {
    const [bio, type] = tag === 'O' ? ['O', ''] : [tag.slice(0, 1), tag.slice(2)];
    if (cur && (bio !== 'I' || type !== cur.type)) {
      spans.push(cur);
      cur = null;
    }
    if (bio === 'B' || (bio === 'I' && !cur)) cur = { start: offset + i, end: offset + i + 1, type };
    else if (bio === 'I' && cur) cur.end = offset + i + 1;
  });
  if (cur) spans.push(cur);
  return spans;
}

/** Rebuilds one CoNLL document as a pipeline document (not yet segmented). */
export function buildDoc(cd: ConllDoc, n: number): Built {
  let text = '';
  const paragraphs: Paragraph[] = [];
  const gold: Span[] = [];
  const tokStartAt = new Map<number, number>();
  const tokEndAt = new Map<number, number>();
  const tokens: string[] = [];
  const tokStart: number[] = [];
  const tokEnd: number[] = [];
  for (const s of cd.sentences) {
    if (text) text += '\n';
    const pStart = text.length;
    gold.push(...tagsToSpans(s.tags, tokens.length));
    s.tokens.forEach((tok, i) => {
      if (i) text += ' ';
      tokStartAt.set(text.length, tokens.length);
      tokStart.push(text.length);
      text += tok;
      tokEndAt.set(text.length, tokens.length + 1);
      tokEnd.push(text.length);
      tokens.push(tok);
    });
    paragraphs.push({ start: pStart, end: text.length, section: null, isHeading: false });
  }
  const doc = newDoc({ id: `doc${n}`, sourcePath: `doc${n}`, recordIndex: null, format: 'txt', meta: emptyMeta(), text, paragraphs });
  return { doc, gold, tokStartAt, tokEndAt, tokens, tokStart, tokEnd };
}
