import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../../src/stages/quotes/index.ts';
import type { ArticleDoc } from '../../../src/model/doc.ts';
import { docOf, quotesOf } from './helpers.ts';

/** The text of the mention each quote's speaker resolves to (null when none). */
function speakerMentions(doc: ArticleDoc): Array<string | null> {
  extractQuotes(doc);
  return doc.quotes.map((q) => (q.speakerMention === null ? null : doc.mentions[q.speakerMention].text));
}

describe('speaker resolution', () => {
  it('links a speaker to the PERSON mention inside it', () => {
    const doc = docOf('“We will not allow it,” Prime Minister Benjamin Netanyahu said.', [['Benjamin Netanyahu', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Benjamin Netanyahu']);
  });

  it('prefers the PERSON to a place inside the speaker', () => {
    const doc = docOf('“We are ready,” Israel’s defence minister Israel Katz said.', [['Israel', 'LOC'], ['Israel Katz', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Israel Katz']);
  });

  it('links "the Dutchman" or "the 26-year-old" to the person named just before, not to the nationality', () => {
    const text = 'Max Verstappen congratulated his rival. “He deserved it,” the Dutchman told Sky Sports. Lando Norris wept. “I can’t believe it,” the 26-year-old said. The Germans said they would wait.';
    const doc = docOf(text, [['Max Verstappen', 'PERSON'], ['Dutchman', 'NORP'], ['Sky Sports', 'ORG'], ['Lando Norris', 'PERSON'], ['Germans', 'NORP']]);
    expect(speakerMentions(doc)).toEqual(['Max Verstappen', 'Lando Norris', 'Germans']);
  });

  it('links a role set off before a name to the name, not to the organisation or person that has the role', () => {
    const cases: Array<[string, Array<[string, 'PERSON' | 'ORG' | 'LOC']>, string]> = [
      ['Meridian’s chief executive, Angela Torres, said patients were safe.', [['Meridian', 'ORG'], ['Angela Torres', 'PERSON']], 'Angela Torres'],
      ['Kralj’s agent, Ivan Horvat, said talks had stalled.', [['Kralj', 'PERSON'], ['Ivan Horvat', 'PERSON']], 'Ivan Horvat'],
      ['Hungary’s prime minister, Viktor Orbán, said the plan was dead.', [['Hungary', 'LOC'], ['Viktor Orbán', 'PERSON']], 'Viktor Orbán'],
      ['A spokesperson for NNPC Ltd, Olufemi Soneye, said supplies were normal.', [['NNPC Ltd', 'ORG'], ['Olufemi Soneye', 'PERSON']], 'Olufemi Soneye'],
      ['Hamas’s chief negotiator, Khalil al-Hayya, told reporters the talks had stalled.', [['Hamas', 'ORG'], ['Khalil al-Hayya', 'PERSON']], 'Khalil al-Hayya'],
      ['“We did not get everything we wanted,” Corrêa do Lago told a news conference.', [['Corrêa do Lago', 'PERSON']], 'Corrêa do Lago'],
    ];
    for (const [text, mentions, speaker] of cases) expect(speakerMentions(docOf(text, mentions))).toEqual([speaker]);
  });

  it('knows a person’s sex from the article’s pronouns when no title or first name tells it', () => {
    // Nothing but "her" and "she" after her name says Zendaya is a woman; "he" then skips her for the man before her.
    const text = 'Colm Kearney directed the film. Zendaya wore gold; her dress was admired, and she thanked her designer. “It was gruelling,” he said.';
    const doc = docOf(text, [['Colm Kearney', 'PERSON'], ['Zendaya', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Colm Kearney']);
    // Pronouns inside her quoted words are about someone else, and "John" alone is a man's name.
    const wife = 'Ozzy Osbourne said he was done. His wife Sharon agreed. “Now everybody does it. He has done it, he has been there,” she said.';
    expect(speakerMentions(docOf(wife, [['Ozzy Osbourne', 'PERSON'], ['Sharon', 'PERSON']]))).toEqual(['Ozzy Osbourne', 'Sharon']);
    const votes = 'Bez has become withdrawn since he was nominated, and his mood is dark. Brigitte Nielsen nominated both John and Bez. She said the house was tense.';
    expect(speakerMentions(docOf(votes, [['Bez', 'PERSON'], ['Brigitte Nielsen', 'PERSON'], ['John', 'PERSON'], ['Bez', 'PERSON']]))).toEqual(['Brigitte Nielsen']);
  });

  it('leaves a speaker unresolved whom a person’s name only qualifies ("a former Trump campaign adviser", "an aide to Mamdani")', () => {
    expect(speakerMentions(docOf('A former Trump campaign adviser said the race was lost.', [['Trump', 'PERSON']]))).toEqual([null]);
    expect(speakerMentions(docOf('A senior aide to Mamdani said the plan would pass.', [['Mamdani', 'PERSON']]))).toEqual([null]);
    // A spokesperson speaks for the one named.
    expect(speakerMentions(docOf('A spokesperson for Cook said the premier was unwell.', [['Cook', 'PERSON']]))).toEqual(['Cook']);
  });

  it('takes the people a poll asked as the speaker, not who asked them ("economists polled by Reuters")', () => {
    const doc = docOf('Economists polled by Reuters expect that employers added 55,000 jobs last month.', [['Reuters', 'ORG']]);
    expect(quotesOf(doc).map((q) => q.speaker)).toEqual(['Economists polled by Reuters']);
    expect(speakerMentions(doc)).toEqual([null]);
  });

  it('links a transcript’s speaker in capitals to the person named so before', () => {
    const text = 'Cabinet Secretary John Mbadi spoke to us on Monday.\n\nINTERVIEWER: Are you worried about a repeat in 2026?\n\nMBADI: I would be lying if I said I am not worried about it.';
    expect(speakerMentions(docOf(text, [['John Mbadi', 'PERSON']]))).toEqual([null, 'John Mbadi']);
  });

  it('links an organisation inside a nominal speaker', () => {
    const doc = docOf('A spokesman for the IAEA said that inspectors would return.', [['IAEA', 'ORG']]);
    expect(speakerMentions(doc)).toEqual(['IAEA']);
  });

  it('does not link a nationality or place that only modifies a nominal speaker: the description is a role of its own', () => {
    const doc = docOf('“It is over,” the Iranian leader emphasized. Iran’s president declared that talks were over.', [['Iranian', 'NORP'], ['Iran', 'LOC']]);
    expect(speakerMentions(doc)).toEqual(['the Iranian leader', 'Iran’s president']);
    expect(doc.quotes.map((q) => [doc.mentions[q.speakerMention!].type, doc.mentions[q.speakerMention!].canonicalName])).toEqual([
      ['PERSON', 'President of Iran'], ['PERSON', 'President of Iran'],
    ]);
  });

  it('leaves a nominal speaker that is no office unresolved', () => {
    const doc = docOf('The Iranian negotiators declared that talks were over.', [['Iranian', 'NORP']]);
    expect(speakerMentions(doc)).toEqual([null]);
  });

  it('links a place that is the whole speaker', () => {
    const doc = docOf('Iran said it would respond.', [['Iran', 'LOC']]);
    expect(speakerMentions(doc)).toEqual(['Iran']);
  });

  it('resolves "he" to the nearest PERSON before it, skipping names inside the quote', () => {
    const doc = docOf('Smith arrived late. “Jones is wrong,” he said.', [['Smith', 'PERSON'], ['Jones', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Smith']);
  });

  it('does not resolve "she" to a man the article calls Mr, nor "he" to a woman it calls Mrs', () => {
    const text = 'Lawyer Louise Christian, who represents Mr Abbasi, said the government had failed. She said: “They should have acted.” Mr Conlon met Mrs Maguire. He said that it was over.';
    const doc = docOf(text, [['Louise Christian', 'PERSON'], ['Abbasi', 'PERSON'], ['Maguire', 'PERSON'], ['Conlon', 'PERSON']]);
    doc.mentions[1].title = 'Mr';
    doc.mentions[2].title = 'Mrs';
    doc.mentions[3].title = 'Mr';
    expect(speakerMentions(doc)).toEqual(['Louise Christian', 'Louise Christian', 'Conlon']);
  });

  it('does not resolve "he" to a person whose first name is only a woman\'s', () => {
    const doc = docOf('Chris Evans praised Zoe Ball. “She is a natural,” he said.', [['Chris Evans', 'PERSON'], ['Zoe Ball', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Chris Evans', 'Chris Evans']);
  });

  it('resolves "it" to an organisation and never to a person', () => {
    const doc = docOf('Smith met the ministry. It said that the plan would go ahead.', [['Smith', 'PERSON'], ['ministry', 'ORG']]);
    expect(speakerMentions(doc)).toEqual(['ministry']);
    const none = docOf('Smith arrived. It said that the plan would go ahead.', [['Smith', 'PERSON']]);
    const adjective = docOf('Shares in the Swedish firm fell. It said that the plan would go ahead.', [['Swedish', 'NORP']]);
    expect(speakerMentions(adjective)).toEqual([null]);
    expect(speakerMentions(none)).toEqual([null]);
  });

  it('links "the company" to the organisation the article names most before it, not one inside a quote', () => {
    const text = 'Shares in Elan fell after Elan and Biogen halted sales on the Nasdaq. “Talk to Biogen, Biogen, Biogen,” Smith said. The company said that it would review the data.';
    // Every occurrence of each name is a mention.
    const all = (name: string, type: 'ORG' | 'PERSON') => [...text.matchAll(new RegExp(name, 'g'))].map((m) => [name, type, m.index] as [string, 'ORG' | 'PERSON', number]);
    const doc = docOf(text, [...all('Elan', 'ORG'), ...all('Biogen', 'ORG'), ...all('Nasdaq', 'ORG'), ...all('Smith', 'PERSON')]);
    expect(speakerMentions(doc)).toEqual(['Smith', 'Elan']);
    const paper = docOf('The Sunday Times reported that Rank would sell Deluxe. The group said that it had no comment.', [
      ['Sunday Times', 'ORG'], ['Rank', 'ORG'], ['Deluxe', 'ORG'],
    ]);
    expect(speakerMentions(paper)).toEqual(['Sunday Times', 'Rank']);
    // On a tie, the organisation named first: the article's subject.
    const club = docOf('Manchester United have sacked their manager after a defeat by Tottenham. The club said that a new manager would follow.', [
      ['Manchester United', 'ORG'], ['Tottenham', 'ORG'],
    ]);
    expect(speakerMentions(club)).toEqual(['Manchester United']);
    const none = docOf('Smith arrived. The company said that it would review the data.', [['Smith', 'PERSON']]);
    expect(speakerMentions(none)).toEqual([null]);
  });

  it('leaves a nominal speaker unlinked rather than guessing', () => {
    const doc = docOf('Ali Khamenei spoke. “We will not bow,” the supreme leader said.', [['Ali Khamenei', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual([null]);
  });
});

describe('a pronoun and the sex of the people before it', () => {
  it('prefers a person the article shows to be of the pronoun’s sex to a nearer one it says nothing of', () => {
    const text = 'Teresa Haaland, a Democrat, won by 50.8% to 48.4%. She will succeed Governor Tony Evers, who announced last year that he would not run.\n\n'
      + 'Her victory made her the first woman elected governor in the state. "I don’t think people voted for me because I’m a woman," she said.';
    const doc = docOf(text, [['Teresa Haaland', 'PERSON'], ['Tony Evers', 'PERSON']]);
    expect(speakerMentions(doc).at(-1)).toBe('Teresa Haaland');
  });

  it('takes the nearer man named in full for "he" though the lists do not know his first name', () => {
    const text = 'Kenyan President William Ruto told reporters that both sides had agreed to "keep the channel open". "Nobody here can afford another war," he said.\n\n'
      + 'Tarique Rahman has repeatedly described the lack of a seaport as an "existential" problem. In a speech to parliament last month he said Ethiopia would seek access to the port "by peaceful means".';
    const doc = docOf(text, [['William Ruto', 'PERSON'], ['Tarique Rahman', 'PERSON']]);
    expect(speakerMentions(doc).at(-1)).toBe('Tarique Rahman');
  });

  it('but not a single word the tagger took for a person ("quitting Anfield")', () => {
    const text = 'Steven Gerrard denied he wanted to leave. Although Gerrard insisted thoughts of quitting Anfield are "not in my mind right now", he admitted "everything is possible".';
    const doc = docOf(text, [['Steven Gerrard', 'PERSON'], ['Gerrard', 'PERSON', 40], ['Anfield', 'PERSON']]);
    expect(speakerMentions(doc).at(-1)).toBe('Gerrard');
  });
});

describe('a pronoun after a reported clause', () => {
  it('takes up the one who reported, not a person named only in what was reported', () => {
    const text = 'A neighbour, Graham Pollard, said he had seen Mr Doyle "waving something shiny" moments before Mr Hargreaves fell.\n\n'
      + '"I thought it was a phone at first," he told the jury.';
    const doc = docOf(text, [['Graham Pollard', 'PERSON'], ['Doyle', 'PERSON'], ['Hargreaves', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Graham Pollard', 'Graham Pollard']);
  });

  it('keeps the nearest person when the one who reported is of the other sex, or was named outside the report', () => {
    const other = 'Mary Pollard said Mr Doyle had left early.\n\n"I thought it was a phone," he told the jury.';
    expect(speakerMentions(docOf(other, [['Mary Pollard', 'PERSON'], ['Doyle', 'PERSON']]))).toEqual(['Mary Pollard', 'Doyle']);
    const outside = 'Graham Pollard said the car had gone. Mr Doyle walked in.\n\n"I thought it was a phone," he told the jury.';
    expect(speakerMentions(docOf(outside, [['Graham Pollard', 'PERSON'], ['Doyle', 'PERSON']]))).toEqual(['Graham Pollard', 'Doyle']);
  });
});

describe('a pronoun after an unnamed speaker', () => {
  it('takes up the person just described, not the last person named ("A spokeswoman for the company said … she said")', () => {
    const text = 'Priyanka Raghavan, the plant’s manager, said the layoffs were painful. A spokeswoman for the company said the firm would '
      + 'offer retraining. “Every employee will be treated with respect,” she said.';
    expect(speakerMentions(docOf(text, [['Priyanka Raghavan', 'PERSON']]))).toEqual(['Priyanka Raghavan', null, null]);
  });

  it('resolves as the description did (its organisation), and leaves a named person’s description to the name', () => {
    const text = 'A spokesman for the Home Office defended the proposals. He said the law was clear.';
    expect(speakerMentions(docOf(text, [['Home Office', 'ORG']]))).toEqual(['Home Office', 'Home Office']);
    const named = 'But, Hans Reckers, a board member of the Bundesbank, said cash trading should stay. “It must stay in Frankfurt,” he said.';
    expect(speakerMentions(docOf(named, [['Hans Reckers', 'PERSON'], ['Bundesbank', 'ORG']]))).toEqual(['Hans Reckers', 'Hans Reckers']);
  });

  it('keeps a definite description’s pronoun with the person the article names so ("The mayor said … he said")', () => {
    const text = 'London mayor Ken Livingstone refused to apologise. The mayor said his comments were fair. “I think it is important,” he said.';
    expect(speakerMentions(docOf(text, [['Ken Livingstone', 'PERSON']])).at(-1)).toBe('Ken Livingstone');
  });

  it('does not cross the sexes: "A spokesman …" is no "she"', () => {
    const text = 'Ruth Kelly visited the school. A spokesman for the department said talks continued. “We are hopeful,” she said.';
    expect(speakerMentions(docOf(text, [['Ruth Kelly', 'PERSON']])).at(-1)).toBe('Ruth Kelly');
  });
});

describe('speakers named by a part of a group or a company where it is based', () => {
  it('reads "one of them" as a quote’s speaker, not a reported clause’s ("Some of them want …, Sun said")', () => {
    expect(quotesOf('Three traders spoke to us. “It was chaos,” one of them said.').map((q) => q.speaker)).toEqual(['one of them']);
    expect(quotesOf('Some of them want to book computing capacity, Sun said.').map((q) => q.speaker)).toEqual(['Sun']);
  });

  it('resolves "the Shenzhen-based company" to the company named before, but not "the US firm" or "the London-based group"', () => {
    const doc = docOf('BYD Co. Ltd. sold more cars in October. The Shenzhen-based company said exports doubled. The US firm said it would compete.', [['BYD Co. Ltd.', 'ORG']]);
    expect(speakerMentions(doc)).toEqual(['BYD Co. Ltd.', null]);
  });
});

describe('"it" after a body', () => {
  it('goes on with a country’s body that has no name of its own, not the organisation named before it', () => {
    const text = 'The Kremlin rejected the plan. Russia launched 112 drones at Ukraine overnight, Ukraine’s air force said. It said 89 drones had been shot down.';
    expect(speakerMentions(docOf(text, [['Kremlin', 'ORG'], ['Russia', 'LOC'], ['Ukraine', 'LOC', 60], ['Ukraine', 'LOC', 80]])).at(-1)).toBeNull();
  });

  it('takes the organisation the row before resolved to, over one named earlier', () => {
    const text = 'The SEC is reviewing the deal. Time Warner said it was unable to estimate its legal costs. It said the review would take months.';
    expect(speakerMentions(docOf(text, [['SEC', 'ORG'], ['Time Warner', 'ORG']])).at(-1)).toBe('Time Warner');
    // An organisation named between them is the nearer one.
    const between = 'Time Warner said it was unable to estimate its legal costs. The SEC declined to comment. It said the review would take months.';
    expect(speakerMentions(docOf(between, [['Time Warner', 'ORG'], ['SEC', 'ORG']])).at(-1)).toBe('SEC');
  });
});

describe('a person named by their craft', () => {
  it('takes the person a sentence just before opens with ("Ronan Keane was blunter. “…,” the actor said")', () => {
    expect(speakerMentions(docOf('Ronan Keane was blunter. “Joanna does takes, not coverage,” the actor said.', [['Ronan Keane', 'PERSON']]))).toEqual(['Ronan Keane']);
    const text = 'Linklater tells PEOPLE he cast Powell on instinct. “Glen has that old-movie-star thing,” the director says.';
    expect(speakerMentions(docOf(text, [['Linklater', 'PERSON'], ['Powell', 'PERSON']])).at(-1)).toBe('Linklater');
  });

  it('leaves it empty when no such person is near, or the name is only a possessor', () => {
    expect(speakerMentions(docOf('The company appointed a new board. “We are delighted,” the director said.'))).toEqual([null]);
    const owned = 'Michelle Paver’s Wolf Brother is the first of six books. “I am thrilled,” the director said.';
    expect(speakerMentions(docOf(owned, [['Michelle Paver', 'PERSON']]))).toEqual([null]);
  });
});

describe('a name in an appositive after a description', () => {
  it('resolves to the person named after a job or before an organisation ("His lawyer, Marisol Ortega of the Institute for Justice, said")', () => {
    const text = 'His lawyer, Marisol Ortega of the Institute for Justice, said in a statement that the decision was a blow.\n\n'
      + "The government's first witness, former chief financial officer Priya Natarajan, testified that she warned Whitfield.";
    const doc = docOf(text, [['Marisol Ortega', 'PERSON'], ['Institute for Justice', 'ORG'], ['Priya Natarajan', 'PERSON'], ['Whitfield', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Marisol Ortega', 'Priya Natarajan']);
  });

  it('but not an organisation the appositive only mentions ("The study, conducted by the European Commission")', () => {
    const doc = docOf('Other agencies, such as the Asian Development Bank, said growth would slow.', [['Asian Development Bank', 'ORG']]);
    expect(speakerMentions(doc)).toEqual([null]);
  });
});

describe('sports roles as speakers', () => {
  it('reads "The four-time world champion said afterwards:" as a speaker, resolved to the person the sentence before opens with', () => {
    const text = 'Max Verstappen won the Las Vegas Grand Prix on Saturday. The four-time world champion said afterwards: "We got the maximum today."';
    const doc = docOf(text, [['Max Verstappen', 'PERSON'], ['Las Vegas Grand Prix', 'EVENT']]);
    expect(quotesOf(text)[0]).toMatchObject({ speaker: 'The four-time world champion', cue: 'said' });
    expect(speakerMentions(doc)).toEqual(['Max Verstappen']);
  });
});

describe('an office of a named body, then the name', () => {
  it('resolves "The Governor of the CBN, Mr Olayemi Cardoso, said" to the person, not the bank', () => {
    const text = 'The Governor of the CBN, Mr Olayemi Cardoso, said the bank would hold rates.';
    const doc = docOf(text, [['CBN', 'ORG'], ['Olayemi Cardoso', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Olayemi Cardoso']);
  });
});

describe('"according to" a pronoun', () => {
  it('reads "According to him, …" with "him" resolved as "he" (probe EU: no row, or the sentence subject as speaker)', () => {
    const doc = docOf('Tony Blair spoke on Monday. According to him, the talks will resume next week.', [['Tony Blair', 'PERSON']]);
    expect(speakerMentions(doc)).toEqual(['Tony Blair']);
    expect(quotesOf('Tony Blair spoke on Monday. According to him, the talks will resume next week.')).toMatchObject([{ speaker: 'him', cue: 'According to', text: 'the talks will resume next week' }]);
  });
});

describe('a person\'s lawyer, family or agent', () => {
  it('is no entity of the person ("Smith\'s lawyer" is not Smith; "Trump\'s spokesman" speaks for Trump; probe LO)', () => {
    const lawyer = docOf('John Smith was charged on Monday. Smith\'s lawyer said he would plead not guilty.', [['John Smith', 'PERSON'], ['Smith', 'PERSON', 20]]);
    expect(speakerMentions(lawyer)).toEqual([null]);
    const family = docOf('Alyssa Dombrowski died at the scene. Dombrowski’s family told 7 News she worked as a hygienist.', [['Alyssa Dombrowski', 'PERSON'], ['Dombrowski', 'PERSON', 20]]);
    expect(speakerMentions(family)).toEqual([null]);
    const spokesman = docOf('Trump\'s spokesman said the tariffs would stay.', [['Trump', 'PERSON']]);
    expect(speakerMentions(spokesman)).toEqual(['Trump']);
  });
});

describe('a restrictive "who" after a common noun', () => {
  it('stands for that noun, not the nearest mention ("parents who asked the board" is not the board; probe LO)', () => {
    const doc = docOf('The Granite Board of Education voted 5-2 over objections from parents who asked the board to wait another year.', [['Granite Board of Education', 'ORG']]);
    expect(speakerMentions(doc)).toEqual([null]);
    const named = docOf('The plan was backed by Mayor Jane Doe, who said the city could not wait.', [['Jane Doe', 'PERSON']]);
    expect(speakerMentions(named)).toEqual(['Jane Doe']);
  });
});
