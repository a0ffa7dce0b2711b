/**
 * MONEY, PERCENT and QUANTITY mentions as numbers: "$1.13bn" → 1130000000 USD, "pounds 600m" → 600000000
 * GBP, "76%" → 76, "5,000 tonnes" → 5000 tonnes, "two million euros" → 2000000 EUR.
 * Currencies are ISO 4217 codes; a bare "$" or "dollars" is taken as US dollars unless a country says
 * otherwise ("A$", "Australian dollars"), or the outlet is Australian, New Zealand or Canadian (outletDollar). Amounts are read from the mention text, and a currency word several
 * countries use ("pesos") from the article's country too (LOCAL_CURRENCIES).
 */
import { COUNT_UNITS, CURRENCY_SINGULAR, NATIONAL_CURRENCIES } from '../entities/lexicon.ts';

/** Scale words as powers of ten: the number is scaled by moving its decimal point, not by a multiplication. */
const SCALES: Record<string, number> = {
  hundred: 2, thousand: 3, thousands: 3, k: 3, million: 6, millions: 6, m: 6, mn: 6,
  billion: 9, billions: 9, bn: 9, b: 9, 'bil.': 9, trillion: 12, trillions: 12, tn: 12, trn: 12, tr: 12, 'tril.': 12,
  // The Indian numbering system: "Rs 10,000 crore", "₹5 lakh".
  lakh: 5, lakhs: 5, crore: 7, crores: 7,
};

/**
 * `value` × 10^`exp`, without floating-point error: the decimal digits are read again with the exponent added
 * ("1.08" and 12 → the double nearest 1.08e12, 1080000000000; 1.08 * 1e12 is 1080000000000.0001).
 */
function timesTenTo(value: number, exp: number): number {
  const [mantissa, e = '0'] = String(value).split('e');
  return Number(`${mantissa}e${Number(e) + exp}`);
}
const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, half: 0.5,
};

/** Currency signs and words → ISO 4217. Longer signs are tried first ("US$" before "$"). */
const SIGNS: Array<[string, string]> = [
  ['US$', 'USD'], ['AR$', 'ARS'], ['A$', 'AUD'], ['C$', 'CAD'], ['HK$', 'HKD'], ['NZ$', 'NZD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₪', 'ILS'], ['₽', 'RUB'], ['₩', 'KRW'],
  ['₺', 'TRY'], ['﷼', 'IRR'], ['₦', 'NGN'], ['₱', 'PHP'], ['₴', 'UAH'], ['₵', 'GHS'], ['₫', 'VND'], ['KSh', 'KES'], ['Ksh', 'KES'],
  ['Rp', 'IDR'], ['$US', 'USD'], ['RM', 'MYR'], ['SR', 'SAR'], ['Sh', 'KES'], ['Dh', 'AED'], ['N', 'NGN'],
  // The Kyiv Independent's hryvnia: "Hr 2.6 billion".
  ['Hr', 'UAH'],
];
const LETTERS_FIRST = /^\p{L}/u;
const WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR', rial: 'IRR', rials: 'IRR', riyal: 'SAR',
  riyals: 'SAR', shekel: 'ILS', shekels: 'ILS', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB',
  won: 'KRW', lira: 'TRY', liras: 'TRY', lire: 'TRY', shilling: 'KES', shillings: 'KES', cedi: 'GHS', cedis: 'GHS', kwacha: 'ZMW', taka: 'BDT', birr: 'ETB', zloty: 'PLN', zlotys: 'PLN', rand: 'ZAR', forint: 'HUF', ringgit: 'MYR', baht: 'THB',
  rupiah: 'IDR', naira: 'NGN', franc: 'CHF', francs: 'CHF', peso: 'MXN', pesos: 'MXN', real: 'BRL', reais: 'BRL',
  dirham: 'AED', dirhams: 'AED', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', bitcoin: 'XBT', bitcoins: 'XBT',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', chf: 'CHF', cad: 'CAD', aud: 'AUD', hkd: 'HKD', inr: 'INR',
  irr: 'IRR', ils: 'ILS', rub: 'RUB', sar: 'SAR', aed: 'AED', try: 'TRY', krw: 'KRW', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
  pln: 'PLN', zar: 'ZAR', brl: 'BRL', mxn: 'MXN', rs: 'INR', ngn: 'NGN', kes: 'KES', idr: 'IDR', php: 'PHP', egp: 'EGP',
  pkr: 'PKR', bdt: 'BDT', rmb: 'CNY', vnd: 'VND', thb: 'THB', myr: 'MYR', sgd: 'SGD', nzd: 'NZD', twd: 'TWD', huf: 'HUF', czk: 'CZK',
  hryvnia: 'UAH', hryvnias: 'UAH', hryvnas: 'UAH', afghani: 'AFN', afghanis: 'AFN', kyat: 'MMK', kyats: 'MMK', tenge: 'KZT', lari: 'GEL',
  koruna: 'CZK', gourdes: 'HTG', lempiras: 'HNL', quetzales: 'GTQ',
  uah: 'UAH', ghs: 'GHS', ars: 'ARS', clp: 'CLP', cop: 'COP', pen: 'PEN', qar: 'QAR', kwd: 'KWD',
};
const DOLLAR_COUNTRIES: Record<string, string> = {
  australian: 'AUD', canadian: 'CAD', 'hong kong': 'HKD', singapore: 'SGD', 'new zealand': 'NZD', taiwan: 'TWD', zimbabwe: 'ZWL',
};
/**
 * Currency words several countries use, by country (ISO 3166-1 alpha-2 → ISO 4217): in an article from one of them
 * ("CEBU, Philippines — … 2.8 billion pesos") the word is that country's currency; elsewhere the WORDS default (MXN,
 * INR). A bare "$" is left USD everywhere: wires write US dollars as "$" whatever the dateline.
 */
