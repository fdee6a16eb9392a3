/**
 * `npx tsx scripts/measure-scale.ts [--sizes dev,10000,50000] [--steps parquet,join]`: the numbers
 * of `docs/scale.md` (`join` needs `parquet` before it; `check` and `verify` need `join` and `index`).
 * For each collection, each step runs in a fresh child process (so its peak RSS is its own):
 * signing and writing the band rows as NDJSON and as Parquet, the candidate join in DuckDB
 * (from the Parquet file, pairs written by DuckDB to a Parquet file, in a DuckDB database file
 * with a memory limit of 1 GB, or `MEASURE_MEMORY_LIMIT`), and the in-memory index's `candidatePairs()` on the same documents; a last step
 * checks that both found the same pairs.
 *
 * Collections: `dev` is the duplicates dev collection of the public eval sets (1,101 documents,
 * read from `../shared/eval` or `COPYDESK_EVAL_DIR`); a number N is a generated collection made
 * from its documents: each new document is either an edited reprint of a dev document (1 in 5)
 * or a collage of sentences from three of them, so candidates come from shared sentences, names
 * and numbers as in real news. The eval documents are used for measuring only.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { type CopyDocument, copySignatureRows, createCopyIndex, verifyCandidatePairs } from '../src/index.js';
import { duckdbCandidatePairs, writeSignatureRows } from '../src/scale/index.js';
import { editedReprint } from '../test/helpers/edits.js';
import { seededRandom } from '../test/helpers/random.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values: flags } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'dev,10000' },
    steps: { type: 'string', default: 'sign,ndjson,parquet,join,index,check,verify' },
    step: { type: 'string' },
    size: { type: 'string' },
    dir: { type: 'string' },
  },
});

function devDocs(): CopyDocument[] {
  const evalDir = process.env.COPYDESK_EVAL_DIR
    ? resolve(process.env.COPYDESK_EVAL_DIR)
    : resolve(root, '..', 'shared', 'eval');
  const file = join(evalDir, 'duplicates', 'dev-docs.jsonl');
  if (!existsSync(file)) throw new Error(`measure-scale: ${file} not found`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { id, text } = JSON.parse(line) as CopyDocument;
      return { id, text };
    });
}

function collection(size: string): CopyDocument[] {
  const dev = devDocs();
  if (size === 'dev') return dev;
  const n = Number(size);
  const random = seededRandom(2026);
  const pick = (): CopyDocument => dev[Math.floor(random() * dev.length)]!;
  const sentences = (text: string): string[] =>
    text.split(/(?<=[.!?。])\s+|\n+/).filter((s) => s.length > 20);
  const docs: CopyDocument[] = [];
  for (let i = 0; i < n; i++) {
    if (random() < 0.2) {
      docs.push({ id: `g${i}`, text: editedReprint(pick().text, pick().text, i).text });
      continue;
    }
    const parts = [pick(), pick(), pick()].flatMap((d) => {
      const s = sentences(d.text);
      const start = Math.floor(random() * Math.max(1, s.length - 4));
      return s.slice(start, start + 4);
    });
    docs.push({ id: `g${i}`, text: parts.join(' ') });
  }
  return docs;
}

/** Candidate pairs verified to measure the cost of verification. */
const VERIFY_SAMPLE = 400;

interface StepResult {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakMegabytes: number;
  readonly [key: string]: unknown;
}

