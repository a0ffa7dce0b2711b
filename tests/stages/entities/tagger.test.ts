import { describe, expect, it } from 'vitest';
import { ALLOWED, ENDS, NUM_LABELS, START, labelOf, labelsToSpans, spansToLabels, POS_B, POS_I, POS_L, POS_U } from '../../../src/stages/entities/tagger/labels.ts';
import { decodeModel, encodeModel, withMeta } from '../../../src/stages/entities/tagger/model-io.ts';
import { TaggerModel } from '../../../src/stages/entities/tagger/model.ts';
import { clustersFromTables, parseClusters, parseClusterTables } from '../../../src/stages/entities/tagger/clusters.ts';
import { hashString } from '../../../src/stages/entities/tagger/hash.ts';
import { foldWord } from '../../../src/stages/entities/tagger/tokens.ts';
import { Beam, bestAllowed } from '../../../src/stages/entities/tagger/decode.ts';
import { SumCache } from '../../../src/stages/entities/tagger/sum-cache.ts';
import { createTagger, getTagger, joinTitles } from '../../../src/stages/entities/tagger/index.ts';
import { toTagInput } from '../../../src/stages/entities/tagger/tokens.ts';
import { emptyMeta, newDoc } from '../../../src/model/doc.ts';
import { segmentDoc } from '../../../src/stages/segment/index.ts';
import { SAMPLE } from './quality-sample.ts';

describe('entity tagger: BILOU labels', () => {
  it('writes spans as labels and reads them back', () => {
    const spans = [{ first: 0, last: 0, cls: 1 }, { first: 2, last: 4, cls: 0 }];
    const labels = spansToLabels(spans, new Uint8Array(6));
    expect([...labels]).toEqual([labelOf(1, POS_U), 0, labelOf(0, POS_B), labelOf(0, POS_I), labelOf(0, POS_L), 0]);
    expect(labelsToSpans(labels, 0, labels.length)).toEqual(spans);
  });

  it('lets a span only be continued by its own class, and never end a sentence open', () => {
    const row = (prev: number) => [...ALLOWED.subarray(prev * NUM_LABELS, (prev + 1) * NUM_LABELS)];
    expect(row(START)[labelOf(0, POS_I)]).toBe(0);
    expect(row(labelOf(2, POS_B))[labelOf(2, POS_L)]).toBe(1);
    expect(row(labelOf(2, POS_B))[labelOf(1, POS_L)]).toBe(0);
    expect(row(labelOf(2, POS_B))[0]).toBe(0);
    expect(ENDS[labelOf(3, POS_B)]).toBe(0);
    expect(ENDS[labelOf(3, POS_U)]).toBe(1);
  });
});

