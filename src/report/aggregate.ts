/**
 * The numbers behind the run report, computed by streaming the typed tables of a run folder.
 * Memory is bounded by the aggregates (top lists, one counter per speaker, one per week or month,
 * a 15 x 15 matrix), never by the corpus: no table is held whole.
 */
import type * as A from 'apache-arrow';
import { ENTITY_TYPES } from '../model/doc.ts';
import { column, scanTable, tableSource, type TableSource } from './scan-table.ts';

export const TOP_PER_TYPE = 10;
export const TOP_SPEAKERS = 10;
export const TOP_COOCCURRING = 15;
export const ERROR_ROWS_SHOWN = 200;
/** Distinct speakers counted exactly before the rarest are pruned (the report then says counts are approximate). */
const MAX_SPEAKER_KEYS = 200_000;
const MAX_TIME_BUCKETS = 200;

export interface RankedEntity { id: string; name: string; type: string; mentions: number; articles: number }
export interface Speaker { name: string; quotes: number; resolved: boolean }
export interface TimeBucket { label: string; mentions: number; articles: number }
export type ErrorRowShown = { source_path: string; record_index: number | null; article_id: string | null; stage: string; code: string; severity: string; message: string };

export interface ReportData {
  /** Where the tables were read from; null when the run wrote no Arrow or Parquet (nothing is aggregated). */
  source: TableSource | null;
  entityTypes: { type: string; entities: number; top: RankedEntity[] }[];
  speakers: { top: Speaker[]; quotes: number; unknown: number; pronouns: number; approximate: boolean };
  timeline: {
    granularity: 'week' | 'month' | 'year';
    buckets: TimeBucket[];
    datedArticles: number;
    undatedArticles: number;
    undatedMentions: number;
    /** Buckets left out at the start because there were more than the chart shows. */
    droppedBuckets: number;
  };
  cooccurrence: { entities: RankedEntity[]; matrix: number[][] };
  errors: { rows: ErrorRowShown[]; total: number };
}

const REQUIRED = ['articles', 'mentions', 'entities', 'quotes', 'errors'];
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'one']);

/** Aggregates the tables in `dir` (Arrow IPC files, else Parquet). */
export async function aggregateRun(dir: string): Promise<ReportData> {
  const sources = REQUIRED.map((t) => tableSource(dir, t));
  if (sources.some((s) => s === null)) return emptyData();
  const { entityTypes, cooccurring } = await rankEntities(dir);
  const speakers = await countSpeakers(dir);
  const { timeline, matrix } = await scanMentions(dir, cooccurring);
  const errors = await firstErrors(dir);
  return {
    source: sources[0],
    entityTypes,
    speakers,
    timeline,
    cooccurrence: { entities: cooccurring, matrix },
    errors,
  };
}

function emptyData(): ReportData {
  return {
    source: null,
    entityTypes: [],
    speakers: { top: [], quotes: 0, unknown: 0, pronouns: 0, approximate: false },
    timeline: { granularity: 'week', buckets: [], datedArticles: 0, undatedArticles: 0, undatedMentions: 0, droppedBuckets: 0 },
    cooccurrence: { entities: [], matrix: [] },
    errors: { rows: [], total: 0 },
  };
}

/** Keeps the k first items under `compare` of all those added, sorting only now and then. */
class TopK<T> {
  private items: T[] = [];
  constructor(private k: number, private compare: (a: T, b: T) => number) {}
  add(item: T): void {
    this.items.push(item);
    if (this.items.length >= 4 * this.k) this.trim();
  }
  result(): T[] {
    this.trim();
    return this.items;
  }
  private trim(): void {
    this.items.sort(this.compare);
    this.items.length = Math.min(this.items.length, this.k);
  }
}

const byMentions = (a: RankedEntity, b: RankedEntity) =>
  b.mentions - a.mentions || b.articles - a.articles || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
const byArticles = (a: RankedEntity, b: RankedEntity) => b.articles - a.articles || byMentions(a, b);

/** Entity type order in the report: the schema's order (PERSON, ORG, LOC first). */
const TYPE_ORDER: readonly string[] = ENTITY_TYPES;

