import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities } from '../../../src/stages/entities/index.ts';
import { entitiesOf, expectValidMentions, mentionsOf, typeOf } from './helpers.ts';
import { normaliseDoc } from '../../../src/stages/normalise/index.ts';

describe('entities stage: names', () => {
  it('declares that it needs tokens and assigns mentions', () => {
    expect(entities.name).toBe('entities');
    expect(entities.requires).toEqual(['tokens']);
    expect(entities.assigns).toEqual(['mentions']);
  });

  it('keeps the possessive out of the name: "Iran’s" is the place Iran', () => {
    expect(mentionsOf('Iran’s president spoke.')).toEqual(['LOC Iran']);
    expect(mentionsOf("Talks stalled over Iran's nuclear programme.")).toEqual(['LOC Iran']);
  });

  it('takes police, company and legal offices as titles, and reads "Gen Z" and "General Staff" as no titled person', () => {
    const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);
    expect(titled('Assistant Chief Constable Richard Baker said so.')).toEqual(['PERSON Richard Baker [Assistant Chief Constable]']);
    expect(titled('Chief Financial Officer Kevan Parekh spoke.')).toEqual(['PERSON Kevan Parekh [Chief Financial Officer]']);
    expect(titled('District Attorney Alvin Bragg agreed.')).toEqual(['PERSON Alvin Bragg [District Attorney]']);
    // No titled person "Staff"; whether "General Staff" is found at all is the tagger's call (see the it.fails cases).
    expect(titled('Ukraine’s General Staff said 40 drones were downed. Millennials and Gen Z agreed.').filter((m) => m !== 'ORG General Staff'))
      .toEqual(['LOC Ukraine', 'NORP Gen Z']);
    expect(titled('Labour MP Diane Abbott agreed with Chief of Staff Susie Wiles.')).toEqual(['ORG Labour', 'PERSON Diane Abbott [Labour MP]', 'PERSON Susie Wiles [Chief of Staff]']);
    // A month between a title and a surname is a first name; after "the" or "in" it stays the month.
    // ("Treasury" there is the tagger's call: see the it.fails cases.)
    expect(titled('U.S. District Judge April Perry ruled. The September Treasury bond fell in October.').filter((m) => !m.startsWith('LOC') && m !== 'ORG Treasury'))
      .toEqual(['PERSON April Perry [District Judge]', 'DATE September', 'DATE October']);
  });

  // Tagger calls that depend on the model: the session-13 trial of word vectors got the `it.fails` ones wrong where the
  // model before it got them right (retrained models without word vectors miss the last two as well); the model
  // shipped in session 14 gets three of them right again (now plain tests). `it.fails` keeps the rest in view: it
  // fails once a model gets it right (then make it an \`it\`).
  it.fails('finds "General Staff" as an organisation (missed by the model with word vectors)', () => {
    expect(mentionsOf('Ukraine’s General Staff said 40 drones were downed. Millennials and Gen Z agreed.')).toContain('ORG General Staff');
  });

  it('keeps a resolution’s number in its name where the tagger types the name LAW itself', () => {
    expect(mentionsOf('The UN Security Council Resolution 2803 was adopted in 2025.')).toEqual(['LAW UN Security Council Resolution 2803', 'DATE 2025']);
  });

  it.fails('links "PML-N" to "Pakistan Muslim League-Nawaz" (the model with word vectors cuts the name into a place and a people)', () => {
    const pml = normaliseDoc(entitiesOf("Bilawal Bhutto Zardari, a coalition partner of Sharif's Pakistan Muslim League-Nawaz (PML-N), called for talks."));
    expect(pml.mentions.find((m) => m.text === 'PML-N')?.canonicalName).toBe('Pakistan Muslim League-Nawaz');
  });

  it('finds "Treasury" in "The September Treasury bond" as an organisation', () => {
    expect(mentionsOf('U.S. District Judge April Perry ruled. The September Treasury bond fell in October.')).toContain('ORG Treasury');
  });

  it('runs an amending law’s name through its "(Amendment)"', () => {
    expect(mentionsOf('MPs passed the Tax Laws (Amendment) Bill, 2026 on Thursday.')).toEqual(['LAW Tax Laws (Amendment) Bill, 2026', 'DATE Thursday']);
    expect(mentionsOf('Ruto signed the Tax Laws (Amendment) Bill, 2026, which the Treasury drafted.').filter((m) => m.startsWith('LAW')))
      .toEqual(['LAW Tax Laws (Amendment) Bill, 2026']);
  });

  it('reads "Senate Bill 12" opening a sentence as one LAW name, whatever the tagger made of the chamber', () => {
    const more = entitiesOf('Senate Bill 12, which passed, and House Bill 2154, the budget bill, went ahead. The House passed House Bill 9.');
    expect(more.mentions.filter((m) => m.type === 'LAW').map((m) => m.text)).toEqual(['Senate Bill 12', 'House Bill 2154', 'House Bill 9']);
  });

  it('keeps a country or region after a title\'s "for" out of the person\'s name ("Minister for Europe Denis MacShane")', () => {
    const people = (text: string) => entitiesOf(text).mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title]);
    expect(people('Minister for Europe Denis MacShane said the vote would go ahead.')).toEqual([['Denis MacShane', 'Minister for Europe']]);
    expect(people('Secretary of State for Wales Peter Hain spoke.')).toEqual([['Peter Hain', 'Secretary of State for Wales']]);
    expect(people('Secretary of State for Northern Ireland Paul Murphy spoke.')).toEqual([['Paul Murphy', 'Secretary of State for Northern Ireland']]);
    // The rules' title also goes to a person the tagger named the same way (BBC: "Minister for Work Jane Kennedy").
    expect(people('He met Pensions Secretary Alan Johnson and Minister for Work Jane Kennedy.')).toContainEqual(['Jane Kennedy', 'Minister for Work']);
    // A region with one word after it is no title's portfolio before a name.
    expect(people('King of Spain Felipe spoke.').map((p) => p[0])).toEqual(['Felipe']);
  });

  it('reads a provision by its number as one LAW name ("Article 5", "Section 404", "Chapter 11"), not ORG "Article"', () => {
    const laws = (text: string) => entitiesOf(text).mentions.filter((m) => m.type === 'LAW').map((m) => m.text);
    expect(laws('Nato invoked Article 5 after the attacks. Britain triggered Article 50 in March 2017.')).toEqual(['Article 5', 'Article 50']);
    expect(laws('The least popular measure - Section 404 - applies to foreign firms.')).toEqual(['Section 404']);
    expect(laws('They were charged under Section 5 of the Public Order Act, police said.')).toEqual(['Section 5', 'Public Order Act']);
    expect(laws('Under Article 4(2) of the treaty, members may leave. The airline filed for Chapter 11 bankruptcy protection.'))
      .toEqual(['Article 4(2)', 'Chapter 11']);
    // A book's chapter, and a section's number with a decimal, are not.
    expect(laws('In Chapter 3 the author turns to her childhood. Section 4.2 of the report lists the costs.')).toEqual([]);
  });

  it.fails('types "Jay-K" in "Jay-K told Variety" as no organisation (the retrained models type it ORG)', () => {
    const doc = entitiesOf('She wrote on X that the tour was off. The post on X, formerly Twitter, drew replies. Jay-K told Variety on Monday.');
    expect(doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text)).toEqual(['X', 'X', 'Twitter', 'Variety']);
  });

  it.fails('takes the whole portfolio of "Minister of Energy and Natural Resources Alparslan Bayraktar" into the title (session 14\'s model tags "Energy and Natural Resources Alparslan Bayraktar" as one ORG)', () => {
    const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);
    expect(titled('Minister of Energy and Natural Resources Alparslan Bayraktar spoke. Chief Cabinet Secretary Minoru Kihara agreed.'))
      .toEqual(['PERSON Alparslan Bayraktar [Minister of Energy and Natural Resources]', 'PERSON Minoru Kihara [Chief Cabinet Secretary]']);
  });

  it.fails('types the headline\'s "Henin-Hardenne" as the person named in full in the body (session 14\'s model makes it ORG there)', () => {
    const text = 'Henin-Hardenne beaten on comeback\n\nJustine Henin-Hardenne lost to a Russian rival in an exhibition match in Belgium ' +
      'on Sunday, her second defeat in two days.\n\n"I have to be positive," she said. Henin-Hardenne slid down the world rankings after ' +
      'contracting a virus in April.';
    expect(entitiesOf(text).mentions.filter((m) => m.text === 'Henin-Hardenne').map((m) => m.type)).toEqual(['PERSON', 'PERSON']);
  });

  it('takes no word of thanks or greeting opening a line for a name', () => {
    expect(mentionsOf('Q: Thank you, Karoline. What about the truce?')).toEqual(['PERSON Karoline']);
  });

  it('leaves the sentence\'s full stop and an opening quotation mark out of a name the tagger took them into', () => {
    expect(mentionsOf('The figures came from the International Organization for Migration.')).toEqual(['ORG International Organization for Migration']);
    expect(mentionsOf("Shah Rukh Khan is back with 'Jawan' alone.").filter((m) => m.includes('Jawan'))).toEqual(['MISC Jawan']);
  });

  it('reads a name that is all a pair of quotation marks holds as a title (MISC), not a quote that opens with a name', () => {
    expect(mentionsOf('The film “Salt Road” opened, and her album "Cowboy Carter" won a Grammy.').filter((m) => !m.startsWith('EVENT') && !m.startsWith('MISC Grammy')))
      .toEqual(['MISC Salt Road', 'MISC Cowboy Carter']);
    expect(mentionsOf('“Jonny Wilkinson’s not fit yet,” the coach said.')).toContain('PERSON Jonny Wilkinson');
  });

  it('knows parties, journals, drugmakers and seats of government of non-English news by the curated list, whole', () => {
    const named = (text: string) => mentionsOf(text).filter((m) => !/^(?:DATE|TIME|MONEY|PERCENT|QUANTITY|CARDINAL) /.test(m));
    expect(named("Chief Minister Nitish Kumar's Janata Dal (United) won. The Rashtriya Janata Dal (RJD) lost."))
      .toEqual(['PERSON Nitish Kumar', 'ORG Janata Dal (United)', 'ORG Rashtriya Janata Dal', 'ORG RJD']);
    expect(named('The Japan Innovation Party, or Nippon Ishin no Kai, joined the coalition.')).toEqual(['ORG Japan Innovation Party', 'ORG Nippon Ishin no Kai']);
    expect(named('Lee spoke at a Cabinet meeting at Cheong Wa Dae on Monday.')).toEqual(['LOC Cheong Wa Dae']);
    expect(named('The results were published simultaneously in the New England Journal of Medicine on Monday.')).toEqual(['ORG New England Journal of Medicine']);
    expect(named('The study was published on 18 November in Nature Medicine.')).toEqual(['ORG Nature Medicine']);
    expect(named("Six generic makers, including Dr. Reddy's Laboratories and Hetero, will make it.")).toEqual(["ORG Dr. Reddy's Laboratories", 'ORG Hetero']);
    expect(named('The recalls, by Granules Pharmaceuticals and Lupin, were voluntary. In a statement, Lupin said it was working with regulators.'))
      .toEqual(['ORG Granules Pharmaceuticals', 'ORG Lupin', 'ORG Lupin']);
  });

  it('reads a bill the tagger took for a person as a law, and a Latin American movement\'s adjective as NORP', () => {
    expect(mentionsOf('Ruto signed into law the Sh4.29 trillion Appropriations Bill on Tuesday.')).toContain('LAW Appropriations Bill');
    expect(mentionsOf('Her Peronist party lost the vote.')).toEqual(['NORP Peronist']);
  });

  it('reads a pathogen\'s name alone as the pathogen where the article names it before "virus", but not a country nor a place by its preposition', () => {
    const text = 'Ethiopia has confirmed an outbreak of Marburg virus disease in the south of the country. ' +
      'There is no licensed vaccine or treatment for Marburg, a close cousin of Ebola. Scientists have not found the animal reservoir for Marburg.';
    expect(mentionsOf(text).filter((m) => m.endsWith(' Marburg'))).toEqual(['MISC Marburg', 'MISC Marburg', 'MISC Marburg']);
    const kent = 'The Kent variant spread fast. Cases in Kent rose by a third. An outbreak of Sudan virus disease hit Uganda, which borders Sudan.';
    expect(mentionsOf(kent).filter((m) => / (?:Kent|Sudan)$/.test(m))).toEqual(['MISC Kent', 'LOC Kent', 'MISC Sudan', 'LOC Sudan']);
    expect(mentionsOf('An email posing as the FBI virus warning spread. The FBI said it had not sent it.').filter((m) => m.endsWith(' FBI'))).toEqual(['MISC FBI', 'ORG FBI']);
  });

  it('reads a Brazilian politician\'s party and state in brackets as the party', () => {
    expect(mentionsOf('The rapporteur, former speaker Arthur Lira (PP-AL), and Senator Rogério Marinho (PL-RN) backed the bill.'))
      .toEqual(['PERSON Arthur Lira', 'ORG PP', 'PERSON Rogério Marinho', 'ORG PL']);
  });

  it('reads a degree after a person\'s name and a comma as no name', () => {
    expect(mentionsOf("“We are pleased,” said Dietmar Berger, M.D., Gilead’s chief medical officer.").filter((m) => m.includes('M.D.'))).toEqual([]);
    expect(mentionsOf('The clinic moved to Baltimore, MD, last year.')).toContain('LOC Baltimore');
  });

  it('reads a word glued to a bracketed small letter as a symbol, not a name ("Lp(a)")', () => {
    const text = 'The phase 3 Lp(a)HORIZON study enrolled 8,323 patients with Lp(a) levels of at least 70 mg/dL. ' +
      'Lp(a) is a cause of heart disease, and about one in five people have high Lp(a).';
    expect(mentionsOf(text).filter((m) => m.includes('Lp'))).toEqual([]);
  });

  it('ends a name the tagger ended on an opening bracket before it (a BBC review, when the corpus is available)', () => {
    let text = '';
    try {
      text = readFileSync('/work/shared/data/corpus/bbc/entertainment/353.txt', 'utf8');
    } catch {
      return; // The shared corpus is not part of the repository.
    }
    const at = text.indexOf('Bod (not least');
    const names = entitiesOf(text).mentions;
    expect(names.filter((m) => /[([]$/.test(m.text))).toEqual([]);
    expect(names.find((m) => m.start === at)?.text).toBe('Bod');
  });

  it('reads a numbered UN climate conference as an event', () => {
    expect(mentionsOf('COP30 opened in Belem before COP31. Delegates at COP30 agreed.').filter((m) => m.includes('COP'))).toEqual(['EVENT COP30', 'EVENT COP31', 'EVENT COP30']);
    // The Guardian writes them "Cop28": the tagger had made places of two and missed the third.
    expect(mentionsOf('At Cop28 in Dubai, countries agreed. The goal agreed at Cop29 in Baku is too small. The Cop31 climate summit in Turkey overran.')
      .filter((m) => m.includes('Cop'))).toEqual(['EVENT Cop28', 'EVENT Cop29', 'EVENT Cop31']);
  });

  it('reads a body’s or a law’s name through its "and", but not two names joined by it', () => {
    expect(mentionsOf('The England and Wales Cricket Board said. Prosecutors cited the Computer Fraud and Abuse Act.'))
      .toEqual(['ORG England and Wales Cricket Board', 'LAW Computer Fraud and Abuse Act']);
    expect(mentionsOf('The CIA and National Security Agency spied.')).toEqual(['ORG CIA', 'ORG National Security Agency']);
    // A police force, a unit, and the last portfolio of a body's list.
    expect(mentionsOf('Sgt Claire Hale, of Avon and Somerset Police, said the driver fled.')).toContain('ORG Avon and Somerset Police');
    expect(mentionsOf("Sgt Jones of West Yorkshire Police's Homicide and Major Enquiry Team said.")).toContain('ORG Homicide and Major Enquiry Team');
    expect(mentionsOf('The federal Bureau of Alcohol, Tobacco, Firearms and Explosives is investigating.'))
      .toEqual(['ORG Bureau of Alcohol, Tobacco, Firearms and Explosives']);
    // A first name the article writes on its own elsewhere is complete.
    expect(mentionsOf('The coroner will report to National Highways and Cambridgeshire County Council, which share responsibility. National Highways said it would respond.'))
      .toEqual(['ORG National Highways', 'ORG Cambridgeshire County Council', 'ORG National Highways']);
  });

  it('keeps a law’s year and a resolution’s number in its name, not as a date of their own', () => {
    expect(mentionsOf('The Electoral Act 2022 applies. MPs passed the Finance Bill of 2024 in June and the Climate Change Act, 2026 later.'))
      .toEqual(['LAW Electoral Act 2022', 'LAW Finance Bill of 2024', 'DATE June', 'LAW Climate Change Act, 2026']);
    // "Resolution 2803": see the it.fails cases (the model with word vectors types the name LAW itself).
    // An amending law's name runs through its "(Amendment)": see the it.fails cases (the retrained models tag
    // "Tax Laws" alone).
  });

  it('keeps the "’s" of a company named with it ("Moody’s", "McDonald’s", "Sainsbury’s"), in the mention and its name', () => {
    const doc = entitiesOf('McDonald’s said sales rose. Ratings agency Moody’s said it was reviewing the rating. Sainsbury’s sales fell.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['ORG McDonald’s', 'ORG Moody’s', 'ORG Sainsbury’s']);
  });

  it('reads no General Z into "Gen Z." at a sentence’s end', () => {
    expect(mentionsOf('The election was thrown out by Gen Z. They protested. Gen Z voters agreed.')).toEqual(['NORP Gen Z', 'NORP Gen Z']);
    expect(mentionsOf('The law was thrown out by Gen Z. They protested.').filter((m) => m.startsWith('PERSON'))).toEqual([]);
  });

  it('splits a name the tagger ran through a verb ("The Bank held Bank Rate")', () => {
    expect(mentionsOf('The Bank held Bank Rate at 4% on Thursday.').filter((m) => m.startsWith('ORG'))).toEqual(['ORG Bank', 'ORG Bank']);
  });

  it('takes a minister’s whole portfolio into the title, not as a body of its own', () => {
    const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);
    expect(titled('He met Mines and Energy Minister Alexandre Silveira on Monday.').filter((m) => !m.startsWith('DATE')))
      .toEqual(['PERSON Alexandre Silveira [Mines and Energy Minister]']);
    // A body or a place before the title keeps its mention; a connective is no portfolio.
    expect(titled('However, Transport Commissioner Jacques Barrot spoke. Labour MP Diane Abbott agreed.'))
      .toEqual(['PERSON Jacques Barrot [Transport Commissioner]', 'ORG Labour', 'PERSON Diane Abbott [Labour MP]']);
  });

  it('keeps a rank of two words and a portfolio that goes only before "Minister" whole in the title', () => {
    const titled = (text: string) => entitiesOf(text).mentions.filter((m) => m.type === 'PERSON' || m.type === 'ORG').map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);
    expect(titled('Army chief Field Marshal Asim Munir was promoted.')).toEqual(['PERSON Asim Munir [Field Marshal]']);
    expect(titled('Group Captain Shubhanshu Shukla, who flew to the station, said he was ready.')).toEqual(['PERSON Shubhanshu Shukla [Group Captain]']);
    expect(titled('Law Minister Azam Nazeer Tarar spoke on Monday.')).toEqual(['PERSON Azam Nazeer Tarar [Law Minister]']);
    expect(titled('Municipal Administration Minister P. Narayana said the work would start soon.'))
      .toEqual(['PERSON P. Narayana [Municipal Administration Minister]']);
    // South Asia's "Barrister" before a name is a title, not part of the name.
    expect(titled('PTI chairman Barrister Gohar Ali Khan said the party would protest.')).toEqual(['ORG PTI', 'PERSON Gohar Ali Khan [Barrister]']);
    // India's "Union" government's minister: the word is the title's, no body of its own.
    expect(titled('Union Finance Minister Nirmala Sitharaman said so.')).toEqual(['PERSON Nirmala Sitharaman [Union Finance Minister]']);
  });

  it('takes South and Southeast Asian and Nigerian honorifics as titles ("Shri", "Datuk", "Alhaji")', () => {
    const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);
    expect(titled('Shri M.K. Stalin met Alhaji Aliko Dangote.')).toEqual(['PERSON M.K. Stalin [Shri]', 'PERSON Aliko Dangote [Alhaji]']);
    // Malaysia's state chief minister: "Menteri Besar" is an office, no person of that name.
    expect(titled('Menteri Besar Datuk Onn Hafiz Ghazi spoke.')).toEqual(['PERSON Onn Hafiz Ghazi [Menteri Besar Datuk]']);
  });

  it('reads peoples and faiths as groups (NORP), not places or persons', () => {
    expect(mentionsOf('Hausa and Fulani leaders met. The mainly Baluch province is poor. The Karipuna people objected.').filter((m) => !m.startsWith('DATE')))
      .toEqual(['NORP Hausa', 'NORP Fulani', 'NORP Baluch', 'NORP Karipuna']);
  });

  it('types an organisation the curated list knows ORG where the tagger guessed another name or a street, but not a share index', () => {
    const types = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}`);
    expect(types('Most are dead, according to the Taliban government. The Taliban government appealed for help.')).toEqual(['ORG Taliban', 'ORG Taliban']);
    expect(types("Red Crescent: 'Roads are simply gone'\n\nThe Afghan Red Crescent Society says its teams are struggling."))
      .toEqual(['ORG Red Crescent', 'ORG Afghan Red Crescent Society']);
    expect(types('The UN peacekeeping force in southern Lebanon, Unifil, said its peacekeepers had recorded violations.'))
      .toEqual(['ORG UN', 'LOC Lebanon', 'ORG Unifil']);
    expect(types('He told the Guardian: "No." She spoke to the Observer.')).toEqual(['ORG Guardian', 'ORG Observer']);
    expect(types('The Dow Jones industrial average fell 31.44 points.')[0]).toBe('MISC Dow Jones');
    expect(types('The Congress won in Nagrota in Jammu and Kashmir, a seat the BJP held.')).toEqual(['ORG Congress', 'LOC Nagrota', 'LOC Jammu and Kashmir', 'ORG BJP']);
  });

  it('finds no name in a stock\'s exchange code in brackets after the company ("Nvidia (NVDA.O)")', () => {
    const doc = entitiesOf('Nvidia (NVDA.O) on Wednesday forecast revenue above estimates, while Vodafone (VOD.L) fell.');
    expect(doc.mentions.filter((m) => m.type !== 'DATE').map((m) => m.text)).toEqual(['Nvidia', 'Vodafone']);
  });

  it('finds no name in a ticker after its exchange ("QuantaLink Inc. (NASDAQ: QLNK)")', () => {
    const doc = entitiesOf('SAN JOSE, Calif., Nov. 16, 2026 /PRNewswire/ -- QuantaLink Semiconductor, Inc. (NASDAQ: QLNK), a fabless designer of AI accelerators, today announced Tidewater, its second-generation inference processor.');
    expect(doc.mentions.map((m) => m.text)).not.toContain('QLNK');
  });

  it('finds no name in a common noun written in capitals ("DVD", "HD", "PCs", "DJs")', () => {
    // The tagger took "DVD" and "HD" here for organisations.
    const doc = entitiesOf('The film made a combined 80m dollars from DVD and video sales. Its success on DVD was large. Sales of PCs rose, and HD sets sold well. The three DJs were chosen.');
    expect(doc.mentions.filter((m) => m.type !== 'MONEY').map((m) => m.text)).toEqual([]);
    // Also in title case, as British papers write acronyms said as words, and with an ampersand.
    const titled = entitiesOf('Earnings before interest, tax, depreciation and amortisation (Ebitda) rose 8%. M&A activity slowed as Aids cases fell.');
    expect(titled.mentions.filter((m) => m.type !== 'PERCENT').map((m) => m.text)).toEqual([]);
  });

  it('types a prize as MISC and its ceremony as an EVENT, unless a person named in full bears the name', () => {
    const doc = entitiesOf('The script earned him an Oscar nomination for best original screenplay. She has won a Golden Globe and hopes for success at the Oscars in February.');
    expect(doc.mentions.filter((m) => m.type !== 'DATE').map((m) => `${m.type} ${m.text}`)).toEqual([
      'MISC Oscar', 'MISC Golden Globe', 'EVENT Oscars',
    ]);
    const senator = entitiesOf('Senator Cory Booker spoke on Monday. Booker said the bill would pass.');
    expect(senator.mentions.filter((m) => m.text === 'Booker').map((m) => m.type)).toEqual(['PERSON']);
  });

  it('reads a known place in capitals opening a paragraph before a dash or bracket as a dateline: a place', () => {
    const doc = entitiesOf('Talks resume\n\nPARIS (Reuters) - Talks resumed on Monday.\n\nKYIV — Ukrainian forces advanced.');
    expect(typeOf(doc, 'PARIS')).toBe('LOC');
    expect(typeOf(doc, 'KYIV')).toBe('LOC');
    // Also where the tagger found nothing there.
    const brussels = entitiesOf('Leaders clash\n\nBRUSSELS — European Commission President Ursula von der Leyen clashed with Viktor Orbán.');
    expect(brussels.mentions.map((m) => `${m.type} ${m.text}`).slice(0, 2)).toEqual(['LOC BRUSSELS', 'ORG European Commission']);
    expect(brussels.mentions[0].sentenceIndex).toBe(brussels.mentions[1].sentenceIndex);
  });

  it('reads the whole place of a dateline in capitals, where the tagger found part of it or the gazetteer lacks it', () => {
    // The tagger's "LOUIS" and "PORT" give way to the place; a place the dateline marks by its agency or region is a
    // place though the gazetteer has no "Monte Carlo" or "St. Paul"; a story filed from two cities is not one place.
    const doc = entitiesOf(
      'Jobs cut\n\nST. LOUIS (Reuters) - Boeing said on Monday it would cut jobs.\n\nPORT SUDAN, Nov 3 (AFP) - Aid arrived.\n\n' +
        'MONTE CARLO (AP) - The prince spoke on Monday.\n\nST. PAUL, Minn. (AP) - Walz said.\n\nCAIRO/JERUSALEM, Nov 3 (Reuters) - Egypt said.',
    );
    const places = doc.mentions.filter((m) => m.type === 'LOC').map((m) => m.text);
    expect(places).toEqual(['ST. LOUIS', 'PORT SUDAN', 'MONTE CARLO', 'ST. PAUL', 'CAIRO', 'JERUSALEM', 'Egypt']);
    expect(doc.mentions.map((m) => m.text)).not.toContain('LOUIS');
  });

  it('reads a demonym that is also a country\'s other spelling as its people ("Thai"), and a place named after a title as a place', () => {
    const thai = entitiesOf('Two Thai border police were wounded on Sunday near the Burmese border.');
    expect(typeOf(thai, 'Thai')).toBe('NORP');
    const prince = entitiesOf('His journey started last week in Prince Rupert, British Columbia, where he was searching for a job.');
    expect(prince.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual([]);
    expect(prince.mentions.map((m) => m.text)).not.toContain('Rupert');
  });

  it('reads no place in a table\'s heading in capitals with a bracket, and no person in a command named after a continent', () => {
    const table = entitiesOf('Prices close\n\nCONTRACT (MONTH) APT CLOSE SETTLEMENT PREVIOUS SETTLE\n\nJOBLESS (INEM) Jul - 63,913 - 33,149');
    expect(table.mentions.filter((m) => m.type === 'LOC').map((m) => m.text)).toEqual([]);
    const nato = entitiesOf('General George Joulwan, Supreme Allied Commander Europe, and General John Sheehan, Supreme Allied Commander Atlantic, will attend.');
    expect(nato.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual(['George Joulwan', 'John Sheehan']);
  });

  it('gives a law\'s issuer in brackets before its number no type of the law\'s, and reads "Serb-held" as no place', () => {
    const doc = entitiesOf('Commission Regulation (EC) No 1663/96 sets import values. Regulation (EU) 2016/679 protects data.');
    expect(doc.mentions.filter((m) => m.text === 'EC' || m.text === 'EU').map((m) => m.type)).toEqual(['ORG', 'ORG']);
    const held = entitiesOf('Moslem refugees seek to vote in a Serb-held town, and others returned to a Serb-controlled village.');
    expect(held.mentions.filter((m) => m.type === 'LOC').map((m) => m.text)).toEqual([]);
  });

  it('reads no person in a beauty pageant\'s title or an office by which someone is addressed', () => {
    const doc = entitiesOf(
      'Miss Universe, Venezuela\'s Alicia Machado, left New Mexico on Thursday. Kotlarska was Miss Poland in 1991. ' +
        '"It is too late, Mr. President," Dole told the crowd. "Thank you, Madam Speaker," she said.',
    );
    const people = doc.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text);
    expect(people).toEqual(['Alicia Machado', 'Kotlarska', 'Dole']);
  });

  it('reads the agency in a dateline\'s brackets as an organisation, and a US politician\'s party and state as no name', () => {
    const doc = entitiesOf('Rates on hold\n\nWASHINGTON (AP) — The Federal Reserve held rates steady, and Sen. Ted Cruz, R-Texas, called it a disaster.');
    expect(typeOf(doc, 'AP')).toBe('ORG');
    expect(doc.mentions.map((m) => m.text)).not.toContain('R-Texas');
    // A dateline of two words: the agency does not take the place's type as an acronym in brackets would.
    const two = entitiesOf('Stocks fall\n\nNEW YORK (AP) — Stocks fell sharply on Tuesday.');
    expect([typeOf(two, 'NEW YORK'), typeOf(two, 'AP')]).toEqual(['LOC', 'ORG']);
    // A dated dateline.
    const dated = entitiesOf('Drones strike\n\nKYIV, Nov 24 (AP) — Russian drones struck energy facilities overnight.');
    expect([typeOf(dated, 'KYIV'), typeOf(dated, 'AP')]).toEqual(['LOC', 'ORG']);
    // With a state or country in title case.
    const state = entitiesOf('Chip results\n\nSANTA CLARA, California, Nov 19 (AP) — Nvidia reported quarterly revenue on Wednesday.');
    expect(typeOf(state, 'AP')).toBe('ORG');
    // A country of two words or more in title case before the brackets introduces no acronym ("DUBAI, United Arab Emirates (AP)").
    const country = entitiesOf('Golf\n\nDUBAI, United Arab Emirates (AP) — Rory McIlroy won on Sunday.');
    expect([typeOf(country, 'United Arab Emirates'), typeOf(country, 'AP')]).toEqual(['LOC', 'ORG']);
  });

  it('finds the curated names written with an inner capital, which neither the tagger nor the rules read ("xAI", "ChatGPT")', () => {
    const doc = entitiesOf('Elon Musk’s xAI updated Grok. Users of ChatGPT will get the new model, and eBay sellers an iPhone app.');
    expect(['xAI', 'ChatGPT', 'eBay', 'iPhone'].map((n) => typeOf(doc, n))).toEqual(['ORG', 'MISC', 'ORG', 'MISC']);
    expectValidMentions(doc);
  });

  it('reads a start-up before a name as a business, and a holiday as an event', () => {
    const doc = entitiesOf('Chinese start-up DeepSeek said its model would be released before Lunar New Year.');
    expect([typeOf(doc, 'DeepSeek'), typeOf(doc, 'Lunar New Year')]).toEqual(['ORG', 'EVENT']);
  });

  it('keeps police ranks out of names ("Det Supt Mark Williams") and reads a city after "in" as the place ("his home in Leeds")', () => {
    const doc = entitiesOf('Det Supt Mark Williams said police found weapons at his home in Leeds, West Yorkshire Police said.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['PERSON Mark Williams', 'LOC Leeds', 'ORG West Yorkshire Police']);
  });

  it('joins a first name, a nickname in quotation marks and a surname into one person', () => {
    const doc = entitiesOf('Boxing legend Roberto "Hands of Stone" Duran faces Hector "Macho" Camacho, and Dwayne “The Rock” Johnson watches.');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual([
      'Roberto "Hands of Stone" Duran', 'Hector "Macho" Camacho', 'Dwayne “The Rock” Johnson',
    ]);
    expectValidMentions(doc);
  });

  it('reads a one-word "person" before a product noun as a product ("the Claude chatbot"), but not a place ("China chips")', () => {
    const doc = entitiesOf('Anthropic said users of the Claude chatbot had doubled, while China chips and Samsung smartphones sold well.');
    expect([typeOf(doc, 'Claude'), typeOf(doc, 'China')]).toEqual(['MISC', 'LOC']);
  });

  it('reads a leader\'s surname before "administration" as the person, as CoNLL-2003 has "Clinton administration"', () => {
    const doc = entitiesOf('Nvidia said sales to China had fallen after the Trump administration restricted exports.');
    expect(typeOf(doc, 'Trump')).toBe('PERSON');
  });

  it('knows football clubs named after their towns ("Nottingham Forest", "Leicester City")', () => {
    const doc = entitiesOf('Liverpool were beaten 3-0 at home by Nottingham Forest, and Leicester City drew with Sheffield Wednesday.');
    expect(['Nottingham Forest', 'Leicester City', 'Sheffield Wednesday'].map((n) => typeOf(doc, n))).toEqual(['ORG', 'ORG', 'ORG']);
    const firms = entitiesOf('Gartner said PC sales rose, while Monsanto shares fell and Wasps beat Bath.');
    expect(['Gartner', 'Monsanto', 'Wasps'].map((n) => typeOf(firms, n))).toEqual(['ORG', 'ORG', 'ORG']);
    const f1 = entitiesOf('Norris held off Red Bull\'s Verstappen, and Lewis Hamilton finished eighth in his first season with Ferrari.');
    expect([typeOf(f1, 'Red Bull'), typeOf(f1, 'Ferrari')]).toEqual(['ORG', 'ORG']);
  });

  it('takes a curated name whose inner comma cut it ("Department for Environment, Food and Rural Affairs")', () => {
    const doc = entitiesOf('Heat alert\n\nBy Priya Sharma, Environment correspondent\n\nA Department for Environment, Food and Rural Affairs (Defra) spokesperson said it was monitoring.');
    expect(typeOf(doc, 'Department for Environment, Food and Rural Affairs')).toBe('ORG');
    expect(doc.mentions.map((m) => m.text)).not.toContain('Environment, Food and Rural Affairs');
    expectValidMentions(doc);
  });

  it('cuts a name the tagger ran on through a known name\'s possessive ("Liberal Democrats\' Treasury spokeswoman")', () => {
    const doc = entitiesOf('The Liberal Democrats\' Treasury spokeswoman, Daisy Cooper, said families in the south-west would be hit hardest.');
    expect(doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text)).toEqual(['Liberal Democrats', 'Treasury']);
    expectValidMentions(doc);
  });

  it('reads where an analyst works as an organisation, and a county after a town as a place', () => {
    const doc = entitiesOf('"The gap is shrinking," said Gil Luria, an analyst at D.A. Davidson. Temperatures reached 40.3C in Coningsby, Lincolnshire, on 19 July 2022.');
    expect([typeOf(doc, 'D.A. Davidson'), typeOf(doc, 'Coningsby'), typeOf(doc, 'Lincolnshire')]).toEqual(['ORG', 'LOC', 'LOC']);
    // Also a "place" the gazetteer does not know.
    expect(typeOf(entitiesOf('Sanjay Raja, an analyst at Investec, said the cut was priced in.'), 'Investec')).toBe('ORG');
  });

  it('reads the one-word name after "the maker of" as a product', () => {
    const doc = entitiesOf('Anthropic, the maker of Claude, and Moonshot AI, the developer of Kimi, raised money.');
    expect([typeOf(doc, 'Claude'), typeOf(doc, 'Kimi'), typeOf(doc, 'Anthropic')]).toEqual(['MISC', 'MISC', 'ORG']);
  });

  it('takes the whole curated name where the tagger cut it at a number ("BBC Radio 4", "France 24"), but not a count or a score', () => {
    const doc = entitiesOf('She told BBC Radio 4 that France 24 had it first. Wales beat France 24-18, and he arrived in France 24 hours later.');
    expect(doc.mentions.filter((m) => m.type === 'ORG').map((m) => m.text)).toEqual(['BBC Radio 4', 'France 24']);
    expect(doc.mentions.filter((m) => m.type === 'LOC').map((m) => m.text)).toEqual(['Wales', 'France', 'France']);
  });

  it('reads a broadcaster as an organisation ("told Sky Sports")', () => {
    const doc = entitiesOf('“It is a massive result for us,” Mikel Arteta told Sky Sports. He later spoke to ESPN.');
    expect([typeOf(doc, 'Sky Sports'), typeOf(doc, 'ESPN')]).toEqual(['ORG', 'ORG']);
  });

  it('keeps the capitalised particle of a name given in full when it opens a sentence ("Ten Hag")', () => {
    const doc = entitiesOf('Manchester United have sacked manager Erik ten Hag after a defeat. Ten Hag, 54, joined from Ajax in 2022.');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => m.text)).toEqual(['Erik ten Hag', 'Ten Hag']);
  });

  it('types a name right after a business noun as the business ("agrochemical giant Monsanto")', () => {
    const doc = entitiesOf('Monsanto fined\n\nThe US agrochemical giant Monsanto has agreed to pay a fine. The tracks were put up for sale by gaming group Wembley.');
    expect(typeOf(doc, 'Monsanto')).toBe('ORG');
    expect(typeOf(doc, 'Wembley')).toBe('ORG');
    expect(typeOf(entitiesOf('Club captain John Terry scored twice.'), 'John Terry')).toBe('PERSON');
  });

  it('reads a court case written with "v." as one LAW name, but not a match written with "v"', () => {
    const doc = entitiesOf('Ruling\n\nThe Supreme Court heard arguments in Trump v. United States on Monday. England v France ends 2-2.');
    expect(typeOf(doc, 'Trump v. United States')).toBe('LAW');
    expect(typeOf(doc, 'England')).toBe('LOC');
    expect(typeOf(doc, 'France')).toBe('LOC');
  });

  it('reads a share index and its number as one MISC name', () => {
    const doc = entitiesOf('Markets\n\nThe S&P 500 rose 0.8%, the Nikkei 225 closed flat and the Stoxx 600 slipped.');
    expect(doc.mentions.filter((m) => m.type === 'MISC').map((m) => m.text)).toEqual(['S&P 500', 'Nikkei 225', 'Stoxx 600']);
  });

  it('keeps a Senate or House leader\'s whole title ("Senate Minority Leader Chuck Schumer", "House Speaker Mike Johnson")', () => {
    const doc = entitiesOf('Senate Minority Leader Chuck Schumer and House Speaker Mike Johnson met on Monday.');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title])).toEqual([
      ['Chuck Schumer', 'Senate Minority Leader'], ['Mike Johnson', 'House Speaker'],
    ]);
  });

  it('reads no name into a participle that opens a sentence ("Born in 1912 …")', () => {
    const doc = entitiesOf('Obituary\n\nBorn in 1912 and educated at Portsmouth Northern Secondary School, he joined the Navy.');
    expect(doc.mentions.map((m) => m.text)).not.toContain('Born');
  });

  it('reads "Taoiseach" as a title', () => {
    const doc = entitiesOf('Taoiseach Micheál Martin said the visit marked a new chapter in relations.');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title])).toEqual([['Micheál Martin', 'Taoiseach']]);
  });

  it('reads "External Affairs Minister" as a title and "Shah" as a name', () => {
    const doc = entitiesOf('India\'s External Affairs Minister S. Jaishankar met the press. Bollywood star Shah Rukh Khan attended the premiere in Mumbai.');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title])).toEqual([
      ['S. Jaishankar', 'External Affairs Minister'], ['Shah Rukh Khan', null],
    ]);
  });

  it('reads a person\'s nickname after "known as" as a person', () => {
    const doc = entitiesOf('RSF leader Mohamed Hamdan Dagalo, known as Hemedti, blamed army chief Abdel Fattah al-Burhan.');
    expect(typeOf(doc, 'Hemedti')).toBe('PERSON');
  });

  it('keeps "Chair" in front of a person as a title, not part of an organisation', () => {
    const doc = entitiesOf('The Federal Reserve held rates steady, and Fed Chair Jerome Powell said the bank was in no hurry.');
    const person = doc.mentions.find((m) => m.type === 'PERSON');
    expect(person?.text).toBe('Jerome Powell');
    expect(person?.title).toMatch(/Chair$/);
  });

  it('types a name ending in "Act" or "Treaty" as a law even where the tagger took it for an organisation', () => {
    const doc = entitiesOf('TikTok and Meta faced new fines under the EU\'s Digital Services Act on Tuesday.');
    expect(typeOf(doc, 'Digital Services Act')).toBe('LAW');
  });

  it('finds a person after a title and keeps the title apart', () => {
    const doc = entitiesOf('The plan was backed by Prime Minister Benjamin Netanyahu on Sunday.');
    const person = doc.mentions.find((m) => m.type === 'PERSON');
    expect(person?.text).toBe('Benjamin Netanyahu');
    expect(person?.title).toBe('Prime Minister');
  });

  it('tells Israel Katz the person from Israel the country', () => {
    const doc = entitiesOf('Israel’s Minister of Defense Israel Katz said Israel would respond.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text} ${m.title ?? ''}`.trim())).toEqual([
      'LOC Israel',
      'PERSON Israel Katz Minister of Defense',
      'LOC Israel',
    ]);
  });

  it('types Khamenei and Khomeini as people after Supreme Leader and Ayatollah', () => {
    const doc = entitiesOf('Supreme Leader Ali Khamenei praised Ayatollah Khomeini’s legacy.');
    expect(doc.mentions.map((m) => [m.type, m.text, m.title])).toEqual([
      ['PERSON', 'Ali Khamenei', 'Supreme Leader'],
      ['PERSON', 'Khomeini', 'Ayatollah'],
    ]);
  });

  it('types acronyms such as IAEA and NATO as organisations', () => {
    expect(mentionsOf('Inspectors from the IAEA and officials from NATO met.')).toEqual(['ORG IAEA', 'ORG NATO']);
    expect(mentionsOf('The deal was signed by the XKRP and its allies.')).toEqual(['ORG XKRP']);
  });

  it('gives a bracketed short name the type of the long name before it', () => {
    expect(mentionsOf('They praised the Atlantic Fisheries Commission (AFC) on Monday.')).toEqual([
      'ORG Atlantic Fisheries Commission',
      'ORG AFC',
      'DATE Monday',
    ]);
  });

  it('types demonyms and peoples as NORP', () => {
    expect(mentionsOf('Israeli officials and Iranian diplomats met Kurds and Sunni leaders.')).toEqual([
      'NORP Israeli', 'NORP Iranian', 'NORP Kurds', 'NORP Sunni',
    ]);
  });

  it('types treaties and plans as LAW, wars and revolutions as EVENT', () => {
    expect(mentionsOf('The 2015 Joint Comprehensive Plan of Action (JCPOA) followed the 1979 Islamic Revolution.')).toEqual([
      'DATE 2015',
      'LAW Joint Comprehensive Plan of Action',
      'LAW JCPOA',
      'DATE 1979',
      'EVENT Islamic Revolution',
    ]);
    expect(mentionsOf('Lawmakers debated the Clean Water Act after the Cold War.')).toEqual(['LAW Clean Water Act', 'EVENT Cold War']);
  });

  it('types a storm’s name as EVENT, the name alone as in CoNLL-2003', () => {
    const doc = entitiesOf('Hurricane Milton tore across Florida overnight. Typhoon Haiyan killed thousands in 2013.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['EVENT Milton', 'LOC Florida', 'EVENT Haiyan', 'DATE 2013']);
  });

  it('types organisations by their head word, with "of" inside the name', () => {
    expect(mentionsOf('Rates were set by the Bank of England and criticised by the Green Party.')).toEqual([
      'ORG Bank of England',
      'ORG Green Party',
    ]);
    expect(mentionsOf('He studied at the University of Tehran.')).toEqual(['ORG University of Tehran']);
  });

  it('splits lists of names joined by "and"', () => {
    expect(mentionsOf('Pressure came from France, Germany and the United Kingdom.')).toEqual([
      'LOC France', 'LOC Germany', 'LOC United Kingdom',
    ]);
    expect(mentionsOf('Envoys from France and Germany arrived.')).toEqual(['LOC France', 'LOC Germany']);
  });

  it('does not take common words at the start of a sentence for names', () => {
    expect(mentionsOf('Following the collapse, talks stalled. Defense analysts warned.')).toEqual([]);
    expect(mentionsOf('The talks resumed. However, Tehran refused.')).toEqual(['LOC Tehran']);
  });

  it('keeps only known names in an all-caps headline', () => {
    expect(mentionsOf('IRAN REJECTS NATO DEMANDS AS TALKS STALL')).toEqual(['LOC IRAN', 'ORG NATO']);
  });

  it('reads a name in an all-caps headline as the body writes it: ISRAEL KATZ is the person, not the country', () => {
    const doc = entitiesOf('IRAN REJECTS TALKS AS ISRAEL KATZ WARNS TEHRAN\n\nIsrael Katz said Iran would pay a price.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual([
      'LOC IRAN', 'PERSON ISRAEL KATZ', 'LOC TEHRAN', 'PERSON Israel Katz', 'LOC Iran',
    ]);
    expectValidMentions(doc);
  });

  it('reads the place of a line in capitals holding a place and a date as a place, whatever the body made of its words', () => {
    // The body's "New York" is the team, an organisation; the dateline line names the city.
    const doc = entitiesOf('BASEBALL - MAJOR LEAGUE RESULTS\n\nNEW YORK 1996-08-30\n\nResults of Major League Baseball games played on Friday: New York 5 Boston 2, Chicago 3 Detroit 1.');
    expect(typeOf(doc, 'New York')).toBe('ORG');
    expect(typeOf(doc, 'NEW YORK')).toBe('LOC');
    expectValidMentions(doc);
  });

  it('keeps only known names in a title-case heading', () => {
    expect(mentionsOf('Regional Security and the Axis of Resistance\n\nIran funds Hamas in Gaza.')).toEqual([
      'LOC Iran', 'ORG Hamas', 'LOC Gaza',
    ]);
  });

  it('keeps lowercase name particles and hyphenated prefixes inside a name', () => {
    expect(mentionsOf('Bashar al-Assad met Osama bin Laden’s son.')).toEqual(['PERSON Bashar al-Assad', 'PERSON Osama bin Laden']);
  });

  it('finds a known name before a lowercase hyphenated tail', () => {
    expect(mentionsOf('It was a Hamas-orchestrated attack.')).toEqual(['ORG Hamas']);
  });

  it('finds people by honorifics and initials', () => {
    expect(mentionsOf('Mr. Smith spoke to Dr Jones and J. K. Rowling.')).toEqual([
      'PERSON Smith', 'PERSON Jones', 'PERSON J. K. Rowling',
    ]);
  });

  it('makes a lone surname the person named in full elsewhere in the document', () => {
    const doc = entitiesOf('Prime Minister Benjamin Netanyahu spoke on Tuesday. Netanyahu, 74, has led Israel for years.');
    expect(typeOf(doc, 'Netanyahu')).toBe('PERSON');
  });

  it('makes a company named without its suffix the same organisation', () => {
    expect(mentionsOf('Kestrel Dynamics Ltd cut jobs. Shares in Kestrel Dynamics fell.')).toEqual([
      'ORG Kestrel Dynamics Ltd',
      'ORG Kestrel Dynamics',
    ]);
  });

  it('types a surname on its own as the person named in full, where the tagger guessed otherwise, but not a known company', () => {
    const spanish = entitiesOf('Andrés Ramírez Cevallos won the runoff on Sunday. Ramírez Cevallos thanked voters in Guayaquil. "Ecuador has chosen order," Ramírez Cevallos said.');
    expect(spanish.mentions.filter((m) => m.text === 'Ramírez Cevallos').map((m) => m.type)).toEqual(['PERSON', 'PERSON']);
    const ford = entitiesOf('Ford chairman Bill Ford said sales rose. Ford reported net income of $104m in the fourth quarter.');
    expect(ford.mentions.filter((m) => m.text === 'Ford').map((m) => m.type)).toEqual(['ORG', 'ORG']);
  });

  it('reads a bill with its number as one LAW name, also by its chamber’s letters ("SB 12", "H.R. 1")', () => {
    const doc = entitiesOf('The Texas House passed House Bill 2154 on Tuesday. The Senate version, SB 12, stalled. HB 2154 now goes to Governor Greg Abbott. The House passed H.R. 1 in March.');
    expect(doc.mentions.filter((m) => m.type === 'LAW').map((m) => m.text)).toEqual(['House Bill 2154', 'SB 12', 'HB 2154', 'H.R. 1']);
    expectValidMentions(doc);
    const more = entitiesOf('Senate Bill 12, which passed, and House Bill 2154, the budget bill, went ahead. The House passed House Bill 9.');
    expect(more.mentions.filter((m) => m.type === 'LAW').map((m) => m.text)).toEqual(['Senate Bill 12', 'House Bill 2154', 'House Bill 9']);
    expect(more.mentions.filter((m) => m.type === 'LAW')[0].text).toMatch(/Bill 12$/);
  });

  it('keeps a country’s letters inside a person’s title ("Assistant U.S. Attorney", "U.S. Magistrate Judge")', () => {
    const doc = entitiesOf('U.S. District Judge Maria Alvarez sentenced him. Assistant U.S. Attorney Kevin Lindqvist argued. U.S. Magistrate Judge Leda Dunn Wettre agreed.');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title])).toEqual([
      ['Maria Alvarez', 'U.S. District Judge'], ['Kevin Lindqvist', 'Assistant U.S. Attorney'], ['Leda Dunn Wettre', 'U.S. Magistrate Judge'],
    ]);
  });

  it('leaves a barrister’s rank (KC, QC, SC) out of the name, and keeps "SC" of a club', () => {
    const doc = entitiesOf('The prosecutor, Nicholas Pemberton KC, told the jury. Judge Michael King SC said the jury must decide. Phillip Boulten SC appeared for the accused. Orlando City SC won.');
    expect(doc.mentions.map((m) => [m.type, m.text, m.title])).toEqual([
      ['PERSON', 'Nicholas Pemberton', null], ['PERSON', 'Michael King', 'Judge'], ['PERSON', 'Phillip Boulten', null], ['ORG', 'Orlando City SC', null],
    ]);
    // Also where the rules join the title ("Judge Peter Blair KC", "Prosecutor Anna Vigars KC").
    const titled = entitiesOf('Judge Peter Blair KC said the driver was reckless. Prosecutor Anna Vigars KC agreed.');
    expect(titled.mentions.map((m) => [m.type, m.text, m.title])).toEqual([['PERSON', 'Peter Blair', 'Judge'], ['PERSON', 'Anna Vigars', 'Prosecutor']]);
  });

  it('types a street or a river as a place, but not a person surnamed Lane nor "Downing Street said"', () => {
    const doc = entitiesOf('The shooting happened on nearby Brady Street shortly after midnight. Police closed Rosebank Crescent. He drowned in the River Ouse. Nathan Lane starred. Downing Street said it would respond.');
    expect(doc.mentions.filter((m) => m.type !== 'TIME').map((m) => [m.type, m.text])).toEqual([
      ['LOC', 'Brady Street'], ['LOC', 'Rosebank Crescent'], ['LOC', 'River Ouse'], ['PERSON', 'Nathan Lane'], ['ORG', 'Downing Street'],
    ]);
  });

  it('takes the words that spell an acronym in brackets after them as one name, past a possessive', () => {
    const doc = entitiesOf("Imran Khan's party, Pakistan Tehreek-e-Insaf (PTI), called protests. The Springfield Arson and Bomb Squad (SABS) and "
      + "the Ministry of Housing, Communities and Local Government (MHCLG) are investigating. The Disasters Emergency Committee's (DEC) appeal opened.");
    expect(doc.mentions.filter((m) => m.type !== 'PERSON' && !/^[A-Z]+$/.test(m.text)).map((m) => m.text)).toEqual([
      'Pakistan Tehreek-e-Insaf', 'Springfield Arson and Bomb Squad', 'Ministry of Housing, Communities and Local Government', 'Disasters Emergency Committee',
    ]);
    expect(doc.mentions.find((m) => m.text === 'Pakistan Tehreek-e-Insaf')?.type).toBe('ORG');
    // Not a dateline in capitals and its agency, nor words that do not spell the letters.
    const other = entitiesOf('NEW YORK (AP) — The Centers for Disease Control and Prevention (CDC) warned on Monday.');
    expect(other.mentions.map((m) => m.text)).toEqual(['NEW YORK', 'AP', 'Centers for Disease Control and Prevention', 'CDC', 'Monday']);
  });

  it('spells an acronym\'s lower-case letter with its linking word ("Transport for Wales (TfW)") and links it', () => {
    const doc = normaliseDoc(entitiesOf('Services were cut, Transport for Wales (TfW) has confirmed. TfW said the delay was needed. '
      + 'Buses run under contract to Transport for Greater Manchester (TfGM), and TfGM confirmed it.'));
    expect(doc.mentions.map((m) => `${m.type} ${m.text} ${m.canonicalName}`)).toEqual([
      'ORG Transport for Wales Transport for Wales', 'ORG TfW Transport for Wales', 'ORG TfW Transport for Wales',
      'ORG Transport for Greater Manchester Transport for Greater Manchester', 'ORG TfGM Transport for Greater Manchester', 'ORG TfGM Transport for Greater Manchester',
    ]);
  });

  it('gives the type of a curated organisation in brackets to the long name before it ("the Christian Democrats (CDU)")', () => {
    const doc = entitiesOf('The vote split the conservative Christian Democrats (CDU), and a senior CDU lawmaker said no.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['ORG Christian Democrats', 'ORG CDU', 'ORG CDU']);
  });

  it('reads a councillor\'s title before a name as a title ("Councillor George Redmond", "Cr Byrne"), not "TD" of "TD Garden"', () => {
    const doc = normaliseDoc(entitiesOf('Fianna Fáil sources said that Fine Gael would agree. Labour group leader Councillor George Redmond said the levy was fair. '
      + 'The mayor, Darcy Byrne, said so. Cr Byrne told the Herald.'));
    const people = doc.mentions.filter((m) => m.type === 'PERSON').map((m) => `${m.title ?? ''}|${m.text}|${m.canonicalName}`);
    expect(people).toEqual(['Councillor|George Redmond|George Redmond', '|Darcy Byrne|Darcy Byrne', 'Cr|Byrne|Darcy Byrne']);
    expect(typeOf(doc, 'Fianna Fáil')).toBe('ORG');
    expect(typeOf(doc, 'Fine Gael')).toBe('ORG');
    expect(mentionsOf('The Celtics played at the TD Garden on Friday.')).toContain('ORG TD Garden');
  });

  it('keeps US local titles in `title` ("Sheriff", "Trustee", "Township Supervisor", "Council President", "Battalion Chief"; probe LO)', () => {
    const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);
    expect(titled('Deputies handled eight deer crashes, Sheriff Mark Dreher said.')).toContain('PERSON Mark Dreher [Sheriff]');
    expect(titled('The board voted 6-1, with Trustee Gregory Ostrander casting the lone no vote.')).toEqual(['PERSON Gregory Ostrander [Trustee]']);
    expect(titled('Township Supervisor Anne Marie Graham-Hudak said the budget reflects hard choices.')).toEqual(['PERSON Anne Marie Graham-Hudak [Township Supervisor]']);
    expect(titled('Council President Marguerite Healy said she had heard from residents.')).toEqual(['PERSON Marguerite Healy [Council President]']);
    // The body's word the tagger took for an organisation names no one.
    expect(titled('Crews found heavy fire on the first floor, Battalion Chief Ryan Kowalewski said.')).toEqual(['PERSON Ryan Kowalewski [Battalion Chief]']);
    // "Chief" heads no title of its own: an association's name stays whole.
    expect(titled('The Association of Chief Police Officers has issued guidance.')).toEqual(['ORG Association of Chief Police Officers']);
  });

  it('runs a body\'s name through a plural\'s possessive apostrophe ("Swindon Magistrates\' Court")', () => {
    expect(mentionsOf("Appearing at Swindon Magistrates' Court on Thursday, she admitted speeding. The National Farmers’ Union said prices fell."))
      .toEqual(["ORG Swindon Magistrates' Court", 'DATE Thursday', 'ORG National Farmers’ Union']);
  });

  it('reads an interview\'s label of initials as the person of those initials ("HA:" after "Helen Achterberg:")', () => {
    const text = 'The ice is not waiting\n\nHelen Achterberg runs the British Antarctic Survey.\n\nTom Whitfield: What has surprised you?\n\n'
      + 'Helen Achterberg: How much of it is logistics.\n\nTW: Is the nickname fair?\n\nHA: I do not love the nickname, but I understand why people use it.';
    const doc = normaliseDoc(entitiesOf(text));
    const ha = doc.mentions.filter((m) => m.text === 'HA');
    expect(ha.map((m) => [m.type, m.canonicalName])).toEqual([['PERSON', 'Helen Achterberg']]);
    expect(ha[0].entityId).toBe(doc.mentions.find((m) => m.text === 'Helen Achterberg')?.entityId);
  });

  it('takes title-case words in double quotation marks as one work title, not the names inside them', () => {
    const doc = entitiesOf('George Orwell wrote in “The Road to Wigan Pier” that the shortage was grave. Tocqueville wrote "Democracy in America" in 1835. '
      + 'Trump said “Israel is safe and we will win”.');
    expect(doc.mentions.filter((m) => m.type !== 'DATE' && m.text !== 'Tocqueville').map((m) => [m.type, m.text])).toEqual([
      ['PERSON', 'George Orwell'], ['MISC', 'The Road to Wigan Pier'], ['MISC', 'Democracy in America'], ['PERSON', 'Trump'], ['LOC', 'Israel'],
    ]);
  });

  it('types a place a pathogen is named after as MISC before "virus", "strain" or "variant", not the place', () => {
    const doc = normaliseDoc(entitiesOf('Uganda declared an outbreak of Sudan virus disease. Sudan virus kills half of those infected, more than the Zaire strain. Sudan and Uganda signed a deal.'));
    expect(doc.mentions.map((m) => [m.type, m.text])).toEqual([
      ['LOC', 'Uganda'], ['MISC', 'Sudan'], ['MISC', 'Sudan'], ['MISC', 'Zaire'], ['LOC', 'Sudan'], ['LOC', 'Uganda'],
    ]);
  });

  it('knows political parties of Europe, Asia and Africa as organisations ("National Rally", "Awami League")', () => {
    const doc = entitiesOf('Emmanuel Macron cannot stand again. Jordan Bardella of the National Rally leads most polls with about 34%. '
      + 'In Dhaka, the Awami League and the Bangladesh Nationalist Party traded blame.');
    expect(['National Rally', 'Awami League', 'Bangladesh Nationalist Party'].map((n) => typeOf(doc, n))).toEqual(['ORG', 'ORG', 'ORG']);
    // A party the list does not hold whole keeps its acronym linked to the name written before it: "Pakistan Muslim
    // League-Nawaz (PML-N)", now among the it.fails cases (the model with word vectors cuts the name).
  });

  it('types a name ending in "Survey" as an organisation ("British Antarctic Survey")', () => {
    const text = "Professor Helen Achterberg took over as director of the British Antarctic Survey (BAS) in September, the first glaciologist to run the organisation in 30 years.";
    expect(entitiesOf(text).mentions.filter((m) => m.text.includes('Survey') || m.text === 'BAS').map((m) => m.type)).toEqual(['ORG', 'ORG']);
  });

  it('reads a street named after a title as a street, not a title and a person ("King Street East")', () => {
    const doc = entitiesOf('The building on King Street East was evacuated. Traffic was diverted along Queen Street.');
    expect(doc.mentions.map((m) => [m.type, m.text, m.title])).toEqual([['LOC', 'King Street East', null], ['LOC', 'Queen Street', null]]);
  });

  it('takes a country named with "and" whole ("Trinidad and Tobago"), and keeps two countries joined by "and" apart', () => {
    const doc = entitiesOf('Storm surges hit Trinidad and Tobago and Barbados. Saint Kitts and Nevis signed. France and Germany agreed.');
    expect(doc.mentions.map((m) => [m.type, m.text])).toEqual([
      ['LOC', 'Trinidad and Tobago'], ['LOC', 'Barbados'], ['LOC', 'Saint Kitts and Nevis'], ['LOC', 'France'], ['LOC', 'Germany'],
    ]);
  });

  it('finds the platform X where the text says it is one, and knows entertainment outlets', () => {
    const doc = entitiesOf('She wrote on X that the tour was off. The post on X, formerly Twitter, drew replies. Jay-K told Variety on Monday.');
    // "Jay-K" (a person) is typed by the tagger alone: see the it.fails cases.
    expect(doc.mentions.filter((m) => m.type === 'ORG' && m.text !== 'Jay-K').map((m) => m.text)).toEqual(['X', 'X', 'Twitter', 'Variety']);
  });

  it('takes no "PAC" of a "super PAC" for a name', () => {
    expect(entitiesOf('A single super PAC spent heavily and the super PACs aligned with the party grew.').mentions.map((m) => m.text)).toEqual([]);
  });

  it('never lets a surname turn a country into a person', () => {
    // The title makes "Israel Katz" a person; the lone "Israel" after it stays the country.
    const doc = entitiesOf('Defence Minister Israel Katz arrived. Israel welcomed him.');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toEqual(['PERSON Israel Katz', 'LOC Israel']);
  });

  it('returns mentions whose text is their slice, sorted and without overlaps', () => {
    const doc = entitiesOf(
      'WASHINGTON (Reuters) - U.S. President Donald Trump told the U.N. General Assembly on Tuesday that ' +
        'Iran’s “reign of terror” must end, as Brent crude rose 2% to $65.50 a barrel by 10:30 GMT.',
    );
    expectValidMentions(doc);
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toContain('PERSON Donald Trump');
    expect(doc.mentions.map((m) => `${m.type} ${m.text}`)).toContain('ORG Reuters');
  });
});

