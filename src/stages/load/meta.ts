/** Coercion of metadata values of any JSON/YAML type to the strings of ArticleMeta. */
import { withoutInvisibles } from './decode.ts';
import { bylineAuthors } from './text-header.ts';

/** A string for a scalar (whitespace collapsed), null for empty, objects, arrays and booleans. */
export function textValue(v: unknown): string | null {
  if (typeof v === 'string') {
    const s = withoutInvisibles(v).replace(/\s+/g, ' ').trim();
    return s || null;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'bigint') return String(v);
  return null;
}

/** Like textValue, but also takes `{ name }` objects (schema.org Person/Organization). */
export function nameValue(v: unknown): string | null {
  if (v && typeof v === 'object' && !Array.isArray(v)) return textValue((v as Record<string, unknown>).name);
  return textValue(v);
}

/**
 * One author string: a list of names (strings or `{ name }`, or one string with ";" between them) is joined with
 * ", "; a byline as written, with or without its "By" ("By Tom Ray", "Ann Lee and Tom Ray, Reuters"), gives its
 * people's names ("Ann Lee, Tom Ray"). What is not a person is left out: a URL (NewsAPI gives a Facebook page
 * for some outlets) and a schema.org Organization; Obsidian's wiki-link brackets ("[[Sam Fleming]]") are removed.
 */
export function authorValue(v: unknown): string | null {
  const list = Array.isArray(v) ? v : typeof v === 'string' && v.includes(';') ? v.split(';') : null;
  if (list) {
    const names = list.filter((x) => !isOrganization(x)).map(nameValue).map((n) => n && personName(n)).filter((s): s is string => s !== null);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  if (isOrganization(v)) return null;
  const name = nameValue(v);
  const person = name !== null ? personName(name) : null;
  return person !== null ? bylineValue(person) : null;
}

/** A schema.org object whose @type is Organization (or NewsMediaOrganization...): a publisher, not an author. */
export function isOrganization(v: unknown): boolean {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return false;
  const types = ([] as unknown[]).concat((v as Record<string, unknown>)['@type'] ?? []).map(String);
  return types.some((t) => /Organization$/i.test(t)) && !types.some((t) => /^Person$/i.test(t));
}

/** One author name without wiki-link brackets ("[[Sam Fleming]]", "[[sam-fleming|Sam Fleming]]"); null for a URL. */
function personName(name: string): string | null {
  const s = name.trim().replace(/^\[\[(?:[^\]|]*\|)?([^\]|]+)\]\]$/, '$1').trim();
  return s && !/^(?:https?:\/\/|www\.)\S+$/i.test(s) ? s : null;
}

/** The people of a byline, written with or without its "By" ("By Tom Edwards, Transport correspondent" → "Tom Edwards"), else its text. */
export function bylineValue(byline: string | null): string | null {
  if (byline === null) return null;
  // "Interview Conducted by Tim Bartz and Anne Seith" (Der Spiegel's author tag): the credit's words go with the "By".
  const text = byline.replace(/^\s*(?:(?:interview|text|words|story|reporting)\s+)?(?:conducted\s+|written\s+)?by:?\s+/i, '');
  return bylineAuthors(`By ${text}`) ?? text;
}

/** An author naming a newsroom, not a person: "WXYZ Web Team", "Staff Report", "Digital Desk", "Al Jazeera Staff", "The Editorial Board". */
// ("The Editorial Board": a paper's editorials are signed by the board, no person.)
export const NEWSROOM_AUTHOR = /\b(?:staff|team|desk|newsroom|staff reports?|news services?|editorial board)$/i;

/** An outlet's name as compared with an author's: "The Economist" = "Economist", "Haaretz.com" = "Haaretz". */
const outletKey = (name: string): string => name.toLowerCase().replace(/^the\s+/, '').replace(/\.(?:com|co\.uk|net|org)$/, '').trim();

/**
 * The people of an author string ("Ann Lee, Tom Ray"): a newsroom ("Al Jazeera Staff", NEWSROOM_AUTHOR) and the
 * outlet itself ("Arab News" where the source is Arab News, "The Economist") are no author. Null when none is left.
 */
export function personAuthors(author: string | null, sourceName: string | null): string | null {
  if (author === null) return null;
  const outlet = sourceName ? outletKey(sourceName) : null;
  const people = author.split(', ').filter((name) => !NEWSROOM_AUTHOR.test(name) && outletKey(name) !== outlet);
  return people.length ? people.join(', ') : null;
}
