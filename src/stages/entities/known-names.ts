/**
 * Known long names made whole: the tagger may end an organisation's name at a place or word inside it
 * ("Observers from the Organization for Security and Co-operation in Europe" → ORG "Organization for Security
 * and Co-operation" + LOC "Europe"; "the UN Interim Force in Lebanon" → ORG "UN Interim Force" + LOC "Lebanon").
 * Where a name the tagger found starts a longer organisation, event or law the curated list (curated.ts) or
 * the well-known aliases (normalise/aliases.ts) hold word for word, the longer name replaces it and the names
 * inside it. The nested pass (nested.ts) then finds the place inside again as a nested mention.
 *
 * Only a whole known name, in one sentence, that ends where a word ends and covers the names it swallows
 * entirely (a value inside it, or a name running past its end, keeps things as they were). Linear in the
 * mentions: a mention is tried only if its first word starts some known name, over at most MAX_TOKENS tokens.
 */
import type { ArticleDoc, EntityType, Mention } from '../../model/doc.ts';
import { aliasForms } from '../normalise/aliases.ts';
import { curatedEntries } from './curated.ts';

const KNOWN_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'EVENT', 'LAW']);
/** Types of the tagger's names a known name may start with or swallow. */
const PART_TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'LOC', 'MISC', 'NORP', 'EVENT', 'LAW']);
/** Most tokens a known name is looked for over ("United Nations Educational , Scientific and Cultural Organization"). */
const MAX_TOKENS = 14;
/** A lower-case word other than a name's linking words: a description ("UN refugee agency"), not a name. */
const DESCRIPTION = /\s(?!(?:of|for|and|the|in|on|at|to|de|du|des|la|le|del|der|von|al|el|et|y)\b)\p{Ll}/u;
/** How a known name's span ends: a letter, a digit or a closing bracket, never a sentence's full stop. */
const WORD_END = /[\p{L}\p{N})]$/u;

interface KnownNames {
  /** A full name as written, its full stops, apostrophes, accents and dashes aside (`written`) → its type. */
  names: Map<string, EntityType>;
  /** Every name's word-by-word beginnings in lower case ("un", "un interim", ...), the name itself included. */
  prefixes: Set<string>;
}

let known: KnownNames | null = null;

/**
 * A name as written, with its case and apostrophes kept ("Islamic state" is not "Islamic State", "Lib Dem's" not "Lib
 * Dems") but not its full stops, accents or dashes ("U.N. Interim Force", "Co-operation"). (A span ending in a full
 * stop would match its name without it: WORD_END rules such spans out.)
 */
function written(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").replace(/\./g, '').replace(/[\s\-‐‑–—]+/g, ' ');
}

function knownNames(): KnownNames {
  if (known) return known;
  const names = new Map<string, EntityType>();
  const add = (type: EntityType, form: string) => {
    const key = written(form);
    if (!key.includes(' ') || names.has(key) || DESCRIPTION.test(form)) return;
    names.set(key, type);
    names.set(key.toUpperCase(), type);
  };
  for (const e of curatedEntries()) if (KNOWN_TYPES.has(e.type as EntityType)) add(e.type as EntityType, e.name);
  for (const [type, form] of aliasForms()) if (KNOWN_TYPES.has(type)) add(type, form);
  const prefixes = new Set<string>();
  for (const key of names.keys()) {
    const lower = key.toLowerCase();
    for (let p = lower.indexOf(' '); p > 0; p = lower.indexOf(' ', p + 1)) prefixes.add(lower.slice(0, p));
    prefixes.add(lower);
  }
  known = { names, prefixes };
  return known;
}

/**
 * `mentions` (sorted by start, non-overlapping) with each name that starts a longer known name replaced by that
 * name (source 'known-name'); the names it covers are dropped. Reads doc.tokens.
 */
export function joinKnownNames(doc: ArticleDoc, mentions: Mention[]): Mention[] {
  const { text, tokens } = doc;
  const { names, prefixes } = knownNames();
  const out: Mention[] = [];
  let changed = false;
  let t = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    out.push(m);
    if (!PART_TYPES.has(m.type) || m.title) continue;
    const space = m.text.indexOf(' ');
    if (!prefixes.has(written(space < 0 ? m.text : m.text.slice(0, space)).toLowerCase())) continue;
    while (t < tokens.length && tokens[t].start < m.start) t++;
    // The longest known name that starts at the mention and ends past it, at the end of a token of its sentence.
    let best: { end: number; type: EntityType } | null = null;
    for (let j = t; j < tokens.length && j < t + MAX_TOKENS && tokens[j].sentenceIndex === m.sentenceIndex; j++) {
      const end = tokens[j].end;
      if (end <= m.end) continue;
      const span = text.slice(m.start, end);
      if (span.includes('\n')) break;
      const form = written(span);
      if (!prefixes.has(form.trimEnd().toLowerCase())) {
        if (tokens[j].kind !== 'punct') break;
        continue;
      }
      const type = WORD_END.test(span) ? names.get(form) : undefined;
      if (type) best = { end, type };
    }
    if (!best) continue;
    // The names it swallows must lie wholly inside it and be names.
    let k = i + 1;
    while (k < mentions.length && mentions[k].start < best.end) k++;
    if (mentions.slice(i + 1, k).some((n) => n.end > best.end || !PART_TYPES.has(n.type))) continue;
    out[out.length - 1] = { ...m, end: best.end, text: text.slice(m.start, best.end), type: best.type, source: 'known-name' };
    changed = true;
    i = k - 1;
  }
  return changed ? out : mentions;
}