describe('entity tagger: beam search', () => {
  // Scores of a toy model: static scores per word, and a bonus for a label after a given label.
  const table = (rows: Array<Record<number, number>>): ((i: number, out: Float32Array) => void) => (i, out) => {
    out.fill(0);
    for (const [l, v] of Object.entries(rows[i])) out[Number(l)] = v;
  };
  const noHistory = (): void => {};
  const U_PER = labelOf(0, POS_U);
  const B_PER = labelOf(0, POS_B);
  const L_PER = labelOf(0, POS_L);
  const U_ORG = labelOf(1, POS_U);

  it('decodes like greedy decoding with a width of one', () => {
    const rows = [{ [B_PER]: 2, [U_PER]: 1 }, { 0: 3, [L_PER]: 1 }, { [U_ORG]: 1 }];
    const labels = new Uint8Array(3);
    new Beam(1).run(0, 3, table(rows), noHistory, labels);
    const scores = new Float32Array(NUM_LABELS);
    let prev = START;
    const greedy = rows.map((_, i) => {
      table(rows)(i, scores);
      return (prev = bestAllowed(scores, prev, i === rows.length - 1));
    });
    expect([...labels]).toEqual(greedy);
  });

  it('finds the best-scoring sequence where the best first label leads to a poor second one', () => {
    // Greedy takes B-PER (2 > 1.5), then must take L-PER (1); U-PER then O scores 1.5 + 3.
    const rows = [{ [B_PER]: 2, [U_PER]: 1.5 }, { 0: 3, [L_PER]: 1 }];
    const labels = new Uint8Array(2);
    new Beam(4).run(0, 2, table(rows), noHistory, labels);
    expect([...labels]).toEqual([U_PER, 0]);
    new Beam(1).run(0, 2, table(rows), noHistory, labels);
    expect([...labels]).toEqual([B_PER, L_PER]);
  });

  it('uses the scores of the labels before', () => {
    // O after U-ORG is rewarded, so U-ORG (1) beats U-PER (1.2) over the whole sentence.
    const rows = [{ [U_PER]: 1.2, [U_ORG]: 1 }, { 0: 1 }];
    const history = (i: number, prev1: number, _prev2: number, out: Float32Array): void => {
      if (i === 1 && prev1 === U_ORG) out[0] += 1;
    };
    const labels = new Uint8Array(2);
    new Beam(4).run(0, 2, table(rows), history, labels);
    expect([...labels]).toEqual([U_ORG, 0]);
  });

  it('gives the same labels and margins with the history scores split by label before (run time)', () => {
    // A pseudo-random toy model: static scores per word, scores per (word, label before), per (two labels before).
    let seed = 7;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 5;
    const n = 12;
    const stat = Array.from({ length: n }, () => Float32Array.from({ length: NUM_LABELS }, rand));
    const byPrev1 = Array.from({ length: n * (NUM_LABELS + 1) }, () => Float32Array.from({ length: NUM_LABELS }, rand));
    const byPair = Array.from({ length: (NUM_LABELS + 1) ** 2 }, () => Float32Array.from({ length: NUM_LABELS }, rand));
    const word = (i: number, out: Float32Array): void => out.set(stat[i]);
    const prev1 = (i: number, p1: number, out: Float32Array, at = 0): void => {
      for (let l = 0; l < NUM_LABELS; l++) out[at + l] += byPrev1[i * (NUM_LABELS + 1) + p1][l];
    };
    const pair = (_i: number, p1: number, p2: number): Float32Array => byPair[p2 * (NUM_LABELS + 1) + p1];
    const both = (i: number, p1: number, p2: number, out: Float32Array): void => {
      const v = new Float32Array(NUM_LABELS);
      prev1(i, p1, v);
      for (let l = 0; l < NUM_LABELS; l++) out[l] += v[l] + pair(i, p1, p2)[l];
    };
    const a = new Uint8Array(n);
    const b = new Uint8Array(n);
    const ma = new Float32Array(n);
    const mb = new Float32Array(n);
    new Beam(8).run(0, n, word, both, a, ma);
    new Beam(8).runSplit(0, n, { word, prev1, pair }, b, mb);
    expect([...b]).toEqual([...a]);
    expect([...mb]).toEqual([...ma]);

  });

  it('labels with a beam kept from one document to the next as with a new one, also when its word stamps reach 32 bits', () => {
    let seed = 11;
    const rand = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 10 - 5;
    const n = 40;
    const stat = Array.from({ length: n }, () => Float32Array.from({ length: NUM_LABELS }, rand));
    const byPair = Array.from({ length: (NUM_LABELS + 1) ** 2 }, () => Float32Array.from({ length: NUM_LABELS }, rand));
    const scorer = {
      word: (i: number, out: Float32Array): void => out.set(stat[i]),
      prev1: (): void => {},
      pair: (_i: number, p1: number, p2: number): Float32Array => byPair[p2 * (NUM_LABELS + 1) + p1],
    };
    const fresh = new Uint8Array(n);
    new Beam(3).runSplit(0, n, scorer, fresh);
    // (decodeBeam keeps one beam per width and threshold.)
    const kept = new Beam(3);
    for (const stamp of [0, 2 ** 31 - 5, 2 ** 32 - 20]) {
      (kept as unknown as { stamp: number }).stamp = stamp;
      const labels = new Uint8Array(n);
      kept.runSplit(0, n, scorer, labels);
      expect([...labels]).toEqual([...fresh]);
    }
  });
});

