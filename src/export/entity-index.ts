/**
 * Corpus-level entity table, built from mention rows as they stream past. Memory grows with the
 * number of distinct entities and their surface forms, not with the number of articles.
 */
import type { EntityType } from '../model/doc.ts';
import type { EntityRow, MentionRow } from '../schema/tables.ts';
import { tidy } from '../stages/normalise/tidy.ts';

export interface EntityEntry {
  type: EntityType;
  /** Canonical-name spellings and how often each was used. */
  names: Map<string, number>;
  aliases: Set<string>;
  /** Top-level mentions, and the articles with one. */
  mentions: number;
  articles: number;
  /** Mentions inside a longer name (mentions.nested_in set). */
  nested: number;
  /** `code<TAB>country_code` pairs of the mentions that had one, and how often each was seen. */
  codes?: Map<string, number>;
}

export class EntityIndex {
  private map = new Map<string, EntityEntry>();
  private lastArticle = '';
  private seenInArticle = new Set<string>();

  /** Adds mention rows; rows of one article arrive together. */
  add(mentions: MentionRow[]): void {
    for (const m of mentions) {
      if (!m.entity_id || !m.canonical_name) continue;
      if (m.article_id !== this.lastArticle) {
        this.lastArticle = m.article_id;
        this.seenInArticle.clear();
      }
      let e = this.map.get(m.entity_id);
      if (!e) {
        e = { type: m.type, names: new Map(), aliases: new Set(), mentions: 0, articles: 0, nested: 0 };
        this.map.set(m.entity_id, e);
      }
      if (m.nested_in != null) e.nested++;
      else e.mentions++;
      e.names.set(m.canonical_name, (e.names.get(m.canonical_name) ?? 0) + 1);
      const alias = tidy(m.text);
      e.aliases.add(alias);
      // A person's title is kept out of the mention's text; the titled form is an alias too.
      if (m.title) e.aliases.add(`${tidy(m.title)} ${alias}`);
      if (m.code || m.country_code) {
        const key = `${m.code ?? ''}\t${m.country_code ?? ''}`;
        e.codes ??= new Map();
        e.codes.set(key, (e.codes.get(key) ?? 0) + 1);
      }
      if (m.nested_in == null && !this.seenInArticle.has(m.entity_id)) {
        this.seenInArticle.add(m.entity_id);
        e.articles++;
      }
    }
  }

  /** The entries gathered so far (structured-cloneable, for sending from a worker). */
  get entries(): Map<string, EntityEntry> {
    return this.map;
  }

  /** Adds the entries of another index, built over other articles. */
  merge(entries: Map<string, EntityEntry>): void {
    for (const [id, o] of entries) {
      const e = this.map.get(id);
      if (!e) {
        this.map.set(id, o);
        continue;
      }
      for (const [name, n] of o.names) e.names.set(name, (e.names.get(name) ?? 0) + n);
      for (const a of o.aliases) e.aliases.add(a);
      if (o.codes) {
        e.codes ??= new Map();
        for (const [k, n] of o.codes) e.codes.set(k, (e.codes.get(k) ?? 0) + n);
      }
      e.mentions += o.mentions;
      e.articles += o.articles;
      e.nested += o.nested;
    }
  }

  /** One row per entity: most mentioned first (top-level, then nested mentions), then by id (deterministic). */
  rows(): EntityRow[] {
    const rows: EntityRow[] = [];
    for (const [id, e] of this.entries) {
      const [code, countryCode] = e.codes?.size ? mostUsed(e.codes).split('\t') : ['', ''];
      rows.push({
        entity_id: id, type: e.type, canonical_name: mostUsed(e.names), code: code || null, country_code: countryCode || null,
        aliases: [...e.aliases].sort(), mention_count: e.mentions, article_count: e.articles, nested_mention_count: e.nested,
      });
    }
    return rows.sort((a, b) => b.mention_count - a.mention_count || b.nested_mention_count - a.nested_mention_count || (a.entity_id < b.entity_id ? -1 : 1));
  }
}

/** The most used key of a count map; ties go to the first in string order, so any merge order gives the same row. */
function mostUsed(counts: Map<string, number>): string {
  let best = '';
  let bestN = -1;
  for (const [key, n] of counts) {
    if (n > bestN || (n === bestN && key < best)) [best, bestN] = [key, n];
  }
  return best;
}
