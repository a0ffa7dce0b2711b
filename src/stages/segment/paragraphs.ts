/**
 * Paragraphs of plain text. Blank lines separate blocks; a block is one paragraph when it is hard-wrapped prose,
 * else each of its lines is a paragraph (the user's sample has one paragraph per line and no blank lines).
 * Then the first line may be the title, and short title-case lines followed by body text are headings.
 */
import type { Paragraph, Span } from '../../model/doc.ts';
import { forEachLine } from './lines.ts';
import { isHardWrapped } from './rules/hard-wrap.ts';
import { looksLikeHeading } from './rules/heading-line.ts';
import { markdownHeading } from './rules/markdown-heading.ts';
import { isTitleLine } from './rules/title-line.ts';

export interface DetectedParagraphs {
  paragraphs: Paragraph[];
  /** Index of the title paragraph, or null when the text has no title line. */
  titleIndex: number | null;
}

/**
 * Finds the paragraphs of `text`: trimmed spans, in order, with `isHeading` set for the title and for heading
 * lines; `section` is left null (see sections.ts). `metaTitle` is the title from the metadata, if any;
 * `metaSpans` (sorted) are the lines the load stage read as metadata, each of which stays a line of its own.
 */
export function detectParagraphs(text: string, metaTitle: string | null, metaSpans: readonly Span[] = []): DetectedParagraphs {
  const found = new Found(text, metaSpans);
  // The current block of non-blank lines, kept as bounds only: a block may have millions of lines.
  let blockStart = -1;
  let blockEnd = -1;
  let blockLines = 0;
  let blocks = 0;
  let firstBlockLines = 0;
  const flush = (): void => {
    if (blockLines === 0) return;
    if (blocks++ === 0) {
      firstBlockLines = blockLines;
      // The metadata's title on the first line of a block of header lines ("Title\nBy Sarah Kim\nMarch 4"):
      // the title is a line of its own, whatever the lines under it look like.
      const firstEnd = blockLines > 1 && metaTitle !== null ? text.indexOf('\n', blockStart) : -1;
      if (firstEnd > blockStart && isTitleLine(text, { start: blockStart, end: trimEnd(text, blockStart, firstEnd) }, false, metaTitle)) {
        found.addBlock(blockStart, trimEnd(text, blockStart, firstEnd), 1);
        let rest = firstEnd + 1;
        while (rest < blockEnd && /\s/.test(text[rest])) rest++;
        found.addBlock(rest, blockEnd, blockLines - 1);
        firstBlockLines = 1;
        blockLines = 0;
        return;
      }
    }
    found.addBlock(blockStart, blockEnd, blockLines);
    blockLines = 0;
  };
  forEachLine(text, 0, text.length, (start, end) => {
    if (start === end) return flush();
    if (blockLines++ === 0) blockStart = start;
    blockEnd = end;
  });
  flush();

  const first = found.paragraphs[0];
  const titleStandsAlone = firstBlockLines === 1 && blocks > 1;
  const titleIndex =
    first !== undefined && found.singleLine[0] && isTitleLine(text, first, titleStandsAlone, metaTitle) ? 0 : null;
  found.markHeadings(titleIndex);
  return { paragraphs: found.paragraphs, titleIndex };
}

