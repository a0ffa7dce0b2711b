/**
 * Libraries only some input formats need, loaded on first use: a run over plain-text files never pays
 * for an HTML parser or a YAML parser (worker start-up was visibly longer with them loaded eagerly).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let linkedom: typeof import('linkedom') | undefined;
let readability: typeof import('@mozilla/readability') | undefined;
let yaml: typeof import('yaml') | undefined;

/** linkedom's `parseHTML`. */
export const parseHTML: typeof import('linkedom').parseHTML = (...args) =>
  (linkedom ??= require('linkedom') as typeof import('linkedom')).parseHTML(...args);

/** @mozilla/readability's `Readability` class. */
export function getReadability(): typeof import('@mozilla/readability').Readability {
  return (readability ??= require('@mozilla/readability') as typeof import('@mozilla/readability')).Readability;
}

/** yaml's `parse`. */
export const parseYaml = (text: string): unknown => (yaml ??= require('yaml') as typeof import('yaml')).parse(text);
