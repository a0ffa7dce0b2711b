/**
 * Scare quotes and quoted terms: short quoted spans that mark a word as someone's term ("the
 * so-called ‘Axis of Resistance’", "nuclear ‘breakout’ time") rather than report what was said.
 */
import type { QuotedSpan } from './pair-marks.ts';
import { isSpaceChar, isWordChar } from './lex.ts';

/** Quoted spans up to this many words can be terms; longer ones read as speech. */
export const MAX_TERM_WORDS = 4;

/** Words that present what follows as a name, a title or a term. */
const NAMING_WORDS = new Set([
  'so-called', 'dubbed', 'termed', 'nicknamed', 'titled', 'entitled', 'named', 'coined', 'branded', 'labeled',
  'labelled', 'known', 'phrase', 'word', 'term', 'slogan', 'motto', 'hashtag', 'headline', 'banner',
]);

/** Words that may follow a quoted fragment inside a clause without making it a modifier. */
const CLAUSE_FOLLOWERS = new Set([
  'and', 'or', 'but', 'nor', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'which',
  'who', 'because', 'if', 'when', 'while', 'after', 'before', 'than', 'so', 'since', 'until', 'unless',
  'although', 'though', 'whereas', 'yet', 'into', 'about', 'against', 'over', 'under', 'during', 'without',
  'through', 'between', 'among', 'then', 'he', 'she', 'they', 'it', 'we', 'i', 'you',
  // A noun comes after a modifier; a verb, an adverb or a preposition does not: the NFL has gone “soft”
  // like the country, the “Washington cartel” is growing nervous, a “rigged economy” where the rich …
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'do', 'does', 'did', 'not', 'like', 'unlike', 'despite', 'regarding', 'including',
  'toward', 'towards', 'within', 'across', 'around', 'amid', 'beyond', 'upon', 'via', 'per', 'along', 'behind',
  'except', 'throughout', 'off', 'out', 'up', 'down', 'where', 'whether', 'what', 'how', 'why', 'whose', 'whom',
  'here', 'there', 'now', 'again', 'too', 'also', 'even', 'only', 'just', 'still', 'already', 'anymore', 'ever',
  'never', 'today', 'tonight', 'yesterday', 'tomorrow', 'instead', 'rather', 'however', 'immediately', 'online',
  'him', 'her', 'them', 'us', 'me', 'overseas', 'abroad', 'everywhere', 'together', 'ahead', 'away', 'forward',
  // nor does a determiner (the words before it end a verb phrase: he would ''certainly implement'' a database)
  'a', 'an', 'the', 'his', 'its', 'their', 'our', 'my', 'your', 'these', 'those', 'every', 'some', 'any', 'no',
]);
/** Subject pronouns: quoted words opening with one are a clause, not a term (“it gets me mad”, “I held and hugged”). */
const SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

/** The word ending just before `pos` (lower-case), skipping spaces; '' when there is none. */
function wordBefore(text: string, pos: number, floor: number): string {
  let e = pos;
  while (e > floor && isSpaceChar(text[e - 1])) e--;
  let s = e;
  while (s > floor && (isWordChar(text, s - 1) || text[s - 1] === '-')) s--;
  return text.slice(s, e).toLowerCase();
}

/** The word starting just after `pos`, skipping spaces (not lower-cased); '' when punctuation comes first. */
function wordAfter(text: string, pos: number, limit: number): string {
  let s = pos;
  while (s < limit && isSpaceChar(text[s])) s++;
  let e = s;
  while (e < limit && isWordChar(text, e)) e++;
  return text.slice(s, e);
}

/** True when the quoted text ends like a sentence (. ! ? inside the closing mark). */
export function endsLikeSentence(text: string, q: QuotedSpan): boolean {
  const last = q.parts[q.parts.length - 1];
  const ch = text[last.end - 1];
  return ch === '.' || ch === '!' || ch === '?' || ch === '…';
}

/** A name, title or term is being introduced: "so-called ‘…’", "dubbed “…”", "known as “…”". */
export function followsNamingWord(text: string, q: QuotedSpan, floor: number): boolean {
  const w = wordBefore(text, q.open, floor);
  if (w === 'as') {
    const s = text.lastIndexOf('as', q.open);
    return wordBefore(text, s, floor) === 'known';
  }
  return NAMING_WORDS.has(w);
}

/**
 * "the author of “The Red Pen Years”", "her memoir “Counting Photons”", "Ken's book, “Our Dollar, Your Problem,”": a
 * work's title in title case after the noun that names its kind (not "called the film “pornographic”", "will play
 * “diverse …” songs").
 */
