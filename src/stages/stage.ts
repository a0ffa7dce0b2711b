import type { ArticleDoc, Layer } from '../model/doc.ts';
import type { PipelineConfig } from '../config.ts';

/**
 * A per-article stage: takes the document, returns it enriched. Warnings are pushed onto
 * `doc.problems`; a stage throws only on a bug, and the pipeline turns that into one E_STAGE row.
 */
export interface Stage {
  name: string;
  requires: Layer[];
  assigns: Layer[];
  run(doc: ArticleDoc, config: PipelineConfig): ArticleDoc;
}