describe('entities stage: market names (probe BZ)', () => {
  it('reads where analysts work as a business also when the sentence opens with them', () => {
    expect(typeOf(entitiesOf('Analysts at Bernstein, led by Stacy Rasgon, said the results were strong.'), 'Bernstein')).toBe('ORG');
    expect(typeOf(entitiesOf('Prashanth Tapse, senior vice-president (research) at Mehta Equities, said the issue was priced well.'), 'Mehta Equities')).toBe('ORG');
  });

  it('takes no name from an index code in brackets, and keeps "Composite" and no lower-case word in an index name', () => {
    expect(mentionsOf('The pan-European STOXX 600 index (.STOXX) rose 0.4%, while Britain\'s FTSE 100 (.FTSE) was flat.'))
      .toEqual(['MISC STOXX 600', 'PERCENT 0.4%', 'LOC Britain', 'MISC FTSE 100']);
    expect(mentionsOf('The Nasdaq Composite added 0.6% on the day.')).toEqual(['MISC Nasdaq Composite', 'PERCENT 0.6%']);
  });

  it('reads "West Texas Intermediate" as the oil benchmark, MISC, and a contingent value right as no name', () => {
    expect(mentionsOf('U.S. West Texas Intermediate crude futures fell 30 cents.')).toEqual(['LOC U.S.', 'MISC West Texas Intermediate', 'MONEY 30 cents']);
    expect(mentionsOf('Including the CVR, the offer values the company at about $10 billion.')).toEqual(['MONEY $10 billion']);
  });
});