export function namesWork(text: string, q: QuotedSpan, floor: number): boolean {
  if (q.close < 0 || !titleCaseWords(text, q)) return false;
  const w = wordBefore(text, q.open, floor);
  if (w === 'of') return AUTHORED.has(wordBefore(text, text.lastIndexOf('of', q.open), floor));
  if (w === '') {
    let e = q.open;
    while (e > floor && isSpaceChar(text[e - 1])) e--;
    return text[e - 1] === ',' && WORKS.has(wordBefore(text, e - 1, floor));
  }
  return NAMING_WORDS.has(w) || WORKS.has(w);
}
/** Kinds of work a title in quotation marks follows ("the book “…”", "his memoir, “…”"). */
const WORKS = new Set(['book', 'memoir', 'memoirs', 'novel', 'biography', 'autobiography', 'album', 'song', 'single', 'film', 'movie', 'documentary',
  'play', 'musical', 'poem', 'essay', 'podcast', 'series', 'sitcom', 'opera', 'bestseller', 'best-seller', 'exhibition']);
/** Nouns whose "of" a title in quotation marks follows ("the author of “…”"). */
const AUTHORED = new Set(['author', 'authors', 'co-author', 'editor', 'director', 'composer', 'writer', 'creator', 'producer', 'publisher', 'star']);

/** Words that a title may leave in lower case ("Generations with Kevin Swanson"). */
const TITLE_SMALL_WORDS = 3;

/**
 * A title or name in title case: “Sunday Morning Futures”, “This Week”, “Hannity” after a possessive
 * or a preposition. Every word longer than TITLE_SMALL_WORDS letters is capitalised, and there is no
 * sentence punctuation at the end unless `allowStop` (for a quote standing alone: “Meet the Press.”,
 * “So, That Happened.”; then it needs two words).
 */
export function isTitleLike(text: string, q: QuotedSpan, floor: number, allowStop = false): boolean {
  if (q.close < 0 || q.words > 8 || (!allowStop && endsLikeSentence(text, q))) return false;
  const words = titleCaseWords(text, q);
  if (!words || !/^\p{Lu}/u.test(words[0] ?? '')) return false;
  if (words.length >= 2) return true;
  if (allowStop) return false;
  const before = wordBefore(text, q.open, floor);
  return /['’]s$/.test(text.slice(Math.max(floor, q.open - 4), q.open).trimEnd()) || ['on', 'in', 'of', 'from', 'for'].includes(before);
}

/**
 * The words of quoted span q when they are in title case (every word capitalised or a number, but for short ones
 * after the first: "Tightrope", "Not Like Us", "22"), else null.
 */
export function titleCaseWords(text: string, q: QuotedSpan): string[] | null {
  const words = text.slice(q.parts[0].start, q.parts[q.parts.length - 1].end).match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  if (!words.length || !/^[\p{Lu}\p{N}]/u.test(words[0] ?? '')) return null;
  return words.every((w) => w.length <= TITLE_SMALL_WORDS || /^[\p{Lu}\p{N}]/u.test(w)) ? words : null;
}

/**
 * A quoted term: a short span (≤ MAX_TERM_WORDS words, not a sentence) that follows a naming word or
 * modifies the noun after it ("‘breakout’ time"; not a verb, adverb or preposition after it, nor a comma
 * inside its marks). Decides, for a fragment inside reported speech,
 * whether it is a partial quotation (mixed) or just a scare quote.
 */
export function isQuotedTerm(text: string, q: QuotedSpan, paragraphEnd: number, floor: number): boolean {
  if (q.close < 0 || q.words > MAX_TERM_WORDS || endsLikeSentence(text, q)) return false;
  if (followsNamingWord(text, q, floor) || isTitleLike(text, q, floor)) return true;
  // “peanuts,” compared to …: a comma inside the marks ends the phrase, which modifies nothing after it.
  const last = q.parts[q.parts.length - 1];
  if (q.words >= 2 && SUBJECTS.has(wordAfter(text, q.parts[0].start, last.end).toLowerCase())) return false;
  if (/[,;:]/.test(text[last.end - 1] ?? '')) return false;
  const next = wordAfter(text, q.close + 1, paragraphEnd);
  if (!next || next[0] !== next[0].toLowerCase()) return false;
  return !CLAUSE_FOLLOWERS.has(next);
}

/** Capitalised words that open a phrase rather than a name ("The ‘Big Four’ Banks"). */
const NOT_FIRST_NAMES = new Set(['The', 'A', 'An', 'This', 'That', 'Its', 'His', 'Her', 'Their', 'Our', 'My']);

/**
 * A nickname between a first name and a surname: "Luis ‘Toto’ Caputo", "Earvin “Magic” Johnson" — one or two
 * capitalised words in marks, a capitalised word and one space either side. Not a quotation.
 */
export function isNickname(text: string, q: QuotedSpan): boolean {
  if (q.close < 0 || q.parts.length !== 1 || q.words > 2 || text[q.open - 1] !== ' ' || text[q.close + 1] !== ' ') return false;
  if (!/^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?$/u.test(text.slice(q.parts[0].start, q.parts[0].end))) return false;
  const before = /(\p{Lu}[\p{L}'’.-]*)$/u.exec(text.slice(Math.max(0, q.open - 30), q.open - 1));
  return before !== null && !NOT_FIRST_NAMES.has(before[1]) && /^\p{Lu}\p{L}/u.test(text.slice(q.close + 2, q.close + 4));
}
