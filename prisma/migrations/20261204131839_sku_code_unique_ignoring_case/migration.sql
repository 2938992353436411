-- SKU codes are unique per organization regardless of case from now on ("pip-2" and "PIP-2"
-- clash). Codes that already clash this way cannot simply be refused (the index below would
-- fail to build) nor deleted (devices and factory systems refer to the SKU): the oldest SKU
-- of each clash keeps its code, every later one gets its code with ".dup" and the end of its
-- id appended (at most 40 characters, still a valid code), which an owner can then edit.
-- The rename is recorded in the audit log of the organization.
WITH ranked AS (
  SELECT "id", "orgId", "code",
         row_number() OVER (PARTITION BY "orgId", lower("code") ORDER BY "createdAt", "id") AS rank
  FROM "Sku"
), renamed AS (
  UPDATE "Sku" s SET "code" = left(r."code", 31) || '.dup' || right(r."id", 5), "updatedAt" = now()
  FROM ranked r
  WHERE r.rank > 1 AND s."id" = r."id"
  RETURNING s."id", s."orgId", r."code" AS "oldCode", s."code" AS "newCode"
)
INSERT INTO "AuditLog" ("id", "orgId", "actorLabel", "action", "targetType", "targetId", "metadata", "createdAt")
SELECT 'mig_' || md5(random()::text || n."id"), n."orgId", 'system', 'sku.updated', 'sku', n."id",
       jsonb_build_object('code', n."newCode", 'changed', jsonb_build_array('code'), 'previousCode', n."oldCode"),
       now()
FROM renamed n;

-- Prisma's schema cannot express an index on an expression: this one lives in SQL only
-- (see the comment on Sku.code in schema.prisma). A violation surfaces as P2002.
CREATE UNIQUE INDEX "Sku_orgId_lower_code_key" ON "Sku" ("orgId", lower("code"));
