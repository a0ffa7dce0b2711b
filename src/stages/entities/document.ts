/**
 * Document-level consistency: what the article says clearly in one place decides the unclear
 * places. Once "Benjamin Netanyahu" is a PERSON, a lone "Netanyahu" is one too; a name typed by a
 * gazetteer, head word or cue retypes the same name where only a guess was made; a name in
 * brackets after a long name takes its type ("International Atomic Energy Agency (IAEA)"); a town
 * named as a team in a results table is that team elsewhere in the report; and sentence-initial
 * words and headline words are kept only if the document confirms them.
 */
import type { EntityType } from '../../model/doc.ts';
import { gazetteerKey } from './gazetteer.ts';
import { spanText, Strength, teamType, type Candidate, type NameContext } from './names.ts';

interface Known {
  type: EntityType;
  strength: Strength;
  /** Typed as a team in a results table: retypes a town of the same name. */
  team: boolean;
}

/** Resolves candidates in place; returns the ones to keep (pending ones not confirmed are dropped). */
export function resolveDocument(ctx: NameContext, cands: Candidate[]): Candidate[] {
  const { toks } = ctx;
  cands.sort((a, b) => a.first - b.first);
  bracketAcronyms(ctx, cands);

  // Surnames of people named in full: "Netanyahu" of "Benjamin Netanyahu". They retype guesses,
  // towns and regions ("Ferguson" after "Duncan Ferguson"), never countries ("Israel" after "Israel Katz").
  // A name typed PERSON by a title or "said" counts too ("President Clinton", "Washington said").
  const surnames = new Set<string>();
  for (const c of cands) {
    if (c.type !== 'PERSON' || c.strength < Strength.Cue) continue;
    if (c.last > c.first || c.source === 'title' || c.source === 'said') surnames.add(toks[c.last].text);
  }
  for (const c of cands) {
    if (c.first !== c.last || c.type === 'PERSON' || c.strength === Strength.Pending) continue;
    const place = c.entry !== null && c.entry.type === 'LOC' && c.entry.source !== 'country';
    const weak = c.strength <= Strength.Weak || place;
    if (weak && surnames.has(toks[c.first].text)) {
      c.type = 'PERSON';
      c.source = 'document';
      c.strength = Strength.Cue;
    }
  }

  // Teams in results tables ("Surrey 236-4") before the maps, so the rest of the document follows them.
  for (const c of cands) if (c.strength !== Strength.Pending) teamType(ctx, c);

  // What the document says with confidence, by exact text and case-folded (for headlines).
  const byText = new Map<string, Known>();
  const byFolded = new Map<string, Known>();
  const note = (m: Map<string, Known>, key: string, c: Candidate): void => {
    const k = m.get(key);
    if (!k || c.strength > k.strength) m.set(key, { type: c.type, strength: c.strength, team: c.source === 'team' });
    else if (c.strength === k.strength && k.type === c.type && c.source === 'team') k.team = true;
  };
  // Word prefixes of known names of two or more words: a longer match can only grow through them.
  const prefixes = new Set<string>();
  for (const c of cands) {
    if (c.strength < Strength.Cue) continue;
    const key = gazetteerKey(spanText(ctx, c.first, c.last));
    note(byText, key, c);
    note(byFolded, key.toLowerCase(), c);
    // "Kestrel Dynamics Ltd" makes a later "Kestrel Dynamics" an ORG too.
    if (c.type === 'ORG' && c.last > c.first && CORPORATE_SUFFIXES.has(toks[c.last].lower)) {
      const short = gazetteerKey(spanText(ctx, c.first, c.last - 1));
      if (!byText.has(short)) byText.set(short, { type: 'ORG', strength: Strength.Cue, team: false });
    }
    if (c.last > c.first) {
      const f = key.toLowerCase();
      for (let p = f.indexOf(' '); p > 0; p = f.indexOf(' ', p + 1)) prefixes.add(f.slice(0, p));
    }
  }

  const kept: Candidate[] = [];
  let k = 0;
  while (k < cands.length) {
    const c = cands[k];
    if (c.strength === Strength.Pending) {
      // Consecutive pending words (a headline) are matched, longest first, against what is known.
      let end = k;
      while (
        end + 1 < cands.length && cands[end + 1].strength === Strength.Pending &&
        cands[end + 1].first === cands[end].last + 1 && toks[cands[end + 1].first].sentenceIndex === toks[c.first].sentenceIndex
      ) end++;
      let a = k;
      while (a <= end) {
        let best = -1;
        let bestKnown: Known | undefined;
        let surname = false;
        for (let b = a; b <= Math.min(end, a + ctx.gazetteer.maxTokens); b++) {
          const key = gazetteerKey(spanText(ctx, cands[a].first, cands[b].last));
          const isSurname = a === b && (surnames.has(key) || surnames.has(titleCase(key)));
          const known = isSurname ? undefined : byText.get(key) ?? byFolded.get(key.toLowerCase());
          if (known || isSurname) {
            best = b;
            bestKnown = known;
            surname = isSurname;
          }
          if (!prefixes.has(key.toLowerCase())) break;
        }
        if (best >= 0) {
          const m = cands[a];
          m.last = cands[best].last;
          m.type = bestKnown && !surname ? bestKnown.type : 'PERSON';
          m.source = 'document';
          m.strength = Strength.Cue;
          kept.push(m);
          a = best + 1;
        } else a++;
      }
      k = end + 1;
      continue;
    }
    const town = c.entry?.source === 'city';
    if (c.strength <= Strength.Weak || town) {
      const known = byText.get(gazetteerKey(spanText(ctx, c.first, c.last)));
      if (known && known.type !== c.type && (!town || known.team)) {
        c.type = known.type;
        c.source = 'document';
      }
    }
    kept.push(c);
    k++;
  }
  for (const c of kept) teamType(ctx, c);
  return kept;
}

/** Endings a company's name is often given without: "Kestrel Dynamics Ltd" → "Kestrel Dynamics". */
const CORPORATE_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'corporation', 'co', 'co.', 'company', 'ltd', 'ltd.', 'limited', 'plc', 'llc', 'ag', 'gmbh', 'sa', 'nv', 'group', 'holdings']);

const titleCase = (w: string): string => (w.length > 1 ? w[0] + w.slice(1).toLowerCase() : w);

/** "Joint Comprehensive Plan of Action (JCPOA)": the bracketed short name takes the long name's type. */
function bracketAcronyms(ctx: NameContext, cands: Candidate[]): void {
  const { toks } = ctx;
  for (let n = 0; n + 1 < cands.length; n++) {
    const long = cands[n];
    const short = cands[n + 1];
    if (long.last === long.first || short.first !== short.last || short.first !== long.last + 2) continue;
    if (toks[long.last + 1].text !== '(' || toks[short.last + 1]?.text !== ')') continue;
    if (!toks[short.first].allCaps || long.strength < Strength.Weak) continue;
    if (short.strength >= Strength.Known && short.type === long.type) continue;
    if (short.strength < Strength.Known || short.entry === null) {
      short.type = long.type;
      short.source = 'bracket';
      short.strength = Math.max(long.strength, Strength.Cue) as Strength;
    }
  }
}
