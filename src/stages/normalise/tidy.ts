/** Unicode tidy-up for names and labels (never for articles.text, whose offsets must hold). */
import { POSSESSIVE_NAMES } from '../entities/curated.ts';

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"' };
const DASHES = /[\u2010-\u2015\u2212]/g;
/** ASCII letters/digits/punctuation with single inner spaces, no apostrophe-s at the end, no leading lowercase "the". */
const PLAIN = /^(?!the )[!-~](?:[!-~]| (?! ))*$(?<!'s|'S|\s)/;
const QUOTE_CHARS = /[‘’‚‛′“”„«»]/g;

/** NFKC, straight quotes, ASCII hyphens, single spaces, no possessive 's at the end (but "Moody's" keeps its own). */
export function tidy(s: string): string {
  // Most names are plain ASCII with single spaces: nothing to do.
  if (PLAIN.test(s)) return s;
  const t = s
    .normalize('NFKC')
    .replace(QUOTE_CHARS, (c) => QUOTES[c] ?? c)
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
  return (POSSESSIVE_NAMES.has(t.toLowerCase()) ? t : t.replace(/'s$/i, ''))
    .replace(/^the (?=\p{Lu})/u, ''); // "the United Nations", but "The Hague" keeps its article
}
