import { describe, expect, it } from 'vitest';
import { docOf, FULL_STAGE, onlyQuote, quotesOf, RULES_ONLY } from './helpers.ts';

describe('indirect speech', () => {
  it('reports "X said that …" with the that-clause as its text, "that" included (as PolNeAR annotates it)', () => {
    expect(onlyQuote('He said that the talks would resume next week.')).toEqual({
      kind: 'indirect', text: 'that the talks would resume next week', speaker: 'He', cue: 'said', parts: ['that the talks would resume next week'],
    });
  });

  it('reads a headline "Speaker: …" as indirect speech, but not one that quotes speech or names no speaker', () => {
    const qs = quotesOf('Lynch: No Outside Influence on FBI Probe Into Clinton Emails.\n\nThe attorney general spoke on Sunday.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['indirect', 'No Outside Influence on FBI Probe Into Clinton Emails', 'Lynch', ':']]);
    expect(quotesOf('Warren Hammers Wells Fargo Chief Executive Officer: It Was Fraud.\n\nThe senator spoke on Tuesday.')).toEqual([]);
    expect(quotesOf('Lynch: No Outside Influence on FBI Probe.').map((q) => q.kind)).toEqual([]);
  });

  it('reads the capitalised cue of a headline in title case', () => {
    const qs = quotesOf('Chris Christie Says He Would Issue A Quarantine Over Zika Virus\n\nThe governor spoke on Sunday.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['indirect', 'He Would Issue A Quarantine Over Zika Virus', 'Chris Christie', 'Says']]);
    expect(quotesOf('The Report Says Nothing\n\nWe read it on Sunday.')).toEqual([]);
  });

  it('reports "X told Y he’s …": a contracted subject pronoun opens the clause after the object', () => {
    expect(onlyQuote('Calabrese told the forum he’s already received hundreds of emails.')).toMatchObject({
      kind: 'indirect', text: 'he’s already received hundreds of emails', speaker: 'Calabrese', cue: 'told',
    });
  });

  it('reports the shares of a poll as speakers ("Nearly half said", "Twenty-four percent said")', () => {
    expect(onlyQuote('Twenty-four percent said they were more likely to vote for him.')).toMatchObject({ kind: 'indirect', speaker: 'Twenty-four percent' });
    expect(onlyQuote('A majority of voters said that the economy mattered most.')).toMatchObject({ kind: 'indirect', speaker: 'A majority of voters' });
  });

  it('keeps "in" after a group and "for" inside a name in the speaker ("Farmers in the … district", "Institute for …")', () => {
    expect(onlyQuote('Farmers in the Greenvale district said the restrictions would cost them dearly.')).toMatchObject({
      kind: 'indirect', speaker: 'Farmers in the Greenvale district',
    });
    expect(onlyQuote('Analysts at the Veloria Institute for Public Policy said the result turned on housing costs.')).toMatchObject({
      kind: 'indirect', speaker: 'Analysts at the Veloria Institute for Public Policy',
    });
  });

  it('takes the subject before the first verb as the speaker of "X did … and said …"', () => {
    expect(onlyQuote('Okonkwo thanked the museum and said the sculptures would go on display next spring.')).toMatchObject({
      kind: 'indirect', speaker: 'Okonkwo', text: 'the sculptures would go on display next spring',
    });
  });

  it('keeps "in" inside a capitalised name in the speaker', () => {
    expect(onlyQuote('Observers from the Organization for Security and Co-operation in Europe reported only minor irregularities.')).toMatchObject({
      kind: 'indirect', speaker: 'Observers from the Organization for Security and Co-operation in Europe',
    });
  });

  it('reports "X said …" without "that"', () => {
    expect(onlyQuote('Officials said the deal was dead.')).toMatchObject({ kind: 'indirect', text: 'the deal was dead', speaker: 'Officials' });
  });

  it('keeps "at least" / "at most" in the clause instead of skipping "at" as an adjunct', () => {
    expect(onlyQuote('The monitoring mission said at least 38 civilians were killed in October.')).toMatchObject({
      kind: 'indirect', speaker: 'The monitoring mission', text: 'at least 38 civilians were killed in October',
    });
    expect(onlyQuote('Officials said on Monday at most 12 people were hurt.')).toMatchObject({ text: 'at most 12 people were hurt' });
  });

  it('gives a sentence that ends in ", said <Name>, <job>." to that name, whatever verbs its content holds (probe HS: "… suggests …" had the speaker "the first patients")', () => {
    expect(onlyQuote('Genomic sequencing of samples from the first patients suggests the virus spilled over from fruit bats, rather than being imported, said Dr. Mesay Hailu, director general of the institute.'))
      .toMatchObject({ speaker: 'Dr. Mesay Hailu', cue: 'said', text: 'Genomic sequencing of samples from the first patients suggests the virus spilled over from fruit bats, rather than being imported' });
    // Not a clause after "said" that only looks like a name at first ("…, said the Khan family deserved better.").
    expect(quotesOf('Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.').map((q) => q.speaker))
      .not.toContain('the Khan family deserved better');
  });

  it('reports nothing for an object pronoun and when ("announced it in 2018") nor for "slammed into" (probe HS)', () => {
    expect(quotesOf('When Prime Minister Narendra Modi announced it in 2018, he promised a crewed flight by 2022.').map((q) => q.cue)).not.toContain('announced');
    expect(quotesOf('Hurricane Melissa, which slammed into Jamaica in late October, was last year\'s monster.')).toEqual([]);
    expect(quotesOf('The company said it would close the plant.').map((q) => q.text)).toEqual(['it would close the plant']);
  });

  it('leaves a description of the source after "according to X," out of the content', () => {
    expect(onlyQuote('Premiums will double for 22 million people, according to KFF, a health policy research group.'))
      .toMatchObject({ speaker: 'KFF', text: 'Premiums will double for 22 million people' });
    expect(onlyQuote('Iran, according to the IAEA, has enriched uranium to 60%.')).toMatchObject({ text: 'Iran, according to the IAEA, has enriched uranium to 60%' });
    // Nor a relative clause or a participle of publishing after it, to the sentence's end (probe HS).
    expect(onlyQuote('Global emissions will reach a record 38.4bn tonnes this year, according to the Global Carbon Project, whose annual budget was published last week.'))
      .toMatchObject({ text: 'Global emissions will reach a record 38.4bn tonnes this year', parts: ['Global emissions will reach a record 38.4bn tonnes this year'] });
    expect(onlyQuote('The global average reached 427.1ppm in 2025, according to the annual Greenhouse Gas Bulletin, published on Wednesday.'))
      .toMatchObject({ text: 'The global average reached 427.1ppm in 2025' });
  });

  it('starts the clause after a prepositional phrase or a score between the cue and its "that"', () => {
    expect(onlyQuote('The company said in a filing with the Securities and Exchange Commission that it first detected the intrusion on May 2.'))
      .toMatchObject({ speaker: 'The company', text: 'that it first detected the intrusion on May 2' });
    expect(onlyQuote('Analysts at Standard Chartered said in a note on Friday that he had restored credibility.')).toMatchObject({ text: 'that he had restored credibility' });
    expect(onlyQuote('WADA said at the time that it accepted the explanation.')).toMatchObject({ text: 'that it accepted the explanation' });
    // A noun phrase after the adjunct is the clause's subject, its relative "that" no opener.
    expect(onlyQuote('He said on Friday the deal that was signed would stand.')).toMatchObject({ text: 'the deal that was signed would stand' });
  });

  it('leaves a paragraph\'s dateline out of the clause it reports', () => {
    const qs = quotesOf(docOf('Drones strike\n\nKYIV, Nov 24 (AP) — Russian drones struck energy facilities overnight, Ukraine’s air force said on Monday.', [['Ukraine', 'LOC']]));
    expect(qs.map((q) => [q.text, q.speaker])).toEqual([['Russian drones struck energy facilities overnight', 'Ukraine’s air force']]);
    const plain = quotesOf(docOf('Prices\n\nPARIS (Reuters) - French inflation rose in October, the statistics office said.'));
    expect(plain.map((q) => q.text)).toEqual(['French inflation rose in October']);
    // A region, a date with its year, a day before the month, a place in title case with a date.
    for (const line of ['KYIV, Ukraine, Nov. 24, 2025 (AP) —', 'LONDON, 24 November 2025 (Reuters) -', 'Gaza City, Oct. 7 --']) {
      expect(quotesOf(docOf(`Strikes\n\n${line} Sirens sounded across the city overnight, residents said.`)).map((q) => q.text)).toEqual(['Sirens sounded across the city overnight']);
    }
  });

  it('never takes a dateline for a speaker, the learned cues included', () => {
    const text = 'Stopgap bill\n\nWASHINGTON — Senate Majority Leader John Thune on Thursday unveiled a stopgap spending bill that would keep the government funded through January 30.';
    for (const options of [RULES_ONLY, FULL_STAGE]) {
      for (const q of quotesOf(docOf(text, [['John Thune', 'PERSON']]), options)) expect(q.speaker).not.toMatch(/WASHINGTON/);
    }
  });

  it('keeps a lower-case role before a name in the subject of "X did … and said …" ("Democratic leader Chuck Schumer")', () => {
    const qs = quotesOf(docOf('Democratic leader Chuck Schumer called the proposal “a nonstarter” and said his caucus would insist on extending the subsidies.', [['Chuck Schumer', 'PERSON']]));
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([
      ['mixed', 'Democratic leader Chuck Schumer', 'called'], ['indirect', 'Democratic leader Chuck Schumer', 'said'],
    ]);
  });

  it('skips time adjuncts between the cue and "that"', () => {
    expect(onlyQuote('Iran’s president declared this week that the republic would not compromise.')).toMatchObject({
      speaker: 'Iran’s president', cue: 'declared', text: 'that the republic would not compromise',
    });
  });

  it('reports "X told Y that …" but not "X told Y" alone', () => {
    expect(onlyQuote('The minister told parliament that the budget was balanced.')).toMatchObject({ speaker: 'The minister', cue: 'told', text: 'that the budget was balanced' });
    expect(quotesOf('The minister told parliament about the budget.')).toEqual([]);
  });

  it('reports warnings with their particle as part of the cue', () => {
    expect(onlyQuote('Israeli officials have repeatedly warned of the threat posed by the programme.')).toMatchObject({
      speaker: 'Israeli officials', cue: 'warned of', text: 'the threat posed by the programme',
    });
  });

  it('reports a multi-word cue such as "voiced concerns"', () => {
    expect(onlyQuote('The agency has voiced concerns that the activities may shorten the timeline.')).toMatchObject({
      speaker: 'The agency', cue: 'voiced concerns', text: 'that the activities may shorten the timeline',
    });
  });

  it('reports "according to X, …" and "…, according to X"', () => {
    expect(onlyQuote('According to the ministry, the talks will resume next week.')).toMatchObject({
      speaker: 'the ministry', cue: 'According to', text: 'the talks will resume next week',
    });
    expect(onlyQuote('The talks will resume next week, according to the ministry.')).toMatchObject({
      speaker: 'the ministry', cue: 'according to', text: 'The talks will resume next week',
    });
  });

  it('reports a clause split by "according to X" as one row with two content spans', () => {
    expect(onlyQuote('Iran, according to the IAEA, has enriched uranium to 60 percent.')).toEqual({
      kind: 'indirect', text: 'Iran, according to the IAEA, has enriched uranium to 60 percent',
      speaker: 'the IAEA', cue: 'according to', parts: ['Iran', 'has enriched uranium to 60 percent'],
    });
  });

  it('reports "…, X said." with the clause before the speaker', () => {
    expect(onlyQuote('The talks will resume next week, officials said.')).toMatchObject({ speaker: 'officials', text: 'The talks will resume next week' });
  });

  it('reports "…, X said on Monday." and "…, X said on Monday, as …": a time or medium after the cue, the narration after a comma', () => {
    expect(onlyQuote('A pilot scheme has cut waiting times for hip replacements, the health board said on Wednesday.')).toMatchObject({
      speaker: 'the health board', text: 'A pilot scheme has cut waiting times for hip replacements',
    });
    expect(onlyQuote('Prices fell sharply in July, the agency said in a statement.')).toMatchObject({ speaker: 'the agency', text: 'Prices fell sharply in July' });
    expect(onlyQuote('Water levels fell to a record low, the water authority said on Thursday, as a dry summer left reservoirs empty.')).toMatchObject({
      speaker: 'the water authority', text: 'Water levels fell to a record low',
    });
    // An attribution that interrupts its clause still reads both parts.
    expect(onlyQuote('The museum, Mr. Obama said, would make visitors face history.').parts).toEqual(['The museum', 'would make visitors face history']);
    // After a subordinate clause the main clause follows the attribution, whatever its first word.
    expect(onlyQuote('Though that transition was seamless, he said, replacing Clinton would be much more acrimonious.').parts)
      .toEqual(['Though that transition was seamless', 'replacing Clinton would be much more acrimonious']);
  });

  it('ends what was called at its quotation mark when a second verb follows ("call them “lone wolves” and describe …")', () => {
    const qs = quotesOf('Obama and Clinton call them “lone wolves” and describe their actions as crimes rather than acts of terror.');
    expect(qs[0]).toMatchObject({ kind: 'mixed', speaker: 'Obama and Clinton', cue: 'call', text: 'them “lone wolves”' });
    // Not a word of the same phrase: "branded it “tasteless” and offensive".
    expect(onlyQuote('Mennear branded it “tasteless” and offensive.')).toMatchObject({ text: 'it “tasteless” and offensive' });
  });

  it('takes the one a restrictive relative clause describes as the speaker ("A senior aide who spoke on condition of anonymity said")', () => {
    expect(onlyQuote('A senior aide who spoke on condition of anonymity said the models showed a gain.')).toMatchObject({ speaker: 'A senior aide', cue: 'said' });
    expect(onlyQuote('A Republican consultant who worked on the campaign said the race was close.')).toMatchObject({ speaker: 'A Republican consultant' });
    expect(onlyQuote('A police official who was not authorized to speak publicly said detectives were looking for a man.')).toMatchObject({
      speaker: 'A police official', text: 'detectives were looking for a man',
    });
  });

  it('reads no report in a question asked with its verb first ("Does the President accept that …?")', () => {
    expect(quotesOf('Does the President accept that the ceasefire has failed? Did anyone warn that the bridge would fall?')).toEqual([]);
    // The statement is read as ever.
    expect(quotesOf('The minister said that taxes would rise.').length).toBe(1);
  });

  it('ends what a naming cue called at its quotation mark when a second speaker\'s attribution follows', () => {
    const qs = quotesOf('Reform UK leader Nigel Farage called the Budget "a disaster for aspiration", and Liberal Democrat leader Ed Davey said the chancellor had "clobbered pensioners".');
    expect(qs.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Reform UK leader Nigel Farage', 'called', 'the Budget "a disaster for aspiration"'],
      ['Liberal Democrat leader Ed Davey', 'said', 'the chancellor had "clobbered pensioners"'],
    ]);
  });

  it('takes the one a relative clause set off by commas describes as the speaker, not a name inside the clause', () => {
    expect(onlyQuote('Former vice president Atiku Abubakar, who is seeking the presidential ticket of the African Democratic Congress (ADC), said the budget was "a campaign document dressed as fiscal policy".'))
      .toMatchObject({ speaker: 'Former vice president Atiku Abubakar', cue: 'said', text: 'the budget was "a campaign document dressed as fiscal policy"' });
  });

  it('takes businesses named by their trade as speakers ("the utility warned", "the carmaker said")', () => {
    expect(onlyQuote('Shares fell 14 per cent after the utility warned that annual profit would miss forecasts.')).toMatchObject({
      speaker: 'the utility', cue: 'warned', text: 'that annual profit would miss forecasts',
    });
    expect(onlyQuote('The carmaker said sales would fall next year.').speaker).toBe('The carmaker');
  });

  it('starts a speaker at a personal title after the opening words ("In London Mrs Smith said")', () => {
    expect(onlyQuote('Speaking in Tanzania Mr Brown said the UK would make similar offers.').speaker).toBe('Mr Brown');
    expect(onlyQuote('Chancellor Gordon Brown said the UK would act.').speaker).toBe('Chancellor Gordon Brown');
  });

  it('starts the speaker after an opening prepositional phrase written without a comma ("In a statement Mr Sullivan said")', () => {
    const speaker = (text: string, name: string) => onlyQuote(docOf(text, [[name, 'PERSON']])).speaker;
    expect(speaker('Later at their poster launch Tory co-chairman Liam Fox said his party would exploit the row.', 'Liam Fox')).toBe('Tory co-chairman Liam Fox');
    expect(speaker('From the witness stand Mr Sullivan told jurors he had not known about the fraud.', 'Sullivan')).toBe('Mr Sullivan');
    expect(speaker('In a statement Mr Sullivan said he had not known about the fraud.', 'Sullivan')).toBe('Mr Sullivan');
    expect(speaker('After the vote party leader Jane Smith said the result was a disaster.', 'Jane Smith')).toBe('party leader Jane Smith');
    // A noun for who the name is stays with it; an organisation's name opening the phrase is the speaker's employer.
    expect(onlyQuote(docOf('In a monthly report anti-virus firm Sophos said the worm had spread.', [['Sophos', 'ORG']])).speaker).toBe('anti-virus firm Sophos');
    expect(speaker('He returned to it after Business Insider senior editor Josh Barro noted that the odds were low.', 'Josh Barro')).toBe('Business Insider senior editor Josh Barro');
    // The name's own determiner, or a preposition whose object it is, keeps the phrase whole.
    expect(onlyQuote(docOf('On Friday the Security Council said the launch broke its resolutions.', [['Security Council', 'ORG']])).speaker).toBe('the Security Council');
  });

  it('does not take the words before "and" as the speaker of a second verb ("… the villages of A and B and accused …")', () => {
    const rows = quotesOf('In a statement, the group said its forces had "liberated" the villages of Um Sumeima and Kazgil and accused the army of using civilians as shields.');
    expect(rows.map((q) => q.speaker)).not.toContain('the villages of Um Sumeima and Kazgil and');
  });

  it('reads wire sources "briefed on" or "involved in" something, and "…, said the people, who …"', () => {
    expect(onlyQuote('People briefed on the matter said the deal was close.').speaker).toBe('People briefed on the matter');
    expect(onlyQuote('The plan would cut costs, said the people, who asked not to be named.')).toMatchObject({ speaker: 'the people', text: 'The plan would cut costs' });
  });

  it('reads wire attributions with a tail, a place before "-based", a pronoun after an opening phrase', () => {
    expect(onlyQuote('ChatGPT has about 800 million weekly users, CEO Sam Altman said last month at the company’s DevDay event in San Francisco.'))
      .toMatchObject({ speaker: 'CEO Sam Altman', text: 'ChatGPT has about 800 million weekly users' });
    expect(onlyQuote('Revenue rose 62% in the quarter, the Santa Clara, California-based company said.').speaker).toBe('the Santa Clara, California-based company');
    expect(onlyQuote('In a rare 2024 interview he said the company’s biggest constraint was money.').speaker).toBe('he');
    expect(onlyQuote('Nigel Farage said in a video posted on social media that the Budget was a bonanza.').text).toBe('that the Budget was a bonanza');
    expect(quotesOf('Talarico conceded shortly before midnight.')).toEqual([]);
    // A pronoun after a noun it qualifies is a relative clause's subject, not a speaker.
    expect(quotesOf('It also mentions policies she supported that Trump argues allowed the group to spread.').map((q) => q.speaker)).not.toContain('she');
  });

  it('ends a reported clause at ", while" a named speaker\'s own verb, also one that reports only quoted words', () => {
    const rows = quotesOf('Sen. Chris Murphy (D-Conn.) said the demand showed "how scared he is," while Senate Minority Leader Chuck Schumer (D-N.Y.) accused Republicans of trying to "jam through a partisan agenda."');
    expect(rows.map((q) => [q.speaker, q.cue])).toEqual([['Sen. Chris Murphy (D-Conn.)', 'said'], ['Senate Minority Leader Chuck Schumer (D-N.Y.)', 'accused']]);
  });

  it('starts a mixed quote interrupted by "according to X," before the cue, not at the source', () => {
    expect(onlyQuote('The valuation runs, according to one person involved, “well north of £200m”.')).toMatchObject({
      kind: 'mixed', speaker: 'one person involved', text: 'The valuation runs, according to one person involved, “well north of £200m”',
    });
    expect(onlyQuote(docOf('Trump has met a man whose book, according to its Amazon summary, “draws a deeply troubling portrait.”', [['Amazon', 'ORG']])).text)
      .toMatch(/^whose book/);
  });

  it('takes nouns for publishers, places, studios and other bodies as speakers ("its publisher said", "The county said")', () => {
    expect(onlyQuote('Grand Theft Auto VI sold more than 30m copies in its first week, its publisher said.')).toMatchObject({
      speaker: 'its publisher', cue: 'said', text: 'Grand Theft Auto VI sold more than 30m copies in its first week',
    });
    expect(onlyQuote('The county said no ransom had been paid.')).toMatchObject({ speaker: 'The county', text: 'no ransom had been paid' });
    expect(onlyQuote('The tribunal said the dismissal had been unfair.').speaker).toBe('The tribunal');
    // A negative subject opens a clause; "said no" alone reports nothing.
    expect(onlyQuote('Police said no one was hurt.').text).toBe('no one was hurt');
    expect(quotesOf('He said no.')).toEqual([]);
    // A demonstrative after "of" does not cut the role in two.
    expect(onlyQuote('The head of that tribunal, Kostas Panagopoulos, said it had no power.').speaker).not.toMatch(/^tribunal/);
  });

  it('reads a one-word judgement before a preposition as a participle ("Teenagers questioned for a survey have shown")', () => {
    expect(quotesOf('Teenagers questioned for a survey have shown little interest in politics.').map((q) => q.cue)).not.toContain('questioned');
    expect(onlyQuote('Pountney criticised the referee after the defeat.')).toMatchObject({ speaker: 'Pountney', cue: 'criticised' });
  });

  it('takes the speaker before an aside between dashes ("Deutsche Bank - itself a target of a lawsuit - said")', () => {
    for (const dash of [' - ', ' — ', '—']) {
      expect(onlyQuote(`Deutsche Bank${dash}itself a target of a lawsuit${dash}said documents had been backdated.`)).toMatchObject({
        speaker: 'Deutsche Bank', cue: 'said', text: 'documents had been backdated',
      });
    }
  });

  it('takes a name set off by commas after a role the lexicon does not know as the speaker', () => {
    expect(onlyQuote('The site foreman, Tomasz Lewandowski, said boats would be banned from the shore.')).toMatchObject({
      speaker: 'Tomasz Lewandowski', text: 'boats would be banned from the shore',
    });
    // Not a place set off by commas before the article's own participle.
    expect(quotesOf('Protests followed the death of a man in Tulsa, Oklahoma, arguing for reform.').map((q) => q.speaker)).not.toContain('Oklahoma');
  });

  it('stops the content of a subordinate clause at its comma', () => {
    expect(onlyQuote('While Obama said the war would end, U.S. forces kept fighting.')).toMatchObject({ speaker: 'Obama', text: 'the war would end' });
  });

  it('skips an appositive and a relative clause before the cue', () => {
    expect(onlyQuote('Defense analysts, including Israel Katz and Benjamin Netanyahu, argue that the refusal is part of a campaign.').speaker).toBe('Defense analysts');
    expect(onlyQuote('Barkley, who often votes Democratic, said one candidate he likes is Kasich.').speaker).toBe('Barkley');
  });

  it('needs a speaker: a name, a pronoun, a mention or a role noun', () => {
    expect(quotesOf('The data said nothing new. The tone said the deal was dead.')).toEqual([]);
  });

  it('skips a time, a medium or a discourse adverb between the speaker and the cue', () => {
    expect(onlyQuote('Clinton last week said she would win the state.')).toMatchObject({ speaker: 'Clinton', cue: 'said' });
    expect(onlyQuote('Obama in a statement said he would sign the bill.')).toMatchObject({ speaker: 'Obama', cue: 'said' });
    expect(onlyQuote('Carter however said he would welcome China’s participation.')).toMatchObject({ speaker: 'Carter', cue: 'said' });
  });

  it('does not read a passive, a negation or a noun as a cue', () => {
    expect(quotesOf('He was told the deal was dead.')).toEqual([]);
    expect(quotesOf('She did not say the deal was dead.')).toEqual([]);
    expect(quotesOf('The president’s remarks were released on Monday.')).toEqual([]);
    expect(quotesOf('The United States began airstrikes in 2014.')).toEqual([]);
  });

  it('reads an appositive ending in a noun before the cue as part of the speaker phrase, not as an inserted attribution', () => {
    expect(onlyQuote('Chris Hawkins, host of BBC 6 Music’s chart show, said the band had great guitars.')).toMatchObject({
      speaker: 'Chris Hawkins', cue: 'said', text: 'the band had great guitars',
    });
  });

  it('does not read a greeting or a farewell as what was said', () => {
    expect(quotesOf('He will say farewell to the Copa Libertadores next month.')).toEqual([]);
    expect(quotesOf('The players said goodbye to their fans in Lisbon.')).toEqual([]);
  });

  it('does not report verbs that only introduce quoted words', () => {
    expect(quotesOf('Iran continues to reject any negotiation.')).toEqual([]);
  });
});

describe('mixed quotes', () => {
  it('makes a quoted fragment inside reported speech a mixed quote', () => {
    expect(onlyQuote('Smith said the deal was “dead” and buried.')).toEqual({
      kind: 'mixed', text: 'the deal was “dead” and buried', speaker: 'Smith', cue: 'said', parts: ['dead'],
    });
  });

  it('makes a fragment attributed after the quote a mixed quote', () => {
    expect(onlyQuote('The deal is “dead,” Smith said.')).toMatchObject({ kind: 'mixed', text: 'The deal is “dead,”', speaker: 'Smith', parts: ['dead'] });
  });

  it('reads evaluative verbs as cues only around quoted words', () => {
    expect(onlyQuote('Bush called him a “loser.”')).toMatchObject({ kind: 'mixed', speaker: 'Bush', cue: 'called', text: 'him a “loser.”' });
    expect(quotesOf('Bush called him on Tuesday.')).toEqual([]);
  });

  it('keeps indirect speech indirect when its quoted words are only a term', () => {
    expect(onlyQuote('The agency warned that the regime may shorten its nuclear ‘breakout’ time.')).toMatchObject({
      kind: 'indirect', parts: ['that the regime may shorten its nuclear ‘breakout’ time'],
    });
  });

  it('reads short quoted words before a verb, an adverb or a preposition, or with a comma inside, as the speaker’s', () => {
    expect(onlyQuote('Trump says the NFL has gone “soft” like the country.')).toMatchObject({ kind: 'mixed', parts: ['soft'] });
    expect(onlyQuote('Cruz warned that the “Washington cartel” is growing nervous.')).toMatchObject({ kind: 'mixed', parts: ['Washington cartel'] });
    expect(onlyQuote('Trump is telling voters that waterboarding is “peanuts,” compared to what militants do.')).toMatchObject({ kind: 'mixed' });
  });

  it('ends the content before a second attribution of the same speaker, and reports that one too', () => {
    expect(quotesOf('Smith said that the deal was dead, adding that talks would not resume.').map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Smith', 'said', 'that the deal was dead'],
      ['Smith', 'adding', 'that talks would not resume'],
    ]);
    expect(quotesOf('Carter said the approach remained sound, but he also warned China against provocations.').map((q) => q.text)).toEqual([
      'the approach remained sound',
    ]);
  });

  it('ends quoted content at a participle after a comma inside the closing mark, and reports that one too', () => {
    expect(quotesOf('Trump insisted that he has “expanded the Republican party,” claiming that he is responsible for the turnout.')
      .map((q) => [q.kind, q.cue, q.text])).toEqual([
      ['mixed', 'insisted', 'that he has “expanded the Republican party,”'],
      ['indirect', 'claiming', 'that he is responsible for the turnout'],
    ]);
  });

  it('goes on after the content of one attribution to the next one in the sentence', () => {
    expect(quotesOf('Barkley, who said he typically votes Democratic, said one candidate he likes is Ohio Governor John Kasich.')
      .map((q) => [q.speaker, q.text])).toEqual([
      ['who', 'he typically votes Democratic'],
      ['Barkley', 'one candidate he likes is Ohio Governor John Kasich'],
    ]);
    expect(quotesOf('She said she has no plans to change her vote, but she said she reserves the right to reconsider.')
      .map((q) => q.text)).toEqual(['she has no plans to change her vote', 'she reserves the right to reconsider']);
  });

  it('does not read a participle without a that-clause as a second attribution', () => {
    expect(quotesOf('The president declared that the republic would not compromise, reaffirming its hardline position.').map((q) => q.cue)).toEqual(['declared']);
  });
});

