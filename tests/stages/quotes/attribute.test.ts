import { describe, expect, it } from 'vitest';
import { docOf, onlyQuote, quotesOf } from './helpers.ts';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';

describe('direct quotes: attribution after the quote', () => {
  it('attributes a quote to the speaker named after it', () => {
    expect(onlyQuote('“We will win this election,” Smith said.')).toEqual({
      kind: 'direct', text: 'We will win this election', speaker: 'Smith', cue: 'said', parts: ['We will win this election'],
    });
  });

  it('reads "charged" as a cue, but not a passive "was charged"', () => {
    expect(onlyQuote('“You have called women fat pigs,” Kelly charged in her now-infamous question.')).toMatchObject({ speaker: 'Kelly', cue: 'charged' });
    expect(quotesOf('He was charged with murder after the attack.')).toEqual([]);
  });

  it('reads an attribution followed by an adjunct opened by "about"', () => {
    expect(onlyQuote('“Why would you cozy up to Bush?” Lichtman said about McCain’s effort to downplay his ties.')).toMatchObject({ speaker: 'Lichtman', cue: 'said' });
  });

  it('takes a lawsuit as a speaker: “…,” the suit says', () => {
    expect(onlyQuote('“Plaintiff was the only one of the four accused,” the suit says.')).toMatchObject({ speaker: 'the suit', cue: 'says' });
  });

  it('reads a cue form after a determiner as a noun: “…,” the report said', () => {
    expect(onlyQuote('“Immigrants are integrating into society,” the report said.')).toMatchObject({ speaker: 'the report', cue: 'said' });
  });

  it('attributes a quote when the cue comes before the speaker', () => {
    const q = onlyQuote('“We will win,” said Mr. Smith, the party spokesman.');
    expect([q.speaker, q.cue]).toEqual(['Mr. Smith', 'said']);
  });

  it('keeps a nominal speaker as written', () => {
    const q = onlyQuote('“Talks will continue,” a spokesman for the foreign ministry told reporters.');
    expect([q.speaker, q.cue]).toEqual(['a spokesman for the foreign ministry', 'told']);
  });

  it('skips an appositive between speaker and cue', () => {
    const q = onlyQuote('“It is over,” Ali Rezaei, a senior adviser to the president, said on Tuesday.');
    expect([q.speaker, q.cue]).toEqual(['Ali Rezaei', 'said']);
  });

  it('accepts auxiliaries and adverbs between speaker and cue', () => {
    expect(onlyQuote('“No deal,” officials have repeatedly warned.').speaker).toBe('officials');
  });

  it('attributes a question or exclamation without a comma', () => {
    expect(onlyQuote('“Why now?” she asked.')).toMatchObject({ text: 'Why now?', speaker: 'she', cue: 'asked' });
  });

  it('keeps a short quote that has an attribution', () => {
    expect(onlyQuote('“No,” he said.')).toMatchObject({ kind: 'direct', text: 'No', speaker: 'he' });
  });

  it('attributes with "according to"', () => {
    expect(onlyQuote('“The deal is over,” according to a spokesman for the ministry.')).toMatchObject({
      speaker: 'a spokesman for the ministry', cue: 'according to',
    });
  });

  it('attributes with a dash and leaves the cue empty', () => {
    expect(onlyQuote('“We will not stop.” — Ali Khamenei')).toMatchObject({ text: 'We will not stop.', speaker: 'Ali Khamenei', cue: null });
  });

  it('does not take a new sentence after a complete quote as its attribution', () => {
    const [q] = quotesOf('“We will win.” The president said the talks would go on for months and months.');
    expect(q).toMatchObject({ kind: 'direct', speaker: null });
  });

  it('does not take a short new sentence with an object after a complete quote as its attribution', () => {
    const q = quotesOf('Howard Lutnick said on Friday that the release “proves the controls are working.” Others read it the opposite way.');
    expect(q.map((r) => r.speaker)).not.toContain('Others');
    expect(onlyQuote('“We will win.” Trump said Tuesday.')).toMatchObject({ speaker: 'Trump', cue: 'said' });
    expect(onlyQuote('“We will win.” he told the crowd.')).toMatchObject({ speaker: 'he', cue: 'told' });
  });

  it('makes one row of a quote split by its attribution, with both parts as content spans', () => {
    expect(onlyQuote('“We will win,” Smith said, “and we will do it soon.”')).toEqual({
      kind: 'direct',
      text: 'We will win,” Smith said, “and we will do it soon.',
      speaker: 'Smith',
      cue: 'said',
      parts: ['We will win', 'and we will do it soon.'],
    });
  });

  it('joins the next quote of the same attribution as a second part when a sentence ends before it', () => {
    const qs = quotesOf('“We won,” she said. “It was hard.”');
    expect(qs.map((q) => q.parts)).toEqual([['We won', 'It was hard.']]);
    expect(qs[0].text).toBe('We won,” she said. “It was hard.');
  });

  it('joins a quote that goes on after "he said, but" or "and still" (one attribution, as PolNeAR annotates it)', () => {
    expect(quotesOf('“You know, I love Larry,” he said, but “when it comes to energy, Larry has a history.”').map((q) => q.parts))
      .toEqual([['You know, I love Larry', 'when it comes to energy, Larry has a history.']]);
    expect(quotesOf('“They got an immunity agreement,” Jordan said, and still “got to sit in on the interview.”').map((q) => q.parts))
      .toEqual([['They got an immunity agreement', 'got to sit in on the interview.']]);
  });

  it('keeps the attribution when a clause of its own follows it after a comma: “…?” she said, but Kevin was …', () => {
    expect(quotesOf('“You winning?” she said, but Kevin was drifting off again.')).toEqual([
      { kind: 'direct', text: 'You winning?', speaker: 'she', cue: 'said', parts: ['You winning?'] },
    ]);
    expect(quotesOf('“We will win,” Smith said, and the crowd cheered.').map((q) => [q.text, q.speaker])).toEqual([['We will win', 'Smith']]);
  });

  it('does not join a quoted fragment later in the attribution sentence', () => {
    const qs = quotesOf('“Let him make that decision,” said Joe Biden, urging those calling for a withdrawal to “give him time.”');
    expect(qs[0].parts).toEqual(['Let him make that decision']);
  });
});

