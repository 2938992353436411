-- Unit economics (docs/billing.md "Unit economics"): Anima's default token prices per currency, and
-- each organization's own token price and device lifetime.

CREATE TABLE "TokenPrice" (
    "currency" TEXT NOT NULL,
    "inputPerMillion" INTEGER NOT NULL,
    "outputPerMillion" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TokenPrice_pkey" PRIMARY KEY ("currency")
);

CREATE TABLE "EconomicsSettings" (
    "orgId" TEXT NOT NULL,
    "tokenCurrency" TEXT,
    "inputPerMillion" INTEGER,
    "outputPerMillion" INTEGER,
    "deviceLifetimeMonths" INTEGER NOT NULL DEFAULT 24,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EconomicsSettings_pkey" PRIMARY KEY ("orgId")
);

ALTER TABLE "EconomicsSettings" ADD CONSTRAINT "EconomicsSettings_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Defaults in the currencies the catalog sells in, minor units per million tokens: a general-purpose
-- cloud LLM's list price (2.50 USD in, 10.00 USD out), converted at about 0.92 EUR and 7.2 CNY to
-- the dollar. The operator keeps them current (Operator -> Token prices).
INSERT INTO "TokenPrice" ("currency", "inputPerMillion", "outputPerMillion", "updatedAt") VALUES
  ('usd', 250, 1000, now()), ('eur', 230, 920, now()), ('cny', 1800, 7200, now());
