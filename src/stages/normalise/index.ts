/**
 * normalise: gives every named mention a canonical name inside its article and an entity id that
 * is stable across articles and runs (derived from type + canonical name).
 *
 * Linking rules (inside one article): a one-word person mention takes the full name of the only
 * person named in full whose first or last word it is (ambiguous → left as written); an acronym
 * takes the name it was introduced with ("International Atomic Energy Agency (IAEA)") or the one
 * multi-word name of the same type whose initials it spells; case variants share one key.
 */
import { createHash } from 'node:crypto';
import type { ArticleDoc, EntityType, Mention } from '../../model/doc.ts';
import type { Stage } from '../stage.ts';
import { tidy } from './tidy.ts';

export const NAMED_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'LOC', 'NORP', 'EVENT', 'LAW', 'MISC']);

/** Stable entity id: type plus 16 hex chars of sha256(type + canonical name, case-folded). */
export function entityId(type: EntityType, canonicalName: string): string {
  const key = `${type}\n${canonicalName.toLowerCase()}`;
  let id = idCache.get(key);
  if (id === undefined) {
    id = `${type.toLowerCase()}_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
    // A memo of recent names: hashing is a visible share of this stage; the cap keeps memory bounded.
    if (idCache.size >= 100_000) idCache.clear();
    idCache.set(key, id);
  }
  return id;
}

const idCache = new Map<string, string>();

const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'du', 'des', 'on', 'in', '&']);

function initials(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

const isAcronym = (s: string) => /^[A-Z][A-Z0-9&.]{1,9}$/.test(s) && /[A-Z].*[A-Z]/.test(s);

/** Fills canonicalName and entityId on every named mention of the document. */
export function normaliseDoc(doc: ArticleDoc): ArticleDoc {
  const named = doc.mentions.filter((m) => NAMED_TYPES.has(m.type));
  const names = named.map((m) => tidy(m.text));

  // Full person names (two words or more), indexed by their first and last word.
  const byWord = new Map<string, Set<string>>();
  named.forEach((m, i) => {
    if (m.type !== 'PERSON') return;
    const words = names[i].split(' ');
    if (words.length < 2) return;
    for (const w of [words[0], words[words.length - 1]]) {
      const key = w.toLowerCase();
      if (!byWord.has(key)) byWord.set(key, new Set());
      byWord.get(key)!.add(names[i]);
    }
  });

  // Acronyms introduced in brackets right after a name: "Long Name (ACR)".
  const acronyms = new Map<string, string>();
  named.forEach((m, i) => {
    const after = doc.text.slice(m.end, m.end + 14);
    const match = /^\s*\(([A-Z][A-Za-z0-9&.]{1,9})\)/.exec(after);
    if (match && !isAcronym(names[i]) && names[i].includes(' ')) acronyms.set(match[1], names[i]);
  });
  // Otherwise an acronym spelled by the initials of exactly one multi-word name of the same type.
  const byInitials = new Map<string, Set<string>>();
  named.forEach((m, i) => {
    if (!names[i].includes(' ')) return;
    const key = `${m.type} ${initials(names[i])}`;
    if (!byInitials.has(key)) byInitials.set(key, new Set());
    byInitials.get(key)!.add(names[i]);
  });
  const spelled = (m: Mention, name: string): string | null => {
    const hits = byInitials.get(`${m.type} ${name.replace(/\./g, '')}`);
    return hits?.size === 1 ? [...hits][0] : null;
  };

  named.forEach((m, i) => {
    let canonical = names[i];
    if (m.type === 'PERSON' && !canonical.includes(' ')) {
      const full = byWord.get(canonical.toLowerCase());
      if (full?.size === 1) canonical = [...full][0];
    } else if (isAcronym(canonical)) {
      canonical = acronyms.get(canonical) ?? spelled(m, canonical) ?? canonical;
    }
    m.canonicalName = canonical;
    m.entityId = entityId(m.type, canonical);
  });
  return doc;
}

export const normalise: Stage = {
  name: 'normalise',
  requires: ['mentions'],
  assigns: ['entityIds'],
  run: (doc) => normaliseDoc(doc),
};