describe('direct quotes: attribution before the quote', () => {
  it('attributes a quote after an inverted lead-in: "Said X, who …, “…”"', () => {
    expect(onlyQuote('Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”')).toMatchObject({
      kind: 'direct', speaker: 'Dorothy Poynter', cue: 'Said', text: 'We were all so proud of him.',
    });
  });

  it('takes a name with its party and state in brackets before ", said," as the speaker', () => {
    expect(onlyQuote('Gov. John Kasich (R-OH), said, “I’m getting ready to rent a covered wagon.”')).toMatchObject({
      speaker: 'Gov. John Kasich (R-OH)', cue: 'said',
    });
  });

  it('takes a pronoun with a contracted "has" before a past participle as the speaker: "he’s said …: “…”"', () => {
    expect(onlyQuote('Since he announced his candidacy, he’s said the same thing at every rally: “It’s not about me.”')).toMatchObject({
      speaker: 'he’s', cue: 'said', text: 'It’s not about me.',
    });
  });

  it('reads a name after a dash or "From" before a colon as the speaker, and the subject after a fronted adverbial', () => {
    expect(onlyQuote('TURNOUT IN IOWA IS UP - Michael P. McDonald: “At long last the contests have started.”').speaker).toBe('Michael P. McDonald');
    expect(onlyQuote('What that means - More from Jones: “The state is a starting point.”').speaker).toBe('Jones');
    expect(onlyQuote('It is not enough. From the report: “Samples with more weighting do better.”').speaker).toBe('the report');
    expect(onlyQuote('In a Fox interview later that day, Trump went even further: “It is the end of his career.”').speaker).toBe('Trump');
  });

  it('makes one mixed row of a clause’s quoted fragments, not one row per fragment from the same start', () => {
    const qs = quotesOf('Trump went on about “how the system is rigged,” and “wounded American families” and “our own struggling citizens.”');
    expect(qs.map((q) => [q.kind, q.speaker, q.parts.length])).toEqual([['mixed', 'Trump', 3]]);
  });

  it('reads a quote after "said that," that the sentence goes on after as a mixed quote from "that"', () => {
    expect(onlyQuote('Spokeswoman Jessica Ditto said that, “Of course he is going to defend himself” against what the campaign sees as an attack.'))
      .toMatchObject({ kind: 'mixed', speaker: 'Spokeswoman Jessica Ditto', text: 'that, “Of course he is going to defend himself” against what the campaign sees as an attack' });
    expect(onlyQuote('The official said that, “We will not back down.”')).toMatchObject({ kind: 'direct', text: 'We will not back down.' });
  });

  it('takes the name before an appositive clause as the speaker of a lead-in ("Guardiola, asked about the race, replied:")', () => {
    expect(onlyQuote('Guardiola, asked about the title race, replied: “It is November. Nobody wins a league in November.”'))
      .toMatchObject({ kind: 'direct', speaker: 'Guardiola', cue: 'replied' });
  });

  it('attributes a quote introduced by a colon', () => {
    expect(onlyQuote('Smith said: “We will win.”')).toMatchObject({ kind: 'direct', text: 'We will win.', speaker: 'Smith', cue: 'said' });
  });

  it('attributes a quote introduced by "told Y:"', () => {
    expect(onlyQuote('Netanyahu told reporters: “Iran will not get the bomb.”')).toMatchObject({
      speaker: 'Netanyahu', cue: 'told', text: 'Iran will not get the bomb.',
    });
  });

  it('attributes a quote introduced by a comma or by nothing', () => {
    expect(onlyQuote('The minister said, “Talks are over.”')).toMatchObject({ kind: 'direct', speaker: 'The minister' });
    expect(onlyQuote('The minister said “Talks are over.”')).toMatchObject({ kind: 'direct', speaker: 'The minister' });
  });

  it('attributes a quote introduced by "said in a statement:"', () => {
    expect(onlyQuote('The ministry said in a statement: “The plant is safe.”')).toMatchObject({ speaker: 'The ministry', cue: 'said' });
  });

  it('attributes a transcript line to the name before the colon', () => {
    expect(onlyQuote('KERRY: “We are not there yet.”')).toMatchObject({ speaker: 'KERRY', cue: null });
  });

  it('takes no label for a transcript line’s speaker ("CLARIFICATION: The first sentence has been clarified …")', () => {
    const qs = quotesOf('The chairman resigned on Monday.\n\nCLARIFICATION: The first sentence has been clarified to reflect the process he wants.');
    expect(qs.filter((q) => q.speaker === 'CLARIFICATION')).toEqual([]);
  });

  it('makes no second row of a quote inside a transcript line', () => {
    const qs = quotesOf('The pollster spoke on Monday.\n\nCADDELL: Democrat voters are worried about her health issues; it’s ‘only in their heads.’');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([['CADDELL', 'Democrat voters are worried about her health issues; it’s ‘only in their heads.’']]);
  });

  it('reads a transcript printed inside quotation marks, one opening each paragraph, as a row per speaker', () => {
    const text = 'Partial transcript as follows:\n\n"WALLACE: Let’s start with breaking news on the debate story tonight.\n\n' +
      '"PENCE: Well, look, this is an episode of “Shark Tank.” But this is America, Chris.\n\n' +
      '"WALLACE: If I may, sir, will she be there tomorrow night?"';
    expect(quotesOf(text).map((q) => [q.speaker, q.text])).toEqual([
      ['WALLACE', 'Let’s start with breaking news on the debate story tonight.'],
      ['PENCE', 'Well, look, this is an episode of “Shark Tank.” But this is America, Chris.'],
      ['WALLACE', 'If I may, sir, will she be there tomorrow night?'],
    ]);
  });
});

describe('direct quotes over several paragraphs', () => {
  it('joins a quote paragraph without its own attribution to the attributed quote before it, as PolNeAR annotates it', () => {
    const qs = quotesOf('“We tried everything we could,” the minister said.\n\n“There is nothing more to say about this matter.”');
    expect(qs.map((q) => [q.parts, q.speaker, q.cue])).toEqual([
      [['We tried everything we could', 'There is nothing more to say about this matter.'], 'the minister', 'said'],
    ]);
  });

  it('keeps a quote paragraph that goes on after its quote, or a single-quoted line, a row of its own with the speaker', () => {
    const qs = quotesOf('“We tried everything we could,” the minister said.\n\n“There is nothing more to say.” The talks ended on Friday.');
    expect(qs.map((q) => [q.parts.length, q.speaker])).toEqual([[1, 'the minister'], [1, 'the minister']]);
    const subhead = quotesOf('“We tried everything we could,” the minister said.\n\n‘A really tough decision for everyone here.’\n\nThe talks ended.');
    expect(subhead[0].parts).toEqual(['We tried everything we could']);
  });

  it('joins the next quote in the same paragraph to the attributed one, as one more part', () => {
    const doc = '“It was a long night for everyone involved,” the minister said. “But we got there in the end.”';
    const qs = quotesOf(doc);
    expect(qs.map((q) => [q.speaker, q.parts.length])).toEqual([['the minister', 2]]);
  });

  it('keeps the speaker across the rest of the attribution sentence, abbreviations included', () => {
    const qs = quotesOf('“The business is sound,” Marsh said on a call with Mr. Smith’s analysts. “Our customers will not see higher bills.”');
    expect(qs.map((q) => [q.speaker, q.parts])).toEqual([['Marsh', ['The business is sound', 'Our customers will not see higher bills.']]]);
  });

  it('keeps the previous speaker for a quote that opens the next paragraph and is attributed further on', () => {
    const qs = quotesOf('“It was a long night,” the minister said.\n\n“But we got there in the end.” Nobody in the room disagreed with that.');
    expect(qs.map((q) => q.speaker)).toEqual(['the minister', 'the minister']);
  });

  it('gives a quote after narration the speaker of reported speech joined with its quote', () => {
    const qs = quotesOf('Matthew Herren told the BBC how the group uses handheld computers. "The E-slates connect to a base station in the school." The base station turns the data into a form the E-slates read. "It downloads from the satellite every day."');
    expect(qs.map((q) => [q.kind, q.speaker])).toEqual([['mixed', 'Matthew Herren']]);
    expect(qs[0].parts).toEqual(['The E-slates connect to a base station in the school.', 'It downloads from the satellite every day.']);
  });

  it('joins reported speech and the quote that follows it in the paragraph into one mixed row', () => {
    const qs = quotesOf('The administration may be reluctant to act while talks go on, Schiff said. "The other factor is the appearance of tipping the scales."');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.parts])).toEqual([[
      'mixed', 'The administration may be reluctant to act while talks go on, Schiff said. "The other factor is the appearance of tipping the scales."',
      'Schiff', ['The other factor is the appearance of tipping the scales.'],
    ]]);
  });

  it('joins a quote after a sentence of narration in the same paragraph, as PolNeAR annotates it', () => {
    const qs = quotesOf('“We tried,” he said. Then he left the room. “Nobody expected this to happen so quickly.”');
    expect(qs.map((q) => [q.speaker, q.parts])).toEqual([['he', ['We tried', 'Nobody expected this to happen so quickly.']]]);
    const later = quotesOf('“It’s an enormous moment,” said Steve Schmidt, a Republican strategist. Unless further rivals quit the race, “it’s very difficult to see how he is stopped.”');
    expect(later.map((q) => q.parts.length)).toEqual([2]);
  });

  it('gives a quote after longer narration in the paragraph the speaker as a row of its own', () => {
    const narration = 'Then he left the room, walked down the long corridor past the delegations of the other countries, and stood for a while by the window overlooking the lake, where the reporters had gathered since the early morning hours. ';
    const qs = quotesOf(`“We tried,” he said. ${narration}“Nobody expected this to happen so quickly.”`);
    expect(qs.map((q) => [q.speaker, q.parts.length])).toEqual([['he', 1], ['he', 1]]);
  });

  it('does not join quoted words in the attribution’s own sentence', () => {
    const qs = quotesOf('“Oh, let him make that decision,” said Vice President Joe Biden, urging those calling for a withdrawal to “give him time.”');
    expect(qs[0].parts).toEqual(['Oh, let him make that decision']);
  });

  it('does not carry a speaker across narration in another paragraph', () => {
    const qs = quotesOf('“We tried everything,” the minister said.\n\nThe talks ended on Friday.\n\n“Nobody expected this to happen so quickly.”');
    expect(qs.map((q) => q.speaker)).toEqual(['the minister', null]);
  });
});

