/**
 * Corpus-level entity table, built from mention rows as they stream past. Memory grows with the
 * number of distinct entities and their surface forms, not with the number of articles. Most entities have
 * one spelling and one surface form: an entry holds those as strings, and a Map or Set only from the second on
 * (a Map and a Set for every entity cost ~650 bytes of peak RSS each: 1,192 → 923 MB, with the batched writing below,
 * on a corpus of 44,500 articles with 403,829 entities).
 */
import type { EntityType } from '../model/doc.ts';
import type { EntityRow, MentionRow } from '../schema/tables.ts';
import { tidy } from '../stages/normalise/tidy.ts';

export interface EntityEntry {
  type: EntityType;
  /** The first canonical-name spelling and how often it was used; with another spelling, all of them in `names`. */
  name: string;
  nameCount: number;
  names?: Map<string, number>;
  /** Surface forms: the first as a string, and all of them as a Set once there are two. */
  aliases: string | Set<string>;
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
      const alias = tidy(m.text);
      let e = this.map.get(m.entity_id);
      if (!e) {
        e = { type: m.type, name: m.canonical_name, nameCount: 0, aliases: alias, mentions: 0, articles: 0, nested: 0 };
        this.map.set(m.entity_id, e);
      }
      if (m.nested_in != null) e.nested++;
      else e.mentions++;
      addName(e, m.canonical_name, 1);
      addAlias(e, alias);
      // A person's title is kept out of the mention's text; the titled form is an alias too.
      if (m.title) addAlias(e, `${tidy(m.title)} ${alias}`);
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
      if (o.names) for (const [name, n] of o.names) addName(e, name, n);
      else addName(e, o.name, o.nameCount);
      if (typeof o.aliases === 'string') addAlias(e, o.aliases);
      else for (const a of o.aliases) addAlias(e, a);
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
    return this.sortedEntries().map(([id, e]) => toRow(id, e));
  }

  /**
   * The rows of rows(), `size` at a time, emptying the index as they go: the whole table's rows never exist at once,
   * and each entry can be collected once its row is written.
   */
  *drainRows(size: number): Generator<EntityRow[]> {
    const sorted = this.sortedEntries();
    this.map = new Map();
    for (let from = 0; from < sorted.length; from += size) {
      const to = Math.min(sorted.length, from + size);
      const rows: EntityRow[] = [];
      for (let k = from; k < to; k++) {
        rows.push(toRow(sorted[k][0], sorted[k][1]));
        sorted[k] = EMPTY;
      }
      yield rows;
    }
  }

  private sortedEntries(): Array<[string, EntityEntry]> {
    return [...this.map].sort(([ia, a], [ib, b]) => b.mentions - a.mentions || b.nested - a.nested || (ia < ib ? -1 : 1));
  }
}

const EMPTY: [string, EntityEntry] = ['', { type: 'MISC', name: '', nameCount: 0, aliases: '', mentions: 0, articles: 0, nested: 0 }];

function toRow(id: string, e: EntityEntry): EntityRow {
  const [code, countryCode] = e.codes?.size ? mostUsed(e.codes).split('\t') : ['', ''];
  return {
    entity_id: id, type: e.type, canonical_name: e.names ? mostUsed(e.names) : e.name, code: code || null, country_code: countryCode || null,
    aliases: typeof e.aliases === 'string' ? [e.aliases] : [...e.aliases].sort(), mention_count: e.mentions, article_count: e.articles,
    nested_mention_count: e.nested,
  };
}

function addName(e: EntityEntry, name: string, n: number): void {
  if (e.names) e.names.set(name, (e.names.get(name) ?? 0) + n);
  else if (name === e.name) e.nameCount += n;
  else e.names = new Map([[e.name, e.nameCount], [name, n]]);
}

function addAlias(e: EntityEntry, alias: string): void {
  if (typeof e.aliases !== 'string') e.aliases.add(alias);
  else if (alias !== e.aliases) e.aliases = new Set([e.aliases, alias]);
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
