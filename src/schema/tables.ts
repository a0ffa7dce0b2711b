/**
 * One zod schema per output table: the single source of truth for column names, order, types,
 * nullability and meaning in CSV, Arrow, Parquet and the README's data dictionary.
 * Offsets are half-open [start, end) in UTF-16 code units into articles.text.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../model/doc.ts';
import { defineTable } from './columns.ts';

const offset = (what: string) => z.int32().describe(what);
const articleId = z.string().describe('Article id: 16 hex chars of sha256 of source_path (plus #record for JSON/JSONL records); stable across runs.');

export const articles = defineTable('articles', 'One row per article read.', z.object({
  article_id: articleId,
  source_path: z.string().describe('Path of the input file, relative to the input folder, with / separators.'),
  record_index: z.int32().nullable().describe('Index of the record inside a JSON array (0-based) or JSONL file (line number, 1-based); empty for single-article files.'),
  format: z.enum(['txt', 'md', 'html', 'json', 'jsonl']).describe('Input format the article was read from.'),
  title: z.string().nullable().describe('Title from metadata, or the title line of a .txt file.'),
  published_at: z.iso.datetime().nullable().describe('Publication time (UTC) from metadata, or for a .txt file from a date line under the title or a dateline with a year; empty when unknown. Zone abbreviations come from one table, shared with TIME mentions (src/stages/load/time-zones.ts: GMT, CET, IST as India, JST, AEDT, NZDT, SAST, EST/EDT..., ET/CT/MT/PT with US daylight saving by the date); a time in an unknown zone keeps its date at midnight UTC (W_DATE_ZONE). A clock time with no zone in a .txt header or a page\'s byline block is the home time of the agency or national outlet the header names, where it has one (src/stages/load/time-zones.ts: "KYODO NEWS - Nov 21, 2026 - 18:30" is JST; Yonhap KST, Xinhua and China Daily Beijing, PTI and The Hindu IST, TASS Moscow, RNZ New Zealand, France 24 Paris, The Times UK...; not AP, AFP or Reuters, whose desks stamp in many zones), else read as UTC with a W_DATE_NO_ZONE warning.'),
  author: z.string().nullable().describe('Byline from metadata, or the "By …" line under a .txt file\'s title (several names joined with ", ").'),
  source_name: z.string().nullable().describe('Publisher or outlet name from metadata, or for a .txt file a "Source:" line, the outlet after its byline ("By Aoife Ryan, Irish Examiner") or the agency of its dateline ("LONDON (Reuters) -").'),
  url: z.string().nullable().describe('Article URL from metadata, or a URL alone on a line under a .txt file\'s title.'),
  language: z.string().nullable().describe('Language code from metadata (e.g. en).'),
  text: z.string().describe('Full article text; every offset in every table indexes into it. For a UTF-8 .txt with LF line endings it is the file content exactly, less the invisible line-breaking hints removed in every format (soft hyphen, zero-width space, word joiner, inner BOM).'),
  char_count: z.int32().describe('Length of text in UTF-16 code units.'),
  word_count: z.int32().describe('Number of word and number tokens.'),
  paragraph_count: z.int32().describe('Number of paragraphs (headings included).'),
  sentence_count: z.int32().describe('Number of sentences.'),
  content_sha256: z.string().describe('sha256 (hex) of text, UTF-8 encoded.'),
  duplicate_of: z.string().nullable().describe('article_id of an earlier article (in path order) with identical text, else empty.'),
}));

export const paragraphs = defineTable('paragraphs', 'One row per paragraph or heading line.', z.object({
  article_id: articleId,
  paragraph_index: z.int32().describe('0-based position in the article.'),
  section: z.string().nullable().describe('Text of the heading this paragraph falls under; empty before the first heading.'),
  is_heading: z.boolean().describe('True for a heading or title line, and for a header line read as metadata ("Date: …", "By …"), which opens no section.'),
  start: offset('Start offset in articles.text (UTF-16 code units, inclusive).'),
  end: offset('End offset in articles.text (UTF-16 code units, exclusive).'),
  text: z.string().describe('The paragraph text: articles.text[start:end].'),
}));

export const sentences = defineTable('sentences', 'One row per sentence.', z.object({
  article_id: articleId,
  sentence_index: z.int32().describe('0-based position in the article.'),
  paragraph_index: z.int32().describe('Paragraph the sentence belongs to.'),
  start: offset('Start offset in articles.text.'),
  end: offset('End offset in articles.text (exclusive).'),
  text: z.string().describe('The sentence text: articles.text[start:end].'),
}));

export const mentions = defineTable('mentions', 'One row per entity or value mention found in an article, and per name found inside a longer name (nested_in set).', z.object({
  article_id: articleId,
  mention_index: z.int32().describe('0-based position in the article, in text order (a longer name before the names inside it).'),
  sentence_index: z.int32().describe('Sentence the mention is in.'),
  start: offset('Start offset in articles.text.'),
  end: offset('End offset in articles.text (exclusive).'),
  text: z.string().describe('The mention as written: articles.text[start:end] (possessive ’s excluded).'),
  type: z.enum(ENTITY_TYPES).describe(`Entity type: ${ENTITY_TYPES.join(', ')}.`),
  title: z.string().nullable().describe('Title or honorific written before a person’s name (e.g. Prime Minister), kept out of text.'),
  canonical_name: z.string().nullable().describe('Name of the entity this mention resolves to: the full name written elsewhere in the article for a short form (surname, acronym), the common name for a well-known short form (IAEA, Nato, US); empty for values (DATE, MONEY...).'),
  entity_id: z.string().nullable().describe('Id of the canonical entity (see the entities table): the same in every article and run; empty for values (and for a title found without its name, "Mr").'),
  code: z.string().nullable().describe('Standard code of a place (LOC): ISO 3166-1 alpha-2 for a country (IR), GeoNames id for a city (112931 for Tehran); else empty.'),
  country_code: z.string().nullable().describe('ISO 3166-1 alpha-2 of the country a place (LOC) is or lies in, or a people or group (NORP: Iranian → IR) belongs to; empty when unknown.'),
  normalized: z.string().nullable().describe('ISO 8601 value of a DATE or TIME at the precision written: 2023-10-07, 2023-10, 1979, 199 (the 1990s), 2023-W41 (a week), 2023-Q1, 2023/2024 (a span of years: "2023-24"; "the last decade" 2016/2026), 2027-01-26/2027-01-27 (days of one month: "Jan. 26-27", "from Feb. 6 to 22"), 2026-01/2026-09 ("the first nine months of 2026"), P3Y or PT71M (a duration), T10:30 (a time of day; T10:30Z or T09:00-05:00 with a zone that gives its offset: "EST", "IST", "AEDT", "Tokyo time"; "ET", "PT", "London time" by the summer or winter time of the sentence\'s date, else of the publication date). Relative dates ("Monday", "last year") are read against articles.published_at and left empty when it is unknown; a weekday, day or month without a year is placed before or after it by the tense of its clause ("was approved in December": the last December).'),
  amount: z.number().nullable().describe('Number of a MONEY (in currency units: "$1.2bn" → 1200000000), PERCENT (76 for 76%) or QUANTITY (5000 for "5,000 tonnes") mention; else empty.'),
  currency: z.string().nullable().describe('ISO 4217 code of a MONEY mention (USD, GBP, EUR...); a bare "$" or "dollars" is USD, except that a bare "$" is AUD, NZD or CAD in an article an Australian, New Zealand or Canadian outlet published, as its address (abc.net.au, nzherald.co.nz, cbc.ca), its locale (en-AU) or its name ("RNZ", "NZ Herald", "The Sydney Morning Herald") says, unless it writes its own dollar\'s sign ("A$") more often than a bare "$", as wire copy does (a .txt file that names no outlet keeps USD: the places alone cannot tell a Sydney story from a US story about Sydney); "pesos" and "rupees" are those of the article\'s country (its dateline\'s, else that of its headline\'s places, else the one its places lie in most) where it uses them (PHP, PKR...), else MXN and INR; a currency named by its people ("42,000 Sudanese pounds": the MONEY row is the amount, "Sudanese" a NORP row of its own, as CoNLL-2003 types it) is that country\'s (SDG), and so is the bare word later in the article; empty when unknown.'),
  unit: z.string().nullable().describe('Unit of a PERCENT ("percent", "percentage point" or "basis point") or QUANTITY mention (as written, lower case: "tonnes", "km"; a temperature °c or °f however written).'),
  nested_in: z.int32().nullable().describe('For a name written inside a longer name ("Chicago" in "University of Chicago", "US" in "US Navy"): the mention_index of that longer mention, whose nested rows follow it directly; empty for a top-level mention. Top-level mentions never overlap: keep the rows where nested_in is empty to count each stretch of text once, as entities.mention_count does.'),
}));

export const entities = defineTable('entities', 'One row per canonical named entity across the whole run.', z.object({
  entity_id: z.string().describe('Stable id: type + 16 hex chars of sha256 of type and canonical name, folded (case, accents, full stops, apostrophes, hyphens and a leading "the" do not count). The same entity gets the same id in every article and run, so tables of separate runs join and merge.'),
  type: z.enum(ENTITY_TYPES).describe('Entity type.'),
  canonical_name: z.string().describe('Canonical name: the most used spelling of the full name (Unicode-tidied: straight quotes, single spaces).'),
  code: z.string().nullable().describe('ISO 3166-1 alpha-2 of a country, GeoNames id of a city; else empty (see mentions.code).'),
  country_code: z.string().nullable().describe('ISO 3166-1 alpha-2 of the country of a place or of a people or group (NORP); else empty.'),
  aliases: z.array(z.string()).describe('Distinct surface forms seen for this entity, sorted, with a person’s title where one was written ("Supreme Leader Ali Khamenei", "Khamenei"). In CSV: a JSON array.'),
  mention_count: z.int32().describe('Top-level mentions (mentions.nested_in empty) across all articles.'),
  article_count: z.int32().describe('Articles with at least one top-level mention.'),
  nested_mention_count: z.int32().describe('Mentions written inside a longer name (mentions.nested_in set: "Chicago" in "University of Chicago") across all articles; not counted in mention_count or article_count, so an entity named only inside other names has 0 there.'),
}));

export const quotes = defineTable('quotes', 'One row per quotation (direct, mixed or indirect).', z.object({
  article_id: articleId,
  quote_index: z.int32().describe('0-based position in the article, in text order.'),
  kind: z.enum(['direct', 'mixed', 'indirect']).describe('direct: quoted words (or the words of a transcript line, "JAKE TAPPER: …"); mixed: quoted fragment inside reported speech; indirect: reported speech without quotation marks.'),
  text: z.string().describe('articles.text[start:end]: the quoted words without their quotation marks (for a quote split by its attribution, from the first part to the last, attribution included; for mixed, the reported sentence around the quoted fragment; for indirect, the reported content).'),
  start: offset('Start offset in articles.text.'),
  end: offset('End offset in articles.text (exclusive).'),
  content_spans: z.string().nullable().describe('The quoted words as "start-end;start-end" when they differ from start-end: the parts of a quote split by its attribution, or the quoted fragment of a mixed quote; else empty.'),
  speaker_text: z.string().nullable().describe('Speaker as written (a name, pronoun or description); empty when unknown.'),
  speaker_start: z.int32().nullable().describe('Start offset of the speaker.'),
  speaker_end: z.int32().nullable().describe('End offset of the speaker (exclusive).'),
  speaker_entity_id: z.string().nullable().describe('Entity the speaker resolves to; empty rather than guessed when nothing fits.'),
  cue: z.string().nullable().describe('Reporting verb or phrase (said, told, according to, did not suggest...; ":" for a headline or transcript line).'),
  cue_start: z.int32().nullable().describe('Start offset of the cue.'),
  cue_end: z.int32().nullable().describe('End offset of the cue (exclusive).'),
  sentence_index: z.int32().describe('Sentence where the quote starts.'),
  confidence: z.number().describe('Confidence of the attribution, 0 to 1.'),
}));

export const errors = defineTable('errors', 'One row per problem: a bad file, a bad record, or a warning about an article.', z.object({
  source_path: z.string().describe('Input file the problem concerns (relative path).'),
  record_index: z.int32().nullable().describe('Record inside a JSON/JSONL file, when the problem concerns one.'),
  article_id: z.string().nullable().describe('Article the problem concerns, when one was made.'),
  stage: z.string().describe('Stage that found the problem: discover, load, segment, entities, quotes, normalise.'),
  code: z.string().describe('Stable code (E_* errors: input left out; W_* warnings: input kept). See the README.'),
  severity: z.enum(['error', 'warning']).describe('error: the file or record was left out; warning: it was kept.'),
  message: z.string().describe('What went wrong and what to do.'),
}));

/** Every table, in export order. */
export const TABLES = [articles, paragraphs, sentences, mentions, entities, quotes, errors] as const;
export type TableName = (typeof TABLES)[number]['name'];

export type ArticleRow = z.infer<typeof articles.schema>;
export type ParagraphRow = z.infer<typeof paragraphs.schema>;
export type SentenceRow = z.infer<typeof sentences.schema>;
export type MentionRow = z.infer<typeof mentions.schema>;
export type EntityRow = z.infer<typeof entities.schema>;
export type QuoteRow = z.infer<typeof quotes.schema>;
export type ErrorRow = z.infer<typeof errors.schema>;
