-- AlterTable
ALTER TABLE "Rollout" ADD COLUMN     "gateFailure" JSONB;
