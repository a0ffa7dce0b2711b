/** What every format reader returns, and the small helpers the readers share. */
import type { ArticleDoc, ArticleMeta, InputFormat, Paragraph, Problem, Span } from '../../model/doc.ts';
import { newDoc } from '../../model/doc.ts';
import type { PipelineConfig } from '../../config.ts';
import { articleId } from './ids.ts';
import { creditSpans } from './text-header.ts';
import { personAuthors } from './meta.ts';
import { withoutWireCodes } from './title.ts';

/** A problem that belongs to the file, or to one record of it that produced no document. */
export type FileProblem = Problem & { recordIndex?: number };

/**
 * Documents read from one file, and the problems that have no document to live on
 * (a malformed JSONL line, an empty file...). Warnings about a document that was read
 * (a bad date) are on that document's `problems`.
 */
export interface ReadResult {
  docs: ArticleDoc[];
  problems: FileProblem[];
}

/** A format reader: decoded text in, documents and problems out. Never throws on bad input. */
export type Reader = (relPath: string, text: string, config: PipelineConfig) => ReadResult;

/** A fresh document with its id derived from the path and record index. */
export function makeDoc(init: {
  relPath: string;
  recordIndex: number | null;
  format: InputFormat;
  meta: ArticleMeta;
  text: string;
  paragraphs?: Paragraph[];
  problems?: Problem[];
  metaSpans?: Span[];
}): ArticleDoc {
  const given = init.metaSpans ?? [];
  // (A credit line may already be one of the reader's furniture lines: "(Reporting by …)" in a text file.)
  const metaSpans = [...given, ...creditSpans(init.text).filter((c) => !given.some((s) => s.start === c.start))];
  const doc = newDoc({
    id: articleId(init.relPath, init.recordIndex),
    sourcePath: init.relPath,
    recordIndex: init.recordIndex,
    format: init.format,
    // A newsroom or the outlet named as the author is no person: "Al Jazeera Staff", "Arab News" (source Arab News).
    // "(LEAD) Lee, opposition leader clash …", "UPDATE 2-Nvidia forecasts …": a wire's codes are not the headline's.
    // "the Guardian" (its og:site_name) is written "The Guardian" like the same outlet elsewhere.
    meta: {
      ...init.meta, title: withoutWireCodes(init.meta.title), sourceName: init.meta.sourceName?.replace(/^the(?=\s+\p{Lu})/u, 'The') ?? null,
      author: personAuthors(init.meta.author, init.meta.sourceName),
    },
    text: init.text,
    ...(init.paragraphs ? { paragraphs: init.paragraphs } : {}),
    // A wire story's closing credits are metadata too, in every format ("(Reporting by …; Editing by …)").
    ...(metaSpans.length ? { metaSpans } : {}),
  });
  if (init.problems) doc.problems.push(...init.problems);
  return doc;
}