/** The end of [start, end) without trailing whitespace ("\r", spaces). */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** A numbered subhead: a number, "." or ")", and words starting with a capital, not ending like a sentence. */
const NUMBERED_SUBHEAD = /^(\d{1,2})[.)]\s+["“‘']?\p{Lu}.*[^.!?:;,]$/u;
const MAX_SUBHEAD_CHARS = 100;
/** Longest sentence-case subhead; and the shortest paragraph of prose that may follow one. */
const MAX_SENTENCE_SUBHEAD_CHARS = 60;
const MIN_PROSE_CHARS = 80;

/** Paragraphs found so far, with what heading detection needs to know about each (in parallel arrays). */
class Found {
  readonly paragraphs: Paragraph[] = [];
  /** Made of a single line: only single lines can be headings or the title. */
  readonly singleLine: boolean[] = [];
  /** A Markdown "# heading": a heading whatever its wording. */
  readonly markdown: boolean[] = [];
  /** Reads like a heading by its own wording (or is Markdown). */
  readonly headingLike: boolean[] = [];

  /** Index of the first metadata span not yet passed (blocks come in text order). */
  private metaAt = 0;

  constructor(
    private readonly text: string,
    private readonly metaSpans: readonly Span[],
  ) {}

  /**
   * Adds one block of `lines` non-blank lines: the whole block when it is wrapped prose, else one per line. A block
   * with a header line the load stage read ("By Lisa Mascaro and Kevin Freking, Associated Press⏎Nov. 4, 2026") is
   * never wrapped prose, however long its lines.
   */
  addBlock(start: number, end: number, lines: number): void {
    if (lines > 1 && !this.holdsMetaLine(start, end) && isHardWrapped(this.text, { start, end })) {
      this.add(start, end, false, false);
      return;
    }
    if (lines === 1) this.addLine(start, end);
    else forEachLine(this.text, start, end, (lineStart, lineEnd) => this.addLine(lineStart, lineEnd));
  }

  /**
   * Marks the title and the headings. A heading-like line is a heading only when body text follows it and it
   * does not continue a run of heading-like lines: such runs are lists, tables or fixtures ("Chelsea v
   * Arsenal", "Everton v Sunderland"). The title and Markdown headings do not count as a run.
   */
  markHeadings(titleIndex: number | null): void {
    const { paragraphs, headingLike, markdown } = this;
    // A header line the load stage read ("Date: 24 November 2026", "POLITICO") is metadata, no heading of a run: a
    // section label in capitals under it ("KEY HIGHLIGHTS", "DRIVING THE DAY") opens the first section where later
    // labels in capitals do the same ("HEALTH", "THE WHITE HOUSE"); a dateline alone on its line ("ANKARA") does not.
    const capitals = paragraphs.map((_, i) => headingLike[i] && !markdown[i] && this.inCapitals(i));
    const labelUnderHeader = (i: number): boolean => capitals[i] && this.isMetaLine(i - 1) && capitals.some((c, j) => c && j > i + 1);
    const opensRun = (i: number): boolean => i === 0 || !headingLike[i - 1] || i - 1 === titleIndex || markdown[i - 1] || labelUnderHeader(i);
    const subheads = this.numberedSubheads();
    for (let i = 0; i < paragraphs.length; i++) {
      const beforeBody = i + 1 < paragraphs.length && !headingLike[i + 1];
      paragraphs[i].isHeading = i === titleIndex || markdown[i] || subheads[i] || (headingLike[i] && beforeBody && opensRun(i)) ||
        (i !== titleIndex && this.isSentenceCaseSubhead(i));
    }
  }

  /**
   * A subhead written in sentence case between two paragraphs of prose ("The prosecution case", "A sad day for
   * music"), as British outlets write them: a single line of two to eight words and at most 60 characters, starting
   * with a capital and ending without punctuation, after a paragraph that ends a sentence and before one of prose.
   */
  private isSentenceCaseSubhead(i: number): boolean {
    const { paragraphs, singleLine, headingLike, text } = this;
    if (i === 0 || i + 1 >= paragraphs.length || !singleLine[i] || headingLike[i + 1]) return false;
    const p = paragraphs[i];
    if (p.end - p.start > MAX_SENTENCE_SUBHEAD_CHARS) return false;
    const line = text.slice(p.start, p.end);
    const words = line.split(/\s+/).length;
    if (words < 2 || words > 8 || !/^\p{Lu}\p{Ll}/u.test(line) || /[.!?:;,'"’”)\]…-]$/u.test(line)) return false;
    const before = paragraphs[i - 1];
    const after = paragraphs[i + 1];
    return /[.!?'"’”]$/u.test(text.slice(before.start, before.end)) && after.end - after.start >= MIN_PROSE_CHARS &&
      /[.!?'"’”]$/u.test(text.slice(after.start, after.end));
  }

  /**
   * A listicle's numbered subheads ("1. France picks a new president", then its paragraphs, then "2. Artemis III
   * heads for the Moon"): single numbered lines, each with body text between it and the next, numbered 1, 2, 3 …
   * in order (at least two). Numbered lines next to each other are a list, not subheads.
   */
  private numberedSubheads(): boolean[] {
    const { paragraphs, singleLine, text } = this;
    const numberOf = (i: number): number => {
      const p = paragraphs[i];
      if (!singleLine[i] || p.end - p.start > MAX_SUBHEAD_CHARS) return 0;
      const m = NUMBERED_SUBHEAD.exec(text.slice(p.start, p.end));
      return m ? Number(m[1]) : 0;
    };
    const numbers = paragraphs.map((_, i) => numberOf(i));
    const out = paragraphs.map(() => false);
    const found: number[] = [];
    for (let i = 0; i < paragraphs.length; i++) {
      if (!numbers[i] || numbers[i - 1] || !(i + 1 < paragraphs.length) || numbers[i + 1]) continue;
      if (numbers[i] !== found.length + 1) continue;
      found.push(i);
    }
    if (found.length >= 2) for (const i of found) out[i] = true;
    return out;
  }

  /** Whether paragraph `i` is written in capitals ("KEY HIGHLIGHTS"): letters, none of them small. */
  private inCapitals(i: number): boolean {
    const line = this.text.slice(this.paragraphs[i].start, this.paragraphs[i].end);
    return /\p{Lu}/u.test(line) && !/\p{Ll}/u.test(line);
  }

  /** Whether paragraph `i` is a line the load stage read as metadata. */
  private isMetaLine(i: number): boolean {
    this.metaStarts ??= new Set(this.metaSpans.map((s) => s.start));
    return this.metaStarts.has(this.paragraphs[i].start);
  }

  private metaStarts: Set<number> | null = null;

  /** Whether a metadata span starts inside [start, end). */
  private holdsMetaLine(start: number, end: number): boolean {
    const spans = this.metaSpans;
    while (this.metaAt < spans.length && spans[this.metaAt].start < start) this.metaAt++;
    return this.metaAt < spans.length && spans[this.metaAt].start < end;
  }

  private addLine(start: number, end: number): void {
    const heading = markdownHeading(this.text, { start, end });
    if (heading) this.add(heading.start, heading.end, true, true);
    else this.add(start, end, true, false);
  }

  private add(start: number, end: number, singleLine: boolean, markdown: boolean): void {
    const paragraph: Paragraph = { start, end, section: null, isHeading: false };
    this.paragraphs.push(paragraph);
    this.singleLine.push(singleLine);
    this.markdown.push(markdown);
    this.headingLike.push(markdown || (singleLine && looksLikeHeading(this.text, paragraph)));
  }
}
