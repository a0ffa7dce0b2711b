/**
 * Hand-written list of well-known names the packages do not cover: organisations and acronyms,
 * regions and historical countries, events, laws and treaties, religious and political groups.
 * Written from general knowledge for news text (not derived from any annotated corpus).
 *
 * Format: one entry per line or separated by "; ", optionally `=XX` with an ISO 3166 alpha-2 code
 * for places and peoples. COUNTRY entries are LOC names of whole countries (they stay places where a
 * town's name would be a sports team). Merged over the generated gazetteer at load time, so editing this file
 * needs no rebuild. Entries here win over the generated data ("Jordan" stays a country, "Georgia"
 * stays a country, "Reading" is not a city).
 */
import type { EntityType } from '../../model/doc.ts';

export const CURATED: Array<[EntityType | 'COUNTRY', string]> = [
  [
    'ORG',
    `
United Nations; UN; U.N.; UN Security Council; Security Council; United Nations Security Council; General Assembly;
UN General Assembly; UNESCO; UNICEF; UNHCR; UNRWA; UNDP; UNEP; UNCTAD; World Food Programme; World Food Program; WFP;
Food and Agriculture Organization; FAO; International Labour Organization; International Labor Organization; ILO;
UNAIDS; UNFPA; OCHA; UN Environment Programme; UN Development Programme; WHO; World Health Organization;
World Health Organisation; WTO; World Trade Organization; IMF; International Monetary Fund; World Bank; OPEC; OECD;
NATO; Nato; EU; E.U.; European Union; European Commission; European Parliament; European Council; Council of Europe;
European Central Bank; ECB; Eurogroup; Eurostat; IAEA; International Atomic Energy Agency; ASEAN; African Union;
Arab League; Gulf Cooperation Council; GCC; Unifil; UNIFIL; UN Interim Force in Lebanon; G7; G8; G20; G-7; G-20; BRICS; Commonwealth; Red Cross; Red Crescent;
ICRC; International Committee of the Red Cross; Amnesty International; Amnesty; Human Rights Watch; Greenpeace;
Interpol; Europol; Medecins Sans Frontieres; MSF; Doctors Without Borders; Oxfam; International Criminal Court; ICC;
International Court of Justice; ICJ; WWF; World Economic Forum; Davos Forum; OSCE; CIS; Mercosur; APEC; SCO;
FIFA; UEFA; IOC; International Olympic Committee; NBA; NFL; MLB; NHL; ATP; WTA; PGA; ICC; IAAF; World Athletics;
Formula One; F1; Premier League; Bundesliga; Serie A; La Liga; Ligue 1; Champions League; Europa League;
FBI; F.B.I.; CIA; C.I.A.; NSA; DEA; ATF; ICE; DHS; Department of Homeland Security; Pentagon; White House;
State Department; Justice Department; Treasury Department; Defense Department; Department of Defense;
Department of Justice; DOJ; Congress; US Congress; Senate; US Senate; House of Representatives; Supreme Court;
Federal Reserve; Fed; NASA; EPA; SEC; FDA; CDC; FAA; FCC; FTC; IRS; USAID; National Security Council;
Democratic Party; Republican Party; GOP; Democratic National Committee; DNC; RNC; Capitol Hill;
Parliament; House of Commons; House of Lords; Downing Street; Whitehall; Westminster; Labour; Labour Party;
Conservative Party; Conservatives; Tories; Liberal Democrats; Lib Dems; SNP; Scottish National Party; Sinn Fein;
Sinn Féin; Reform UK; Plaid Cymru; Commons; Green Party; DUP; Democratic Unionist Party; UKIP; Office for Budget Responsibility;
OBR; Institute for Fiscal Studies; IFS;
Bank of England; BoE; NHS; MI5; MI6; GCHQ; Scotland Yard; Metropolitan Police; Met Police; Foreign Office;
Home Office; Treasury; HM Treasury; Cabinet Office; Ministry of Defence; MoD; Ministry of Justice; HMRC; HM Revenue and Customs;
Department for Environment, Food and Rural Affairs; Defra; Department of Health and Social Care; DHSC;
Department for Education; DfE; Department for Education and Skills; DfES; Department of Health; Department for Work and Pensions; DWP; Department for Transport; DfT;
Department for Business and Trade; Department for Science, Innovation and Technology; DSIT;
Department for Energy Security and Net Zero; Department for Culture, Media and Sport; DCMS;
Foreign, Commonwealth and Development Office; FCDO; UK Health Security Agency; UKHSA; Environment Agency;
Met Office; Ofcom; Ofgem; Ofwat; Ofsted; Competition and Markets Authority; CMA; Financial Conduct Authority; FCA;
Crown Prosecution Service; CPS; National Crime Agency; Serious Fraud Office; Bundestag; Bundesbank; Bundesrat; CDU; SPD; AfD; Kremlin; Duma; State Duma; FSB; KGB;
Elysee; Élysée; Knesset; Mossad; Shin Bet; IDF; Israel Defense Forces; Israel Defence Forces; Likud; Labor Party; Labor; Nationals;
Hamas; Hezbollah; Hizbollah; Hizbullah; Fatah; PLO; Palestinian Authority; Islamic Jihad; Palestinian Islamic Jihad;
IRGC; Islamic Revolutionary Guard Corps; Revolutionary Guards; Revolutionary Guard; Quds Force; Basij;
Guardian Council; Assembly of Experts; Majlis; Islamic State; ISIS; ISIL; Daesh; al-Qaeda; al Qaeda; Al Qaeda;
Al-Qaeda; Qaeda; Taliban; Taleban; al-Shabaab; Al-Shabaab; Boko Haram; Muslim Brotherhood; Ansar Allah; PKK; YPG; SDF;
Kurdistan Workers' Party; Free Syrian Army; Wagner; Wagner Group; Polisario; IRA; ETA; Tamil Tigers; LTTE; Khmer Rouge;
ANC; African National Congress; Communist Party; Chinese Communist Party; CCP; People's Liberation Army; PLA;
Politburo; BJP; Congress Party; Indian National Congress; PTI; ISI;
Rashtriya Janata Dal; Janata Dal (United); Janata Dal (Secular); Pakistan Tehreek-i-Insaf;
Nippon Ishin no Kai; Japan Innovation Party;
National Rally; Rassemblement National; Brothers of Italy; Fratelli d'Italia; Forza Italia; Lega; Podemos; PSOE; Partido Popular;
Sweden Democrats; Fidesz; Civic Platform; Syriza; Morena; Justicialist Party; Liberal Democratic Party; Komeito;
Constitutional Democratic Party; People Power Party; Pheu Thai; Pakatan Harapan; UMNO; All Progressives Congress;
Peoples Democratic Party; African Democratic Congress; ZANU-PF; Awami League; Bangladesh Nationalist Party;
Pakistan Peoples Party; Aam Aadmi Party; Trinamool Congress; Shiv Sena; Samajwadi Party; 
Alternative for Germany; Alternative für Deutschland; Christian Democratic Union; Christian Social Union; Free Democratic Party; FDP; Die Linke;
Vox; Sumar; Junts; Junts per Catalunya; ERC; Five Star Movement; 5-Star Movement; M5S; La France Insoumise; LFI; Les Républicains;
Renew Europe; Patriots for Europe; European People's Party; EPP; Socialists and Democrats; Socialists & Democrats;
Law and Justice; PiS; Civic Coalition; Konfederacja; Lewica; Poland 2050; PVV; VVD;
Fianna Fáil; Fianna Fail; Fine Gael; Dáil; Dail; Dáil Éireann; Seanad; Oireachtas; Fórsa;
Transport for London; TfL; Folketing; Sejm; Riksdag; Storting; Eduskunta; Yle; Te Pāti Māori; New Zealand First; NZ First;
Saudi Aramco; Aramco; Rio Tinto; Gazprom; Rosneft; Lukoil;
Reuters; AP; Associated Press; AFP; Agence France-Presse; Agence France Presse; Bloomberg; Dow Jones; CNN; BBC; ITN;
Sky News; Fox News; MSNBC; CNBC; NPR; PBS; ABC; CBS; NBC; New York Times; The New York Times; Washington Post;
The Washington Post; Wall Street Journal; The Wall Street Journal; Financial Times; Guardian; The Guardian;
New England Journal of Medicine; The Lancet; Lancet; BMJ; Nature Medicine; Nature Climate Change;
The Times; The Economist; Economist; Telegraph; Daily Telegraph; Daily Mail; The Independent; Le Monde; Der Spiegel;
Spiegel; Haaretz; Sunday Times; Sunday Telegraph; Mail on Sunday; Sunday Express; Sunday Mirror; Sunday Herald;
Sunday People; Independent on Sunday; Sunday Tribune; Sunday Business Post; The Observer; Observer; Daily Express; Daily Mirror;
Daily Star; Evening Standard; Daily Record; The Scotsman; International Herald Tribune; USA Today; Los Angeles Times;
Le Figaro; El Pais; Asahi Shimbun; Yomiuri Shimbun; Jerusalem Post; Times of Israel; Al Jazeera; Al-Jazeera; Al Arabiya; Xinhua; Tass; TASS; Interfax;
RIA Novosti; Itar-Tass; IRNA; Fars; Fars News Agency; Tasnim; ISNA; Press TV; Kyodo; Yonhap; ANSA; DPA; EFE; PTI;
Sky Sports; Sky Sports News; BBC World Service; BBC Radio 4; BBC Radio 5 Live; BBC One; BBC Two; France 24; ITV; ITV News;
Channel 4; Channel 4 News; Channel 5; ESPN; TNT Sports; BT Sport; talkSPORT; DAZN; Eurosport; beIN Sports; Canal+;
ABC News; CBS News; NBC News; Fox Business; CNN International; RTE; CBC; CBC News; Deutsche Welle;
Euronews; The Athletic; Bild; Le Parisien; South China Morning Post; Kyiv Independent; Meduza; Novaya Gazeta;
Politico; Axios; Newsweek; Forbes; Twitter; X Corp; Facebook; Meta; Instagram; WhatsApp; TikTok; Telegram;
Variety; The Hollywood Reporter; Hollywood Reporter; Billboard; Rolling Stone; Pitchfork; NME; Vulture; Vanity Fair;
Entertainment Weekly; IndieWire; Spotify; Apple Music; SoundCloud; Ticketmaster; Live Nation; Weverse; Twitch; Bluesky; Threads;
YouTube; Google; Alphabet; Apple; Microsoft; Amazon; Netflix; Tesla; SpaceX; OpenAI; Anthropic; DeepMind;
Google DeepMind; xAI; Mistral AI; ByteDance; Uber; Airbnb; Nvidia; Intel; AMD; IBM;
Oracle; Samsung; Sony; Huawei; ZTE; Alibaba; Tencent; Baidu; Toyota; Honda; Nissan; Hyundai; Volkswagen; BMW;
Daimler; Mercedes-Benz; General Motors; GM; Ford; Chrysler; Fiat; Renault; Peugeot; Boeing; Airbus; Lockheed Martin;
Raytheon; Northrop Grumman; BAE Systems; Exxon; ExxonMobil; Exxon Mobil; Chevron; Shell; Royal Dutch Shell; BP;
TotalEnergies; ENI; Eni; Goldman Sachs; JPMorgan; JP Morgan; JPMorgan Chase; Morgan Stanley; Citigroup;
Citibank; Citi; Bank of America; Wells Fargo; HSBC; Barclays; Lloyds; NatWest; Deutsche Bank; Commerzbank; UBS;
Credit Suisse; BNP Paribas; Societe Generale; Santander; ING; Nomura; BlackRock; Berkshire Hathaway; Visa;
Mastercard; PayPal; eBay; LinkedIn; GitHub; Walmart; Pfizer; Moderna; AstraZeneca; Johnson & Johnson; Novartis; Roche; Bayer; Siemens;
Eli Lilly; Novo Nordisk; Merck; MSD; Sanofi; GSK; GlaxoSmithKline; AbbVie; Amgen; Gilead; Gilead Sciences; Regeneron; Biogen;
Lupin; Cipla; Dr. Reddy's Laboratories; Dr Reddy's Laboratories; Dr. Reddy's; Dr Reddy's; Sun Pharma; Wellcome; Wellcome Trust;
Takeda; Eisai; Teva; Bristol Myers Squibb; Bristol-Myers Squibb; Boehringer Ingelheim; BioNTech; Bavarian Nordic; Daiichi Sankyo;
Jefferies; Lazard; Evercore; Standard Chartered; Monzo; Mercedes; Mercedes-AMG; Ma'aden;
LSEG; London Stock Exchange Group; Refinitiv; Maersk; A.P. Moller-Maersk; Hapag-Lloyd; CMA CGM; COSCO; UKMTO; Ambrey;
COGAT; Otzma Yehudit; Religious Zionism; Yesh Atid; Shas; United Torah Judaism; Yisrael Beytenu;
Al-Masirah; Al Masirah; Al Mayadeen; Al-Mayadeen; Al-Manar; Al Manar; Iran International; Asharq Al-Awsat; WAM;
Nokia; Ericsson; Philips; Unilever; Nestle; Nestlé; Coca-Cola; PepsiCo; McDonald's; Starbucks; Disney; Warner Bros;
British Airways; Virgin Atlantic; easyJet; Ryanair; Wizz Air; Lufthansa; Air France; Air France-KLM; KLM; Iberia;
Aer Lingus; SAS; Finnair; Turkish Airlines; Qatar Airways; Etihad; Etihad Airways; Emirates; Emirates airline; flydubai;
Singapore Airlines; Cathay Pacific; Air China; China Eastern; China Southern; Japan Airlines; All Nippon Airways;
Korean Air; Qantas; Air India; IndiGo; Delta Air Lines; United Airlines; American Airlines; Southwest Airlines;
Alaska Airlines; JetBlue; Air Canada; Aeroflot; LATAM; Avianca; Embraer; Rolls-Royce;
Nasdaq; NYSE; New York Stock Exchange; London Stock Exchange; LSE; Moody's; Standard & Poor's; S&P; Fitch;
Sainsbury's; Macy's; Christie's; Sotheby's; Kellogg's; Domino's; Lloyd's of London; Wendy's; Kohl's; Lowe's; Trader Joe's; Ben & Jerry's; Levi's;
Harvard; Harvard University; Yale; Stanford; MIT; Oxford University; Cambridge University; Sorbonne;
Manchester United; Man United; Manchester City; Man City; Arsenal; Chelsea; Tottenham; Tottenham Hotspur; Spurs;
Newcastle United; Leeds United; West Ham; West Ham United; Aston Villa; Everton; Real Madrid; Atletico Madrid;
Juventus; AC Milan; Inter Milan; Internazionale; Bayern Munich; Bayern; Borussia Dortmund; Ajax; PSV; PSV Eindhoven;
Feyenoord; Celtic; Rangers; Benfica; Sporting; Olympiakos; Galatasaray; Fenerbahce; Besiktas; Anderlecht;
New York Yankees; Yankees; Boston Red Sox; Red Sox; Los Angeles Dodgers; Dodgers; Chicago Cubs; Cubs;
Los Angeles Lakers; Lakers; Chicago Bulls; Boston Celtics; Dallas Cowboys; New England Patriots;
Nottingham Forest; Crystal Palace; Brighton & Hove Albion; Brighton and Hove Albion; Wolverhampton Wanderers;
AFC Bournemouth; Leicester City; Ipswich Town; Sheffield United; Sheffield Wednesday; Norwich City; Stoke City;
West Bromwich Albion; West Brom; Swansea City; Cardiff City; Hull City; Queens Park Rangers; QPR; Blackburn Rovers;
Bolton Wanderers; Derby County; Coventry City; Birmingham City; Bristol City; Preston North End; Luton Town;
Paris Saint-Germain; PSG; FC Barcelona; Barca; Barça; Bayer Leverkusen; RB Leipzig; Eintracht Frankfurt;
VfB Stuttgart; Schalke; AS Roma; SS Lazio; Atalanta; Fiorentina; Real Sociedad; Athletic Bilbao; Real Betis;
Olympique de Marseille; Olympique Lyonnais; AS Monaco; FC Porto; Sporting Lisbon; Sporting CP; Club Brugge;
Red Bull Salzburg; Inter Miami; LA Galaxy; Golden State Warriors; Kansas City Chiefs; Philadelphia Eagles;
Green Bay Packers; San Francisco 49ers; Pittsburgh Steelers; New York Knicks; Boston Bruins; McLaren; Red Bull Racing;
Red Bull; Ferrari; Scuderia Ferrari; Aston Martin; Racing Bulls; Williams Racing; Alpine F1;
Gartner; Wasps; Monsanto; Carnival Corporation;
Bundeswehr; Rheinmetall; Ukrenergo; Naftogaz; Energoatom; DTEK; Aemet; Météo-France; Meteo-France; Christian Science Monitor;
PJM Interconnection; Institute for the Study of War
`,
  ],
  [
    'COUNTRY',
    `
Britain=GB; Great Britain=GB; UK=GB; U.K.=GB; England=GB; Scotland=GB; Wales=GB; Northern Ireland=GB;
US=US; U.S.=US; USA=US; U.S.A.=US; America=US; United States of America=US;
Russia=RU; Russian Federation=RU; Turkey=TR; Türkiye=TR; Turkiye=TR; Myanmar=MM; Holland=NL; Burma=MM;
Ivory Coast=CI; Czech Republic=CZ; Czechia=CZ; Vatican=VA; Holy See=VA; Palestine=PS; Iran=IR; Persia=IR;
Islamic Republic=IR; South Korea=KR; North Korea=KP; Korea=KR; Taiwan=TW; Hong Kong=HK; Macau=MO; Macao=MO;
Kosovo=XK; Macedonia=MK; Swaziland=SZ; Cape Verde=CV; East Timor=TL; UAE=AE; U.A.E.=AE; Syria=SY;
Laos=LA; Moldova=MD; Vietnam=VN; Viet Nam=VN; Bolivia=BO; Venezuela=VE; Tanzania=TZ; Congo=CD; DRC=CD; DR Congo=CD;
Democratic Republic of Congo=CD; Democratic Republic of the Congo=CD; Republic of Congo=CG;
Soviet Union; USSR; Yugoslavia; Czechoslovakia; Zaire=CD; East Germany=DE; West Germany=DE; Rhodesia=ZW;
Ceylon=LK; Siam=TH; Bosnia=BA; Herzegovina=BA; Serbia and Montenegro
`,
  ],
  [
    'LOC',
    `
Frankfurt=DE; Latakia=SY; Lattakia=SY; Palestinian Territories=PS; Gaza=PS; Gaza Strip=PS; West Bank=PS;
Golan Heights=SY; Golan=SY; East Jerusalem=PS; Jerusalem=IL; Tel Aviv=IL; Tibet=CN; Xinjiang=CN; Brazzaville=CG;
Chechnya=RU; Dagestan=RU; Crimea=UA; Cheong Wa Dae=KR; Outer Banks=US;
Donbas=UA; Donbass=UA; Donetsk=UA; Luhansk=UA; Kurdistan; Iraqi Kurdistan=IQ; Kashmir; Punjab; Sindh=PK;
Balochistan=PK; Baluchistan=PK; Darfur=SD; Sinai=EG; Sinai Peninsula=EG; Negev=IL; Galilee=IL; Judea; Samaria;
Europe; Asia; Africa; Antarctica; Australasia; Oceania; Eurasia; North America; South America; Latin America;
Central America; Central Asia; South Asia; Southeast Asia; South-East Asia; East Asia; Asia-Pacific; Asia Pacific;
Middle East; Mideast; Near East; Far East; North Africa; West Africa; East Africa; Southern Africa; Sub-Saharan Africa;
Horn of Africa; Sahel; Maghreb; Levant; Gulf; Persian Gulf; Arabian Gulf; Arabian Peninsula; Balkans; Caucasus;
Baltics; Scandinavia; Midwest; Deep South; New England; Pacific Northwest; Siberia; Caribbean; Mediterranean; Mediterranean Sea; Atlantic; Atlantic Ocean; Pacific;
Pacific Ocean; Indian Ocean; Arctic; Arctic Ocean; Red Sea; Black Sea; Caspian; Caspian Sea; Baltic; Baltic Sea;
North Sea; South China Sea; East China Sea; Dead Sea; Aegean; Adriatic; Strait of Hormuz; Hormuz; Bab el-Mandeb;
Suez Canal; Suez; Bosphorus; Panama Canal; Gulf of Aden; Gulf of Oman; Gulf of Mexico; English Channel;
Nile; Euphrates; Tigris; Jordan River; Danube; Rhine; Thames; Amazon River; Mississippi; Yangtze; Ganges; Indus;
Alps; Himalayas; Andes; Rockies; Urals; Pyrenees; Sahara; Mount Everest; Everest;
Silicon Valley; Hollywood; Manhattan; Brooklyn; Bronx; Queens; Wall Street; Westminster; Gaza City; Rafah; Khan Younis;
Washington=US; Washington D.C.=US; Washington DC=US; D.C.=US; New York=US; New York City=US; Los Angeles=US;
San Francisco=US; Las Vegas=US; New Orleans=US; St. Louis=US; St Louis=US;
Alabama=US; Alaska=US; Arizona=US; Arkansas=US; California=US; Colorado=US; Connecticut=US; Delaware=US;
Florida=US; Hawaii=US; Idaho=US; Illinois=US; Indiana=US; Iowa=US; Kansas=US; Kentucky=US; Louisiana=US;
Maine=US; Maryland=US; Massachusetts=US; Michigan=US; Minnesota=US; Missouri=US; Montana=US; Nebraska=US;
Nevada=US; New Hampshire=US; New Jersey=US; New Mexico=US; North Carolina=US; North Dakota=US; Ohio=US; Oklahoma=US;
Oregon=US; Pennsylvania=US; Rhode Island=US; South Carolina=US; South Dakota=US; Tennessee=US; Texas=US; Utah=US;
Vermont=US; Virginia=US; West Virginia=US; Wisconsin=US; Wyoming=US; Puerto Rico=PR; Guam=GU;
Ontario=CA; Quebec=CA; British Columbia=CA; Alberta=CA; Manitoba=CA; Saskatchewan=CA; Nova Scotia=CA;
New Brunswick=CA; Newfoundland=CA; New South Wales=AU; Queensland=AU; Victoria=AU; Tasmania=AU;
Western Australia=AU; South Australia=AU; Bavaria=DE; Saxony=DE; Catalonia=ES; Basque Country=ES; Andalusia=ES;
Lombardy=IT; Sicily=IT; Sardinia=IT; Corsica=FR; Normandy=FR; Brittany=FR; Provence=FR; Flanders=BE; Wallonia=BE;
Kurdistan Region=IQ; Anbar=IQ; Idlib=SY; Khuzestan=IR; Gujarat=IN; Kerala=IN; Bihar=IN; Maharashtra=IN;
Uttar Pradesh=IN; Tamil Nadu=IN; West Bengal=IN; Assam=IN; Kashmir Valley=IN; Mindanao=PH; Java=ID; Sumatra=ID;
Bali=ID; Borneo; Hokkaido=JP; Okinawa=JP; Greenland=GL; Siberia=RU; Chechen Republic=RU; Transnistria=MD;
Abkhazia=GE; South Ossetia=GE; Nagorno-Karabakh=AZ; Karabakh=AZ; Northern Cyprus=CY; Western Sahara=EH;
Somaliland=SO; Tigray=ET; Kurdish Region=IQ; Jammu and Kashmir=IN; Jammu & Kashmir=IN; Andaman and Nicobar Islands=IN
`,
  ],
  [
    'NORP',
    `
Peronist=AR; Peronists=AR; Kirchnerist=AR; Kirchnerists=AR; Chavista=VE; Chavistas=VE; Bolsonarista=BR; Bolsonaristas=BR;
Mainer=US; Mainers=US; Floridian=US; Ohioan=US; Ohioans=US; Michigander=US; Michiganders=US; Arizonan=US; Arizonans=US;
Pennsylvanian=US; Pennsylvanians=US; Virginian=US; Virginians=US; Minnesotan=US; Minnesotans=US; Coloradan=US;
Coloradans=US; Oregonians=US; Iowan=US; Iowans=US; Kentuckian=US; Kentuckians=US;
Tennesseans=US; Alabamian=US; Alabamians=US; Nevadan=US; Nevadans=US; Kansan=US; Kansans=US; Missourian=US;
Missourians=US; Marylander=US; Marylanders=US; Vermonter=US; Vermonters=US; Alaskan=US; Alaskans=US;
Oklahomans=US; Arkansan=US; Arkansans=US; Mississippian=US; Mississippians=US; Nebraskan=US; Nebraskans=US;
Wisconsinite=US; Wisconsinites=US; New Jerseyan=US; New Jerseyans=US; Hoosier=US; Hoosiers=US; Utahn=US; Utahns=US;
Arab; Arabs; Arabic; Kurd; Kurds; Kurdish; Persian; Persians; Jew; Jews; Jewish; Muslim; Muslims; Moslem; Moslems;
Islamic; Christian; Christians; Catholic; Catholics; Roman Catholic; Protestant; Protestants; Orthodox; Evangelical;
Evangelicals; Hindu; Hindus; Sikh; Sikhs; Buddhist; Buddhists; Sunni; Sunnis; Shia; Shiite; Shiites; Shi'ite;
Shi'ites; Alawite; Alawites; Druze; Yazidi; Yazidis; Copt; Copts; Coptic; Baha'i; Zionist; Zionists; Islamist;
Islamists; Jihadist; Jihadists; Salafist; Salafists; Wahhabi; Houthi; Houthis; Pashtun; Pashtuns; Tamil; Tamils;
Uighur; Uighurs; Uyghur; Uyghurs; Rohingya; Tutsi; Tutsis; Hutu; Hutus; Serb; Serbs; Croat; Croats; Bosniak; Bosniaks;
Basque; Basques; Catalan; Catalans; Flemish; Walloon; Scot=GB; Scots=GB; Briton=GB; Britons=GB; Brit=GB; Brits=GB;
Englishman=GB; Welsh=GB; Irish=IE; Scottish=GB; English=GB; Soviet; Soviets; European; Europeans; African; Africans;
Asian; Asians; Latino; Latinos; Hispanic; Hispanics; Caucasian; Aboriginal; Aborigines; Western; Westerners; Eastern;
Arabian; Middle Eastern; Republican; Republicans; Democrat; Democrats; Democratic; Conservative; Liberal; Liberals;
Socialist; Socialists; Communist; Communists; Marxist; Marxists; Maoist; Maoists; Tory; Nazi; Nazis; Fascist;
Fascists; Bolshevik; Bolsheviks; Palestinian=PS; Palestinians=PS; Israeli=IL; Israelis=IL; Iranian=IR; Iranians=IR;
American=US; Americans=US; Saudi=SA; Saudis=SA; Emirati=AE; Emiratis=AE; Yemeni=YE; Yemenis=YE; Lebanese=LB;
Syrian=SY; Syrians=SY; Iraqi=IQ; Iraqis=IQ; Korean; Koreans; Swede=SE; Swedes=SE; Dane=DK; Danes=DK; Finn=FI;
Finns=FI; Pole=PL; Poles=PL; Turk=TR; Turks=TR; Tajik=TJ; Tajiks=TJ; Bosnian=BA; Bosnians=BA; Chechen; Chechens;
Zairean; Zaireans; Yugoslav; Yugoslavs; Azeri=AZ; Azeris=AZ; Kyrgyz=KG; Kazakh=KZ; Kazakhs=KZ; Uzbek=UZ; Uzbeks=UZ;
Slovenian=SI; Slovenians=SI; Argentinian=AR; Argentinians=AR; Nepali=NP; Nepalis=NP; Icelandic=IS; Icelander=IS;
Icelanders=IS; Afrikaner; Afrikaners; Spaniard=ES; Spaniards=ES; Frenchman=FR; Frenchmen=FR; Dutchman=NL; Dutchmen=NL;
Englishmen=GB; Texan=US; Texans=US; New Yorkers=US; Londoners=GB; Parisians=FR; Berliners=DE;
Muscovites=RU; Angelenos=US; Chicagoans=US; Floridians=US; Californians=US; Californian=US; Roman; Romans; Balkan; Scandinavian; Scandinavians;
Latin American; Latin Americans;
Hausa; Fulani; Fula; Yoruba=NG; Igbo=NG; Ijaw=NG; Kanuri; Kikuyu=KE; Kalenjin=KE; Maasai; Zulu=ZA; Zulus=ZA;
Xhosa=ZA; Amhara=ET; Oromo=ET; Tigrayan=ET; Tigrayans=ET; Dinka; Nuer; Masalit; Zaghawa; Baluch; Baloch; Hazara; Hazaras;
Sinhalese=LK; Tibetan; Tibetans; Han Chinese=CN; Berber; Berbers; Amazigh; Tuareg; Tuaregs; Bedouin; Bedouins;
Romani; Inuit; Maori=NZ; Māori=NZ; Kachin=MM; Karipuna; Galibi-Marworno; Guarani; Yanomami; Quechua; Aymara; Mapuche;
Zoroastrian; Zoroastrians; Mormon; Mormons; Anglican; Anglicans; Methodist; Methodists; Baptist; Baptists;
Lutheran; Lutherans; Pentecostal; Pentecostals; Ahmadi; Ahmadis; Ismaili; Ismailis; Sufi; Sufis; Haredi; Hasidic;
Southeast Asian
`,
  ],
  [
    'MISC',
    `
ChatGPT; iPhone; iPad; iPod; iOS; macOS; iCloud; iTunes; MacBook; PlayStation; Xbox; WeChat;
HIMARS; ATACMS; NASAMS; IRIS-T; Storm Shadow; SCALP; Shahed; Shaheds; Iskander; Iskander-M; Kinzhal; Kalibr; Oreshnik;
Gripen; Bayraktar TB2
`,
  ],
  [
    'PERSON',
    `
God; Allah; Jesus; Jesus Christ; Prophet Mohammed; Prophet Muhammad; Buddha
`,
  ],
  [
    'EVENT',
    `
Holocaust; World War One; World War I; World War II; World War Two; First World War; Second World War; Great War;
Cold War; Gulf War; Iraq War; Vietnam War; Korean War; Six-Day War; Six Day War; Yom Kippur War; Iran-Iraq War;
Arab Spring; Islamic Revolution; Iranian Revolution; French Revolution; Russian Revolution; Cultural Revolution;
American Revolution; Industrial Revolution; Intifada; Nakba; Olympics; Olympic Games; Summer Olympics;
Winter Olympics; Olympic; Paralympics; World Cup; Super Bowl; Tour de France; Champions Trophy; Euro 2024; Euro 2020;
Wimbledon; US Open; U.S. Open; French Open; Australian Open; Ryder Cup; Davis Cup; Grand Prix; Eurovision; Brexit;
Watergate; 9/11; September 11; Great Depression; Reformation; Renaissance; Crusades; Hajj; Oscars; Academy Awards;
Nobel Prize; COP28; COP29; COP26; Davos; Labor Day; Labour Day; Memorial Day; Thanksgiving; Christmas;
Christmas Day; Easter; Ramadan; Eid; Eid al-Fitr; Eid al-Adha; Passover; Hanukkah; Yom Kippur; Diwali; New Year's Day;
Lunar New Year; Chinese New Year; New Year's Eve; Christmas Eve; Boxing Day; Good Friday; Independence Day;
Veterans Day; Remembrance Day; Bastille Day; Halloween; Nowruz; Rosh Hashanah
`,
  ],
  [
    'LAW',
    `
JCPOA; Joint Comprehensive Plan of Action; Iran nuclear deal; NPT; Non-Proliferation Treaty;
Nuclear Non-Proliferation Treaty; Geneva Convention; Geneva Conventions; Paris Agreement; Paris Climate Agreement;
Kyoto Protocol; Oslo Accords; Abraham Accords; Camp David Accords; Good Friday Agreement; Dayton Accords;
Maastricht Treaty; Lisbon Treaty; Treaty of Versailles; Treaty of Rome; Schengen Agreement; Minsk Agreement;
Minsk Agreements; Universal Declaration of Human Rights; Magna Carta; First Amendment; Second Amendment;
Fifth Amendment; Patriot Act; Affordable Care Act; Obamacare; Civil Rights Act; Voting Rights Act; Constitution;
Resolution 2231; Resolution 242; UN Charter; Balfour Declaration; Sharia
`,
  ],
];

/** One curated entry: its type, its name and the code after "=" ("Georgia=GE"), or null. */
export interface CuratedEntry {
  type: EntityType | 'COUNTRY';
  name: string;
  code: string | null;
}

/** The curated entries, parsed from the lists above, in order (earlier entries win where readers care). */
export function curatedEntries(): CuratedEntry[] {
  const out: CuratedEntry[] = [];
  for (const [type, list] of CURATED) {
    for (const raw of list.split(/;|\n/)) {
      const item = raw.trim();
      if (!item) continue;
      const eq = item.lastIndexOf('=');
      out.push({ type, name: eq > 0 ? item.slice(0, eq).trim() : item, code: eq > 0 ? item.slice(eq + 1).trim() : null });
    }
  }
  return out;
}

/** Curated names that end in a possessive "'s" of their own ("Moody's", "McDonald's"), lower-cased with a straight apostrophe. */
export const POSSESSIVE_NAMES: ReadonlySet<string> = new Set(
  curatedEntries().map((e) => e.name.toLowerCase().replace(/’/g, "'")).filter((n) => n.endsWith("'s")),
);
