-- Volume pricing: a package lists price tiers instead of a fixed size at one price.
-- An existing package becomes one tier starting at its old size (its smallest order).
ALTER TABLE "LicensePackage" ADD COLUMN "tiers" JSONB;
UPDATE "LicensePackage" SET "tiers" = jsonb_build_array(jsonb_build_object('fromSeats', "seats", 'unitAmount', "unitAmount"));
ALTER TABLE "LicensePackage" ALTER COLUMN "tiers" SET NOT NULL;
ALTER TABLE "LicensePackage" DROP COLUMN "seats", DROP COLUMN "unitAmount";

-- Orders are counted in seats (their price and package name stay as bought).
ALTER TABLE "Order" DROP COLUMN "packages";

-- The starting catalog becomes one tiered package per currency (USD, EUR, CNY). Orders keep their own
-- copy of name and price, so the three fixed-size packages it replaces can go.
DELETE FROM "LicensePackage" WHERE "id" IN ('pkg_starter_100', 'pkg_growth_1000', 'pkg_scale_10000');
INSERT INTO "LicensePackage" ("id", "name", "tiers", "currency", "termMonths", "stripeLookupKey", "sortOrder", "updatedAt") VALUES
  ('pkg_seats_usd', 'Device licenses', '[{"fromSeats":100,"unitAmount":400},{"fromSeats":1000,"unitAmount":300},{"fromSeats":10000,"unitAmount":200},{"fromSeats":50000,"unitAmount":160}]', 'usd', NULL, 'anima_seats_usd', 1, now()),
  ('pkg_seats_eur', 'Device licenses', '[{"fromSeats":100,"unitAmount":370},{"fromSeats":1000,"unitAmount":280},{"fromSeats":10000,"unitAmount":185},{"fromSeats":50000,"unitAmount":150}]', 'eur', NULL, 'anima_seats_eur', 1, now()),
  ('pkg_seats_cny', 'Device licenses', '[{"fromSeats":100,"unitAmount":2800},{"fromSeats":1000,"unitAmount":2100},{"fromSeats":10000,"unitAmount":1400},{"fromSeats":50000,"unitAmount":1100}]', 'cny', NULL, 'anima_seats_cny', 1, now());
