/**
 * Pipeline configuration: a JSON file in pipelines/, validated here. Unknown keys are errors,
 * so a typo in a field name is reported instead of silently ignored.
 */
import { z } from 'zod';

const fieldList = z.array(z.string().min(1)).min(1);

export const configSchema = z
  .object({
    $schema: z.string().optional(),
    description: z.string().optional(),
    stages: z
      .object({
        entities: z.boolean().default(true),
        quotes: z.boolean().default(true),
        normalise: z.boolean().default(true),
      })
      .strict()
      .default({ entities: true, quotes: true, normalise: true }),
    load: z
      .object({
        /** Files larger than this are recorded as E_TOO_LARGE and never read. */
        maxFileBytes: z.number().int().positive().default(20 * 1024 * 1024),
        /** Follow symbolic links that stay inside the input folder. */
        followSymlinks: z.boolean().default(true),
        json: z
          .object({
            /** Field names tried in order for each article property of a JSON/JSONL record. */
            fields: z
              .object({
                // The full-text fields first, then the summaries an API may give instead (the NYT's lead_paragraph).
                // snake_case and camelCase spellings of the same field both occur ("articleBody" from schema.org,
                // "article_body" from scrapers that rename it); "story" is the body in some CMS exports.
                text: fieldList.default(['text', 'body', 'content', 'article', 'maintext', 'article_text', 'full_text', 'bodyText', 'body_text', 'articleBody', 'article_body', 'fields.bodyText', 'story', 'lead_paragraph', 'abstract', 'description', 'summary', 'snippet']),
                title: fieldList.default(['title', 'headline', 'webTitle', 'fields.headline', 'headline.main']),
                published_at: fieldList.default(['published_at', 'date', 'published', 'pubDate', 'date_publish', 'datetime', 'publish_date', 'datePublished', 'date_published', 'pub_date', 'webPublicationDate', 'publishedAt', 'published_date', 'publication_date', 'pubdate', 'seendate']),
                author: fieldList.default(['author', 'byline.original', 'byline', 'authors', 'fields.byline', 'creator']),
                source_name: fieldList.default(['source', 'source_name', 'publisher', 'outlet', 'site_name', 'media_name', 'publication', 'newspaper', 'source_domain']),
                url: fieldList.default(['url', 'link', 'source_url', 'webUrl', 'canonical_url', 'web_url']),
                // "inLanguage": schema.org's name, kept by dumps of JSON-LD.
                language: fieldList.default(['language', 'lang', 'inLanguage']),
              })
              .strict()
              .prefault({}),
          })
          .strict()
          .prefault({}),
      })
      .strict()
      .prefault({}),
    quotes: z
      .object({
        /** Attributions from cue words learned on PolNeAR train (confidence 0.45 or 0.25; src/stages/quotes/learned-cues.ts). */
        learnedCues: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    process: z
      .object({
        /** Time budget per input file; a file that takes longer becomes an E_TIMEOUT error row. */
        fileTimeoutMs: z.number().int().positive().default(60_000),
        /** Rows per record batch in the Arrow and Parquet writers. */
        batchRows: z.number().int().positive().default(20_000),
      })
      .strict()
      .prefault({}),
    export: z
      .object({
        /** Prefix CSV cells starting with = + - @ with a ' so spreadsheets do not run them as formulas. */
        csvFormulaGuard: z.boolean().default(true),
        /**
         * Parquet compression codec. snappy (the default of pyarrow and DuckDB) writes about twice as fast as
         * zstd; zstd files are about 30% smaller.
         */
        parquetCompression: z.enum(['snappy', 'zstd', 'lz4', 'none']).default('snappy'),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .refine((c) => !c.stages.normalise || c.stages.entities, {
    path: ['stages', 'normalise'],
    message: 'normalise needs the entities stage: set stages.entities to true or stages.normalise to false',
  });

export type PipelineConfig = z.infer<typeof configSchema>;

/** Parses a config object; on failure returns messages naming each bad field by its path. */
export function parseConfig(raw: unknown): { ok: true; config: PipelineConfig } | { ok: false; errors: string[] } {
  const r = configSchema.safeParse(raw);
  if (r.success) return { ok: true, config: r.data };
  return {
    ok: false,
    errors: r.error.issues.map((i) => {
      const path = i.path.join('.');
      if (i.code === 'unrecognized_keys') {
        const keys = i.keys.map((k) => (path ? `${path}.${k}` : k));
        return `unknown config field ${keys.map((k) => `"${k}"`).join(', ')}`;
      }
      return `config field "${path || '(root)'}": ${i.message}`;
    }),
  };
}

export function defaultConfig(): PipelineConfig {
  const r = parseConfig({});
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.config;
}
