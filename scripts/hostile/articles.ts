/**
 * Plausible news articles made from templates: names, organisations, places, quotations with
 * attribution, dates and amounts, so that every stage has work to do. Each article carries a serial
 * number, so no two generated articles share a text (duplicates would set duplicate_of on rows
 * that the hostile test compares).
 */
import type { Rng } from '../lib/prng.ts';

const PEOPLE = [
  'Maria Lopez', 'John Smith', 'Amira Haddad', 'Kenji Watanabe', 'Olusegun Adeyemi', 'Ingrid Larsen', 'Rahul Mehta',
  'Chen Wei', 'Sofia Rossi', 'Pierre Dubois', 'Fatima Zahra', 'Tomasz Nowak', 'Aisha Bello', 'Lars Eriksson',
];
const TITLES = ['Prime Minister', 'Finance Minister', 'Dr.', 'Mr.', 'Ms.', 'President', 'Chief Executive', 'Senator'];
const ORGS = [
  'the United Nations', 'the World Bank', 'Barclays', 'the European Commission', 'Kestrel Dynamics Ltd',
  'the International Atomic Energy Agency (IAEA)', 'the Bank of England', 'Reuters', 'the Red Cross', 'Acme Inc.',
];
const PLACES = ['London', 'Geneva', 'Nairobi', 'Tokyo', 'São Paulo', 'Berlin', 'Mumbai', 'Toronto', 'Cairo', 'Oslo'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const VERBS = ['said', 'told reporters', 'warned', 'added', 'insisted', 'argued'];
const TOPICS = [
  'the talks would resume next week', 'prices had risen by 4.5% since March', 'the deal was worth $1.2bn',
  'the plan would cut emissions by a third', 'more than 3,000 people had been evacuated', 'the vote was delayed until 2025',
  'the bridge would reopen at 10:30 a.m. on Friday', 'the budget gap had reached £450m', 'the ceasefire was holding',
];
const QUOTES = [
  'We will not accept any deal that leaves our workers behind',
  'This is a turning point for the whole region',
  'Nobody expected the numbers to move this fast',
  'We have done everything we were asked to do',
  'The next few days will decide whether the agreement survives',
  'Our door remains open, but time is running out',
];
const HEADLINES = [
  'Markets rally as talks resume', 'Flood defences tested by record rain', 'New vaccine plant opens',
  'Budget row deepens', 'Ceasefire holds for third day', 'Tech giant faces fresh inquiry', 'Rail strike called off',
];

/** A title line, a blank line and paragraphs; about `paragraphs` paragraphs long. */
export function articleText(rng: Rng, serial: number, paragraphs = rng.int(3, 7)): { title: string; body: string; text: string } {
  const title = `${rng.pick(HEADLINES)} (${serial})`;
  const paras: string[] = [];
  for (let i = 0; i < paragraphs; i++) paras.push(paragraph(rng));
  paras.push(`This report carries reference number ${serial}.`);
  const body = paras.join('\n\n');
  return { title, body, text: `${title}\n\n${body}\n` };
}

/** One paragraph of one of several shapes: reported speech, a direct quote, "according to". */
export function paragraph(rng: Rng): string {
  const person = rng.pick(PEOPLE);
  const org = rng.pick(ORGS);
  const place = rng.pick(PLACES);
  const day = rng.pick(DAYS);
  switch (rng.int(0, 4)) {
    case 0:
      return `${capitalise(place)}, ${day}: ${rng.pick(TITLES)} ${person} ${rng.pick(VERBS)} that ${rng.pick(TOPICS)}.`;
    case 1:
      return `“${rng.pick(QUOTES)},” ${person} said in ${place} on ${day}. “${rng.pick(QUOTES)}.”`;
    case 2:
      return `According to ${org}, ${rng.pick(TOPICS)}. Officials in ${place} declined to comment.`;
    case 3:
      return `${person}, who spoke for ${org}, said: “${rng.pick(QUOTES)}.” Talks continue on ${day}.`;
    default:
      return `${capitalise(org)} said on ${day} that ${rng.pick(TOPICS)}, and that ${rng.pick(TOPICS)}.`;
  }
}

/** Words of article-like prose, space-separated, with no full stop at all. */
export function proseWithoutStops(rng: Rng, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = paragraph(rng).replace(/[.!?…]/g, '');
    parts.push(p);
    n += p.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

/** Article-like sentences on one line (no line break), about `chars` characters. */
export function proseOneLine(rng: Rng, chars: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < chars) {
    const p = paragraph(rng);
    parts.push(p);
    n += p.length + 1;
  }
  return parts.join(' ').slice(0, chars);
}

function capitalise(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}
