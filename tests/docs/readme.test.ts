import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDataDictionary } from '../../src/docs/data-dictionary.ts';
import { ROOT } from '../helpers/cli.ts';
import { CODES } from '../../src/errors.ts';

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it('documents every table and column exactly as the schemas define them (run npm run docs)', () => {
    expect(withDataDictionary(readme)).toBe(readme);
  });

  it('lists every error code', () => {
    for (const code of Object.keys(CODES)) expect(readme, code).toContain(`\`${code}\``);
  });
});