describe('entities stage: titles written in full (probe ME)', () => {
  const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);

  it('keeps a title of hyphenated title words out of the name: "Director-General Tedros"', () => {
    expect(titled('WHO Director-General Tedros Adhanom Ghebreyesus said on X that aid was blocked.'))
      .toContain('PERSON Tedros Adhanom Ghebreyesus [Director-General]');
  });

  it('reads the portfolio after "Minister of" as part of the title, not a body', () => {
    expect(titled('Sheikh Abdullah bin Zayed, Minister of Foreign Affairs, met Marco Rubio in Washington.'))
      .toEqual(['PERSON Abdullah bin Zayed [Sheikh]', 'PERSON Marco Rubio', 'LOC Washington']);
    expect(titled('The Saudi foreign minister attended, as did Minister of State and National Security Adviser Musaed Al-Aiban.'))
      .toEqual(['NORP Saudi', 'PERSON Musaed Al-Aiban [Minister of State and National Security Adviser]']);
  });
});

describe('entities stage: the titles of offices (session 22)', () => {
  const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);

  it('keeps the body of a title such as "UN Humanitarian Coordinator" and no organisation of its title words', () => {
    expect(titled('The UN Humanitarian Coordinator, Tom Fletcher, said aid was blocked.'))
      .toEqual(['ORG UN', 'PERSON Tom Fletcher']);
    expect(titled('The UN Resident Coordinator in Yemen, Julien Harneis, said the port was closed.'))
      .toEqual(['ORG UN', 'LOC Yemen', 'PERSON Julien Harneis']);
    expect(titled('The EU Special Representative for the Sahel, Joao Cravinho, visited Mali.'))
      .toEqual(['ORG EU', 'LOC Sahel', 'PERSON Joao Cravinho', 'LOC Mali']);
    expect(titled('People have fled, the UN Resident and Humanitarian Coordinator for Sudan, Clementine Nkweta-Salami, said on Tuesday.'))
      .toEqual(['ORG UN', 'LOC Sudan', 'PERSON Clementine Nkweta-Salami', 'DATE Tuesday']);
  });

  it('finds the body whose initials stand before a person\'s title where the tagger read them as a word ("met WHO Director-General")', () => {
    expect(titled('He met WHO Director-General Tedros Adhanom Ghebreyesus on Monday.'))
      .toEqual(['ORG WHO', 'PERSON Tedros Adhanom Ghebreyesus [Director-General]', 'DATE Monday']);
    // Not across a sentence's start, and not initials no body has.
    expect(mentionsOf('He spoke to the WHO. Director-General Tedros Adhanom Ghebreyesus agreed.').filter((m) => m.startsWith('ORG'))).toEqual(['ORG WHO']);
  });

  it('keeps a title\'s portfolio out of the person\'s name after "Commissioner for" ("Refugees Filippo Grandi")', () => {
    expect(mentionsOf('UN High Commissioner for Refugees Filippo Grandi said the camps were full.')).toEqual(['ORG UN', 'PERSON Filippo Grandi']);
    expect(mentionsOf('Along with Minister for Work Jane Kennedy, he then went on to tear into the plans.')).toContain('PERSON Jane Kennedy');
  });

  it('takes a portfolio\'s whole name before a title\'s head into the title ("Work and Pensions Secretary"), not as names', () => {
    expect(titled('Along with Work and Pensions Secretary Alan Johnson and Minister for Work Jane Kennedy, he went on.'))
      .toEqual(['PERSON Alan Johnson [Work and Pensions Secretary]', 'PERSON Jane Kennedy [Minister for Work]']);
    expect(titled('Culture, Media and Sport Secretary Tessa Jowell said the BBC would survive.'))
      .toEqual(['PERSON Tessa Jowell [Culture, Media and Sport Secretary]', 'ORG BBC']);
    // A sentence's "And" is no portfolio.
    expect(titled('And Mr Brown said so.')).toEqual(['PERSON Brown [Mr]']);
  });

  it('drops a title of title words alone, and leaves what only looks like one', () => {
    expect(titled('The Deputy Humanitarian Coordinator for Gaza said on Monday that fuel had run out.')).toEqual(['LOC Gaza', 'DATE Monday']);
    // A place before the title is no body of it ("the US Trade Representative's Office" is one); a king and an executive
    // committee are not offices.
    expect(mentionsOf('The US Trade Representative met EU officials.')).toContain('ORG US Trade Representative');
    expect(mentionsOf('Clapton, alongside BB King, also introduced fellow guitarist Buddy Guy.')).toContain('MISC BB King');
    expect(mentionsOf("He sat on the Labour Party's National Executive.")).toContain('ORG National Executive');
  });
});

