/**
 * examples/duckdb/questions.sql, run as a user would: the real CLI over input/, then every
 * statement of the file through DuckDB against that output folder.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';

const SQL = readFileSync(join(ROOT, 'examples/duckdb/questions.sql'), 'utf8');

interface Answer { sql: string; columns: string[]; rows: Record<string, unknown>[] }

/** Runs the file's statements in order in a fresh database; returns the result of each query. */
async function runQuestions(outputDir: string, sql = SQL): Promise<Answer[]> {
  expect(sql).toContain("'output/");
  const text = sql.replaceAll("'output/", `'${outputDir}/`);
  const conn = await (await DuckDBInstance.create(':memory:')).connect();
  const answers: Answer[] = [];
  try {
    for (const statement of text.split(/;[ \t]*(?:\n|$)/)) {
      const body = statement.split('\n').filter((l) => !l.trim().startsWith('--')).join('\n').trim();
      if (!body) continue;
      const r = await conn.runAndReadAll(body);
      if (/^(SELECT|WITH)\b/i.test(body)) answers.push({ sql: body, columns: r.columnNames(), rows: r.getRowObjectsJS() });
    }
  } finally {
    conn.closeSync();
  }
  return answers;
}

describe('examples/duckdb/questions.sql on the output of input/', () => {
  const out = join(tempDir(), 'output');
  let answers: Answer[];
  beforeAll(async () => {
    const run = runCli(['--input', join(ROOT, 'input'), '--output', out, '--quiet']);
    expect(run.status, run.stderr).toBe(0);
    answers = await runQuestions(out);
  });

  it('asks three questions', () => {
    expect(answers.length).toBe(3);
  });

  it('finds who is quoted most about Iran, each speaker with a count and an example quote', () => {
    const [who] = answers;
    expect(who.columns).toEqual(['speaker', 'quotes', 'articles', 'example_quote']);
    expect(who.rows.length).toBeGreaterThan(0);
    for (const r of who.rows) {
      expect(typeof r.speaker).toBe('string');
      expect(Number(r.quotes)).toBeGreaterThan(0);
    }
    const counts = who.rows.map((r) => Number(r.quotes));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('filters on the topic: a topic no article names finds nobody', async () => {
    const [who] = await runQuestions(out, SQL.replace("SET VARIABLE topic = 'Iran'", "SET VARIABLE topic = 'Zanzibar-nowhere'"));
    expect(who.rows).toEqual([]);
  });

  it('pairs organisations named in the same article, each pair once', () => {
    const orgs = answers[1];
    expect(orgs.columns).toEqual(['organisation_a', 'organisation_b', 'articles']);
    expect(orgs.rows.length).toBeGreaterThan(0);
    const pairs = orgs.rows.map((r) => `${r.organisation_a}|${r.organisation_b}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const r of orgs.rows) expect(String(r.organisation_a) < String(r.organisation_b)).toBe(true);
  });

  it('counts mentions per week over the dated articles (md, html, json and jsonl carry dates)', async () => {
    const weeks = answers[2];
    expect(weeks.columns).toEqual(['week', 'articles', 'mentions', 'person_mentions', 'org_mentions', 'loc_mentions']);
    expect(weeks.rows.length).toBeGreaterThanOrEqual(5);
    for (const r of weeks.rows) {
      const monday = new Date(String(r.week));
      expect(monday.getUTCDay(), String(r.week)).toBe(1);
      expect(Number(r.mentions)).toBeGreaterThanOrEqual(Number(r.person_mentions) + Number(r.org_mentions) + Number(r.loc_mentions));
    }
    const conn = await (await DuckDBInstance.create(':memory:')).connect();
    const dated = (await conn.runAndReadAll(
      `select distinct format from '${out}/articles.parquet' where published_at is not null order by 1`,
    )).getRowObjectsJS().map((r) => r.format);
    conn.closeSync();
    expect(dated).toEqual(['html', 'json', 'jsonl', 'md']);
    expect(weeks.rows.reduce((n, r) => n + Number(r.articles), 0)).toBe(7);
  });
});
