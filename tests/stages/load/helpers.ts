/** Shared helpers for the load-stage tests: fixture bytes, temp folders, reading a file. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { defaultConfig, parseConfig, type PipelineConfig } from '../../../src/config.ts';
import { discover, formatOf, readArticleFile, type DiscoveredFile, type ReadResult } from '../../../src/stages/load/index.ts';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/load');
export const ROOT = resolve(import.meta.dirname, '../../..');

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(FIXTURES, name));
}

/** A config with the given overrides, validated like a user's file. */
export function configWith(raw: Record<string, unknown> = {}): PipelineConfig {
  const r = parseConfig(raw);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.config;
}

/** Reads bytes as the pipeline would, the format taken from the name's extension. */
export function readBytes(relPath: string, bytes: Uint8Array | string, config = defaultConfig()): ReadResult {
  const format = formatOf(relPath);
  if (!format) throw new Error(`no format for ${relPath}`);
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return readArticleFile({ relPath, format }, data, config);
}

/** Reads a fixture file of tests/fixtures/load. */
export function readFixture(name: string, config = defaultConfig()): ReadResult {
  return readBytes(name, fixtureBytes(name), config);
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'newsframe-load-'));
}

/** Writes files (path → content) under a new temp folder and returns the folder. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [rel, content] of Object.entries(files)) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export async function discoverAll(dir: string, config = defaultConfig()): Promise<DiscoveredFile[]> {
  const out: DiscoveredFile[] = [];
  for await (const f of discover(dir, config)) out.push(f);
  return out;
}

/** UTF-16 bytes of a string, with or without a byte order mark. */
export function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let i = 0;
  if (bom) {
    out[i++] = endian === 'le' ? 0xff : 0xfe;
    out[i++] = endian === 'le' ? 0xfe : 0xff;
  }
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    const [a, b] = endian === 'le' ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff];
    out[i++] = a;
    out[i++] = b;
  }
  return out;
}

/** Windows-1252 bytes for text made of ASCII plus £ é € and curly quotes. */
export function cp1252(text: string): Uint8Array {
  const map: Record<string, number> = { '£': 0xa3, 'é': 0xe9, '€': 0x80, '“': 0x93, '”': 0x94, '’': 0x92 };
  return Uint8Array.from([...text].map((ch) => map[ch] ?? ch.charCodeAt(0)));
}
