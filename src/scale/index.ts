/**
 * `copydesk/scale`: the copy search of a collection too large for one machine, on an existing
 * data engine. Signature rows are written as NDJSON or Parquet (through DuckDB), the candidate
 * join runs as plain SQL (see {@link index!candidateSql}) in DuckDB, Spark SQL, Trino or BigQuery, and
 * the pairs come back to {@link index!verifyCandidatePairs}. See `docs/scale.md`.
 *
 * Node only, and asynchronous (files and DuckDB are); the optional peer dependency
 * `@duckdb/node-api` is loaded on the first call that needs it (Parquet, or the DuckDB join),
 * never by the core library.
 *
 * @module
 */

import {
  type CopyDocument,
  type CopySignatureRows,
  type CopySignatureRowsOptions,
  copySignatureRows,
} from '../copies/index.js';
import { assertOptions } from '../input.js';
import { joinWithDuckDB, type OrderedPair } from './candidates.js';
import { assertDuckDBSettings, type DuckDBSettings } from './duckdb.js';
import { writeNdjson } from './ndjson.js';
import { writeParquet } from './parquet.js';

export type { OrderedPair } from './candidates.js';

/**
 * Where DuckDB works, for {@link writeSignatureRows} (Parquet) and {@link duckdbCandidatePairs}.
 * DuckDB sorts, joins and windows out of core: past `memoryLimit` it spills to its temporary
 * directory (beside a database file, or `.tmp` in the working directory).
 *
 * @example
 * ```ts
 * const options: DuckDBOptions = { database: 'work.duckdb', memoryLimit: '1GB' };
 * ```
 */
export interface DuckDBOptions {
  /**
   * The DuckDB database file to work in; the tables copydesk makes in it (`copydesk_bands`,
   * `copydesk_signatures`) are dropped when the call ends.
   * @default ':memory:'
   */
  readonly database?: string;
  /**
   * The most memory DuckDB may use, as DuckDB writes sizes (`'500MB'`, `'2GB'`).
   * @default DuckDB's own (80% of the machine's memory)
   */
  readonly memoryLimit?: string;
}

/**
 * Options of {@link writeSignatureRows}: where the rows go, in which format, and those of
 * {@link copySignatureRows}.
 *
 * @example
 * ```ts
 * const options: WriteSignatureRowsOptions = { bands: 'bands.parquet', signatures: 'signatures.parquet' };
 * ```
 */
export interface WriteSignatureRowsOptions extends CopySignatureRowsOptions, DuckDBOptions {
  /** The file of band rows, `{ id, ord, band, key }`. */
  readonly bands: string;
  /** The file of signatures, `{ id, ord, signature }`; not written when absent. */
  readonly signatures?: string;
  /**
   * `'parquet'` (through DuckDB) or `'ndjson'` (one JSON object a line, no dependency).
   * @default 'parquet' when `bands` ends in `.parquet`, else 'ndjson'
   */
  readonly format?: 'parquet' | 'ndjson';
}

/**
 * What {@link writeSignatureRows} wrote.
 *
 * @example
 * ```ts
 * const written: SignatureRowsWritten = { documents: 1101, bandRows: 69_350 };
 * ```
 */
export interface SignatureRowsWritten {
  /** Documents read. */
  readonly documents: number;
  /** Band rows written (at most 64 a document: empty bands have none). */
  readonly bandRows: number;
}

/**
 * Signs documents and writes their rows (see {@link copySignatureRows}) to files a data engine
 * reads: the band rows the candidate join needs, and, when asked, the signatures. Documents are
 * read one at a time, so any iterable (a generator over a JSONL file, a database cursor) works.
 *
 * @example
 * ```ts
 * import { writeSignatureRows } from 'copydesk/scale';
 * await writeSignatureRows(docs, { bands: 'bands.parquet', signatures: 'signatures.parquet' });
 * // { documents: 1101, bandRows: 69350 }
 * ```
 */
export async function writeSignatureRows(
  docs: Iterable<CopyDocument | string>,
  options: WriteSignatureRowsOptions,
): Promise<SignatureRowsWritten> {
  if (options === null || typeof options !== 'object' || typeof options.bands !== 'string') {
    throw new TypeError('copydesk: writeSignatureRows: expected options with a bands file path');
  }
  if (options.signatures !== undefined && typeof options.signatures !== 'string') {
    throw new TypeError('copydesk: writeSignatureRows: expected options.signatures to be a file path');
  }
  const format = options.format ?? (/\.parquet$/i.test(options.bands) ? 'parquet' : 'ndjson');
  if (format !== 'parquet' && format !== 'ndjson') {
    throw new TypeError(
      `copydesk: writeSignatureRows: expected options.format to be 'parquet' or 'ndjson', got ${JSON.stringify(format)}`,
    );
  }
  assertDuckDBSettings('writeSignatureRows', options);
  const rowOptions: CopySignatureRowsOptions = {
    ...(options.firstOrd === undefined ? {} : { firstOrd: options.firstOrd }),
    ...(options.body === undefined ? {} : { body: options.body }),
  };
  const rows = copySignatureRows(docs, rowOptions);
  return format === 'ndjson'
    ? writeNdjson(rows, options.bands, options.signatures)
    : writeParquet(rows, options.bands, options.signatures, duckdbSettings(options));
}

