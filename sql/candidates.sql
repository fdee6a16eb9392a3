-- copydesk candidate pairs: the pairs of CopyIndex.candidatePairs() (see docs/scale.md).
-- Input: copy_bands(id, ord, band, key), one row per document and non-empty band.
-- Output: one row per distinct pair, a the document with the lower ord.
WITH params AS (
  SELECT 64 AS bucket_limit, 20000 AS hub_limit
),
buckets AS (
  SELECT
    id,
    ord,
    band,
    key,
    COUNT(*) OVER (PARTITION BY band, key) AS bucket_size,
    ROW_NUMBER() OVER (PARTITION BY band, key ORDER BY ord) AS bucket_rank
  FROM copy_bands
),
-- Buckets of one document pair nothing; buckets over hub_limit are hubs and pair nothing.
members AS (
  SELECT buckets.*
  FROM buckets CROSS JOIN params
  WHERE buckets.bucket_size > 1 AND buckets.bucket_size <= params.hub_limit
),
-- Every member of a bucket up to bucket_limit leads; in a larger one, its first 4 by ord.
leaders AS (
  SELECT members.*
  FROM members CROSS JOIN params
  WHERE members.bucket_size <= params.bucket_limit OR members.bucket_rank <= 4
)
SELECT DISTINCT
  leaders.id AS a,
  members.id AS b,
  leaders.ord AS a_ord,
  members.ord AS b_ord
FROM leaders
JOIN members
  ON members.band = leaders.band
  AND members.key = leaders.key
  AND members.ord > leaders.ord
