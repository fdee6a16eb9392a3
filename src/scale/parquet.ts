/**
 * Band and signature rows as Parquet, written by DuckDB: rows are appended to DuckDB tables
 * (which spill to disk when they outgrow memory) and copied out as Parquet with 64-bit integer
 * columns, the type every engine reads (no unsigned types).
 *
 * @module
 * @internal
 */
import type { CopySignatureRows } from '../copies/index.js';
import { BANDS_TABLE, type DuckDBSettings, openDuckDB, SIGNATURES_TABLE, sqlString } from './duckdb.js';
import { appendRows } from './tables.js';

/** Writes the rows: bands to `bandsPath`, signatures (when asked) to `signaturesPath`. */
export async function writeParquet(
  rows: Iterable<CopySignatureRows>,
  bandsPath: string,
  signaturesPath: string | undefined,
  settings: DuckDBSettings,
): Promise<{ documents: number; bandRows: number }> {
  const duckdb = await openDuckDB('writeSignatureRows', settings);
  try {
    const { connection } = duckdb;
    const counts = await appendRows(connection, rows, signaturesPath !== undefined);
    await connection.run(
      `COPY (SELECT id, CAST(ord AS BIGINT) AS ord, CAST(band AS INTEGER) AS band, CAST(key AS BIGINT) AS key, CAST(next_key AS BIGINT) AS next_key FROM ${BANDS_TABLE}) TO ${sqlString(bandsPath)} (FORMAT parquet)`,
    );
    if (signaturesPath !== undefined) {
      await connection.run(
        `COPY (SELECT id, CAST(ord AS BIGINT) AS ord, CAST(signature AS BIGINT[]) AS signature FROM ${SIGNATURES_TABLE} ORDER BY ord) TO ${sqlString(signaturesPath)} (FORMAT parquet)`,
      );
    }
    return counts;
  } finally {
    await duckdb.close();
  }
}
