/**
 * Names in an all-caps headline, read as the body writes them. In "IRAN REJECTS TALKS AS ISRAEL KATZ WARNS
 * TEHRAN" capitals say nothing about where a name starts, and the tagger may cut "ISRAEL KATZ" into the
 * country and a surname. Where the headline's words spell, in any case, a name of two or more words that the
 * body names ("Israel Katz", PERSON), that name's span and type stand in the headline, in place of the pieces
 * found inside it. A headline mention reaching past the body name, or a value (a date...) inside it, is left
 * alone. Linear in the tokens (at most MAX_NAMES_PER_WORD names tried per word).
 */
import type { ArticleDoc, EntityType, Mention, Token } from '../../model/doc.ts';
import type { SentenceMode } from './tagged-names.ts';

const NAME_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC']);
const MAX_NAMES_PER_WORD = 16;
/** What follows a dateline's place on its own line: a region and a date ("1996-08-30", ", England Aug 26"). */
const DATE_ONLY = /^(?:\s*,\s*\p{L}[\p{L}. ]*?)?,?\s+(?:\d{4}-\d\d-\d\d|\p{L}{3,9}\.? \d{1,2}(?:, \d{4})?)\s*$/u;

interface BodyName {
  words: string[];
  type: EntityType;
}

/** `mentions` (sorted, non-overlapping) with the body's multi-word names put in place in all-caps headlines. */
export function alignHeadlineNames(doc: ArticleDoc, mentions: Mention[], modes: readonly SentenceMode[]): Mention[] {
  if (!modes.includes('caps')) return mentions;
  const { text, tokens } = doc;
  const lower = (t: Token) => text.slice(t.start, t.end).toLowerCase();

  // The body's names of two words or more, by lower-cased first word; the first type seen for a spelling wins.
  const byFirst = new Map<string, BodyName[]>();
  let t = 0;
  for (const m of mentions) {
    while (t < tokens.length && tokens[t].end <= m.start) t++;
    if (!NAME_TYPES.has(m.type) || modes[m.sentenceIndex] !== 'normal') continue;
    let end = t;
    while (end < tokens.length && tokens[end].start < m.end) end++;
    if (end - t < 2 || tokens[t].start !== m.start || tokens[end - 1].end !== m.end) continue;
    const words = tokens.slice(t, end).map(lower);
    const list = byFirst.get(words[0]) ?? [];
    if (list.length >= MAX_NAMES_PER_WORD || list.some((k) => k.words.join(' ') === words.join(' '))) continue;
    list.push({ words, type: m.type });
    byFirst.set(words[0], list.sort((a, b) => b.words.length - a.words.length));
  }
  if (!byFirst.size) return mentions;

  const placed: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const sentence = tokens[i].sentenceIndex;
    if (modes[sentence] !== 'caps' || tokens[i].kind !== 'word') continue;
    const hit = byFirst.get(lower(tokens[i]))?.find((k) => matches(k.words, tokens, i, sentence, lower));
    if (!hit) continue;
    const last = i + hit.words.length - 1;
    const start = tokens[i].start;
    const end = tokens[last].end;
    // A line of a place and a date is a dateline ("NEW YORK 1996-08-30", "ST HELENS, England Aug 26"): its name is
    // the place, whatever the body made of the same words (the city's team).
    if (hit.type !== 'LOC' && DATE_ONLY.test(text.slice(end, doc.sentences[sentence].end))) {
      i = last;
      continue;
    }
    placed.push({ start, end, text: text.slice(start, end), type: hit.type, sentenceIndex: sentence, title: null, canonicalName: null, entityId: null, source: 'headline' });
    i = last;
  }
  if (!placed.length) return mentions;

  // A placed name replaces the mentions inside its span; it is dropped when one reaches past it or is a value.
  const out: Mention[] = [];
  let k = 0;
  for (const name of placed) {
    while (k < mentions.length && mentions[k].end <= name.start) out.push(mentions[k++]);
    let j = k;
    let inside = true;
    while (j < mentions.length && mentions[j].start < name.end) {
      const o = mentions[j++];
      if (o.start < name.start || o.end > name.end || !NAME_TYPES.has(o.type)) inside = false;
    }
    if (!inside) continue; // mentions k..j stay, pushed with the ones after
    out.push(name);
    k = j;
  }
  while (k < mentions.length) out.push(mentions[k++]);
  return out;
}

/** True when the words of `name` follow from token i on, in the same sentence, in any case. */
function matches(name: string[], tokens: Token[], i: number, sentence: number, lower: (t: Token) => string): boolean {
  if (i + name.length > tokens.length) return false;
  for (let w = 0; w < name.length; w++) {
    const tok = tokens[i + w];
    if (tok.sentenceIndex !== sentence || lower(tok) !== name[w]) return false;
  }
  return true;
}
