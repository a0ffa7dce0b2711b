/**
 * Hand-written word lists that drive the rule-based entity baseline: words that are capitalised
 * without being names, titles in front of people, the head words that give a name its type, and
 * the connectors allowed inside a name. Every list is lowercase unless it says otherwise.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/**
 * Common words that start sentences or headings capitalised without being names. A sentence-initial
 * word in this list is never the start of a name unless the whole run is in the gazetteer
 * ("The Hague"). The build script also drops cities and person names that are one of these words.
 */
export const COMMON_WORDS = words(`
a an the this that these those there here it its it's he she they we you i me him her them us our your their his my mine
yours theirs ours who whom whose which what when where why how whatever whoever whenever wherever however whether
and or but nor so yet for because although though while whilst if unless until since as than then thus hence therefore
also too still even just only already again once now today tonight tomorrow yesterday soon later earlier meanwhile
instead indeed perhaps maybe probably possibly certainly clearly apparently actually finally eventually initially
ultimately overall moreover furthermore nevertheless nonetheless otherwise besides likewise similarly additionally
in on at by to from with without within into onto upon about above below after before during under over between
among amongst against through throughout across along around behind beyond beside despite except inside outside
near toward towards via per like unlike amid amidst following including regarding concerning according
of off out up down away back
be is are was were been being am do does did done doing have has had having will would shall should can could may
might must ought need dare let
not no yes all any some many much more most few fewer less least several each every either neither both other
another such same own enough lot lots plenty half
one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million
billion first second third fourth fifth sixth seventh eighth ninth tenth last next previous final former latter
new old big small great good bad best worst better worse high low long short early late recent current major minor
main key top full whole total general special certain various different similar important possible public private
local national international global regional foreign domestic official political economic military social
said says say told tells tell added asked announced reported according
mr mrs ms dr
asked speaking writing looking given taking making following starting beginning ending
oh okay ok well please thanks hello
background conclusion summary update analysis comment opinion editorial breaking exclusive live watch read
note notes related more see photo photos video videos image images source sources
people person man men woman women child children family government officials official police army troops forces
president minister leader leaders chief head spokesman spokeswoman spokesperson
report reports news story stories world country countries state states city cities nation nations region
year years month months week weeks day days time times
monday tuesday wednesday thursday friday saturday sunday
january february march april june july august september october november december
`);

/**
 * Function words that may sit inside a name between two capitalised words. Name particles join
 * always ("Osama bin Laden", "Ludwig van Beethoven"); phrase connectors join only when the name
 * has a head that wants a complement ("Bank of England") or the whole run is known.
 */
export const NAME_PARTICLES = words(`de da do del della dei di du des la le van von der den ter ten al el bin ibn bint abu dos das y`);
export const PHRASE_CONNECTORS = words(`of the and & for on`);

/** Lowercase prefixes of hyphenated Arabic and similar names: "al-Assad", "bin-Salman". */
export const NAME_PREFIXES = words(`al el ad an as ash at az bin ibn abu bint`);

/**
 * Titles and honorifics in front of a person's name. A run that starts with title words and
 * continues with a name becomes PERSON with the title kept apart ("Prime Minister Benjamin Netanyahu").
 */
export const TITLE_HEADS = words(`
president president-elect vice-president premier chancellor minister secretary secretary-general leader ayatollah
sheikh sheik king queen prince princess pope cardinal bishop archbishop patriarch rabbi imam mullah cleric emir amir
sultan mr mrs ms miss mx dr prof professor sir dame lord lady baroness baron earl duke duchess countess
senator sen rep representative congressman congresswoman governor gov mayor
general gen colonel col lieutenant lt maj captain capt admiral adm sergeant sgt commander cmdr brigadier brig marshal
corporal cpl pte judge justice ambassador envoy spokesman spokeswoman spokesperson chairman chairwoman chairperson
chair director ceo founder coach manager speaker commissioner attorney-general prosecutor inspector detective superintendent supt insp
fr reverend rev pastor sheikha hojatoleslam taoiseach tánaiste tanaiste mayor-elect governor-elect
constable officer executive attorney counsel solicitor treasurer mp mep msp mla mpp cr cllr councillor councilor councilman councilwoman
shri shrimati smt datuk datin alhaji alhaja hajiya engr barr tun menteri
`);

