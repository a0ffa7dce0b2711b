/**
 * The shape of a sentence-boundary rule. The splitter finds each run of stops (. ! ? …) in a paragraph, takes
 * the closing quotes and brackets after it, and asks the rules in order whether a sentence ends there: the first
 * rule with an opinion decides, and a candidate no rule objects to is a boundary.
 */
import { isLetterAt } from '../chars.ts';

/** What a rule answers: end the sentence here, keep going, or no opinion (ask the next rule). */
export type Verdict = 'split' | 'join' | undefined;

export interface SentenceRule {
  /** Stable name, used in tests and when tracing a decision. */
  name: string;
  decide(candidate: Candidate): Verdict;
}

/** Longest word looked at on either side of a stop; abbreviations and sentence starters are far shorter. */
const MAX_WORD = 24;

/**
 * A possible sentence end inside one paragraph, with lazy views of the words on either side. The splitter
 * reuses one Candidate for every stop it meets (`moveTo`), so a rule must not keep a reference to it.
 */
export class Candidate {
  /** Offset of the first stop character. */
  stopStart = 0;
  /** Offset just past the run of stops. */
  stopEnd = 0;
  /** Offset just past the closing quotes and brackets: where the sentence would end. */
  end = 0;
  /** Offset of the first character after the whitespace that follows `end` (equals `end` when there is none). */
  next = 0;
  /** End of the paragraph. */
  limit = 0;
  private before: string | null | undefined;
  private after: string | null | undefined;

  constructor(readonly text: string) {}

  /** Points the candidate at another run of stops. */
  moveTo(stopStart: number, stopEnd: number, end: number, next: number, limit: number): this {
    this.stopStart = stopStart;
    this.stopEnd = stopEnd;
    this.end = end;
    this.next = next;
    this.limit = limit;
    this.before = undefined;
    this.after = undefined;
    return this;
  }

  /** True when the stops are an ellipsis: "…", or two or more dots. */
  get isEllipsis(): boolean {
    const { text, stopStart, stopEnd } = this;
    if (stopEnd - stopStart === 1) return text.charCodeAt(stopStart) === 0x2026;
    return text.charCodeAt(stopStart) === 0x2e && text.charCodeAt(stopStart + 1) === 0x2e;
  }

  /** True when a single "." ends the word before it, the only stop an abbreviation can own. */
  get isSingleDot(): boolean {
    return this.stopEnd - this.stopStart === 1 && this.text.charCodeAt(this.stopStart) === 0x2e;
  }

  /**
   * The letters-and-dots word right before the stop, without the stop ("Mr", "U.S", "e.g", "W"), or null when
   * there is none or it is longer than any abbreviation.
   */
  get wordBefore(): string | null {
    if (this.before === undefined) this.before = this.readWordBefore();
    return this.before;
  }

  /** The run of letters that starts the next sentence ("The"), or null when it starts with anything else. */
  get wordAfter(): string | null {
    if (this.after === undefined) this.after = this.readWordAfter();
    return this.after;
  }

  private readWordBefore(): string | null {
    const { text, stopStart } = this;
    const floor = Math.max(0, stopStart - MAX_WORD);
    let i = stopStart;
    while (i > floor && isWordBeforeChar(text, i - 1)) i--;
    // Stopped by the length cap rather than by the word's edge: too long to be an abbreviation.
    if (i === stopStart || (i === floor && i > 0 && isWordBeforeChar(text, i - 1))) return null;
    return text.slice(i, stopStart);
  }

  private readWordAfter(): string | null {
    const { text, next, limit } = this;
    const stop = Math.min(limit, next + MAX_WORD);
    let i = next;
    while (i < stop && isLetterAt(text, i)) i++;
    if (i === next || (i === stop && i < limit && isLetterAt(text, i))) return null;
    return text.slice(next, i);
  }
}

function isWordBeforeChar(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2e || isLetterAt(text, i);
}
