import { describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discover } from '../../../src/stages/load/discover.ts';
import { processFiles } from '../../../src/pipeline.ts';
import { configWith, discoverAll, tempDir, tempTree } from './helpers.ts';

const isRoot = process.getuid?.() === 0;

describe('discover', () => {
  it('lists files recursively, sorted by relative path in code-unit order', async () => {
    const dir = tempTree({
      'b.txt': 'b', 'a/z.txt': 'z', 'a/b/c.md': 'c', 'a-b.txt': 'ab', 'B.txt': 'B', 'a/Z.json': '{}', 'é.txt': 'e',
    });
    const rel = (await discoverAll(dir)).map((f) => f.relPath);
    expect(rel).toEqual(['B.txt', 'a-b.txt', 'a/Z.json', 'a/b/c.md', 'a/z.txt', 'b.txt', 'é.txt']);
    expect(rel).toEqual([...rel].sort());
  });

  it('gives the same order every time', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`d${i % 4}/f${(i * 7) % 30}.txt`, 'x']));
    const dir = tempTree(files);
    const first = (await discoverAll(dir)).map((f) => f.relPath);
    expect((await discoverAll(dir)).map((f) => f.relPath)).toEqual(first);
  });

  it('recognises article extensions case-insensitively and reports each format', async () => {
    const dir = tempTree({
      'a.TXT': 'x', 'b.md': 'x', 'c.Markdown': 'x', 'd.html': 'x', 'e.HTM': 'x', 'f.json': 'x', 'g.jsonl': 'x', 'h.NDJSON': 'x',
    });
    const found = await discoverAll(dir);
    expect(found.map((f) => [f.relPath, f.kind, f.format])).toEqual([
      ['a.TXT', 'article', 'txt'], ['b.md', 'article', 'md'], ['c.Markdown', 'article', 'md'], ['d.html', 'article', 'html'],
      ['e.HTM', 'article', 'html'], ['f.json', 'article', 'json'], ['g.jsonl', 'article', 'jsonl'], ['h.NDJSON', 'article', 'jsonl'],
    ]);
  });

  it('gives each file its absolute path and size', async () => {
    const dir = tempTree({ 'sub/a.txt': 'hello' });
    const [f] = await discoverAll(dir);
    expect(f).toMatchObject({ relPath: 'sub/a.txt', absPath: join(dir, 'sub/a.txt'), size: 5, kind: 'article' });
  });

  it('skips other files with a W_SKIPPED warning naming the extension', async () => {
    const dir = tempTree({ 'photo-credits.csv': 'a,b', 'README': 'x', 'report.pdf': '%PDF' });
    const found = await discoverAll(dir);
    expect(found.map((f) => [f.relPath, f.kind, f.problem?.code])).toEqual([
      ['README', 'skipped', 'W_SKIPPED'], ['photo-credits.csv', 'skipped', 'W_SKIPPED'], ['report.pdf', 'skipped', 'W_SKIPPED'],
    ]);
    expect(found[1].problem!.message).toContain('".csv"');
    expect(found[1].problem!.severity).toBe('warning');
  });

  it('ignores hidden files and folders silently', async () => {
    const dir = tempTree({ '.DS_Store': 'x', '.git/config.txt': 'x', 'sub/.hidden.txt': 'x', 'sub/seen.txt': 'x' });
    expect((await discoverAll(dir)).map((f) => f.relPath)).toEqual(['sub/seen.txt']);
  });

  it('reports a file over load.maxFileBytes as E_TOO_LARGE without reading it', async () => {
    const dir = tempTree({ 'big.txt': 'x'.repeat(101), 'small.txt': 'x'.repeat(100) });
    const found = await discoverAll(dir, configWith({ load: { maxFileBytes: 100 } }));
    expect(found.map((f) => [f.relPath, f.kind, f.problem?.code])).toEqual([
      ['big.txt', 'problem', 'E_TOO_LARGE'], ['small.txt', 'article', undefined],
    ]);
    expect(found[0].size).toBe(101);
    expect(found[0].problem!.message).toContain('101 bytes, over the limit of 100 bytes');
  });

  it('follows a symbolic link that stays inside the input folder', async () => {
    const dir = tempTree({ 'real/story.txt': 'x', 'top.txt': 'y' });
    symlinkSync(join(dir, 'real'), join(dir, 'alias'));
    symlinkSync(join(dir, 'top.txt'), join(dir, 'link.txt'));
    const found = await discoverAll(dir);
    expect(found.map((f) => [f.relPath, f.kind])).toEqual([
      ['alias/story.txt', 'article'], ['link.txt', 'article'], ['real/story.txt', 'article'], ['top.txt', 'article'],
    ]);
  });

  it('does not follow links when load.followSymlinks is false', async () => {
    const dir = tempTree({ 'top.txt': 'y' });
    symlinkSync(join(dir, 'top.txt'), join(dir, 'link.txt'));
    const found = await discoverAll(dir, configWith({ load: { followSymlinks: false } }));
    expect(found.map((f) => [f.relPath, f.kind, f.problem?.code])).toEqual([['link.txt', 'problem', 'W_SYMLINK'], ['top.txt', 'article', undefined]]);
  });

  it('reports a link pointing outside the input folder as W_SYMLINK', async () => {
    const outside = tempTree({ 'secret.txt': 'x' });
    const dir = tempTree({ 'ok.txt': 'x' });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'escape.txt'));
    symlinkSync(outside, join(dir, 'escape-dir'));
    const found = await discoverAll(dir);
    const links = found.filter((f) => f.kind === 'problem');
    expect(links.map((f) => [f.relPath, f.problem?.code])).toEqual([['escape-dir', 'W_SYMLINK'], ['escape.txt', 'W_SYMLINK']]);
    expect(links[0].problem!.message).toBe('Symbolic link points outside the input folder; not followed.');
  });

  it('reports a broken link as W_SYMLINK "is broken"', async () => {
    const dir = tempDir();
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'dangling.txt'));
    const [f] = await discoverAll(dir);
    expect(f).toMatchObject({ relPath: 'dangling.txt', kind: 'problem' });
    expect(f.problem!.message).toBe('Symbolic link is broken; not followed.');
  });

  it('reports a link to a folder above it, and a self-referencing link, as loops instead of walking forever', async () => {
    const dir = tempTree({ 'a/story.txt': 'x' });
    symlinkSync(join(dir, 'a'), join(dir, 'a/again'));
    symlinkSync(dir, join(dir, 'a/root'));
    symlinkSync(join(dir, 'self'), join(dir, 'self'));
    const found = await discoverAll(dir);
    expect(found.map((f) => [f.relPath, f.kind, f.problem?.message])).toEqual([
      ['a/again', 'problem', 'Symbolic link loops; not followed.'],
      ['a/root', 'problem', 'Symbolic link loops; not followed.'],
      ['a/story.txt', 'article', undefined],
      ['self', 'problem', 'Symbolic link loops; not followed.'],
    ]);
  });

  it.skipIf(isRoot)('reports an unreadable folder as E_READ and goes on with the rest', async () => {
    const dir = tempTree({ 'locked/a.txt': 'x', 'open/b.txt': 'y' });
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      const found = await discoverAll(dir);
      expect(found.map((f) => [f.relPath, f.kind, f.problem?.code])).toEqual([['locked', 'problem', 'E_READ'], ['open/b.txt', 'article', undefined]]);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it.skipIf(isRoot)('leaves an unreadable file to the reading, which reports it as E_READ (permission denied)', async () => {
    const dir = tempTree({ 'a.txt': 'x', 'b.txt': 'y' });
    chmodSync(join(dir, 'a.txt'), 0o000);
    const found = await discoverAll(dir);
    expect(found.map((f) => f.kind)).toEqual(['article', 'article']);
    const rows = processFiles(found, [], configWith({}));
    expect(rows.errors.map((e) => [e.source_path, e.code])).toEqual([['a.txt', 'E_READ']]);
    expect(rows.errors[0].message).toContain('permission denied');
    expect(rows.articles.map((a) => a.source_path)).toEqual(['b.txt']);
  });

  it('reports a FIFO with an article extension as E_READ instead of blocking on it', async () => {
    const { spawnSync } = await import('node:child_process');
    const dir = tempDir();
    if (spawnSync('mkfifo', [join(dir, 'pipe.txt')]).status !== 0) return;
    const [f] = await discoverAll(dir);
    expect([f.relPath, f.kind, f.problem?.code]).toEqual(['pipe.txt', 'problem', 'E_READ']);
  });

  it('throws only when the input folder itself is missing', async () => {
    await expect(discoverAll(join(tempDir(), 'missing'))).rejects.toThrow();
    const dir = tempDir();
    writeFileSync(join(dir, 'file.txt'), 'x');
    await expect(discoverAll(join(dir, 'file.txt'))).rejects.toThrow(/not a folder/);
    mkdirSync(join(dir, 'empty'));
    expect(await discoverAll(join(dir, 'empty'))).toEqual([]);
  });

  it('lists the shipped input folder with its skipped and empty samples', async () => {
    const { ROOT } = await import('./helpers.ts');
    const found = [];
    for await (const f of discover(join(ROOT, 'input'), configWith())) found.push([f.relPath, f.kind]);
    expect(found).toEqual(expect.arrayContaining([
      ['iran-negotiations.txt', 'article'], ['misc/empty.txt', 'article'], ['misc/photo-credits.csv', 'skipped'],
      ['feeds/wire.jsonl', 'article'], ['feeds/digest.json', 'article'], ['business/markets.html', 'article'],
      ['world/election-results.md', 'article'], ['sport/final.txt', 'article'],
    ]));
  });
});
