/**
 * A small hand-annotated sample for the quality-floor test, written for these tests (not taken from
 * any corpus). Mark-up: [TYPE words] around each mention; types are our own (PERSON, ORG, LOC, NORP,
 * EVENT, LAW, MISC, DATE, TIME, MONEY, PERCENT, QUANTITY). Each string is one article.
 */
export const SAMPLE: string[] = [
  `[LOC Tehran] rejects new limits as talks resume in [LOC Vienna]

[NORP Iranian] Foreign Minister [PERSON Abbas Araghchi] said on [DATE Tuesday] that [LOC Iran] would not accept limits beyond those of the [DATE 2015] [LAW Joint Comprehensive Plan of Action].
Speaking in [LOC Vienna], [PERSON Araghchi] told reporters that the [ORG International Atomic Energy Agency] had "no reason" to doubt [LOC Tehran]'s word.
The [ORG IAEA] said in a report [DATE last week] that [LOC Iran] held about [QUANTITY 400 kg] of uranium enriched to [PERCENT 60%].
[ORG White House] spokesman [PERSON John Kirby] said [LOC Washington] was "watching closely".`,

  `Oil falls as [ORG OPEC] weighs output rise

Brent crude fell [PERCENT 2.3%] to [MONEY $81.40] a barrel by [TIME 10:30 GMT] on [DATE Monday], after [ORG Reuters] reported that [ORG OPEC] and its allies could raise output from [DATE October].
[NORP Saudi] Energy Minister Prince [PERSON Abdulaziz bin Salman] has said the group will act "pre-emptively".
Analysts at [ORG Goldman Sachs] cut their forecast by [MONEY $5] to [MONEY $85] for the [DATE fourth quarter].
[ORG Shell] and [ORG BP] shares fell in [LOC London], while [ORG Exxon Mobil] slipped in [LOC New York].`,

  `Storm kills 12 in southern [LOC Brazil]

Heavy rain killed at least 12 people in [LOC Rio Grande do Sul] state, officials said on [DATE Saturday], as rivers burst their banks for the second time [DATE this year].
Governor [PERSON Eduardo Leite] said more than [QUANTITY 300 mm] of rain had fallen in [TIME 48 hours] in some towns.
President [PERSON Luiz Inacio Lula da Silva] flew to [LOC Porto Alegre] and promised [MONEY 1 billion reais] in aid.
The [ORG Red Cross] said [PERCENT 40 per cent] of the city of [LOC Canoas] was under water.`,

  `[ORG Kestrel Dynamics Ltd] to cut 300 jobs

[ORG Kestrel Dynamics Ltd], the [NORP British] drone maker, said on [DATE Wednesday] it would close its plant in [LOC Derby] by [DATE March 2025].
Chief executive [PERSON Sarah Okafor] said demand from the [ORG Ministry of Defence] had fallen sharply since [DATE 2022].
Shares in [ORG Kestrel Dynamics] fell [PERCENT 14%] to [MONEY £3.20].
The [ORG Unite] union said it would fight the closure.`,
];

export interface GoldMention {
  start: number;
  end: number;
  type: string;
  text: string;
}

/** Strips the mark-up: the plain text and the gold mentions with offsets into it. */
export function parseSample(marked: string): { text: string; gold: GoldMention[] } {
  const gold: GoldMention[] = [];
  let text = '';
  const re = /\[([A-Z]+) ([^\]]+)\]/g;
  let last = 0;
  for (let m; (m = re.exec(marked)); ) {
    text += marked.slice(last, m.index);
    gold.push({ start: text.length, end: text.length + m[2].length, type: m[1], text: m[2] });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { text, gold };
}