/** One pass over the entities table: the top entities of each type, and the most widespread overall. */
async function rankEntities(dir: string) {
  const perType = new Map<string, { count: number; top: TopK<RankedEntity> }>();
  const widespread = new TopK<RankedEntity>(TOP_COOCCURRING, byArticles);
  for await (const b of scanTable(dir, 'entities', ['entity_id', 'type', 'canonical_name', 'mention_count', 'article_count'])) {
    const [id, type, name, mentions, articles] = ['entity_id', 'type', 'canonical_name', 'mention_count', 'article_count'].map((c) => column(b, c));
    for (let i = 0; i < b.numRows; i++) {
      const e: RankedEntity = {
        id: String(id(i)), type: String(type(i)), name: String(name(i)), mentions: Number(mentions(i)), articles: Number(articles(i)),
      };
      let t = perType.get(e.type);
      if (!t) perType.set(e.type, (t = { count: 0, top: new TopK(TOP_PER_TYPE, byMentions) }));
      t.count++;
      t.top.add(e);
      widespread.add(e);
    }
  }
  const rank = (t: string) => (TYPE_ORDER.includes(t) ? TYPE_ORDER.indexOf(t) : TYPE_ORDER.length);
  const entityTypes = [...perType]
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([type, t]) => ({ type, entities: t.count, top: t.top.result() }));
  return { entityTypes, cooccurring: widespread.result() };
}

