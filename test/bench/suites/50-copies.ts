/**
 * Copy detection: signature throughput on 1,000-word texts against the `minhash` and
 * `bloom-filters` npm packages (128 hash functions each, same texts, same process), the cost of
 * one comparison, and findCopies on generated collections with planted copies.
 *
 * The collections (`test/bench/news-corpus.ts`) are made of real English sentences (the Brown
 * Corpus) in story clusters: many articles on one story share its names, figures and quote but not
 * its sentences, as a day's scrape does; 5% of the documents are planted copies (edited reprints
 * and rewordings). The index is built with `getText` (texts stay with the caller), as a large
 * collection would be.
 *
 * The scale runs happen in a child process each (clean peak memory): 10,000 documents by default;
 * other sizes with `COPYDESK_BENCH_SIZES=10000,100000,1000000`. Peak memory is the child's peak
 * RSS, corpus generation included; "index KB per document" is the memory the index adds (heap and
 * typed-array buffers), measured after garbage collection.
 *
 * Each size runs twice, once per path (`COPYDESK_BENCH_PATHS=memory` or `=duckdb` runs one): the
 * in-memory index, and the DuckDB path (the same prepared documents' band rows joined by DuckDB's
 * SQL, the pairs verified by the index with `copyPairs({ candidates })`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import bloomFilters from 'bloom-filters';
// @ts-expect-error: the minhash package ships no types.
import minhashPackage from 'minhash';
import { bandKeys, nextBand } from '../../../src/copies/copy-index.js';
import {
  type CopyIndex,
  type CopyPair,
  compareDocuments,
  copySignature,
  createCopyIndex,
  type PreparedCopyDocument,
  prepareCopyDocument,
} from '../../../src/copies/index.js';
import { writeBandPairs } from '../../../src/scale/candidates.js';
import { BANDS_TABLE, openDuckDB, sqlString } from '../../../src/scale/duckdb.js';
import { NewsCollection, NewsCorpusGenerator } from '../news-corpus.js';
import type { PrepareWork } from '../prepare-worker.js';
import type { BenchSuite, BenchTable } from '../types.js';

/**
 * The worker threads' entry: the bench's TypeScript runs through tsx, whose loader a worker does
 * not inherit, so the worker registers it before it imports its module.
 */
const WORKER_BOOTSTRAP = new URL(
  `data:text/javascript,${encodeURIComponent(
    `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\n` +
      `register();\nawait import(${JSON.stringify(new URL('../prepare-worker.ts', import.meta.url).href)});`,
  )}`,
);

/** Documents each worker thread prepares at a time. */
const CHUNK = 500;

/**
 * Adds every document of the collection to the index, prepared by `threads` preparers: this thread
 * and `threads - 1` worker threads, each making and signing every `threads`-th chunk of texts (one
 * fewer isolate than one worker per core: the index's own work is small). The index takes the
 * prepared chunks in collection order.
 */
