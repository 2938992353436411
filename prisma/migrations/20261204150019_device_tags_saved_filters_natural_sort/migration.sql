-- AlterTable
ALTER TABLE "Device" ADD COLUMN     "serialSortKey" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "tags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "SavedDeviceFilter" (
    "id" TEXT NOT NULL,
    "orgId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "query" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SavedDeviceFilter_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SavedDeviceFilter_orgId_userId_name_key" ON "SavedDeviceFilter"("orgId", "userId", "name");

-- CreateIndex
CREATE INDEX "Device_orgId_serialSortKey_idx" ON "Device"("orgId", "serialSortKey");

-- CreateIndex
CREATE INDEX "Device_tags_idx" ON "Device" USING GIN ("tags");

-- AddForeignKey
ALTER TABLE "SavedDeviceFilter" ADD CONSTRAINT "SavedDeviceFilter_orgId_fkey" FOREIGN KEY ("orgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SavedDeviceFilter" ADD CONSTRAINT "SavedDeviceFilter_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Natural sort of serials ("SN-2" before "SN-10"). The embedded PGlite accepts ICU
-- collations but ignores `kn-true` (it orders SN-1, SN-10, SN-2), so the key is a plain
-- column: each run of digits zero-padded to 20, compared bytewise ("C"). The INSERT of
-- registerDevices fills it with this function (a serial never changes afterwards). No
-- trigger: the migration runner splits scripts at every semicolon, which a PL/pgSQL body
-- cannot avoid. Prisma does not manage functions, so the schema sees a column with a default.
ALTER TABLE "Device" ALTER COLUMN "serialSortKey" TYPE TEXT COLLATE "C";

CREATE FUNCTION device_serial_sort_key(serial text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(CASE WHEN part[1] ~ '^[0-9]' AND length(part[1]) < 20 THEN lpad(part[1], 20, '0') ELSE part[1] END, '' ORDER BY ord), '')
  FROM regexp_matches(serial, '[0-9]+|[^0-9]+', 'g') WITH ORDINALITY AS t(part, ord)
$$;

UPDATE "Device" SET "serialSortKey" = device_serial_sort_key(serial);