const LOCAL_CURRENCIES: Record<string, Record<string, string>> = {
  peso: { PH: 'PHP', AR: 'ARS', CL: 'CLP', CO: 'COP', UY: 'UYU', DO: 'DOP', CU: 'CUP' },
  rupee: { PK: 'PKR', LK: 'LKR', NP: 'NPR', MU: 'MUR' },
  shilling: { TZ: 'TZS', UG: 'UGX', SO: 'SOS' },
};
const LOCAL_WORD: Record<string, keyof typeof LOCAL_CURRENCIES> = {
  peso: 'peso', pesos: 'peso', rupee: 'rupee', rupees: 'rupee', rs: 'rupee', shilling: 'shilling', shillings: 'shilling', sh: 'shilling',
};

/**
 * The currency a word several countries use ("pesos") has in an article that writes one of that word's currencies by
 * its sign or code elsewhere (`written`: "AR$1,490" in a Buenos Aires paper, so its "1,284,560 pesos" are ARS): that
 * code, when the article writes exactly one of them; else null. `singular` is the word's singular ("peso").
 */
export function writtenLocalCurrency(singular: string, written: ReadonlySet<string>): string | null {
  const family = LOCAL_WORD[singular];
  if (!family) return null;
  const codes = new Set([...Object.values(LOCAL_CURRENCIES[family]), WORDS[singular]].filter((c) => written.has(c)));
  return codes.size === 1 ? [...codes][0] : null;
}

/** The currency a word of LOCAL_CURRENCIES means where no country says otherwise ("pesos" MXN); null for other words. */
export function defaultLocalCurrency(singular: string): string | null {
  return LOCAL_WORD[singular] ? WORDS[singular] ?? null : null;
}

/** Countries of the Central African CFA franc (XAF); the other CFA franc countries use the West African one (XOF). */
const CENTRAL_AFRICAN_CFA = new Set(['CM', 'CF', 'TD', 'CG', 'GQ', 'GA']);

/** Sub-units: the amount is in hundredths of the currency. */
const CENTS: Record<string, string> = { cents: 'USD', cent: 'USD', pence: 'GBP', p: 'GBP' };

