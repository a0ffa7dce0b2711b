/** Unicode tidy-up for names and labels (never for articles.text, whose offsets must hold). */

const QUOTES: Record<string, string> = { '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '“': '"', '”': '"', '„': '"', '«': '"', '»': '"' };
const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTE_CHARS = /[‘’‚‛′“”„«»]/g;

/** NFKC, straight quotes, ASCII hyphens, single spaces, no possessive 's at the end. */
export function tidy(s: string): string {
  return s
    .normalize('NFKC')
    .replace(QUOTE_CHARS, (c) => QUOTES[c] ?? c)
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/'s$/i, '')
    .replace(/^(?:the|The|THE) (?=\p{Lu})/u, '');
}