describe('indirect speech after adjuncts and objects', () => {
  it('reads a bare clause after a time adjunct', () => {
    expect(onlyQuote('Adelson said on Friday he met Trump earlier this week.')).toMatchObject({ speaker: 'Adelson', cue: 'said', text: 'he met Trump earlier this week' });
  });

  it('reads "told Y" with a clause opened by a pronoun', () => {
    expect(onlyQuote('Trump told the forum he was against the war.')).toMatchObject({ speaker: 'Trump', cue: 'told', text: 'he was against the war' });
    expect(quotesOf('Trump told the forum about the war.')).toEqual([]);
  });
});

describe('speakers with appositives that hold commas', () => {
  it('takes the name before an appositive such as ", of Springfield, Va.,"', () => {
    expect(onlyQuote('Johnnie Wilson, of Springfield, Va., said he had fought in Vietnam for those rights.')).toMatchObject({ speaker: 'Johnnie Wilson', cue: 'said' });
  });
});

describe('more reported speech', () => {
  it('reads "called on" and "called for" as cues with a bare clause', () => {
    expect(onlyQuote('Palmieri called on Trump to stop attacking Machado and apologize.')).toMatchObject({ speaker: 'Palmieri', cue: 'called on', text: 'Trump to stop attacking Machado and apologize' });
  });

  it('skips "now" between the speaker and the cue', () => {
    expect(onlyQuote('Clinton now says she opposes the deal.')).toMatchObject({ speaker: 'Clinton', cue: 'says', text: 'she opposes the deal' });
  });

  it('reads a coordinated "and said" with a clause opened by a pronoun', () => {
    expect(quotesOf('Merrill says Machado promised to keep campaigning and said she would stand up to the attacks.').map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Merrill', 'says', 'Machado promised to keep campaigning'],
      ['Merrill', 'said', 'she would stand up to the attacks'],
    ]);
  });

  it('searches the part of a sentence before its direct quote', () => {
    const qs = quotesOf('The governor said that the budget would be balanced by spring, while the mayor told reporters: “We will not raise taxes.”');
    expect(qs.map((q) => [q.kind, q.cue, q.text])).toEqual([
      ['indirect', 'said', 'that the budget would be balanced by spring'], ['direct', 'told', 'We will not raise taxes.'],
    ]);
  });
});

