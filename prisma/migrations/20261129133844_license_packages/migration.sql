-- CreateTable
CREATE TABLE "LicensePackage" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "seats" INTEGER NOT NULL,
    "unitAmount" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "termMonths" INTEGER,
    "stripeLookupKey" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LicensePackage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LicensePackage_stripeLookupKey_key" ON "LicensePackage"("stripeLookupKey");

-- CreateIndex
CREATE INDEX "LicensePackage_active_sortOrder_idx" ON "LicensePackage"("active", "sortOrder");

-- The starting catalog (volume tiers, perpetual seats, USD). The operator edits it later.
INSERT INTO "LicensePackage" ("id", "name", "seats", "unitAmount", "currency", "stripeLookupKey", "sortOrder", "updatedAt") VALUES
  ('pkg_starter_100', 'Starter', 100, 400, 'usd', 'anima_seats_100', 1, now()),
  ('pkg_growth_1000', 'Growth', 1000, 300, 'usd', 'anima_seats_1000', 2, now()),
  ('pkg_scale_10000', 'Scale', 10000, 200, 'usd', 'anima_seats_10000', 3, now());
