-- Batch ids are compared in canonical (lower-case) form from now on: the device API lower-cases
-- them before they are stored or looked up. Bring ids stored before that to the same form, so a
-- retry of such a batch is still a duplicate. Of several spellings of one id for one device
-- (already stored twice before this change, and nothing is deleted), the lower-case one stays, or
-- else the first received becomes it, and the others keep their spelling. Samples follow their batch.
WITH mixed AS (
  SELECT DISTINCT "deviceId", lower("batchId") AS canonical FROM "TelemetryBatch" WHERE "batchId" <> lower("batchId")
), ranked AS (
  SELECT b."deviceId", b."batchId", m.canonical,
         row_number() OVER (PARTITION BY b."deviceId", m.canonical ORDER BY (b."batchId" = m.canonical) DESC, b."receivedAt", b."batchId") AS rank
  FROM "TelemetryBatch" b JOIN mixed m ON m."deviceId" = b."deviceId" AND lower(b."batchId") = m.canonical
), renamed AS (
  UPDATE "TelemetryBatch" b SET "batchId" = r.canonical
  FROM ranked r
  WHERE r.rank = 1 AND r."batchId" <> r.canonical AND b."deviceId" = r."deviceId" AND b."batchId" = r."batchId"
  RETURNING b."deviceId", r."batchId" AS spelled, r.canonical
)
UPDATE "TelemetrySample" s SET "batchId" = n.canonical
FROM renamed n
WHERE s."deviceId" = n."deviceId" AND s."batchId" = n.spelled;
