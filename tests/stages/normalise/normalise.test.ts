import { describe, expect, it } from 'vitest';
import { emptyMeta, newDoc, type EntityType } from '../../../src/model/doc.ts';
import { docWithMentions } from '../../helpers/mentions.ts';
import { entityId, normaliseDoc } from '../../../src/stages/normalise/index.ts';
import { tidy } from '../../../src/stages/normalise/tidy.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { extractEntities } from '../../../src/stages/entities/index.ts';

/** A document whose mentions are the given (text, type) pairs, found in order in the text, normalised. */
const docWith = (text: string, spans: Array<[string, EntityType]>) => normaliseDoc(docWithMentions(text, spans));
/** A txt document run through segment, entities and normalise. */
const normalised = (text: string, meta = emptyMeta()) =>
  normaliseDoc(extractEntities(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta, text }))));

describe('normalise', () => {
  it('links a surname to the one full name it belongs to', () => {
    const doc = docWith('Supreme Leader Ali Khamenei spoke. Khamenei said no.', [['Ali Khamenei', 'PERSON'], ['Khamenei', 'PERSON']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Ali Khamenei', 'Ali Khamenei']);
    expect(doc.mentions[0].entityId).toBe(doc.mentions[1].entityId);
  });

  it('links no part to a name made of two names the article gives on their own ("Rio Tinto Glencore")', () => {
    const doc = docWith('Rio Tinto and Glencore agreed to form Rio Tinto Glencore. Glencore shareholders will own 40%. The Home Office agreed.', [
      ['Rio Tinto', 'ORG'], ['Glencore', 'ORG'], ['Rio Tinto Glencore', 'ORG'], ['Glencore', 'ORG'], ['Home Office', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Rio Tinto', 'Glencore', 'Rio Tinto Glencore', 'Glencore', 'Home Office']);
    expect(doc.mentions[1].entityId).not.toBe(doc.mentions[2].entityId);
    // Parts named apart, not side by side, are a long form and its short one ("IBM Blue Gene" … "Blue Gene").
    const brand = docWith('IBM unveiled Blue Gene. The IBM Blue Gene machine is fast. Blue Gene won.', [['IBM', 'ORG'], ['Blue Gene', 'ORG'], ['IBM Blue Gene', 'ORG'], ['Blue Gene', 'ORG']]);
    expect(brand.mentions.map((m) => m.canonicalName)).toEqual(['IBM', 'IBM Blue Gene', 'IBM Blue Gene', 'IBM Blue Gene']);
    // A longer name whose parts are not both named alone still takes its short forms.
    const other = docWith('The United Kingdom Home Office said no. The Home Office later agreed.', [['United Kingdom Home Office', 'ORG'], ['Home Office', 'ORG']]);
    expect(other.mentions.map((m) => m.canonicalName)).toEqual(['United Kingdom Home Office', 'United Kingdom Home Office']);
  });

  it('leaves a nickname in quotes out of the canonical name and links the nickname alone to the person (\'Joko "Jokowi" Widodo\')', () => {
    const doc = docWith('Former president Joko "Jokowi" Widodo spoke. Jokowi agreed with Luis \'Toto\' Caputo. Caputo left.', [
      ['Joko "Jokowi" Widodo', 'PERSON'], ['Jokowi', 'ORG'], ["Luis 'Toto' Caputo", 'PERSON'], ['Caputo', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => [m.type, m.canonicalName])).toEqual([
      ['PERSON', 'Joko Widodo'], ['PERSON', 'Joko Widodo'], ['PERSON', 'Luis Caputo'], ['PERSON', 'Luis Caputo'],
    ]);
    expect(doc.mentions[0].entityId).toBe(entityId('PERSON', 'Joko Widodo'));
  });

  it('links a name that is an inner word of one full name ("Lula"), or one letter off its surname ("Zelensky")', () => {
    const doc = docWith('Luiz Inácio Lula da Silva spoke. Lula agreed. Volodymyr Zelenskyy met Zelensky aides.', [
      ['Luiz Inácio Lula da Silva', 'PERSON'], ['Lula', 'PERSON'], ['Volodymyr Zelenskyy', 'PERSON'], ['Zelensky', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Luiz Inácio Lula da Silva', 'Luiz Inácio Lula da Silva', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskyy']);
    // Not an inner particle ("da"), and not three letters off: Khomeini is not Ali Khamenei.
    const apart = docWith('Ali Khamenei spoke. Khomeini died.', [['Ali Khamenei', 'PERSON'], ['Khomeini', 'PERSON']]);
    expect(apart.mentions[1].entityId).not.toBe(apart.mentions[0].entityId);
  });

  it('links a surname in the description after a full name of that surname to the other person who has it ("Omar Ayub Khan, a leader of Khan\'s party")', () => {
    const doc = docWith('Imran Khan remains in jail. "It is a sad day," said Omar Ayub Khan, a senior leader of Khan\'s party. Khan said more.', [
      ['Imran Khan', 'PERSON'], ['Omar Ayub Khan', 'PERSON'], ['Khan', 'PERSON'], ['Khan', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Imran Khan', 'Omar Ayub Khan', 'Imran Khan', 'Omar Ayub Khan']);
  });

  it('reads a one-word "person" no one in the article is named by as the well-known company it is the short name of ("Lilly\'s lepodisiran")', () => {
    const doc = docWith("Lilly's lepodisiran cut levels. Harrison Ford watched; Ford said so. Mr Lilly agreed.", [
      ['Lilly', 'PERSON'], ['Harrison Ford', 'PERSON'], ['Ford', 'PERSON'], ['Mr Lilly', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => [m.type, m.canonicalName])).toEqual([
      ['ORG', 'Eli Lilly'], ['PERSON', 'Harrison Ford'], ['PERSON', 'Harrison Ford'], ['PERSON', 'Lilly'],
    ]);
  });

  it('links a surname two people share by the pronoun after it ("Oyelaran spent most of her career")', () => {
    const text = 'Margaret Oyelaran, the physicist, has died aged 84. Her death was confirmed by her son, Dr. Tunde Oyelaran. '
      + 'Oyelaran spent most of her career at Oxford. Oyelaran himself was at a loss. Oyelaran said his mother was tireless.';
    const doc = normalised(text);
    expect(doc.mentions.filter((m) => m.text === 'Oyelaran').map((m) => m.canonicalName)).toEqual(['Margaret Oyelaran', 'Tunde Oyelaran', 'Tunde Oyelaran']);
    // A pronoun after another name is that one's: "Marsh married Hyacinth Bailey; she died in 2015" says nothing of Marsh.
    const wife = 'Lorna Marsh spoke first. Delroy Marsh, the singer, has died. Marsh married Hyacinth Bailey in 1967; she died in 2015.';
    const married = normalised(wife);
    expect(married.mentions.find((m) => m.text === 'Marsh')?.canonicalName).toBe('Delroy Marsh');
  });

  it('gives a company with ".com" or a last "Platforms" the id of its short name, but not a group', () => {
    expect(entityId('ORG', 'Amazon.com Inc.')).toBe(entityId('ORG', 'Amazon'));
    expect(entityId('ORG', 'Meta Platforms')).toBe(entityId('ORG', 'Meta'));
    expect(entityId('ORG', 'Meta Group')).not.toBe(entityId('ORG', 'Meta'));
  });

  it('links a company’s first word written after its full name, unless the word is an organisation of its own or comes first', () => {
    const doc = docWith('Cairn Energy fell. Cairn said sales rose. Google Cloud grew and Google said so. Sequoia led; Sequoia Capital invested.', [
      ['Cairn Energy', 'ORG'], ['Cairn', 'ORG'], ['Google Cloud', 'ORG'], ['Google', 'ORG'], ['Sequoia', 'ORG'], ['Sequoia Capital', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Cairn Energy', 'Cairn Energy', 'Google Cloud', 'Google', 'Sequoia', 'Sequoia Capital']);
  });

  it('never merges Khamenei with Khomeini', () => {
    const doc = docWith('Ali Khamenei and Ayatollah Khomeini. Khomeini died.', [['Ali Khamenei', 'PERSON'], ['Khomeini', 'PERSON'], ['Khomeini', 'PERSON']]);
    expect(doc.mentions[1].entityId).not.toBe(doc.mentions[0].entityId);
    expect(doc.mentions[1].entityId).toBe(doc.mentions[2].entityId);
  });

  it('resolves a surname shared by two people named in full to the one named nearest before it', () => {
    const doc = docWith('Hillary Clinton met Bill Clinton. Clinton left. Hillary Clinton stayed; Clinton spoke.', [
      ['Hillary Clinton', 'PERSON'], ['Bill Clinton', 'PERSON'], ['Clinton', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Clinton', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Hillary Clinton', 'Bill Clinton', 'Bill Clinton', 'Hillary Clinton', 'Hillary Clinton']);
  });

  it('links a nickname given after "known as" to the person, everywhere in the article', () => {
    const doc = docWith('Mohamed Hamdan Dagalo, known as Hemedti, spoke. Later Hemedti left.', [
      ['Mohamed Hamdan Dagalo', 'PERSON'], ['Hemedti', 'PERSON'], ['Hemedti', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Mohamed Hamdan Dagalo', 'Mohamed Hamdan Dagalo', 'Mohamed Hamdan Dagalo']);
    // In a relative clause too ("who was known as").
    const zeke = docWith('Ezekiel Slone Jr., who was known as Zeke, ran the mill. Zeke retired.', [
      ['Ezekiel Slone Jr.', 'PERSON'], ['Zeke', 'PERSON'], ['Zeke', 'PERSON'],
    ]);
    expect(zeke.mentions.map((m) => m.canonicalName)).toEqual(['Ezekiel Slone Jr.', 'Ezekiel Slone Jr.', 'Ezekiel Slone Jr.']);
  });

  it('links no one-word name through the father\'s name after "bin" ("King Salman" is not Mohammed bin Salman)', () => {
    const doc = docWith('Crown Prince Mohammed bin Salman spoke. The council, chaired by King Salman, agreed. Salman left. Bin Salman stayed.', [
      ['Mohammed bin Salman', 'PERSON'], ['King Salman', 'PERSON'], ['Salman', 'PERSON'], ['Bin Salman', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Mohammed bin Salman', 'Salman', 'Salman', 'Mohammed bin Salman']);
    // A surname after "Ben" as a first name still links ("Stokes" of "Ben Stokes").
    const ben = docWith('Ben Stokes batted. Stokes scored.', [['Ben Stokes', 'PERSON'], ['Stokes', 'PERSON']]);
    expect(ben.mentions[1].canonicalName).toBe('Ben Stokes');
  });

  it('links a titled first name to the full name written with the same title, and a nickname given for it', () => {
    const text = 'Saudi Crown Prince Mohammed bin Salman will visit. Prince Mohammed, often known by his initials MBS, has pledged to invest. '
      + 'Prince Charles and Charles Kennedy met. Later MBS spoke.';
    const doc = normalised(text);
    const canon = (surface: string) => doc.mentions.filter((m) => m.text === surface).map((m) => m.canonicalName);
    expect(canon('Mohammed')).toEqual(['Mohammed bin Salman']);
    expect(canon('MBS')).toEqual(['Mohammed bin Salman', 'Mohammed bin Salman']);
    // Not across titles: "Prince Charles" is not Charles Kennedy.
    expect(canon('Charles')).not.toContain('Charles Kennedy');
  });

  it('never merges "Mrs Howard" with Michael Howard when the article also has a "Mr Howard"', () => {
    const doc = docWith('Mrs Howard gets a role. Michael Howard spoke. Mr Howard said yes. Mrs Howard said no.', [
      ['Mrs Howard', 'PERSON'], ['Michael Howard', 'PERSON'], ['Mr Howard', 'PERSON'], ['Mrs Howard', 'PERSON'],
    ]);
    // "Michael" is a man's name: Mr Howard is him, Mrs Howard a person of her own.
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Mrs Howard', 'Michael Howard', 'Michael Howard', 'Mrs Howard']);
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(2);
    // A full name that says nothing of its bearer's sex: neither short form links to it.
    const unknown = docWith('Mrs Kowalczyk gets a role. Robin Kowalczyk spoke. Mr Kowalczyk said yes.', [
      ['Mrs Kowalczyk', 'PERSON'], ['Robin Kowalczyk', 'PERSON'], ['Mr Kowalczyk', 'PERSON'],
    ]);
    expect(unknown.mentions.map((m) => m.canonicalName)).toEqual(['Mrs Kowalczyk', 'Robin Kowalczyk', 'Mr Kowalczyk']);
    // With one title only, the surname links as before.
    const one = docWith('Margaret Beckett spoke. Mrs Beckett said no.', [['Margaret Beckett', 'PERSON'], ['Mrs Beckett', 'PERSON']]);
    expect(one.mentions.map((m) => m.canonicalName)).toEqual(['Margaret Beckett', 'Margaret Beckett']);
  });

  it('never merges two people both named in full, however alike', () => {
    const doc = docWith('Kim Jong-il and Kim Jong-un met Kim Yo-jong.', [['Kim Jong-il', 'PERSON'], ['Kim Jong-un', 'PERSON'], ['Kim Yo-jong', 'PERSON']]);
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(3);
  });

  it('links a first name, a titled name and a shorter full name to the full name', () => {
    const doc = docWith('George W. Bush spoke. George Bush and President Bush agreed; Hillary Clinton and Hillary left.', [
      ['George W. Bush', 'PERSON'], ['George Bush', 'PERSON'], ['President Bush', 'PERSON'], ['Hillary Clinton', 'PERSON'], ['Hillary', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['George W. Bush', 'George W. Bush', 'George W. Bush', 'Hillary Clinton', 'Hillary Clinton']);
  });

  it('does not take a country for the first name of a person ("Israel" is not Israel Katz)', () => {
    const doc = docWith('Israel Katz spoke. Israel said no.', [['Israel Katz', 'PERSON'], ['Israel', 'PERSON']]);
    expect(doc.mentions[1].canonicalName).toBe('Israel');
  });

  it('makes a surname typed as a place or organisation the person named in full', () => {
    const doc = docWith('Tom Cruise arrived. Cruise said so.', [['Tom Cruise', 'PERSON'], ['Cruise', 'ORG']]);
    expect(doc.mentions[1].type).toBe('PERSON');
    expect(doc.mentions[1].entityId).toBe(doc.mentions[0].entityId);
  });

  it('keeps the person Israel Katz apart from the country Israel', () => {
    const doc = docWith('Israel Katz said Israel would act.', [['Israel Katz', 'PERSON'], ['Israel', 'LOC']]);
    expect(doc.mentions[1].canonicalName).toBe('Israel');
    expect(doc.mentions[1].entityId).not.toBe(doc.mentions[0].entityId);
  });

  it('gives an acronym the name it was introduced with', () => {
    const doc = docWith('The International Atomic Energy Agency (IAEA) warned. The IAEA said so.', [
      ['International Atomic Energy Agency', 'ORG'], ['IAEA', 'ORG'], ['IAEA', 'ORG'],
    ]);
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(1);
    expect(doc.mentions[2].canonicalName).toBe('International Atomic Energy Agency');
  });

  it('links a well-known company\'s first word written after its full name to it ("Novo" after "Novo Nordisk")', () => {
    const doc = docWith('Novo Nordisk shares fell. Novo said sales would slow, and Real Madrid beat Real Sociedad. Real lost.', [
      ['Novo Nordisk', 'ORG'], ['Novo', 'ORG'], ['Real Madrid', 'ORG'], ['Real Sociedad', 'ORG'], ['Real', 'ORG'],
    ]);
    // ("Real" is the first word of two clubs named: it takes neither.)
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Novo Nordisk', 'Novo Nordisk', 'Real Madrid', 'Real Sociedad', 'Real']);
  });

  it('links a surname to a Hong Kong name that ends in its Chinese given name ("Chan" → Paul Chan Mo-po)', () => {
    const doc = docWith('By Kahon Chan. Financial Secretary Paul Chan Mo-po would speak. Chan said so.', [
      ['Kahon Chan', 'PERSON'], ['Paul Chan Mo-po', 'PERSON'], ['Chan', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Kahon Chan', 'Paul Chan Mo-po', 'Paul Chan Mo-po']);
  });

  it('reads a city with a season\'s record as its team, the one the article names, and keeps the dateline a place', () => {
    const doc = normalised('BOSTON (AP) — Jayson Tatum scored 31 as Boston (12-6) beat the Knicks. The Boston Celtics host Philadelphia next.');
    expect(doc.mentions.filter((m) => /Boston|BOSTON/.test(m.text)).map((m) => `${m.type} ${m.text} ${m.canonicalName}`))
      .toEqual(['LOC BOSTON Boston', 'ORG Boston Boston Celtics', 'ORG Boston Celtics Boston Celtics']);
  });

  it('reads the agency after a dateline\'s country as no acronym of it ("DUBAI, United Arab Emirates (AP) —"), a place\'s own letters as one', () => {
    const doc = docWith('DUBAI, United Arab Emirates (AP) — Rory McIlroy won. AP golf: https://apnews.com/hub/golf. The United Arab Emirates (UAE) hosted it; the UAE paid.', [
      ['DUBAI', 'LOC'], ['United Arab Emirates', 'LOC'], ['AP', 'ORG'], ['Rory McIlroy', 'PERSON'], ['AP', 'ORG'], ['United Arab Emirates', 'LOC'], ['UAE', 'LOC'], ['UAE', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => `${m.type} ${m.canonicalName}`)).toEqual([
      'LOC Dubai', 'LOC United Arab Emirates', 'ORG Associated Press', 'PERSON Rory McIlroy', 'ORG Associated Press',
      'LOC United Arab Emirates', 'LOC United Arab Emirates', 'LOC United Arab Emirates',
    ]);
  });

  it('gives a short name introduced in brackets the long name it shortens, in any case ("Petróleos Mexicanos (Pemex)")', () => {
    const doc = docWith('Petróleos Mexicanos (Pemex) reported a loss. Pemex said output fell. The Bank of Mexico (Banxico) held rates. BANXICO said so.', [
      ['Petróleos Mexicanos', 'ORG'], ['Pemex', 'ORG'], ['Pemex', 'ORG'], ['Bank of Mexico', 'ORG'], ['Banxico', 'ORG'], ['BANXICO', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'Petróleos Mexicanos', 'Petróleos Mexicanos', 'Petróleos Mexicanos', 'Bank of Mexico', 'Bank of Mexico', 'Bank of Mexico',
    ]);
  });

  it('gives an acronym introduced after a comma, as AP writes them, the name before it ("the National Action Party, or PAN")', () => {
    const doc = docWith('Voters backed the National Action Party, or PAN, and the National Electoral Institute, known as INE, counted. PAN won; INE said so.', [
      ['National Action Party', 'ORG'], ['PAN', 'MISC'], ['National Electoral Institute', 'ORG'], ['INE', 'ORG'], ['PAN', 'MISC'], ['INE', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'National Action Party', 'National Action Party', 'National Electoral Institute', 'National Electoral Institute', 'National Action Party',
      'National Electoral Institute',
    ]);
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(2);
    // The party stays an organisation, though "PAN" was twice a MISC: with an acronym, MISC counts half.
    expect(doc.mentions[0].type).toBe('ORG');
    // The party stays an organisation, though "PAN" was twice a MISC.
    expect(doc.mentions[0].type).toBe('ORG');
  });

  it('links no bracketed name that does not shorten the name before it (a club after an athlete, a place)', () => {
    const doc = docWith('B Challenger (Belgrave Harriers) won. Belgrave Harriers celebrated. Universidad Nacional (Mexico) said so.', [
      ['B Challenger', 'ORG'], ['Belgrave Harriers', 'ORG'], ['Belgrave Harriers', 'ORG'], ['Universidad Nacional', 'ORG'], ['Mexico', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['B Challenger', 'Belgrave Harriers', 'Belgrave Harriers', 'Universidad Nacional', 'Mexico']);
  });

  it('links a pollster to its name ending in "Research", and an acronym that leaves out a place\'s letters ("RFS")', () => {
    const doc = docWith('Opinium Research polled 2,050 adults. Opinium said so. The NSW Rural Fire Service warned residents. The RFS said it was too late.', [
      ['Opinium Research', 'ORG'], ['Opinium', 'ORG'], ['NSW Rural Fire Service', 'ORG'], ['RFS', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Opinium Research', 'Opinium Research', 'NSW Rural Fire Service', 'NSW Rural Fire Service']);
  });

  it('links a company\'s first word to its name ending in "AI" or "Labs" ("Mistral" → Mistral AI)', () => {
    const doc = docWith('Mistral AI raised money. Mistral said it would buy chips.', [['Mistral AI', 'ORG'], ['Mistral', 'ORG']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Mistral AI', 'Mistral AI']);
  });

  it('gives a person\'s initials the person named in full, when nothing else has them ("SRK")', () => {
    const doc = docWith('Shah Rukh Khan turned 61. Fans gathered outside the home of SRK. The BBC reported.', [
      ['Shah Rukh Khan', 'PERSON'], ['SRK', 'ORG'], ['BBC', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => [m.type, m.canonicalName])).toEqual([['PERSON', 'Shah Rukh Khan'], ['PERSON', 'Shah Rukh Khan'], ['ORG', 'BBC']]);
  });

  it('takes for "the Bank" the one name it begins before "of", among several it is part of', () => {
    const doc = docWith('The Bank of England cut rates; Deutsche Bank and the European Central Bank held. It was the Bank\'s fourth cut.', [
      ['Bank of England', 'ORG'], ['Deutsche Bank', 'ORG'], ['European Central Bank', 'ORG'], ['Bank', 'ORG'],
    ]);
    expect(doc.mentions[3].canonicalName).toBe('Bank of England');
  });

  it('takes no company\'s generic last word alone for its short form ("Electronics" is not "Tata Electronics")', () => {
    const doc = docWith('Tata Electronics will build it. The Minister for Electronics and IT said so.', [['Tata Electronics', 'ORG'], ['Electronics', 'ORG']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Tata Electronics', 'Electronics']);
  });

  it('links a company named without its "Industries" to the one full name ("HD Hyundai Heavy")', () => {
    const doc = docWith('HD Hyundai Heavy Industries won the order. Shares of HD Hyundai Heavy gained 4.1%.', [['HD Hyundai Heavy Industries', 'ORG'], ['HD Hyundai Heavy', 'ORG']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['HD Hyundai Heavy Industries', 'HD Hyundai Heavy Industries']);
  });

  it('links an acronym made with the letters of the small words too ("ECOWAS", "BOA")', () => {
    const doc = docWith('Regional bloc ECOWAS praised the reforms, and the Economic Community of West African States said more. Bank of America agreed; BOA shares rose.', [
      ['ECOWAS', 'ORG'], ['Economic Community of West African States', 'ORG'], ['Bank of America', 'ORG'], ['BOA', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'Economic Community of West African States', 'Economic Community of West African States', 'Bank of America', 'Bank of America',
    ]);
  });

  it('gives an acronym typed otherwise the type and name of the one name it spells', () => {
    const doc = docWith('The Football Association will look at it. We shall present it to the FA and see.', [
      ['Football Association', 'ORG'], ['FA', 'MISC'],
    ]);
    expect(doc.mentions.map((m) => [m.type, m.canonicalName])).toEqual([['ORG', 'Football Association'], ['ORG', 'Football Association']]);
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(1);
    // Two names of other types spell it: no guess.
    const two = docWith('The Football Association met the Fulham Academy. The FA said no.', [
      ['Football Association', 'ORG'], ['Fulham Academy', 'LOC'], ['FA', 'MISC'],
    ]);
    expect(two.mentions[2].type).toBe('MISC');
    expect(two.mentions[2].canonicalName).toBe('FA');
    // A name the gazetteer knows keeps its reading.
    const known = docWith('The University of Sydney said the US would act.', [['University of Sydney', 'ORG'], ['US', 'LOC']]);
    expect(known.mentions[1].type).toBe('LOC');
    expect(known.mentions[1].canonicalName).toBe('United States');
  });

  it('links a part of an organisation name to the whole name written in the article', () => {
    const doc = docWith('The Supreme Court of Cassation ruled. The Supreme Court said the Court was right. The Labour Party and Labour.', [
      ['Supreme Court of Cassation', 'ORG'], ['Supreme Court', 'ORG'], ['Court', 'ORG'], ['Labour Party', 'ORG'], ['Labour', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'Supreme Court of Cassation', 'Supreme Court of Cassation', 'Supreme Court of Cassation', 'Labour Party', 'Labour Party',
    ]);
  });

  it('links the end of a place name to the whole, unless it is a country of its own', () => {
    const doc = docWith('South Korea won; Korea led. South Sudan and Sudan met.', [['South Korea', 'LOC'], ['Korea', 'LOC'], ['South Sudan', 'LOC'], ['Sudan', 'LOC']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['South Korea', 'South Korea', 'South Sudan', 'Sudan']);
  });

  it('keeps a name the words around it typed a business, beside a person of that surname the tagger made of it', () => {
    const doc = normalised("Building products group James Hardie has agreed to pay $1.1bn to victims. James Hardie chairwoman Meredith Hellicar said the deal was fair. The deal still needs the approval of Hardie's shareholders. Hardie makes 80% of its revenue in the US.");
    expect(doc.mentions.filter((m) => m.text === 'Hardie').map((m) => `${m.type} ${m.canonicalName}`)).toEqual(['ORG James Hardie', 'ORG James Hardie']);
  });

  it('takes no seat the words around it made a place for the long form of its last word ("Conwy")', () => {
    const doc = docWithMentions('As MP for Meirionnydd Nant Conwy, Mr Llwyd wants answers. Lord Roberts of Conwy denied it.', [
      ['Meirionnydd Nant Conwy', 'LOC'], ['Llwyd', 'PERSON'], ['Roberts', 'PERSON'], ['Conwy', 'LOC'],
    ]);
    // (The entities stage typed the seat by the title before it.)
    doc.mentions[0].source = 'context';
    expect(normaliseDoc(doc).mentions.filter((m) => m.type === 'LOC').map((m) => m.canonicalName)).toEqual(['Meirionnydd Nant Conwy', 'Conwy']);
  });

  it('keeps a region apart from the part of it a compass word names, unless that part is a country', () => {
    const doc = docWith('Fighting shifts to Kordofan. The army holds North Kordofan state. Darfur and West Darfur fell.', [
      ['Kordofan', 'LOC'], ['North Kordofan', 'LOC'], ['Darfur', 'LOC'], ['West Darfur', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Kordofan', 'North Kordofan', 'Darfur', 'West Darfur']);
  });

  it('gives one id to a name the tagger typed two ways in one article', () => {
    const doc = docWith('Scientology grew. Scientology sued. Scientology won.', [['Scientology', 'ORG'], ['Scientology', 'MISC'], ['Scientology', 'ORG']]);
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(1);
    expect(doc.mentions[1].type).toBe('ORG');
  });

  it('keeps the name a role mention came with, and gives it an id from that name', () => {
    const doc = newDoc({ id: 'd', sourcePath: 'd.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text: 'Iran’s president said no. Hassan Rouhani agreed.' });
    doc.mentions.push(
      { start: 0, end: 16, text: 'Iran’s president', type: 'PERSON', sentenceIndex: 0, title: null, canonicalName: 'President of Iran', entityId: null, source: 'role' },
      { start: 27, end: 41, text: 'Hassan Rouhani', type: 'PERSON', sentenceIndex: 1, title: null, canonicalName: null, entityId: null, source: 'test' },
    );
    normaliseDoc(doc);
    expect(doc.mentions[0].canonicalName).toBe('President of Iran');
    expect(doc.mentions[0].entityId).toBe(entityId('PERSON', 'President of Iran'));
    expect(doc.mentions[1].canonicalName).toBe('Hassan Rouhani');
  });
});

describe('normalise across articles', () => {
  const idOf = (text: string, type: EntityType, span = text) => docWith(text, [[span, type]]).mentions[0].entityId;

  it('gives a well-known acronym the id of its full name in an article that never expands it', () => {
    expect(idOf('The IAEA said.', 'ORG', 'IAEA')).toBe(idOf('The International Atomic Energy Agency said.', 'ORG', 'International Atomic Energy Agency'));
    expect(idOf('Nato met.', 'ORG', 'Nato')).toBe(idOf('NATO met.', 'ORG', 'NATO'));
    expect(idOf('The U.N. met.', 'ORG', 'U.N.')).toBe(idOf('The United Nations met.', 'ORG', 'United Nations'));
    expect(idOf('The EU met.', 'ORG', 'EU')).toBe(entityId('ORG', 'European Union'));
  });

  it('gives "the Lords", "the Commons" and European parties\' letters the id of their full names', () => {
    expect(idOf('A defeat in the Lords.', 'ORG', 'Lords')).toBe(entityId('ORG', 'House of Lords'));
    expect(idOf('He told the Commons.', 'ORG', 'Commons')).toBe(entityId('ORG', 'House of Commons'));
    expect(idOf('The AfD rose.', 'ORG', 'AfD')).toBe(entityId('ORG', 'Alternative for Germany'));
    expect(idOf('PiS lost.', 'ORG', 'PiS')).toBe(entityId('ORG', 'Law and Justice'));
    expect(idOf('The CSU agreed.', 'ORG', 'CSU')).toBe(entityId('ORG', 'Christian Social Union'));
  });

  it('gives every name of a country the id of its common name', () => {
    const us = entityId('LOC', 'United States');
    for (const name of ['US', 'U.S.', 'USA', 'America', 'United States of America', 'UNITED STATES']) expect(idOf(`In ${name}.`, 'LOC', name), name).toBe(us);
    expect(idOf('In Britain.', 'LOC', 'Britain')).toBe(entityId('LOC', 'United Kingdom'));
    expect(idOf('In England.', 'LOC', 'England')).not.toBe(entityId('LOC', 'United Kingdom'));
  });

  it('makes a country named as a team or a government a place, in the inverted form sports bodies use too', () => {
    const doc = docWith('Korea Republic beat Belgium. South Korea won.', [['Korea Republic', 'ORG'], ['Belgium', 'ORG'], ['South Korea', 'LOC']]);
    expect(doc.mentions.map((m) => m.type)).toEqual(['LOC', 'LOC', 'LOC']);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['South Korea', 'Belgium', 'South Korea']);
    expect(doc.mentions[0].entityId).toBe(doc.mentions[2].entityId);
  });

  it('leaves a people and a common word that spell a country alone', () => {
    const doc = docWith('Thai food on the Island.', [['Thai', 'MISC'], ['Island', 'ORG']]);
    expect(doc.mentions.map((m) => m.type)).toEqual(['MISC', 'ORG']);
  });

  it('links an acronym to the name in brackets after it, with one type for both', () => {
    const doc = docWith('The head of CEI (Italian Episcopal Conference) spoke. CEI said no.', [
      ['CEI', 'ORG'], ['Italian Episcopal Conference', 'EVENT'], ['CEI', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(Array(3).fill('Italian Episcopal Conference'));
    expect(new Set(doc.mentions.map((m) => m.entityId)).size).toBe(1);
    expect(doc.mentions[1].type).toBe('ORG');
  });

  it('reads "the Belgians" in a match report as the team of Belgium, and elsewhere as the people', () => {
    const report = 'Belgium beat Panama in the World Cup match. Mertens scored, putting the Belgians in the lead.';
    const sport = docWith(report, [['Belgium', 'LOC'], ['Panama', 'LOC'], ['Belgians', 'NORP']]);
    expect(sport.mentions[2].type).toBe('LOC');
    expect(sport.mentions[2].entityId).toBe(sport.mentions[0].entityId);
    const politics = docWith('Belgium held an election. The Belgians voted on Sunday.', [['Belgium', 'LOC'], ['Belgians', 'NORP']]);
    expect(politics.mentions[1].type).toBe('NORP');
  });

  it('links a short form before a publication or airline word to the longer name', () => {
    const doc = docWith('Freedom Magazine printed it. Freedom said so. Delta Airlines and Delta.', [
      ['Freedom Magazine', 'ORG'], ['Freedom', 'ORG'], ['Delta Airlines', 'ORG'], ['Delta', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Freedom Magazine', 'Freedom Magazine', 'Delta Airlines', 'Delta Airlines']);
  });

  it('folds case, accents, full stops and a leading "the" out of ids, but not a middle initial', () => {
    expect(entityId('PERSON', 'José Manuel Barroso')).toBe(entityId('PERSON', 'Jose Manuel Barroso'));
    expect(entityId('ORG', 'al-Qaeda')).toBe(entityId('ORG', 'Al Qaeda'));
    expect(entityId('ORG', 'Microsoft Corp')).toBe(entityId('ORG', 'Microsoft'));
    expect(entityId('ORG', 'Johnson & Johnson')).toBe(entityId('ORG', 'Johnson and Johnson'));
    expect(entityId('PERSON', 'George W. Bush')).not.toBe(entityId('PERSON', 'George H. W. Bush'));
  });

  it('derives ids from type and name only, so they are stable across articles and runs', () => {
    expect(entityId('PERSON', 'Ali Khamenei')).toBe(entityId('PERSON', 'ali khamenei'));
    expect(entityId('PERSON', 'Ali Khamenei')).not.toBe(entityId('ORG', 'Ali Khamenei'));
    expect(entityId('LOC', 'Iran')).toMatch(/^loc_[0-9a-f]{16}$/);
  });

  it('leaves values such as dates without an entity id', () => {
    const doc = docWith('On Monday.', [['Monday', 'DATE']]);
    expect(doc.mentions[0].entityId).toBeNull();
  });
});

describe('normalise codes', () => {
  it('gives a country its ISO code, a city its GeoNames id and country, a people its country', () => {
    const doc = docWith('Iran and Tehran; Iranian and Israelis; England; the Middle East.', [
      ['Iran', 'LOC'], ['Tehran', 'LOC'], ['Iranian', 'NORP'], ['Israelis', 'NORP'], ['England', 'LOC'], ['Middle East', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => [m.code, m.countryCode])).toEqual([
      ['IR', 'IR'], ['112931', 'IR'], [null, 'IR'], [null, 'IL'], [null, 'GB'], [null, null],
    ]);
    expect(doc.mentions[3].canonicalName).toBe('Israeli');
  });

  it('gives a city written in English the city the list holds under its own name ("Geneva" is not the Illinois town)', () => {
    const doc = docWith('Talks in Geneva, Cologne and Frankfurt.', [['Geneva', 'LOC'], ['Cologne', 'LOC'], ['Frankfurt', 'LOC']]);
    expect(doc.mentions.map((m) => m.countryCode)).toEqual(['CH', 'DE', 'DE']);
  });

  it('gives a people shared by a country and a territory the country ("American" is the US, "Dutch" the Netherlands)', () => {
    const doc = docWith('American and Dutch officials met Americans.', [['American', 'NORP'], ['Dutch', 'NORP'], ['Americans', 'NORP']]);
    expect(doc.mentions.map((m) => m.countryCode)).toEqual(['US', 'NL', 'US']);
  });

  it('gives the country of a people named by a noun of its own ("Spaniard", "Briton", "Dutchman", "Saudi")', () => {
    const doc = docWith('The Spaniard beat a Briton and a Dutchman while a Saudi watched.', [['Spaniard', 'NORP'], ['Briton', 'NORP'], ['Dutchman', 'NORP'], ['Saudi', 'NORP']]);
    expect(doc.mentions.map((m) => m.countryCode)).toEqual(['ES', 'GB', 'NL', 'SA']);
  });

  it('places a city written with its state after a comma in that state’s country ("ALEXANDRIA, Va." is not in Egypt)', () => {
    const doc = docWith('ALEXANDRIA, Va. (Reuters) - A judge ruled. Cairo and Alexandria were calm.', [['ALEXANDRIA', 'LOC'], ['Va.', 'LOC'], ['Cairo', 'LOC'], ['Alexandria', 'LOC']]);
    expect(doc.mentions.map((m) => [m.canonicalName, m.countryCode])).toEqual([['Alexandria', 'US'], ['Virginia', 'US'], ['Cairo', 'EG'], ['Alexandria', 'EG']]);
    // A list of places, and a region that opens the next clause, say nothing of where the city lies.
    const list = docWith('Road shows in Toronto, South Korea and Madrid. In Paris, Ireland face France.', [['Toronto', 'LOC'], ['South Korea', 'LOC'], ['Madrid', 'LOC'], ['Paris', 'LOC'], ['Ireland', 'LOC'], ['France', 'LOC']]);
    expect(list.mentions.map((m) => m.countryCode)).toEqual(['CA', 'KR', 'ES', 'FR', 'IE', 'FR']);
    // A list of people after the region is no list of places.
    const credit = docWith('Danica Coto in San Juan, Puerto Rico, and Andrea Rodríguez in Havana contributed.', [
      ['Danica Coto', 'PERSON'], ['San Juan', 'LOC'], ['Puerto Rico', 'LOC'], ['Andrea Rodríguez', 'PERSON'], ['Havana', 'LOC'],
    ]);
    expect(credit.mentions.map((m) => m.countryCode)).toEqual([null, 'PR', 'PR', null, 'CU']);
  });

  it('gives a US city followed by its state the namesake in that state ("Lakewood, Ohio", not Colorado\'s; probe LO)', () => {
    const doc = docWith('LAKEWOOD, Ohio — Voters met. A man from Dublin, Ohio, grew up in Paris, Tex., and in Alexandria, Va.', [
      ['LAKEWOOD', 'LOC'], ['Ohio', 'LOC'], ['Dublin', 'LOC'], ['Ohio', 'LOC'], ['Paris', 'LOC'], ['Tex.', 'LOC'], ['Alexandria', 'LOC'], ['Va', 'LOC'],
    ]);
    const city = (name: string) => doc.mentions.find((m) => m.text === name);
    // GeoNames ids: Lakewood OH 5160315, Dublin OH 5152333, Paris TX 4717560, Alexandria VA 4744091.
    expect(['LAKEWOOD', 'Dublin', 'Paris', 'Alexandria'].map((n) => [city(n)?.code, city(n)?.countryCode])).toEqual([
      ['5160315', 'US'], ['5152333', 'US'], ['4717560', 'US'], ['4744091', 'US'],
    ]);
  });

  it('names a US story\'s places before "County" or a list\'s "counties" as the counties, not the cities (probe LO)', () => {
    const doc = docWith('DETROIT, Mich. — An advisory covers Oakland, Macomb, Wayne and Livingston counties and northern Oakland County. Snow fell in Lansing.', [
      ['DETROIT', 'LOC'], ['Mich.', 'LOC'], ['Oakland', 'LOC'], ['Macomb', 'LOC'], ['Wayne', 'LOC'], ['Livingston', 'LOC'], ['Oakland', 'LOC'], ['Lansing', 'LOC'],
    ]);
    expect(doc.mentions.slice(2).map((m) => [m.canonicalName, m.code, m.countryCode])).toEqual([
      ['Oakland County', null, 'US'], ['Macomb County', null, 'US'], ['Wayne County', null, 'US'], ['Livingston County', null, 'US'],
      ['Oakland County', null, 'US'], ['Lansing', expect.any(String), 'US'],
    ]);
    expect(doc.mentions[2].entityId).toBe(doc.mentions[6].entityId);
    // In a story from elsewhere, a club named after its town keeps the town ("Derby County").
    const club = docWith('Derby County beat Leeds in Derby.', [['Derby', 'LOC'], ['Leeds', 'LOC'], ['Derby', 'LOC']]);
    expect(club.mentions.map((m) => m.canonicalName)).toEqual(['Derby', 'Leeds', 'Derby']);
  });

  it('reads a city named like another state, with its state after it, as the city ("DELAWARE, Ohio"; probe LO)', () => {
    const doc = docWith('DELAWARE, Ohio - Voters met in Delaware. Storms hit Michigan, Ohio, and Indiana.', [
      ['DELAWARE', 'LOC'], ['Ohio', 'LOC'], ['Delaware', 'LOC'], ['Michigan', 'LOC'], ['Ohio', 'LOC'], ['Indiana', 'LOC'],
    ]);
    // GeoNames: Delaware, Ohio 5151891; a list of states stays states.
    expect(doc.mentions.map((m) => [m.text, m.code, m.countryCode])).toEqual([
      ['DELAWARE', '5151891', 'US'], ['Ohio', null, 'US'], ['Delaware', null, 'US'], ['Michigan', null, 'US'], ['Ohio', null, 'US'], ['Indiana', null, 'US'],
    ]);
  });

  it('reads a state\'s postal code after a town, before a ZIP code or a dateline\'s dash, as the state ("Munhall, PA 15120"; probe LO)', () => {
    const doc = docWith('ROYAL OAK, MI — A bakery opened. Gifts to P.O. Box 244, Munhall, PA 15120. The PA system failed.', [
      ['ROYAL OAK', 'LOC'], ['MI', 'LOC'], ['Munhall', 'LOC'], ['PA', 'LOC'], ['PA', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => [m.text, m.canonicalName, m.countryCode])).toEqual([
      ['ROYAL OAK', 'Royal Oak', 'US'], ['MI', 'Michigan', 'US'], ['Munhall', 'Munhall', null], ['PA', 'Pennsylvania', 'US'], ['PA', 'PA', null],
    ]);
    // Royal Oak, Michigan (GeoNames 5007804).
    expect(doc.mentions[0].code).toBe('5007804');
  });

  it('reads "Ga." as the US state and gives the spellings agencies use their city ("Zaporizhzhia", "Khan Younis")', () => {
    const doc = docWith('MACON, Ga. — Voters met. Drones hit Zaporizhzhia and Khan Younis.', [['MACON', 'LOC'], ['Ga.', 'LOC'], ['Zaporizhzhia', 'LOC'], ['Khan Younis', 'LOC']]);
    expect(doc.mentions.map((m) => [m.canonicalName, m.code, m.countryCode])).toEqual([
      ['Macon', '4207400', 'US'], ['Georgia (US state)', null, 'US'], ['Zaporizhzhia', '687700', 'UA'], ['Khan Younis', '281124', 'PS'],
    ]);
  });

  it('gives a state named like a smaller city the state, and keeps "the House" apart from "the White House"', () => {
    const doc = docWith('Voters in Wyoming and Oregon. The House voted, and the White House welcomed it.', [['Wyoming', 'LOC'], ['Oregon', 'LOC'], ['House', 'ORG'], ['White House', 'ORG']]);
    expect(doc.mentions.map((m) => [m.canonicalName, m.code])).toEqual([['Wyoming', null], ['Oregon', null], ['House', null], ['White House', null]]);
    expect(doc.mentions.map((m) => m.countryCode)).toEqual(['US', 'US', null, null]);
  });

  it('names a known place from a dateline in capitals as running text does, with the same id', () => {
    const doc = docWith('LONDON, RIO DE JANEIRO - London and XYZZY.', [['LONDON', 'LOC'], ['RIO DE JANEIRO', 'LOC'], ['London', 'LOC'], ['XYZZY', 'LOC']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['London', 'Rio de Janeiro', 'London', 'XYZZY']);
    expect(doc.mentions[0].entityId).toBe(doc.mentions[2].entityId);
    expect(doc.mentions[0].code).toBe('2643743');
  });

  it('keeps a metonym such as Tehran a place of its own', () => {
    const doc = docWith('Tehran said Iran would not bow.', [['Tehran', 'LOC'], ['Iran', 'LOC']]);
    expect(doc.mentions[0].entityId).not.toBe(doc.mentions[1].entityId);
  });
});

describe('tidy', () => {
  it('straightens quotes, dashes and spaces and drops a possessive', () => {
    expect(tidy('Iran’s')).toBe('Iran');
    expect(tidy('Hamas\u2013orchestrated')).toBe('Hamas-orchestrated');
    expect(tidy('  New\u00a0 York ')).toBe('New York');
    expect(tidy('the United Nations')).toBe('United Nations');
    expect(tidy('The Hague')).toBe('The Hague');
  });
});

describe('normalise titles', () => {
  it('does not link a titled first name to someone else ("Prince Charles" is not Charles Kennedy)', () => {
    const text = 'Charles Kennedy spoke. Prince Charles left.';
    const doc = newDoc({ id: 'd', sourcePath: 'd.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text });
    doc.mentions.push(
      { start: 0, end: 15, text: 'Charles Kennedy', type: 'PERSON', sentenceIndex: 0, title: null, canonicalName: null, entityId: null, source: 'test' },
      { start: 30, end: 37, text: 'Charles', type: 'PERSON', sentenceIndex: 1, title: 'Prince', canonicalName: null, entityId: null, source: 'test' },
    );
    normaliseDoc(doc);
    expect(doc.mentions[1].canonicalName).toBe('Charles');
  });

  it('links a knighted first name ("Sir Alex") to the person named in full', () => {
    const doc = docWith('Alex Ferguson spoke. Sir Alex left.', [['Alex Ferguson', 'PERSON'], ['Sir Alex', 'PERSON']]);
    expect(doc.mentions[1].canonicalName).toBe('Alex Ferguson');
  });

  it('gives no entity to a title cut off from its name', () => {
    const doc = docWith('Mr Mittal spoke.', [['Mr', 'PERSON'], ['Mittal', 'PERSON']]);
    expect(doc.mentions[0].entityId).toBeNull();
    expect(doc.mentions[1].canonicalName).toBe('Mittal');
  });

  it('keeps a surname that is also a title ("Mr King" is Mervyn King)', () => {
    const doc = docWith('Mervyn King spoke. King left.', [['Mervyn King', 'PERSON'], ['King', 'PERSON']]);
    expect(doc.mentions[1].canonicalName).toBe('Mervyn King');
  });
});

describe('dates placed by the tense of their clause', () => {
  /** The normalised DATE/TIME values of a text published on `publishedAt`, as [text, value] pairs. */
  function dates(text: string, publishedAt: string): Array<[string, string | null]> {
    const meta = { ...emptyMeta(), publishedAt };
    const doc = normalised(text, meta);
    return doc.mentions.filter((m) => m.type === 'DATE' || m.type === 'TIME').map((m) => [m.text, m.normalized ?? null]);
  }

  it('puts a month or day of a past clause before the publication date and of a future clause after it', () => {
    // Published on Wednesday 11 February 2026.
    const at = '2026-02-11T09:00:00.000Z';
    expect(dates('A jury convicted Feld in October on seven counts.', at)).toEqual([['October', '2025-10']]);
    expect(dates('She is scheduled to be sentenced in April.', at)).toEqual([['April', '2026-04']]);
    expect(dates('The drug was approved in December.', at)).toEqual([['December', '2025-12']]);
    expect(dates('The summit postponed the signing until January.', at)).toEqual([['January', '2027-01']]);
    expect(dates('The dividend is payable on Nov. 13.', at)).toEqual([['Nov. 13', '2026-11-13']]);
    expect(dates('Lee Jae-myung said on Friday that talks would go on.', at)).toEqual([['Friday', '2026-02-06']]);
    expect(dates('The ministers will meet on Friday.', at)).toEqual([['Friday', '2026-02-13']]);
    expect(dates('As of this morning the count went on; this afternoon the board met.', at)).toEqual([['this morning', '2026-02-11'], ['this afternoon', '2026-02-11']]);
    // A participle after "be" is no past verb: the auxiliary before it tells ("will be held", "had been held").
    expect(dates('The summit will be held in Belém on 12 March, officials said.', at)).toEqual([['12 March', '2026-03-12']]);
    expect(dates('The meeting had been held on 3 February.', at)).toEqual([['3 February', '2026-02-03']]);
    expect(dates('The film is released in UK cinemas on 20 February.', at)).toEqual([['20 February', '2026-02-20']]);
    // Names ending in -ed are no past verbs.
    expect(dates('Mohammed bin Salman is expected to meet Governor Arif Mohammed Khan on Saturday.', at)).toEqual([['Saturday', '2026-02-14']]);
  });

  it('reads deadlines, "likely to", an adjective after "will" and a later clause without misplacing the date', () => {
    const november = '2026-11-25T09:00:00.000Z';
    // A deadline after a past verb is the one near the publication date, here ahead of it.
    expect(dates('The court gave the government until Jan. 8 to file a plan.', november)).toEqual([['Jan. 8', '2027-01-08']]);
    // A clause after ", and" does not give its tense to the dates before it.
    expect(dates('Authorities will run a cleanup drive in the two city corporations of the capital from Dec. 1 to Dec. 10, and have asked residents to help.', november))
      .toEqual([['Dec. 1', '2026-12-01'], ['Dec. 10', '2026-12-10']]);
    const december = '2026-12-07T09:00:00.000Z';
    expect(dates('Economists said the bank was likely to cut rates again in January.', december)).toEqual([['January', '2027-01']]);
    expect(dates('The ministry will announce detailed rules by February.', december)).toEqual([['February', '2027-02']]);
    // The month economic figures measure has begun, though the figures are yet to come.
    expect(dates('November inflation data is due on Wednesday.', december)).toEqual([['November', '2026-11'], ['Wednesday', '2026-12-09']]);
  });

  it('reads a date inside what was reported, a deadline or a scheduled event after a past verb, and the week a sentence names', () => {
    // Published on Friday 20 November 2026.
    const at = '2026-11-20T09:00:00.000Z';
    // The reporting verb's tense is not that of the clause it reports; that clause's own verb may come after the date.
    expect(dates('The union said the action, which runs from 30 November to 4 December, would affect 700,000 students.', at))
      .toEqual([['30 November', '2026-11-30'], ['4 December', '2026-12-04']]);
    expect(dates('The WMO said this month that temperatures from January to October were 1.48C above the average.', at))
      .toEqual([['this month', '2026-11'], ['January', '2026-01'], ['October', '2026-10']]);
    expect(dates('The union said on Tuesday that it would strike.', at)).toEqual([['Tuesday', '2026-11-17']]);
    // "died" is a past verb too.
    expect(dates('873 farmers died between January and October.', at)).toEqual([['January', '2026-01'], ['October', '2026-10']]);
    // A deadline after a past verb may still be ahead, past an article ("until the Dec. 9 meeting").
    expect(dates('Deputies had no time to lose before the December recess.', at)).toEqual([['December', '2026-12']]);
    expect(dates('The council deferred a decision until the Dec. 9 meeting.', at)).toEqual([['Dec. 9', '2026-12-09']]);
    // An event named by its date, weeks away, in a past clause; a past event stays in the past.
    expect(dates('Waller said he was open-minded about a December cut.', at)).toEqual([['December', '2026-12']]);
    expect(dates('The party won a landslide in the February election.', at)).toEqual([['February', '2026-02']]);
    // "was due to" speaks of what was ahead then: the nearest such day; "its scheduled close" is no future clause.
    expect(dates('The conference was due to end at 6pm on Friday.', '2026-11-21T09:00:00.000Z')).toEqual([['6pm', 'T18:00'], ['Friday', '2026-11-20']]);
    expect(dates('The summit overran its scheduled close on Friday evening.', '2026-11-21T09:00:00.000Z')).toEqual([['Friday', '2026-11-20']]);
    // A weekday after "next week" or "last week" in its sentence is of that week; not a saying's own day.
    expect(dates('Next week is shortened by the holiday, with markets closed on Thursday and trading ending early on Friday.', at))
      .toEqual([['Next week', '2026-W48'], ['Thursday', '2026-11-26'], ['Friday', '2026-11-27']]);
    expect(dates('Choe is in Moscow next week for talks, the ministry said on Thursday.', at)).toEqual([['next week', '2026-W48'], ['Thursday', '2026-11-19']]);
  });

  it('places the dates of market talk ahead: a rate move or payout to come, what is priced by a month, a listing', () => {
    // A rate cut named before its month, in a past clause, is the coming one (published on Wednesday 28 October 2026).
    expect(dates('Traders trimmed bets on another cut in December.', '2026-10-28T12:00:00.000Z')).toEqual([['December', '2026-12']]);
    expect(dates('"A cut in December is now almost fully priced in," he said.', '2026-11-25T12:00:00.000Z')).toEqual([['December', '2026-12']]);
    // "forecasting" and "pricing" look ahead; "by" a month with no tense is ahead.
    expect(dates('Raja said he expected Bank Rate to end 2027 at 3 per cent, forecasting cuts in February and May.', '2026-11-05T12:00:00.000Z'))
      .toEqual([['2027', '2027'], ['February', '2027-02'], ['May', '2027-05']]);
    expect(dates('Investors are pricing a 30 per cent chance of a cut by March.', '2026-10-29T12:00:00.000Z')).toEqual([['March', '2027-03']]);
    // A figure forecast in a month is past, though the sentence speaks of the future.
    expect(dates('It said the economy would grow by 1.5% this year, up from 1% forecast in March.', '2026-11-26T12:00:00.000Z'))
      .toEqual([['this year', '2026'], ['March', '2026-03']]);
    // A past joined by "and" to a passive of the future is no past (published on Friday 6 November 2026).
    expect(dates('Shares are expected to be allotted on Friday and listed on the exchanges on November 10.', '2026-11-06T12:00:00.000Z'))
      .toEqual([['Friday', '2026-11-06'], ['November 10', '2026-11-10']]);
    // A bare past right after its weekday ("on Friday cut its forecast"), published on Thursday 5 November.
    expect(dates('Rival Honda Motor Co on Friday cut its annual operating profit forecast by 21%.', '2026-11-05T12:00:00.000Z')).toEqual([['Friday', '2026-10-30']]);
    // "ahead of Wednesday's Budget" in a past clause, published on Tuesday 24 November: the coming Wednesday.
    expect(dates("The FTSE 100 was flat ahead of Wednesday's Budget.", '2026-11-24T12:00:00.000Z')).toEqual([['Wednesday', '2026-11-25']]);
    // The figure a change is measured from is past, and a story's "By Monday" opening its clause is no deadline ahead.
    expect(dates('Traders were pricing a 45% probability, down from 70% on Tuesday.', '2026-10-28T12:00:00.000Z')).toEqual([['Tuesday', '2026-10-27']]);
    expect(dates('By Monday it sat near the top of the leaderboards.', '2026-10-28T12:00:00.000Z')).toEqual([['Monday', '2026-10-26']]);
    // A day earlier in the same month as the date before it is in the same year, not eleven months on.
    expect(dates('Nvidia said it would pay its dividend on Dec. 26 to shareholders of record on Dec. 4.', '2026-11-18T12:00:00.000Z'))
      .toEqual([['Dec. 26', '2026-12-26'], ['Dec. 4', '2026-12-04']]);
  });

  it('gives a fiscal period one DATE with no calendar value ("the third quarter of fiscal 2027", "fiscal 2026")', () => {
    const at = '2026-11-18T12:00:00.000Z';
    expect(dates('Revenue in the third quarter of fiscal 2027 rose 62%.', at)).toEqual([['third quarter of fiscal 2027', null]]);
    expect(dates('Sales rose 4.7% in the first half of the fiscal year, and profit in fiscal 2026 fell.', at))
      .toEqual([['first half of the fiscal year', null], ['2026', null]]);
    // A calendar half stays one, and so do the first months of the year.
    expect(dates('Profit rose in the first half of 2026.', at)).toEqual([['first half of 2026', '2026-H1']]);
    expect(dates('The surplus for the first ten months of the year reached $964bn.', at)).toEqual([['first ten months of the year', '2026-01/2026-10']]);
    expect(dates('The economy grew 1.7% in 2004 but slowed in the last three months of the year.', at))
      .toEqual([['2004', '2004'], ['last three months of the year', '2004-10/2004-12']]);
  });

  it('gives a date of the Islamic or Iranian calendar a DATE with no value, and a programme named with a year none', () => {
    const at = '2026-11-26T12:00:00.000Z';
    expect(dates('He spoke on Wednesday (5 Azar 1405) of prices in the Persian month of Aban.', at))
      .toEqual([['Wednesday', '2026-11-25'], ['5 Azar 1405', null], ['Aban', null]]);
    expect(dates('The decree is dated the 14th of Jumada Al Awwal 1448.', at)).toEqual([['14th of Jumada Al Awwal 1448', null]]);
    // Names stay names: "Rajab" with no day, year or "month of".
    expect(dates('Mehr news agency said Rajab Tayyip left.', at)).toEqual([]);
    expect(dates('"We see France as a key partner in Vision 2030," he added, as the AU pursues Agenda 2063.', at)).toEqual([]);
  });

  it('reads a weekday of an attribution as the saying\'s day, and one after a past event as gone by', () => {
    // Published on Tuesday 24 November 2026: "told Reuters on Tuesday" is no day of "next week".
    expect(dates('Negotiators will hold talks in Muscat next week, two sources told Reuters on Tuesday.', '2026-11-24T12:00:00.000Z'))
      .toEqual([['next week', '2026-W49'], ['Tuesday', '2026-11-24']]);
    // Published on Thursday 26 November 2026.
    expect(dates('Pezeshkian struck a different tone in a cabinet meeting on Sunday.', '2026-11-26T12:00:00.000Z')).toEqual([['Sunday', '2026-11-22']]);
  });

  it('gives "the end of the year" the publication year, and no value to a time counted from another ("a year earlier")', () => {
    const at = '2026-11-20T09:00:00.000Z';
    expect(dates('Sales rose from a year earlier and should recover by the end of the year, or the end of the decade.', at))
      .toEqual([['a year earlier', null], ['the end of the year', '2026'], ['the end of the decade', '202']]);
    expect(dates('The line shuts until mid-December.', at)).toEqual([['mid-December', '2026-12']]);
    expect(dates('They signed a five-year deal after a 40-minute meeting.', at)).toEqual([['five-year', 'P5Y'], ['40-minute', 'PT40M']]);
    // The weekend: the coming one in a future clause, the last one in a past clause (published on Tuesday 24 November).
    const tuesday = '2026-11-24T09:00:00.000Z';
    expect(dates('The agency would send 40 experts to the region by the weekend.', tuesday)).toEqual([['the weekend', '2026-11-28/2026-11-29']]);
    expect(dates('The match was played over the weekend.', tuesday)).toEqual([['the weekend', '2026-11-21/2026-11-22']]);
  });

  it('reads two following days of a month as one interval ("12 and 13 June"), not two days apart', () => {
    const at = '2026-11-25T09:00:00.000Z';
    expect(dates('The band plays Glasgow on 12 and 13 December and Leeds on December 19 and 20, and again on 6 and 12 January.', at))
      .toEqual([['12 and 13 December', '2026-12-12/2026-12-13'], ['December 19 and 20', '2026-12-19/2026-12-20'], ['12 January', '2027-01-12']]);
  });

  it('gives a day or month without its year the year of a date written earlier in its sentence', () => {
    const at = '2026-11-25T09:00:00.000Z';
    expect(dates('The band will open in Dublin on 4 June 2027 before playing Cardiff on 8 June and Wembley on 5 July. Tickets go on sale on 28 November.', at))
      .toEqual([['4 June 2027', '2027-06-04'], ['8 June', '2027-06-08'], ['5 July', '2027-07-05'], ['28 November', '2026-11-28']]);
    // Not a weekday or a date placed from the publication date, which also leave the next one its anchor.
    const [, friday, july, december] = dates('It opens on 4 June 2027, plays on Friday, then on 5 July, unlike last December.', at);
    expect(friday[1]?.startsWith('2026-11-')).toBe(true);
    expect([july, december]).toEqual([['5 July', '2027-07-05'], ['last December', '2025-12']]);
  });

  it('reads a range’s end after its start, and a quarter only in a sentence about money or the economy', () => {
    const at = '2025-12-01T09:00:00.000Z';
    expect(dates('OPEC+ agreed to pause increases in output from January to March.', at)).toEqual([['January', '2026-01'], ['March', '2026-03']]);
    expect(dates('The economy grew 0.4% in the third quarter.', at)).toEqual([['third quarter', '2025-Q3']]);
    // A part of a game is no date at all.
    expect(dates('Brown scored 13 of his points in the fourth quarter.', at)).toEqual([]);
    expect(dates('Watkins scored twice early in the second half at Villa Park.', at)).toEqual([]);
    // Nor in a match report's sentence without a word of the game ("The Lakers led by 12 in the third quarter").
    expect(dates('LeBron James had 11 rebounds and 9 assists. The Lakers led by 12 in the third quarter.', at)).toEqual([]);
    expect(dates('Revenue for the fiscal fourth quarter rose 8%.', at)).toEqual([['fourth quarter', null]]);
    expect(dates('The agency expects a decision in the first quarter of 2027.', at)).toEqual([['first quarter of 2027', '2027-Q1']]);
  });

  it('reads a day or month followed by "last year", "of last year" or "next year" in that year, as one date', () => {
    // Published on Wednesday 25 November 2026: without the year words these would be read as 2026's.
    const at = '2026-11-25T09:00:00.000Z';
    expect(dates('The 43-day shutdown ended on Nov. 12 last year.', at)).toEqual([['43-day', 'P43D'], ['Nov. 12 last year', '2025-11-12']]);
    expect(dates('The Fed stopped shrinking its balance sheet on Dec. 1 of last year.', at)).toEqual([['Dec. 1 of last year', '2025-12-01']]);
    expect(dates('The vaccine was approved in late November last year.', at)).toEqual([['late November last year', '2025-11']]);
    expect(dates('The new terminal opens in March next year.', at)).toEqual([['March next year', '2027-03']]);
  });

  it('reads a range of days in one month as one date, an ISO 8601 interval, and a score as no range', () => {
    const at = '2026-12-10T09:00:00.000Z';
    expect(dates('The Fed holds its next meeting on Jan. 26-27.', at)).toEqual([['Jan. 26-27', '2027-01-26/2027-01-27']]);
    expect(dates('The next policy meeting is scheduled for Feb. 3-5, 2027.', at)).toEqual([['Feb. 3-5, 2027', '2027-02-03/2027-02-05']]);
    expect(dates('The Winter Olympics, held from Feb. 6 to 22 this year, drew crowds.', at)).toEqual([['Feb. 6 to 22 this year', '2026-02-06/2026-02-22']]);
    expect(dates('Leaders met on 26-27 October in Rome.', at)).toEqual([['26-27 October', '2026-10-26/2026-10-27']]);
    expect(dates('United lost 3-1 on March 3.', at)).toEqual([['March 3', '2026-03-03']]);
  });

  it('gives a US zone its summer or winter offset by the date of its sentence, else by the publication date', () => {
    const at = '2026-12-07T09:00:00.000Z';
    expect(dates('The Fed announces its decision at 2 p.m. ET.', at)).toEqual([['2 p.m. ET', 'T14:00-05:00']]);
    expect(dates('On July 15, the court sat until 3:30 p.m. ET.', at)).toEqual([['July 15', '2026-07-15'], ['3:30 p.m. ET', 'T15:30-04:00']]);
  });

  it('reads the first or last months of a year as one period, an interval of months', () => {
    const at = '2026-12-07T09:00:00.000Z';
    expect(dates('Exports rose 5.4% in the first 11 months of 2026.', at)).toEqual([['first 11 months of 2026', '2026-01/2026-11']]);
    expect(dates('Cases fell in the first nine months of this year.', at)).toEqual([['first nine months of this year', '2026-01/2026-09']]);
    expect(dates('Sales slowed in the last three months of 2025.', at)).toEqual([['last three months of 2025', '2025-10/2025-12']]);
    expect(dates('Sales slowed in the final few months of 2025.', at)).toEqual([['final few months of 2025', '2025']]);
    expect(dates('The economy grew 0.7% in the first half of 2026.', at)).toEqual([['first half of 2026', '2026-H1']]);
  });

  it('reads no time in a game clock, no duration in an age, and durations in hours and minutes', () => {
    const at = '2025-11-22T09:00:00.000Z';
    expect(dates('Towns picked up his fourth foul with 5:12 left in the half.', at)).toEqual([]);
    expect(dates('I have raced since I was seven years old.', at)).toEqual([]);
    expect(dates('The final lasted 71 minutes.', at)).toEqual([['71 minutes', 'PT71M']]);
  });
});

describe('money in the currencies of recent news', () => {
  it('reads naira, rand, reais, rupiah, shillings and pence with their ISO codes, and no screen resolution', () => {
    const text = 'Petrol rose to ₦1,050 a litre. The summit cost R697 million. Brazil pledged R$ 111 billion. Indonesia set aside Rp 335 trillion. Hong Kong spent HK$5bn. '
      + 'Kenya owes KSh 11.8 trillion. Petrol fell to 132.8p a litre. A 720p screen on the R2 road.';
    const doc = normalised(text);
    expect(doc.mentions.filter((m) => m.type === 'MONEY').map((m) => [m.text, m.amount, m.currency])).toEqual([
      ['₦1,050', 1050, 'NGN'], ['R697 million', 697e6, 'ZAR'], ['R$ 111 billion', 111e9, 'BRL'], ['Rp 335 trillion', 335e12, 'IDR'], ['HK$5bn', 5e9, 'HKD'],
      ['KSh 11.8 trillion', 11.8e12, 'KES'], ['132.8p', 1.328, 'GBP'],
    ]);
  });
});

describe('money in the Indian numbering system', () => {
  it('reads "lakh crore" as 10^12 and Indian digit grouping ("2,42,000"), keeping single scales right', () => {
    const text = 'The RBI said the budget of ₹8.25 lakh crore, or 1.25 lakh crore rupees more than planned, includes Rs 2,42,000 crore for roads and Rs 45,000 crore for ports.';
    const doc = normalised(text);
    expect(doc.mentions.filter((m) => m.type === 'MONEY').map((m) => [m.text, m.amount, m.currency])).toEqual([
      ['₹8.25 lakh crore', 8.25e12, 'INR'], ['1.25 lakh crore rupees', 1.25e12, 'INR'], ['Rs 2,42,000 crore', 2.42e12, 'INR'], ['Rs 45,000 crore', 4.5e11, 'INR'],
    ]);
  });
});

describe('currency words several countries use', () => {
  const moneyOf = (text: string) => normalised(text)
    .mentions.filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

  it('reads pesos and rupees as the currency of the article’s country, from its dateline or its places', () => {
    expect(moneyOf('CEBU, Philippines — The typhoon caused 2.8 billion pesos of damage, officials said.')).toEqual([['2.8 billion pesos', 'PHP']]);
    expect(moneyOf('Farmers in Punjab and Sindh lost crops in Pakistan. Karachi traders put losses at 40 billion rupees.')).toEqual([['40 billion rupees', 'PKR']]);
  });

  it('keeps the usual currency elsewhere, and a bare dollar sign in US dollars', () => {
    expect(moneyOf('MEXICO CITY (Reuters) — Pemex will borrow 760 million pesos.')).toEqual([['760 million pesos', 'MXN']]);
    expect(moneyOf('CEBU, Philippines — The Asian Development Bank lent $500 million.')).toEqual([['$500 million', 'USD']]);
  });
});

describe('basis points and units of more than one word', () => {
  it('reads basis points as a PERCENT in basis points, and keeps a rate or a temperature scale in the unit', () => {
    const text = 'The Fed cut rates by 25 basis points. The storm moved at 25 kilometres per hour as output held at 11.8 million barrels per day and the sea warmed 1.2 degrees Celsius.';
    const doc = normalised(text);
    expect(doc.mentions.filter((m) => m.type === 'PERCENT' || m.type === 'QUANTITY').map((m) => [m.type, m.text, m.amount, m.unit])).toEqual([
      ['PERCENT', '25 basis points', 25, 'basis point'], ['QUANTITY', '25 kilometres per hour', 25, 'kilometres per hour'],
      ['QUANTITY', '11.8 million barrels per day', 11.8e6, 'barrels per day'], ['QUANTITY', '1.2 degrees Celsius', 1.2, '°c'],
    ]);
  });
});

describe('regions and counties', () => {
  it('gives a continent no city’s code and a UK county its country, not a namesake’s abroad', () => {
    const text = 'The tour runs through Asia before a barn gig in Cheshire and a night in Cornwall.';
    const doc = normalised(text);
    expect(doc.mentions.map((m) => [m.text, m.code ?? null, m.countryCode ?? null])).toEqual([['Asia', null, null], ['Cheshire', null, 'GB'], ['Cornwall', null, 'GB']]);
  });
});

describe('Georgia, the US state', () => {
  it('is the state in an article whose other places are American, and the country where it names the country', () => {
    const codes = (text: string) => normalised(text)
      .mentions.filter((m) => m.text === 'Georgia').map((m) => [m.canonicalName, m.code ?? null, m.countryCode ?? null]);
    expect(codes('ATLANTA (AP) — Georgia’s secretary of state certified the results as Texas did.')).toEqual([['Georgia (US state)', null, 'US']]);
    expect(codes('Georgia’s president met Russian officials in Moscow. Tbilisi protested.')).toEqual([['Georgia', 'GE', 'GE']]);
  });
});

describe('counts', () => {
  it('reads views, streams, copies and users as counts, a letter before them a scale, not metres; not a name’s number', () => {
    const text = 'The trailer drew 28.6m views and the album sold 4.2 million copies; the race was 300m long. Radio 2 listeners rose.';
    const doc = normalised(text);
    expect(doc.mentions.filter((m) => m.type === 'QUANTITY').map((m) => [m.text, m.amount, m.unit])).toEqual([
      ['28.6m views', 28.6e6, 'views'], ['4.2 million copies', 4.2e6, 'copies'], ['300m', 300, 'm'],
    ]);
  });
});

describe('quantities of weather and earthquakes', () => {
  it('reads temperatures written against C or F, with their conversion, and energy in GWh and MW', () => {
    const text = 'Temperatures hit 46.8°C (116.2°F), above the 1.5C target; nights stayed at 31C (88F). It stores 14.2 GWh from a 500 MW plant. ' +
      'She sat in seat 12C.';
    const doc = normalised(text);
    expect(doc.mentions.filter((m) => m.type === 'QUANTITY').map((m) => [m.text, m.amount, m.unit])).toEqual([
      ['46.8°C', 46.8, '°c'], ['116.2°F', 116.2, '°f'], ['1.5C', 1.5, '°c'], ['31C', 31, '°c'], ['88F', 88, '°f'],
      ['14.2 GWh', 14.2, 'gwh'], ['500 MW', 500, 'mw'],
    ]);
    const cold = 'It drops to minus 230°C at night, -40C in winter and minus 5 degrees Celsius by day; highs of 30-40C.';
    const colder = normalised(cold);
    expect(colder.mentions.filter((m) => m.type === 'QUANTITY').map((m) => [m.text, m.amount, m.unit])).toEqual([
      ['minus 230°C', -230, '°c'], ['-40C', -40, '°c'], ['minus 5 degrees Celsius', -5, '°c'],
    ]);
  });

  it('reads an earthquake’s magnitude and rain in millimetres', () => {
    const text = 'A magnitude 6.2 earthquake struck, then a 4.8-magnitude aftershock. Up to 183 millimetres of rain fell.';
    const doc = normalised(text);
    expect(doc.mentions.filter((m) => m.type === 'QUANTITY').map((m) => [m.text, m.amount, m.unit])).toEqual([
      ['magnitude 6.2', 6.2, 'magnitude'], ['4.8-magnitude', 4.8, 'magnitude'], ['183 millimetres', 183, 'millimetres'],
    ]);
  });
});

describe('names that end in their own possessive', () => {
  it('keeps "Moody’s" whole in the canonical name, and drops an ordinary possessive', () => {
    const doc = docWith('Moody’s cut its outlook. Reuters’s report followed.', [['Moody’s', 'ORG'], ['Reuters’s', 'ORG']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Moody\'s', 'Reuters']);
  });
});

describe('a government body named by its generic name', () => {
  it('keeps apart the bodies of two countries ("Lebanon\'s Health Ministry", "Gaza\'s Health Ministry") and gives a bare mention the owner before it', () => {
    const lebanon = docWith("Lebanon's Health Ministry said three were killed. The Health Ministry gave no names.", [
      ['Lebanon', 'LOC'], ['Health Ministry', 'ORG'], ['Health Ministry', 'ORG'],
    ]);
    const gaza = docWith("Gaza's Health Ministry said 27 were killed. The Lebanese Health Ministry said two.", [['Gaza', 'LOC'], ['Health Ministry', 'ORG'], ['Lebanese', 'NORP'], ['Health Ministry', 'ORG']]);
    expect(lebanon.mentions.slice(1).map((m) => m.canonicalName)).toEqual(['Health Ministry (Lebanon)', 'Health Ministry (Lebanon)']);
    expect(gaza.mentions[1].canonicalName).toBe('Health Ministry (Gaza)');
    expect(gaza.mentions[3].entityId).toBe(lebanon.mentions[1].entityId);
    expect(gaza.mentions[1].entityId).not.toBe(lebanon.mentions[1].entityId);
  });

  it('gives a body with no owner written the dateline\'s country, and leaves it alone without either', () => {
    const doha = normaliseDoc(docWithMentions('DOHA: A spokesman of the Ministry of Foreign Affairs said talks would go on.', [['DOHA', 'LOC'], ['Ministry of Foreign Affairs', 'ORG']], true));
    expect(doha.mentions[1].canonicalName).toBe('Ministry of Foreign Affairs (Qatar)');
    // A seat written after the name wins over the dateline: "the Ministry of Finance in Tokyo" is Japan's.
    const tokyo = normaliseDoc(docWithMentions('BEIJING — Exports to China fell, the Ministry of Finance in Tokyo said.', [
      ['BEIJING', 'LOC'], ['China', 'LOC'], ['Ministry of Finance', 'ORG'], ['Tokyo', 'LOC'],
    ], true));
    expect(tokyo.mentions[2].canonicalName).toBe('Ministry of Finance (Japan)');
    const bare = docWith('According to the Ministry of Foreign Affairs, aid rose. The Home Office agreed.', [['Ministry of Foreign Affairs', 'ORG'], ['Home Office', 'ORG']]);
    expect(bare.mentions.map((m) => m.canonicalName)).toEqual(['Ministry of Foreign Affairs', 'Home Office']);
  });
});

describe('a legislature, cabinet, treasury or statistics office named by its generic name', () => {
  it('gives "National Assembly", "Senate", "Cabinet", "Treasury" and "National Bureau of Statistics" the dateline\'s country or the owner written before them', () => {
    const seoul = normaliseDoc(docWithMentions('SEOUL — The National Assembly passed the budget, the National Bureau of Statistics said.', [
      ['SEOUL', 'LOC'], ['National Assembly', 'ORG'], ['National Bureau of Statistics', 'ORG'],
    ], true));
    expect(seoul.mentions.slice(1).map((m) => m.canonicalName)).toEqual(['National Assembly (South Korea)', 'National Bureau of Statistics (South Korea)']);
    const mexico = normaliseDoc(docWithMentions('MEXICO CITY, Nov 10 (Reuters) - The Senate and the Cabinet approved it. Kenya\'s Treasury objected.', [
      ['MEXICO CITY', 'LOC'], ['Senate', 'ORG'], ['Cabinet', 'ORG'], ['Kenya', 'LOC'], ['Treasury', 'ORG'],
    ], true));
    expect(mexico.mentions.map((m) => m.canonicalName)).toEqual(['Mexico City', 'Senate (Mexico)', 'Cabinet (Mexico)', 'Kenya', 'Treasury (Kenya)']);
    // Without a dateline or an owner the name stays one entity across articles; a name that writes its owner is its own.
    const bare = docWith('The Treasury said the US Treasury and the House of Representatives agreed.', [['Treasury', 'ORG'], ['US Treasury', 'ORG'], ['House of Representatives', 'ORG']]);
    expect(bare.mentions.map((m) => m.canonicalName)).toEqual(['US Treasury', 'US Treasury', 'House of Representatives']);
    // "Parliament" alone under a BRUSSELS dateline is the European Parliament's short name, no Belgian body.
    const brussels = normaliseDoc(docWithMentions('BRUSSELS (Reuters) - Parliament will need to sign off too.', [['BRUSSELS', 'LOC'], ['Parliament', 'ORG']], true));
    expect(brussels.mentions[1].canonicalName).toBe('Parliament');
  });
});

describe('well-known short forms and the names of other languages', () => {
  it('reads "NICE" as written, a US federal body after "US", and a drugmaker\'s short name, whatever the article', () => {
    const doc = docWith('NICE will publish guidance. The US Food and Drug Administration and the U.S. FDA agreed. Gilead said so.', [
      ['NICE', 'ORG'], ['US Food and Drug Administration', 'ORG'], ['U.S. FDA', 'ORG'], ['Gilead', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'National Institute for Health and Care Excellence', 'Food and Drug Administration', 'Food and Drug Administration', 'Gilead Sciences',
    ]);
    // The club of the city of Nice is no institute.
    expect(docWith('Nice beat Lyon.', [['Nice', 'ORG'], ['Lyon', 'ORG']]).mentions[0].canonicalName).toBe('Nice');
  });

  it('links a short name in brackets that spells no initials when the tagger found it ("Indonesian Democratic Party of Struggle (PDI-P)"), and a name after ", or"', () => {
    const doc = docWith('Lawmakers of the Indonesian Democratic Party of Struggle (PDI-P) and the Center of Economic and Law Studies (Celios) objected. PDI-P and Celios spoke.', [
      ['Indonesian Democratic Party of Struggle', 'ORG'], ['PDI-P', 'ORG'], ['Center of Economic and Law Studies', 'ORG'], ['Celios', 'ORG'], ['PDI-P', 'ORG'], ['Celios', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'Indonesian Democratic Party of Struggle', 'Indonesian Democratic Party of Struggle', 'Center of Economic and Law Studies',
      'Center of Economic and Law Studies', 'Indonesian Democratic Party of Struggle', 'Center of Economic and Law Studies',
    ]);
    const japan = docWith('Her coalition with the Japan Innovation Party, or Nippon Ishin, holds a majority. Apple, Google, or Microsoft may bid.', [
      ['Japan Innovation Party', 'ORG'], ['Nippon Ishin', 'ORG'], ['Apple', 'ORG'], ['Google', 'ORG'], ['Microsoft', 'ORG'],
    ]);
    expect(japan.mentions.map((m) => m.canonicalName)).toEqual(['Japan Innovation Party', 'Japan Innovation Party', 'Apple', 'Google', 'Microsoft']);
  });
});

describe('short forms that name another thing than the name they are part of', () => {
  it('keeps "Africa" a continent beside South Africa, and reads "Africa CDC" as the Africa Centres for Disease Control and Prevention', () => {
    const doc = docWith('The Africa Centres for Disease Control and Prevention (Africa CDC) said so. Africa CDC data show it. South Africa agreed. The CDC in Atlanta did not.', [
      ['Africa Centres for Disease Control and Prevention', 'ORG'], ['Africa', 'LOC'], ['CDC', 'ORG'], ['Africa', 'LOC'], ['CDC', 'ORG'], ['South Africa', 'LOC'],
      ['CDC', 'ORG'], ['Atlanta', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'Africa Centres for Disease Control and Prevention', 'Africa', 'Africa Centres for Disease Control and Prevention', 'Africa',
      'Africa Centres for Disease Control and Prevention', 'South Africa', 'Centers for Disease Control and Prevention', 'Atlanta',
    ]);
  });

  it('reads "WA" as Western Australia beside "Western Australians", "Ogun" as Ogun State, and "the Gates institute" by its kind', () => {
    const wa = docWith('Western Australia is hot and Western Australians sweat. The WA premier spoke.', [['Western Australia', 'LOC'], ['Western Australians', 'MISC'], ['WA', 'ORG']]);
    expect([wa.mentions[2].type, wa.mentions[2].canonicalName]).toEqual(['LOC', 'Western Australia']);
    const ogun = docWith('The primary in Ogun State was close. The APC is strong in Ogun, not in Lagos State or Lagos.', [
      ['Ogun State', 'LOC'], ['Ogun', 'LOC'], ['Lagos State', 'LOC'], ['Lagos', 'LOC'],
    ]);
    expect(ogun.mentions.map((m) => m.canonicalName)).toEqual(['Ogun State', 'Ogun State', 'Lagos State', 'Lagos']);
    const gates = docWith('The Gates Medical Research Institute ran the trial. GSK licensed M72 to the Gates institute. The Gates Foundation paid.', [
      ['Gates Medical Research Institute', 'ORG'], ['GSK', 'ORG'], ['Gates', 'ORG'], ['Gates Foundation', 'ORG'],
    ]);
    expect(gates.mentions[2].canonicalName).toBe('Gates Medical Research Institute');
  });
});

describe('short forms and plurals of one name', () => {
  it('reads "the FT" as the Financial Times, and a group\'s plural as its singular ("Houthis", "Houthi rebels")', () => {
    const doc = docWith('The Houthis fired. Houthi rebels said so, the FT reported. The Swiss and the Tories objected.', [
      ['Houthis', 'NORP'], ['Houthi', 'NORP'], ['FT', 'ORG'], ['Swiss', 'NORP'], ['Tories', 'NORP'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Houthi', 'Houthi', 'Financial Times', 'Swiss', 'Tories']);
    expect(doc.mentions[0].entityId).toBe(doc.mentions[1].entityId);
  });

  it('reads a body\'s generic word after a capital "The" as the one body of the article it ends ("The Agency")', () => {
    const doc = docWith('The International Atomic Energy Agency said so. "The Agency has lost access," it said. The Times reported it, as did the New York Times.', [
      ['International Atomic Energy Agency', 'ORG'], ['The Agency', 'ORG'], ['The Times', 'ORG'], ['New York Times', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['International Atomic Energy Agency', 'International Atomic Energy Agency', 'The Times', 'New York Times']);
  });

  it('reads "the Kingdom" as the one kingdom the article names', () => {
    const saudi = docWith('Saudi Arabia and France met. The deal helps the Kingdom grow.', [['Saudi Arabia', 'LOC'], ['France', 'LOC'], ['Kingdom', 'LOC']]);
    expect(saudi.mentions[2].canonicalName).toBe('Saudi Arabia');
    expect(saudi.mentions[2].entityId).toBe(saudi.mentions[0].entityId);
    // Two kingdoms named: neither.
    const two = docWith('Saudi Arabia and Jordan met. The deal helps the Kingdom grow.', [['Saudi Arabia', 'LOC'], ['Jordan', 'LOC'], ['Kingdom', 'LOC']]);
    expect(two.mentions[2].canonicalName).toBe('Kingdom');
  });
});

describe('names written in capitals', () => {
  it('never makes an upper-case spelling the canonical name ("WHEN DONALD TRUMP raised tariffs", then "Mr Trump")', () => {
    const doc = docWith('WHEN DONALD TRUMP raised tariffs, markets fell. Mr Trump said so.', [['DONALD TRUMP', 'PERSON'], ['Trump', 'PERSON']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Donald Trump', 'Donald Trump']);
    expect(doc.mentions[0].entityId).toBe(entityId('PERSON', 'Donald Trump'));
    // The article's own spelling wins where it gives one; initials in capitals are kept.
    const irish = docWith('MARY MCALEESE spoke. Mary McAleese left. BLACKBURN ROVERS won. Blackburn Rovers lost. ABN AMRO fell.', [
      ['MARY MCALEESE', 'PERSON'], ['Mary McAleese', 'PERSON'], ['BLACKBURN ROVERS', 'ORG'], ['Blackburn Rovers', 'ORG'], ['ABN AMRO', 'ORG'],
    ]);
    expect(irish.mentions.map((m) => m.canonicalName)).toEqual(['Mary McAleese', 'Mary McAleese', 'Blackburn Rovers', 'Blackburn Rovers', 'ABN AMRO']);
  });
});

describe('a company named in full, then by its first word', () => {
  it('links the first word through a legal form, and initials with a legal form alone ("BYD Co. Ltd.")', () => {
    const doc = docWith('Brightwater Home Holdings Corp. said sales fell. Brightwater shares dropped. Rockwell Automation Inc. declined to comment. '
      + 'Rockwell said so. BYD Co. Ltd. sold cars. BYD said so.', [
      ['Brightwater Home Holdings Corp.', 'ORG'], ['Brightwater', 'ORG'], ['Rockwell Automation Inc.', 'ORG'], ['Rockwell', 'ORG'], ['BYD Co. Ltd.', 'ORG'], ['BYD', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual([
      'Brightwater Home Holdings Corp.', 'Brightwater Home Holdings Corp.', 'Rockwell Automation Inc.', 'Rockwell Automation Inc.', 'BYD Co. Ltd.', 'BYD Co. Ltd.',
    ]);
  });

  it('gives a company named with its holding word, "Motor" or "Group" before a legal form the id of its short name', () => {
    expect(entityId('ORG', 'HSBC Holdings plc')).toBe(entityId('ORG', 'HSBC'));
    expect(entityId('ORG', 'Goldman Sachs Group Inc.')).toBe(entityId('ORG', 'Goldman Sachs'));
    expect(entityId('ORG', 'Toyota Motor Corp')).toBe(entityId('ORG', 'Toyota'));
    expect(entityId('ORG', 'Alibaba Group Holding Ltd')).toBe(entityId('ORG', 'Alibaba'));
    // A sister company, a plural "Motors" and a "Group" with no legal form after it stay apart.
    expect(entityId('ORG', 'Toyota Industries Corp')).not.toBe(entityId('ORG', 'Toyota'));
    expect(entityId('ORG', 'Tata Motors')).not.toBe(entityId('ORG', 'Tata'));
    expect(entityId('ORG', 'Telegraph Group')).not.toBe(entityId('ORG', 'Telegraph'));
  });

  it('links a headline\'s short name to the company the body then names in full ("Lenskart" over "Lenskart Solutions Ltd")', () => {
    const text = 'Lenskart IPO subscribed 28 times\n\nThe offering of Lenskart Solutions Ltd was subscribed 28 times. Lenskart shares rose.';
    const doc = normaliseDoc(docWithMentions(text, [['Lenskart', 'ORG'], ['Lenskart Solutions Ltd', 'ORG'], ['Lenskart', 'ORG']], true));
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Lenskart Solutions Ltd', 'Lenskart Solutions Ltd', 'Lenskart Solutions Ltd']);
    // Not in the body: a short name before the full one there is left as it is.
    const body = docWith('Intro line. Lenskart shares rose. Lenskart Solutions Ltd said so.', [['Lenskart', 'ORG'], ['Lenskart Solutions Ltd', 'ORG']]);
    expect(body.mentions[0].canonicalName).toBe('Lenskart');
    // Nor the cut end of a longer name the body writes ("Time Warner"), nor a name with a word in lower case.
    const cut = 'Ad sales boost Time Warner profit\n\nProfits at Time Warner rose, and Warner Bros did well.';
    const warner = normaliseDoc(docWithMentions(cut, [['Warner', 'ORG'], ['Warner Bros', 'ORG']], true));
    expect(warner.mentions[0].canonicalName).not.toBe('Warner Bros');
    const cell = normaliseDoc(docWithMentions('Why Cell will sell\n\nThe Cell technology uses Cell chips.', [['Cell', 'ORG'], ['Cell technology', 'ORG']], true));
    expect(cell.mentions[0].canonicalName).toBe('Cell');
  });

  it('prefers the company to a person of that surname for a mention typed as an organisation', () => {
    const doc = docWith('Halvorsen Robotics Inc. rose. Founder Nils Halvorsen spoke. Halvorsen competes with Ocado.', [
      ['Halvorsen Robotics Inc.', 'ORG'], ['Nils Halvorsen', 'PERSON'], ['Halvorsen', 'ORG'],
    ]);
    expect(doc.mentions.map((m) => [m.type, m.canonicalName])[2]).toEqual(['ORG', 'Halvorsen Robotics Inc.']);
  });

  it('does not take a one-word name and a legal form for the parent of the same name ("Vodafone KK")', () => {
    const doc = docWith('Vodafone KK lost customers. Vodafone had pinned its hopes on Japan.', [['Vodafone KK', 'ORG'], ['Vodafone', 'ORG']]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Vodafone KK', 'Vodafone']);
  });
});

describe('a titled surname shared by a woman and a man of the family', () => {
  it('links "Ms. Carver" to the woman, not to the nearest man of the name', () => {
    const doc = docWith('Lottie Mae Carver was born in 1931. Her son Wendell Carver ran the farm. Ms. Carver continued to live in the house.', [
      ['Lottie Mae Carver', 'PERSON'], ['Wendell Carver', 'PERSON'], ['Ms. Carver', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Lottie Mae Carver', 'Wendell Carver', 'Lottie Mae Carver']);
  });
});

describe('a first name that is also a small town', () => {
  it('links to the one person named in full with it ("Gary", "Teresa"), but a country or big city stays itself', () => {
    const doc = docWith('Teresa Kowalczyk arrived. Teresa said she liked it. Gary Sizemore agreed. Gary laughed.', [
      ['Teresa Kowalczyk', 'PERSON'], ['Teresa', 'PERSON'], ['Gary Sizemore', 'PERSON'], ['Gary', 'PERSON'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['Teresa Kowalczyk', 'Teresa Kowalczyk', 'Gary Sizemore', 'Gary Sizemore']);
  });
});

describe('a state inside a longer place name', () => {
  it('is the state, not the court or region named after it; a country’s short name still links ("Korea")', () => {
    const doc = docWith('The case went to the U.S. District Court for the Northern District of Texas. Texas officials objected. South Korea and Korea agreed.', [
      ['U.S. District Court for the Northern District of Texas', 'LOC'], ['Texas', 'LOC'], ['South Korea', 'LOC'], ['Korea', 'LOC'],
    ]);
    expect(doc.mentions.map((m) => m.canonicalName)).toEqual(['U.S. District Court for the Northern District of Texas', 'Texas', 'South Korea', 'South Korea']);
  });
});