async function runStep(step: string, size: string, dir: string): Promise<StepResult> {
  // The join and the check read files only: the collection is not built (nor held) for them.
  const docs = step === 'join' || step === 'check' ? [] : collection(size);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const extra: Record<string, unknown> = {};
  if (step === 'ndjson') {
    Object.assign(extra, await writeSignatureRows(docs, { bands: join(dir, 'bands.ndjson') }));
    extra.megabytes = statSync(join(dir, 'bands.ndjson')).size / 1e6;
  } else if (step === 'parquet') {
    Object.assign(extra, await writeSignatureRows(docs, { bands: join(dir, 'bands.parquet') }));
    extra.megabytes = statSync(join(dir, 'bands.parquet')).size / 1e6;
  } else if (step === 'sign') {
    let rows = 0;
    for (const doc of copySignatureRows(docs)) rows += doc.bands.length;
    extra.bandRows = rows;
  } else if (step === 'join') {
    const found = await duckdbCandidatePairs(join(dir, 'bands.parquet'), {
      output: join(dir, 'pairs.parquet'),
      database: join(dir, 'work.duckdb'),
      memoryLimit: process.env.MEASURE_MEMORY_LIMIT ?? '1GB',
    });
    extra.pairs = found.count;
    extra.hubBuckets = found.hubBuckets;
  } else if (step === 'index') {
    const index = createCopyIndex();
    for (const doc of docs) index.add(doc.id, doc.text);
    const added = performance.now();
    const pairs = index.candidatePairs();
    extra.candidateSeconds = (performance.now() - added) / 1000;
    extra.pairs = pairs.length;
    extra.hubBuckets = index.stats().hubBuckets;
    // Kept for the check (after the clock stopped).
    writeFileSync(join(dir, 'index-pairs.ndjson'), pairs.map((p) => JSON.stringify(p)).join('\n'));
  } else if (step === 'verify') {
    // A spread sample of the candidates, compared in full: the cost per pair of verification.
    const lines = readFileSync(join(dir, 'index-pairs.ndjson'), 'utf8').split('\n');
    const stride = Math.max(1, Math.floor(lines.length / VERIFY_SAMPLE));
    const sample = lines
      .filter((_, i) => i % stride === 0)
      .map((l) => JSON.parse(l) as { a: string; b: string });
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    const clock = performance.now();
    const copies = verifyCandidatePairs(sample, (id) => texts.get(id));
    extra.sampled = sample.length;
    extra.copies = copies.length;
    extra.msPerPair = (performance.now() - clock) / sample.length;
  } else if (step === 'check') {
    extra.differences = await differences(join(dir, 'pairs.parquet'), join(dir, 'index-pairs.ndjson'));
  } else throw new Error(`unknown step ${step}`);
  const cpu = process.cpuUsage(cpuBefore);
  return {
    seconds: (performance.now() - started) / 1000,
    // All threads of the process (DuckDB's too): steadier than wall time on a shared machine.
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakMegabytes: process.resourceUsage().maxRSS / 1024,
    ...extra,
  };
}

/** Pairs found by one path and not the other (both ways), counted by DuckDB. */
async function differences(enginePairs: string, indexPairs: string): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const engine = `SELECT a, b FROM read_parquet('${enginePairs}')`;
    const index = `SELECT a, b FROM read_json('${indexPairs}', format = 'newline_delimited', columns = {a: 'VARCHAR', b: 'VARCHAR'})`;
    const result = await connection.runAndReadAll(
      `SELECT (SELECT COUNT(*) FROM (${engine} EXCEPT ${index})) + (SELECT COUNT(*) FROM (${index} EXCEPT ${engine}))`,
    );
    return Number(result.getRowsJS()[0]?.[0]);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

async function main(): Promise<void> {
  if (flags.step) {
    const result = await runStep(flags.step, flags.size ?? 'dev', flags.dir ?? tmpdir());
    console.log(JSON.stringify(result));
    return;
  }
  const steps = flags.steps!.split(',');
  for (const size of flags.sizes!.split(',')) {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-measure-'));
    try {
      const results: Record<string, StepResult> = {};
      for (const step of steps) {
        const child = spawnSync(
          process.execPath,
          ['--import', 'tsx', fileURLToPath(import.meta.url), '--step', step, '--size', size, '--dir', dir],
          { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
        );
        if (child.status !== 0) throw new Error(`${step} ${size} failed: ${child.stderr}`);
        results[step] = JSON.parse(child.stdout.trim().split('\n').pop()!) as StepResult;
        console.log(size, step, JSON.stringify(results[step]));
      }
      console.log(
        size,
        'same pairs:',
        results.check?.differences === 0 && results.join?.pairs === results.index?.pairs,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

await main();