describe('speakers with appositives, progressive cues and lead-ins in the paragraph before', () => {
  it('gives a participle cue after a preposition or a conjunction the subject of its clause', () => {
    expect(quotesOf('She followed that by saying, “I am not a natural politician, in case you haven’t noticed.”').map((q) => q.speaker)).toEqual(['She']);
    expect(quotesOf('And then Trump went fully on the attack, saying, “Is President Obama going to finally mention the words?”').map((q) => q.speaker)).toEqual(['Trump']);
  });

  it('skips a reflexive between the speaker and the cue ("Cruz himself said")', () => {
    expect(quotesOf('Cruz himself said: “The only way to win the state of Iowa is to go and ask.”').map((q) => q.speaker)).toEqual(['Cruz']);
  });

  it('reads a long adjunct after the attribution of a quote that ends its sentence', () => {
    const qs = quotesOf('“They want me!” he says to Reynolds from behind the camera in a livestream.');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['direct', 'he', 'says']]);
  });

  it('takes the subject of a colon lead-in without a cue as the speaker', () => {
    const qs = quotesOf('Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate everything we stand for.”');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['direct', 'Hoff’s letter', null]]);
  });

  it('reads a party and state after the name ("McConnell, R-Ky., said") as part of the appositive', () => {
    const qs = quotesOf('“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday.');
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['Senate Majority Leader Mitch McConnell', 'said']]);
  });

  it('finds the cue after a long appositive and keeps the name as the speaker', () => {
    const qs = quotesOf('“It’s an invasion of the state regulatory domain,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said.');
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['Scott Pruitt', 'said']]);
  });

  it('reads an appositive after an inverted attribution as no tail', () => {
    const qs = quotesOf('“Who do you trust to make decisions on your behalf?” said David Plouffe, the architect of the 2008 campaign.');
    expect(qs.map((q) => q.speaker)).toEqual(['David Plouffe']);
  });

  it('reads "is calling" and "he’s claiming" as progressive cues, not passives', () => {
    expect(quotesOf('He’s claiming that voting fraud is “a big, big problem in this country.”').map((q) => q.speaker)).toEqual(['He’s']);
    expect(quotesOf('Johnson’s doctor is calling the candidate “extremely physically fit.”').map((q) => q.speaker)).toEqual(['Johnson’s doctor']);
    expect(quotesOf('The minister was told that the talks would resume next week.')).toEqual([]);
  });

  it('takes a colon lead-in that ends the paragraph before the quote', () => {
    const qs = quotesOf('Cruz continued:\n\n“You look at the questions and you see what this is about.”');
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['Cruz', 'continued']]);
  });
});

describe('speakers: participles, brackets and relative pronouns', () => {
  it('gives a participle cue the subject of its clause as speaker', () => {
    const qs = quotesOf('Hillary Clinton posted a comment of her own, saying, “We’re so excited to meet our second grandchild!”');
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['Hillary Clinton', 'saying']]);
  });

  it('reads a party-and-state bracket inside the speaker', () => {
    const qs = quotesOf('“He would be a great senator,” Rep. Elijah E. Cummings (D-Md.) said in a phone interview.');
    expect(qs.map((q) => q.speaker)).toEqual(['Rep. Elijah E. Cummings (D-Md.)']);
  });

  it('takes "who" as the speaker of a relative clause', () => {
    const qs = quotesOf('The attack came from Bernie Sanders, who said that the speeches showed her ties to Wall Street.');
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['who', 'said']]);
  });
});

describe('joining quotes of one attribution', () => {
  it('does not join a quote that opens mid-way through the next sentence', () => {
    const qs = quotesOf('“We have shown the world,” Mr. Obama said, smiling. Americans, he said, can “rock like Jimi.”');
    expect(qs[0].parts).toEqual(['We have shown the world']);
  });
});

describe('quoted words whose cue stands further back in the sentence', () => {
  it('makes them a mixed quote of the speaker before that cue', () => {
    const qs = quotesOf('Blackwell pointed to the campaign’s organisation, noting that he has put together “what is probably the best national ground game.”');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['indirect', 'Blackwell', 'pointed to'], ['mixed', 'Blackwell', 'noting']]);
  });
});

describe('a quote that ends its sentence', () => {
  it('does not take the subject of the next sentence as its speaker', () => {
    const qs = quotesOf('Japan branded North Korea an “outlaw nation in the neighborhood.” Russia insisted that Pyongyang “stop its dangerous escapades.”');
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['Japan', 'branded'], ['Russia', 'insisted']]);
  });
});

describe('a quote with no cue next to it', () => {
  it('takes the subject of its sentence as the speaker, with low confidence', () => {
    const qs = quotesOf('Immediately after the attacks, Trump issued a statement, “Last night, our nation was attacked by a terrorist.”');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue])).toEqual([['direct', 'Trump', null]]);
    const email = quotesOf('The email went on to say, “Our opponent is raising massive amounts of money online.”');
    expect(email.map((q) => q.speaker)).toEqual(['The email']);
  });

  it('does not read a subject inside other quoted words', () => {
    const qs = quotesOf('“We tried,” he said.\n\nThen he left the room. “Nobody expected this to happen so quickly.”');
    expect(qs.map((q) => q.speaker)).toEqual(['he', null]);
  });
});

describe('speaker phrases without a name', () => {
  it('reads "close to" and "familiar with" inside a speaker phrase', () => {
    expect(onlyQuote('“The drop is directly attributable to the emails,” said a person close to the Clintons.').speaker)
      .toBe('a person close to the Clintons');
    expect(quotesOf('People familiar with the talks said that the deal was close.').map((q) => q.speaker))
      .toEqual(['People familiar with the talks']);
  });

  it('takes quantifiers, emails and crowds as speakers', () => {
    expect(quotesOf('Some said that the debate had been rigged.').map((q) => q.speaker)).toEqual(['Some']);
    expect(onlyQuote('“We need everyone to step up,” the email said.').speaker).toBe('the email');
  });
});

describe('attributions with a second cue', () => {
  it('does not join two quotes when a second cue stands between them', () => {
    const qs = quotesOf('“If she gets to pick her judges, nothing you can do,” Trump said before adding: “Though maybe there is.”');
    expect(qs.map((q) => q.parts)).toEqual([['If she gets to pick her judges, nothing you can do'], ['Though maybe there is.']]);
    expect(quotesOf('“We will win,” Smith said, “and we will win soon.”').map((q) => q.parts)).toEqual([['We will win', 'and we will win soon.']]);
  });

  it('ends a naming attribution at "and" with a verb after its quoted words', () => {
    const qs = quotesOf('Trump called the merger “a terrible deal” and ranked Fiorina among the worst chief executives.');
    expect(qs.map((q) => [q.kind, q.text])).toEqual([['mixed', 'the merger “a terrible deal”']]);
  });
});