describe('"according to" with a longer source', () => {
  it('takes the whole source up to the comma', () => {
    expect(onlyQuote('Clinton holds an advantage of 83 points among black voters, according to a New York Times/CBS News poll released last week.')).toMatchObject({
      speaker: 'a New York Times/CBS News poll released last week', cue: 'according to',
    });
  });

  it('does not read "according to plan" as a source', () => {
    expect(quotesOf('The launch went ahead on Tuesday, according to plan.')).toEqual([]);
  });
});

describe('reported speech in relative and coordinated clauses', () => {
  it('reads "her" after a cue as a possessive opening the clause', () => {
    expect(onlyQuote('She said her father would do the same as president.')).toMatchObject({ speaker: 'She', text: 'her father would do the same as president' });
  });

  it('reports the relative clause around an attribution ("which officials said will …")', () => {
    expect(onlyQuote('The rule, which officials said will take effect in May, was delayed.')).toMatchObject({
      kind: 'indirect', speaker: 'officials', cue: 'said', text: 'which officials said will take effect in May', parts: ['which', 'will take effect in May'],
    });
  });

  it('gives a cue after "and" or "but" the subject of the sentence', () => {
    expect(onlyQuote('The senator survived five years in prison and says such techniques are inhumane.')).toMatchObject({
      speaker: 'The senator', cue: 'says', text: 'such techniques are inhumane',
    });
  });

  it('ends a clause at a coordinated negated cue, which is a row of the same speaker with its negation in the cue', () => {
    const qs = quotesOf('He said that he would offer “a prayer” for the eventual Republican nominee but did not suggest it would be Trump.');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue, q.text])).toEqual([
      ['mixed', 'He', 'said', 'that he would offer “a prayer” for the eventual Republican nominee'],
      ['indirect', 'He', 'did not suggest', 'it would be Trump'],
    ]);
    expect(quotesOf('She said the plan was dead and didn’t say when talks would resume.').map((q) => q.text)).toEqual(['the plan was dead']);
  });

  it('takes plural nouns for people as speakers ("forecasters say")', () => {
    expect(onlyQuote('Forecasters say health spending will rise within decades.')).toMatchObject({ speaker: 'Forecasters', cue: 'say' });
  });
});

