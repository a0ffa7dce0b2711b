import { describe, expect, it } from 'vitest';
import { entitiesOf, mentionsOf } from './helpers.ts';
import { emptyMeta, newDoc, type EntityType, type Mention } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { retypeByContext } from '../../../src/stages/entities/context-types.ts';
import { getGazetteer } from '../../../src/stages/entities/gazetteer.ts';

/** `retypeByContext` over a segmented text whose mentions are the given (text, type) pairs, found in order. */
function retyped(text: string, spans: Array<[string, EntityType]>): string[] {
  const doc = segmentDoc(newDoc({ id: 'd', sourcePath: 'd.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text }));
  let from = 0;
  const mentions: Mention[] = spans.map(([s, type]) => {
    const start = text.indexOf(s, from);
    from = start + s.length;
    const sentenceIndex = doc.sentences.findIndex((x) => x.start <= start && start < x.end);
    return { start, end: from, text: s, type, sentenceIndex, title: null, canonicalName: null, entityId: null, source: 'tagger' };
  });
  return retypeByContext(doc, mentions, getGazetteer()).map((m) => `${m.type} ${m.text}`);
}

/** The mentions of `text` whose text is one of `names`, as "TYPE text". */
const typed = (text: string, ...names: string[]): string[] => mentionsOf(text).filter((m) => names.includes(m.slice(m.indexOf(' ') + 1)));

describe('types decided by the words around a name', () => {
  it('reads a name after "mayor of" as a place, and its other mentions with it', () => {
    expect(retyped('Irena Vasquez, a former mayor of Port Amsel, is expected to be sworn in. She spoke in Port Amsel.', [
      ['Irena Vasquez', 'PERSON'], ['Port Amsel', 'ORG'], ['Port Amsel', 'ORG'],
    ])).toEqual(['PERSON Irena Vasquez', 'LOC Port Amsel', 'LOC Port Amsel']);
    // A governor "of" names a body as often as a place: not read as one.
    expect(retyped('He was governor of Nordbank until 2020.', [['Nordbank', 'ORG']])).toEqual(['ORG Nordbank']);
  });

  it('reads the Chinese surname He before a given name in pinyin as a person, not the pronoun', () => {
    expect(retyped('Meanwhile, Vice-Premier He Lifeng is expected to meet Scott Bessent.', [['Scott Bessent', 'PERSON']]))
      .toEqual(['PERSON He Lifeng', 'PERSON Scott Bessent']);
    expect(retyped('He Lifeng said the talks were constructive. He said more would follow.', [['Lifeng', 'ORG']])).toEqual(['PERSON He Lifeng']);
    const doc = entitiesOf('Meanwhile, Vice-Premier He Lifeng is expected to meet US Treasury Secretary Scott Bessent.');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title])).toEqual([['He Lifeng', 'Vice-Premier'], ['Scott Bessent', 'US Treasury Secretary']]);
    // The pronoun before a word the article writes in lower case, or a heading's next capital, stays no name.
    expect(retyped('He Again won. He Became President.', [])).toEqual([]);
  });

  it('makes a medicine or a spacecraft MISC by the noun before or after it, a brand beside its generic name, or an apposition', () => {
    expect(retyped('The same booster is used in its shingles vaccine Shingrix.', [['Shingrix', 'PERSON']])).toEqual(['MISC Shingrix']);
    expect(retyped('It is lecanemab (sold as Leqembi) and donanemab (Kisunla).', [['Leqembi', 'ORG'], ['Kisunla', 'LOC']])).toEqual(['MISC Leqembi', 'MISC Kisunla']);
    expect(retyped('Gilead sells it in the U.S. as Yeztugo.', [['Gilead', 'ORG'], ['U.S.', 'LOC'], ['Yeztugo', 'LOC']])).toEqual(['ORG Gilead', 'LOC U.S.', 'MISC Yeztugo']);
    // The article's other mentions follow: "Novo Nordisk's Wegovy" after "the Wegovy pill".
    expect(retyped("FDA approves higher-dose Wegovy pill. The active ingredient in Novo Nordisk's Wegovy is semaglutide.", [['FDA', 'ORG'], ['Wegovy', 'PERSON'], ['Novo Nordisk', 'ORG'], ['Wegovy', 'PERSON']]))
      .toEqual(['ORG FDA', 'MISC Wegovy', 'ORG Novo Nordisk', 'MISC Wegovy']);
    expect(retyped("SpaceX's Starship, the largest and most powerful rocket ever built, flew again. Starship must refuel.", [['SpaceX', 'ORG'], ['Starship', 'ORG'], ['Starship', 'ORG']]))
      .toEqual(['ORG SpaceX', 'MISC Starship', 'MISC Starship']);
    expect(retyped('The Artemis III and Artemis IV missions are planned.', [['Artemis III', 'ORG'], ['Artemis IV', 'ORG']])).toEqual(['MISC Artemis III', 'MISC Artemis IV']);
  });

  it('keeps a business, a person and a known name before a medicine\'s noun', () => {
    expect(retyped('The Novavax vaccine was approved.', [['Novavax', 'ORG']])).toEqual(['ORG Novavax']);
    // (A verb is no noun, and a headline's last word no cue for the next line's name.)
    expect(retyped('FA probes crowd trouble\n\nThe FA is to take action.', [['FA', 'ORG'], ['FA', 'ORG']])).toEqual(['ORG FA', 'ORG FA']);
    expect(retyped('Radcliffe eyes hard line on drugs\n\nPaula Radcliffe has called for bans.', [['Radcliffe', 'PERSON'], ['Paula Radcliffe', 'PERSON']]))
      .toEqual(['PERSON Radcliffe', 'PERSON Paula Radcliffe']);
    expect(retyped('The Biden vaccine mandate was struck down.', [['Biden', 'PERSON']])).toEqual(['PERSON Biden']);
    expect(retyped('The Oxford vaccine was approved.', [['Oxford', 'LOC']])).toEqual(['LOC Oxford']);
  });

  it('makes a name a business where an apposition, a role or a workplace says so, and the article\'s other mentions follow', () => {
    expect(typed('Quillmark, the Austin-based startup that makes billing software for clinics, has raised $80 million. Quillmark was founded in 2021.', 'Quillmark'))
      .toEqual(['ORG Quillmark', 'ORG Quillmark']);
    expect(typed('Ferrox, a Lagos-based payments company, said on Monday it had hired 40 engineers. Ferrox now has 300 staff.', 'Ferrox'))
      .toEqual(['ORG Ferrox', 'ORG Ferrox']);
    expect(typed("Tallowby raised $40 million on Tuesday. Jana Ortiz, Tallowby's CEO, said the money would go on hiring.", 'Tallowby'))
      .toEqual(['ORG Tallowby', 'ORG Tallowby']);
    expect(typed('The deal was led by Corvane CEO Lars Holm, who said it would close in March. Analysts said Corvane had overpaid.', 'Corvane', 'Lars Holm'))
      .toEqual(['ORG Corvane', 'PERSON Lars Holm', 'ORG Corvane']);
    expect(typed('She was previously a product lead at Brightwell, and before that an engineer at Norvex.', 'Brightwell')).toEqual(['ORG Brightwell']);
  });

  it('keeps a person described by a role at a business, a ground where someone works, and an adjective before a place noun', () => {
    expect(typed('"We believe those tapes to be lost," Alexandra Tower, a spokeswoman for the North Carolina-based bank, said.', 'Alexandra Tower'))
      .toEqual(['PERSON Alexandra Tower']);
    expect(typed('The trial of Emilio Botin, the chairman of Spain\'s most powerful bank, began.', 'Emilio Botin')).toEqual(['PERSON Emilio Botin']);
    expect(typed('He clashed with the director of football at White Hart Lane.', 'White Hart Lane')).toEqual(['LOC White Hart Lane']);
    expect(typed('The company admitted bribery in the West African state of Benin.', 'West African')).toEqual(['MISC West African']);
  });

  it('splits a place\'s "-based" adjective from the business after it', () => {
    // (Whether "Stockholm-based" is a MISC name of its own is the tagger's call; it never joins the business's name.)
    expect(typed('Stockholm-based Lovable, the AI app builder, has raised $330m. Lovable says its revenue doubled.', 'Stockholm-based', 'Lovable')
      .filter((m) => m !== 'MISC Stockholm-based')).toEqual(['ORG Lovable', 'ORG Lovable']);
    expect(mentionsOf('Stockholm-based Lovable, the AI app builder, has raised $330m.').some((m) => m.includes('Stockholm-based Lovable'))).toBe(false);
  });

  it('makes a name a place where a place noun follows it or a list of places holds it', () => {
    expect(typed("Shelling hit the city's Zavodskyi and Osnovianskyi districts overnight.", 'Zavodskyi', 'Osnovianskyi'))
      .toEqual(['LOC Zavodskyi', 'LOC Osnovianskyi']);
    expect(typed('The attack hit Ywar Thit village on Sunday. Residents fled to Kanbalu township.', 'Ywar Thit', 'Kanbalu'))
      .toEqual(['LOC Ywar Thit', 'LOC Kanbalu']);
  });

  it('keeps a storm\'s name alone the storm named after "Hurricane"', () => {
    expect(typed("Hurricane Delfina strengthened on Tuesday. Forecasters said Delfina would make landfall on Thursday.", 'Delfina'))
      .toEqual(['EVENT Delfina', 'EVENT Delfina']);
  });

  it('reads the seat after a member\'s title as a place, one place where a seat is named after two towns', () => {
    expect(mentionsOf('Clive Lewis, the MP for Norwich South, said it was good.')).toEqual(['PERSON Clive Lewis', 'LOC Norwich South']);
    expect(mentionsOf('Tony Vaughan, MP for Folkestone and Hythe, agreed.')).toEqual(['PERSON Tony Vaughan', 'LOC Folkestone and Hythe']);
    expect(mentionsOf('Mr Taylor, the Member for Hume, won the ballot.')).toEqual(['PERSON Taylor', 'LOC Hume']);
    expect(mentionsOf('Kim Leadbeater, the Labour MP for Spen Valley who introduced the bill, spoke.'))
      .toEqual(['PERSON Kim Leadbeater', 'ORG Labour', 'LOC Spen Valley']);
    expect(mentionsOf('The MP for Sutton and Cheam said nothing.')).toEqual(['LOC Sutton and Cheam']);
  });

  it('splits a seat from its member written after it with no comma, but keeps a seat whole that only holds a first name', () => {
    expect(mentionsOf('Labor MP for Balmain Kobi Shetty said the plan was unworkable.'))
      .toEqual(['ORG Labor', 'LOC Balmain', 'PERSON Kobi Shetty']);
    expect(mentionsOf('The Member for Warringah Zali Steggall told reporters the bill was weak.'))
      .toEqual(['LOC Warringah', 'PERSON Zali Steggall']);
    expect(mentionsOf('The MP for Milton Keynes Central said it was unfair.')).toEqual(['LOC Milton Keynes']);
  });

  it('joins a month that is a first name to the surname after it, but not after a word that makes it a date', () => {
    expect(mentionsOf('Its regional director, June Kunugi, said the toll would rise.')).toEqual(['PERSON June Kunugi']);
    expect(mentionsOf('In June Smith said no.')).toEqual(['DATE June', 'PERSON Smith']);
  });

  it('keeps a military unit\'s number in its name, and reads a people the curated list knows as no person', () => {
    expect(typed("Units of Ukraine's 102nd Territorial Defence Brigade and the 3rd Army Corps held.", '102nd Territorial Defence Brigade', '3rd Army Corps'))
      .toEqual(['ORG 102nd Territorial Defence Brigade', 'ORG 3rd Army Corps']);
    expect(mentionsOf('In a statement, she thanked Mainers for the privilege.')).toEqual(['NORP Mainers']);
  });

  it('makes a person or place guessed in the headline the organisation the body names twice or more, always as one', () => {
    expect(retyped('Upbit hit by exploit\n\nThe exchange Upbit halted withdrawals. Upbit said it would cover the loss.', [
      ['Upbit', 'PERSON'], ['Upbit', 'ORG'], ['Upbit', 'ORG'],
    ])).toEqual(['ORG Upbit', 'ORG Upbit', 'ORG Upbit']);
    // Not where the body gives it two types, nor a person the body names (a guess too).
    expect(retyped('Upbit hit by exploit\n\nThe exchange Upbit halted withdrawals. Upbit said so.', [['Upbit', 'PERSON'], ['Upbit', 'ORG'], ['Upbit', 'LOC']]))
      .toEqual(['PERSON Upbit', 'ORG Upbit', 'LOC Upbit']);
    expect(retyped('Opera takes on Firefox\n\nOpera said it would add tabs. Opera grew.', [['Opera', 'LOC'], ['Firefox', 'ORG'], ['Opera', 'PERSON'], ['Opera', 'PERSON']]))
      .toEqual(['LOC Opera', 'ORG Firefox', 'PERSON Opera', 'PERSON Opera']);
  });

  it('makes the article\'s other mentions follow a business the tagger had already typed so where the words say it is one', () => {
    expect(retyped("Tallowby raised $40 million on Tuesday. Jana Ortiz, Tallowby's CEO, said the money would go on hiring.", [
      ['Tallowby', 'PERSON'], ['Jana Ortiz', 'PERSON'], ['Tallowby', 'ORG'],
    ])).toEqual(['ORG Tallowby', 'PERSON Jana Ortiz', 'ORG Tallowby']);
  });

  it('keeps a Hong Kong name\'s Chinese given name after the surname in the person ("John Lee Ka-chiu")', () => {
    expect(retyped('Chief Executive John Lee Ka-chiu said Paul Chan Mo-po would speak. Boris Johnson Tory-led plans.', [
      ['John Lee', 'PERSON'], ['Ka-chiu', 'MISC'], ['Paul Chan', 'PERSON'], ['Boris Johnson', 'PERSON'], ['Tory-led', 'MISC'],
    ])).toEqual(['PERSON John Lee Ka-chiu', 'PERSON Paul Chan Mo-po', 'PERSON Boris Johnson', 'MISC Tory-led']);
  });

  it('splits two organisations the tagger ran together at the end of a list, or before "and the" and a body\'s name', () => {
    expect(retyped('It was funded by the European Commission, the Wellcome Trust and Open Philanthropy.', [['European Commission', 'ORG'], ['Wellcome Trust and Open Philanthropy', 'ORG']]))
      .toEqual(['ORG European Commission', 'ORG Wellcome Trust', 'ORG Open Philanthropy']);
    expect(retyped('Tata Motors, Larsen & Toubro and Reliance Industries gained.', [['Tata Motors', 'ORG'], ['Larsen & Toubro and Reliance Industries', 'ORG']]))
      .toEqual(['ORG Tata Motors', 'ORG Larsen & Toubro', 'ORG Reliance Industries']);
    expect(retyped('Support came from the Department of Science Education and the Robert Wood Johnson Foundation.', [['Department of Science Education and the Robert Wood Johnson Foundation', 'ORG']]))
      .toEqual(['ORG Department of Science Education', 'ORG Robert Wood Johnson Foundation']);
    // Not a portfolio after "of" in a list, nor a band.
    expect(retyped('NHS England, the Department of Health and Social Care and others met. Fans saw Bob Marley and the Wailers.', [
      ['NHS England', 'ORG'], ['Department of Health and Social Care', 'ORG'], ['Bob Marley and the Wailers', 'ORG'],
    ])).toEqual(['ORG NHS England', 'ORG Department of Health and Social Care', 'ORG Bob Marley and the Wailers']);
  });

  it('makes the first or last word of a well-known organisation the article names in full that organisation ("Lilly", "Villa")', () => {
    expect(retyped('Shares of Eli Lilly rose. Lilly said it was pleased, and Aston Villa fans agreed. Villa won.', [
      ['Eli Lilly', 'ORG'], ['Lilly', 'PERSON'], ['Aston Villa', 'ORG'], ['Villa', 'MISC'],
    ])).toEqual(['ORG Eli Lilly', 'ORG Lilly', 'ORG Aston Villa', 'ORG Villa']);
    // Not a word of a person named in full, nor a name the gazetteer knows ("Manchester" of Manchester United).
    expect(retyped('Jeffrey Sachs criticised Goldman Sachs. Sachs said so. Manchester United lost in Manchester.', [
      ['Jeffrey Sachs', 'PERSON'], ['Goldman Sachs', 'ORG'], ['Sachs', 'PERSON'], ['Manchester United', 'ORG'], ['Manchester', 'LOC'],
    ])).toEqual(['PERSON Jeffrey Sachs', 'ORG Goldman Sachs', 'PERSON Sachs', 'ORG Manchester United', 'LOC Manchester']);
  });

  it('reads well-known drugmakers and banks as organisations ("Eli Lilly", "Novo Nordisk", "Jefferies")', () => {
    expect(typed("Most trials were funded by the drugs' makers, Novo Nordisk and Eli Lilly. Analysts at Jefferies said Merck's pill would sell.", 'Novo Nordisk', 'Eli Lilly', 'Jefferies', 'Merck'))
      .toEqual(['ORG Novo Nordisk', 'ORG Eli Lilly', 'ORG Jefferies', 'ORG Merck']);
  });

  it('makes a name that ends in a word only companies end in a business ("Kingdom Holding")', () => {
    expect(retyped("Saudi Arabia's Kingdom Holding joined the round.", [['Saudi Arabia', 'LOC'], ['Kingdom Holding', 'LOC']]))
      .toEqual(['LOC Saudi Arabia', 'ORG Kingdom Holding']);
  });

  it('makes a name with a US state after its comma a place, and the article\'s other mentions follow ("APPLETON, Wis.", "Munhall, PA 15120"; probe LO)', () => {
    expect(typed("APPLETON, Wis. (WBAY) - A family of five is without a home after a fire tore through their house on Appleton's north side. Residents of Appleton can get free smoke alarms.", 'APPLETON', 'Appleton'))
      .toEqual(['LOC APPLETON', 'LOC Appleton', 'LOC Appleton']);
    expect(typed('Eleanor Hartley, 89, of Munhall, died. Contributions may go to the Steel Valley Food Pantry, P.O. Box 244, Munhall, PA 15120.', 'Munhall'))
      .toEqual(['LOC Munhall', 'LOC Munhall']);
    // A dateline's place in capitals is the place the body writes in title case.
    expect(typed('ROYAL OAK, MI — The bakery opened on Saturday. Small businesses make downtown Royal Oak a place people want to be, Fournier said.', 'Royal Oak'))
      .toEqual(['LOC Royal Oak']);
    // A senator's state after his name leaves him a person.
    expect(typed('Sens. Ted Cruz, Texas, and John Cornyn, Texas, voted no.', 'Ted Cruz', 'John Cornyn')).toEqual(['PERSON Ted Cruz', 'PERSON John Cornyn']);
    // A town whose team the article names may be the team ("put Denver up").
    expect(retyped('DENVER, Colo. — The Denver Nuggets beat the Lakers. His shot put Denver up 117-111.', [['DENVER', 'LOC'], ['Denver Nuggets', 'ORG'], ['Lakers', 'ORG'], ['Denver', 'ORG']]))
      .toEqual(['LOC DENVER', 'ORG Denver Nuggets', 'ORG Lakers', 'ORG Denver']);
  });
});

