/**
 * The candidate join run by DuckDB: the SQL of `candidateSql` over band rows read from Parquet
 * or NDJSON files, or appended from `copySignatureRows`.
 *
 * @module
 * @internal
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { BAND_COUNT } from '../copies/copy-index.js';
import { type CandidateSqlOptions, type CopySignatureRows, candidateSql } from '../copies/index.js';
import { BANDS_TABLE, type DuckDBSettings, openDuckDB, sqlString } from './duckdb.js';
import { appendRows } from './tables.js';

/**
 * A candidate pair from the data engine, with both documents' positions in the collection.
 *
 * @example
 * ```ts
 * const pair: OrderedPair = { a: 'wire-1', b: 'farm-7', aOrd: 0, bOrd: 6 };
 * ```
 */
export interface OrderedPair {
  /** Id of the document with the lower `ord`. */
  readonly a: string;
  /** Id of the other document. */
  readonly b: string;
  /** `a`'s position in the collection. */
  readonly aOrd: number;
  /** `b`'s position in the collection. */
  readonly bOrd: number;
}

/** The reader of band files: Parquet by extension, else NDJSON with the columns typed. */
function readerOf(source: string): string {
  if (/\.parquet$/i.test(source)) return `read_parquet(${sqlString(source)})`;
  return `read_json(${sqlString(source)}, format = 'newline_delimited', columns = {id: 'VARCHAR', ord: 'BIGINT', band: 'INTEGER', key: 'BIGINT', next_key: 'BIGINT'})`;
}

/** The view of one band's rows that the join runs over, band after band. */
const BAND_PART = 'copydesk_band_part';

/**
 * Runs the candidate join over the band rows in `copydesk_bands` one band at a time, each band's
 * pairs (`a_ord`, `b_ord`; a pair shared by several bands is in each of their files) written to
 * a Parquet file in `folder`. In one query over a million documents' 64 million band rows, DuckDB
 * ran out of memory at 1 GB and at 4 GB alike: its window operators and a `DISTINCT` over text ids
 * do not spill enough. The band is the first key of every partition in the SQL, so the pairs are
 * the same. Returns the count of hub buckets and the files' glob, as an SQL string.
 */
export async function writeBandPairs(
  connection: DuckDBConnection,
  limits: Pick<CandidateSqlOptions, 'bucketLimit' | 'hubLimit'>,
  folder: string,
): Promise<{ hubBuckets: number; files: string }> {
  const hubs = await connection.runAndReadAll(candidateSql({ ...limits, table: BANDS_TABLE }).hubBuckets);
  const part = candidateSql({ ...limits, table: BAND_PART });
  for (let band = 0; band < BAND_COUNT; band++) {
    await connection.run(
      `CREATE OR REPLACE TEMP VIEW ${BAND_PART} AS SELECT * FROM ${BANDS_TABLE} WHERE band = ${band}`,
    );
    const file = sqlString(join(folder, `band-${band}.parquet`));
    await connection.run(
      `COPY (SELECT a_ord, b_ord FROM (\n${part.pairs}) AS pairs) TO ${file} (FORMAT parquet)`,
    );
  }
  await connection.run(`DROP VIEW ${BAND_PART}`);
  return {
    hubBuckets: Number(hubs.getRowsJS()[0]?.[0] ?? 0),
    files: sqlString(join(folder, 'band-*.parquet')),
  };
}

/**
 * Runs the join; pairs come back (or go to `output`) ordered by `a`'s then `b`'s position: the
 * bands' pairs (`writeBandPairs`, in a temporary folder), distinct, with their ids.
 */
export async function joinWithDuckDB(
  source: string | Iterable<CopySignatureRows>,
  limits: Pick<CandidateSqlOptions, 'bucketLimit' | 'hubLimit'>,
  settings: DuckDBSettings,
  output: string | undefined,
): Promise<{ pairs: OrderedPair[]; count: number; hubBuckets: number }> {
  const duckdb = await openDuckDB('duckdbCandidatePairs', settings);
  const work = mkdtempSync(join(tmpdir(), 'copydesk-pairs-'));
  try {
    const { connection } = duckdb;
    if (typeof source === 'string') {
      await connection.run(
        `CREATE VIEW ${BANDS_TABLE} AS SELECT id, ord, band, key, next_key FROM ${readerOf(source)}`,
      );
    } else {
      await appendRows(connection, source, false);
    }
    const { hubBuckets, files } = await writeBandPairs(connection, limits, work);
    const ordered = `SELECT first.id AS a, second.id AS b, pairs.a_ord, pairs.b_ord
FROM (SELECT DISTINCT a_ord, b_ord FROM read_parquet(${files})) AS pairs
JOIN (SELECT DISTINCT ord, id FROM ${BANDS_TABLE}) AS first ON first.ord = pairs.a_ord
JOIN (SELECT DISTINCT ord, id FROM ${BANDS_TABLE}) AS second ON second.ord = pairs.b_ord
ORDER BY pairs.a_ord, pairs.b_ord`;
    if (output !== undefined) {
      // Many pairs stay out of JavaScript: DuckDB writes them (Parquet, or NDJSON) itself.
      const format = /\.parquet$/i.test(output) ? 'parquet' : 'json';
      const copied = await connection.runAndReadAll(
        `COPY (${ordered}) TO ${sqlString(output)} (FORMAT ${format})`,
      );
      return { pairs: [], count: Number(copied.getRowsJS()[0]?.[0] ?? 0), hubBuckets };
    }
    const found = await connection.runAndReadAll(ordered);
    const pairs = found
      .getRowsJS()
      .map(([a, b, aOrd, bOrd]) => ({ a: String(a), b: String(b), aOrd: Number(aOrd), bOrd: Number(bOrd) }));
    return { pairs, count: pairs.length, hubBuckets };
  } finally {
    await duckdb.close();
    rmSync(work, { recursive: true, force: true });
  }
}
