import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { graceEndsAt, SEAT_GRACE_DAYS, termState } from "@/shared/seat-terms";
import { DAY_MS } from "@/shared/time";

/** Ended terms stay listed this long after their grace period (then the ledger has them). */
const ENDED_SHOWN_DAYS = 60;

export const ZListSeatTermsInput = z.object({
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(5).max(100).default(10),
});

/**
 * The organization's seat terms that matter now — running, in grace, or ended lately — soonest
 * end first, with whether each can be renewed (its package is still offered) and how many seats
 * in use the pool is over (what the grace period protects).
 */
export async function listSeatTerms(db: Db, orgId: string, input: z.infer<typeof ZListSeatTermsInput>, now = new Date()) {
  const where = { orgId, endsAt: { gte: new Date(now.getTime() - (SEAT_GRACE_DAYS + ENDED_SHOWN_DAYS) * DAY_MS) } };
  const [total, rows, pool] = await Promise.all([
    db.seatTerm.count({ where }),
    db.seatTerm.findMany({
      where,
      orderBy: [{ endsAt: "asc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true, orderId: true, seats: true, termMonths: true, startsAt: true, endsAt: true, expiredAt: true, seatsExpired: true, renewedByOrderId: true, reclaimedAt: true, seatsReclaimed: true,
        order: { select: { packageId: true, packageName: true, seatsRefunded: true } },
      },
    }),
    db.licensePool.findUnique({ where: { orgId }, select: { seatsTotal: true, seatsUsed: true, overagePercent: true } }),
  ]);
  const packageIds = [...new Set(rows.flatMap((row) => (row.order.packageId ? [row.order.packageId] : [])))];
  const offered = new Set((await db.licensePackage.findMany({ where: { id: { in: packageIds }, active: true }, select: { id: true } })).map((pkg) => pkg.id));
  const limit = pool ? pool.seatsTotal + Math.floor((pool.seatsTotal * pool.overagePercent) / 100) : 0;
  return {
    total,
    page: input.page,
    pageSize: input.pageSize,
    seatsOverLimit: Math.max(0, (pool?.seatsUsed ?? 0) - limit),
    terms: rows.map(({ order, ...term }) => {
      const state = termState(term, now);
      return {
        ...term,
        packageName: order.packageName,
        seats: term.seats - order.seatsRefunded,
        state,
        graceEndsAt: graceEndsAt(term.endsAt),
        renewable: state !== "renewed" && offered.has(order.packageId ?? "") && term.seats > order.seatsRefunded,
      };
    }),
  };
}
