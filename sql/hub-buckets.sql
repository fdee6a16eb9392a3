-- copydesk hub buckets: buckets the candidate join drops (see docs/scale.md).
-- Input: copy_bands(id, ord, band, key). Output: one row, hub_buckets.
WITH params AS (
  SELECT 20000 AS hub_limit
),
sizes AS (
  SELECT band, key, COUNT(*) AS bucket_size
  FROM copy_bands
  GROUP BY band, key
)
SELECT COUNT(*) AS hub_buckets
FROM sizes CROSS JOIN params
WHERE sizes.bucket_size > params.hub_limit