describe('an attribution inside the sentence it reports', () => {
  it('makes the clause from the sentence start a mixed quote when the quote opens in lower case', () => {
    const qs = quotesOf('An economic downturn, he said, “could be a good time to borrow.”');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.parts])).toEqual([
      ['mixed', 'An economic downturn, he said, “could be a good time to borrow.”', 'he', ['could be a good time to borrow.']],
    ]);
  });

  it('starts a quote with no cue next to it at the "that" whose clause it goes on', () => {
    const qs = quotesOf('Its central claim was that Crist “would say or do anything to win an election.”');
    expect(qs.map((q) => [q.kind, q.text, q.parts])).toEqual([
      ['mixed', 'that Crist “would say or do anything to win an election.”', ['would say or do anything to win an election.']],
    ]);
  });

  it('keeps an opening adjunct out of a quote that starts a sentence of its own', () => {
    const qs = quotesOf('Asked about the polls, Ryan said, “Sure. Everybody pays attention to our politics.”');
    expect(qs.map((q) => [q.kind, q.text])).toEqual([['direct', 'Sure. Everybody pays attention to our politics.']]);
  });

  it('makes a capitalised quote after the cue, its adjuncts and a comma a direct quote', () => {
    const qs = quotesOf('When someone shouted, Beck joked, again using an exaggerated Southern accent, “Amen, brother! Come on up and get baptized!”');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['direct', 'Amen, brother! Come on up and get baptized!', 'Beck', 'joked'],
    ]);
    // A clause opened by "that" keeps the words before its quote.
    const that = quotesOf('Sanders said that whatever choice voters make, “they should not make it on the basis of fear.”');
    expect(that.map((q) => [q.kind, q.text])).toEqual([['mixed', 'that whatever choice voters make, “they should not make it on the basis of fear.”']]);
  });

  it('gives a participle cue after a clause that clause\'s subject as speaker (", citing “…”")', () => {
    const qs = quotesOf(docOf('Analysts at Morgan Stanley cut their price target to $180 from $200, citing "meaningful uncertainty" around export licences.', [['Morgan Stanley', 'ORG']]));
    expect(qs.map((q) => [q.speaker, q.cue])).toEqual([['Analysts at Morgan Stanley', 'citing']]);
  });

  it('keeps a capitalised quote after a colon direct, attributed after it', () => {
    const qs = quotesOf('C. Boyden Gray, who served as White House counsel under his father, ticked through the code of conduct the Bush dynasty has long embodied: “Civility and good manners were kind of assumed,” he said.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([['direct', 'Civility and good manners were kind of assumed', 'he', 'said']]);
  });

  it('starts a mixed quote at the "that" after the object and adjuncts of its cue, running to the quote’s close', () => {
    const qs = quotesOf('Bush tells reporters outside a polling location in Greenville that “to be able to beat expectations would be helpful. I think we’ll do that.”');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['mixed', 'that “to be able to beat expectations would be helpful. I think we’ll do that.”', 'Bush', 'tells'],
    ]);
  });

  it('starts the reported clause after the cue when words stand between it and a lower-case quote', () => {
    const qs = quotesOf('The senator said he rarely campaigns for others, “except for people I am close to.”');
    expect(qs.map((q) => [q.kind, q.text])).toEqual([['mixed', 'he rarely campaigns for others, “except for people I am close to.”']]);
  });
});

describe('quoted words after two cues', () => {
  it('opens the mixed clause at the cue nearest to the quote, with the speaker of the one before', () => {
    const qs = quotesOf('Lazar said he welcomed extradition to the United States and added, “I will plead guilty, no problem.”');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['indirect', 'he welcomed extradition to the United States', 'Lazar', 'said'],
      ['direct', 'I will plead guilty, no problem.', 'Lazar', 'added'],
    ]);
  });
});

describe('more verbs that introduce quoted words', () => {
  it('attributes quotes with verbs such as "opined", "remembered", "chanted"', () => {
    expect(onlyQuote('“Gun owners should leave their weapons at home,” opined the newspaper.')).toMatchObject({ speaker: 'the newspaper', cue: 'opined' });
    expect(onlyQuote('“Rahm Emanuel has got to go!” some protesters chanted.')).toMatchObject({ speaker: 'some protesters', cue: 'chanted' });
  });

  it('reads a participle or relative clause after the attribution as part of it', () => {
    expect(onlyQuote('“What does that mean?” Mr. Trump asked, repeating a broadside against the former president.')).toMatchObject({ speaker: 'Mr. Trump', cue: 'asked' });
  });
});

describe('a participle cue after a comma before a quote', () => {
  it('leaves the clause before it to its own report of the same speaker ("urged the two men to stop squabbling, declaring: “…”")', () => {
    const qs = quotesOf('Ian Gibson urged the two men to stop squabbling, declaring: "For goodness sake, you have to rise above petulance."');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['indirect', 'the two men to stop squabbling', 'Ian Gibson', 'urged'],
      ['direct', 'For goodness sake, you have to rise above petulance.', 'Ian Gibson', 'declaring'],
    ]);
  });
});

describe('a participle after the attribution of a quote', () => {
  it('reads a quoted term inside the participle\'s clause as part of it, a mixed row (probe ME: cut at the mark)', () => {
    const qs = quotesOf('"There is a realisation at the top," said a second Iranian official, adding that Khamenei had given "conditional approval" for the Muscat meeting.');
    expect(qs.map((q) => [q.kind, q.text, q.cue])).toEqual([
      ['direct', 'There is a realisation at the top', 'said'],
      ['mixed', 'that Khamenei had given "conditional approval" for the Muscat meeting', 'adding'],
    ]);
    // (The sentence still ends after the term.)
    const bbc = quotesOf('"It explains why threats continue to proliferate," he said, accusing users of "bad e-mail behaviour". Spammers are hooking into whatever is in the news.');
    expect(bbc.map((q) => [q.kind, q.text])).toEqual([['direct', 'It explains why threats continue to proliferate'], ['mixed', 'users of "bad e-mail behaviour"']]);
  });

  it('reads a participle after a phrase of place or time, and its object and infinitive (probe AF: ", urging …" had no speaker)', () => {
    const qs = quotesOf('"We will pass it," Lee said during a Cabinet meeting, urging lawmakers to meet the deadline.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['direct', 'We will pass it', 'Lee', 'said'],
      ['indirect', 'lawmakers to meet the deadline', 'Lee', 'urging'],
    ]);
    // (Not a request for anonymity.)
    expect(quotesOf('"We will not back down," a union official said, asking not to be identified.').map((q) => q.cue)).toEqual(['said']);
  });

  it('reads a quote ending the sentence that the participle\'s clause runs into as part of it: one mixed row (PolNeAR: the clause cut at the mark, and the quote again)', () => {
    const qs = quotesOf('"Immunity deals should not be a requirement," Chaffetz said, adding that the agreements were handed out "like candy."');
    expect(qs.map((q) => [q.kind, q.text, q.cue])).toEqual([
      ['direct', 'Immunity deals should not be a requirement', 'said'],
      ['mixed', 'that the agreements were handed out "like candy."', 'adding'],
    ]);
  });

  it('does not join a quote that ends its sentence to the next one through "X added:" (BBC: two quotes and the attribution in one row)', () => {
    const qs = quotesOf('The plea was simple: "Please do not give it away." Sir Digby added: "I do not think he will. Stability is the key word."');
    expect(qs.map((q) => q.text)).toEqual(['Please do not give it away.', 'I do not think he will. Stability is the key word.']);
  });

  it('makes ", citing …" and ", referring to …" rows of the same speaker, and still joins the next quote', () => {
    const qs = quotesOf('“The economy is weak,” McCain said, citing low growth and unemployment. “We can do better.”');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['direct', 'The economy is weak,” McCain said, citing low growth and unemployment. “We can do better.', 'McCain', 'said'],
      ['indirect', 'low growth and unemployment', 'McCain', 'citing'],
    ]);
    expect(quotesOf('“He is a loser,” he said, referring to the former governor.').map((q) => [q.cue, q.text])).toEqual([
      ['said', 'He is a loser'], ['referring to', 'the former governor'],
    ]);
  });
});

