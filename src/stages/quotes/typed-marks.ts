/**
 * Typed double marks: some newswires (and text converted from them) write a double quotation mark
 * as two apostrophes (''Yes,'' he said) or open with two backticks (``Yes,'' he said). The quote rules
 * read a copy of the text in which each such pair is one straight double mark beside a space, so
 * offsets stay those of doc.text:
 *
 *   ''Yes,'' he said   →   ␠"Yes," ␠he said     (opening: the mark next to the word; closing: likewise)
 *
 * Returns the text itself (no copy) when it holds no pair: one indexOf per article.
 */
import { isSpaceChar, isWordChar } from './lex.ts';

const PAIR_RE = /''|``/g;

export function readTypedDoubleMarks(text: string): string {
  if (text.indexOf("''") < 0 && text.indexOf('``') < 0) return text;
  return text.replace(PAIR_RE, (pair, at: number) => {
    const before = at > 0 ? text[at - 1] : undefined;
    const after = text[at + 2];
    // ''' or '''' runs are left alone: they are not one clear mark.
    if (before === "'" || after === "'") return pair;
    const opens = pair === '``' || ((before === undefined || isSpaceChar(before) || !isWordChar(text, at - 1) && !/[.,!?;:)\]]/.test(before)) &&
      after !== undefined && !isSpaceChar(after));
    return opens ? ' "' : '" ';
  });
}
