import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { schemaMessage } from "@/shared/schema-message";

/** The most overage (activations beyond the seats owned, in percent) an operator may allow. */
const MAX_OVERAGE_PERCENT = 25;

export const ZListTenantsInput = z.object({
  query: z.string().trim().max(100).optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

/** Organizations with their seat pools and orders held for review, for the operator page; searchable by name or slug. */
export async function listTenants(db: Db, input: z.infer<typeof ZListTenantsInput>) {
  const where = input.query
    ? { OR: [{ name: { contains: input.query, mode: "insensitive" as const } }, { slug: { contains: input.query.toLowerCase() } }] }
    : {};
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: {
        id: true,
        name: true,
        slug: true,
        createdAt: true,
        seatsBeforePayment: true,
        licensePool: { select: { seatsTotal: true, seatsUsed: true, overagePercent: true } },
        _count: { select: { orders: { where: { reviewReason: { not: null } } } } },
      },
    }),
  ]);
  const items = rows.map(({ licensePool, _count, ...org }) => ({
    ...org,
    ...(licensePool ?? { seatsTotal: 0, seatsUsed: 0, overagePercent: 0 }),
    ordersInReview: _count.orders,
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}

export const ZSetOverageInput = z.object({
  orgId: z.string().min(1).max(64),
  overagePercent: z.coerce
    .number()
    .int(schemaMessage("Overage is a whole percentage."))
    .min(0, schemaMessage("Overage cannot be negative."))
    .max(MAX_OVERAGE_PERCENT, schemaMessage(`Overage is capped at ${MAX_OVERAGE_PERCENT} %.`)),
});

/** The overage policy: none (0, the default) or up to MAX_OVERAGE_PERCENT of the seats owned. */
export async function setOveragePolicy(db: Db, actor: Actor, input: z.infer<typeof ZSetOverageInput>) {
  return db.$transaction(async (tx) => {
    const org = await tx.organization.findUnique({ where: { id: input.orgId }, select: { id: true } });
    if (!org) throw new AppError("NOT_FOUND", "Organization not found.", { reason: "ORG_NOT_FOUND" });
    await tx.licensePool.upsert({
      where: { orgId: org.id },
      create: { orgId: org.id, overagePercent: input.overagePercent },
      update: { overagePercent: input.overagePercent },
    });
    await recordAudit(tx, {
      orgId: org.id,
      actor,
      action: "licenses.overage_changed",
      targetType: "licensePool",
      targetId: org.id,
      metadata: { overagePercent: input.overagePercent },
    });
    return { orgId: org.id, overagePercent: input.overagePercent };
  });
}