async function buildIndex(
  index: CopyIndex,
  collection: NewsCollection,
  seed: number,
  threads: number,
  onPrepared?: (ord: number, id: string, prepared: PreparedCopyDocument) => void,
): Promise<void> {
  const waiting = new Map<number, PreparedCopyDocument[]>();
  let next = 0;
  const chunks = Math.ceil(collection.size / CHUNK);
  const addReady = (): void => {
    for (let ready = waiting.get(next); ready; ready = waiting.get(next)) {
      waiting.delete(next);
      ready.forEach((prepared, j) => {
        const ord = next * CHUNK + j;
        index.addPrepared(collection.id(ord), prepared);
        onPrepared?.(ord, collection.id(ord), prepared);
      });
      next++;
    }
  };
  let failed: unknown;
  let wake: () => void = () => undefined;
  const workers = Array.from({ length: threads - 1 }, (_, w) => {
    const work: PrepareWork = { size: collection.size, seed, chunk: CHUNK, threads, first: w + 1 };
    const worker = new Worker(WORKER_BOOTSTRAP, {
      workerData: work,
      // Enough for the sentence pool and a chunk; a cap makes V8 collect instead of growing.
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    worker.on('message', (message: { chunk: number; prepared: PreparedCopyDocument[] }) => {
      waiting.set(message.chunk, message.prepared);
      addReady();
      wake();
    });
    worker.on('error', (error) => {
      failed = error;
      wake();
    });
    return worker;
  });
  for (let k = 0; k < chunks; k += threads) {
    const prepared: PreparedCopyDocument[] = [];
    for (let i = k * CHUNK; i < Math.min(collection.size, (k + 1) * CHUNK); i++) {
      prepared.push(prepareCopyDocument(collection.text(i)));
    }
    waiting.set(k, prepared);
    addReady();
    // Let the workers' messages in between chunks.
    await new Promise((resolve) => setImmediate(resolve));
  }
  while (next < chunks && failed === undefined) {
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  }
  await Promise.all(workers.map((w) => w.terminate()));
  if (failed !== undefined) throw failed;
}

/** Finds the copies of a generated collection and reports time, memory and planted recall. */
async function scaleWorker(size: number, threads: number): Promise<void> {
  const seed = 42;
  const collection = new NewsCollection(new NewsCorpusGenerator(seed), size, seed);
  const planted = collection.planted();
  const corpusMegabytes = process.memoryUsage().rss / 1024 / 1024;
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  collect();
  // Typed arrays keep their bytes outside the JavaScript heap: count both.
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const heapBefore = used();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let texts = 0;
  const index = createCopyIndex({
    getText: (id) => {
      texts++;
      return collection.textOf(id);
    },
  });
  await buildIndex(index, collection, seed, threads);
  const indexedSeconds = (performance.now() - started) / 1000;
  collect();
  const indexBytes = used() - heapBefore;
  const found = index.copyPairs();
  const seconds = (performance.now() - started) / 1000;
  // The main thread's CPU time and, with worker threads, theirs: process.cpuUsage counts them all.
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  console.log(
    JSON.stringify({
      size,
      threads,
      seconds,
      indexedSeconds,
      cpuSeconds,
      corpusMegabytes,
      peakMegabytes,
      indexKilobytesPerDocument: indexBytes / size / 1024,
      hubBuckets: index.stats().hubBuckets,
      texts,
      ...scoreFound(found, planted),
    }),
  );
}

/** Planted recall of the pairs found, and the pairs found that nobody planted. */
function scoreFound(
  found: readonly CopyPair[],
  planted: readonly (readonly [string, string])[],
): { recall: number; planted: number; found: number; unexpected: number; unexpectedExamples: CopyPair[] } {
  const key = (a: string, b: string): string => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const foundKeys = new Set(found.map((p) => key(p.a, p.b)));
  const plantedKeys = new Set(planted.map(([a, b]) => key(a, b)));
  // Copies of one source are copies of each other too: count those as expected, not as errors.
  const sources = new Map<string, string>();
  for (const [a, b] of planted) sources.set(b, sources.get(a) ?? a);
  const root = (id: string): string => sources.get(id) ?? id;
  const unplanted = found.filter((p) => !plantedKeys.has(key(p.a, p.b)) && root(p.a) !== root(p.b));
  const recalled = planted.filter(([a, b]) => foundKeys.has(key(a, b))).length;
  return {
    recall: recalled / planted.length,
    planted: planted.length,
    found: found.length,
    unexpected: unplanted.length,
    // A few of them, to look at (regenerate their texts with NewsCollection.textOf).
    unexpectedExamples: unplanted.slice(0, 20),
  };
}

/**
 * The same search through the DuckDB path: documents prepared (signed) once, as for the index;
 * their band rows appended to a DuckDB table as they come (as workers deliver them, so not through
 * `appendRows`, which reads an iterable); the candidate join (the SQL of `sql/candidates.sql`) run
 * band by band by `writeBandPairs`, as `duckdbCandidatePairs` runs it, with a memory limit; the
 * pairs read back in chunks (as positions, 8 bytes a pair) and verified by the compact index with
 * `copyPairs({ candidates })`.
 * With `check`, the index's own search runs too and the two sets of pairs are compared.
 */
async function duckdbWorker(size: number, threads: number, check: boolean): Promise<void> {
  const seed = 42;
  const collection = new NewsCollection(new NewsCorpusGenerator(seed), size, seed);
  const planted = collection.planted();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  // DuckDB's memory: 1 GB (COPYDESK_BENCH_DUCKDB_MEMORY to change it; the million-document row
  // was measured with 2 GB).
  const memoryLimit = process.env.COPYDESK_BENCH_DUCKDB_MEMORY ?? '1GB';
  const duckdb = await openDuckDB('bench', { memoryLimit });
  const { connection } = duckdb;
  // Spilled data and the pairs go to the system's temporary folder, not the working directory.
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  await connection.run(`SET temp_directory = ${sqlString(join(work, 'spill'))}`);
  await connection.run('SET preserve_insertion_order = false');
  await connection.run(
    `CREATE TABLE ${BANDS_TABLE} (id VARCHAR, ord BIGINT, band UTINYINT, key UINTEGER, next_key UINTEGER)`,
  );
  const appender = await connection.createAppender(BANDS_TABLE);
  const index = createCopyIndex({ getText: (id) => collection.textOf(id) });
  let bandRows = 0;
  await buildIndex(index, collection, seed, threads, (ord, id, prepared) => {
    // The rows copySignatureRows gives, from the signature already made (0xffffffff: empty band).
    const keys = bandKeys(prepared.signature);
    keys.forEach((key, band) => {
      if (key === 0xffffffff) return;
      appender.appendVarchar(id);
      appender.appendBigInt(BigInt(ord));
      appender.appendUTinyInt(band);
      appender.appendUInteger(key);
      appender.appendUInteger(keys[nextBand(band)]!);
      appender.endRow();
      bandRows++;
    });
  });
  appender.closeSync();
  const signedSeconds = (performance.now() - started) / 1000;
  // The join band by band, as duckdbCandidatePairs runs it (see writeBandPairs: in one query over
  // a million documents' band rows DuckDB runs out of memory), then the distinct pairs, an aggregate
  // over two integers that DuckDB spills, to a Parquet file: a result handed over as it goes cannot
  // spill. Positions as 32-bit integers come back as numbers, not BigInts; no ORDER BY, since the
  // index sorts the pairs that pass its first check, a small part of them.
  const { hubBuckets, files } = await writeBandPairs(connection, {}, work);
  const pairsFile = join(work, 'pairs.parquet');
  await connection.run(
    `COPY (SELECT DISTINCT a_ord::INTEGER AS a, b_ord::INTEGER AS b FROM read_parquet(${files})) TO ${sqlString(pairsFile)} (FORMAT parquet)`,
  );
  const result = await connection.stream(`SELECT a, b FROM read_parquet(${sqlString(pairsFile)})`);
  // Pairs in blocks of a million positions each (no doubling copies): 8 bytes a pair.
  const BLOCK = 1 << 20;
  const firsts: Int32Array[] = [];
  const lasts: Int32Array[] = [];
  let count = 0;
  for (
    let chunk = await result.fetchChunk();
    chunk && chunk.rowCount > 0;
    chunk = await result.fetchChunk()
  ) {
    const as = chunk.getColumnValues(0);
    const bs = chunk.getColumnValues(1);
    for (let i = 0; i < chunk.rowCount; i++, count++) {
      if (count % BLOCK === 0) {
        firsts.push(new Int32Array(BLOCK));
        lasts.push(new Int32Array(BLOCK));
      }
      firsts[firsts.length - 1]![count % BLOCK] = as[i] as number;
      lasts[lasts.length - 1]![count % BLOCK] = bs[i] as number;
    }
  }
  await duckdb.close();
  rmSync(work, { recursive: true, force: true });
  const joinedSeconds = (performance.now() - started) / 1000 - signedSeconds;
  function* candidates(): Generator<{ a: string; b: string }> {
    for (let i = 0; i < count; i++) {
      const block = Math.floor(i / BLOCK);
      yield { a: collection.id(firsts[block]![i % BLOCK]!), b: collection.id(lasts[block]![i % BLOCK]!) };
    }
  }
  const found = index.copyPairs({ candidates: candidates() });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const peakMegabytes = process.resourceUsage().maxRSS / 1024;
  let samePairs: boolean | null = null;
  if (check) {
    const own = index.copyPairs();
    samePairs = JSON.stringify(own) === JSON.stringify(found);
  }
  console.log(
    JSON.stringify({
      size,
      threads,
      seconds,
      signedSeconds,
      joinedSeconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakMegabytes,
      memoryLimit,
      bandRows,
      candidatePairs: count,
      hubBuckets,
      samePairs,
      ...scoreFound(found, planted),
    }),
  );
}

/**
 * The index memory a 1,000-word document costs: an index (built with `getText`, as a large one
 * is) of `count` such texts, heap and typed-array bytes after garbage collection, per document.
 */
function memoryWorker(count: number): void {
  const texts = thousandWordTexts(count);
  const words = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0) / count;
  const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const used = (): number => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  // Warm up first: the code V8 compiles while adding documents lives on the heap too, and is not
  // the index's.
  const warm = createCopyIndex({ getText: (id) => texts[Number(id)] ?? '' });
  for (let i = 0; i < 300; i++) warm.add(String(i), texts[i % count]!);
  collect();
  collect();
  const before = used();
  const index = createCopyIndex({ getText: (id) => texts[Number(id)] ?? '' });
  texts.forEach((text, i) => {
    index.add(String(i), text);
  });
  collect();
  collect();
  const bytes = used() - before;
  console.log(JSON.stringify({ count, words, kilobytesPerDocument: bytes / count / 1024, size: index.size }));
}

if (process.argv[2] === '--copies-scale-worker')
  await scaleWorker(Number(process.argv[3]), Number(process.argv[4]));
if (process.argv[2] === '--copies-memory-worker') memoryWorker(Number(process.argv[3]));
if (process.argv[2] === '--copies-duckdb-worker')
  await duckdbWorker(Number(process.argv[3]), Number(process.argv[4]), process.argv[5] === '--check');

interface ScaleResult {
  readonly size: number;
  readonly threads: number;
  readonly texts: number;
  readonly seconds: number;
  readonly indexedSeconds: number;
  readonly indexKilobytesPerDocument: number;
  readonly hubBuckets: number;
  readonly cpuSeconds: number;
  readonly corpusMegabytes: number;
  readonly peakMegabytes: number;
  readonly recall: number;
  readonly planted: number;
  readonly found: number;
  readonly unexpected: number;
}

/** A table with a row for each result, its columns given as header and cell together. */
function resultTable<T>(
  title: string,
  columns: readonly (readonly [string, (result: T) => string])[],
  results: readonly T[],
): BenchTable {
  return {
    title,
    header: columns.map(([header]) => header),
    rows: results.map((result) => columns.map(([, cell]) => cell(result))),
  };
}

/** Threads that prepare documents (this one included): COPYDESK_BENCH_THREADS, else one per core. */
const THREADS = Math.max(1, Number(process.env.COPYDESK_BENCH_THREADS) || availableParallelism());

/** Runs this file in a child process in one of its worker modes and returns its last line, parsed. */
function runChild<T>(heapMegabytes: number, args: readonly string[]): T {
  const out = execFileSync(
    process.execPath,
    [
      `--max-old-space-size=${heapMegabytes}`,
      '--expose-gc',
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      ...args,
    ],
    { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

interface DuckDBScaleResult {
  readonly size: number;
  readonly seconds: number;
  readonly signedSeconds: number;
  readonly joinedSeconds: number;
  readonly cpuSeconds: number;
  readonly peakMegabytes: number;
  readonly candidatePairs: number;
  readonly hubBuckets: number;
  readonly recall: number;
  readonly planted: number;
  readonly found: number;
  readonly unexpected: number;
}

/**
 * A heap cap that makes V8 collect instead of growing, enough for the live data of each size (the
 * index, the sentence pool, the profiles being compared): without one, V8 lets the heap of a
 * 100,000-document run grow to about 650 MB; with 768 MB it peaks at about 575 MB, 7% slower.
 */
function heapCap(size: number): number {
  return size <= 100_000 ? 768 : size <= 200_000 ? 1536 : 3584;
}

function runDuckDBScale(size: number): DuckDBScaleResult {
  return runChild<DuckDBScaleResult>(heapCap(size), [
    '--copies-duckdb-worker',
    String(size),
    String(THREADS),
  ]);
}

function runScale(size: number): ScaleResult {
  return runChild<ScaleResult>(heapCap(size), ['--copies-scale-worker', String(size), String(THREADS)]);
}

/** About 1,000-word texts of real sentences for the throughput rows (three articles of one story). */
function thousandWordTexts(count: number): string[] {
  const generator = new NewsCorpusGenerator(7);
  return Array.from({ length: count }, () => {
    const story = generator.story();
    return [generator.article(story), generator.article(story), generator.article(story)].join('\n\n');
  });
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
    const generator = new NewsCorpusGenerator(11);
    const rewrites = new Map(texts.map((t) => [t, generator.reworded(t)]));
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
    const sizes = (process.env.COPYDESK_BENCH_SIZES ?? '10000')
      .split(',')
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0);
    // Both paths by default; COPYDESK_BENCH_PATHS=memory (or duckdb) runs one.
    const paths = (process.env.COPYDESK_BENCH_PATHS ?? 'memory,duckdb').split(',');
    const results = paths.includes('memory') ? sizes.map(runScale) : [];
    const scale = resultTable(
      'copy search on generated story collections of real sentences (5% planted copies; sizes: COPYDESK_BENCH_SIZES)',
      [
        ['documents', (r) => String(r.size)],
        ['seconds', (r) => r.seconds.toFixed(1)],
        ['of which indexing', (r) => r.indexedSeconds.toFixed(1)],
        ['CPU seconds', (r) => r.cpuSeconds.toFixed(1)],
        ['RSS after generating MB', (r) => r.corpusMegabytes.toFixed(0)],
        ['peak RSS MB', (r) => r.peakMegabytes.toFixed(0)],
        ['index KB/doc', (r) => r.indexKilobytesPerDocument.toFixed(2)],
        ['hub buckets', (r) => String(r.hubBuckets)],
        ['planted recall', (r) => r.recall.toFixed(4)],
        ['planted', (r) => String(r.planted)],
        ['pairs found', (r) => String(r.found)],
        ['unplanted pairs', (r) => String(r.unexpected)],
      ],
      results,
    );
    // The DuckDB path on the same collections.
    const duckdbResults = paths.includes('duckdb') ? sizes.map(runDuckDBScale) : [];
    const duckdbScale = resultTable(
      `the same collections through the DuckDB path (band rows into DuckDB, the SQL candidate join with memoryLimit ${process.env.COPYDESK_BENCH_DUCKDB_MEMORY ?? '1GB'}, pairs verified by the compact index)`,
      [
        ['documents', (r) => String(r.size)],
        ['seconds', (r) => r.seconds.toFixed(1)],
        ['of which signing', (r) => r.signedSeconds.toFixed(1)],
        ['of which join + reading pairs', (r) => r.joinedSeconds.toFixed(1)],
        ['CPU seconds', (r) => r.cpuSeconds.toFixed(1)],
        ['peak RSS MB', (r) => r.peakMegabytes.toFixed(0)],
        ['candidate pairs', (r) => String(r.candidatePairs)],
        ['hub buckets', (r) => String(r.hubBuckets)],
        ['planted recall', (r) => r.recall.toFixed(4)],
        ['pairs found', (r) => String(r.found)],
        ['unplanted pairs', (r) => String(r.unexpected)],
      ],
      duckdbResults,
    );
    const memory = runChild<{ count: number; words: number; kilobytesPerDocument: number }>(1536, [
      '--copies-memory-worker',
      '5000',
    ]);
    const perDocument: BenchTable = {
      title: 'index memory per document (built with getText), 1,000-word texts of real sentences',
      header: ['documents', 'words a document', 'index KB/doc', 'target'],
      rows: [
        [String(memory.count), memory.words.toFixed(0), memory.kilobytesPerDocument.toFixed(2), '≤ 1.5'],
      ],
    };
    const tables = [signatures, perDocument, scale];
    if (duckdbResults.length > 0) tables.push(duckdbScale);
    if (results.length >= 2) {
      const small = results[0]!;
      const large = results[results.length - 1]!;
      tables.push({
        title: `growth from ${small.size} to ${large.size} documents (${(large.size / small.size).toFixed(0)}× the documents)`,
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