describe('entities stage: firms\' names (probe BZ)', () => {
  it('reads surnames joined by commas and "&" as one firm, and keeps a name before "and" apart', () => {
    expect(mentionsOf('Challenger, Gray & Christmas, an outplacement firm, said layoffs rose.')).toEqual(['ORG Challenger, Gray & Christmas']);
    expect(mentionsOf('Guggenheim Securities and Wachtell, Lipton, Rosen & Katz advised Metsera.'))
      .toEqual(['ORG Guggenheim Securities', 'ORG Wachtell, Lipton, Rosen & Katz', 'ORG Metsera']);
  });

  it('keeps a name\'s own "\'s" before a legal form, and no "Rival" opening the sentence', () => {
    expect(mentionsOf('Shares rose after its €16 billion purchase of JDE Peet\'s NV was approved.')).toContain('ORG JDE Peet\'s NV');
    expect(mentionsOf('Rival Honda Motor Co (7267.T) on Friday cut its forecast.')).toEqual(['ORG Honda Motor Co', 'DATE Friday']);
  });

  it('leaves a role or a common noun in lower case after an organisation out of its name', () => {
    expect(mentionsOf('Trump wrote on his Truth Social platform that the Fed should cut.')).toContain('ORG Truth Social');
    expect(mentionsOf('Liberal Democrat leader Charles Kennedy said so.')).toEqual(['ORG Liberal Democrat', 'PERSON Charles Kennedy']);
  });
});

