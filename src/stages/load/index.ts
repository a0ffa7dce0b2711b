/**
 * The load stage: finds input files (`discover`) and turns one file's bytes into documents
 * (`readArticleFile`): decode, then the reader for the file's format. Assigns text, meta and,
 * for structured formats (Markdown, HTML, HTML-in-JSON), paragraphs.
 */
import type { InputFormat } from '../../model/doc.ts';
import type { PipelineConfig } from '../../config.ts';
import { problem } from '../../errors.ts';
import { decodeText } from './decode.ts';
import { fromText } from './from-text.ts';
import { fromMarkdown } from './from-markdown.ts';
import { fromHtml } from './from-html.ts';
import { fromJson, fromJsonLines } from './from-json.ts';
import type { Reader, ReadResult } from './read-result.ts';
import { withPrintedDays } from './dates.ts';

export { discover, formatOf, type DiscoveredFile } from './discover.ts';
export { decodeText, type DecodeResult } from './decode.ts';
export { articleId } from './ids.ts';
export { parseDate } from './dates.ts';
export { detectTitle } from './from-text.ts';
export type { FileProblem, Reader, ReadResult } from './read-result.ts';
export { fromText, fromMarkdown, fromHtml, fromJson, fromJsonLines };

/** One reader per input format. */
export const READERS: Record<InputFormat, Reader> = {
  txt: fromText,
  md: fromMarkdown,
  html: fromHtml,
  json: fromJson,
  jsonl: fromJsonLines,
};

/**
 * Reads one article file: decodes `bytes`, runs the reader for `file.format` and returns the
 * documents with every problem found. File-level problems (and decode warnings) are in
 * `problems`; warnings about one document are on `doc.problems`. Never throws: an unexpected
 * failure becomes one E_HTML (for HTML) or E_READ problem.
 */
export function readArticleFile(
  file: { relPath: string; format: InputFormat },
  bytes: Uint8Array,
  config: PipelineConfig,
): ReadResult {
  try {
    const decoded = decodeText(bytes);
    if ('problem' in decoded) return { docs: [], problems: [...decoded.warnings, decoded.problem] };
    const { result, days } = withPrintedDays(() => READERS[file.format](file.relPath, decoded.text, config));
    // A time printed with its zone on another UTC day ("Published 7:45 PM EST, November 2, 2026"): relative dates
    // count from the day printed, as for a header time in the outlet's home zone.
    for (const doc of result.docs) {
      const printed = doc.meta.publishedAt === null ? undefined : days.get(doc.meta.publishedAt);
      if (printed !== undefined) doc.meta.localDay ??= printed;
    }
    return { docs: result.docs, problems: [...decoded.warnings, ...result.problems] };
  } catch (err) {
    const reason = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    const p = file.format === 'html'
      ? problem('E_HTML', 'load', { reason })
      : problem('E_READ', 'load', { reason: `unexpected failure while reading: ${reason}` });
    return { docs: [], problems: [p] };
  }
}