describe('intentions with a to-infinitive', () => {
  it('reports "vowed to …" and "wants to …" with the infinitive as the text', () => {
    expect(onlyQuote('The senator vowed to fight on until the convention.')).toMatchObject({ kind: 'indirect', speaker: 'The senator', cue: 'vowed', text: 'to fight on until the convention' });
    expect(onlyQuote('Clinton wants to bring back the policies of the 1990s.')).toMatchObject({ speaker: 'Clinton', cue: 'wants', text: 'to bring back the policies of the 1990s' });
  });

  it('ends the infinitive at its comma and needs a verb after "to"', () => {
    expect(quotesOf('Jones, who declined to comment, was born in Ohio.').map((q) => q.text)).toEqual(['to comment']);
    expect(quotesOf('Israel agreed to a moratorium on building.')).toEqual([]);
  });

  it('keeps a capitalised cue form inside a name ("Planned Parenthood")', () => {
    expect(onlyQuote('“It is central,” Planned Parenthood’s president Cecile Richards said.').speaker).toBe('Planned Parenthood’s president Cecile Richards');
    expect(onlyQuote('Said Comey, “The thought is very painful to us.”')).toMatchObject({ speaker: 'Comey', cue: 'Said' });
  });
});

describe('judgements without quoted words', () => {
  it('reports the object of an evaluative verb ("criticized the plan", "accused him of …")', () => {
    expect(onlyQuote('Cruz criticized the president’s foreign policy.')).toMatchObject({ kind: 'indirect', speaker: 'Cruz', cue: 'criticized', text: 'the president’s foreign policy' });
    expect(onlyQuote('She accused him of lying about the deal.')).toMatchObject({ speaker: 'She', cue: 'accused', text: 'him of lying about the deal' });
  });

  it('reads a one-word object, and a base form right after a plural speaker ("three-quarters support …")', () => {
    expect(onlyQuote('Christie endorsed Trump.')).toMatchObject({ speaker: 'Christie', cue: 'endorsed', text: 'Trump' });
    expect(onlyQuote('About three-quarters support a temporary ban on new arrivals.')).toMatchObject({ cue: 'support', text: 'a temporary ban on new arrivals' });
    expect(quotesOf('Their support for the plan is weak.')).toEqual([]);
  });

  it('does not read a judgement noun or a naming verb without quoted words as one', () => {
    expect(quotesOf('The criticism of the plan mounted.')).toEqual([]);
    expect(quotesOf('The group called the meeting to order.')).toEqual([]);
  });
});

describe('beliefs and questions', () => {
  it('reads beliefs with a clause opened by a subject pronoun or "that"', () => {
    expect(onlyQuote('Her advisers believe she has the discipline to win.')).toMatchObject({ speaker: 'Her advisers', cue: 'believe', text: 'she has the discipline to win' });
    expect(onlyQuote('Some strategists fear that the party will split.')).toMatchObject({ speaker: 'Some strategists', cue: 'fear', text: 'that the party will split' });
    expect(quotesOf('He knows the area well.')).toEqual([]);
  });

  it('reads an indirect question after its cue or object ("asked the campaigns why …")', () => {
    expect(onlyQuote('The reporters asked the campaigns why they did not respond.')).toMatchObject({ speaker: 'The reporters', cue: 'asked', text: 'why they did not respond' });
  });
});

describe('requests and questions', () => {
  it('reports an object and its infinitive after "asked", "told" and "urged"', () => {
    expect(onlyQuote('Trump asked the network to donate the profits to veterans groups.')).toMatchObject({
      speaker: 'Trump', cue: 'asked', text: 'the network to donate the profits to veterans groups',
    });
  });

  it('reports a question put by someone unnamed ("Asked whether …, X said …") without a speaker', () => {
    const qs = quotesOf('Asked whether he would endorse Trump, Ryan said he was not ready to do that.');
    expect(qs.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['whether he would endorse Trump', null, 'Asked'],
      ['he was not ready to do that', 'Ryan', 'said'],
    ]);
  });

  it('reads an object after "reported" as what was reported', () => {
    expect(onlyQuote('The company reported its smallest quarterly profit in 17 years.')).toMatchObject({ speaker: 'The company', cue: 'reported' });
  });
});

describe('phrases as evaluative cues, and sources before an aside', () => {
  it('reports the object of "pointed to"', () => {
    expect(onlyQuote('Tester pointed to the Republican majority as the key obstacle.')).toMatchObject({ speaker: 'Tester', cue: 'pointed to', text: 'the Republican majority as the key obstacle' });
  });

  it('reads "…, according to X — aside" with the aside left out', () => {
    expect(onlyQuote('Some 59 percent of voters view her unfavorably, according to a Washington Post poll — the same as last month.')).toMatchObject({
      speaker: 'a Washington Post poll', cue: 'according to', text: 'Some 59 percent of voters view her unfavorably',
    });
  });
});

describe('third-person evaluative verbs and relative clauses', () => {
  it('reads "blasts" as a verb before its object and ends a relative clause at its comma', () => {
    expect(onlyQuote('The senator, who similarly blasts free trade, spoke on Monday.')).toMatchObject({ speaker: 'who', cue: 'blasts', text: 'free trade' });
    expect(quotesOf('Republican attacks on the plan grew louder.')).toEqual([]);
  });

  it('ends reported speech in a relative clause at its comma', () => {
    expect(onlyQuote('Sanders, who said the system was rigged, won the state.')).toMatchObject({ speaker: 'who', text: 'the system was rigged' });
  });
});

describe('a second attribution with a subject pronoun of its own', () => {
  it('ends the first clause before "but they said …" and reports the second as a row of its own', () => {
    const qs = quotesOf('Officials said the harbour was calm but they said later that two boats had capsized.');
    expect(qs.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Officials', 'said', 'the harbour was calm'],
      ['they', 'said', 'that two boats had capsized'],
    ]);
  });

  it('reads a present-tense cue before "that" after "and" as the same speaker\'s second attribution', () => {
    const qs = quotesOf('The mayor says the bridge is safe and insists that the repairs are on time.');
    expect(qs.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['The mayor', 'says', 'the bridge is safe'],
      ['The mayor', 'insists', 'that the repairs are on time'],
    ]);
  });

  it('does the same before "and" with a name and a cue ("…, and Maria Olsen said …")', () => {
    const qs = quotesOf('The harbour engineers think the storm has passed, and Maria Olsen said the ferries would sail at noon.');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['The harbour engineers', 'the storm has passed'],
      ['Maria Olsen', 'the ferries would sail at noon'],
    ]);
  });
});

describe('an attribution that splits a clause after its first word', () => {
  it('reads "Still, she said, …" as one attribution in two parts', () => {
    expect(onlyQuote('Still, she said, the council would have to find the money elsewhere.')).toMatchObject({
      kind: 'indirect', speaker: 'she', cue: 'said', parts: ['Still', 'the council would have to find the money elsewhere'],
    });
  });
});

describe('a contrasting clause with a cue of its own', () => {
  it('ends reported speech before ", while 22 percent said …" and reads that clause as another attribution', () => {
    const qs = quotesOf('Forty percent said they were set on voting for him, while 22 percent said they might change their minds.');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([
      ['Forty percent', 'they were set on voting for him'],
      ['22 percent', 'they might change their minds'],
    ]);
  });
});

describe('a name right after the cue', () => {
  it('reads "said Trump, despite …, is …" as the clause, not as an adjunct before the narration', () => {
    expect(onlyQuote('The pollster Ana Ruiz said Lindqvist, despite his money, is better placed to win the county.')).toMatchObject({
      speaker: 'The pollster Ana Ruiz', text: 'Lindqvist, despite his money, is better placed to win the county',
    });
  });
});

describe('first-person views outside quotation marks', () => {
  it('reads "I/we" as the speaker of reported speech in the narration, but not "you"', () => {
    expect(onlyQuote('Still, I believe that the ferry service will be restored by spring.')).toMatchObject({
      speaker: 'I', cue: 'believe', text: 'that the ferry service will be restored by spring',
    });
    expect(onlyQuote('We said that the tunnel would be finished within a year.')).toMatchObject({ speaker: 'We', cue: 'said' });
    expect(quotesOf('You said that the tunnel would be finished within a year.')).toEqual([]);
  });

  it('leaves a first-person view inside quoted words to the quote', () => {
    expect(quotesOf('“I believe that the ferry will be back by spring,” the mayor said.').map((q) => [q.kind, q.speaker])).toEqual([['direct', 'the mayor']]);
  });
});

describe('a clause without "that" after a verb that otherwise needs one', () => {
  it('reads a noun phrase and a finite verb after "think", "fear" or "noted" as the reported clause', () => {
    expect(onlyQuote('Some undecided farmers think the levy should be scrapped.')).toMatchObject({
      speaker: 'Some undecided farmers', cue: 'think', text: 'the levy should be scrapped',
    });
    expect(onlyQuote('The inspectors noted the walls were cracked in several places.')).toMatchObject({
      speaker: 'The inspectors', cue: 'noted', text: 'the walls were cracked in several places',
    });
  });

  it('reads the same clause after the short object of "told"', () => {
    expect(onlyQuote('The engineer told reporters the tunnel would open in June.')).toMatchObject({
      speaker: 'The engineer', cue: 'told', text: 'the tunnel would open in June',
    });
  });

  it('reads a clause whose verb is a past form before "to" after the object, not an object and its infinitive (probe HS)', () => {
    expect(onlyQuote('Kasaeva told reporters the agency hoped to issue a recommendation within months.')).toMatchObject({
      speaker: 'Kasaeva', cue: 'told', text: 'the agency hoped to issue a recommendation within months',
    });
    // An object with its modifiers, then the infinitive, stays one.
    expect(onlyQuote('The minister urged members of the public affected to stay home.')).toMatchObject({
      cue: 'urged', text: 'members of the public affected to stay home',
    });
  });

  it('reads no object without a finite verb after it as a clause', () => {
    expect(quotesOf('They feel the pressure every day.')).toEqual([]);
    expect(quotesOf('He thought about the offer for a week.')).toEqual([]);
  });
});

describe('numbers with thousands separators', () => {
  it('does not end an infinitive at the comma inside "250,000"', () => {
    expect(onlyQuote('The ministry wanted to resettle 250,000 refugees by the end of the year.')).toMatchObject({
      speaker: 'The ministry', cue: 'wanted', text: 'to resettle 250,000 refugees by the end of the year',
    });
  });
});

describe('verbs of naming without quoted words', () => {
  it('reads "called him a …" and "described X as …" as judgements, but not "called him back"', () => {
    expect(onlyQuote('The mayor called it a shameful waste of money.')).toMatchObject({
      speaker: 'The mayor', cue: 'called', text: 'it a shameful waste of money',
    });
    expect(onlyQuote('Residents described the new bridge as an eyesore.')).toMatchObject({
      speaker: 'Residents', cue: 'described', text: 'the new bridge as an eyesore',
    });
    expect(quotesOf('The mayor called him back on Monday.')).toEqual([]);
    expect(quotesOf('The mayor called them twice.')).toEqual([]);
  });
});

