/**
 * Copy detection: signature throughput on 1,000-word texts against the `minhash` and
 * `bloom-filters` npm packages (128 hash functions each, same texts, same process), the cost of
 * one comparison, and findCopies on generated corpora with planted copies.
 *
 * The scale runs happen in a child process each (clean peak memory): 10,000 documents by
 * default; 100,000 as well when `COPYDESK_BENCH_100K=1` is set (about 70 CPU seconds, plus
 * generating the corpus). Peak memory is the child's peak RSS, corpus generation included, with
 * V8's heap capped at 1.5 GB (`--max-old-space-size=1536`).
 *
 * Generated corpus: documents of about 250 words (12 sentences) drawn from English function words
 * (42%) and a Zipf-distributed vocabulary of 30,000 invented content words, with four invented
 * names per document (from a pool of 5,000) and random numbers. 5% of the documents are planted copies of another document: a third verbatim with one
 * sentence edited, two thirds "retranslation-like" rewrites (30% of content words swapped for a
 * fixed synonym, 10% of words dropped, a quarter of sentences reordered around a comma).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import bloomFilters from 'bloom-filters';
// @ts-expect-error: the minhash package ships no types.
import minhashPackage from 'minhash';
import { compareDocuments, copySignature, findCopies } from '../../../src/copies/index.js';
import { seededRandom } from '../../helpers/random.js';
import type { BenchSuite, BenchTable } from '../types.js';

const FUNCTION_WORDS =
  'the of and to in a that is was for on with as by at from it he she they said has have had be were this which but not are an his her their who would will its also after more than about over'.split(
    ' ',
  );
const CONSONANTS = 'bcdfghjklmnprstvwz';
const VOWELS = 'aeiou';

/** An invented word of `length` letters, consonants and vowels alternating (distinct 5-letter stems). */
function inventWord(random: () => number, length: number): string {
  let word = '';
  for (let i = 0; i < length; i++) {
    const letters = i % 2 === 0 ? CONSONANTS : VOWELS;
    word += letters.charAt(Math.floor(random() * letters.length));
  }
  return word;
}

/** A deterministic generator of news-like documents, copies and rewrites. */
export class CorpusGenerator {
  readonly #random: () => number;
  readonly #vocabulary: string[];
  readonly #names: string[];
  readonly #cumulative: Float64Array;
  #index: Map<string, number> | undefined;

