/**
 * Repeated names: a name the tagger found in one place of an article is a name wherever the article writes
 * it the same way. The tagger reads one sentence at a time and may miss a name it found elsewhere when
 * the words around it say little ("Scientology officials", "Critics of Scientology at"); one pass over
 * the document gives those places the name's type (label consistency, as in Krishnan and Manning 2006).
 *
 * An occurrence is taken only where nothing else was found (no name, no value), as a whole: not next to
 * another capitalised word (a part of a longer name the tagger left out is not this name), and for a
 * one-word name only if the article never writes the word in lower case and it is no common word
 * ("Black" found once as a name does not make every sentence-initial "Black" one) nor an acronym of a
 * thing ("TV", "PCs"). Linear in the tokens (at most MAX_NAMES_PER_WORD names are tried per word).
 */
import type { ArticleDoc, EntityType, Mention, Token } from '../../model/doc.ts';
import { COMMON_WORDS, NON_ENTITY_ACRONYMS } from './lexicon.ts';
import type { SentenceMode } from './tagged-names.ts';
import { lowerCaseWords } from './tokens.ts';

const REPEATED_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC']);
const CAPITALISED = /^\p{Lu}/u;
/** Names kept per first word: bounds the work per word on text made of one word's names ("Foo Bar1, Foo Bar2..."). */
const MAX_NAMES_PER_WORD = 16;

interface Known {
  words: string[];
  type: EntityType;
}

/**
 * `mentions` (sorted by start, non-overlapping: the names and values of `doc`) with the repeated names
 * added, still sorted; the added mentions have source 'repeated'. Reads doc.tokens. `modes` gives each
 * sentence's kind (index.ts): headlines and headings, where capitals say little, get no repeated name.
 */
export function addRepeatedNames(doc: ArticleDoc, mentions: Mention[], modes: readonly SentenceMode[]): Mention[] {
  const { text, tokens } = doc;
  const word = (t: Token) => text.slice(t.start, t.end);
  const covered = new Uint8Array(tokens.length);
  const byFirst = new Map<string, Known[]>();
  let t = 0;
  for (const m of mentions) {
    while (t < tokens.length && tokens[t].end <= m.start) t++;
    let end = t;
    while (end < tokens.length && tokens[end].start < m.end) covered[end++] = 1;
    if (!REPEATED_TYPES.has(m.type) || m.source === 'role' || end === t || tokens[end - 1].end !== m.end) continue;
    const words = tokens.slice(t, end).map(word);
    remember(byFirst, words, m.type);
    // "Ben-Gvir went further" after "Itamar Ben-Gvir", "Al-Sharaa met" after "Ahmed al-Sharaa": a hyphenated surname
    // of a person named in full is that person on its own too (its particle capitalised where a sentence opens).
    const surname = m.type === 'PERSON' ? HYPHENATED_SURNAME.exec(m.text) : null;
    if (surname) {
      let s = t;
      while (s < end && tokens[s].start < m.start + surname.index) s++;
      const parts = tokens.slice(s, end).map(word);
      remember(byFirst, parts, 'PERSON');
      if (/^\p{Ll}/u.test(parts[0])) remember(byFirst, [parts[0][0].toUpperCase() + parts[0].slice(1), ...parts.slice(1)], 'PERSON');
    }
    // "the CBO estimated" after "the Congressional Budget Office": the initials of an organisation, law or
    // event named in full are that name where the tagger left them out.
    const initials = ACRONYM_TYPES.has(m.type) ? acronymOf(words) : null;
    if (initials) remember(byFirst, [initials], m.type);
  }
  if (!byFirst.size) return mentions;
  const lower = lowerCaseWords(text, tokens);
  const isCapitalisedWord = (i: number) => i >= 0 && i < tokens.length && tokens[i].kind === 'word' && CAPITALISED.test(text[tokens[i].start]);

  const added: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || !isCapitalisedWord(i) || modes[tokens[i].sentenceIndex] !== 'normal') continue;
    const known = byFirst.get(word(tokens[i]));
    if (!known) continue;
    const hit = longestMatch(known, tokens, i, word, covered);
    if (!hit) continue;
    const last = i + hit.words.length - 1;
    const sentence = tokens[i].sentenceIndex;
    const sameSentence = (k: number) => k >= 0 && k < tokens.length && tokens[k].sentenceIndex === sentence;
    if ((sameSentence(i - 1) && isCapitalisedWord(i - 1)) || (sameSentence(last + 1) && isCapitalisedWord(last + 1))) continue;
    if (hit.words.length === 1 && !repeatable(hit.words[0], lower)) continue;
    const start = tokens[i].start;
    const end = tokens[last].end;
    added.push({ start, end, text: text.slice(start, end), type: hit.type, sentenceIndex: sentence, title: null, canonicalName: null, entityId: null, source: 'repeated' });
    i = last;
  }
  if (!added.length) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** The last word of a name of two words or more, hyphenated: "Ben-Gvir" of "Itamar Ben-Gvir", "al-Sharaa". */
const HYPHENATED_SURNAME = /(?<= )[\p{L}'’]+(?:-[\p{L}'’]+)+$/u;
const ACRONYM_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'LAW', 'EVENT']);
/** Small words a name's initials skip ("Department of Homeland Security": DHS). */
const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'to', '&']);

function remember(byFirst: Map<string, Known[]>, words: string[], type: EntityType): void {
  const list = byFirst.get(words[0]);
  if (!list) byFirst.set(words[0], [{ words, type }]);
  else if (list.length < MAX_NAMES_PER_WORD && !list.some((k) => sameWords(k.words, words))) list.push({ words, type });
}

/** The initials of a name of three or more capitalised words ("Congressional Budget Office": CBO), or null. */
function acronymOf(words: readonly string[]): string | null {
  let out = '';
  for (const w of words) {
    if (INITIALS_SKIP.has(w)) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(w)) return null;
    out += w[0];
  }
  return out.length >= 3 ? out : null;
}

const SHORT_OR_PLURAL_ACRONYM = /^(?:[\p{Lu}\d]{1,2}|[\p{Lu}\d]{2,}s)$/u;

/**
 * True when a one-word name may be repeated: the article never writes it in lower case, it is no common
 * word, and no acronym of a thing ("TV", "PCs", "IQ"): a tagger's slip on those would spread.
 */
function repeatable(w: string, lower: ReadonlySet<string>): boolean {
  const l = w.toLowerCase();
  return !lower.has(l) && !COMMON_WORDS.has(l) && !NON_ENTITY_ACRONYMS.has(w) && !SHORT_OR_PLURAL_ACRONYM.test(w);
}

function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** The longest known name whose words are tokens[i...], none of them covered, or null. */
function longestMatch(known: Known[], tokens: Token[], i: number, word: (t: Token) => string, covered: Uint8Array): Known | null {
  let best: Known | null = null;
  for (const k of known) {
    if (best && best.words.length >= k.words.length) continue;
    let ok = i + k.words.length <= tokens.length;
    for (let j = 0; ok && j < k.words.length; j++) ok = !covered[i + j] && word(tokens[i + j]) === k.words[j];
    if (ok) best = k;
  }
  return best;
}
