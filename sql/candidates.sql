-- copydesk candidate pairs: the pairs of CopyIndex.candidatePairs() (see docs/scale.md).
-- Input: copy_bands(id, ord, band, key, next_key), one row per document and non-empty band.
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
    next_key,
    COUNT(*) OVER (PARTITION BY band, key) AS bucket_size,
    ROW_NUMBER() OVER (PARTITION BY band, key ORDER BY ord) AS bucket_rank,
    COUNT(*) OVER (PARTITION BY band, key, next_key) AS sub_size,
    ROW_NUMBER() OVER (PARTITION BY band, key, next_key ORDER BY ord) AS sub_rank
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
  WHERE sub_members.sub_size <= params.bucket_limit OR sub_members.sub_rank <= 4
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