describe('a pronoun’s cue inside an outer attribution', () => {
  it('gives the quote to the outer speaker ("Benjamin said he believes “…”")', () => {
    const qs = quotesOf('Benjamin said he believes “there may be some out-of-the-loop generals who agree.”');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue, q.text])).toEqual([
      ['mixed', 'Benjamin', 'said', 'he believes “there may be some out-of-the-loop generals who agree.”'],
    ]);
  });
});

describe('a keyed title line', () => {
  it('reads "Title:" as the field name, not a headline speaker', () => {
    const qs = quotesOf('Title: Graham: Trump’s Hateful Rhetoric Destroying GOP\n\nThe senator spoke on Sunday in South Carolina about the race.');
    expect(qs.map((q) => [q.speaker, q.text])).toEqual([['Graham', 'Trump’s Hateful Rhetoric Destroying GOP']]);
  });
});

describe('transcript lines without quotation marks', () => {
  const interview = 'Interview: the chief economist on inflation\n\nHuw Pill, the chief economist, spoke to us about rates.\n\n'
    + 'Q: Is inflation beaten?\n\nPill: Not yet. We have made progress, but services inflation remains sticky.\n\n'
    + 'JAKE TAPPER: Do you think the committee will cut rates before the summer?\n\n'
    + 'Sanders: Win in a walk.\n\nNote: The interview has been edited for length and clarity.';

  it('reads a person’s or a capitalised name’s line as their direct words, not "Q:", "Note:" or a short list item', () => {
    const doc = docOf(interview, [['Huw Pill', 'PERSON'], ['Pill', 'PERSON', interview.indexOf('Pill:')], ['Sanders', 'PERSON']]);
    expect(quotesOf(doc).map((q) => [q.kind, q.speaker, q.cue, q.text])).toEqual([
      ['direct', 'Pill', ':', 'Not yet. We have made progress, but services inflation remains sticky.'],
      ['direct', 'JAKE TAPPER', ':', 'Do you think the committee will cut rates before the summer?'],
    ]);
  });

  it('reads no speaker into a headline that labels the piece ("Interview:", "Live:") or names a storm', () => {
    expect(quotesOf('Live: Storm Amy hits Scotland with record gusts\n\nTrains were cancelled across the north.')).toEqual([]);
    expect(quotesOf('Storm Dorothea: red warning for wind as gusts reach 90mph in Cumbria\n\nTrains were cancelled across the north.')).toEqual([]);
    // The quote after the label is attributed as the headline writes it.
    const qs = quotesOf('Interview: ‘We cannot tax our way out of debt,’ says Kenya’s Treasury chief\n\nJohn Mbadi sat down with us on Monday.');
    expect(qs.map((q) => [q.kind, q.speaker, q.cue, q.text])).toEqual([['direct', 'Kenya’s Treasury chief', 'says', 'We cannot tax our way out of debt']]);
  });

  it('reads no speaker into a country and a report\'s label, as ReliefWeb titles its reports, but keeps a country\'s words', () => {
    const body = '\n\nThe humanitarian situation in North Darfur continues to deteriorate as fighting spreads.';
    expect(quotesOf(`Sudan: Humanitarian Update, 12 November 2026${body}`)).toEqual([]);
    expect(quotesOf(`Syria: Flash Update #3${body}`)).toEqual([]);
    expect(quotesOf(`Ukraine: Humanitarian Situation Report No. 42${body}`)).toEqual([]);
    expect(quotesOf(`Iran: We will not negotiate under pressure${body}`).map((q) => [q.speaker, q.cue, q.text]))
      .toEqual([['Iran', ':', 'We will not negotiate under pressure']]);
    // (A person's headline that ends in a date is still theirs.)
    expect(quotesOf(`Graham: Trump Rhetoric Destroying GOP Chance in November 2026${body}`).map((q) => q.speaker)).toEqual(['Graham']);
  });
});

describe('an interview whose lines after the first are labelled with initials', () => {
  it('reads "TW:" and "HA:" as the lines of the people of those initials, whatever the tagger made of the letters', () => {
    const text = 'The ice is not waiting\n\nHelen Achterberg runs the British Antarctic Survey. We spoke in Cambridge.\n\n'
      + 'Tom Whitfield: You have been in the job ten weeks. What has surprised you?\n\n'
      + 'Helen Achterberg: How much of it is logistics, and how much of my week goes on fuel prices.\n\n'
      + 'TW: Let us talk about Thwaites. Is the nickname fair, in your view?\n\n'
      + 'HA: I do not love the nickname, but I understand why people use it.\n\nUS: The country has cut its budget again this year.';
    const at = (s: string, from = 0) => text.indexOf(s, from);
    const doc = docOf(text, [['Helen Achterberg', 'PERSON'], ['British Antarctic Survey', 'ORG'], ['Tom Whitfield', 'PERSON'],
      ['Helen Achterberg', 'PERSON', at('Helen Achterberg:')], ['HA', 'LOC', at('HA:')], ['US', 'LOC', at('US:')]]);
    const qs = extractQuotes(doc).quotes;
    expect(qs.map((q) => [doc.text.slice(q.speaker!.start, q.speaker!.end), doc.text.slice(q.start, q.end).slice(0, 20),
      q.speakerMention === null ? null : doc.mentions[q.speakerMention].text])).toEqual([
      ['Tom Whitfield', 'You have been in the', 'Tom Whitfield'],
      ['Helen Achterberg', 'How much of it is lo', 'Helen Achterberg'],
      ['TW', 'Let us talk about Th', 'Tom Whitfield'],
      ['HA', 'I do not love the ni', 'Helen Achterberg'],
    ]);
  });
});

describe('a speaker named by a common noun before a colon or comma lead-in', () => {
  it('reads relatives and trades as speakers ("My uncle said to me, “…”", "A young cook once told me, “…”")', () => {
    expect(quotesOf('My uncle said to me, “Lucia, you cooked for people who don’t exist.”').map((q) => [q.speaker, q.cue])).toEqual([['My uncle', 'said']]);
    expect(quotesOf('A young cook once told me, “You are the first kitchen where nobody shouts.”').map((q) => [q.speaker, q.cue])).toEqual([['A young cook', 'told']]);
  });

  it('never takes the listener after "told" as the speaker', () => {
    expect(quotesOf('The official told reporters, “We are ready.”').map((q) => [q.speaker, q.cue])).toEqual([['The official', 'told']]);
    // A speaker the rules do not read leaves the row without one rather than with the listener.
    expect(quotesOf('The boatman told reporters, “We are ready.”').map((q) => q.speaker)).toEqual([null]);
  });
});

