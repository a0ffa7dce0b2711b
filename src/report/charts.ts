/**
 * Hand-made inline SVG charts for the run report: horizontal bars, a column chart over time and a
 * heat-map matrix. Every label and tooltip goes through `esc`; the charts need no script.
 */
import { esc, truncate } from './escape.ts';

export interface Bar {
  label: string;
  value: number;
  /** Tooltip; defaults to "label: value". */
  title?: string;
}

const FONT = 12;
const fmt = (n: number) => n.toLocaleString('en-US');

/** Horizontal bar chart, largest first as given; one row per bar. */
export function barChart(bars: Bar[], opts: { color: string; width?: number; labelWidth?: number; label?: string }): string {
  const width = opts.width ?? 520;
  const labelWidth = opts.labelWidth ?? 190;
  const row = 22;
  const height = bars.length * row + 4;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const room = width - labelWidth - 56;
  const parts = bars.map((b, i) => {
    const y = i * row + 2;
    const w = b.value > 0 ? Math.max(1, (b.value / max) * room) : 0;
    const title = esc(b.title ?? `${b.label}: ${fmt(b.value)}`);
    return `<g><title>${title}</title>`
      + `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${esc(truncate(b.label, 28))}</text>`
      + `<rect class="bar" x="${labelWidth}" y="${y + 3}" width="${w.toFixed(1)}" height="${row - 6}" fill="${opts.color}"/>`
      + `<text x="${(labelWidth + w + 6).toFixed(1)}" y="${y + 15}" class="value">${fmt(b.value)}</text></g>`;
  });
  return `<svg class="chart bars" role="img" aria-label="${esc(opts.label ?? 'bar chart')}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${FONT}">${parts.join('')}</svg>`;
}

/** Column chart of counts over time buckets, with an axis of a few labels and the maximum. */
export function timeChart(buckets: { label: string; value: number; title: string }[], opts: { color: string; label: string }): string {
  const width = 1080;
  const height = 240;
  const left = 48;
  const bottom = 40;
  const top = 12;
  const plotH = height - top - bottom;
  const plotW = width - left - 12;
  const max = Math.max(1, ...buckets.map((b) => b.value));
  const step = plotW / Math.max(1, buckets.length);
  const barW = Math.max(1, step * 0.8);
  const every = Math.max(1, Math.ceil(buckets.length / 12));
  const parts: string[] = [
    `<line x1="${left}" y1="${top + plotH}" x2="${width - 12}" y2="${top + plotH}" class="axis"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${top + plotH}" class="axis"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${fmt(max)}</text>`,
    `<text x="${left - 6}" y="${top + plotH}" text-anchor="end">0</text>`,
  ];
  buckets.forEach((b, i) => {
    const h = b.value > 0 ? Math.max(1, (b.value / max) * plotH) : 0;
    const x = left + i * step + (step - barW) / 2;
    parts.push(`<g><title>${esc(b.title)}</title><rect class="bar" x="${x.toFixed(1)}" y="${(top + plotH - h).toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${opts.color}"/></g>`);
    if (i % every === 0) {
      parts.push(`<text x="${(left + i * step + step / 2).toFixed(1)}" y="${top + plotH + 16}" text-anchor="middle">${esc(b.label)}</text>`);
    }
  });
  return `<svg class="chart time" role="img" aria-label="${esc(opts.label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${FONT}">${parts.join('')}</svg>`;
}

/**
 * Symmetric matrix as a heat map: cell (i, j) is counts[i][j]; the diagonal (the count of the
 * entity alone) is drawn grey so it does not swamp the colour scale of the pairs.
 */
export function heatMap(labels: string[], counts: number[][], opts: { label: string }): string {
  const cellSize = 30;
  const left = 200;
  const top = 150;
  const n = labels.length;
  const width = left + n * cellSize + 130; // room for the slanted column labels
  const height = top + n * cellSize + 10;
  let max = 1;
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) max = Math.max(max, counts[i][j]);
  const parts: string[] = [];
  labels.forEach((l, i) => {
    const name = esc(truncate(l, 26));
    parts.push(`<text x="${left - 6}" y="${top + i * cellSize + 19}" text-anchor="end">${name}</text>`);
    const cx = left + i * cellSize + 19;
    parts.push(`<text x="${cx}" y="${top - 6}" transform="rotate(-50 ${cx} ${top - 6})">${name}</text>`);
  });
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const v = counts[i][j];
      const diag = i === j;
      const fill = diag ? '#d9d9d9' : shade(v / max);
      const tip = diag
        ? `${labels[i]}: in ${fmt(v)} article(s)`
        : `${labels[i]} and ${labels[j]}: together in ${fmt(v)} article(s)`;
      const x = left + j * cellSize;
      const y = top + i * cellSize;
      parts.push(`<g><title>${esc(tip)}</title><rect class="cell${diag ? ' diag' : ''}" x="${x}" y="${y}" width="${cellSize - 2}" height="${cellSize - 2}" fill="${fill}"/>`
        + (v > 0 ? `<text x="${x + (cellSize - 2) / 2}" y="${y + 19}" text-anchor="middle"${!diag && v / max > 0.55 ? ' class="on-dark"' : ''}>${fmt(v)}</text>` : '')
        + '</g>');
    }
  }
  return `<svg class="chart heat" role="img" aria-label="${esc(opts.label)}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-size="${FONT - 1}">${parts.join('')}</svg>`;
}

/** White to dark blue. */
function shade(t: number): string {
  if (t <= 0) return '#f4f6f9';
  const from = [222, 235, 247];
  const to = [8, 69, 148];
  const c = from.map((f, k) => Math.round(f + (to[k] - f) * Math.min(1, t)));
  return `rgb(${c.join(',')})`;
}
