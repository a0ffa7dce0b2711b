/**
 * Confidence of each quote pattern, from strongest to weakest: the share of rows of that pattern one
 * can expect to be real attributions with the right speaker. Hand-set for the baseline and checked
 * against PolNeAR (scripts/eval-quotes.ts prints precision per confidence value; see README.md).
 */
export const CONFIDENCE = {
  /** “…,” X said. */
  afterSpeakerCue: 0.9,
  /** “…,” said X. */
  afterCueSpeaker: 0.9,
  /** X said: “…” */
  leadInColon: 0.85,
  /** X said, “…” / X said “…” */
  leadIn: 0.8,
  /** “…,” according to X. */
  accordingTo: 0.8,
  /** A quoted fragment inside reported speech. */
  mixed: 0.7,
  /** X said that … */
  indirectThat: 0.7,
  /** …, X said. / …, said X. */
  indirectTrailing: 0.65,
  /** According to X, … / …, according to X. */
  indirectAccordingTo: 0.65,
  /** Graham: Trump’s ‘Hateful Rhetoric’ Destroying GOP (a headline). */
  headline: 0.6,
  /** “…” — X */
  dash: 0.6,
  /** A quote right after an attributed quote, given its speaker. */
  continued: 0.6,
  /** X vowed to … / X declined to … / X wants to … */
  indirectInfinitive: 0.5,
  /** X criticized …, X accused Y of … (an evaluative verb without quoted words). */
  judgement: 0.5,
  /** X said … (no "that") / X warned of … */
  indirectBare: 0.55,
  /** Quoted words whose cue stands further back in the sentence (mixed). */
  fragment: 0.5,
  /** A quote right after reported speech, given its speaker. */
  continuedAfterReported: 0.5,
  /** X wrote in a letter: “…” (a colon lead-in without a cue; the clause's subject). */
  leadInSubject: 0.45,
  /** X: “…” (transcript style, no cue). */
  transcript: 0.5,
  /** Quoted words with no cue next to them, given the subject of their sentence ("The email went on to say, “…”"). */
  sentenceSubject: 0.35,
  /**
   * A cue learned from PolNeAR train, in a sentence the rules found no attribution in (learned-cues.ts): scored
   * well clear of the model's threshold (learnedSure; on dev 74% right, 44% with the right speaker), or near it
   * (learned; 50%, 22%).
   */
  learnedSure: 0.45,
  learned: 0.25,
  /** Quoted words long enough to be speech, with no speaker found. */
  unattributed: 0.3,
} as const;
