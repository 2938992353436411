-- Device key mode: a device authenticates with a shared secret or with an Ed25519 public key.
ALTER TABLE "Device" ADD COLUMN     "publicKey" TEXT,
ALTER COLUMN "secretHash" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DeviceAssertion" (
    "deviceId" TEXT NOT NULL,
    "jti" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DeviceAssertion_pkey" PRIMARY KEY ("deviceId","jti")
);

-- CreateIndex
CREATE INDEX "DeviceAssertion_expiresAt_idx" ON "DeviceAssertion"("expiresAt");