describe('reported speech after a direct quote in the same sentence', () => {
  it('reads the words after a quote’s attribution, where no quotation mark follows', () => {
    const qs = quotesOf('“We will win,” she said as the council voted, and the mayor said the plan was dead.');
    expect(qs.map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['direct', 'she', 'We will win'],
      ['indirect', 'the mayor', 'the plan was dead'],
    ]);
  });
});

describe('a trailing "said X" with an appositive after the speaker', () => {
  it('reads "…, said X, a role." as a trailing attribution, and "…, said X, adding …" with the participle no part of the speaker', () => {
    expect(onlyQuote('The ferry will not run before spring, said Ines Vidal, a spokeswoman for the harbour board.')).toMatchObject({
      speaker: 'Ines Vidal', cue: 'said', text: 'The ferry will not run before spring',
    });
    expect(quotesOf('The ferry will not run before spring, said Ines Vidal, adding that repairs had begun.')[0])
      .toMatchObject({ speaker: 'Ines Vidal', cue: 'said', text: 'The ferry will not run before spring' });
  });
});

describe('the people a poll asked as speakers', () => {
  it('reads "those surveyed" and "voters polled" as speakers', () => {
    expect(onlyQuote('By wide margins, those surveyed say the harbour should stay public.')).toMatchObject({ speaker: 'those surveyed', cue: 'say' });
    expect(onlyQuote('Most residents polled said they would back the levy.')).toMatchObject({ speaker: 'Most residents polled', cue: 'said' });
  });
});

describe('questions put to the subject in the middle of a sentence', () => {
  it('reads "when asked (by X) if …" and "was asked by X whether …" as the question, with the asker as speaker', () => {
    expect(onlyQuote('The minister was asked by a local reporter whether the harbour would be sold.')).toMatchObject({
      speaker: 'a local reporter', cue: 'asked', text: 'whether the harbour would be sold',
    });
    expect(onlyQuote('Okafor smiled when asked in March if he would run again.')).toMatchObject({
      speaker: null, cue: 'asked', text: 'if he would run again',
    });
  });
});

describe('"according to" after an opening conjunction or a colon', () => {
  it('reads "But, according to X, …" and "…: according to X, …" as sentence-opening attributions', () => {
    expect(onlyQuote('But, according to the survey, most residents drive to work.')).toMatchObject({
      speaker: 'the survey', cue: 'according to', text: 'most residents drive to work',
    });
    expect(onlyQuote('The mood has shifted: according to the harbour board, trade is up a third.')).toMatchObject({
      speaker: 'the harbour board', text: 'trade is up a third',
    });
  });
});

describe('"who" after people or a share of a poll', () => {
  it('reads "voters who said …" and "four in 10 who said …" with "who" as the speaker', () => {
    expect(onlyQuote('The levy passed easily among voters who said the harbour needed repairs.')).toMatchObject({
      speaker: 'who', cue: 'said', text: 'the harbour needed repairs',
    });
    expect(quotesOf('Half backed the plan, against four in 10 who said it cost too much.').map((q) => [q.speaker, q.text])).toContainEqual(['who', 'it cost too much']);
  });
});

describe('an occasion between the cue and "that"', () => {
  it('reads "said after a lunch on Tuesday that …" as a that-clause', () => {
    expect(onlyQuote('The senator said after a lunch on Tuesday that she had not read the plan.')).toMatchObject({
      speaker: 'The senator', text: 'that she had not read the plan',
    });
  });
});

describe('people named by age or by what they did', () => {
  it('takes "the 46-year-old" and "the assailant" as speakers', () => {
    expect(quotesOf('“Donald is an amazing leader,” said the 46-year-old.').map((q) => q.speaker)).toEqual(['the 46-year-old']);
    expect(quotesOf('“He deserved it,” the assailant told the television program after the confrontation.').map((q) => q.speaker)).toEqual(['the assailant']);
  });
});

describe('quoted words in a that-clause with no cue next to them', () => {
  it('start a mixed quote at the "that" across an appositive set off by commas', () => {
    const q = onlyQuote('Gorka also made the point that Clinton’s philosophy, bent even further to the Left by her primary challenge, would make her “completely a third Obama term” as Commander-in-Chief.');
    expect(q).toMatchObject({ kind: 'mixed', speaker: 'Gorka', cue: null });
    expect(q.text.startsWith('that Clinton’s philosophy')).toBe(true);
  });
});

describe('a trailing attribution with a prepositional phrase after its cue', () => {
  it('reads the clause before the speaker, not the phrase after the cue', () => {
    const q = onlyQuote('Democrats had put the biggest crack yet in the glass ceiling for women, she said in a video message to the convention.');
    expect(q).toMatchObject({ kind: 'indirect', speaker: 'she', cue: 'said', text: 'Democrats had put the biggest crack yet in the glass ceiling for women' });
  });

  it('still reads a clause that follows the phrase ("said in a speech that …")', () => {
    expect(onlyQuote('He said in a speech that the plan was dead.')).toMatchObject({ text: 'that the plan was dead' });
  });
});

describe('a time phrase between the speaker and the cue', () => {
  it('skips "at the time" and "for her part"', () => {
    expect(onlyQuote('Trump at the time said he’d asked his “people” to “look into” paying the fees.')).toMatchObject({ kind: 'mixed', speaker: 'Trump', cue: 'said' });
    expect(onlyQuote('Clinton for her part said the plan was dead.')).toMatchObject({ speaker: 'Clinton', text: 'the plan was dead' });
  });
});

describe('a relative clause with quoted words between a speaker and the cue', () => {
  it('ends the relative clause’s judgement at its comma and gives the main cue the speaker before it', () => {
    const qs = quotesOf('President Donald Trump, who had called Mamdani a "communist lunatic" during the campaign, said on Truth Social that he would meet the mayor-elect.');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue, q.text])).toEqual([
      // ("during the campaign" is when it was said, not what: outside the row.)
      ['mixed', 'who', 'called', 'Mamdani a "communist lunatic"'],
      ['indirect', 'President Donald Trump', 'said', 'that he would meet the mayor-elect'],
    ]);
  });
});

describe('speakers and clauses in recent news', () => {
  it('ends a participle’s subject before its verb, through a name’s particles ("Ursula von der Leyen welcomed …, writing that …")', () => {
    const text = 'European Commission President Ursula von der Leyen welcomed the outcome on X, writing that the EU remained "on track for climate neutrality".';
    const q = onlyQuote(docOf(text, [['European Commission', 'ORG'], ['Ursula von der Leyen', 'PERSON'], ['EU', 'ORG']]));
    expect(q).toMatchObject({ speaker: 'European Commission President Ursula von der Leyen', cue: 'writing', text: 'that the EU remained "on track for climate neutrality"' });
  });

  it('reads "wrote in a blog post that …"', () => {
    const q = onlyQuote('Fidji Simo, OpenAI’s chief executive of applications, wrote in a blog post that users wanted a warmer assistant.');
    expect(q).toMatchObject({ speaker: 'Fidji Simo', cue: 'wrote', text: 'that users wanted a warmer assistant' });
  });

  it('ends a clause at ", and" before a longer name with a cue of its own', () => {
    const qs = quotesOf('Thomas Gelin said it was "riddled with loopholes", and Climate Action Network Europe called it a "dangerous precedent".');
    expect(qs.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['Thomas Gelin', 'said', 'it was "riddled with loopholes"'],
      ['Climate Action Network Europe', 'called', 'it a "dangerous precedent"'],
    ]);
  });
});

describe('a role, then the name in commas', () => {
  it('takes both as the speaker, so the speaker resolves to the person', () => {
    const doc = docOf('The union’s general secretary, Mick Whelan, said the deal was the best that could be achieved.', [['Mick Whelan', 'PERSON']]);
    expect(onlyQuote(doc)).toMatchObject({ speaker: 'The union’s general secretary, Mick Whelan', cue: 'said' });
  });

  it('knows the newsroom’s and the dugout’s people: a correspondent, a presenter, a boss (BBC)', () => {
    const doc = docOf("The BBC's correspondent in Jakarta, Rachel Harvey, told World Business Report that there would be protests.", [['Rachel Harvey', 'PERSON']]);
    expect(onlyQuote(doc)).toMatchObject({ speaker: "The BBC's correspondent in Jakarta, Rachel Harvey", cue: 'told', text: 'that there would be protests' });
    expect(onlyQuote('Our correspondent says that the channels have refused to take sides.')).toMatchObject({ speaker: 'Our correspondent', cue: 'says' });
    expect(onlyQuote('Newcastle boss Graeme Souness said the Welshman was not good enough.')).toMatchObject({ speaker: 'Newcastle boss Graeme Souness', cue: 'said' });
  });
});

describe('a "whose" clause between a speaker and the cue', () => {
  it('ends the clause’s own judgement at its comma and gives the cue after it the speaker before it', () => {
    const qs = quotesOf('Sinn Féin leader Mary Lou McDonald, whose party supports Irish unity, said she would attend the state banquet.');
    expect(qs.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['party', 'supports', 'Irish unity'],
      ['Sinn Féin leader Mary Lou McDonald', 'said', 'she would attend the state banquet'],
    ]);
  });
});

describe('a quoted term inside reported speech', () => {
  it('makes the row mixed when in double marks (the speaker’s word), not in single marks (a scare quote)', () => {
    expect(onlyQuote('Council leader James Lewis said the increase was "unavoidable" given rising demand for social care.')).toMatchObject({
      kind: 'mixed', speaker: 'Council leader James Lewis', text: 'the increase was "unavoidable" given rising demand for social care', parts: ['unavoidable'],
    });
    expect(onlyQuote('Officials warned that Iranian activities may shorten the regime’s nuclear ‘breakout’ time.')).toMatchObject({ kind: 'indirect' });
  });
});

describe('the name that opens the clause, before an appositive with commas of its own', () => {
  it('is the speaker, not the appositive’s last place or organisation', () => {
    const cases: Array<[string, string]> = [
      ['Rajinder Sandhu, who runs a mid-sized construction company in Surrey, British Columbia, said he had shelved two projects.', 'Rajinder Sandhu'],
      ['Pamela Samuelson, a professor at the University of California, Berkeley, who has written widely on copyright, said the courts were still unsure.', 'Pamela Samuelson'],
      ['Soumya Kanti Ghosh, group chief economist at State Bank of India (SBI), said the central bank would pause.', 'Soumya Kanti Ghosh'],
      ['Finance Minister Nirmala Sitharaman, speaking at an event organised by the Confederation of Indian Industry (CII), said growth would stay strong.', 'Finance Minister Nirmala Sitharaman'],
    ];
    for (const [text, speaker] of cases) expect(onlyQuote(text)).toMatchObject({ speaker, cue: 'said' });
  });

  it('keeps a party and state in brackets with the name ("Gov. John Kasich (R-OH), said")', () => {
    expect(onlyQuote('Gov. John Kasich (R-OH), said the party had lost its way.')).toMatchObject({ speaker: 'Gov. John Kasich (R-OH)' });
  });

  it('leaves a fronted phrase that names no one to the other rules ("In Washington, officials said")', () => {
    expect(onlyQuote('In a statement on Monday, the ministry said the talks would resume.')).toMatchObject({ speaker: 'the ministry' });
  });
});

