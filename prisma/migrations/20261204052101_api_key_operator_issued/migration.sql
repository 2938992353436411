-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "operatorIssued" BOOLEAN NOT NULL DEFAULT false;

-- Keys without a creator were made by the operator CLI, unless their creation was audited as a
-- member's (the member's account was deleted since): those stay member keys, which now hold
-- nothing. A key with no creation entry at all keeps working as before.
UPDATE "ApiKey" AS k SET "operatorIssued" = true
WHERE k."createdById" IS NULL
  AND NOT EXISTS (
    SELECT 1 FROM "AuditLog" AS a
    WHERE a."action" = 'apikey.created' AND a."targetId" = k."id" AND a."actorLabel" IS DISTINCT FROM 'operator-cli'
  );
