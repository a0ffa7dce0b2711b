/**
 * Names written with an inner capital ("xAI", "eBay", "ChatGPT", "iPhone") that the curated list knows. The
 * tagger learned names from CoNLL-2003's 1996 newswire, where such spellings hardly occur, and the rules read
 * capitalised runs, so a lower-case initial hides them from both. A word the curated list holds with exactly
 * this spelling, that no mention covers, becomes a mention of the curated type. The UN climate conferences, numbered
 * ("COP30", the Guardian's "Cop31"), which neither reads as a name either, are events. One pass over the tokens.
 */
import type { ArticleDoc, Mention } from '../../model/doc.ts';
import type { Gazetteer } from './gazetteer.ts';

/** A word with a capital after a lower-case letter: "xAI", "eBay", "iPhone", "ChatGPT". */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
/** "COP30", "COP29", and as the Guardian writes it, "Cop31": a UN climate conference. */
const CLIMATE_CONFERENCE = /^C(?:OP|op)\d{1,2}$/;

/** `mentions` (sorted, non-overlapping) with the curated inner-capital names added, still sorted. */
export function addCamelCaseNames(doc: ArticleDoc, mentions: Mention[], gazetteer: Gazetteer): Mention[] {
  const { text, tokens } = doc;
  const added: Mention[] = [];
  let m = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    while (m < mentions.length && mentions[m].end <= t.start) m++;
    if (m < mentions.length && mentions[m].start < t.end) {
      // The tagger's guess at "COP30" (an organisation, a place) gives way to the event.
      const covering = mentions[m];
      if (covering.start === t.start && covering.end === t.end && CLIMATE_CONFERENCE.test(covering.text)) covering.type = 'EVENT';
      continue;
    }
    const word = text.slice(t.start, t.end);
    if (CLIMATE_CONFERENCE.test(word)) {
      added.push({
        start: t.start, end: t.end, text: word, type: 'EVENT', sentenceIndex: t.sentenceIndex, title: null,
        canonicalName: null, entityId: null, source: 'pattern',
      });
      continue;
    }
    if (!INNER_CAPITAL.test(word)) continue;
    const entry = gazetteer.lookup(word);
    if (entry?.source !== 'curated') continue;
    added.push({
      start: t.start, end: t.end, text: word, type: entry.type, sentenceIndex: t.sentenceIndex, title: null,
      canonicalName: null, entityId: null, source: 'gazetteer',
    });
  }
  return added.length ? [...mentions, ...added].sort((a, b) => a.start - b.start) : mentions;
}