describe('a capitalised title, then the name in commas', () => {
  it('takes both as the speaker ("Islay’s MSP, Jenni Minto, urged"; "The Inspector-General of Police, Kayode Egbetokun, said")', () => {
    expect(onlyQuote('Islay’s MSP, Jenni Minto, urged both sides to return to talks.')).toMatchObject({ speaker: 'Islay’s MSP, Jenni Minto' });
    expect(onlyQuote('The Inspector-General of Police, Kayode Egbetokun, said officers would be deployed.')).toMatchObject({
      speaker: 'The Inspector-General of Police, Kayode Egbetokun',
    });
  });
});

describe('an ampersand inside a speaker’s name', () => {
  it('keeps the whole name ("Transport & Environment")', () => {
    expect(onlyQuote('Faig Abbasov of Transport & Environment said the industry had been slow to act.')).toMatchObject({
      speaker: 'Faig Abbasov of Transport & Environment',
    });
    expect(onlyQuote('The Computer & Communications Industry Association warned that the ruling would hurt developers.')).toMatchObject({
      speaker: 'The Computer & Communications Industry Association',
    });
  });
});

describe('asking for anonymity', () => {
  it('reports nothing ("who asked not to be named", "asking not to be identified", "requested anonymity")', () => {
    const qs = quotesOf('A senior official, who asked not to be named because they were not authorised to speak, said the plan was late. '
      + '"We will not back down," a union official said, asking not to be identified. A diplomat, who requested anonymity, said talks had stalled.');
    expect(qs.map((q) => [q.speaker, q.cue, q.text])).toEqual([
      ['A senior official', 'said', 'the plan was late'],
      ['a union official', 'said', 'We will not back down'],
      ['A diplomat', 'said', 'talks had stalled'],
    ]);
  });
});

describe('"US" opening a speaker phrase', () => {
  it('is the country’s initials, not the pronoun "us"', () => {
    expect(onlyQuote('US phone company Qwest said it will table a new offer for MCI.')).toMatchObject({ speaker: 'US phone company Qwest', cue: 'said' });
    expect(onlyQuote('The US Federal Reserve said output from factories rose 0.3%.')).toMatchObject({ speaker: 'The US Federal Reserve' });
  });

  it('still reads a name with an ampersand and its acronym after a role ("firm, Oil & Natural Gas Corp (ONGC), says")', () => {
    expect(onlyQuote('India’s biggest oil exploration firm, Oil & Natural Gas Corp (ONGC), says it is in talks to buy the assets.')).toMatchObject({
      speaker: 'India’s biggest oil exploration firm, Oil & Natural Gas Corp (ONGC)',
    });
  });
});

describe('a long occasion between the cue and its "that"', () => {
  it('starts the clause at "that" after a phrase holding a place with its state ("during … in Buffalo, New York, that")', () => {
    const rows = quotesOf('Cruz said Thursday during taping of a MSNBC town hall in Buffalo, New York, that states can pass such laws.');
    expect(rows.map((q) => q.text)).toEqual(['that states can pass such laws']);
  });
});

describe('a participle cue after the first verb', () => {
  it('takes "arguing" as the cue of the clause after it ("had asked for a 10-year sentence, arguing that …")', () => {
    expect(onlyQuote('Defense attorney Sam Shamansky had asked for a 10-year sentence, arguing that Lindqvist had no prior record.'))
      .toMatchObject({ cue: 'arguing', text: 'that Lindqvist had no prior record', speaker: 'Defense attorney Sam Shamansky' });
  });
});

describe('an inner report inside a sentence with its own attribution at the end', () => {
  it('ends the inner clause before ", Romero said." and ", according to …."', () => {
    const inner = quotesOf('Witnesses told officers the two men had argued inside the store before the confrontation moved outside, Romero said.');
    expect(inner.find((q) => q.cue === 'told')?.text).toBe('the two men had argued inside the store before the confrontation moved outside');
    const source = quotesOf("Darnell Quarles admitted that he ignored repeated requests for water, according to the U.S. Attorney's Office.");
    expect(source.find((q) => q.cue === 'admitted')?.text).toBe('that he ignored repeated requests for water');
  });

  it('gives the sentence to "according to X" at its end when no verb of speech or that-clause stands before it (BBC: "Donor nations have promised …" was read by "promised")', () => {
    expect(onlyQuote('Donor nations have promised to give $717m in disaster relief over the next six months, according to the United Nations.'))
      .toMatchObject({ cue: 'according to', speaker: 'the United Nations', text: 'Donor nations have promised to give $717m in disaster relief over the next six months' });
  });
});

describe('a participle of saying after a first report', () => {
  it('reports the clause after "saying" with or without "that", for the same speaker', () => {
    const rows = quotesOf('The Governor of the CBN, Mr Olayemi Cardoso, announced the decision on Tuesday, saying 10 out of the 12 members voted for the cut.');
    expect(rows.find((q) => q.cue === 'saying')).toMatchObject({ text: '10 out of the 12 members voted for the cut', speaker: 'The Governor of the CBN, Mr Olayemi Cardoso' });
  });

  it('reads no inverted "said it" in ", saying it did nothing"', () => {
    const rows = quotesOf('Opposition leader Hamzah Zainudin described the budget as "more of the same", saying it did nothing for the poor.');
    expect(rows.map((q) => q.speaker)).not.toContain('it');
    expect(rows.find((q) => q.cue === 'saying')).toMatchObject({ text: 'it did nothing for the poor', speaker: 'Opposition leader Hamzah Zainudin' });
  });

  it('ends what the participle after a quote reports at its sentence\'s stop', () => {
    const rows = quotesOf('"It is about outright criminality now," said Mr Simpson, explaining why this change has come about. He said many of the programs came from Eastern Europe.');
    expect(rows.find((q) => q.cue === 'explaining')?.text).toBe('why this change has come about');
  });
});

describe('a list item in -ing', () => {
  it('does not end the reported clause at ", eating disorders and …"', () => {
    expect(onlyQuote('The plaintiffs say they began using Glimmer as young as 11 and developed depression, eating disorders and sleep deprivation.').text)
      .toBe('they began using Glimmer as young as 11 and developed depression, eating disorders and sleep deprivation');
  });
});

describe('"According to X, his job, …"', () => {
  it('leaves the source\'s job between commas out of what it says (probe BZ)', () => {
    expect(onlyQuote('According to Rob Wood, chief UK economist at Pantheon Macroeconomics, markets were too complacent about the pace of easing.').text)
      .toBe('markets were too complacent about the pace of easing');
    expect(onlyQuote('According to the report, prices rose sharply, and wages fell.').text).toBe('prices rose sharply, and wages fell');
  });
});

describe('a day after its month between the cue and a comma', () => {
  it('is a time, so the attribution splits the clause (probe BZ: "said on November 9th, and …" began at "November")', () => {
    expect(onlyQuote('Consumer prices fell by 0.3% in October, the National Bureau of Statistics said on November 9th, and producer prices have been falling for years.').parts)
      .toEqual(['Consumer prices fell by 0.3% in October', 'and producer prices have been falling for years']);
  });
});

describe('"according to" a reckoning', () => {
  it('is no attribution ("according to the Hijri calendar"; probe ME)', () => {
    expect(quotesOf('It coincides with the 14th of Jumada Al Awwal 1448, according to the Hijri calendar.')).toEqual([]);
    expect(quotesOf('Inflation rose to 4.1 per cent in October, according to the central bank.').map((q) => q.speaker)).toEqual(['the central bank']);
  });
});

describe('an attribution after the clause it reports, in the middle of the sentence', () => {
  it('ends after who was told and the time, before the narration\'s own clause (probe ME: Reuters ledes)', () => {
    expect(quotesOf("Iranian and U.S. negotiators will hold indirect talks in Muscat next week, two sources familiar with the talks told Reuters on Tuesday, as pressure mounts on Tehran.")
      .map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['Iranian and U.S. negotiators will hold indirect talks in Muscat next week', 'two sources familiar with the talks', 'told'],
    ]);
    expect(quotesOf('European Union foreign ministers are expected to agree on Monday to lift sanctions on Syria, three diplomats told Reuters, as Europe seeks to support the transition.')[0])
      .toMatchObject({ text: 'European Union foreign ministers are expected to agree on Monday to lift sanctions on Syria', speaker: 'three diplomats', cue: 'told' });
    expect(quotesOf("Negotiators will hold talks in Muscat next week, two sources told Reuters on Tuesday, the first such meeting since the sanctions.")
      .map((q) => q.text)).toEqual(['Negotiators will hold talks in Muscat next week']);
  });

  it('ends a trailing attribution at who was told: "…, Powell told reporters.", "…, she told a news conference in Geneva."', () => {
    const trailing = (text: string) => quotesOf(text).map((q) => [q.kind, q.text, q.speaker, q.cue]);
    expect(trailing('The Federal Reserve held interest rates steady on Wednesday, Fed Chair Jerome Powell told reporters.')).toEqual([
      ['indirect', 'The Federal Reserve held interest rates steady on Wednesday', 'Fed Chair Jerome Powell', 'told'],
    ]);
    for (const tail of ['told parliament.', 'told lawmakers on Tuesday.', 'told a news conference in Geneva.', "told GMTV's Sunday programme.", 'has told jurors.', 'also told his audience.']) {
      expect(trailing(`Prices will rise next year, the minister ${tail}`)).toEqual([['indirect', 'Prices will rise next year', 'the minister', 'told']]);
    }
    // Not an object and its infinitive, nor a cue whose preposition takes what was said.
    expect(trailing('As well as pledging aid, Britain urged other donors to contribute.')).not.toContainEqual(expect.arrayContaining(['As well as pledging aid']));
    expect(trailing('However, backbench Labour MP Karen Buck warned against proposed changes in such benefits.').map((q) => q[3])).toEqual(['warned against']);
  });

  it('takes "the presidency" for a speaker', () => {
    expect(onlyQuote('Egyptian President Abdel Fattah al-Sisi received a call from Donald Trump the same day, the presidency said.'))
      .toMatchObject({ text: 'Egyptian President Abdel Fattah al-Sisi received a call from Donald Trump the same day', speaker: 'the presidency' });
  });

  it('keeps a name whose last word opens with "al-" and the organisation after its "of" in the speaker', () => {
    expect(onlyQuote('Analyst Farea al-Muslimi of the London-based Chatham House think tank told Al Jazeera the timing was significant.').speaker)
      .toBe('Analyst Farea al-Muslimi of the London-based Chatham House think tank');
  });
});

