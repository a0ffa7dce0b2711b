/**
 * The pipeline: the ordered list of per-article stages, and how one input file becomes rows.
 * load → segment → entities → quotes → normalise; export happens in run.ts.
 */
import { readFileSync } from 'node:fs';
import type { ArticleDoc, InputFormat, Layer } from './model/doc.ts';
import type { PipelineConfig } from './config.ts';
import type { Stage } from './stages/stage.ts';
import { readArticleFile, type DiscoveredFile } from './stages/load/index.ts';
import { readProblem } from './stages/load/discover.ts';
import { segment } from './stages/segment/index.ts';
import { entities } from './stages/entities/index.ts';
import { quotes } from './stages/quotes/index.ts';
import { normalise } from './stages/normalise/index.ts';
import { problem } from './errors.ts';
import { appendRows, docToRows, emptyRows, errorRow, type ArticleRows } from './export/rows.ts';
import { RowCache } from './cache.ts';

/** The stages a config selects, in order; throws if a stage needs a layer no earlier stage assigns. */
export function buildStages(config: PipelineConfig): Stage[] {
  const stages = [
    segment,
    config.stages.entities && entities,
    config.stages.quotes && quotes,
    config.stages.normalise && normalise,
  ].filter((s): s is Stage => Boolean(s));
  const have = new Set<Layer>(['text', 'meta']);
  for (const s of stages) {
    const missing = s.requires.filter((l) => !have.has(l));
    // Quotes can run without entities: speakers then stay unresolved.
    if (missing.length && !(s.name === 'quotes' && missing.every((l) => l === 'mentions'))) {
      throw new Error(`stage "${s.name}" needs ${missing.join(', ')}, which no earlier stage assigns; enable the stage that does`);
    }
    s.assigns.forEach((l) => have.add(l));
  }
  return stages;
}

/** Runs the stages over one document; a stage that throws turns the article into one E_STAGE row. */
export function processDoc(doc: ArticleDoc, stages: Stage[], config: PipelineConfig, out: ArticleRows): void {
  for (const stage of stages) {
    try {
      doc = stage.run(doc, config);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      out.errors.push(errorRow(doc.sourcePath, problem('E_STAGE', stage.name, { stage: stage.name, reason }), doc.recordIndex, doc.id));
      return;
    }
  }
  docToRows(doc, out);
}

/** Rows of one article file: read, decode, run every stage over each of its articles. */
export function processFile(
  file: { relPath: string; format: InputFormat }, bytes: Uint8Array, stages: Stage[], config: PipelineConfig,
): ArticleRows {
  const out = emptyRows();
  const result = readArticleFile(file, bytes, config);
  for (const p of result.problems) out.errors.push(errorRow(file.relPath, p, p.recordIndex ?? null));
  for (const doc of result.docs) processDoc(doc, stages, config, out);
  return out;
}

/**
 * Reads and processes a list of discovered files, returning their rows in input order.
 * `onFile(i)` is called before the i-th file is started (the worker pool's time budget uses it);
 * with a cache, a file whose path and bytes were seen before is not processed again.
 * `stages` may be a function, called at the first file not found in the cache (so a run served
 * wholly from the cache never loads the models); onFile(i) is then called again for that file.
 */
export function processFiles(
  files: DiscoveredFile[], stages: Stage[] | (() => Stage[]), config: PipelineConfig,
  onFile?: (index: number) => void, cache?: RowCache, usedKeys?: string[],
): ArticleRows {
  const out = emptyRows();
  let ready = Array.isArray(stages) ? stages : null;
  for (const [index, file] of files.entries()) {
    onFile?.(index);
    if (file.kind !== 'article' || !file.format) {
      if (file.problem) out.errors.push(errorRow(file.relPath, file.problem));
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file.absPath);
    } catch (err) {
      out.errors.push(errorRow(file.relPath, readProblem(err)));
      continue;
    }
    const key = cache ? RowCache.key(file.relPath, bytes) : '';
    let rows = cache?.get(key) ?? null;
    if (!rows) {
      if (!ready) {
        ready = (stages as () => Stage[])();
        onFile?.(index);
      }
      try {
        rows = processFile({ relPath: file.relPath, format: file.format }, bytes, ready, config);
        cache?.set(key, rows);
      } catch (err) {
        // Readers and stages report their own problems; this is the last guard, so one file's bug costs one file.
        const reason = err instanceof Error ? err.message : String(err);
        out.errors.push(errorRow(file.relPath, problem('E_STAGE', 'load', { stage: 'load', reason })));
        continue;
      }
    }
    usedKeys?.push(key);
    appendRows(out, rows);
  }
  return out;
}