/** Digits grouped in threes, or the Indian way ("2,42,000": pairs before the last three), or not at all. */
const NUMBER = /(\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;
/** A second scale after "lakh" or "thousand": "8.25 lakh crore" (8.25 × 10^5 × 10^7). */
const CRORE_AFTER = /^ crores?(?![\p{L}])/u;
const SCALE = /^(?:[ -]?(hundred|thousands?|millions?|billions?|trillions?|lakhs?|crores?|tril\.|bil\.|bn|mn|tn|trn|tr|k|m|b)|(K|M|B|T|BN|Bn|MN|Mn))(?![\p{L}])/u;
const WORD = /\p{L}+/gu;

export interface Amount {
  amount: number;
  /** ISO 4217 currency code (MONEY only). */
  currency: string | null;
  /** Unit for PERCENT ("percent", "percentage point") and QUANTITY (the unit as written, lower case). */
  unit: string | null;
}

/** The number in an amount's text: digits or number words, times a scale word ("3.2bn", "two million"). */
export function readNumber(text: string, letterScales = true): { value: number; end: number } | null {
  const m = NUMBER.exec(text);
  let value: number;
  let end: number;
  if (m) {
    value = Number(m[1].replace(/,/g, '') + (m[2] ? `.${m[2]}` : ''));
    end = m.index + m[0].length;
  } else {
    WORD.lastIndex = 0;
    let w: RegExpExecArray | null;
    let found: { v: number; end: number } | null = null;
    while ((w = WORD.exec(text))) {
      const v = WORD_NUMBERS[w[0].toLowerCase()];
      if (v !== undefined && w[0].toLowerCase() !== 'a' && w[0].toLowerCase() !== 'an') {
        found = { v, end: w.index + w[0].length };
        break;
      }
    }
    if (!found) return null;
    value = found.v;
    end = found.end;
  }
  const s = SCALE.exec(text.slice(end));
  // In a quantity, a lone letter is a unit ("300 m" is metres), not a scale.
  // (A capital letter against the number is a scale wherever it is written: "$1.2B", "$162M".)
  if (s && (s[2] || letterScales || s[1].length > 2)) {
    let exp = s[2] ? SCALES[s[2] === 'T' ? 'tn' : s[2].toLowerCase()] : SCALES[s[1].toLowerCase()];
    end += s[0].length;
    const crore = CRORE_AFTER.exec(text.slice(end));
    if (crore) {
      exp += SCALES.crore;
      end += crore[0].length;
    }
    value = timesTenTo(value, exp);
  }
  return { value, end };
}

/**
 * The amount of a MONEY, PERCENT or QUANTITY mention; null when no number can be read. `country` (ISO 3166-1
 * alpha-2, or null) is the article's country, which decides a currency word several countries use ("pesos").
 */
export function normaliseAmount(type: 'MONEY' | 'PERCENT' | 'QUANTITY', written: string, country: string | null = null, dollar: string | null = null): Amount | null {
  // ("$120\u00a0billion": a no-break space is a space.)
  const text = written.replace(/[\u00a0\u202f\u2007]/g, ' ');
  const continental = type === 'MONEY' ? CONTINENTAL_EURO.exec(text) : null;
  if (continental) {
    const digits = continental[1].replace(/\./g, '').replace(',', '.');
    return { amount: timesTenTo(Number(digits), continental[2] ? CONTINENTAL_SCALES[continental[2]] : 0), currency: 'EUR', unit: null };
  }
  // In a quantity a lone letter is a unit ("300 m" is metres), but before a count a scale ("28.6m views").
  // (And so is a letter against the number with a unit after it: "1m hectares", "2bn tonnes"; not a rate, "17m per second".)
  const n = readNumber(text, type !== 'QUANTITY' || COUNT_UNITS.has(text.slice(text.lastIndexOf(' ') + 1)) || /\d(?:m|bn|k)\s(?!per )\p{L}/u.test(text));
  if (!n) return null;
  if (type === 'PERCENT') {
    // A basis point is a hundredth of a percentage point; the amount stays as written (25 basis points: 25).
    const unit = /basis|bps/i.test(text) ? 'basis point' : /point/i.test(text) ? 'percentage point' : 'percent';
    return { amount: n.value, currency: null, unit };
  }
  if (type === 'QUANTITY') {
    // (A bare size is the second of two magnitudes, "magnitude 3.9 and 4.1": the only quantity written without a unit.)
    if (/^magnitude |^\d\.\d$/i.test(text)) return { amount: n.value, currency: null, unit: 'magnitude' };
    const unit = text.slice(n.end).trim().replace(/^-/, '').toLowerCase();
    // Below zero: "minus 230°C", "-40C".
    const sign = /^(?:minus |[−-])/i.test(text) ? -1 : 1;
    return { amount: sign * n.value, currency: null, unit: TEMPERATURE_UNITS[unit] ?? (unit || null) };
  }
  const sub = /^\s?(cents?|pence|p)(?![\p{L}])/u.exec(text.slice(n.end));
  if (sub) return { amount: timesTenTo(n.value, -2), currency: CENTS[sub[1].toLowerCase()], unit: null };
  return { amount: n.value, currency: currencyOf(text, country, dollar), unit: null };
}

/**
 * Euros written the German or French way, the sign after the amount, a dot between thousands and a comma before the
 * decimals, "Mrd." for billions and "Mio." for millions: "4,5 Mrd. €" → 4500000000, "1.250 €" → 1250.
 */
const CONTINENTAL_EURO = /^(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,4}(?:,\d{1,2})?)(?: (Mrd|Mio)\.)? ?€$/;
const CONTINENTAL_SCALES: Record<string, number> = { Mrd: 9, Mio: 6 };

