/**
 * Well-known short forms and spellings that name one entity whatever article they appear in, so a bare
 * "IAEA" gets the same entity id in an article that never expands it as in one that does. Hand-written
 * from general knowledge for news text (not derived from any annotated corpus). Short forms that name
 * different things in different places (ICC: the criminal court or the cricket council) are left out:
 * they resolve inside their article, through an expansion written there ("International Cricket Council
 * (ICC)") or not at all.
 *
 * Format: one entity per line, `Canonical name: alias; alias`, under its type. Matching is on the folded
 * key (keys.ts), so case, full stops and accents need not be listed ("U.N." is "UN"); an alias after "=" matches only
 * as written, for an acronym that is also a word or a place ("NICE", not the city of Nice). The United States'
 * federal bodies (US_BODIES) are also matched after "US", "U.S." or "United States" ("US Food and Drug
 * Administration", "U.S. FDA").
 */
import type { EntityType } from '../../model/doc.ts';
import { idKey } from './keys.ts';

const ALIASES: Array<[EntityType, string]> = [
  [
    'ORG',
    `
United Nations: UN; UNO
United Nations Security Council: UN Security Council; UNSC; Security Council
United Nations General Assembly: UN General Assembly; UNGA; General Assembly
United Nations High Commissioner for Refugees: UNHCR; UN refugee agency
United Nations Children's Fund: UNICEF; UN Children's Fund
UNESCO: United Nations Educational, Scientific and Cultural Organization
UNRWA: United Nations Relief and Works Agency
European Union: EU
European Central Bank: ECB
Ford: Ford Motor; Ford Motor Company; Ford Motor Co
Reform UK: Reform; Reform Party UK
North Atlantic Treaty Organization: NATO; North Atlantic Treaty Organisation; North Atlantic Alliance
International Atomic Energy Agency: IAEA; UN nuclear watchdog
World Health Organization: WHO; World Health Organisation
World Trade Organization: WTO; World Trade Organisation
International Monetary Fund: IMF
Organization of the Petroleum Exporting Countries: OPEC; Organisation of the Petroleum Exporting Countries; Organization of Petroleum Exporting Countries; Organisation of Petroleum Exporting Countries
Organisation for Economic Co-operation and Development: OECD; Organization for Economic Cooperation and Development; Organisation for Economic Cooperation and Development
Organization for Security and Co-operation in Europe: OSCE; Organisation for Security and Co-operation in Europe
Association of Southeast Asian Nations: ASEAN; Association of South East Asian Nations
Gulf Cooperation Council: GCC; Gulf Co-operation Council
International Court of Justice: ICJ; World Court
International Committee of the Red Cross: ICRC
International Olympic Committee: IOC
Doctors Without Borders: MSF; Medecins Sans Frontieres
Federal Bureau of Investigation: FBI
Central Intelligence Agency: CIA
National Security Agency: NSA
National Aeronautics and Space Administration: NASA
Environmental Protection Agency: EPA
Food and Drug Administration: FDA
Centers for Disease Control and Prevention: CDC; Centers for Disease Control
Africa Centres for Disease Control and Prevention: Africa CDC; Africa Centers for Disease Control and Prevention
National Institute for Health and Care Excellence: =NICE; National Institute for Clinical Excellence
Eli Lilly: Lilly; Eli Lilly and Company
Gilead Sciences: Gilead
Internal Revenue Service: IRS
Securities and Exchange Commission: SEC; US Securities and Exchange Commission
Federal Reserve: Fed; US Federal Reserve; Federal Reserve Board
United States Department of State: State Department; US State Department; Department of State
United States Department of Justice: Justice Department; US Justice Department; Department of Justice; DOJ
United States Department of Defense: Defense Department; US Defense Department; Department of Defense; DOD
United States Department of Homeland Security: Department of Homeland Security; Homeland Security Department; DHS
United States Congress: US Congress
Bank of England: BoE
National Health Service: NHS
Ministry of Defence: MoD
Crown Prosecution Service: CPS
Metropolitan Police: Met Police; Metropolitan Police Service
Israel Defense Forces: IDF; Israel Defence Forces; Israeli Defense Forces; Israeli Defence Forces
Islamic Revolutionary Guard Corps: IRGC; Revolutionary Guards; Revolutionary Guard; Islamic Revolutionary Guards Corps
Palestine Liberation Organization: PLO; Palestine Liberation Organisation
Islamic State: ISIS; ISIL; Daesh; Islamic State of Iraq and the Levant; Islamic State of Iraq and Syria
al-Qaeda: al Qaeda; al-Qaida; al Qaida; Qaeda
Hezbollah: Hizbollah; Hizbullah; Hizballah
Kurdistan Workers' Party: PKK
African National Congress: ANC
Chinese Communist Party: CCP; Communist Party of China
People's Liberation Army: PLA
Bharatiya Janata Party: BJP
Scottish National Party: SNP
Republican Party: GOP
Democratic National Committee: DNC
Republican National Committee: RNC
Labour Party: Labour
Conservative Party: Conservatives; Tories; Tory Party
Liberal Democrats: Lib Dems; Liberal Democrat Party
House of Lords: Lords
Transport for London: TfL
House of Commons: Commons
Alternative for Germany: AfD; Alternative für Deutschland
Christian Social Union: CSU
European People's Party: EPP
Five Star Movement: M5S; 5-Star Movement
Law and Justice: PiS
UK Independence Party: UKIP; Ukip
Associated Press: AP
Agence France-Presse: AFP; Agence France Presse
BBC: British Broadcasting Corporation
World Economic Forum: WEF
Group of Seven: G7
Group of Eight: G8
Group of Twenty: G20
FIFA: Federation Internationale de Football Association; International Federation of Association Football
UEFA: Union of European Football Associations
World Food Programme: WFP; World Food Program; UN World Food Programme
United Nations Development Programme: UNDP
International Energy Agency: IEA
Human Rights Watch: HRW
Amnesty International: Amnesty
Federal Communications Commission: FCC
Federal Aviation Administration: FAA
Transportation Security Administration: TSA
National Transportation Safety Board: NTSB
Department for Work and Pensions: DWP
HM Revenue and Customs: HMRC; Her Majesty's Revenue and Customs
Office for National Statistics: ONS
Financial Conduct Authority: FCA
Serious Fraud Office: SFO
Trades Union Congress: TUC
British Medical Association: BMA
Harvard University: Harvard
Yale University: Yale
Stanford University: Stanford
Princeton University: Princeton
Massachusetts Institute of Technology: MIT
Church of Jesus Christ of Latter-day Saints: LDS Church; Mormon Church
Catholic Church: Roman Catholic Church
New York Times: NYT
Financial Times: FT
Wall Street Journal: WSJ
Manchester United: Man Utd; Man United
Manchester City: Man City
`,
  ],
  [
    'LOC',
    `
Los Angeles: LA
New York City: NYC
Washington, D.C.: Washington DC; District of Columbia
New South Wales: NSW
`,
  ],
  [
    'LAW',
    `
Joint Comprehensive Plan of Action: JCPOA; Iran nuclear deal
Treaty on the Non-Proliferation of Nuclear Weapons: NPT; Non-Proliferation Treaty; Nuclear Non-Proliferation Treaty
`,
  ],
  [
    'EVENT',
    `
World War II: WWII; WW2; Second World War; World War Two
World War I: WWI; WW1; First World War; World War One; Great War
`,
  ],
];

