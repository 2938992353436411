import "server-only";
import type { DbTx } from "@/server/db";

/** The active packages of the catalog, cheapest tier first, with each package's total price. */
export async function listActivePackages(db: DbTx) {
  const packages = await db.licensePackage.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { seats: "asc" }],
    select: { id: true, name: true, seats: true, unitAmount: true, currency: true, termMonths: true },
  });
  return packages.map((pkg) => ({ ...pkg, packageAmount: pkg.seats * pkg.unitAmount }));
}
