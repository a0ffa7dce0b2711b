/** Text blocks (paragraphs, headings) of a structured format, joined into one text with spans. */
import type { Paragraph } from '../../model/doc.ts';
import { withoutInvisibles } from './decode.ts';

export interface Block {
  text: string;
  isHeading: boolean;
}

/**
 * Joins blocks with a blank line ("\n\n") and returns the text with one paragraph span per
 * block. Blocks are trimmed, without the invisible line-breaking hints an entity (&shy;) or a JSON escape
 * (\u00ad) brings back after decoding; empty ones are dropped. Each paragraph's section is the text of
 * the last heading at or before it (a heading is the start of its own section).
 */
export function joinBlocks(blocks: Block[]): { text: string; paragraphs: Paragraph[] } {
  const parts: string[] = [];
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  let section: string | null = null;
  for (const b of blocks) {
    const text = withoutInvisibles(b.text).trim();
    if (!text) continue;
    if (parts.length) offset += 2;
    if (b.isHeading) section = text;
    paragraphs.push({ start: offset, end: offset + text.length, section, isHeading: b.isHeading });
    parts.push(text);
    offset += text.length;
  }
  return { text: parts.join('\n\n'), paragraphs };
}

/** Collapses runs of whitespace (including no-break spaces and line breaks) to one space. */
export function collapseWhitespace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
