/**
 * Checks a run over a hostile corpus against its expected.json: every file got the outcome it
 * must get, every error code is in the catalogue, every error row points at a path that exists,
 * nothing crashed, and the control articles' rows are byte-identical to a run over the controls
 * alone. Paths and codes are read from the Parquet tables through DuckDB (an independent reader,
 * and free of the CSV formula guard); the byte comparison is done on the CSV tables.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { CODES } from '../../src/errors.ts';
import type { Expectation, Manifest, Outcome } from './corpus.ts';
import { readCsv } from './csv.ts';

export interface Failure {
  path: string;
  problem: string;
}

/** Why a file failed its check. */
export type FailureKind =
  /** Its rows are not the outcome expected.json gives. */
  | 'outcome'
  /** A row has a code that is not in the catalogue. */
  | 'code'
  /** A row names a path that is not in the input (or not in the corpus). */
  | 'path';

export interface CheckReport {
  /** Entries of the manifest (hostile files and controls). */
  files: number;
  hostileFiles: number;
  articles: number;
  errorRowsByCode: Record<string, number>;
  /** Files whose rows are not what the manifest says, by kind. */
  failures: Array<Failure & { kind: FailureKind }>;
  /** Rows that mean a stage, a reader or a worker failed (E_STAGE, E_WORKER, "unexpected failure"). */
  crashes: Failure[];
  /** Files that ran past the time budget (E_TIMEOUT). */
  hangs: Failure[];
  /** Rows of control articles (per table) that differ from the run over the controls alone. */
  controlRowsChanged: number;
  controlRowsCompared: number;
  controlDiffs: Failure[];
}

interface ErrorRow {
  source_path: string;
  record_index: number | null;
  article_id: string | null;
  code: string;
  severity: string;
  message: string;
}

/** Tables whose rows belong to one article (first column article_id). */
const ARTICLE_TABLES = ['articles', 'paragraphs', 'sentences', 'mentions', 'quotes'];

export async function checkRun(opts: {
  manifest: Manifest;
  inputDir: string;
  outDir: string;
  /** Output of a run over the control files alone (input/good copied to the same relative paths). */
  controlOutDir?: string;
  asRoot?: boolean;
}): Promise<CheckReport> {
  const { manifest, inputDir, outDir } = opts;
  const asRoot = opts.asRoot ?? process.getuid?.() === 0;
  const db = await (await DuckDBInstance.create(':memory:')).connect();
  const rows = async <T>(q: string) => (await db.runAndReadAll(q)).getRowObjectsJS() as T[];
  const parquet = (table: string) => `read_parquet('${join(outDir, `${table}.parquet`).replace(/'/g, "''")}')`;
  const errors = await rows<ErrorRow>(`SELECT source_path, record_index, article_id, code, severity, message FROM ${parquet('errors')}`);
  const articles = await rows<{ source_path: string; article_id: string }>(`SELECT source_path, article_id FROM ${parquet('articles')}`);
  db.closeSync();

  const failures: Array<Failure & { kind: FailureKind }> = [];
  const crashes: Failure[] = [];
  const hangs: Failure[] = [];
  const errorRowsByCode: Record<string, number> = {};
  const errorsByPath = groupBy(errors, (e) => e.source_path);
  const articlesByPath = groupBy(articles, (a) => a.source_path);
  const byPath = new Map(manifest.files.map((f) => [f.path, f]));

  for (const e of errors) {
    errorRowsByCode[e.code] = (errorRowsByCode[e.code] ?? 0) + 1;
    if (!(e.code in CODES)) failures.push({ kind: 'code', path: e.source_path, problem: `code ${e.code} is not in the catalogue (src/errors.ts)` });
    if (e.code === 'E_STAGE' || e.code === 'E_WORKER' || /unexpected failure/.test(e.message)) crashes.push({ path: e.source_path, problem: `${e.code}: ${e.message}` });
    if (e.code === 'E_TIMEOUT') hangs.push({ path: e.source_path, problem: e.message });
    const entry = byPath.get(e.source_path);
    if (!entry) failures.push({ kind: 'path', path: e.source_path, problem: `an error row (${e.code}) for a path the corpus does not have` });
    else if (!pathExists(inputDir, entry)) failures.push({ kind: 'path', path: e.source_path, problem: `error row (${e.code}) names a path that does not exist in the input` });
  }
  for (const path of articlesByPath.keys()) {
    if (!byPath.has(path)) failures.push({ kind: 'path', path, problem: 'article rows for a path the corpus does not have' });
  }

  for (const entry of manifest.files) {
    const outcome: Outcome = asRoot && entry.asRoot !== undefined ? entry.asRoot : entry.expect;
    const problem = judge(entry, outcome, errorsByPath.get(entry.path) ?? [], (articlesByPath.get(entry.path) ?? []).length);
    if (problem) failures.push({ kind: 'outcome', path: entry.path, problem });
  }

  const control = opts.controlOutDir ? compareControls(manifest, outDir, opts.controlOutDir) : { changed: 0, compared: 0, diffs: [] };
  return {
    files: manifest.files.length,
    hostileFiles: manifest.files.filter((f) => !f.control).length,
    articles: articles.length,
    errorRowsByCode: Object.fromEntries(Object.entries(errorRowsByCode).sort()),
    failures,
    crashes,
    hangs,
    controlRowsChanged: control.changed,
    controlRowsCompared: control.compared,
    controlDiffs: control.diffs,
  };
}

