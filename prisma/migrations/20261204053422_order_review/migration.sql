-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "reviewFlaggedAt" TIMESTAMP(3),
ADD COLUMN     "reviewReason" TEXT;