describe('"told" with who was told and a clause without "that"', () => {
  const told = (s: string) => quotesOf(s).find((q) => q.cue === 'told' || q.cue === 'tells');
  it('starts the clause after who was told (probe UK; BBC: "told the Telegraph he would …")', () => {
    expect(told('Áine Ní Shúilleabháin, 71, told the Irish Examiner she had spent 31 hours on a trolley.')?.text).toBe('she had spent 31 hours on a trolley');
    expect(told('Mr Justice Cavanagh told jurors the trial was expected to last six weeks.')?.text).toBe('the trial was expected to last six weeks');
    expect(told('Presenter fined - as she tells court she was rushing to see her sick father')?.text).toBe('she was rushing to see her sick father');
    expect(told('Gerrard told the BBC Liverpool were unlikely to win the trophy this year.')?.text).toBe('Liverpool were unlikely to win the trophy this year');
    expect(told("Mr Howard told BBC Radio 4's Today programme Mr Blair had initially refused the law change.")?.text).toBe('Mr Blair had initially refused the law change');
  });

  it('keeps a relative clause after the name that opens the clause, or that is the object before an infinitive', () => {
    expect(told('The prosecutor told the court Pritchard, who denies the charges, had lied to police.')?.text)
      .toBe('Pritchard, who denies the charges, had lied to police');
    const urged = quotesOf('But Henman urged Bogdanovic, who has had run-ins with British tennis officials in the past, to seize his chance.');
    expect(urged.map((q) => [q.cue, q.text])).toEqual([['urged', 'Bogdanovic, who has had run-ins with British tennis officials in the past, to seize his chance']]);
  });

  it('starts a mixed quote after who was told', () => {
    expect(told('Her daughter, Joanne Pickering, told the BBC her mother had been left "frightened and confused".')).toMatchObject({
      kind: 'mixed', text: 'her mother had been left "frightened and confused"', speaker: 'Her daughter, Joanne Pickering',
    });
  });

  it('keeps "of" phrases in who was told ("told a meeting of the Metropolitan Police Authority it would …")', () => {
    expect(told('Sir Ian told a meeting of the Metropolitan Police Authority it would be "unwise" to speculate.')?.text).toBe('it would be "unwise" to speculate');
    expect(told('Evan Holloway told commissioners the demand for rental housing in Frisco has outpaced supply for years.')?.text)
      .toBe('the demand for rental housing in Frisco has outpaced supply for years');
  });

  it('reads no clause after an adjective in -ing ("convincing and impressive virtual world they are …")', () => {
    expect(quotesOf('It immerses the player in the most vivid, convincing and impressive virtual world they are likely to have seen.')).toEqual([]);
  });
});

describe('a second verb of the same subject', () => {
  it('takes a subject named before an appositive between commas ("Richard Hughes, the OBR\'s chair, apologised … and said"; probe BZ)', () => {
    expect(quotesOf("Richard Hughes, the OBR's chair, apologised for the error and said an investigation had been launched.").map((q) => q.speaker))
      .toEqual(['Richard Hughes']);
    expect(quotesOf('In London, Mrs Smith apologised for the error and said an investigation had been launched.').map((q) => q.speaker))
      .toEqual(['Mrs Smith']);
    // Also an appositive that opens with an organisation's possessive (probe HS: the second row's speaker was "ESA's director").
    expect(quotesOf("Josef Aschbacher, ESA's director general, welcomed the budget and said a chunk of it would go toward a cargo vehicle.").map((q) => q.speaker))
      .toEqual(['Josef Aschbacher']);
  });

  it('takes a name and a noun for people as one subject ("Obesity specialists welcomed … but cautioned that …": not "Obesity"; probe HS)', () => {
    expect(quotesOf('Obesity specialists welcomed the option but cautioned that the daily regimen is demanding.').map((q) => q.speaker))
      .toEqual(['Obesity specialists']);
    expect(quotesOf('Okonkwo thanked the museum and said the return was overdue.').map((q) => q.speaker)).toEqual(['Okonkwo']);
    // Nor does the subject end on a word that joins it to more.
    expect(quotesOf('The attorney general of the state sued the school, claiming Trump University is a fraud.').map((q) => q.speaker))
      .toEqual(['The attorney general of the state']);
  });

  it('takes countries and nations as speakers, and places across or around which they are ("Developing countries say …": no row; probe HS)', () => {
    expect(onlyQuote('Developing countries say the goal is far too small.')).toMatchObject({ speaker: 'Developing countries', text: 'the goal is far too small' });
    expect(onlyQuote('Officials across the region said the plan would fail.')).toMatchObject({ speaker: 'Officials across the region' });
    expect(onlyQuote('Political observers in Virginia and around the country say Scott deserves the right.'))
      .toMatchObject({ speaker: 'Political observers in Virginia and around the country' });
  });

  it('keeps the whole speaker ("A government spokesperson said A and called on …": not "A government"; probe UK)', () => {
    const rows = quotesOf('A government spokesperson said the strike was unjustified and called on the BMA to call off the action.');
    expect(rows.map((q) => q.speaker)).toEqual(['A government spokesperson', 'A government spokesperson']);
  });
});

describe('a verb of saying after "but has also", "and has"', () => {
  it('takes the subject of the sentence (probe EU: "Meloni has backed Salvini but has also said …" had no row)', () => {
    const rows = quotesOf('Meloni has backed Salvini but has also said the government will "respect the institutions".');
    expect(rows.find((q) => q.cue === 'said')).toMatchObject({ speaker: 'Meloni', kind: 'mixed' });
  });
});

describe('a subject described by "led by …" between commas', () => {
  it('is the speaker, with its prepositional phrase (probe UK: the speaker was "the GMCA")', () => {
    const text = 'The Conservative opposition on the GMCA, led by Bury councillor Nick Jones, said the mayor should be focusing on reliability.';
    const rows = quotesOf(docOf(text, [['Conservative', 'NORP'], ['GMCA', 'ORG'], ['Bury', 'ORG'], ['Nick Jones', 'PERSON']]));
    expect(rows).toMatchObject([{ speaker: 'The Conservative opposition on the GMCA', cue: 'said', text: 'the mayor should be focusing on reliability' }]);
  });
});

describe('a participle phrase between commas inside the subject', () => {
  it('does not end the reported clause ("the name Te Kaha, meaning strength, had …"; probe UK: an extra cut row)', () => {
    const rows = quotesOf('Justin Tipa said the name Te Kaha, meaning strength, had "never been more fitting".');
    expect(rows).toMatchObject([{ kind: 'mixed', text: 'the name Te Kaha, meaning strength, had "never been more fitting"' }]);
  });
});

describe('a noun of saying with its source after "from" or "by"', () => {
  it('reports the that-clause, the source its speaker (probe BZ: "warnings from Finance Minister Satsuki Katayama that …" had no speaker)', () => {
    expect(quotesOf('The yen fell to a 10-month low, prompting warnings from Finance Minister Satsuki Katayama that authorities were watching currency moves closely.')
      .map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ['that authorities were watching currency moves closely', 'Finance Minister Satsuki Katayama', 'warnings'],
    ]);
  });
});

describe('a relative clause without "that" after a comma', () => {
  it('reports the noun and the verb phrase, the name its speaker (probe BZ: ", a move Elhedery said would …" had the speaker "a move Elhedery")', () => {
    expect(quotesOf('HSBC will cut 500 jobs, a move Elhedery said would simplify the group.').map((q) => [q.parts, q.speaker, q.cue])).toEqual([
      [['a move', 'would simplify the group'], 'Elhedery', 'said'],
    ]);
  });
});

describe('the token helpers past the last token', () => {
  it('answer false rather than throw (a sentence part ending in a comma crashed phraseThenThat on PolNeAR train)', async () => {
    const { isCapitalized, isTerminator } = await import('../../../src/stages/quotes/lex.ts');
    expect(isCapitalized(undefined)).toBe(false);
    expect(isTerminator(undefined)).toBe(false);
  });
});

describe('where the reported clause starts after a cue and its adjuncts', () => {
  it('starts at the subject after "on Monday", not inside it, and after a medium or "the same day"', () => {
    expect(onlyQuote('President Volodymyr Zelensky said on Monday the first jets would arrive next year.').text).toBe('the first jets would arrive next year');
    expect(onlyQuote('Prime Minister Shehbaz Sharif said on X he was deeply saddened and offered help.').text).toBe('he was deeply saddened and offered help');
    expect(onlyQuote('Prime Minister Shehbaz Sharif said on Facebook they would send aid.').text).toBe('they would send aid');
    expect(onlyQuote('President Volodymyr Zelensky said the same day that the first jets would arrive next year.').text)
      .toBe('that the first jets would arrive next year');
  });
});

describe('a trailing attribution in the middle of a sentence, before narration', () => {
  it('ends the content before ", officials said, less than a week after …" and keeps "…, said X, as …" inverted', () => {
    expect(onlyQuote('Aid was cut last month, officials said, less than a week after the storm.'))
      .toMatchObject({ text: 'Aid was cut last month', speaker: 'officials' });
    expect(onlyQuote('The program is hardly formal, but it has attracted a loyal following, said Ms. Gil, as she walked to the park.'))
      .toMatchObject({ text: 'The program is hardly formal, but it has attracted a loyal following', speaker: 'Ms. Gil' });
    expect(onlyQuote('The program is hardly formal, said Ms. Gil, citing the hikes.')).toMatchObject({ text: 'The program is hardly formal', speaker: 'Ms. Gil' });
  });

  it('ends the content before "according to X, known as Y." closing the sentence', () => {
    expect(onlyQuote('The Ridge fire was 5% contained by Thursday evening, according to the California Department of Forestry and Fire Protection, known as Cal Fire.'))
      .toMatchObject({ text: 'The Ridge fire was 5% contained by Thursday evening', speaker: 'the California Department of Forestry and Fire Protection' });
  });
});

describe('clauses that end before a second attribution or report nothing', () => {
  it('ends "said that …" before ", and his ambassador to Nato, Matthew Whitaker, told …", which is a row of its own', () => {
    const rows = quotesOf('Donald Trump has repeatedly said that allies who do not pay will not be defended, and his ambassador to Nato, Matthew Whitaker, told a conference in Riga last week that the administration would publish "a list of delinquents" next year.');
    expect(rows.map((q) => [q.speaker, q.text])).toEqual([
      ['Donald Trump', 'that allies who do not pay will not be defended'],
      ['his ambassador to Nato, Matthew Whitaker', 'that the administration would publish "a list of delinquents" next year'],
    ]);
  });

  it('reads the that-clause after "said on an earnings call this month"', () => {
    expect(onlyQuote("Rheinmetall's chief executive Armin Papperger said on an earnings call this month that the company's order backlog had reached a record.").text)
      .toBe("that the company's order backlog had reached a record");
  });

  it('reads no report in a relative clause without "that" after the opening noun phrase ("The evidence the district cited is thin")', () => {
    expect(quotesOf('The evidence the district cited is thin.')).toEqual([]);
    expect(quotesOf('The $4.8 million the district plans to spend over three years would pay for six reading specialists.')).toEqual([]);
  });

  it('takes a speaker phrase with a relative clause before a verb of speech ("Senior campaign advisers who have run the numbers argue")', () => {
    expect(onlyQuote("Senior campaign advisers who have run the numbers argue that Clinton will win.")).toMatchObject({ speaker: 'Senior campaign advisers', cue: 'argue' });
    // (Not a pronoun's own report inside the clause: "women who he said are …".)
    expect(quotesOf('The reforms hurt especially women who he said are most likely to retire in poverty.').map((q) => q.speaker)).not.toContain('especially women who he');
  });
});

