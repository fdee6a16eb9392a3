/**
 * The SQL path end to end: signature rows written as NDJSON and Parquet, the candidate join run
 * by DuckDB, checked pair for pair against the in-memory index on the same documents.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CopyDocument,
  type CopyIndexOptions,
  type CopySignatureRows,
  copySignature,
  copySignatureRows,
  createCopyIndex,
  signatureBands,
  verifyCandidatePairs,
} from '../../src/index.js';
import { duckdbCandidatePairs, writeSignatureRows } from '../../src/scale/index.js';
import { editedReprint } from '../helpers/edits.js';
import { loadFixtures } from '../helpers/fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const evalDir = process.env.COPYDESK_EVAL_DIR
  ? resolve(process.env.COPYDESK_EVAL_DIR)
  : resolve(root, '..', 'shared', 'eval');
const devDocsFile = join(evalDir, 'duplicates', 'dev-docs.jsonl');

/** Pairs as sorted `a b` strings, so two lists compare as sets (and show what differs). */
function pairSet(pairs: readonly { a: string; b: string }[]): string[] {
  return pairs.map((p) => `${p.a} ${p.b}`).sort();
}

/** The in-memory index's candidate pairs and hub count on `docs`, added in order. */
function indexCandidates(docs: readonly CopyDocument[], options: CopyIndexOptions = {}) {
  const index = createCopyIndex(options);
  for (const doc of docs) index.add(doc.id, doc.text);
  const pairs = index.candidatePairs();
  return { pairs: pairSet(pairs), count: pairs.length, hubBuckets: index.stats().hubBuckets };
}

