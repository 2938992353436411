import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import { AppError, isUniqueViolation } from "@/server/errors";
import { logger } from "@/server/logger";
import type { Actor } from "@/server/modules/audit/record-audit";
import { packageTiers } from "@/server/modules/licenses/packages";
import { ZPriceTiers } from "@/shared/pricing";
import { schemaMessage } from "@/shared/schema-message";

export const ZPackageFields = z.object({
  name: z.string().trim().min(2, schemaMessage("Name must be at least 2 characters.")).max(80),
  tiers: ZPriceTiers,
  currency: z.string().trim().toLowerCase().regex(/^[a-z]{3}$/, schemaMessage("Currency is a 3-letter ISO code, e.g. usd.")),
  termMonths: z.coerce.number().int().min(1).max(120).nullable(),
  stripeLookupKey: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,200}$/, schemaMessage("A lookup key uses letters, digits, _ . and - only."))
    .nullable(),
  active: z.boolean(),
  sortOrder: z.coerce.number().int().min(0).max(10_000),
});

export const ZUpdatePackageInput = ZPackageFields.partial().extend({ id: z.string().min(1).max(64) });

const PACKAGE_SELECT = { id: true, name: true, tiers: true, currency: true, termMonths: true, stripeLookupKey: true, active: true, sortOrder: true } as const;

/** Every package, inactive ones too, for the operator page. */
export async function listAllPackages(db: Db) {
  const rows = await db.licensePackage.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { currency: "asc" }], select: PACKAGE_SELECT });
  return rows.map(typed);
}

type PackageRow = Prisma.LicensePackageGetPayload<{ select: typeof PACKAGE_SELECT }>;
const typed = (pkg: PackageRow) => ({ ...pkg, tiers: packageTiers(pkg.tiers) });

function lookupKeyTaken(key: string | null | undefined) {
  return new AppError("CONFLICT", `Another package already uses the Stripe lookup key "${key}".`, { reason: "LOOKUP_KEY_TAKEN" });
}

/**
 * Packages are priced when an order is created: changing one affects later orders only.
 * Retire a package by deactivating it (orders keep their own copy of name and price).
 */
export async function createPackage(db: Db, actor: Actor, input: z.infer<typeof ZPackageFields>) {
  try {
    const pkg = await db.licensePackage.create({ data: input, select: PACKAGE_SELECT });
    logger.info("license package created", { actor, packageId: pkg.id });
    return typed(pkg);
  } catch (error) {
    if (isUniqueViolation(error)) throw lookupKeyTaken(input.stripeLookupKey);
    throw error;
  }
}

export async function updatePackage(db: Db, actor: Actor, { id, ...fields }: z.infer<typeof ZUpdatePackageInput>) {
  const existing = await db.licensePackage.findUnique({ where: { id }, select: { id: true } });
  if (!existing) throw new AppError("NOT_FOUND", "Package not found.", { reason: "PACKAGE_NOT_FOUND" });
  try {
    const pkg = await db.licensePackage.update({ where: { id }, data: fields, select: PACKAGE_SELECT });
    logger.info("license package updated", { actor, packageId: id, fields: Object.keys(fields) });
    return typed(pkg);
  } catch (error) {
    if (isUniqueViolation(error)) throw lookupKeyTaken(fields.stripeLookupKey);
    throw error;
  }
}