describe('an interview printed as questions and answers', () => {
  const interview = 'Q&A: the Bundesbank’s new vice-president on rates\n\nInterview by Clara Hoffmann\n\n'
    + 'Sabine Lindqvist-Maurer took office as vice-president of the Bundesbank in September.\n\n'
    + 'Q: The ECB has cut rates four times. Is the fight against inflation over?\n\n'
    + 'A: No. I would say inflation is not beaten, it is sleeping.\n\n'
    + 'Q: Is the Bundesbank using AI itself?\n\nA: Of course. We use it to read supervisory reports.  Q: And the euro?\n\nA: No.';

  it('reads each answer as the interviewee’s direct words, not the questions or a one-word answer', () => {
    const doc = docOf(interview, [['Clara Hoffmann', 'PERSON'], ['Sabine Lindqvist-Maurer', 'PERSON'], ['Bundesbank', 'ORG'], ['ECB', 'ORG']]);
    const qs = extractQuotes(doc).quotes;
    const answers = qs.filter((q) => q.kind === 'direct').map((q) => [doc.text.slice(q.speaker!.start, q.speaker!.end), doc.text.slice(q.start, q.end),
      q.speakerMention === null ? null : doc.mentions[q.speakerMention].text]);
    expect(answers).toEqual([
      ['A', 'No. I would say inflation is not beaten, it is sleeping.', 'Sabine Lindqvist-Maurer'],
      ['A', 'Of course. We use it to read supervisory reports.', 'Sabine Lindqvist-Maurer'],
    ]);
  });

  it('keeps the reports an answer holds of someone else, not the interviewee’s own "I think"', () => {
    const text = 'Q&A: the vice-president on rates\n\nSabine Lindqvist-Maurer took office in September.\n\nQ: Is the fight over?\n\n'
      + 'A: No. Christine Lagarde said recently that the last mile is the hardest. I think it is sleeping.\n\nQ: And AI?\n\nA: Worried is too strong. Attentive.\n\n'
      + 'SMITH: You’ve said that your first restaurant was a disaster, and that it taught you a lot.';
    const doc = docOf(text, [['Sabine Lindqvist-Maurer', 'PERSON'], ['Christine Lagarde', 'PERSON']]);
    expect(quotesOf(doc).map((q) => [q.kind, q.speaker, q.text.slice(0, 24)])).toEqual([
      ['direct', 'A', 'No. Christine Lagarde sa'],
      ['indirect', 'Christine Lagarde', 'that the last mile is th'],
      ['direct', 'A', 'Worried is too strong. A'],
      ['direct', 'SMITH', 'You’ve said that your fi'],
    ]);
  });

  it('needs questions as well as answers: a lone "A:" line is no answer', () => {
    expect(quotesOf('Notes from the meeting\n\nA: the budget was agreed after a long debate.\n\nA: the vote was close.')).toEqual([]);
  });
});

describe('quotes listed one per line, each with its dash attribution', () => {
  it('gives every line its own direct row and speaker: no split quote across the line break, no lead-in from the line before', () => {
    const text = '31 readers share their thoughts.\n\n“During the debate he said we live in hell. He is ignorant of our lives.”― Pamela Padilla\n'
      + '“I’m so ashamed to be an American today.” ― Jacklyn Ashley\n“Trump must stop portraying us as gangsters.” ― Carla Sanchez';
    expect(quotesOf(text).map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['direct', 'Pamela Padilla', 'During the debate he said we live in hell. He is ignorant of our lives.'],
      ['direct', 'Jacklyn Ashley', 'I’m so ashamed to be an American today.'],
      ['direct', 'Carla Sanchez', 'Trump must stop portraying us as gangsters.'],
    ]);
  });
});

describe('a short quote that goes on after its attribution sentence', () => {
  it('joins the row before it, even capitalised like a title ("she said, clapping. “The Donald. Big Daddy.”")', () => {
    expect(quotesOf('“Here comes Big Daddy,” she said, clapping. “The Donald. Big Daddy.”').map((q) => [q.speaker, q.parts])).toEqual([
      ['she', ['Here comes Big Daddy', 'The Donald. Big Daddy.']],
    ]);
  });

  it('is still a title when no quote comes before it in the paragraph', () => {
    expect(quotesOf('The crowd waited. “The Donald. Big Daddy.”')).toEqual([]);
  });
});

describe('a dateline of a place in capitals and a colon ("CHENNAI:")', () => {
  it('is no transcript speaker and no part of a reported clause; a name in capitals still is a speaker', () => {
    const text = 'Floods hit Chennai\n\nCHENNAI: The Tamil Nadu government on Monday announced relief for each affected family in the city.\n\n'
      + 'RIYADH: Saudi Arabia will host the summit next month, the foreign ministry said in a statement.\n\n'
      + 'JAKE TAPPER: Do you think the committee will cut rates before the summer ends?';
    const doc = docOf(text, [['Chennai', 'LOC'], ['CHENNAI', 'LOC'], ['Tamil Nadu', 'LOC'], ['Saudi Arabia', 'LOC']]);
    expect(quotesOf(doc).map((q) => [q.kind, q.speaker, q.text])).toEqual([
      ['indirect', 'The Tamil Nadu government', 'relief for each affected family in the city'],
      ['indirect', 'the foreign ministry', 'Saudi Arabia will host the summit next month'],
      ['direct', 'JAKE TAPPER', 'Do you think the committee will cut rates before the summer ends?'],
    ]);
  });
});

describe('a quote paragraph after a short narrative paragraph', () => {
  it('is the words of the person the narration is about ("He paused.", "Marta shrugged."), not of "The room"', () => {
    const text = 'Rajinder Sandhu runs a construction company.\n\nHe paused.\n\n“I am not complaining for the sake of it. The rules are too slow.”\n\n'
      + 'The room fell silent.\n\n“Nobody wants this and nobody asked for it, not one person.”\n\nMarta shrugged.\n\n“We will see what happens next year.”';
    expect(quotesOf(text).map((q) => [q.speaker, q.text.slice(0, 20)])).toEqual([
      ['He', 'I am not complaining'], [null, 'Nobody wants this an'], ['Marta', 'We will see what hap'],
    ]);
  });
});

describe('a transcript answer holding a quote of its own', () => {
  it('is still the speaker’s row; a name in capitals the tagger calls a place is still a speaker', () => {
    const text = 'A conversation with the chef\n\nLucia Ferrante-Obi runs a restaurant in Naples.\n\n'
      + 'FERRANTE-OBI: Everything happened. I opened in 2014. My uncle said to me, "Lucia, you cooked for people who don\'t exist." He was right.';
    const doc = docOf(text, [['Lucia Ferrante-Obi', 'PERSON'], ['FERRANTE-OBI', 'LOC'], ['Naples', 'LOC']]);
    const qs = quotesOf(doc);
    expect(qs.map((q) => [q.speaker, q.text.slice(0, 20)])).toContainEqual(['FERRANTE-OBI', 'Everything happened.']);
  });
});

describe('lines that are not speech', () => {
  it('reads a list of works and their makers as no quotes ("“Tightrope” — Kendrick Lamar featuring SZA")', () => {
    const text = 'Record of the year nominees:\n\n“Tightrope” — Kendrick Lamar featuring SZA\n\n“Not Like Us” — Kendrick Lamar\n\n“Float like a butterfly, sting like a bee.” — Muhammad Ali';
    expect(quotesOf(docOf(text)).map((q) => q.speaker)).toEqual(['Muhammad Ali']);
  });

  it('reads a kicker in capitals as no speaker and no part of what was said ("SUNDAY AM UPDATE: …")', () => {
    const text = 'Box office weekend\n\nSUNDAY AM UPDATE: Lionsgate’s new film took $40 million at the weekend, the studio said.';
    expect(quotesOf(docOf(text))).toEqual([expect.objectContaining({ kind: 'indirect', speaker: 'the studio', text: 'Lionsgate’s new film took $40 million at the weekend' })]);
  });
});