/**
 * Options of {@link duckdbCandidatePairs}: the bucket limits of the candidate join (the same as
 * the index's) and DuckDB's database.
 *
 * @example
 * ```ts
 * const options: DuckDBCandidateOptions = { hubLimit: 5000, database: 'copies.duckdb' };
 * ```
 */
export interface DuckDBCandidateOptions extends DuckDBOptions {
  /**
   * A bucket of more documents pairs each member with its first four members only (the
   * index's `bucketLimit`).
   * @default 64
   */
  readonly bucketLimit?: number;
  /**
   * A bucket of more documents pairs nothing and is counted in `hubBuckets` (the index's
   * `hubLimit`).
   * @default 20000
   */
  readonly hubLimit?: number;
  /**
   * A file to write the pairs to instead of returning them (Parquet when it ends in `.parquet`,
   * else NDJSON; columns `a`, `b`, `a_ord`, `b_ord`, ordered): a large collection's millions of
   * pairs then never pass through JavaScript.
   */
  readonly output?: string;
}

/**
 * What {@link duckdbCandidatePairs} found.
 *
 * @example
 * ```ts
 * const found: DuckDBCandidates = { pairs: [{ a: '001', b: '002', aOrd: 0, bOrd: 1 }], count: 1, hubBuckets: 0 };
 * ```
 */
export interface DuckDBCandidates {
  /**
   * Every candidate pair, once, `a` the document with the lower `ord`; ordered by `aOrd`, `bOrd`.
   * Empty when the pairs went to `output`.
   */
  readonly pairs: readonly OrderedPair[];
  /** How many candidate pairs there are (returned or written to `output`). */
  readonly count: number;
  /** Buckets dropped as hubs (more than `hubLimit` documents). */
  readonly hubBuckets: number;
}

/**
 * Runs the candidate join (the SQL of {@link index!candidateSql}) in DuckDB, embedded, over band rows:
 * a Parquet or NDJSON file (a glob such as `'bands/*.parquet'` reads many), or the rows of
 * {@link copySignatureRows} directly. Gives the same pairs as `CopyIndex.candidatePairs()` on
 * the same documents with the same limits; verify them with {@link index!verifyCandidatePairs}.
 *
 * @example
 * ```ts
 * import { duckdbCandidatePairs } from 'copydesk/scale';
 * const { pairs, hubBuckets } = await duckdbCandidatePairs('bands.parquet');
 * const copies = verifyCandidatePairs(pairs, (id) => texts.get(id));
 * // A large collection: pairs written by DuckDB to a file.
 * await duckdbCandidatePairs('bands/*.parquet', { output: 'pairs.parquet', memoryLimit: '1GB' });
 * // { pairs: [], count: 1360000, hubBuckets: 0 }
 * ```
 */
export async function duckdbCandidatePairs(
  bands: string | Iterable<CopySignatureRows>,
  options?: DuckDBCandidateOptions,
): Promise<DuckDBCandidates> {
  const isIterable =
    bands !== null &&
    typeof bands === 'object' &&
    typeof (bands as Iterable<unknown>)[Symbol.iterator] === 'function';
  if (typeof bands !== 'string' && !isIterable) {
    throw new TypeError(
      `copydesk: duckdbCandidatePairs: expected bands to be a file path or rows of copySignatureRows, got ${bands === null ? 'null' : typeof bands}`,
    );
  }
  assertOptions('duckdbCandidatePairs', options);
  assertDuckDBSettings('duckdbCandidatePairs', options ?? {});
  if (options?.output !== undefined && typeof options.output !== 'string') {
    throw new TypeError('copydesk: duckdbCandidatePairs: expected options.output to be a file path');
  }
  const limits = {
    ...(options?.bucketLimit === undefined ? {} : { bucketLimit: options.bucketLimit }),
    ...(options?.hubLimit === undefined ? {} : { hubLimit: options.hubLimit }),
  };
  return joinWithDuckDB(bands, limits, duckdbSettings(options ?? {}), options?.output);
}

function duckdbSettings(options: DuckDBOptions): DuckDBSettings {
  return { database: options.database, memoryLimit: options.memoryLimit };
}
