/**
 * Band and signature rows as Parquet, written by DuckDB: rows are appended to DuckDB tables
 * (which spill to disk when they outgrow memory) and copied out as Parquet with 64-bit integer
 * columns, the type every engine reads (no unsigned types).
 *
 * @module
 * @internal
 */
import type { CopySignatureRows } from '../copies/index.js';
import { openDuckDB, sqlString } from './duckdb.js';
import { appendRows } from './tables.js';

/** Writes the rows: bands to `bandsPath`, signatures (when asked) to `signaturesPath`. */
export async function writeParquet(
  rows: Iterable<CopySignatureRows>,
  bandsPath: string,
  signaturesPath: string | undefined,
  database: string | undefined,
): Promise<{ documents: number; bandRows: number }> {
  const duckdb = await openDuckDB('writeSignatureRows', database);
  try {
    const { connection } = duckdb;
    const counts = await appendRows(connection, rows, signaturesPath !== undefined);
    await connection.run(
      `COPY (SELECT id, CAST(ord AS BIGINT) AS ord, CAST(band AS INTEGER) AS band, CAST(key AS BIGINT) AS key FROM copy_bands) TO ${sqlString(bandsPath)} (FORMAT parquet)`,
    );
    if (signaturesPath !== undefined) {
      await connection.run(
        `COPY (SELECT id, CAST(ord AS BIGINT) AS ord, CAST(signature AS BIGINT[]) AS signature FROM copy_signatures ORDER BY ord) TO ${sqlString(signaturesPath)} (FORMAT parquet)`,
      );
    }
    return counts;
  } finally {
    duckdb.close();
  }
}