/** The United States' federal bodies of the list above, which their names and short forms after "US" also name. */
const US_BODIES = new Set([
  'Federal Bureau of Investigation', 'Central Intelligence Agency', 'National Security Agency', 'National Aeronautics and Space Administration',
  'Environmental Protection Agency', 'Food and Drug Administration', 'Centers for Disease Control and Prevention', 'Internal Revenue Service',
  'Securities and Exchange Commission', 'Federal Communications Commission', 'Federal Aviation Administration',
  'Transportation Security Administration', 'National Transportation Safety Board',
]);
const US_PREFIXES = ['US', 'United States'];

let table: { folded: Map<string, string>; exact: Map<string, string> } | null = null;

/** Every line of the list as its type, canonical name and forms (the canonical name first; "=" kept on exact forms). */
function* entries(): Generator<{ type: EntityType; canonical: string; forms: string[] }> {
  for (const [type, block] of ALIASES) {
    for (const line of block.split('\n')) {
      const colon = line.indexOf(': ');
      if (colon < 0) continue;
      const canonical = line.slice(0, colon).trim();
      yield { type, canonical, forms: [canonical, ...line.slice(colon + 2).split(';')].map((f) => f.trim()) };
    }
  }
}

/** The names a form of a canonical name stands for in text: US federal bodies also after "US" and "United States". */
const variantsOf = (canonical: string, form: string): string[] =>
  US_BODIES.has(canonical) ? [form, ...US_PREFIXES.map((p) => `${p} ${form}`)] : [form];

function build(): { folded: Map<string, string>; exact: Map<string, string> } {
  const folded = new Map<string, string>();
  const exact = new Map<string, string>();
  for (const { type, canonical, forms } of entries()) {
    for (const form of forms) {
      if (form.startsWith('=')) {
        exact.set(`${type}\n${form.slice(1)}`, canonical);
        continue;
      }
      for (const v of variantsOf(canonical, form)) {
        const key = `${type}\n${idKey(type, v)}`;
        if (!folded.has(key)) folded.set(key, canonical);
      }
    }
  }
  return { folded, exact };
}

/** Every name of the list as text writes it (canonical names, aliases and their "US" forms), with its type. */
export function aliasForms(): Array<[EntityType, string]> {
  const out: Array<[EntityType, string]> = [];
  for (const { type, canonical, forms } of entries()) {
    for (const form of forms) {
      if (form.startsWith('=')) out.push([type, form.slice(1)]);
      else for (const v of variantsOf(canonical, form)) out.push([type, v]);
    }
  }
  return out;
}

/** The canonical name a well-known short form or spelling stands for, if it is one. */
export function knownAlias(type: EntityType, name: string): string | undefined {
  table ??= build();
  return table.exact.get(`${type}\n${name}`) ?? table.folded.get(`${type}\n${idKey(type, name)}`);
}