describe('speaker phrases and "as X said" (probe DF, OP)', () => {
  it('reads "…, as Senate President Karen Spilka suggested in September." as her report of the clause before it', () => {
    expect(onlyQuote('Or it could give towns the power to levy taxes, as Senate President Karen Spilka suggested in September.'))
      .toMatchObject({ text: 'Or it could give towns the power to levy taxes', speaker: 'Senate President Karen Spilka', cue: 'suggested' });
  });

  it('keeps a place after a short form in brackets and after a coordinator in the speaker phrase', () => {
    expect(onlyQuote('The Ministry of Health (MoH) in Gaza reported that 87 Palestinians were killed.').speaker).toBe('The Ministry of Health (MoH) in Gaza');
    expect(onlyQuote('The coordinator in Afghanistan said the disaster came late.').speaker).toBe('The coordinator in Afghanistan');
  });
});

describe('where a mixed row ends after its last quoted words', () => {
  it('takes the rest of the clause after a quoted fragment that a preposition carries on (as PolNeAR annotates it)', () => {
    const qs = quotesOf('When asked why he went after Trump, Tyler said, "We have three weeks to go" until the Iowa caucuses.');
    expect(qs.map((q) => [q.kind, q.text, q.parts])).toEqual([['mixed', '"We have three weeks to go" until the Iowa caucuses', ['We have three weeks to go']]]);
    const ban = quotesOf('He renewed his call for "a total and complete ban" on all Muslims entering the United States, aides said.');
    expect(ban[0].text.endsWith('on all Muslims entering the United States')).toBe(true);
  });

  it('leaves where and when it was said outside the row ("in a tweet Sunday")', () => {
    const qs = quotesOf('The senator called the group “abhorrent” in a tweet Sunday.');
    expect(qs.map((q) => q.text)).toEqual(['the group “abhorrent”']);
  });

  it('ends the row at a dash, a semicolon, "but" or a relative clause after the quote', () => {
    const dash = quotesOf('He said the country had been “led astray by insiders” running his campaign — and he singled out his manager as the root of the problem.');
    expect(dash.map((q) => q.text)).toEqual(['the country had been “led astray by insiders” running his campaign']);
    const but = quotesOf('She described the incident as a “terrible situation,” but stopped short of calling it racially motivated.');
    expect(but.map((q) => q.text)).toEqual(['the incident as a “terrible situation,”']);
    const which = quotesOf('She said she would close what some call the “Charleston loophole”, which allows buyers to purchase a gun anyway.');
    expect(which.map((q) => q.text)).toEqual(['she would close what some call the “Charleston loophole”']);
  });
});

describe('"tell" and a long object before a mixed quote', () => {
  it('starts what was said at the "that" or "to" after the object (as PolNeAR annotates it)', () => {
    const that = quotesOf('He also told one of his young John Birch Society protégés on a regular basis that "terrorism is the answer."');
    expect(that.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['mixed', 'that "terrorism is the answer."', 'He', 'told']]);
    const to = quotesOf('Trump tells his supporters at a Michigan rally to “go to your place and vote” on Election Day.');
    expect(to.map((q) => q.text)).toEqual(['to “go to your place and vote” on Election Day']);
  });

  it('keeps a clause with its own subject after the object whole', () => {
    const qs = quotesOf('She told reporters at the rally she was “ready to fight” for the nomination.');
    expect(qs.map((q) => q.text)).toEqual(['she was “ready to fight” for the nomination']);
  });
});

describe('"what X calls “…”"', () => {
  it('is one mixed row from "what" or "which" (as PolNeAR annotates it)', () => {
    const what = quotesOf('She left the stage after what she called a “rant,” and did not return.');
    expect(what.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['mixed', 'what she called a “rant,”', 'she', 'called']]);
    const which = quotesOf('The law was opposed by the company, which Apple’s chief executive, Tim Cook, called “total political crap.”');
    expect(which.map((q) => [q.kind, q.text])).toEqual([['mixed', 'which Apple’s chief executive, Tim Cook, called “total political crap.”']]);
  });
});

describe('evaluative verbs around quoted words', () => {
  it('reads "likened", "lauded", "compared", "admires", "scolded" and "dubbed" as cues next to quoted words only', () => {
    const liken = quotesOf('Another critic, Laurence H. Tribe, likened the rules to “burning the Constitution.”');
    expect(liken.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['mixed', 'Another critic, Laurence H. Tribe', 'likened']]);
    const laud = quotesOf('Gov. Earl Ray Tomblin lauded Mr. Clarke for helping develop “new and innovative ideas.”');
    expect(laud.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['mixed', 'Gov. Earl Ray Tomblin', 'lauded']]);
    expect(quotesOf('Sales rose 4 percent compared to last year, and analysts admired the results.')).toEqual([]);
  });
});

describe('a reported clause before a colon and a quote', () => {
  it('is one mixed row with the quote; an object or adjunct before the colon leaves the quote direct', () => {
    const clause = quotesOf('Mr. Slinker said Mr. Trump was a candidate very much in the spirit of Silicon Valley: "He\'s a start-up kind of guy."');
    expect(clause.map((q) => [q.kind, q.text])).toEqual([['mixed', 'Mr. Trump was a candidate very much in the spirit of Silicon Valley: "He\'s a start-up kind of guy."']]);
    const adjunct = quotesOf('The senator said in a statement on Tuesday: "We will not back down."');
    expect(adjunct.map((q) => [q.kind, q.text])).toEqual([['direct', 'We will not back down.']]);
  });
});

describe('a time phrase opening the sentence before a pronoun speaker', () => {
  it('leaves the pronoun the speaker ("Last week he said", "Two days ago she blasted")', () => {
    expect(quotesOf('Last week he said the plan was “dead on arrival.”').map((q) => [q.kind, q.speaker, q.cue])).toEqual([['mixed', 'he', 'said']]);
    expect(quotesOf('Two days ago she blasted the plan as “dead on arrival.”').map((q) => [q.speaker, q.cue])).toEqual([['she', 'blasted']]);
    expect(quotesOf('Earlier this month they told reporters the talks had failed.').map((q) => [q.kind, q.speaker])).toEqual([['indirect', 'they']]);
  });
});

describe('relative-clause speakers and long opening phrases', () => {
  it('ends a relative clause\'s reported speech at a comma inside the closing mark, and skips "in 2010" before the cue', () => {
    const qs = quotesOf('McConnell, who in 2010 said the goal was to make Obama a "one-term president," did not respond.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker])).toEqual([['mixed', 'the goal was to make Obama a "one-term president,"', 'who']]);
  });

  it('takes the pronoun after an opening prepositional phrase of up to nine words as the speaker', () => {
    const qs = quotesOf('In an interview with Russia’s propagandistic network RT he blasted the American media for being “unbelievably dishonest.”');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['mixed', 'he', 'blasted']]);
  });
});

describe('a speaker described by a participle phrase', () => {
  it('is the phrase before the participle ("Residents living near the plant said")', () => {
    expect(quotesOf('Residents living near the plant said the smell was "unbearable at night."').map((q) => [q.kind, q.speaker])).toEqual([['mixed', 'Residents']]);
    expect(quotesOf('A woman standing outside the court told reporters the verdict was "a disgrace."').map((q) => q.speaker)).toEqual(['A woman']);
    expect(quotesOf('Protesters marching through the streets chanted "What curfew?" and kept going.').map((q) => [q.kind, q.speaker])).toEqual([['direct', 'Protesters']]);
  });
});

describe('a participle cue opening the sentence, and cue forms as nouns after a name', () => {
  it('starts a mixed row after an opening participle cue, which is its cue', () => {
    const qs = quotesOf('Bemoaning the "phony system," Trump accused Holt of being a Democrat.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['mixed', 'the "phony system,"', 'Trump', 'Bemoaning']]);
  });

  it('reads "a Donald Trump tweet" as a noun phrase, not "a Donald Trump" tweeting', () => {
    const qs = quotesOf('“The polls are rigged,” a Donald Trump tweet said on Sunday.');
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['a Donald Trump tweet', 'said']]);
  });
});

describe('"characterize" as an evaluative cue', () => {
  it('attributes quoted words after "characterized X as"', () => {
    const qs = quotesOf('Fiorina routinely characterizes herself as a "change warrior" who "will fight for you."');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['mixed', 'herself as a "change warrior" who "will fight for you."', 'Fiorina', 'characterizes']]);
  });
});

describe('more evaluative cues next to quoted words', () => {
  it('reads "portrayed", "referenced", "echoed", "pronounced" and "rated" as cues only next to quoted words', () => {
    expect(quotesOf('PolitiFact rated 32% of Republican claims as “false” or “pants on fire.”').map((q) => [q.kind, q.speaker, q.cue])).toEqual([['mixed', 'PolitiFact', 'rated']]);
    expect(quotesOf('The IMF referenced "political tensions" in advanced economies.').map((q) => [q.speaker, q.cue])).toEqual([['The IMF', 'referenced']]);
    expect(quotesOf('Analysts rated the bonds highly and the portrayal echoed earlier reports.')).toEqual([]);
  });
});

describe('a horizontal bar or a time after a mixed row\'s quote', () => {
  it('ends the row at "―" and leaves "for months" or "in 2012" out of it', () => {
    const bar = quotesOf('Harry Reid has been steadily pounding Trump as a “con artist” ― just as he did with Romney in 2012.');
    expect(bar.map((q) => [q.text, q.cue])).toEqual([['Trump as a “con artist”', 'pounding']]);
    const time = quotesOf('Reid has called Trump a “con artist” for months.');
    expect(time.map((q) => q.text)).toEqual(['Trump a “con artist”']);
  });
});

describe('when a mixed quote was said, after its quote', () => {
  it('leaves a weekday or a "during" phrase right after the quote out of the row', () => {
    expect(quotesOf('Christie blasted Clinton as a “disgrace” Wednesday on The Laura Ingraham Show.').map((q) => q.text)).toEqual(['Clinton as a “disgrace”']);
    expect(quotesOf('Bill Clinton criticized the Affordable Care Act as a “crazy system” during a presidential campaign stop in Flint.').map((q) => q.text))
      .toEqual(['the Affordable Care Act as a “crazy system”']);
  });
});

describe('"go after" and a nearer participle cue', () => {
  it('reads "gone after X as “…”" as an evaluative cue next to quoted words', () => {
    const qs = quotesOf('In recent weeks, Reid has gone after Trump as a “human leech who will bleed the country” and a “spoiled brat.”');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['mixed', 'Trump as a “human leech who will bleed the country” and a “spoiled brat.”', 'Reid', 'gone after'],
    ]);
  });

  it('gives quoted words after ", calling" to that participle, not to an evaluative cue before it', () => {
    const qs = quotesOf('Trump went after Bush at the rally, calling him “a total stiff.”');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['mixed', 'him “a total stiff.”', 'Trump', 'calling']]);
  });
});

describe('"put it" and where it was put', () => {
  it('starts what was said after the adjunct and its comma', () => {
    const qs = quotesOf('As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT is “providing a perspective you won’t get elsewhere.”');
    expect(qs.map((q) => [q.kind, q.text, q.cue])).toEqual([['mixed', 'RT is “providing a perspective you won’t get elsewhere.”', 'put it']]);
  });
});
