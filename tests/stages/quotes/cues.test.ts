import { describe, expect, it } from 'vitest';
import { CUE_VERB_FORMS, matchCue } from '../../../src/stages/quotes/cues.ts';
import { lex } from '../../../src/stages/quotes/lex.ts';
import { quotesOf } from './helpers.ts';

const cueAt = (text: string, mode: 'direct' | 'indirect' = 'direct') => {
  const toks = lex(text, 0, text.length, new Uint8Array(text.length));
  for (let i = 0; i < toks.length; i++) {
    const m = matchCue(toks, i, mode);
    if (m) return text.slice(toks[m.start].start, toks[m.end - 1].end);
  }
  return null;
};

describe('the cue lexicon', () => {
  it('holds the reporting verbs in all their forms', () => {
    for (const form of [
      'say', 'says', 'said', 'saying', 'told', 'added', 'stated', 'explained', 'noted', 'warned', 'argued', 'insisted',
      'stressed', 'emphasized', 'emphasised', 'declared', 'claimed', 'asked', 'replied', 'wrote', 'announced',
      'acknowledged', 'admitted', 'suggested', 'urged', 'vowed', 'pledged', 'confirmed', 'denied', 'maintained',
      'reiterated', 'recalled', 'cautioned', 'predicted', 'complained', 'conceded', 'observed', 'remarked',
      'commented', 'continued', 'tweeted', 'posted',
    ]) expect(CUE_VERB_FORMS.has(form), form).toBe(true);
  });

  it('matches multi-word cues and particles', () => {
    expect(cueAt('they have voiced concerns that')).toBe('voiced concerns');
    expect(cueAt('officials warned of a threat')).toBe('warned of');
  });

  it('does not read a capitalised form inside a name as a cue', () => {
    expect(cueAt('the United States began')).toBeNull();
    expect(cueAt('Secretary of State Kerry')).toBeNull();
  });

  it('keeps "continued" for quoted words only', () => {
    expect(cueAt('he continued', 'direct')).toBe('continued');
    expect(cueAt('he continued', 'indirect')).toBeNull();
  });
});

describe('"states" as a noun', () => {
  it('is no cue after "member", "Gulf", "other" (probe EU: speaker "other member", cue "states")', () => {
    expect(quotesOf('Belgium demanded guarantees from other member states that it will not be left alone.').map((q) => q.cue)).not.toContain('states');
    expect(quotesOf('The report states that the economy grew.').map((q) => q.cue)).toEqual(['states']);
  });

  it('is the noun after a people\'s adjective ("discusses Palestinian state"; probe ME)', () => {
    expect(quotesOf('Saudi crown prince receives French president in Riyadh, discusses Palestinian state')).toEqual([]);
  });

  it('names the speaker "member states" whole (it was "Several member")', () => {
    expect(quotesOf('Several member states said the proposal went too far.').map((q) => q.speaker)).toEqual(['Several member states']);
    expect(quotesOf('Five member countries argued that the rules were unfair.').map((q) => q.speaker)).toEqual(['Five member countries']);
  });
});
