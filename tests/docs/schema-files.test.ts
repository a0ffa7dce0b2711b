/** SCHEMA.md and schema.json: generated from the zod schemas, every table and column with type, nullability and unit. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TABLES } from '../../src/schema/tables.ts';
import { CODES } from '../../src/errors.ts';
import { jsonSchema, schemaMarkdown, writeSchemaFiles } from '../../src/docs/schema-files.ts';
import { OFFSET_UNIT, PYTHON_SPAN_SNIPPET } from '../../src/docs/data-dictionary.ts';
import { tableFromIPC } from 'apache-arrow';
import { ROOT, runCli, tempDir } from '../helpers/cli.ts';

const OFFSET_COLUMNS = ['start', 'end', 'speaker_start', 'speaker_end', 'cue_start', 'cue_end'];

describe('SCHEMA.md', () => {
  const md = schemaMarkdown();

  it('has a row for every column of every table, with type, nullability and meaning', () => {
    for (const t of TABLES) {
      expect(md, t.name).toContain(`### \`${t.name}\`\n\n${t.description}`);
      for (const c of t.columns) {
        const row = md.split('\n').find((l) => l.startsWith(`| \`${c.name}\` |`) && l.includes(c.description.replace(/\|/g, '\\|')));
        expect(row, `${t.name}.${c.name}`).toBeDefined();
        expect(row!.split(' | ')[2] === 'yes', `${t.name}.${c.name} nullable`).toBe(c.nullable);
      }
    }
  });

  it('gives offsets their unit and the Python conversion', () => {
    expect(md).toContain(PYTHON_SPAN_SNIPPET);
    expect(md).toMatch(/\| `speaker_start` \| int32 \| yes \| UTF-16 code units, offset into articles.text \|/);
    expect(md).toMatch(/\| `published_at` \| timestamp \(UTC, ms\) \| yes \| UTC, millisecond precision \|/);
  });

  it('lists every error code', () => {
    for (const code of Object.keys(CODES)) expect(md).toContain(`| \`${code}\` |`);
  });
});

describe('schema.json', () => {
  const doc = jsonSchema() as any;

  it('is JSON Schema 2020-12 with a row definition per table, as zod renders it', () => {
    expect(doc.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(doc.$defs)).toEqual(TABLES.map((t) => t.name));
    for (const t of TABLES) {
      const { $schema: _, ...fromZod } = z.toJSONSchema(t.schema) as any;
      const def = doc.$defs[t.name];
      expect(def.description).toBe(t.description);
      expect(def.required).toEqual(fromZod.required);
      expect(Object.keys(def.properties)).toEqual(t.columns.map((c) => c.name));
      expect(doc.properties[t.name]).toEqual({ type: 'array', items: { $ref: `#/$defs/${t.name}` } });
    }
  });

  it('gives every column its storage type, and offsets their unit', () => {
    for (const t of TABLES) for (const c of t.columns) {
      const p = doc.$defs[t.name].properties[c.name];
      expect(p['x-storage-type'], `${t.name}.${c.name}`).toBeTruthy();
      expect(p.description).toBe(c.description);
      if (OFFSET_COLUMNS.includes(c.name)) expect(p['x-unit'], `${t.name}.${c.name}`).toContain(OFFSET_UNIT);
    }
    expect(doc.$defs.articles.properties.published_at['x-storage-type']).toBe('timestamp (UTC, ms)');
  });

  it('accepts every row of a real run and refuses broken rows (checked through z.fromJSONSchema)', () => {
    const out = join(tempDir(), 'output');
    expect(runCli(['--input', join(ROOT, 'input'), '--output', out, '--formats', 'arrow', '--quiet']).status).toBe(0);
    for (const t of TABLES) {
      const check = z.fromJSONSchema(doc.$defs[t.name]);
      const rows = tableFromIPC(readFileSync(join(out, `${t.name}.arrow`))).toArray().map((r) => plain(r.toJSON(), t.columns));
      expect(rows.length, t.name).toBeGreaterThan(0);
      for (const row of rows) {
        const r = check.safeParse(row);
        expect(r.success, `${t.name}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
      }
      const [first] = rows;
      const name = t.columns[0].name;
      expect(check.safeParse({ ...first, [name]: undefined }).success, `${t.name} without ${name}`).toBe(false);
      expect(check.safeParse({ ...first, surprise: 1 }).success, `${t.name} with an extra column`).toBe(false);
    }
    const sentence = z.fromJSONSchema(doc.$defs.sentences);
    expect(sentence.safeParse({ article_id: 'a', sentence_index: 0, paragraph_index: 0, start: '0', end: 1, text: 'x' }).success).toBe(false);
  });
});

/** An Arrow row as JSON would carry it: timestamps as ISO strings, lists as arrays. */
function plain(row: Record<string, unknown>, columns: { name: string; kind: string }[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const v = row[c.name];
    if (v == null) out[c.name] = null;
    else if (c.kind === 'timestamp') out[c.name] = new Date(Number(v)).toISOString();
    else if (c.kind === 'string_list') out[c.name] = [...(v as Iterable<string>)];
    else out[c.name] = v;
  }
  return out;
}

describe('writeSchemaFiles', () => {
  it('writes SCHEMA.md and schema.json into the folder', () => {
    const dir = tempDir();
    writeSchemaFiles(dir);
    expect(readFileSync(join(dir, 'SCHEMA.md'), 'utf8')).toBe(schemaMarkdown());
    expect(JSON.parse(readFileSync(join(dir, 'schema.json'), 'utf8'))).toEqual(jsonSchema());
  });
});
