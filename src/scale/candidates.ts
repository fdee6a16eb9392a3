/**
 * The candidate join run by DuckDB: the SQL of `candidateSql` over band rows read from Parquet
 * or NDJSON files, or appended from `copySignatureRows`.
 *
 * @module
 * @internal
 */
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

/** Runs the join; pairs come back (or go to `output`) ordered by `a`'s then `b`'s position. */
export async function joinWithDuckDB(
  source: string | Iterable<CopySignatureRows>,
  limits: Pick<CandidateSqlOptions, 'bucketLimit' | 'hubLimit'>,
  settings: DuckDBSettings,
  output: string | undefined,
): Promise<{ pairs: OrderedPair[]; count: number; hubBuckets: number }> {
  const sql = candidateSql({ ...limits, table: BANDS_TABLE });
  const duckdb = await openDuckDB('duckdbCandidatePairs', settings);
  try {
    const { connection } = duckdb;
    if (typeof source === 'string') {
      await connection.run(
        `CREATE VIEW ${BANDS_TABLE} AS SELECT id, ord, band, key, next_key FROM ${readerOf(source)}`,
      );
    } else {
      await appendRows(connection, source, false);
    }
    const ordered = `SELECT a, b, a_ord, b_ord FROM (\n${sql.pairs}) AS pairs ORDER BY a_ord, b_ord`;
    const hubs = await connection.runAndReadAll(sql.hubBuckets);
    const hubBuckets = Number(hubs.getRowsJS()[0]?.[0] ?? 0);
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
  }
}