describe('entities stage: curated names of Middle East and shipping news (probes ME, BZ)', () => {
  it('finds and types the groups, parties, broadcasters and shipping lines the curated list knows', () => {
    expect(mentionsOf('Israel\'s COGAT, the military body that oversees aid to the Palestinian territories, disputed the figures.')).toContain('ORG COGAT');
    expect(mentionsOf('Germany\'s Hapag-Lloyd said in a statement that it would keep avoiding the Red Sea.')).toContain('ORG Hapag-Lloyd');
    expect(mentionsOf('The forecast was based on a survey of analysts by LSEG: revenue of $55.2 billion.')).toContain('ORG LSEG');
    expect(mentionsOf('"If the prime minister lets this deal continue, Otzma Yehudit will not remain in the government," he said.')).toEqual(['ORG Otzma Yehudit']);
    expect(mentionsOf('The Houthis\' Al-Masirah satellite news channel said the group had targeted the ship.')).toContain('ORG Al-Masirah');
  });

  it('reads a body named for what it studies as the body, not an event by its last word ("Institute for the Study of War")', () => {
    expect(mentionsOf('The Institute for the Study of War (ISW), a US-based think tank, said so.').slice(0, 2))
      .toEqual(['ORG Institute for the Study of War', 'ORG ISW']);
  });

  it('reads Telegram as the platform, an organisation', () => {
    expect(mentionsOf('Zelensky said on Telegram that the attack killed two.')).toEqual(['PERSON Zelensky', 'ORG Telegram']);
  });

  it('finds a storm\'s name after "Super Typhoon" or "Tropical Storm" where the tagger found nothing, but no weapon or jet', () => {
    expect(mentionsOf('Super Typhoon Fung-wong made landfall. Fung-wong then weakened.')).toEqual(['EVENT Fung-wong', 'EVENT Fung-wong']);
    expect(mentionsOf('Tropical Storm Chantal moved north.')).toEqual(['EVENT Chantal']);
    // (Where the tagger took "Super Typhoon" into the name: the name alone.)
    expect(mentionsOf('Super Typhoon Fung-wong has killed at least two people, officials said.')).toEqual(['EVENT Fung-wong']);
    expect(mentionsOf('RAF Typhoon jets flew over.').some((m) => m.startsWith('EVENT'))).toBe(false);
  });

  it('reads a military rank before a name as its title, with no name of its own ("Lt." of "Lt. Gen.", "Brig. Gen.")', () => {
    const titled = (text: string) => entitiesOf(text).mentions.map((m) => `${m.type} ${m.text}${m.title ? ` [${m.title}]` : ''}`);
    expect(titled('Lt. Gen. Mykhailo Drapatyi said the troops held.')).toEqual(['PERSON Mykhailo Drapatyi [Lt. Gen.]']);
    expect(titled('Brig. Gen. Pat Ryder said so.')).toEqual(['PERSON Pat Ryder [Brig. Gen.]']);
  });

  it('reads the portfolio of a commissioner "for Human Rights" as part of the office, no name of its own', () => {
    expect(mentionsOf('The UN High Commissioner for Human Rights, Volker Türk, said the attacks were crimes.')).not.toContain('MISC Human Rights');
  });

  it('knows defence and energy bodies and the weapons the war news names ("the Bundeswehr", "Shahed drones")', () => {
    expect(mentionsOf('By 2029 the Bundeswehr will become the largest army in Europe.')).toContain('ORG Bundeswehr');
    expect(mentionsOf('Stocks of Shahed drones are high, Ukrenergo said.')).toEqual(['MISC Shahed', 'ORG Ukrenergo']);
  });

  it('reads an acronym in brackets after the lower-case words it spells as no name ("global acute malnutrition (GAM)")', () => {
    expect(mentionsOf('The district reported a global acute malnutrition (GAM) rate of 34 per cent among internally displaced persons (IDPs).'))
      .toEqual(['PERCENT 34 per cent']);
    // A body's acronym after its capitalised name stays.
    expect(mentionsOf('The World Food Programme (WFP) said so.')).toEqual(['ORG World Food Programme', 'ORG WFP']);
  });
});

describe('a line in capitals that is one word alone', () => {
  it('is no name when it is a common word over a section ("HEALTH")', () => {
    const doc = entitiesOf('Sudan crisis update\n\nHEALTH\n\nCholera cases rose in Darfur, the World Health Organization said.');
    expect(doc.mentions.map((m) => m.text)).not.toContain('HEALTH');
    expect(typeOf(doc, 'World Health Organization')).toBe('ORG');
  });

  it('stays a name when the gazetteer or the story knows it, or the word is a rare one ("NATO", "ACME", "KOMPAS")', () => {
    expect(mentionsOf('World news\n\nNATO\n\nThe alliance met in Brussels.')).toContain('ORG NATO');
    expect(mentionsOf('Weekly\n\nACME\n\nAcme Corp shares rose as Acme reported profits.')).toContain('ORG ACME');
    expect(mentionsOf('Digest\n\nKOMPAS\n\nThe paper said rice prices rose.')).toContain('ORG KOMPAS');
  });
});
