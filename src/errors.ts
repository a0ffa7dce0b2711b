/**
 * The catalogue of problem codes. Codes are stable: users filter and count on them.
 * Each entry says what went wrong and what to do; `problem()` fills the template.
 */
import type { Problem, Severity } from './model/doc.ts';

interface CodeInfo {
  severity: Severity;
  /** Message template; {name} placeholders are filled from `vars`. */
  template: string;
}

export const CODES = {
  E_READ: { severity: 'error', template: 'Could not read the file ({reason}). Check that it exists and is readable.' },
  E_TOO_LARGE: { severity: 'error', template: 'File is {size} bytes, over the limit of {limit} bytes; it was not read. Raise load.maxFileBytes in the config to include it.' },
  E_EMPTY: { severity: 'error', template: 'The file has no text{detail}. Remove it or give it content.' },
  E_BINARY: { severity: 'error', template: 'The file looks binary ({reason}), not text. Remove it from the input folder.' },
  E_DECODE: { severity: 'error', template: 'The file is not valid {encoding} ({reason}). Re-save it as UTF-8.' },
  E_JSON_PARSE: { severity: 'error', template: 'Malformed JSON{where}: {reason}. Fix the syntax; the rest of the file was {rest}.' },
  E_JSON_SHAPE: { severity: 'error', template: 'JSON record{where} is not an article object ({reason}). Each record must be an object with a text field ({fields}).' },
  E_NO_TEXT: { severity: 'error', template: 'Record{where} has no article text (looked for {fields}). Map the field name in the config under load.json.fields.text.' },
  E_HTML: { severity: 'error', template: 'Could not extract the article from the HTML ({reason}).' },
  E_STAGE: { severity: 'error', template: 'Stage {stage} failed on this article: {reason}. The article was left out; please report this with the file.' },
  E_TIMEOUT: { severity: 'error', template: 'Processing the file took longer than {ms} ms; it was left out. Raise process.fileTimeoutMs in the config if the file is legitimately large.' },
  E_WORKER: { severity: 'error', template: 'The worker thread failed while processing this file ({reason}); it was left out. Please report this with the file.' },
  W_SKIPPED: { severity: 'warning', template: 'Not an article file (extension "{ext}"); skipped. Supported: .txt .md .html .htm .json .jsonl .ndjson.' },
  W_SYMLINK: { severity: 'warning', template: 'Symbolic link {reason}; not followed.' },
  W_DECODE_REPLACED: { severity: 'warning', template: 'Decoded as {encoding}: the file is not UTF-8. Check characters such as £ and é in the output.' },
  W_FRONT_MATTER: { severity: 'warning', template: 'Could not read the YAML front matter ({reason}); its metadata was left empty. Check the block between the --- lines.' },
  W_TRUNCATED: { severity: 'warning', template: 'The article text ends in a truncation marker ("{marker}", as news APIs cut their free text); the marker was removed, and the text is incomplete.' },
  W_DATE_ZONE: { severity: 'warning', template: 'The time zone "{zone}" of the date "{value}" is unknown; published_at keeps the date only (midnight UTC). Write the offset instead (+09:00).' },
  W_DATE_NO_ZONE: { severity: 'warning', template: 'The time of the header line "{value}" has no time zone; published_at reads it as UTC, which may be hours off the outlet\'s local time. Give the date with its zone or offset in the metadata.' },
  W_BAD_DATE: { severity: 'warning', template: 'Could not read the date "{value}"; published_at left empty. Use ISO 8601 (2024-05-01 or 2024-05-01T10:00:00Z).' },
  W_UNCLOSED_QUOTE: { severity: 'warning', template: 'An opening quotation mark at offset {start} has no closing mark; the quote was taken up to the end of its paragraph.' },
  W_UNCLOSED_QUOTE_DROPPED: { severity: 'warning', template: 'An opening quotation mark at offset {start} has no closing mark and the text after it does not read as a quotation; no quote was made from it.' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

/** Builds a problem record from a catalogue code and the values for its template. */
export function problem(
  code: Code,
  stage: string,
  vars: Record<string, string | number> = {},
  span?: { start: number; end: number },
): Problem {
  const info: CodeInfo = CODES[code];
  const message = info.template.replace(/\{(\w+)\}/g, (_, k: string) => (k in vars ? String(vars[k]) : ''));
  return { code, severity: info.severity, stage, message, ...(span ? { start: span.start, end: span.end } : {}) };
}

/** A problem with the options or the config the user gave: exit code 2, with a message naming the option. */
export class UsageError extends Error {}
