/**
 * The DuckDB tables of band rows and signatures (`copydesk_bands`, `copydesk_signatures`), filled with
 * DuckDB's appender: the fastest way in from JavaScript.
 *
 * @module
 * @internal
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { CopySignatureRows } from '../copies/index.js';
import { BANDS_TABLE, SIGNATURES_TABLE } from './duckdb.js';

/**
 * Creates the band table (and the signature table when `withSignatures`) and appends every
 * document's rows. Signatures go in as JSON text, cast to a list when they are copied out.
 */
export async function appendRows(
  connection: DuckDBConnection,
  rows: Iterable<CopySignatureRows>,
  withSignatures: boolean,
): Promise<{ documents: number; bandRows: number }> {
  await connection.run(
    `CREATE TABLE ${BANDS_TABLE} (id VARCHAR, ord BIGINT, band UTINYINT, key UINTEGER, next_key UINTEGER)`,
  );
  const bands = await connection.createAppender(BANDS_TABLE);
  let signatures: Awaited<ReturnType<DuckDBConnection['createAppender']>> | undefined;
  if (withSignatures) {
    await connection.run(`CREATE TABLE ${SIGNATURES_TABLE} (id VARCHAR, ord BIGINT, signature VARCHAR)`);
    signatures = await connection.createAppender(SIGNATURES_TABLE);
  }
  let documents = 0;
  let bandRows = 0;
  try {
    for (const doc of rows) {
      documents++;
      const ord = BigInt(doc.ord);
      for (const row of doc.bands) {
        bands.appendVarchar(row.id);
        bands.appendBigInt(ord);
        bands.appendUTinyInt(row.band);
        bands.appendUInteger(row.key);
        bands.appendUInteger(row.nextKey);
        bands.endRow();
      }
      bandRows += doc.bands.length;
      if (signatures) {
        signatures.appendVarchar(doc.id);
        signatures.appendBigInt(ord);
        signatures.appendVarchar(`[${doc.signature.join(',')}]`);
        signatures.endRow();
      }
    }
  } finally {
    bands.closeSync();
    signatures?.closeSync();
  }
  return { documents, bandRows };
}
