-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "configGiven" INTEGER,
ADD COLUMN     "configReported" INTEGER;

-- CreateTable
CREATE TABLE "DeviceBoot" (
    "deviceId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "orgId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "firmware" TEXT,
    "configVersion" INTEGER,

    CONSTRAINT "DeviceBoot_pkey" PRIMARY KEY ("deviceId","hour")
);

-- CreateTable
CREATE TABLE "DeviceHour" (
    "orgId" TEXT NOT NULL,
    "deviceId" TEXT NOT NULL,
    "hour" TIMESTAMP(3) NOT NULL,
    "kind" "InteractionKind" NOT NULL,
    "interactions" INTEGER NOT NULL,
    "e2eSumMs" BIGINT NOT NULL,
    "e2eMaxMs" INTEGER NOT NULL,
    "inputTokens" BIGINT NOT NULL,
    "outputTokens" BIGINT NOT NULL,
    "durationMs" BIGINT NOT NULL,

    CONSTRAINT "DeviceHour_pkey" PRIMARY KEY ("orgId","deviceId","hour","kind")
);

-- CreateIndex
CREATE INDEX "DeviceBoot_orgId_deviceId_at_idx" ON "DeviceBoot"("orgId", "deviceId", "at" DESC);

-- CreateIndex
CREATE INDEX "DeviceBoot_hour_idx" ON "DeviceBoot"("hour");

-- CreateIndex
CREATE INDEX "DeviceHour_hour_idx" ON "DeviceHour"("hour");