describe('speakers in features and wire copy', () => {
  it('reads "jokes", "murmurs" and "laughs" as cues of quoted words', () => {
    expect(onlyQuote('“Dad thinks he’s a movie star now,” Powell jokes.')).toMatchObject({ speaker: 'Powell', cue: 'jokes' });
    expect(onlyQuote('“Here’s the smell of the blood still,” she murmurs, sniffing her wrists.')).toMatchObject({ speaker: 'she', cue: 'murmurs' });
  });

  it('never takes who was told as the speaker ("…,” one rescuer, who …, told the news site Suspilne")', () => {
    expect(onlyQuote('“We hear voices under the slabs,” one rescuer, who gave his name only as Oleksandr, told the local news site Suspilne.'))
      .toMatchObject({ speaker: 'one rescuer', cue: 'told' });
    expect(onlyQuote('“This will suddenly decrease,” shop owner Hayriye Evren, told Associated Press.').speaker).toBe('shop owner Hayriye Evren');
    const soldier = quotesOf('A soldier of the 68th Brigade, who gave his call-sign as "Taras", told Reuters by phone that Russian drones were hunting vehicles.');
    expect(soldier.map((q) => q.speaker)).not.toContain('Reuters');
  });

  it('keeps where a named person works with the name ("Kirsten Pfeifer from the Consumer Electronics Association")', () => {
    expect(onlyQuote('“Everything is going digital,” Kirsten Pfeifer from the Consumer Electronics Association, told the BBC News website.').speaker)
      .toBe('Kirsten Pfeifer from the Consumer Electronics Association');
  });
});

describe('what a result showed', () => {
  it('gives a quote after "X said the result showed" to X, not to the result', () => {
    expect(onlyQuote('Congress general secretary Jairam Ramesh said the result showed “the tide is turning”, while the BJP disagreed.'))
      .toMatchObject({ kind: 'mixed', speaker: 'Congress general secretary Jairam Ramesh', cue: 'said' });
    // With no one saying so, the poll is the source.
    expect(onlyQuote('The poll showed “a collapse in trust.”').speaker).toBe('The poll');
  });
});

describe('a reported clause that runs up to a colon before a quote', () => {
  it('makes one mixed row of the clause and the quote ("X said that A: “…”")', () => {
    expect(onlyQuote('Sanders said Tuesday that he was confident about his strength in a general election: "Who gives us the best chance to win? I know that I do."'))
      .toMatchObject({ kind: 'mixed', speaker: 'Sanders', cue: 'said', text: 'that he was confident about his strength in a general election: "Who gives us the best chance to win? I know that I do."' });
  });

  it('reads a clause opened by a subject pronoun the same way, but not an object', () => {
    expect(onlyQuote('But he said he was too busy to look for evidence: "I have a campaign to run."'))
      .toMatchObject({ kind: 'mixed', speaker: 'he', text: 'he was too busy to look for evidence: "I have a campaign to run."' });
    expect(onlyQuote('Since he announced his candidacy, he’s said the same thing at every rally: “It’s not about me.”'))
      .toMatchObject({ kind: 'direct', text: 'It’s not about me.' });
  });

  it('keeps a cue standing at the colon, and a colon after a cue alone, direct', () => {
    expect(onlyQuote('He told reporters that Grayson said of his fiancée: "I\'m going to marry her."'))
      .toMatchObject({ kind: 'direct', speaker: 'Grayson', text: "I'm going to marry her." });
    expect(onlyQuote('The mayor said: "We will rebuild."')).toMatchObject({ kind: 'direct', speaker: 'The mayor', text: 'We will rebuild.' });
  });
});

describe('initials that spell a function word, a nickname, "said here"', () => {
  it('reads "WHO" and "IT" in capitals among lower-case words as initials in a speaker phrase', () => {
    expect(onlyQuote('"The risk remains low," WHO chief Tedros Adhanom Ghebreyesus told reporters on Friday.'))
      .toMatchObject({ speaker: 'WHO chief Tedros Adhanom Ghebreyesus', cue: 'told' });
    expect(onlyQuote('"We are seeing a worrying rise in cases," WHO Director-General Tedros Adhanom Ghebreyesus told a news conference.').speaker)
      .toBe('WHO Director-General Tedros Adhanom Ghebreyesus');
    expect(onlyQuote('"Customers want it now," says Cara Diemont of IT firm Dimension Data.').speaker).toBe('Cara Diemont of IT firm Dimension Data');
  });

  it('takes no nickname between a first name and a surname for a quote', () => {
    expect(quotesOf("Luis 'Toto' Caputo told reporters the peso would float.")).toEqual([
      expect.objectContaining({ kind: 'indirect', text: 'the peso would float', speaker: 'Caputo' }),
    ]);
    expect(quotesOf('Earvin "Magic" Johnson said the Lakers "will be back."').map((q) => q.speaker)).toEqual(['Johnson']);
  });

  it('starts the reported clause at "that" after "said here on Wednesday"', () => {
    expect(onlyQuote('Finance Minister Luis Caputo said here on Wednesday that inflation had slowed.').text).toBe('that inflation had slowed');
  });
});

describe('a dateline with a colon opening the body', () => {
  it('reads "RIYADH:" in the first paragraph as a dateline, not a headline\'s speaker', () => {
    const rows = quotesOf('RIYADH: Saudi Arabia will host the summit next month, officials said on Thursday.\n\nThe fund said it would invest more.');
    expect(rows.map((q) => q.speaker)).toEqual(['officials', 'The fund']);
  });
});

describe('a name before an appositive that opens with an organisation and its possessive', () => {
  it('takes the name, not the organisation\'s role ("Prof Charles Swanton, Cancer Research UK\'s chief clinician, who …, said:")', () => {
    expect(onlyQuote('Prof Charles Swanton, Cancer Research UK\'s chief clinician, who was not involved in the study, said: "This is an important result."').speaker)
      .toBe('Prof Charles Swanton');
  });
});

describe('an abbreviation with a hyphenated suffix', () => {
  it('reads "a U.S.-based non-profit" as one appositive, leaving the name before it the speaker', () => {
    expect(onlyQuote('The Sabin Vaccine Institute, a U.S.-based non-profit, said the doses would ship in January.').speaker).toBe('The Sabin Vaccine Institute');
  });
});

describe('a subject with a role of several words before the name', () => {
  it('keeps "Chelsea head coach Enzo Maresca" whole as the speaker of a participle', () => {
    expect(onlyQuote('Chelsea head coach Enzo Maresca was less happy, saying his side had "switched off" after the break.').speaker)
      .toBe('Chelsea head coach Enzo Maresca');
  });
});

describe('speaker nouns of British, Irish and US local politics', () => {
  it('reads "One senior backbencher", "A Tory peer", "The sheriff" as speakers (probe UK: the speaker was "One")', () => {
    expect(onlyQuote('One senior backbencher said: ‘We went into this Government with our eyes open.’')).toMatchObject({ speaker: 'One senior backbencher', cue: 'said' });
    expect(onlyQuote('A Tory peer said: “The case should be looked at on its merits.”')).toMatchObject({ speaker: 'A Tory peer', cue: 'said' });
    expect(onlyQuote('The county sheriff said: “The suspect fled on foot.”')).toMatchObject({ speaker: 'The county sheriff', cue: 'said' });
    expect(onlyQuote('The principal said: “We will reopen on Monday.”')).toMatchObject({ speaker: 'The principal', cue: 'said' });
  });
});

describe('a participle after "wrote to X"', () => {
  it('is the clause subject\'s, not the addressee\'s (probe EU: the speaker was von der Leyen)', () => {
    const rows = quotesOf('The leaders of Germany and France wrote to Commission President Ursula von der Leyen last month demanding "a genuine pause" in the rules.');
    expect(rows.find((q) => q.cue === 'demanding')?.speaker).toBe('The leaders of Germany and France');
  });
});