describe('context types: ships, operations and Arabic place names (probe ME)', () => {
  it('types a ship by its prefix or the noun before it, and a named operation the tagger made a person, as MISC', () => {
    expect(mentionsOf('The Houthis targeted the Liberian-flagged MV Orion Star and the bulk carrier Eternal Grace last week.'))
      .toEqual(expect.arrayContaining(['MISC MV Orion Star', 'MISC Eternal Grace']));
    expect(mentionsOf('The European Union\'s naval mission in the region, Operation Aspides, said the crew had been evacuated.'))
      .toContain('MISC Operation Aspides');
  });

  it('reads a name opening with a place\'s first word as a place ("Deir", "Ras" only after a word of where)', () => {
    expect(mentionsOf('The strikes hit radar installations near Ras Isa and a missile storage facility outside Hodeidah.'))
      .toEqual(['LOC Ras Isa', 'LOC Hodeidah']);
    expect(mentionsOf('DEIR AL-BALAH, Gaza Strip (AP) — Israeli strikes killed five people.')[0]).toBe('LOC DEIR AL-BALAH');
    expect(mentionsOf('DJ Ras Kwame said he was pleased.').some((m) => m.startsWith('LOC'))).toBe(false);
  });

  it('reads the first word of a river named in full as that place on its own', () => {
    expect(mentionsOf('Israeli jets struck north of the Litani River on Tuesday. The army said it had destroyed 500 Hezbollah positions south of the Litani.'))
      .toContain('LOC Litani');
  });

  it('reads a name before "satellite news channel" or "broadcaster" as an organisation', () => {
    expect(mentionsOf('The Houthis\' Al-Sahat satellite news channel said the group had targeted the ship.')).toContain('ORG Al-Sahat');
    expect(mentionsOf('If I am passing through Kings Cross station on my way to a meeting then I can log on.').some((m) => m.startsWith('ORG'))).toBe(false);
  });

  it('reads a name before a weapon noun as MISC, and the article\'s other mentions of it follow', () => {
    expect(retyped('Germany will send two more Patriot air defense systems. Kyiv wants 25 Patriot systems.', [['Germany', 'LOC'], ['Patriot', 'ORG'], ['Kyiv', 'LOC'], ['Patriot', 'ORG']]))
      .toEqual(['LOC Germany', 'MISC Patriot', 'LOC Kyiv', 'MISC Patriot']);
    expect(retyped('Ukraine expanded production of Bohdana howitzers.', [['Ukraine', 'LOC'], ['Bohdana', 'LOC']])).toEqual(['LOC Ukraine', 'MISC Bohdana']);
    expect(retyped('The army fired Storm Shadow cruise missiles.', [['Storm Shadow', 'PERSON']])).toEqual(['MISC Storm Shadow']);
    // A place or body the gazetteer knows keeps its type; so does a word of a person named in full.
    expect(retyped('Hezbollah missiles hit Haifa.', [['Hezbollah', 'ORG'], ['Haifa', 'LOC']])).toEqual(['ORG Hezbollah', 'LOC Haifa']);
    expect(retyped('The plant makes LG Energy Solution batteries.', [['LG Energy Solution', 'ORG']])).toEqual(['ORG LG Energy Solution']);
    expect(retyped('Donald Trump said Trump missiles would fly.', [['Donald Trump', 'PERSON'], ['Trump', 'PERSON']])).toEqual(['PERSON Donald Trump', 'PERSON Trump']);
  });

  it('reads "Storm Shadow missiles" as the weapon, not the storm "Shadow"', () => {
    expect(mentionsOf('The army fired Storm Shadow missiles.')).toEqual(['MISC Storm Shadow']);
    expect(mentionsOf('Storm Chantal moved north.')).toEqual(['EVENT Chantal']);
  });

  it('reads a weapon the curated list knows as MISC where the tagger guessed a body ("the Shaheds", "ATACMS")', () => {
    expect(mentionsOf('Moscow fired Shaheds overnight. Kyiv asked for ATACMS and HIMARS.')).toEqual(['LOC Moscow', 'MISC Shaheds', 'LOC Kyiv', 'MISC ATACMS', 'MISC HIMARS']);
  });

  it('splits a participle compound from the name after it ("Iran-backed Houthis"), typed by the gazetteer or the participle', () => {
    expect(retyped('The Iran-backed Houthis fired.', [['Iran-backed Houthis', 'MISC']])).toEqual(['MISC Iran-backed', 'NORP Houthis']);
    expect(retyped('Rwanda-backed M23 rebels advanced.', [['Rwanda-backed M23', 'MISC']])).toEqual(['MISC Rwanda-backed', 'ORG M23']);
    expect(retyped('Russia fired Russian-made Zircon missiles.', [['Russia', 'LOC'], ['Russian-made Zircon', 'MISC']])).toEqual(['LOC Russia', 'MISC Russian-made', 'MISC Zircon']);
    expect(retyped('Stockholm-based Lovable raised money.', [['Stockholm-based Lovable', 'ORG']])).toEqual(['MISC Stockholm-based', 'ORG Lovable']);
  });

  it('runs a compound cut inside a known name from its first word, and drops an adjective opening a sentence before a place', () => {
    expect(retyped('A United Nations-backed monitor said so.', [['Nations-backed', 'MISC']])).toEqual(['MISC United Nations-backed']);
    expect(retyped('Neighbouring Iran and Pakistan have offered assistance.', [['Neighbouring Iran', 'ORG'], ['Pakistan', 'LOC']])).toEqual(['LOC Iran', 'LOC Pakistan']);
    // (A capitalised word that makes no known name with the head stays out: "Senior Nations-backed" is no name.)
    expect(retyped('Senior Nations-backed staff left.', [['Nations-backed', 'MISC']])).toEqual(['MISC Nations-backed']);
    expect(retyped('The Netherlands-based company grew.', [['Netherlands-based', 'MISC']])).toEqual(['MISC Netherlands-based']);
  });

  it('reads a named fire as an event with its word "fire" ("the Ridge fire, which", "the Eaton fire in January")', () => {
    expect(mentionsOf('The Ridge fire, which ignited on Tuesday, was contained. Smoke was linked to the Eaton fire in January 2025.').filter((m) => !m.startsWith('DATE')))
      .toEqual(['EVENT Ridge fire', 'EVENT Eaton fire']);
    // Not a fire brigade, nor a country's name.
    expect(mentionsOf('The London fire brigade came. The Ukraine fire was huge.')).toEqual(['LOC London', 'LOC Ukraine']);
  });

  it('keeps a body named with "and" whole after a comma that follows no name ("the storm, the National … and Management Council")', () => {
    expect(retyped('People were moved ahead of the storm, the National Disaster Risk Reduction and Management Council said.', [['National Disaster Risk Reduction and Management Council', 'ORG']]))
      .toEqual(['ORG National Disaster Risk Reduction and Management Council']);
  });

  it('reads a one-word name set off after a body\'s noun as the body ("the state meteorological agency, Aemet,")', () => {
    expect(retyped('The state meteorological agency, Aemet, issued red warnings.', [['Aemet', 'PERSON']])).toEqual(['ORG Aemet']);
    expect(retyped("Ukraine's grid operator, Ukrenergo, says the cuts will last.", [['Ukraine', 'LOC'], ['Ukrenergo', 'PERSON']])).toEqual(['LOC Ukraine', 'ORG Ukrenergo']);
    // A surname the name lists know stays the person.
    expect(retyped('A spokesman for the company, Smith, declined to comment.', [['Smith', 'PERSON']])).toEqual(['PERSON Smith']);
  });

  it('runs a road\'s name through its number ("near Highway 150")', () => {
    expect(retyped('The fire burned near Highway 150 on Friday.', [['Highway', 'LOC']])).toEqual(['LOC Highway 150']);
    expect(retyped('Traffic on Interstate 5, officials said.', [['Interstate', 'ORG']])).toEqual(['LOC Interstate 5']);
  });
});
