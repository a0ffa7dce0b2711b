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
 * One author string: a list of names (strings or `{ name }`) is joined with ", "; a byline as written, with or
 * without its "By" ("By Tom Ray", "Ann Lee and Tom Ray, Reuters"), gives its people's names ("Ann Lee, Tom Ray").
 */
export function authorValue(v: unknown): string | null {
  if (Array.isArray(v)) {
    const names = v.map(nameValue).filter((s): s is string => s !== null);
    return names.length ? [...new Set(names)].join(', ') : null;
  }
  const name = nameValue(v);
  return name !== null ? bylineValue(name) : null;
}

/** The people of a byline, written with or without its "By" ("By Tom Edwards, Transport correspondent" → "Tom Edwards"), else its text. */
export function bylineValue(byline: string | null): string | null {
  if (byline === null) return null;
  const text = byline.replace(/^\s*by\s+/i, '');
  return bylineAuthors(`By ${text}`) ?? text;
}