describe('an inverted lead-in ("…, said Mr. Smith: “…”")', () => {
  it('is only for verbs that invert so: "urged the European Union to approve …“…”" names whom he urged (probe EU)', () => {
    const rows = quotesOf('Sybiha said he had spoken with Kallas and urged the European Union to approve its package "without further delay."');
    expect(rows.find((q) => q.cue === 'urged')?.speaker).toBe('Sybiha');
    expect(onlyQuote('The law is unfair, said Mr. Smith: "It must go."')).toMatchObject({ speaker: 'Mr. Smith', cue: 'said' });
  });
});

describe('a speaker phrase with a relative clause after the quote', () => {
  it('reads "“…,” one Democratic strategist who read the document told us." and "a resident who lives nearby said"', () => {
    expect(quotesOf('"We won in spite of the campaign, not because of it," one Democratic strategist who read the document told us.')[0])
      .toMatchObject({ speaker: 'one Democratic strategist', cue: 'told' });
    expect(onlyQuote('"The water came up fast," a resident who lives nearby said.')).toMatchObject({ speaker: 'a resident', cue: 'said' });
  });
});

describe('titles, labels and objects around quotes (probe OP)', () => {
  it('reads no quote in a work\'s title after its kind or "the author of"', () => {
    expect(quotesOf('She is the author of "The Red Pen Years: Notes From a Public Classroom."')).toEqual([]);
    expect(quotesOf('I read Ken\'s book, "Our Dollar, Your Problem," with great interest.')).toEqual([]);
  });

  it('reads the clause after a report titled "…" and its quoted words as the mixed row', () => {
    expect(onlyQuote('A panel of experts warned in a report titled "Back on Track" that years of deferred maintenance had left the system "unreliable and unsafe."'))
      .toMatchObject({ kind: 'mixed', text: 'that years of deferred maintenance had left the system "unreliable and unsafe."', speaker: 'A panel of experts' });
  });

  it('gives a quote after a briefing\'s "What they\'re saying:" label its own attribution', () => {
    expect(onlyQuote('What they\'re saying: "We\'re not going to be jammed," Senate Minority Leader Chuck Schumer said in a floor speech.'))
      .toMatchObject({ kind: 'direct', speaker: 'Senate Minority Leader Chuck Schumer', cue: 'said' });
  });

  it('takes no attribution from "I believe him." after a quote that ends its sentence', () => {
    expect(onlyQuote('President Volodymyr Zelensky said on Monday that Ukraine was "ready for any format of talks." I believe him.'))
      .toMatchObject({ kind: 'mixed', speaker: 'President Volodymyr Zelensky', cue: 'said' });
  });
});

describe('an anonymity clause on the speaker after a quote', () => {
  it('leaves the speaker before "who asked not to be named"', () => {
    expect(quotesOf('“It’s over,” one official who asked not to be named said.').map((q) => [q.kind, q.speaker, q.cue])).toEqual([['direct', 'one official', 'said']]);
  });
});

describe('a first verb joined to the cue by "and"', () => {
  it('leaves its subject the speaker ("She smiled and said, “…”")', () => {
    expect(quotesOf('She smiled and said, “We will win this.”').map((q) => [q.kind, q.speaker, q.cue])).toEqual([['direct', 'She', 'said']]);
    expect(quotesOf('The minister paused and added: “Nobody expected it.”').map((q) => [q.speaker, q.cue])).toEqual([['The minister', 'added']]);
  });

  it('is no speaker after a passive ("were shelled and said to be empty")', () => {
    expect(quotesOf('The villages were shelled and said to be empty.')).toEqual([]);
  });
});

describe('a quote after a clause that opens with its own report', () => {
  it('starts the mixed row after that report\'s cue, with its named speaker ("DuVernay said she felt … “…,” she said")', () => {
    const qs = quotesOf('DuVernay said she felt a responsibility because “it is our history,” she said.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker, q.cue])).toEqual([
      ['mixed', 'she felt a responsibility because “it is our history,”', 'DuVernay', 'said'],
    ]);
    expect(quotesOf('Mr Brown said he was set to keep debt “low and sustainable,” he added.').map((q) => [q.text, q.speaker, q.cue]))
      .toEqual([['he was set to keep debt “low and sustainable,”', 'Mr Brown', 'said']]);
  });

  it('leaves the row to the quote\'s own attribution after other verbs ("He hoped Jay-Z would “…,” he added")', () => {
    expect(quotesOf('He hoped Jay-Z would “move the company forward,” he added.').map((q) => [q.text, q.speaker, q.cue]))
      .toEqual([['He hoped Jay-Z would “move the company forward,”', 'he', 'added']]);
  });
});

describe('a verb of habit or sequel before "to" and the cue', () => {
  it('leaves its subject the speaker ("He liked to say, “…”", "went on to say")', () => {
    expect(quotesOf('He liked to say, “Defence wins titles.”').map((q) => [q.kind, q.speaker, q.cue])).toEqual([['direct', 'He', 'say']]);
    expect(quotesOf('As the mayor likes to say, “There is no free lunch.”').map((q) => [q.speaker, q.cue])).toEqual([['the mayor', 'say']]);
    expect(quotesOf('Mr McConnell went on to promise that Scotland would play its part.').map((q) => [q.kind, q.speaker, q.cue]))
      .toEqual([['indirect', 'Mr McConnell', 'promise']]);
  });

  it('is no speaker of what someone would like to say', () => {
    expect(quotesOf('They would love to say “yes”.').filter((q) => q.speaker !== null)).toEqual([]);
  });
});

describe('a paragraph opening with a closing mark and an ellipsis', () => {
  it('opens a quote there ("” … he delivered …,” Barabak wrote.")', () => {
    const qs = quotesOf('” … he delivered a mix of conservative orthodoxy with a coolness and polish,” Barabak wrote.');
    expect(qs.map((q) => [q.kind, q.text, q.speaker])).toEqual([['direct', '… he delivered a mix of conservative orthodoxy with a coolness and polish', 'Barabak']]);
  });
});

describe('a cue joined by "and" to the sentence\'s first verb phrase', () => {
  it('takes the sentence\'s subject as the speaker ("The crowd cheered the speech and chanted, “…”")', () => {
    expect(quotesOf('The crowd cheered the speech and chanted, “Four more years!”').map((q) => [q.kind, q.speaker, q.cue])).toEqual([['direct', 'The crowd', 'chanted']]);
    expect(quotesOf('She waved to the crowd and then said, “We will be back.”').map((q) => [q.speaker, q.cue])).toEqual([['She', 'said']]);
  });
});

describe('BBC rows the session-19 rules first got wrong', () => {
  it('keeps "chief operating officer" and "the doping row" inside speaker phrases (no participle there)', () => {
    const qs = quotesOf('“We all know slavery existed,” JP Morgan chief executive William Harrison and chief operating officer James Dimon said in the letter.');
    expect(qs.map((q) => q.speaker)).toEqual(['JP Morgan chief executive William Harrison and chief operating officer James Dimon']);
  });

  it('reads "pounds" as money, a noun in -ed as no verb, and a trailing "told" as no object-taking lead', () => {
    const money = quotesOf('Marsh agreed to pay dollars 850m (pounds 415m) to settle a lawsuit, but under the settlement it “neither admits nor denies the allegations”.');
    expect(money.map((q) => q.cue)).not.toContain('pounds');
    expect(quotesOf('The American top seed and defending champion overcame Haas.').map((q) => q.speaker)).not.toContain('The American top');
    const told = quotesOf('Gordon Brown’s decision to announce the date of the Budget while on a trip to China was a “sensible thing to do”, Mr Balls told the BBC.');
    expect(told.map((q) => q.text)).toEqual(['Gordon Brown’s decision to announce the date of the Budget while on a trip to China was a “sensible thing to do”']);
  });
});
