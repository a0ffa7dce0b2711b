/**
 * Sentences inside paragraphs. One left-to-right pass per paragraph finds each run of stops (. ! ? …) with the
 * closing quotes and brackets after it, and asks the ordered `sentenceRules` whether a sentence ends there.
 * Work per candidate is bounded (rules look at most a couple of dozen characters around it), so the pass is
 * linear in the paragraph's length whatever the input.
 */
import type { Paragraph, Sentence } from '../../model/doc.ts';
import { isCloserCode, isStopCode, skipWhitespace, trimEndOf } from './chars.ts';
import { Candidate, sentenceRules, type SentenceRule, type Verdict } from './rules/index.ts';

/**
 * Splits every non-empty paragraph into trimmed sentence spans, in text order, each with its `paragraphIndex`.
 * A heading paragraph is a single sentence.
 */
export function splitSentences(
  text: string,
  paragraphs: Paragraph[],
  rules: readonly SentenceRule[] = sentenceRules,
): Sentence[] {
  const sentences: Sentence[] = [];
  const stops = new StopFinder(text);
  const candidate = new Candidate(text);
  paragraphs.forEach((p, paragraphIndex) => {
    const start = skipWhitespace(text, p.start, p.end);
    const end = trimEndOf(text, start, p.end);
    if (start === end) return;
    if (p.isHeading) sentences.push({ start, end, paragraphIndex });
    else splitParagraph(text, start, end, paragraphIndex, rules, stops, candidate, sentences);
  });
  return sentences;
}

/** The first rule with an opinion decides; a candidate no rule keeps together is a boundary. */
export function decide(rules: readonly SentenceRule[], candidate: Candidate): Exclude<Verdict, undefined> {
  for (const rule of rules) {
    const verdict = rule.decide(candidate);
    if (verdict !== undefined) return verdict;
  }
  return 'split';
}

/** Pushes the sentences of the trimmed paragraph [start, end) onto `out`. */
function splitParagraph(
  text: string,
  start: number,
  end: number,
  paragraphIndex: number,
  rules: readonly SentenceRule[],
  stops: StopFinder,
  candidate: Candidate,
  out: Sentence[],
): void {
  let sentenceStart = start;
  // Readable form: for each i in [start, end) where text[i] is a stop, take the run of stops, then closers.
  for (let i = stops.next(start); i < end; i = stops.next(i)) {
    const stopStart = i;
    while (i < end && isStopCode(text.charCodeAt(i))) i++;
    const stopEnd = i;
    while (i < end && isCloserCode(text.charCodeAt(i))) i++;
    const sentenceEnd = i;
    const next = skipWhitespace(text, sentenceEnd, end);
    // A stop at the very end of the paragraph needs no decision: the paragraph ends the sentence.
    if (next === end) break;
    if (decide(rules, candidate.moveTo(stopStart, stopEnd, sentenceEnd, next, end)) === 'split') {
      out.push({ start: sentenceStart, end: sentenceEnd, paragraphIndex });
      sentenceStart = next;
    }
    i = next;
  }
  out.push({ start: sentenceStart, end, paragraphIndex });
}

/**
 * Finds stop characters (. ! ? …) left to right. It remembers the last stop found, so paragraphs without stops
 * do not make it search the same stretch again: the scan stays linear in the text's length (for paragraphs
 * in text order).
 */
class StopFinder {
  private searchedFrom = 0;
  private found = -1;

  constructor(private readonly text: string) {}

  /** Offset of the first stop at or after `from`, or the text's length when there is none. */
  next(from: number): number {
    if (this.searchedFrom <= from && from <= this.found) return this.found;
    const { text } = this;
    let i = from;
    while (i < text.length && !isStopCode(text.charCodeAt(i))) i++;
    this.searchedFrom = from;
    this.found = i;
    return i;
  }
}