/** What is wrong with one file's rows, or null when they are what `outcome` says. */
function judge(entry: Expectation, outcome: Outcome, errs: ErrorRow[], articles: number): string | null {
  const errorCodes = new Set(errs.filter((e) => e.severity === 'error').map((e) => e.code));
  const warningCodes = new Set(errs.filter((e) => e.severity === 'warning').map((e) => e.code));
  const seen = () => `articles ${articles}, rows ${errs.map((e) => e.code).join(' ') || '(none)'}`;
  const missingWarnings = (entry.warnings ?? []).filter((w) => !warningCodes.has(w));
  if (outcome === 'baseline') return null; // compared with the control run instead
  if (outcome === 'ignored') return articles || errs.length ? `expected no rows at all; got ${seen()}` : null;
  if (missingWarnings.length) return `expected warning ${missingWarnings.join(', ')}; got ${seen()}`;
  if (entry.rows) {
    for (const [code, n] of Object.entries(entry.rows)) {
      const got = errs.filter((e) => e.code === code).length;
      if (got !== n) return `expected ${n} ${code} rows, got ${got} (${seen()})`;
    }
  }
  if (outcome === 'good') {
    if (errorCodes.size) return `expected to be read without errors; got ${seen()}`;
    if (entry.articles !== undefined ? articles !== entry.articles : articles < 1) return `expected ${entry.articles ?? 'at least 1'} article(s); got ${seen()}`;
    if (warningCodes.has('W_SKIPPED') || warningCodes.has('W_SYMLINK')) return `expected to be read; got ${seen()}`;
    return null;
  }
  if (outcome === 'warned') {
    if (articles || errorCodes.size) return `expected only the warnings ${entry.warnings?.join(', ')}; got ${seen()}`;
    return null;
  }
  if (outcome === 'any') {
    if (!articles && !errs.length) return 'expected some row (an article, an error or a warning); got none';
    const allowed = new Set(entry.oneOf ?? []);
    if (articles && !allowed.has('good')) return `was read, which is not one of ${[...allowed].join(', ')}`;
    const other = [...errorCodes].filter((c) => !allowed.has(c));
    return other.length ? `got ${other.join(', ')}, not one of ${[...allowed].join(', ')}` : null;
  }
  const missing = outcome.filter((c) => !errorCodes.has(c) && !warningCodes.has(c));
  const other = [...errorCodes].filter((c) => !outcome.includes(c));
  if (missing.length || other.length) return `expected ${outcome.join(', ')}; got ${seen()}`;
  if (articles !== (entry.articles ?? 0)) return `expected ${entry.articles ?? 0} article(s); got ${seen()}`;
  return null;
}

