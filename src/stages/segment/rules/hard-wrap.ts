/**
 * Hard-wrapped prose: a block of lines broken at a fixed width, where the line ends mean nothing and the block
 * is one paragraph. Its lines are long and most of them stop mid-sentence. A block of short lines (a fixture
 * list, an address) or of lines that end their sentences (one paragraph per line, no blank lines between) is
 * not wrapped, and neither is a list.
 */
import type { Span } from '../../../model/doc.ts';
import { isCloserCode, isStopCode, isWhitespaceCode } from '../chars.ts';
import { forEachLine } from '../lines.ts';
import { isListItem } from './list-item.ts';
import { markdownHeading } from './markdown-heading.ts';

/** Wrapped text is rarely narrower than this. */
const MIN_WRAP_WIDTH = 40;
/** A wrapped line fills most of the width; a shorter unfinished line is more likely a heading or a label. */
const FULL_LINE_SHARE = 0.6;

/**
 * A "Label: value" line: a capitalised label of one to five words and a colon, then the value ("Earnings per share:
 * $1.30 adjusted vs. $1.25 expected", "Revenue: $57.0 billion"). A block made only of such lines is a table of facts
 * (a results box, a fact file), one paragraph per line, however its lines fill the width.
 */
const LABEL_LINE = /^\p{Lu}[\p{L}\p{N}'’&/().-]*(?: [\p{L}\p{N}'’&/().-]+){0,4}: \S/u;

/** True when the block [start, end) of several non-blank lines is one hard-wrapped paragraph. */
export function isHardWrapped(text: string, block: Span): boolean {
  let lines = 0;
  let width = 0;
  let listLike = false;
  let labelLines = 0;
  forEachLine(text, block.start, block.end, (start, end) => {
    const line = { start, end };
    lines++;
    width = Math.max(width, end - start);
    listLike ||= isListItem(text, line) || markdownHeading(text, line) !== null;
    if (LABEL_LINE.test(text.slice(start, Math.min(end, start + 60)))) labelLines++;
  });
  if (lines < 2 || listLike || labelLines === lines || width < MIN_WRAP_WIDTH) return false;
  // Count the lines, the last one aside, that fill the width and stop mid-sentence, and were broken because the next
  // line's first word did not fit: a wrapper breaks there, while a list of lines ("Fuel duty frozen until 2027⏎Remote
  // gaming duty raised⏎The two-child cap scrapped from April") has room left on a line for the next item's first word.
  let unfinished = 0;
  let previous = -1;
  forEachLine(text, block.start, block.end, (start, end) => {
    if (previous >= 0 && previous + 1 + firstWordLength(text, start, end) > width) unfinished++;
    previous = end - start >= width * FULL_LINE_SHARE && !endsClause(text, { start, end }) ? end - start : -1;
  });
  return unfinished * 2 > lines - 1;
}

/** Length of the first word of the line [start, end): up to its first whitespace. */
function firstWordLength(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && !isWhitespaceCode(text.charCodeAt(i))) i++;
  return i - start;
}

/** True when the line ends with sentence punctuation or a colon, ignoring closing quotes and brackets. */
export function endsClause(text: string, line: Span): boolean {
  let i = line.end;
  while (i > line.start && isCloserCode(text.charCodeAt(i - 1))) i--;
  if (i === line.start) return false;
  const c = text.charCodeAt(i - 1);
  return isStopCode(c) || c === 0x3a;
}
