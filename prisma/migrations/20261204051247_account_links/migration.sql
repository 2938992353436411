-- Account links (set-up, reset, email verification) replace password set-up tokens, and console
-- sessions carry the user's token version.
CREATE TYPE "AccountLinkPurpose" AS ENUM ('SETUP', 'RESET', 'VERIFY_EMAIL');

ALTER TABLE "User" ADD COLUMN "tokenVersion" INTEGER NOT NULL DEFAULT 0;

-- From now on a membership counts only for a verified email. Existing accounts that already
-- proved their address keep their access: they spent a set-up link, accepted an invitation
-- (both links are proof of the address), created their own organization, or were made
-- operators on purpose. An account that self-registered an address and was then named owner
-- by the operator CLI (the capture this release closes) stays unverified until the operator
-- hands the real owner a set-up link (docs/security.md, "Organization capture").
UPDATE "User" u SET "emailVerified" = CURRENT_TIMESTAMP
WHERE u."emailVerified" IS NULL AND (
  u."isOperator"
  OR EXISTS (SELECT 1 FROM "PasswordSetupToken" t WHERE t."userId" = u."id" AND t."usedAt" IS NOT NULL)
  OR EXISTS (SELECT 1 FROM "Invitation" i WHERE i."acceptedById" = u."id")
  OR EXISTS (SELECT 1 FROM "AuditLog" a WHERE a."action" = 'org.created' AND a."actorUserId" = u."id")
);

-- Renamed, not recreated: set-up links already handed out keep working.
ALTER TABLE "PasswordSetupToken" RENAME TO "AccountLink";
ALTER TABLE "AccountLink" RENAME CONSTRAINT "PasswordSetupToken_pkey" TO "AccountLink_pkey";
ALTER TABLE "AccountLink" RENAME CONSTRAINT "PasswordSetupToken_userId_fkey" TO "AccountLink_userId_fkey";
ALTER INDEX "PasswordSetupToken_tokenHash_key" RENAME TO "AccountLink_tokenHash_key";
DROP INDEX "PasswordSetupToken_userId_idx";
ALTER TABLE "AccountLink" ADD COLUMN "purpose" "AccountLinkPurpose" NOT NULL DEFAULT 'SETUP',
  ADD COLUMN "revokedAt" TIMESTAMP(3);
ALTER TABLE "AccountLink" ALTER COLUMN "purpose" DROP DEFAULT;
CREATE INDEX "AccountLink_userId_purpose_idx" ON "AccountLink"("userId", "purpose");