function pathExists(inputDir: string, entry: Expectation): boolean {
  const abs = entry.pathBytes !== undefined
    ? Buffer.concat([Buffer.from(inputDir + '/'), Buffer.from(entry.pathBytes, 'hex')])
    : join(inputDir, entry.path);
  try {
    lstatSync(abs);
    return true;
  } catch {
    return false;
  }
}

/**
 * Compares, table by table, the CSV rows of every control article (and the error rows of every
 * control file) in the mixed run with those of the run over the controls alone.
 */
function compareControls(manifest: Manifest, outDir: string, controlDir: string): { changed: number; compared: number; diffs: Failure[] } {
  const controlPaths = new Set(manifest.files.filter((f) => f.control).map((f) => f.path));
  const read = (dir: string, table: string) => (existsSync(join(dir, `${table}.csv`)) ? readCsv(readFileSync(join(dir, `${table}.csv`), 'utf8')).slice(1) : []);
  const controlIds = new Set(read(controlDir, 'articles').map((r) => r.fields[0]));
  let changed = 0;
  let compared = 0;
  const diffs: Failure[] = [];
  const compare = (table: string, keyOf: (fields: string[]) => string | null) => {
    const pick = (dir: string) => {
      const m = new Map<string, string[]>();
      for (const r of read(dir, table)) {
        const key = keyOf(r.fields);
        if (key === null) continue;
        if (!m.has(key)) m.set(key, []);
        m.get(key)!.push(r.raw);
      }
      return m;
    };
    const want = pick(controlDir);
    const got = pick(outDir);
    for (const key of new Set([...want.keys(), ...got.keys()])) {
      const a = want.get(key) ?? [];
      const b = got.get(key) ?? [];
      compared += a.length;
      const bSet = multiset(b);
      let differing = 0;
      for (const raw of a) {
        const n = bSet.get(raw) ?? 0;
        if (n > 0) bSet.set(raw, n - 1);
        else differing++;
      }
      differing += [...bSet.values()].reduce((s, n) => s + n, 0);
      if (differing) {
        changed += differing;
        if (diffs.length < 20) diffs.push({ path: `${table}:${key}`, problem: `${differing} row(s) differ from the run over the controls alone` });
      }
    }
  };
  for (const t of ARTICLE_TABLES) compare(t, (f) => (controlIds.has(f[0]) ? f[0] : null));
  compare('errors', (f) => (controlPaths.has(f[0]) ? f[0] : null));
  return { changed, compared, diffs };
}

function multiset(items: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of items) m.set(s, (m.get(s) ?? 0) + 1);
  return m;
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(t);
  }
  return m;
}

/** A short text summary of a report, for a terminal. */
export function formatReport(r: CheckReport): string {
  const lines = [
    `files: ${r.files} (${r.hostileFiles} hostile), articles: ${r.articles}`,
    `error rows by code: ${Object.entries(r.errorRowsByCode).map(([c, n]) => `${c} ${n}`).join(', ') || '(none)'}`,
    `crashes: ${r.crashes.length}`,
    `hangs (past the time budget): ${r.hangs.length}`,
    `expectation failures: ${r.failures.length}`,
    `control rows changed: ${r.controlRowsChanged} of ${r.controlRowsCompared}`,
  ];
  for (const f of [...r.crashes, ...r.hangs, ...r.failures, ...r.controlDiffs].slice(0, 40)) lines.push(`  ${JSON.stringify(f.path)}: ${f.problem}`);
  return lines.join('\n');
}