describe('entity tagger: model file and word clusters', () => {
  /** A model of three features: key 7 with two weights, the others with one. */
  const toyModel = (meta: Record<string, unknown> = {}) => ({
    keys: Uint32Array.from([7, 123456789, 42]),
    counts: Uint8Array.from([2, 1, 1]),
    labels: Uint8Array.from([0, 3, 5, 16]),
    weights: Float32Array.from([1.5, -2.25, 0.125, 40]),
    meta,
  });

  it('reads back the weights it wrote (to 16-bit precision)', () => {
    const back = decodeModel(encodeModel(toyModel({ note: 'test' })));
    expect(back.meta).toEqual({ note: 'test' });
    const model = new TaggerModel(back);
    const scores = new Float32Array(NUM_LABELS);
    model.add(7, scores);
    model.add(42, scores);
    model.add(99, scores); // not a feature: adds nothing
    expect(scores[0]).toBeCloseTo(1.5, 2);
    expect(scores[3]).toBeCloseTo(-2.25, 2);
    expect(scores[16]).toBeCloseTo(40, 2);
  });

  it("adds keys to a model file's meta without touching its weights", () => {
    const file = encodeModel(toyModel({ beam: 8, beamThreshold: 200 }));
    const back = decodeModel(withMeta(file, { beamThreshold2: 50 }));
    expect(back.meta).toEqual({ beam: 8, beamThreshold: 200, beamThreshold2: 50 });
    const before = decodeModel(file);
    expect([...back.keys]).toEqual([...before.keys]);
    expect([...back.weights]).toEqual([...before.weights]);
    expect([...back.labels]).toEqual([...before.labels]);
  });

  it('finds a word cluster by the hash of the word, at each level of the tree', () => {
    const table = parseClusters('#clusters branch=4,4 words=2\nthe\t5\nlondon\t14\n');
    expect(table.levels).toBe(2);
    const r = table.rank(hashString('london'));
    expect(r).toBe(1);
    expect([table.cluster(r, 0), table.cluster(r, 1)]).toEqual([3, 14]);
    expect(table.rank(hashString('paris'))).toBe(-1);
  });

  it('builds the model and the cluster table in shared memory for worker threads, with the same answers', () => {
    const data = toyModel();
    const own = new TaggerModel(data);
    const shared = new TaggerModel(data, true);
    const tables = shared.tables();
    expect(tables.table.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(tables.entries.buffer).toBeInstanceOf(SharedArrayBuffer);
    // What a worker receives: a structured clone, which shares a SharedArrayBuffer instead of copying it.
    const received = new TaggerModel(structuredClone(tables));
    const keys = Uint32Array.from([7, 42, 99, 123456789]);
    const a = new Float32Array(NUM_LABELS);
    const b = new Float32Array(NUM_LABELS);
    own.score(keys, 0, keys.length, a);
    received.score(keys, 0, keys.length, b);
    expect([...b]).toEqual([...a]);

    const text = '#clusters branch=4,4 words=2\nthe\t5\nlondon\t14\n';
    const sharedTables = parseClusterTables(text, true);
    expect(sharedTables.keys.buffer).toBeInstanceOf(SharedArrayBuffer);
    const clone = clustersFromTables(structuredClone(sharedTables));
    const r = clone.rank(hashString('london'));
    expect(r).toBe(parseClusters(text).rank(hashString('london')));
    expect([clone.cluster(r, 0), clone.cluster(r, 1)]).toEqual([3, 14]);
  });

  it('reads back the dense scores per word it wrote, and shares them with workers', () => {
    // Two words, sides -1 and 0: score = offset + q × scale per side and label.
    const S = 2;
    const q = new Int8Array(2 * S * NUM_LABELS);
    q[(1 * S + 1) * NUM_LABELS + 4] = 100; // word 1 itself, label 4
    q[(0 * S + 0) * NUM_LABELS + 0] = -127; // word 0 one place before, label O
    const scale = new Float32Array(S * NUM_LABELS).fill(0.5);
    const offset = new Float32Array(S * NUM_LABELS).fill(0);
    offset[1 * NUM_LABELS + 4] = 1;
    const data = { ...toyModel(), dense: { sides: [-1, 0], words: 2, scale, offset, q } };
    const back = decodeModel(encodeModel(data));
    expect(back.dense?.sides).toEqual([-1, 0]);
    expect([...back.dense!.q]).toEqual([...q]);
    const tables = new TaggerModel(back, true).tables();
    expect(tables.dense!.q.buffer).toBeInstanceOf(SharedArrayBuffer);
    const model = new TaggerModel(structuredClone(tables));
    const out = new Float32Array(NUM_LABELS);
    model.addDense(1, 0, out, 0);
    expect(out[4]).toBeCloseTo(51, 5);
    model.addDense(0, -1, out, 0);
    expect(out[0]).toBeCloseTo(-63.5, 5);
    const before = [...out];
    model.addDense(2, 0, out, 0); // beyond the table
    model.addDense(1, 1, out, 0); // a side without scores
    expect([...out]).toEqual(before);
    // A model without them is written as before.
    expect(decodeModel(encodeModel(toyModel())).dense).toBeUndefined();
    expect(encodeModel(toyModel()).length).toBeGreaterThan(0);
  });

  it('folds curly quotes and dashes to the forms of the training data', () => {
    expect(foldWord('Iran’s')).toBe("Iran's");
    expect(foldWord('—')).toBe('-');
    expect(foldWord('plain')).toBe('plain');
  });
});

describe('entity tagger: cache of summed weights', () => {
  // A toy model: 50 features, each with a weight for a few labels.
  const keys = Uint32Array.from({ length: 50 }, (_, f) => 1000 + f * 7);
  const counts = Uint8Array.from({ length: 50 }, (_, f) => 1 + (f % 3));
  const total = counts.reduce((a, b) => a + b, 0);
  const labels = Uint8Array.from({ length: total }, (_, e) => (e * 5) % NUM_LABELS);
  const weights = Float32Array.from({ length: total }, (_, e) => Math.sin(e) * 3.7);
  const model = new TaggerModel({ keys, counts, labels, weights, meta: {} });
  const direct = (ks: Uint32Array): Float32Array => {
    const out = new Float32Array(NUM_LABELS);
    model.sum(ks, 0, ks.length, out, 0);
    return out;
  };

  it('gives exactly the sums the model gives, whether the set is cached or not, also after it fills and empties', () => {
    // A table of 16 slots holds 12 sums: 40 distinct sets fill and empty it several times.
    const cache = new SumCache(model, 16);
    const sets = Array.from({ length: 40 }, (_, s) => Uint32Array.from({ length: 3 + (s % 5) }, (_, k) => keys[(s * 3 + k * 11) % 50]));
    for (let round = 0; round < 3; round++) {
      for (const set of sets) {
        for (let twice = 0; twice < 2; twice++) {
          const out = new Float32Array(NUM_LABELS);
          cache.add(set, 0, set.length, out);
          expect([...out]).toEqual([...direct(set)]);
        }
      }
    }
    expect(cache.hits).toBe(120);
    expect(cache.misses).toBe(120);
  });

  it('tells sets apart by their keys, their order and their length, and adds into what is there', () => {
    const cache = new SumCache(model);
    const a = Uint32Array.of(keys[1], keys[2], keys[3]);
    const b = Uint32Array.of(keys[3], keys[2], keys[1], keys[4]);
    const absent = Uint32Array.of(5, 6, 7);
    for (const set of [a, b, a, b]) {
      const out = new Float32Array(NUM_LABELS).fill(1);
      cache.add(set, 0, set.length, out);
      expect([...out]).toEqual([...direct(set)].map((v) => Math.fround(v + 1)));
    }
    const out = new Float32Array(NUM_LABELS);
    cache.add(absent, 0, 3, out);
    expect([...out].every((v) => v === 0)).toBe(true);
  });
});

describe('tagger: titles tagged apart', () => {
  const input = (words: string[]) => {
    const starts = new Int32Array(words.length);
    const ends = new Int32Array(words.length);
    let at = 0;
    words.forEach((w, i) => { starts[i] = at; ends[i] = at + w.length; at += w.length + 1; });
    return { words, starts, ends, sentStarts: Int32Array.from([0, words.length]), sentIndex: Int32Array.from([0]) };
  };

  it('joins a title tagged as a name of any class to the person after it', () => {
    // "Mr" had come out as an ORG of its own before "Prettejohn" (BBC business text).
    const tagged = joinTitles(input(['Mr', 'Prettejohn', 'urged']), [
      { first: 0, last: 0, start: 0, end: 2, cls: 'ORG' },
      { first: 1, last: 1, start: 3, end: 13, cls: 'PER' },
    ]);
    expect(tagged).toEqual([{ first: 0, last: 1, start: 0, end: 13, cls: 'PER' }]);
  });

  it('leaves a name that is no title, or a title before something other than a person', () => {
    const names = [
      { first: 0, last: 0, start: 0, end: 6, cls: 'ORG' as const },
      { first: 1, last: 1, start: 7, end: 12, cls: 'PER' as const },
      { first: 3, last: 3, start: 18, end: 20, cls: 'ORG' as const },
      { first: 4, last: 4, start: 21, end: 27, cls: 'LOC' as const },
    ];
    expect(joinTitles(input(['Oracle', 'Smith', 'and', 'Mr', 'London']), names)).toEqual(names);
  });
});

describe('entity tagger: beam thresholds', () => {
  it("labels the quality sample the same with the second pass's narrower beam as with the first pass's threshold", () => {
    const shipped = getTagger()!;
    const { meta } = shipped.model;
    expect(meta.beamThreshold2).toBeLessThan(meta.beamThreshold as number);
    const wide = createTagger(new TaggerModel({ ...shipped.model.tables(), meta: { ...meta, beamThreshold2: meta.beamThreshold } }));
    for (const marked of SAMPLE) {
      const text = marked.replace(/\[[A-Z]+ ([^\]]*)\]/g, '$1');
      const input = toTagInput(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text })));
      expect([...shipped.label(input)]).toEqual([...wide.label(input)]);
    }
  });
});

describe('entity tagger: word cache', () => {
  it('labels the same when its word cache is emptied often (a long run over many distinct words) as when it never is', () => {
    const shipped = getTagger();
    expect(shipped).not.toBeNull();
    const inputs = SAMPLE.map((marked) => {
      const text = marked.replace(/\[[A-Z]+ ([^\]]*)\]/g, '$1');
      return toTagInput(segmentDoc(newDoc({ id: 't', sourcePath: 't.txt', recordIndex: null, format: 'txt', meta: emptyMeta(), text })));
    });
    const fresh = createTagger(shipped!.model);
    // (Emptied before nearly every document: its vectors' slots are then reused.)
    const forgetful = createTagger(shipped!.model, 20);
    for (const pass of [0, 1]) {
      for (const input of inputs) expect([...forgetful.label(input)], `pass ${pass}`).toEqual([...fresh.label(input)]);
    }
  });
});