/** Words that make a title before them a body's name: "General Staff", "General Assembly", "General Motors". */
export const BODIES_AFTER_TITLE: ReadonlySet<string> = new Set(['Staff', 'Assembly', 'Motors', 'Electric', 'Dynamics', 'Mills', 'Council', 'Command', 'Secretariat', 'Synod', 'Hospital', 'Infirmary']);

/** "Gen Z", "Gen X", "Generation Alpha": a generation, not General Z. */
export function isGeneration(title: string, name: string): boolean {
  return /^gen(?:\.|eration)?$/i.test(title) && /^(?:[XYZ]\.?|Alpha|Beta)$/.test(name);
}

/** Honorifics that say whether a person is a man or a woman. */
const FEMALE_HONORIFICS = new Set(['mrs', 'ms', 'miss', 'lady', 'dame', 'madam', 'mme', 'mlle']);
const MALE_HONORIFICS = new Set(['mr', 'sir', 'lord']);
/** Titles that only go before a name, whatever follows them is the name ("Ms King", "Lord Chancellor"). */
export const HONORIFICS: ReadonlySet<string> = new Set([...FEMALE_HONORIFICS, ...MALE_HONORIFICS, 'mx', 'dr', 'prof']);

/** Offices by which a person is addressed after an honorific ("Mr. President", "Madam Speaker"): no surnames there. */
export const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(['President', 'Speaker', 'Chairman', 'Chairwoman', 'Chair', 'Secretary', 'Ambassador', 'Mayor', 'Governor', 'Commissioner', 'Chancellor', 'Minister']);

/** 'f', 'm' or null for the title in front of a name ("Mrs", "Mr.", "Sir"). */
export function genderOfTitle(title: string | null): 'f' | 'm' | null {
  if (!title) return null;
  const w = title.toLowerCase().split(' ')[0].replace(/\.$/, '');
  return FEMALE_HONORIFICS.has(w) ? 'f' : MALE_HONORIFICS.has(w) ? 'm' : null;
}

/**
 * Nouns that describe a business by what it is: "the company said" speaks for the organisation the article
 * is about (quotes), and "agrochemical giant Monsanto" is an organisation, not a person (entities).
 */
export const COMPANY_NOUNS = new Set(`company firm group bank airline carrier carmaker automaker retailer insurer maker manufacturer
giant operator broadcaster publisher chain supermarket utility conglomerate business corporation club studio
brewer miner lender start-up startup`.split(/\s+/));