  constructor(seed: number) {
    this.#random = seededRandom(seed);
    const seen = new Set<string>();
    this.#vocabulary = [];
    while (this.#vocabulary.length < 30_000) {
      const word = inventWord(this.#random, 5 + Math.floor(this.#random() * 5));
      if (!seen.has(word)) {
        seen.add(word);
        this.#vocabulary.push(word);
      }
    }
    this.#names = [];
    for (let i = 0; i < 5_000; i++) {
      const name = inventWord(this.#random, 4 + Math.floor(this.#random() * 5));
      this.#names.push(name.charAt(0).toUpperCase() + name.slice(1));
    }
    // Zipf-like weights 1/(rank + 10): a flatter head, so two unrelated documents share about as
    // many content stems as two unrelated news stories do (median word Jaccard about 0.05).
    this.#cumulative = new Float64Array(this.#vocabulary.length);
    let total = 0;
    for (let i = 0; i < this.#vocabulary.length; i++) {
      total += 1 / (i + 10);
      this.#cumulative[i] = total;
    }
    for (let i = 0; i < this.#cumulative.length; i++) this.#cumulative[i]! /= total;
  }

  #contentWord(): string {
    const r = this.#random();
    let lo = 0;
    let hi = this.#cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cumulative[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return this.#vocabulary[lo]!;
  }

  /** One document of about `words` words. */
  document(words = 250): string {
    const random = this.#random;
    const cast = Array.from({ length: 4 }, () => this.#names[Math.floor(random() * this.#names.length)]!);
    const sentences: string[] = [];
    let count = 0;
    while (count < words) {
      const length = 12 + Math.floor(random() * 16);
      const parts: string[] = [];
      for (let i = 0; i < length; i++) {
        const r = random();
        if (r < 0.42) parts.push(FUNCTION_WORDS[Math.floor(random() * FUNCTION_WORDS.length)]!);
        else if (r < 0.5) parts.push(cast[Math.floor(random() * cast.length)]!);
        else if (r < 0.53) parts.push(String(Math.floor(random() * 100_000)));
        else parts.push(this.#contentWord());
        if (i === Math.floor(length / 2)) parts[parts.length - 1] += ',';
      }
      count += length;
      const sentence = parts.join(' ');
      sentences.push(`${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
    }
    return sentences.join(' ');
  }

  /** A copy with one sentence's words shuffled (an edit). */
  edited(text: string): string {
    const sentences = text.split('. ');
    const k = Math.floor(this.#random() * sentences.length);
    sentences[k] = (sentences[k] ?? '').split(' ').reverse().join(' ');
    return sentences.join('. ');
  }

  /** A retranslation-like rewrite: synonym swaps, word drops, reordered sentence halves. */
  rewritten(text: string): string {
    const random = this.#random;
    this.#index ??= new Map(this.#vocabulary.map((w, i) => [w, i]));
    const index = this.#index;
    return text
      .split('. ')
      .map((sentence) => {
        let words = sentence.split(' ').filter(() => random() >= 0.1);
        words = words.map((word) => {
          const bare = word.replace(/[.,]$/, '');
          const i = index.get(bare.toLowerCase());
          if (i === undefined || random() >= 0.3) return word;
          return word.replace(bare, this.#vocabulary[i ^ 1]!);
        });
        if (random() < 0.25) {
          const comma = words.findIndex((w) => w.endsWith(','));
          if (comma > 0) words = [...words.slice(comma + 1), ...words.slice(0, comma + 1)];
        }
        return words.join(' ');
      })
      .join('. ');
  }
}

/** A corpus of `size` documents with 5% planted copies; returns the documents and the planted pairs. */
export function generateCorpus(
  size: number,
  seed = 42,
): { docs: { id: string; text: string }[]; planted: [string, string][] } {
  const generator = new CorpusGenerator(seed);
  const random = seededRandom(seed + 1);
  const docs: { id: string; text: string }[] = [];
  const planted: [string, string][] = [];
  const copies = Math.floor(size * 0.05);
  for (let i = 0; i < size - copies; i++) docs.push({ id: `d${i}`, text: generator.document() });
  for (let c = 0; c < copies; c++) {
    const source = docs[Math.floor(random() * (size - copies))]!;
    const text = c % 3 === 0 ? generator.edited(source.text) : generator.rewritten(source.text);
    const id = `c${c}`;
    docs.push({ id, text });
    planted.push([source.id, id]);
  }
  return { docs, planted };
}

/** Runs findCopies on a generated corpus and reports time, peak memory and planted recall. */
function scaleWorker(size: number): void {
  const { docs, planted } = generateCorpus(size);
  const corpusMegabytes = process.memoryUsage().rss / 1024 / 1024;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const found = findCopies(docs);
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const foundKeys = new Set(found.map((p) => key(p.a, p.b)));
  const plantedKeys = new Set(planted.map(([a, b]) => key(a, b)));
  // Copies of one source are copies of each other too: count those as expected, not as errors.
  const sources = new Map<string, string>();
  for (const [a, b] of planted) sources.set(b, sources.get(a) ?? a);
  const root = (id: string): string => sources.get(id) ?? id;
  const unexpected = found.filter((p) => !plantedKeys.has(key(p.a, p.b)) && root(p.a) !== root(p.b)).length;
  const recalled = planted.filter(([a, b]) => foundKeys.has(key(a, b))).length;
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      size,
      seconds,
      cpuSeconds,
      corpusMegabytes,
      peakMegabytes,
      recall: recalled / planted.length,
      planted: planted.length,
      found: found.length,
      unexpected,
    }),
  );
}

if (process.argv[2] === '--copies-scale-worker') scaleWorker(Number(process.argv[3]));

interface ScaleResult {
  readonly size: number;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly corpusMegabytes: number;
  readonly peakMegabytes: number;
  readonly recall: number;
  readonly planted: number;
  readonly found: number;
  readonly unexpected: number;
}

function runScale(size: number): ScaleResult {
  const out = execFileSync(
    process.execPath,
    // V8 would otherwise let garbage pile up to its default heap limit (about 4 GB here) before
    // collecting; 1.5 GB of heap is plenty for the live data and keeps the process under 2 GB.
    [
      '--max-old-space-size=1536',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--copies-scale-worker',
      String(size),
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = out.trim().split('\n').pop() ?? '{}';
  return JSON.parse(line) as ScaleResult;
}

/** 1,000-word texts for the throughput rows: generated, so every run times the same work. */
function thousandWordTexts(count: number): string[] {
  const generator = new CorpusGenerator(7);
  return Array.from({ length: count }, () => generator.document(1000));
}

const TOKEN = /[\p{L}\p{N}]+/gu;
function fnv(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const { MinHashFactory } = bloomFilters;
const { Minhash } = minhashPackage as {
  Minhash: new (config?: { numPerm?: number }) => { update(word: string): void };
};

function docsPerSecond(texts: readonly string[], fn: (text: string) => unknown, seconds = 1.5): number {
  for (const text of texts.slice(0, 5)) fn(text);
  let done = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    fn(texts[done % texts.length]!);
    done++;
  }
  return done / ((performance.now() - started) / 1000);
}

export const suite: BenchSuite = {
  name: 'copies',
  rows() {
    const texts = thousandWordTexts(50);
    const factory = new MinHashFactory(128, 2 ** 32 - 1);
    const generator = new CorpusGenerator(11);
    const rewrites = new Map(texts.map((t) => [t, generator.rewritten(t)]));
    return [
      {
        name: 'minhash npm (peer, 128 perms, words)',
        texts,
        run: (text) => {
          const m = new Minhash({ numPerm: 128 });
          for (const w of text.toLowerCase().match(TOKEN) ?? []) m.update(w);
          return m;
        },
      },
      {
        name: 'bloom-filters MinHash (peer, 128, words)',
        texts,
        run: (text) => {
          const m = factory.create();
          m.bulkLoad((text.toLowerCase().match(TOKEN) ?? []).map(fnv));
          return m;
        },
        compareTo: 'minhash npm (peer, 128 perms, words)',
      },
      {
        name: 'copySignature (163 ints)',
        texts,
        run: (text) => copySignature(text),
        compareTo: 'bloom-filters MinHash (peer, 128, words)',
      },
      {
        name: 'copySignature (body: null)',
        texts,
        run: (text) => copySignature(text, { body: null }),
        compareTo: 'bloom-filters MinHash (peer, 128, words)',
      },
      {
        name: 'compareDocuments (text vs its rewrite)',
        texts,
        run: (text) => compareDocuments(text, rewrites.get(text) ?? text),
      },
    ];
  },
  tables() {
    const texts = thousandWordTexts(50);
    const factory = new MinHashFactory(128, 2 ** 32 - 1);
    const rate = {
      minhash: docsPerSecond(texts, (text) => {
        const m = new Minhash({ numPerm: 128 });
        for (const w of text.toLowerCase().match(TOKEN) ?? []) m.update(w);
      }),
      bloom: docsPerSecond(texts, (text) => {
        const m = factory.create();
        m.bulkLoad((text.toLowerCase().match(TOKEN) ?? []).map(fnv));
      }),
      copydesk: docsPerSecond(texts, (text) => copySignature(text)),
      copydeskBody: docsPerSecond(texts, (text) => copySignature(text, { body: null })),
    };
    const signatures: BenchTable = {
      title: 'signatures per second, 1,000-word texts, one core',
      header: ['implementation', 'docs/s', 'ratio'],
      rows: [
        ['minhash npm (128 perms)', rate.minhash.toFixed(0), ''],
        ['bloom-filters MinHash (128)', rate.bloom.toFixed(0), ''],
        [
          'copySignature (page: boilerplate stripped first, the default)',
          rate.copydesk.toFixed(0),
          `${(rate.copydesk / rate.minhash).toFixed(1)}× minhash, ${(rate.copydesk / rate.bloom).toFixed(1)}× bloom-filters`,
        ],
        [
          'copySignature (article text, body: null)',
          rate.copydeskBody.toFixed(0),
          `${(rate.copydeskBody / rate.minhash).toFixed(1)}× minhash, ${(rate.copydeskBody / rate.bloom).toFixed(1)}× bloom-filters`,
        ],
      ],
    };
    const sizes = process.env.COPYDESK_BENCH_100K ? [10_000, 100_000] : [10_000];
    const results = sizes.map(runScale);
    const scale: BenchTable = {
      title: `findCopies on generated corpora (5% planted copies; 100k with COPYDESK_BENCH_100K=1)`,
      header: [
        'documents',
        'seconds',
        'CPU seconds',
        'RSS after generating MB',
        'peak RSS MB',
        'planted recall',
        'planted',
        'pairs found',
        'unplanted pairs',
      ],
      rows: results.map((r) => [
        String(r.size),
        r.seconds.toFixed(1),
        r.cpuSeconds.toFixed(1),
        r.corpusMegabytes.toFixed(0),
        r.peakMegabytes.toFixed(0),
        r.recall.toFixed(4),
        String(r.planted),
        String(r.found),
        String(r.unexpected),
      ]),
    };
    const tables = [signatures, scale];
    if (results.length === 2) {
      const [small, large] = results as [ScaleResult, ScaleResult];
      tables.push({
        title: 'growth from 10k to 100k documents (10× the documents)',
        header: ['time ×', 'peak memory ×'],
        rows: [
          [
            (large.seconds / small.seconds).toFixed(1),
            (large.peakMegabytes / small.peakMegabytes).toFixed(1),
          ],
        ],
      });
    }
    return tables;
  },
};
