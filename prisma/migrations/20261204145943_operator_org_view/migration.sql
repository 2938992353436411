-- CreateTable
CREATE TABLE "OperatorOrgView" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "operatorId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "OperatorOrgView_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OperatorOrgView_operatorId_orgId_expiresAt_idx" ON "OperatorOrgView"("operatorId", "orgId", "expiresAt");

-- AddForeignKey
ALTER TABLE "OperatorOrgView" ADD CONSTRAINT "OperatorOrgView_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OperatorOrgView" ADD CONSTRAINT "OperatorOrgView_operatorId_fkey" FOREIGN KEY ("operatorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
