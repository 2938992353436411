-- Byte-order collation for the identifiers users search by prefix: with "C", LIKE 'x%'
-- can use the plain btree indexes ("Device_pkey", "Device_orgId_serial_key") whatever
-- the database locale. Prisma does not model column collations, so this stays out of
-- schema.prisma (see the comment on model Device).
ALTER TABLE "Device" ALTER COLUMN "id" TYPE TEXT COLLATE "C";
ALTER TABLE "Device" ALTER COLUMN "serial" TYPE TEXT COLLATE "C";