const NATIONAL_AFTER = new RegExp(String.raw`^\s((?:South )?\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?) (\p{Ll}+)(?![\p{L}])`, 'u');

/**
 * The currency a people's adjective and a currency word name, read from the text right after an amount
 * (" Sudanese pounds …" → SDG and "pound", " Swiss francs" → CHF and "franc": NATIONAL_CURRENCIES); null when it names none.
 */
export function nationalCurrency(after: string): { code: string; word: string } | null {
  const m = NATIONAL_AFTER.exec(after);
  const word = m ? CURRENCY_SINGULAR[m[2]] : undefined;
  const code = word ? NATIONAL_CURRENCIES[word]?.[m![1]] : undefined;
  return code ? { code, word: word! } : null;
}

/** The currency word a MONEY mention ends with, as its singular ("25,000 pounds" → pound), for the national currency an article named before. */
export function currencyWordOf(written: string): string | null {
  return CURRENCY_SINGULAR[written.slice(written.lastIndexOf(' ') + 1).toLowerCase()] ?? null;
}

/** One unit for a temperature however it is written: "1.5C", "46.8°C" and "1.5 degrees Celsius" are all °c. */
const TEMPERATURE_UNITS: Record<string, string> = {
  c: '°c', f: '°f', '° c': '°c', '° f': '°f', 'degrees celsius': '°c', 'degrees fahrenheit': '°f', 'degrees centigrade': '°c',
  'degree celsius': '°c', 'degree fahrenheit': '°f', 'degrees c': '°c', 'degrees f': '°f',
};

/** Countries whose own currency news there writes with a bare "$", and the sign they write for it when explicit. */
const LOCAL_DOLLARS: Record<string, { code: string; sign: string }> = {
  AU: { code: 'AUD', sign: 'A$' }, NZ: { code: 'NZD', sign: 'NZ$' }, SG: { code: 'SGD', sign: 'S$' }, CA: { code: 'CAD', sign: 'C$' },
  HK: { code: 'HKD', sign: 'HK$' },
};
const US_DOLLARS_WRITTEN = /US\$|\$US|U\.S\. dollars?|US dollars?|American dollars?|USD/;

/**
 * The currency of a bare "$" in an article from a country with its own dollar: that dollar when the article writes
 * US dollars explicitly ("$US92 million", "US$5bn") and never its own dollar's sign ("A$"), as ABC, RNZ or The Straits
 * Times do; else null (a bare "$" stays USD: wires in Sydney write "A$" for theirs and "$" for the US dollar).
 */
export function localDollar(articleText: string, country: string | null): string | null {
  const local = country ? LOCAL_DOLLARS[country] : undefined;
  if (!local || articleText.includes(local.sign) || !US_DOLLARS_WRITTEN.test(articleText)) return null;
  return local.code;
}

