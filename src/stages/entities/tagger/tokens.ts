/**
 * The tagger's view of a segmented document: one word per segment-stage token, with the text folded
 * where news text and the training data write the same thing differently (curly quotes and apostrophes,
 * dashes), and a few splits undone so the words match the training data's: an apostrophe and an "s"
 * written together ("'s") are one word, and so are runs of the same dash or dot ("--", "...").
 */
import type { ArticleDoc } from '../../../model/doc.ts';

export interface TagInput {
  /** Folded text of each word. */
  words: string[];
  /** Offsets of each word in doc.text (half-open). */
  starts: Int32Array;
  ends: Int32Array;
  /** Index of the first word of each non-empty sentence, then words.length. */
  sentStarts: Int32Array;
  /** doc.sentences index of each entry of sentStarts (except the last). */
  sentIndex: Int32Array;
  /** Per word, the rule-based baseline's name around it (see rule-hints.ts); absent: no rules were run. */
  ruleCode?: Uint16Array;
  ruleSource?: Uint32Array;
}

const FOLD: Record<string, string> = {
  '’': "'", '‘': "'", 'ʼ': "'", '′': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '‐': '-', '‑': '-', '−': '-', '…': '...',
};
const NEEDS_FOLD = /[’‘ʼ′“”„«»–—‐‑−…]/u;

/** Folds quotes, apostrophes and dashes to their ASCII forms. */
export function foldWord(w: string): string {
  return NEEDS_FOLD.test(w) ? w.replace(/[’‘ʼ′“”„«»–—‐‑−…]/gu, (c) => FOLD[c]) : w;
}

/** Builds the tagger's words from doc.tokens and doc.sentences. */
export function toTagInput(doc: ArticleDoc): TagInput {
  const { text, tokens } = doc;
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sentStarts: number[] = [];
  const sentIndex: number[] = [];
  let lastSentence = -1;
  for (let i = 0; i < tokens.length; i++) {
    const tk = tokens[i];
    const w = foldWord(text.slice(tk.start, tk.end));
    const n = words.length;
    if (tk.sentenceIndex !== lastSentence) {
      sentStarts.push(n);
      sentIndex.push(tk.sentenceIndex);
      lastSentence = tk.sentenceIndex;
    } else if (ends[n - 1] === tk.start) {
      // Written together with the word before, in the same sentence: "'" + "s", "-" + "-", "." + ".".
      const prev = words[n - 1];
      const join = (prev === "'" && (w === 's' || w === 'S')) || ((w === '-' || w === '.') && prev.length <= 3 && prev[0] === w && prev.split(w).length === prev.length + 1);
      if (join) {
        words[n - 1] = prev + w;
        ends[n - 1] = tk.end;
        continue;
      }
    }
    words.push(w);
    starts.push(tk.start);
    ends.push(tk.end);
  }
  sentStarts.push(words.length);
  return {
    words,
    starts: Int32Array.from(starts),
    ends: Int32Array.from(ends),
    sentStarts: Int32Array.from(sentStarts),
    sentIndex: Int32Array.from(sentIndex),
  };
}
