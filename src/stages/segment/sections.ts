/**
 * Sections: every heading paragraph except the title opens a section named by its text, which runs until the
 * next heading. Works the same for paragraphs found in plain text and for those an HTML reader supplies.
 */
import type { Paragraph, Section } from '../../model/doc.ts';
import { skipWhitespace, trimEndOf } from './chars.ts';

/**
 * Sets each paragraph's `section` to the text of the latest heading at or before it (null before the first
 * heading and on the title) and returns the sections. The paragraph at `titleIndex`, if any, is a heading
 * that opens no section, as are the header lines in `metaLines` (their section is that of the text around them).
 * The paragraphs are updated in place: pass ones the segmenter owns.
 */
export function assignSections(text: string, paragraphs: Paragraph[], titleIndex: number | null, metaLines: ReadonlySet<number> = new Set()): Section[] {
  const sections: Section[] = [];
  let current: string | null = null;
  paragraphs.forEach((p, i) => {
    if (p.isHeading && i !== titleIndex && !metaLines.has(i)) {
      // Trimmed here too, since a reader's paragraph spans may carry surrounding whitespace.
      const start = skipWhitespace(text, p.start, p.end);
      const end = trimEndOf(text, start, p.end);
      current = text.slice(start, end);
      sections.push({ start, end, text: current });
    }
    p.section = i === titleIndex ? null : current;
  });
  return sections;
}

/**
 * Index of the title among paragraphs a structured reader supplied: the first paragraph when it is a heading
 * whose text is the metadata title, else null.
 */
export function suppliedTitleIndex(text: string, paragraphs: Paragraph[], metaTitle: string | null): number | null {
  const first = paragraphs[0];
  if (!first?.isHeading || metaTitle === null) return null;
  return text.slice(first.start, first.end).trim() === metaTitle.trim() ? 0 : null;
}
