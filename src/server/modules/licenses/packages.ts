import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { DbTx } from "@/server/db";
import { ZPriceTiers, type PriceTier } from "@/shared/pricing";

/** A package's stored tiers, typed; they were checked against ZPriceTiers when written. */
export const packageTiers = (tiers: Prisma.JsonValue): PriceTier[] => ZPriceTiers.parse(tiers);

/** The active packages of the catalog, in the operator's order, each with its volume tiers. */
export async function listActivePackages(db: DbTx) {
  const packages = await db.licensePackage.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }, { currency: "asc" }],
    select: { id: true, name: true, tiers: true, currency: true, termMonths: true },
  });
  return packages.map((pkg) => ({ ...pkg, tiers: packageTiers(pkg.tiers) }));
}