/** Quotes per speaker: the resolved entity when there is one, else the speaker as written. */
async function countSpeakers(dir: string): Promise<ReportData['speakers']> {
  const counts = new Map<string, number>();
  let quotes = 0;
  let unknown = 0;
  let pronouns = 0;
  let approximate = false;
  for await (const b of scanTable(dir, 'quotes', ['speaker_text', 'speaker_entity_id'])) {
    const speakerId = column(b, 'speaker_entity_id');
    const speakerText = column(b, 'speaker_text');
    for (let i = 0; i < b.numRows; i++) {
      quotes++;
      const id = speakerId(i) as string | null;
      const written = ((speakerText(i) as string | null) ?? '').replace(/\s+/g, ' ').trim();
      let key: string;
      if (id) key = `id:${id}`;
      else if (!written) { unknown++; continue; }
      else if (PRONOUNS.has(written.toLowerCase())) { pronouns++; continue; }
      else key = `text:${written}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (counts.size > MAX_SPEAKER_KEYS) {
      approximate = true;
      prune(counts, MAX_SPEAKER_KEYS / 2);
    }
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_SPEAKERS);
  // Names of the resolved speakers: one more pass over entities, keeping only the ids on the list.
  const wanted = new Map(top.filter(([k]) => k.startsWith('id:')).map(([k]) => [k.slice(3), k.slice(3)]));
  if (wanted.size) {
    for await (const b of scanTable(dir, 'entities', ['entity_id', 'canonical_name'])) {
      const id = column(b, 'entity_id');
      const name = column(b, 'canonical_name');
      for (let i = 0; i < b.numRows; i++) {
        const e = String(id(i));
        if (wanted.has(e)) wanted.set(e, String(name(i)));
      }
    }
  }
  return {
    top: top.map(([k, n]) => k.startsWith('id:')
      ? { name: wanted.get(k.slice(3))!, quotes: n, resolved: true }
      : { name: k.slice(5), quotes: n, resolved: false }),
    quotes, unknown, pronouns, approximate,
  };
}

/** Drops the rarest keys until at most `keep` remain. */
function prune(counts: Map<string, number>, keep: number): void {
  for (let floor = 1; counts.size > keep; floor++) {
    for (const [k, n] of counts) if (n <= floor) counts.delete(k);
  }
}

const DAY = 86_400_000;
/** Monday (UTC) of the week holding `ms`, as a day number since 1970-01-01 (a Thursday). */
const weekOf = (ms: number) => { const d = Math.floor(ms / DAY); return d - (((d + 3) % 7) + 7) % 7; };
const monthOf = (ms: number) => { const d = new Date(ms); return d.getUTCFullYear() * 12 + d.getUTCMonth(); };

interface Counts { mentions: number; articles: number }
const bump = (m: Map<number, Counts>, k: number, field: keyof Counts) => {
  let c = m.get(k);
  if (!c) m.set(k, (c = { mentions: 0, articles: 0 }));
  c[field]++;
};

/**
 * Reads articles.published_at in step with the mentions. Both tables list articles in the same
 * order (each article's mentions contiguous), so a cursor over articles finds each mention's date
 * without a map of every article. Every article passed over is counted into the time buckets.
 */
class DateCursor {
  private it: AsyncGenerator<A.RecordBatch>;
  private rows = 0;
  private row = 0;
  private ids: (row: number) => unknown = () => null;
  private dates: (row: number) => unknown = () => null;
  id: string | null = null;
  date: number | null = null;
  weeks = new Map<number, Counts>();
  months = new Map<number, Counts>();
  dated = 0;
  undated = 0;

  constructor(dir: string) {
    this.it = scanTable(dir, 'articles', ['article_id', 'published_at']);
  }

  /** Moves to the article `id`; false when the table ends first. */
  async seek(id: string): Promise<boolean> {
    while (this.id !== id) if (!(await this.next())) return false;
    return true;
  }

  async drain(): Promise<void> {
    while (await this.next());
  }

  private async next(): Promise<boolean> {
    while (this.row >= this.rows) {
      const r = await this.it.next();
      if (r.done) { this.id = null; return false; }
      this.rows = r.value.numRows;
      this.row = 0;
      this.ids = column(r.value, 'article_id');
      this.dates = column(r.value, 'published_at');
    }
    this.id = String(this.ids(this.row));
    const d = this.dates(this.row) as number | null;
    this.date = d;
    this.row++;
    if (d === null) this.undated++;
    else {
      this.dated++;
      bump(this.weeks, weekOf(d), 'articles');
      bump(this.months, monthOf(d), 'articles');
    }
    return true;
  }
}

/**
 * One pass over mentions: mentions per week/month by publication date, and article co-occurrence of the
 * top entities. Only top-level mentions count (nested_in empty), as in entities.mention_count.
 */
async function scanMentions(dir: string, top: RankedEntity[]) {
  const index = new Map(top.map((e, i) => [e.id, i]));
  const matrix = top.map(() => top.map(() => 0));
  const present = new Set<number>();
  const flush = () => {
    for (const i of present) for (const j of present) matrix[i][j]++;
    present.clear();
  };

  const cursor = new DateCursor(dir);
  let inStep = true;
  let undatedMentions = 0;
  let current: string | null = null;
  for await (const b of scanTable(dir, 'mentions', ['article_id', 'entity_id', 'nested_in'])) {
    const articleId = column(b, 'article_id');
    const entityId = column(b, 'entity_id');
    const nestedIn = column(b, 'nested_in');
    for (let i = 0; i < b.numRows; i++) {
      if (nestedIn(i) !== null) continue;
      const article = String(articleId(i));
      if (article !== current) {
        flush();
        current = article;
        if (inStep) inStep = await cursor.seek(article);
      }
      const e = entityId(i) as string | null;
      const k = e === null ? undefined : index.get(e);
      if (k !== undefined) present.add(k);
      if (!inStep) continue;
      if (cursor.date === null) undatedMentions++;
      else {
        bump(cursor.weeks, weekOf(cursor.date), 'mentions');
        bump(cursor.months, monthOf(cursor.date), 'mentions');
      }
    }
  }
  flush();
  if (inStep) await cursor.drain();
  else return { matrix, timeline: await timelineByMap(dir) };
  return { matrix, timeline: buckets(cursor.weeks, cursor.months, cursor.dated, cursor.undated, undatedMentions) };
}

/**
 * The same timeline when the two tables are not in step (never so for a run's own output, but a
 * folder edited by hand may be): a map of article dates, then a second pass over mentions.
 */
async function timelineByMap(dir: string): Promise<ReportData['timeline']> {
  const dates = new Map<string, number | null>();
  const weeks = new Map<number, Counts>();
  const months = new Map<number, Counts>();
  let dated = 0;
  let undated = 0;
  for await (const b of scanTable(dir, 'articles', ['article_id', 'published_at'])) {
    const id = column(b, 'article_id');
    const published = column(b, 'published_at');
    for (let i = 0; i < b.numRows; i++) {
      const d = published(i) as number | null;
      dates.set(String(id(i)), d);
      if (d === null) undated++;
      else { dated++; bump(weeks, weekOf(d), 'articles'); bump(months, monthOf(d), 'articles'); }
    }
  }
  let undatedMentions = 0;
  for await (const b of scanTable(dir, 'mentions', ['article_id', 'nested_in'])) {
    const id = column(b, 'article_id');
    const nestedIn = column(b, 'nested_in');
    for (let i = 0; i < b.numRows; i++) {
      if (nestedIn(i) !== null) continue;
      const d = dates.get(String(id(i))) ?? null;
      if (d === null) undatedMentions++;
      else { bump(weeks, weekOf(d), 'mentions'); bump(months, monthOf(d), 'mentions'); }
    }
  }
  return buckets(weeks, months, dated, undated, undatedMentions);
}

/** Weekly buckets for up to two years of dates, monthly up to ten, else yearly; gaps filled with zeros. */
function buckets(
  weeks: Map<number, Counts>, months: Map<number, Counts>, dated: number, undated: number, undatedMentions: number,
): ReportData['timeline'] {
  const base = { datedArticles: dated, undatedArticles: undated, undatedMentions, droppedBuckets: 0 };
  if (!weeks.size) return { granularity: 'week', buckets: [], ...base };
  const span = (m: Map<number, Counts>, step: number) => {
    const keys = [...m.keys()];
    return { lo: Math.min(...keys), hi: Math.max(...keys), n: (Math.max(...keys) - Math.min(...keys)) / step + 1 };
  };
  const fill = (m: Map<number, Counts>, lo: number, hi: number, step: number, label: (k: number) => string) => {
    const out: TimeBucket[] = [];
    for (let k = lo; k <= hi; k += step) out.push({ label: label(k), ...(m.get(k) ?? { mentions: 0, articles: 0 }) });
    return out;
  };
  const cap = (bs: TimeBucket[]) => {
    const dropped = Math.max(0, bs.length - MAX_TIME_BUCKETS);
    return { buckets: bs.slice(dropped), droppedBuckets: dropped };
  };
  const w = span(weeks, 7);
  if (w.n <= 106) {
    const label = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
    return { granularity: 'week', ...base, ...cap(fill(weeks, w.lo, w.hi, 7, label)) };
  }
  const mo = span(months, 1);
  if (mo.n <= 120) {
    const label = (k: number) => `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`;
    return { granularity: 'month', ...base, ...cap(fill(months, mo.lo, mo.hi, 1, label)) };
  }
  const years = new Map<number, Counts>();
  for (const [k, c] of months) {
    const y = years.get(Math.floor(k / 12)) ?? { mentions: 0, articles: 0 };
    years.set(Math.floor(k / 12), { mentions: y.mentions + c.mentions, articles: y.articles + c.articles });
  }
  const y = span(years, 1);
  return { granularity: 'year', ...base, ...cap(fill(years, y.lo, y.hi, 1, String)) };
}

/** The first rows of the errors table, and how many there are. */
async function firstErrors(dir: string): Promise<ReportData['errors']> {
  const cols = ['source_path', 'record_index', 'article_id', 'stage', 'code', 'severity', 'message'] as const;
  const rows: ErrorRowShown[] = [];
  let total = 0;
  for await (const b of scanTable(dir, 'errors', [...cols])) {
    const get = cols.map((c) => [c, column(b, c)] as const);
    for (let i = 0; i < b.numRows && rows.length < ERROR_ROWS_SHOWN; i++) {
      rows.push(Object.fromEntries(get.map(([c, f]) => [c, f(i)])) as ErrorRowShown);
    }
    total += b.numRows;
  }
  return { rows, total };
}
