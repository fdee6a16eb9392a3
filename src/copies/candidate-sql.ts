/**
 * The candidate join of the copy index as plain SQL, for a data engine that holds the band rows
 * of {@link copySignatureRows}. The package ships the default text as `sql/candidates.sql` and
 * `sql/hub-buckets.sql` (a test keeps those files equal to this module's output).
 *
 * The rule is `CopyIndex.candidatePairs()`'s, so both give the same pairs:
 * - a bucket is the rows of one band with one key;
 * - a bucket of at most `bucketLimit` documents pairs all its members;
 * - a larger one pairs each member with its first four members (lowest `ord`);
 * - a bucket of more than `hubLimit` documents pairs nothing (the second query counts them);
 * - pairs are distinct across bands, `a` the document with the lower `ord`.
 *
 * Only standard SQL is used (window functions, a cross join with a one-row parameter table,
 * DISTINCT), and no statement ends with a semicolon (Trino's clients refuse one).
 *
 * @module
 */
import { assertOptions } from '../input.js';
import type { CopyIndexOptions } from './index-types.js';
import { BUCKET_LEADERS, DEFAULT_BUCKET_LIMIT, DEFAULT_HUB_LIMIT } from './signature.js';

/**
 * Options of {@link candidateSql}: the index's two bucket limits and the name of the band table.
 *
 * @example
 * ```ts
 * candidateSql({ bucketLimit: 128, table: 'news.copy_bands' });
 * ```
 */
export interface CandidateSqlOptions extends Pick<CopyIndexOptions, 'bucketLimit' | 'hubLimit'> {
  /**
   * The table (or view) of band rows, `id, ord, band, key, next_key`; letters, digits, `_` and `.` (for a
   * schema- or dataset-qualified name).
   * @default 'copy_bands'
   */
  readonly table?: string;
}

/**
 * The two SQL queries of the candidate join.
 *
 * @example
 * ```ts
 * const { pairs, hubBuckets } = candidateSql();
 * ```
 */
export interface CandidateSql {
  /** One row per candidate pair: `a`, `b` (ids), `a_ord`, `b_ord`, with `a_ord < b_ord`. */
  readonly pairs: string;
  /** One row, `hub_buckets`: how many buckets hold more than `hubLimit` documents. */
  readonly hubBuckets: string;
}

/**
 * The candidate join as SQL text for a data engine (DuckDB, Spark SQL, Trino, BigQuery; see
 * `docs/scale.md`), over a table of the rows that {@link copySignatureRows} gives: it returns
 * exactly the pairs of `CopyIndex.candidatePairs()` on the same documents with the same
 * `bucketLimit` and `hubLimit`. The defaults are the files `sql/candidates.sql` and
 * `sql/hub-buckets.sql` of the package.
 *
 * @example
 * ```ts
 * const { pairs } = candidateSql({ hubLimit: 5000 });
 * pairs.startsWith('-- copydesk candidate pairs'); // true
 * ```
 */
export function candidateSql(options?: CandidateSqlOptions): CandidateSql {
  assertOptions('candidateSql', options);
  const bucketLimit = limitOf('bucketLimit', options?.bucketLimit, DEFAULT_BUCKET_LIMIT);
  const hubLimit = limitOf('hubLimit', options?.hubLimit, DEFAULT_HUB_LIMIT);
  const table = options?.table ?? 'copy_bands';
  if (typeof table !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(table)) {
    throw new TypeError(
      `copydesk: candidateSql: expected options.table to be a table name (letters, digits, _ and .), got ${JSON.stringify(table)}`,
    );
  }
  const pairs = `-- copydesk candidate pairs: the pairs of CopyIndex.candidatePairs() (see docs/scale.md).
-- Input: ${table}(id, ord, band, key, next_key), one row per document and non-empty band.
-- Output: one row per distinct pair, a the document with the lower ord.
WITH params AS (
  SELECT ${bucketLimit} AS bucket_limit, ${hubLimit} AS hub_limit
),
buckets AS (
  SELECT
    id,
    ord,
    band,
    key,
    next_key,
    COUNT(*) OVER (PARTITION BY band, key) AS bucket_size,
    ROW_NUMBER() OVER (PARTITION BY band, key ORDER BY ord) AS bucket_rank,
    COUNT(*) OVER (PARTITION BY band, key, next_key) AS sub_size,
    ROW_NUMBER() OVER (PARTITION BY band, key, next_key ORDER BY ord) AS sub_rank
  FROM ${table}
),
-- Buckets of one document pair nothing; buckets over hub_limit are hubs and pair nothing.
members AS (
  SELECT buckets.*
  FROM buckets CROSS JOIN params
  WHERE buckets.bucket_size > 1 AND buckets.bucket_size <= params.hub_limit
),
-- Every member of a bucket up to bucket_limit leads; in a larger one, its first ${BUCKET_LEADERS} by ord.
leaders AS (
  SELECT members.*
  FROM members CROSS JOIN params
  WHERE members.bucket_size <= params.bucket_limit OR members.bucket_rank <= ${BUCKET_LEADERS}
),
-- A bucket over bucket_limit (a hub too) is split by next_key; each part pairs as a bucket does.
sub_members AS (
  SELECT buckets.*
  FROM buckets CROSS JOIN params
  WHERE buckets.bucket_size > params.bucket_limit
    AND buckets.sub_size > 1
    AND buckets.sub_size <= params.hub_limit
),
sub_leaders AS (
  SELECT sub_members.*
  FROM sub_members CROSS JOIN params
  WHERE sub_members.sub_size <= params.bucket_limit OR sub_members.sub_rank <= ${BUCKET_LEADERS}
),
pairs AS (
  SELECT leaders.id AS a, members.id AS b, leaders.ord AS a_ord, members.ord AS b_ord
  FROM leaders
  JOIN members
    ON members.band = leaders.band
    AND members.key = leaders.key
    AND members.ord > leaders.ord
  UNION ALL
  SELECT sub_leaders.id AS a, sub_members.id AS b, sub_leaders.ord AS a_ord, sub_members.ord AS b_ord
  FROM sub_leaders
  JOIN sub_members
    ON sub_members.band = sub_leaders.band
    AND sub_members.key = sub_leaders.key
    AND sub_members.next_key = sub_leaders.next_key
    AND sub_members.ord > sub_leaders.ord
)
SELECT DISTINCT a, b, a_ord, b_ord
FROM pairs
`;
  const hubBuckets = `-- copydesk hub buckets: buckets the candidate join drops (see docs/scale.md).
-- Input: ${table}(id, ord, band, key). Output: one row, hub_buckets.
WITH params AS (
  SELECT ${hubLimit} AS hub_limit
),
sizes AS (
  SELECT band, key, COUNT(*) AS bucket_size
  FROM ${table}
  GROUP BY band, key
)
SELECT COUNT(*) AS hub_buckets
FROM sizes CROSS JOIN params
WHERE sizes.bucket_size > params.hub_limit
`;
  return { pairs, hubBuckets };
}

function limitOf(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  // The index compares sizes with the limit; an integer floor compares the same way.
  if (typeof value !== 'number' || Number.isNaN(value)) {
    throw new TypeError(
      `copydesk: candidateSql: expected options.${name} to be a number, got ${typeof value}`,
    );
  }
  return Math.min(Number.MAX_SAFE_INTEGER, Math.max(-1, Math.floor(value)));
}