/** Between a person's full name and a nickname: ", known as ", " (also known as ". */
export const KNOWN_AS = /^\s*[,(]?\s*(?:who (?:is|was|has been|had been) )?(?:(?:also|better|widely|popularly|often|commonly|always) )?(?:known as|known by (?:his|her|their) (?:initials|nickname)|nicknamed|dubbed)\s+$/;

/** Words that modify a title head inside the title: "Prime", "Supreme", "Foreign", "Deputy". */
export const TITLE_MODIFIERS = words(`
prime supreme vice deputy acting interim former first junior senior chief grand crown foreign defence defense finance
interior justice health education energy trade economy economic oil home state attorney general secretary opposition
police army navy air military party executive managing assistant associate federal national regional provincial
labour labor environment culture transport agriculture industry intelligence security homeland treasury immigration
communications information commerce development housing tourism affairs external internal det ch majority minority
senate house district financial operating technology technical sporting medical seri besar cabinet
magistrate presiding
`);

/**
 * Titles read by the rules only (the tagger's lexicon features keep TITLE_HEADS as trained): the US local "Sheriff",
 * "Trustee" and "Supervisor" alone before a name, and South Asia's "Barrister" ("PTI chairman Barrister Gohar Ali Khan").
 */
export const LOCAL_TITLES: ReadonlySet<string> = new Set(['sheriff', 'trustee', 'supervisor', 'barrister']);

/**
 * US local government's and emergency services' titles of two words, whose first word names the body and is no title
 * word elsewhere ("Council President", "Township Supervisor", "Fire Chief", "Battalion Chief"): the body's word, then
 * the heads it goes before. ("Chief" heads a title only so: "the Association of Chief Police Officers", "Chief Yahoo".)
 */
export const LOCAL_TITLE_BODIES: ReadonlySet<string> = new Set(['Council', 'Board', 'Township', 'Village', 'County', 'Library', 'School', 'Fire', 'Police', 'Battalion']);
export const LOCAL_TITLE_HEADS: ReadonlySet<string> = new Set(['sheriff', 'president', 'supervisor', 'trustee', 'chief', 'clerk', 'director', 'chair', 'chairman', 'chairwoman', 'commissioner', 'superintendent', 'manager', 'treasurer', 'administrator']);

/** Portfolio words allowed after "of" in a title: "Minister of Defense", "Secretary of State". */
export const TITLE_PORTFOLIO = words(`
defense defence state foreign affairs interior finance health justice education economy energy trade commerce
agriculture labour labor transport transportation industry culture information intelligence homeland security
treasury environment oil petroleum communications tourism housing home internal external the and war staff exchequer
mines mining natural resources fisheries forestry science technology digital media sport sports work pensions business
innovation skills communities local government infrastructure water land planning youth women family social welfare
employment climate development industries cooperatives human rights
`);

/** Abbreviations that keep their full stop inside a name or title: "Mr.", "Gen.", "St.". */
export const ABBREVIATIONS = words(`mr mrs ms dr prof sen rep gov gen col lt maj capt adm sgt cmdr cpl fr rev st mt ft jr sr co corp inc ltd bros no`);

type NameType = 'ORG' | 'LOC' | 'EVENT' | 'LAW' | 'NORP' | 'PERSON';

/** Last words that type a whole name: "Labour Party" ORG, "Red Sea" LOC, "Cold War" EVENT, "Clean Air Act" LAW. */
export const HEAD_TYPES: Map<string, NameType> = new Map();
function heads(type: NameType, s: string): void {
  for (const w of s.trim().split(/\s+/)) HEAD_TYPES.set(w, type);
}
heads('ORG', `
inc inc. corp corp. corporation co co. company companies ltd ltd. limited plc llc llp ag gmbh sa nv bv spa
group holdings holding partners bank bancorp banks airlines airways motors industries systems technologies telecom
communications entertainment pharmaceuticals securities capital investments insurance electric steel chemicals mining
foods railways railway rail stores brothers bros petroleum energy newsroom shipping survey
party agency council ministry department university college institute institution association union committee
commission federation confederation organisation organization foundation fund society club fc afc cf sc
united rovers wanderers athletic albion hotspur
times post journal news herald tribune gazette telegraph press television tv radio network broadcasting
exchange authority board bureau office court parliament assembly congress senate cabinet government administration
police army navy force forces corps guard guards brigade brigades militia front movement alliance coalition league
service services centre center museum hospital secretariat tribunal chamber cooperative consortium
academy school church mosque team
`);
heads('LOC', `
street road avenue boulevard lane square plaza river sea ocean lake mountains mountain mount hills hill island islands
isles peninsula valley desert gulf bay strait straits canal coast province region district county city heights strip
falls beach harbour harbor republic kingdom emirates territory territories governorate prefecture oblast canton basin
plateau forest reef airport stadium bridge park
`);
heads('EVENT', `
war wars revolution uprising intifada olympics games cup championship championships summit election elections
tournament prix marathon festival crisis massacre invasion battle siege genocide holocaust expo series bowl trophy
open classic rally grand-prix conference
`);
heads('LAW', `
act treaty agreement accord accords convention charter constitution protocol resolution amendment bill doctrine
declaration pact directive regulation covenant memorandum
`);

/**
 * Prizes named on their own: the prize is MISC ("won an Oscar", "a Golden Globe"), the ceremony in the
 * plural an EVENT ("at the Oscars"), whatever the tagger took the word for (a first name, a place).
 */
export const AWARD_NAMES: ReadonlyMap<string, 'MISC' | 'EVENT'> = new Map([
  ...`Oscar; Bafta; Grammy; Emmy; Razzie; Golden Globe; Brit Award; Mobo; Pulitzer; Booker; Man Booker; Palme d'Or;
Golden Bear; Golden Lion; Golden Raspberry`.split(/;\s+/).map((w) => [w, 'MISC'] as const),
  ...`Oscars; Baftas; Grammys; Emmys; Razzies; Golden Globes; Brit Awards; Mobos; Academy Awards; Bafta Awards;
Grammy Awards; Emmy Awards; Golden Globe Awards; Mobo Awards`.split(/;\s+/).map((w) => [w, 'EVENT'] as const),
]);

/** Words before "of" that make "X of Y" one name, with its type: "Bank of England", "Gulf of Mexico". */
export const OF_HEAD_TYPES: Map<string, NameType> = new Map();
function ofHeads(type: NameType, s: string): void {
  for (const w of s.trim().split(/\s+/)) OF_HEAD_TYPES.set(w, type);
}
ofHeads('ORG', `
bank university ministry department council institute association committee commission federation organisation
organization foundation fund society court house office bureau board chamber church college school academy museum
league union party alliance coalition front movement army corps agency authority centre center friends order
`);
ofHeads('LOC', `gulf bay sea isle isles island islands strait straits republic kingdom city province state cape lake mount
district county region sultanate emirate principality duchy commonwealth`);
ofHeads('EVENT', `battle siege war revolution day festival`);
ofHeads('LAW', `treaty act plan convention charter declaration bill`);

/** Words that usually precede a place: "in Kabul", "near Mosul". Only a weak cue for unknown names. */
export const LOC_PREPOSITIONS = words(`in near outside across throughout inside towards toward via`);

/** Nouns right after a name that make it a place: "Rio Grande do Sul state", "Kherson region". */
export const PLACE_NOUNS_AFTER = words(`state province region county district city town village island port capital governorate oblast prefecture`);

/** Speech verbs right after a name mark a person: "Katz said". */
export const SPEECH_VERBS = words(`
said says told tells added asked argued wrote writes warned insisted explained noted stated claimed declared
announced replied recalled admitted acknowledged suggested confirmed denied urged
`);

/** Lowercase titles before a capitalised name mark a person: "the president Donald Trump". */
export const LOWERCASE_PERSON_CUES = words(`
president minister leader spokesman spokeswoman spokesperson chairman chairwoman director chief secretary senator
governor mayor ambassador envoy coach manager striker midfielder defender goalkeeper captain player actor actress
singer writer author journalist analyst economist lawyer attorney judge premier chancellor general commander
colonel officer king queen prince princess pope cleric rabbi imam son daughter wife husband brother sister father
mother mr mrs ms dr
`);

/**
 * All-caps words that are not names even though they look like acronyms. Compared after
 * removing dots, so "U.S." is looked up as "US" only when the gazetteer does not know it.
 */
export const NON_ENTITY_ACRONYMS = new Set(
  `CEO CFO COO CTO GDP GNP GMT UTC BST CET EST EDT PST PDT TV AM PM HIV AIDS DNA RNA ID IT OK FAQ PDF USB URL VAT IPO CPI
PPI NGO MP MEP LPG LNG SUV ATM AI VIP RIP BC AD CE BCE KG KM MPH PCT PC Q&A QA RPG IED ICBM AK MW GW KW KWH MBPS
NB PS NO ST LTD INC PLC CO ETA FYI ASAP CV Q1 Q2 Q3 Q4 H1 H2 FY DVD CD HD HDTV MP3 SMS GPS PDA LCD DSL PIN SIM CCTV 3G 4G 5G DJ PR HR IQ PAC EV EBITDA EPS ESG ETF ICU M&A CVR UK`.split(/\s+/).filter((w) => w !== 'UK'),
);

/** Month and weekday names: "March 3", "on Monday". */
export const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/**
 * Months of the Islamic (Hijri) and Iranian (Solar Hijri) calendars as English news transliterates them ("Jumada
 * Al-Awwal", "Dhul Hijjah", "Azar", "Aban"), a regular expression's source; Ramadan, a name of its own, is left out.
 */
export const OTHER_CALENDAR_MONTHS = String.raw`(?:Muharram|Safar|Rabi(?:['’]|ul|-ul)? ?(?:[Aa]l[- ]?)?(?:Awwal|Awal|Thani|Akhir|Akhar)|Jumad[ae](?:l|['’])? ?(?:[Aa]l[- ]?)?(?:Awwal|Awal|Ula|Oula|Thani|Akhir|Akhirah|Akhira)|Rajab|Sha['’]?a?ban|Shawwal|Dhu(?:l|['’])?[- ]?(?:[Aa]l[- ]?)?(?:Qa['’]?dah|Qi['’]?dah|Hijjah|Hijja)|Farvardin|Ordibehesht|Khordad|Tir|A?mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand)(?![\p{L}])`;
/** The first word of each, in lower case, as a token starts: "jumada", "dhul", "azar". */
export const OTHER_CALENDAR_STARTS = words(`muharram safar rabi rabi' rabi’ rabiul rabi-ul jumada jumadal jumade rajab sha'ban sha’ban shaban shaaban
  shawwal dhu dhul dhu'l dhu-al farvardin ordibehesht khordad tir mordad amordad shahrivar mehr aban azar dey bahman esfand`);
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`);

/** Words that start a relative date ("this week", "last year") and what may follow them. */
export const RELATIVE_DATE_STARTS = words(`this last next past coming previous recent following same`);
export const DATE_UNITS = words(`
day days week weeks fortnight weekend weekends month months year years decade decades century centuries quarter quarters
season seasons spring summer autumn fall winter morning afternoon evening night
`);
export const DATE_WORDS = words(`today yesterday tomorrow`);
export const TIME_WORDS = words(`noon midnight tonight`);

/** Currency words after an amount: "5 million euros", "10 rupees". */
export const CURRENCY_WORDS = words(`
dollar dollars usd euro euros eur pound pounds sterling gbp yen jpy yuan renminbi cny rupee rupees rial rials riyal
riyals dinar dinars dirham dirhams shekel shekels franc francs chf mark marks lira lire liras peso pesos real reais rouble
roubles ruble rubles won krona kronor krone kroner zloty zlotys rand forint ringgit baht rupiah naira cents pence
bitcoin bitcoins shilling shillings tomans toman cedi cedis kwacha taka birr hryvnia hryvnias hryvnas afghani afghanis kyat
kyats tenge lari koruna gourdes lempiras quetzales
`);
/**
 * A country's currency written with its people's adjective, where the word alone is another country's ("42,000
 * Sudanese pounds", "15 million Swiss francs", "2 billion Nepalese rupees"): adjective → currency word → ISO 4217.
 */
export const NATIONAL_CURRENCIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  pound: { Sudanese: 'SDG', 'South Sudanese': 'SSP', Egyptian: 'EGP', Lebanese: 'LBP', Syrian: 'SYP', British: 'GBP' },
  franc: { Swiss: 'CHF', Congolese: 'CDF', Rwandan: 'RWF', Burundian: 'BIF', Guinean: 'GNF', French: 'FRF', Belgian: 'BEF' },
  dinar: { Iraqi: 'IQD', Jordanian: 'JOD', Kuwaiti: 'KWD', Libyan: 'LYD', Tunisian: 'TND', Algerian: 'DZD', Serbian: 'RSD', Bahraini: 'BHD' },
  rupee: { Indian: 'INR', Pakistani: 'PKR', Nepalese: 'NPR', Nepali: 'NPR', 'Sri Lankan': 'LKR', Mauritian: 'MUR' },
  peso: { Mexican: 'MXN', Philippine: 'PHP', Argentine: 'ARS', Argentinian: 'ARS', Chilean: 'CLP', Colombian: 'COP', Uruguayan: 'UYU', Cuban: 'CUP', Dominican: 'DOP' },
  shilling: { Kenyan: 'KES', Ugandan: 'UGX', Tanzanian: 'TZS', Somali: 'SOS' },
  riyal: { Saudi: 'SAR', Qatari: 'QAR' },
  rial: { Iranian: 'IRR', Omani: 'OMR', Yemeni: 'YER' },
  dirham: { Moroccan: 'MAD', Emirati: 'AED' },
  krone: { Danish: 'DKK', Norwegian: 'NOK' },
  krona: { Swedish: 'SEK', Icelandic: 'ISK' },
  crown: { Danish: 'DKK', Norwegian: 'NOK', Swedish: 'SEK', Czech: 'CZK' },
  rouble: { Russian: 'RUB', Belarusian: 'BYN' },
  kwacha: { Zambian: 'ZMW', Malawian: 'MWK' },
};
/** The plural of each NATIONAL_CURRENCIES word as news writes it ("pounds", "kronor"), to its singular. */
export const CURRENCY_SINGULAR: Readonly<Record<string, string>> = {
  pound: 'pound', pounds: 'pound', franc: 'franc', francs: 'franc', dinar: 'dinar', dinars: 'dinar', rupee: 'rupee', rupees: 'rupee',
  peso: 'peso', pesos: 'peso', shilling: 'shilling', shillings: 'shilling', riyal: 'riyal', riyals: 'riyal', rial: 'rial', rials: 'rial',
  dirham: 'dirham', dirhams: 'dirham', krone: 'krone', kroner: 'krone', krona: 'krona', kronor: 'krona', crown: 'crown', crowns: 'crown',
  rouble: 'rouble', roubles: 'rouble', ruble: 'rouble', rubles: 'rouble', kwacha: 'kwacha',
};
/** Currency signs and codes in front of an amount: "$5", "£3.2bn", "US$ 5", "EUR 10". */
export const CURRENCY_SIGNS = new Set(['$', '£', '€', '¥', '₹', '₪', '₽', '₩', '₺', '﷼', '₦', '₱', '₴', '₵', '₫', 'US$', '$US', 'A$', 'C$', 'HK$', 'NZ$', 'S$', 'R$', 'AR$']);
export const CURRENCY_CODES = new Set(`USD EUR GBP JPY CNY CHF CAD AUD HKD INR IRR ILS RUB SAR AED TRY KRW SEK NOK DKK PLN ZAR BRL MXN
  NGN KES IDR PHP EGP PKR BDT VND THB MYR SGD NZD TWD HUF CZK UAH GHS ARS CLP COP PEN QAR KWD Rs Rs. Rp KSh Ksh Sh RM SR Dh Hr`.split(/\s+/));

/**
 * Number words that scale an amount: "5 million", "3.2bn"; "tr" as Dawn and Business Recorder write it ("Rs11.74tr"),
 * "tril." and "bil." as Kyodo's headlines do ("18.3 tril. yen").
 */
export const SCALE_WORDS = words(`hundred thousand million billion trillion bn m mn k tn tr trn tril. bil. thousands millions billions lakh lakhs crore crores`);
export const NUMBER_WORDS = words(`
one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen dozens hundreds thousands a an several
few half
`);

/** Units that count things ("28.6m views", "4.2 million copies"): a letter before them is a scale, not metres. */
export const COUNT_UNITS = words(`views streams viewers subscribers downloads copies users listeners followers visitors`);

/**
 * Plural nouns counted in millions after an "m" against the number: "4.6m homes", "2m people", "1.4m workers" (no
 * metres; a race's "800m runners" is no count, so runners are not here).
 */
export const COUNTED_NOUNS = words(`people children men women adults households homes houses families jobs customers clients voters
patients students pupils passengers residents migrants refugees tourists fans members workers employees citizens votes
cases deaths infections doses vaccines tickets shares cars vehicles phones devices accounts animals trees`);

/** Units after an amount: "300 km", "5,000 tonnes". */
export const UNIT_WORDS: ReadonlySet<string> = new Set([...COUNT_UNITS, ...words(`
km kilometre kilometres kilometer kilometers mile miles m metre metres meter meters cm mm ft foot feet inch inches yard
millimetre millimetres millimeter millimeters centimetre centimetres centimeter centimeters
yards kg kilogram kilograms kilo kilos g gram grams lb lbs pound-weight ounce ounces oz tonne tonnes ton tons t
litre litres liter liters l ml gallon gallons barrel barrels bpd acre acres hectare hectares ha sq square km2 mph kmh kph
km/h knots degrees °c °f °C °F celsius fahrenheit mw gw kw kwh mwh gwh twh MW GW kW kWh MWh GWh TWh watt watts megawatts gigawatts volts calories
percent-point points mb gb tb bytes megabytes gigabytes cusecs cusec cumecs
megawatt gigawatt kilowatt gigatonne gigatonnes megatonne megatonnes ppm ppb mmHg mg milligram milligrams microgram
micrograms nanogram nanograms µg mcg ng mmol millisievert millisieverts microsievert microsieverts sievert sieverts mSv µSv
becquerel becquerels Bq megabit megabits gigabit gigabits terabit terabits Mbps Gbps Tbps
`),
  // Units of science news in more than one word: "9.8 mm Hg", "426.1 parts per million".
  'mm Hg', 'parts per million', 'parts per billion', 'parts per trillion']);

/** Words of a sentence about money or the economy, where "the third quarter" is a part of a year. */
export const CALENDAR_WORDS = /\b(?:revenues?|profits?|sales|volumes?|earnings|growth|grew|gdp|econom(?:y|ic|ies)|inflation|output|results|income|margins?|shares|deliveries|quarterly|forecasts?|guidance|dividends?|loss(?:es)?|turnover|orders|spending|investment|unemployment|exports|imports|prices|production|demand|year|buybacks?|bonds?|rates|billion|million|bn)\b/i;
/** Words only a match report uses: an article with two of them is one (values.ts isSportsText). */
export const SPORTS_WORDS = /\b(?:goals?|innings|wickets?|touchdowns?|kick-?off|half-?time|equali[sz]er|striker|goalkeeper|quarterback|rebounds|assists|tip-off|overtime|midfielder|defender|fly-half|try-scorer|free kick|penalty area)\b/gi;
/** Words of a sentence about a game, where "the second half" is a part of the match, no date (unless CALENDAR_WORDS). */
export const GAME_WORDS = /\b(?:scored|scoring|scores|goals?|match(?:es)?|games?|innings|wickets?|touchdowns?|penalty|penalties|kick-?off|half-?time|minutes?|points|equali[sz]er|striker|goalkeeper|quarterback|stadium)\b/i;

/** Last words of a street's or a stream's name: "Brady Street", "Rosebank Crescent", "Allen Creek". */
export const STREET_HEADS = new Set(['Street', 'St', 'St.', 'Road', 'Rd', 'Rd.', 'Avenue', 'Ave', 'Ave.', 'Lane', 'Crescent', 'Boulevard', 'Blvd', 'Drive',
  'Terrace', 'Creek', 'Highway', 'Motorway', 'Expressway', 'Parkway', 'Turnpike']);

/** A person's initials: "Tom Whitfield" → "TW", "Helen Achterberg" → "HA" (two to four words, each capitalised); else null. */
export function initialsOf(name: string): string | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return null;
  return words.map((w) => w[0]).join('');
}

/**
 * Nouns after a weapon's or a military system's name: "four HIMARS launchers", "IRIS-T air defence systems", "Storm
 * Shadow cruise missiles", "Patriot interceptors", "Bohdana howitzers", "Gripen fighter jets". (Not bare "systems",
 * "batteries" or "drones": "Cisco systems", "LG Energy Solution batteries", "Amazon drones" name what a business makes;
 * nor "fighters": "KDP fighters" are a militia's.)
 */
export const WEAPON_AFTER = /^ +(?:(?:cruise|ballistic|hypersonic|anti-ship|anti-tank|surface-to-air|air-to-air|interceptor) +)?(?:missiles?|interceptors?|launchers?|howitzers?|(?:air[- ]defen[cs]e|missile(?:[- ]defen[cs]e)?) +(?:systems?|batter(?:y|ies)|units?)|fighter +jets?|warplanes?|multiple +rocket +launchers?)(?![\p{L}-])/u;