/** Outlets of a country with its own dollar, by the name they are published under (when no address or locale says it). */
const DOLLAR_OUTLETS: Record<string, string> = {
  'sydney morning herald': 'AU', 'the sydney morning herald': 'AU', 'the age': 'AU', 'the australian': 'AU', 'australian financial review': 'AU',
  'guardian australia': 'AU', 'abc news australia': 'AU', 'sbs news': 'AU', 'brisbane times': 'AU', 'watoday': 'AU', 'the canberra times': 'AU',
  'nz herald': 'NZ', 'new zealand herald': 'NZ', 'the new zealand herald': 'NZ', stuff: 'NZ', 'stuff.co.nz': 'NZ', rnz: 'NZ',
  'radio new zealand': 'NZ', '1news': 'NZ', 'otago daily times': 'NZ', newsroom: 'NZ',
  'cbc news': 'CA', cbc: 'CA', 'the globe and mail': 'CA', 'globe and mail': 'CA', 'toronto star': 'CA', 'national post': 'CA', 'ctv news': 'CA',
};
/** Countries whose outlets write their own dollar as a bare "$" (US dollars as "US$"). */
const OUTLET_DOLLARS: Record<string, string> = { AU: 'AUD', NZ: 'NZD', CA: 'CAD' };

/**
 * The currency of a bare "$" in an article an Australian, New Zealand or Canadian outlet published: its address
 * (abc.net.au, nzherald.co.nz, cbc.ca), its locale (en-AU) or its name ("RNZ", "NZ Herald") says so. These outlets write
 * their own dollar "$" and the American one "US$". Null for any other article, and for one that writes its own dollar's
 * sign ("A$") more often than a bare "$", as wire copy does where "$" is the US dollar.
 */
export function outletDollar(meta: { url: string | null; language: string | null; sourceName: string | null }, articleText: string): string | null {
  const host = meta.url ? /^https?:\/\/([^/:?#]+)/i.exec(meta.url)?.[1].toLowerCase() : undefined;
  const country = (host ? /\.(au|nz|ca)$/.exec(host)?.[1].toUpperCase() : undefined)
    ?? (meta.language ? /^en[-_](AU|NZ|CA)$/i.exec(meta.language)?.[1].toUpperCase() : undefined)
    ?? (meta.sourceName ? DOLLAR_OUTLETS[meta.sourceName.trim().toLowerCase()] : undefined);
  if (!country) return null;
  const local = LOCAL_DOLLARS[country];
  const signs = articleText.split(local.sign).length - 1;
  const bare = (articleText.match(/(?<![A-Z])\$\s?\d/g) ?? []).length;
  return signs > bare ? null : OUTLET_DOLLARS[country];
}

function currencyOf(text: string, country: string | null, dollar: string | null = null): string | null {
  const lower = text.toLowerCase();
  if (/^R\d/.test(text)) return 'ZAR';
  if (dollar && /^\$\s?\d/.test(text)) return dollar;
  // (A sign of letters only before its amount: "RM42 billion" is ringgit, "RMB 5bn" renminbi, "500 NOK" no naira.)
  for (const [sign, code] of SIGNS) if (LETTERS_FIRST.test(sign) ? text.startsWith(sign) && /^\s?\d/.test(text.slice(sign.length)) : text.includes(sign)) return code;
  const words = lower.match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const local = country && LOCAL_WORD[w] ? LOCAL_CURRENCIES[LOCAL_WORD[w]][country] : undefined;
    if (local) return local;
    // The CFA franc: West Africa's (XOF) unless the article is from Central Africa's monetary union (XAF).
    if (w === 'cfa' && /^francs?$/.test(words[i + 1] ?? '')) return country && CENTRAL_AFRICAN_CFA.has(country) ? 'XAF' : 'XOF';
    if (w === 'dollar' || w === 'dollars') {
      for (const [country, code] of Object.entries(DOLLAR_COUNTRIES)) if (lower.includes(`${country} dollar`)) return code;
      return 'USD';
    }
    if (WORDS[w]) return WORDS[w];
  }
  return null;
}