let workDir = '';
beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'copydesk-scale-'));
});
afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe('the SQL path on generated documents, limits set low', () => {
  // Eight copies of one text (every band one bucket of eight), two edited reprints of a seed page
  // with their original, and the other seed pages.
  const same = 'The council voted on Monday to close the old bridge across the river for repairs by 2027.';
  const fixtures = loadFixtures();
  const docs: CopyDocument[] = [
    ...Array.from({ length: 8 }, (_, i) => ({ id: `same-${i}`, text: same })),
    ...fixtures.map((f) => ({ id: f.id, text: f.text })),
    { id: 'reprint-a', text: editedReprint(fixtures[2]!.text, fixtures[3]!.text, 1).text },
    { id: 'reprint-b', text: editedReprint(fixtures[2]!.text, fixtures[4]!.text, 2).text },
  ];
  let rows: CopySignatureRows[] = [];
  beforeAll(() => {
    rows = [...copySignatureRows(docs)];
  });
  const bandsOfSame = signatureBands(copySignature(same)).filter((k) => k !== null).length;

  it('bucketLimit 2: a bucket of eight pairs each member with its first four only, as the index does', async () => {
    const found = await duckdbCandidatePairs(rows, { bucketLimit: 2 });
    const expected = indexCandidates(docs, { bucketLimit: 2 });
    expect(pairSet(found.pairs)).toEqual(expected.pairs);
    // Among the eight copies: 4·7 − 6 = 22 pairs, each led by one of the first four.
    const sameOnly = found.pairs.filter((p) => p.a.startsWith('same-') && p.b.startsWith('same-'));
    expect(sameOnly).toHaveLength(22);
    expect(sameOnly.every((p) => ['same-0', 'same-1', 'same-2', 'same-3'].includes(p.a))).toBe(true);
    expect(found.hubBuckets).toBe(0);
  });

  it('default limits: all 28 pairs of the eight copies, and the reprints with their original', async () => {
    const found = await duckdbCandidatePairs(rows);
    expect(pairSet(found.pairs)).toEqual(indexCandidates(docs).pairs);
    expect(found.pairs.filter((p) => p.a.startsWith('same-') && p.b.startsWith('same-'))).toHaveLength(28);
    const original = fixtures[2]!.id;
    expect(pairSet(found.pairs)).toEqual(
      expect.arrayContaining([`${original} reprint-a`, `${original} reprint-b`, 'reprint-a reprint-b']),
    );
  });

  it('hubLimit 5: every bucket of the eight copies is a hub, pairs nothing and is counted', async () => {
    const found = await duckdbCandidatePairs(rows, { hubLimit: 5 });
    const expected = indexCandidates(docs, { hubLimit: 5 });
    expect(pairSet(found.pairs)).toEqual(expected.pairs);
    expect(found.pairs.some((p) => p.a.startsWith('same-') && p.b.startsWith('same-'))).toBe(false);
    expect(found.hubBuckets).toBe(expected.hubBuckets);
    expect(found.hubBuckets).toBeGreaterThanOrEqual(bandsOfSame);
  });

  it('pairs come back once, a before b in the collection, ordered', async () => {
    const { pairs } = await duckdbCandidatePairs(rows, { bucketLimit: 3 });
    expect(new Set(pairSet(pairs)).size).toBe(pairs.length);
    const ordOf = new Map(rows.map((r) => [r.id, r.ord]));
    for (const p of pairs) {
      expect(p.aOrd).toBe(ordOf.get(p.a));
      expect(p.bOrd).toBe(ordOf.get(p.b));
      expect(p.aOrd).toBeLessThan(p.bOrd);
    }
    const keys = pairs.map((p) => p.aOrd * rows.length + p.bOrd);
    expect(keys).toEqual([...keys].sort((x, y) => x - y));
  });

  it('NDJSON and Parquet files give the same pairs as the rows themselves', async () => {
    const ndjson = join(workDir, 'generated-bands.ndjson');
    const parquet = join(workDir, 'generated-bands.parquet');
    const signatures = join(workDir, 'generated-signatures.parquet');
    const written = await writeSignatureRows(docs, { bands: ndjson });
    const bandRows = rows.reduce((sum, r) => sum + r.bands.length, 0);
    expect(written).toEqual({ documents: docs.length, bandRows });
    expect(await writeSignatureRows(docs, { bands: parquet, signatures })).toEqual(written);
    const lines = readFileSync(ndjson, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(bandRows);
    const first = rows[0]!.bands[0]!;
    expect(JSON.parse(lines[0]!)).toEqual({
      id: first.id,
      ord: first.ord,
      band: first.band,
      key: first.key,
      next_key: first.nextKey,
    });
    const expected = indexCandidates(docs, { bucketLimit: 2 }).pairs;
    expect(pairSet((await duckdbCandidatePairs(ndjson, { bucketLimit: 2 })).pairs)).toEqual(expected);
    expect(pairSet((await duckdbCandidatePairs(parquet, { bucketLimit: 2 })).pairs)).toEqual(expected);
  });

  it('with output, DuckDB writes the pairs to a file (NDJSON or Parquet) and returns their count', async () => {
    const expected = await duckdbCandidatePairs(rows, { bucketLimit: 2 });
    expect(expected.count).toBe(expected.pairs.length);
    const ndjson = join(workDir, 'pairs.ndjson');
    const written = await duckdbCandidatePairs(rows, { bucketLimit: 2, output: ndjson });
    expect(written).toEqual({ pairs: [], count: expected.count, hubBuckets: 0 });
    const lines = readFileSync(ndjson, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line) as Record<string, unknown>)).toEqual(
      expected.pairs.map((p) => ({ a: p.a, b: p.b, a_ord: p.aOrd, b_ord: p.bOrd })),
    );
    const parquet = join(workDir, 'pairs.parquet');
    expect((await duckdbCandidatePairs(rows, { bucketLimit: 2, output: parquet })).count).toBe(
      expected.count,
    );
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const back = await connection.runAndReadAll(`SELECT a, b FROM read_parquet('${parquet}')`);
      expect(pairSet(back.getRowObjectsJS() as { a: string; b: string }[])).toEqual(pairSet(expected.pairs));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('in a database file, with a memory limit: the same pairs, and no table left behind', async () => {
    const database = join(workDir, 'work.duckdb');
    const expected = await duckdbCandidatePairs(rows, { bucketLimit: 2 });
    const inFile = await duckdbCandidatePairs(rows, { bucketLimit: 2, database, memoryLimit: '200MB' });
    expect(pairSet(inFile.pairs)).toEqual(pairSet(expected.pairs));
    await writeSignatureRows(docs, {
      bands: join(workDir, 'file-bands.parquet'),
      signatures: join(workDir, 'file-signatures.parquet'),
      database,
    });
    const instance = await DuckDBInstance.create(database);
    const connection = await instance.connect();
    try {
      const tables = await connection.runAndReadAll('SELECT table_name FROM information_schema.tables');
      expect(tables.getRowsJS()).toEqual([]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('the Parquet files hold 64-bit integer columns and the full signatures', async () => {
    const bands = join(workDir, 'typed-bands.parquet');
    const signatures = join(workDir, 'typed-signatures.parquet');
    await writeSignatureRows(docs.slice(8, 10), { bands, signatures });
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const types = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${bands}')`);
      expect(types.getRowsJS().map((r) => [r[0], r[1]])).toEqual([
        ['id', 'VARCHAR'],
        ['ord', 'BIGINT'],
        ['band', 'INTEGER'],
        ['key', 'BIGINT'],
        ['next_key', 'BIGINT'],
      ]);
      const saved = await connection.runAndReadAll(
        `SELECT id, ord, signature FROM read_parquet('${signatures}') ORDER BY ord`,
      );
      const savedRows = saved.getRowObjectsJS();
      expect(savedRows.map((r) => [r.id, Number(r.ord)])).toEqual([
        [docs[8]!.id, 0],
        [docs[9]!.id, 1],
      ]);
      expect((savedRows[1]!.signature as bigint[]).map(Number)).toEqual(copySignature(docs[9]!.text));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
  });

  it('pairs from DuckDB come back into copydesk for verification', async () => {
    const { pairs } = await duckdbCandidatePairs(rows);
    const texts = new Map(docs.map((d) => [d.id, d.text]));
    const verified = verifyCandidatePairs(
      pairs.filter((p) => !p.a.startsWith('same-')),
      (id) => texts.get(id),
    );
    expect(pairSet(verified)).toEqual(
      expect.arrayContaining([`${fixtures[2]!.id} reprint-a`, `${fixtures[2]!.id} reprint-b`]),
    );
    // The eight one-line copies were left out; every verified pair is one DuckDB gave.
    expect(verified.every((p) => !p.a.startsWith('same-') && pairSet(pairs).includes(`${p.a} ${p.b}`))).toBe(
      true,
    );
  });

  it('throws TypeError for arguments of the wrong kind', async () => {
    await expect(duckdbCandidatePairs(5 as never)).rejects.toThrow(
      /copydesk: duckdbCandidatePairs: expected bands to be a file path or rows/,
    );
    await expect(duckdbCandidatePairs(rows, 'x' as never)).rejects.toThrow(TypeError);
    await expect(duckdbCandidatePairs(rows, { memoryLimit: 'lots' })).rejects.toThrow(
      /expected options.memoryLimit to be a size such as '2GB', got "lots"/,
    );
    await expect(writeSignatureRows(docs, { bands: 'x.parquet', database: 5 as never })).rejects.toThrow(
      /expected options.database to be a file path/,
    );
    await expect(duckdbCandidatePairs(rows, { output: 3 as never })).rejects.toThrow(
      /expected options.output to be a file path/,
    );
    await expect(writeSignatureRows(docs, {} as never)).rejects.toThrow(/a bands file path/);
    await expect(writeSignatureRows(docs, { bands: 'x', format: 'csv' as never })).rejects.toThrow(
      /'parquet' or 'ndjson'/,
    );
  });
});

describe.skipIf(!existsSync(devDocsFile))('the SQL path on the duplicates dev collection', () => {
  let docs: CopyDocument[] = [];
  let rows: CopySignatureRows[] = [];
  beforeAll(() => {
    docs = readFileSync(devDocsFile, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => {
        const { id, text } = JSON.parse(line) as { id: string; text: string };
        return { id, text };
      });
    rows = [...copySignatureRows(docs)];
  });

  it('DuckDB returns exactly the candidate pairs of createCopyIndex().candidatePairs()', async () => {
    expect(docs.length).toBe(1101);
    const expected = indexCandidates(docs);
    const found = await duckdbCandidatePairs(rows);
    expect(found.pairs).toHaveLength(expected.count);
    expect(pairSet(found.pairs)).toEqual(expected.pairs);
    expect(found.hubBuckets).toBe(expected.hubBuckets);
  });

  it('band by band in 64 MB of DuckDB memory: still the index pairs', async () => {
    const expected = indexCandidates(docs);
    const found = await duckdbCandidatePairs(rows, { memoryLimit: '64MB' });
    expect(pairSet(found.pairs)).toEqual(expected.pairs);
  });

  it('the same through a Parquet file', async () => {
    const parquet = join(workDir, 'dev-bands.parquet');
    await writeSignatureRows(docs, { bands: parquet });
    const found = await duckdbCandidatePairs(parquet);
    expect(pairSet(found.pairs)).toEqual(pairSet((await duckdbCandidatePairs(rows)).pairs));
  });

  it('with the limits set low (caps and hubs on real news): still the index pairs', async () => {
    const limits = { bucketLimit: 3, hubLimit: 12 };
    const expected = indexCandidates(docs, limits);
    const found = await duckdbCandidatePairs(rows, limits);
    // The rules are exercised: some buckets are hubs, and capping drops pairs.
    expect(expected.hubBuckets).toBeGreaterThan(0);
    expect(pairSet(found.pairs)).toEqual(expected.pairs);
    expect(found.hubBuckets).toBe(expected.hubBuckets);
  });
});

if (!existsSync(devDocsFile)) {
  console.warn(
    `duckdb.test.ts: the dev-collection comparison is skipped: ${devDocsFile} is absent ` +
      '(put the public eval sets in ../shared/eval beside the project, or set COPYDESK_EVAL_DIR)',
  );
}
