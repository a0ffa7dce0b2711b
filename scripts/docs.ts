/** Regenerates the README's tables section from the schemas: `npm run docs`. */
import { readFileSync, writeFileSync } from 'node:fs';
import { withDataDictionary } from '../src/docs/data-dictionary.ts';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withDataDictionary(before);
writeFileSync(path, after);
console.log(before === after ? 'README tables section already up to date' : 'README tables section updated');
