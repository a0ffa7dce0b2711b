/**
 * The hostile corpus on disk and its manifest. `CorpusWriter` writes each file under
 * `<root>/input/` and records what the pipeline must make of it; `expected.json` (beside the
 * input folder, so the run does not read it) lists every entry.
 *
 * Layout of <root>:
 *   input/      the folder to run the pipeline over: good/ (control articles), hostile/, names/, links/, perm/, big/, mutations/
 *   outside/    files that links in input/links point to: they must never be read
 *   expected.json
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What the pipeline must make of one input path. */
export type Outcome =
  /** Read as one or more articles, with no error rows. */
  | 'good'
  /** Not read and not reported: hidden files and folders. */
  | 'ignored'
  /** Not read, on purpose, with the warnings listed in `warnings` (W_SKIPPED, W_SYMLINK). */
  | 'warned'
  /** Fuzzed: not known in advance; any of `oneOf` is right. */
  | 'any'
  /** A control file copied in (--good-from): whatever a run over the control files alone makes of it. */
  | 'baseline'
  /** Error rows: each listed code has a row, and no error row has another code. */
  | string[];

export interface Expectation {
  /** Path relative to the input folder, with "/", as the pipeline reports it (source_path). */
  path: string;
  /** The path's bytes as hex, when the file name is not valid UTF-8 (`path` then shows them as %XX). */
  pathBytes?: string;
  category: string;
  expect: Outcome;
  /** For 'any': the outcomes that are acceptable ('good' or error codes). */
  oneOf?: string[];
  /** Warning codes that must have a row. */
  warnings?: string[];
  /** Exact number of article rows (files holding several records). */
  articles?: number;
  /** Exact number of rows per code. */
  rows?: Record<string, number>;
  /** The outcome when the run has root's privileges (file permissions do not stop it). */
  asRoot?: Outcome;
  /** A control article: its rows must be byte-identical to a run over the control articles alone. */
  control?: boolean;
}

export interface Manifest {
  version: 1;
  seed: number;
  count: number;
  maxFileBytes: number;
  bigBytes: number;
  /** The input folder, relative to the manifest. */
  input: string;
  files: Expectation[];
}

export type Spec = Omit<Expectation, 'path'>;

export class CorpusWriter {
  readonly inputDir: string;
  readonly outsideDir: string;
  readonly files: Expectation[] = [];
  private serials = 0;

  constructor(readonly root: string) {
    this.inputDir = join(root, 'input');
    this.outsideDir = join(root, 'outside');
    mkdirSync(this.inputDir, { recursive: true });
    mkdirSync(this.outsideDir, { recursive: true });
  }

  /** A number no other generated article carries. */
  serial(): number {
    return ++this.serials;
  }

  /** Writes a file under input/ and records its expectation. */
  write(rel: string, content: string | Uint8Array, spec: Spec): void {
    const abs = join(this.inputDir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    this.expect(rel, spec);
  }

  /** Writes a file whose name (`relBytes`, relative to input/) is raw bytes, maybe not UTF-8. */
  writeRaw(relBytes: Buffer, shown: string, content: string | Uint8Array, spec: Spec): void {
    const abs = Buffer.concat([Buffer.from(this.inputDir + '/'), relBytes]);
    writeFileSync(abs, content);
    this.expect(shown, { ...spec, pathBytes: relBytes.toString('hex') });
  }

  /** Creates a symbolic link at input/`rel` pointing to `target` (as written: relative or absolute). */
  link(rel: string, target: string, spec: Spec | null): void {
    const abs = join(this.inputDir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    symlinkSync(target, abs);
    if (spec) this.expect(rel, spec);
  }

  chmod(rel: string, mode: number): void {
    chmodSync(join(this.inputDir, rel), mode);
  }

  /** Records an expectation for a path written some other way (a file seen through a linked folder). */
  expect(rel: string, spec: Spec): void {
    this.files.push({ path: rel, ...spec });
  }

  /** Writes a file outside the input folder (a target for links that must not be followed). */
  writeOutside(rel: string, content: string): string {
    const abs = join(this.outsideDir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    return abs;
  }

  manifest(info: Omit<Manifest, 'version' | 'files' | 'input'>): Manifest {
    return { version: 1, ...info, input: 'input', files: this.files };
  }
}
