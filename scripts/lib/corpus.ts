/** The benchmark corpus as files, and scaled copies of it (the bench scripts share these). */
import { linkSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** The corpus's article files (`.txt`, lower case: the corpus's README.TXT is left out), sorted. */
export function listCorpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listCorpusFiles(p));
    else if (e.isFile() && e.name.endsWith('.txt')) out.push(p);
  }
  return out.sort();
}

/**
 * Copies `files` (under `root`) `scale` times into `target/copy-NN/...`: a corpus of new names. The copies are
 * hard links (same bytes), unless `renamed`: then each copy after the first has every capitalised word of three
 * letters or more renamed ("Blair" → "Blairqe", a suffix per copy), so that its names, and so its entities and
 * distinct words, grow with its size as a real corpus's do (plain copies repeat the same words). That is harsher than
 * real news: it also renames "The" and the months.
 */
export function scaleCorpus(files: string[], root: string, target: string, scale: number, renamed = false): void {
  const letters = 'bcdfghjklmnpqrstvwz';
  for (let i = 0; i < scale; i++) {
    const suffix = renamed && i > 0 ? letters[i % letters.length] + 'aeiou'[Math.floor(i / letters.length) % 5] : '';
    for (const f of files) {
      const to = join(target, `copy-${String(i).padStart(2, '0')}`, relative(root, f));
      mkdirSync(resolve(to, '..'), { recursive: true });
      if (suffix) writeFileSync(to, readFileSync(f, 'utf8').replace(/\b([A-Z][a-z]{2,})\b/g, (w) => w + suffix));
      else linkSync(f, to);
    }
  }
}
