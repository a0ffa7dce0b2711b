/**
 * The run report as one self-contained HTML page: inline CSS and SVG, no script, no network. A
 * Content-Security-Policy forbids scripts and every outside load, a second guard behind `esc`.
 */
import { VERSION } from '../version.ts';
import type { RunCounts } from '../export/manifest.ts';
import type { ReportData } from './aggregate.ts';
import { barChart, heatMap, timeChart } from './charts.ts';
import { esc } from './escape.ts';

export interface RunInfo {
  started: Date;
  finished: Date;
  counts: RunCounts;
  rows: Record<string, number>;
  errorsByCode: Record<string, number>;
}

export const TYPE_COLORS: Record<string, string> = {
  PERSON: '#4e79a7', ORG: '#f28e2b', LOC: '#59a14f', NORP: '#b07aa1', EVENT: '#e15759', LAW: '#9c755f', MISC: '#76b7b2',
};
const TYPE_NAMES: Record<string, string> = {
  PERSON: 'People', ORG: 'Organisations', LOC: 'Places', NORP: 'Nationalities and groups', EVENT: 'Events', LAW: 'Laws and treaties', MISC: 'Other names',
};

const fmt = (n: number) => n.toLocaleString('en-US');
const note = (html: string) => `<p class="note">${html}</p>`;

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#222;margin:0;background:#f6f7f9}
main{max-width:1180px;margin:0 auto;padding:24px}
h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:0 0 12px}h3{font-size:14px;margin:0 0 6px}
section{background:#fff;border:1px solid #e2e5ea;border-radius:6px;padding:16px 20px;margin:16px 0;overflow-x:auto}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:16px}
.note{color:#555;font-size:13px;margin:6px 0}.muted{color:#777}
table{border-collapse:collapse;font-size:13px}th,td{border-bottom:1px solid #eceef1;padding:4px 10px 4px 0;text-align:left;vertical-align:top}
td.n,th.n{text-align:right}.summary td:first-child{color:#555}
.tables{display:flex;gap:40px;flex-wrap:wrap}
svg text{fill:#333}svg text.value{fill:#555}svg text.on-dark{fill:#fff}svg .axis{stroke:#999}
.errors td{max-width:520px;overflow-wrap:anywhere}
.sev-error{color:#b3261e}.sev-warning{color:#8a6100}#errors h3{margin-top:16px}
`;

/** The whole page. */
export function renderReport(data: ReportData, info: RunInfo): string {
  const body = [header(info), summary(data, info)];
  if (data.source === null) {
    body.push(`<section id="charts"><h2>Charts</h2>${note(
      'The charts are drawn from the Arrow or Parquet tables, and this run wrote neither (only CSV). '
      + 'Run again with <code>--formats csv,arrow</code> (or <code>parquet</code>) to get them; the CSV tables are complete.',
    )}</section>`);
  } else {
    body.push(entities(data), speakers(data), timeline(data), cooccurrence(data));
  }
  body.push(errors(data, info));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>newsframe run report</title>
<style>${CSS}</style>
</head>
<body>
<main>
${body.join('\n')}
</main>
</body>
</html>
`;
}

function header(info: RunInfo): string {
  return `<header><h1>newsframe run report</h1><p class="muted">newsframe ${esc(VERSION)} · run finished ${esc(info.finished.toISOString())}`
    + ' · column meanings in <a href="SCHEMA.md">SCHEMA.md</a></p></header>';
}

function summary(data: ReportData, info: RunInfo): string {
  const c = info.counts;
  const seconds = (info.finished.getTime() - info.started.getTime()) / 1000;
  const facts: [string, string][] = [
    ['started', info.started.toISOString()],
    ['finished', info.finished.toISOString()],
    ['duration', `${seconds.toFixed(1)} s`],
    ['input entries', fmt(c.files)],
    ['article files', fmt(c.articleFiles)],
    ['skipped files', fmt(c.skippedFiles)],
    ...(c.cacheHits ? [['article files from the cache', fmt(c.cacheHits)] as [string, string]] : []),
    ['articles', fmt(c.articles)],
    ['error rows', fmt(c.errorRows)],
    ['warning rows', fmt(c.warningRows)],
    ['charts read from', data.source === null ? 'nothing (CSV only)' : `${data.source === 'arrow' ? 'Arrow IPC' : 'Parquet'} files`],
  ];
  const rows = Object.entries(info.rows).map(([t, n]) => `<tr><td>${esc(t)}</td><td class="n">${fmt(n)}</td></tr>`);
  return `<section id="summary"><h2>Run summary</h2><div class="tables">`
    + `<table class="summary"><tbody>${facts.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</tbody></table>`
    + `<table><thead><tr><th>table</th><th class="n">rows</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    + '</div></section>';
}

function entities(data: ReportData): string {
  const charts = data.entityTypes.map((t) => {
    const bars = t.top.map((e) => ({
      label: e.name, value: e.mentions,
      title: `${e.name} (${e.type}): ${fmt(e.mentions)} mention(s) in ${fmt(e.articles)} article(s)`,
    }));
    const name = TYPE_NAMES[t.type] ?? t.type;
    return `<div class="type"><h3>${esc(name)} <span class="muted">(${esc(t.type)}; top ${t.top.length} of ${fmt(t.entities)} by mentions)</span></h3>`
      + barChart(bars, { color: TYPE_COLORS[t.type] ?? '#888', label: `top ${t.type} entities by mentions` }) + '</div>';
  });
  return `<section id="entities"><h2>Top entities by type</h2>${charts.length ? `<div class="grid">${charts.join('')}</div>` : note('No entities were found.')}</section>`;
}

function speakers(data: ReportData): string {
  const s = data.speakers;
  const bars = s.top.map((p) => ({
    label: p.resolved ? p.name : `“${p.name}”`, value: p.quotes,
    title: `${p.name}: ${fmt(p.quotes)} quote(s)${p.resolved ? '' : ' (speaker as written, not resolved to an entity)'}`,
  }));
  const notes = [
    `${fmt(s.quotes)} quote(s) in all. Names in quotation marks are speakers as written, not resolved to an entity.`,
    s.pronouns ? `${fmt(s.pronouns)} quote(s) attributed to an unresolved pronoun are not counted.` : '',
    s.unknown ? `${fmt(s.unknown)} quote(s) have no speaker.` : '',
    s.approximate ? 'There were too many distinct speakers to count exactly: the rarest were dropped along the way, so counts may be slightly low.' : '',
  ].filter(Boolean).join(' ');
  const chart = bars.length ? barChart(bars, { color: '#4e79a7', label: 'most-quoted speakers' }) : note('No quote has a speaker.');
  return `<section id="speakers"><h2>Most-quoted speakers</h2>${chart}${note(esc(notes))}</section>`;
}

function timeline(data: ReportData): string {
  const t = data.timeline;
  if (!t.buckets.length) {
    return `<section id="timeline"><h2>Mentions over time</h2>${note(
      `No dates: none of the ${fmt(t.undatedArticles)} article(s) has a publication date (articles.published_at), so mentions cannot be placed in time.`,
    )}</section>`;
  }
  const unit = t.granularity;
  const per = unit === 'week' ? 'week (starting Monday, UTC)' : unit;
  const chart = timeChart(
    t.buckets.map((b) => ({
      label: b.label, value: b.mentions,
      title: `${unit} of ${b.label}: ${fmt(b.mentions)} mention(s) in ${fmt(b.articles)} article(s)`,
    })),
    { color: '#4e79a7', label: `mentions per ${unit}` },
  );
  const notes = [
    `Mentions (the rows of the mentions table, names inside longer names left out) per ${per}, by the article's publication date; ${fmt(t.datedArticles)} dated article(s).`,
    t.undatedArticles ? `${fmt(t.undatedArticles)} article(s) without a date (${fmt(t.undatedMentions)} mention(s)) are not shown.` : '',
    t.droppedBuckets ? `The ${fmt(t.droppedBuckets)} earliest ${unit}(s) are not shown.` : '',
  ].filter(Boolean).join(' ');
  return `<section id="timeline"><h2>Mentions over time</h2>${chart}${note(esc(notes))}</section>`;
}

function cooccurrence(data: ReportData): string {
  const { entities: es, matrix } = data.cooccurrence;
  if (es.length < 2) {
    return `<section id="cooccurrence"><h2>Entities that appear together</h2>${note('Fewer than two entities: nothing to pair.')}</section>`;
  }
  const labels = es.map((e) => `${e.name} (${e.type})`);
  return `<section id="cooccurrence"><h2>Entities that appear together</h2>`
    + heatMap(labels, matrix, { label: 'co-occurrence of the most widespread entities' })
    + note(esc(`The ${es.length} entities found in the most articles; each cell counts the articles where both appear (the grey diagonal: articles with the entity), names inside longer names left out as in entities.article_count.`))
    + '</section>';
}

function errors(data: ReportData, info: RunInfo): string {
  const codes = Object.entries(info.errorsByCode).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (!codes.length && !data.errors.total) {
    return `<section id="errors"><h2>Problems</h2>${note('No problems: every file was read and no warning was raised.')}</section>`;
  }
  const byCode = `<table><thead><tr><th>code</th><th class="n">rows</th></tr></thead><tbody>${codes
    .map(([code, n]) => `<tr><td><code>${esc(code)}</code></td><td class="n">${fmt(n)}</td></tr>`).join('')}</tbody></table>`;
  let rows = '';
  if (data.source !== null) {
    const shown = data.errors.rows.length;
    rows = `<h3>${shown < data.errors.total ? `First ${fmt(shown)} of ${fmt(data.errors.total)} rows` : `All ${fmt(shown)} rows`} of the errors table</h3>`
      + '<table class="errors"><thead><tr><th>source_path</th><th>record</th><th>stage</th><th>code</th><th>severity</th><th>message</th></tr></thead><tbody>'
      + data.errors.rows.map((r) => `<tr><td>${esc(r.source_path)}</td><td class="n">${esc(r.record_index ?? '')}</td><td>${esc(r.stage)}</td>`
        + `<td><code>${esc(r.code)}</code></td><td class="sev-${r.severity === 'error' ? 'error' : 'warning'}">${esc(r.severity)}</td><td>${esc(r.message)}</td></tr>`).join('')
      + '</tbody></table>';
  }
  return `<section id="errors"><h2>Problems</h2>${byCode}${rows}</section>`;
}
