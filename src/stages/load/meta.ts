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
  const text = byline.replace(/^\s*by\s+/i, '');
  return bylineAuthors(`By ${text}`) ?? text;
}
