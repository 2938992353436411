import "server-only";
import { z } from "zod";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { UserActor } from "@/server/modules/audit/record-audit";
import { checkoutPackage, offeredPackage } from "./checkout";
import { assertPaymentsAvailable, type Payments } from "./payments";
import { schemaMessage } from "@/shared/schema-message";

export const ZRenewTermInput = z.object({ termId: z.string(schemaMessage("Choose the seats to renew.")).min(1).max(64) });

/**
 * One-click renewal: a checkout for the same seats of the same package, at today's tier price.
 * Paid, it replaces the term and runs on from its end (seat-terms.ts startSeatTerm); a term that
 * another renewal already replaced cannot be renewed again (buy seats instead).
 */
export async function startRenewal(db: Db, payments: Payments, org: { id: string; slug: string }, buyer: UserActor, input: z.infer<typeof ZRenewTermInput>) {
  assertPaymentsAvailable(payments);
  const term = await db.seatTerm.findFirst({
    where: { id: input.termId, orgId: org.id },
    select: { id: true, seats: true, renewedByOrderId: true, order: { select: { packageId: true, seatsRefunded: true } } },
  });
  if (!term) throw new AppError("NOT_FOUND", "These seats were not found; refresh the page.", { reason: "SEAT_TERM_NOT_FOUND" });
  if (term.renewedByOrderId) throw new AppError("CONFLICT", "These seats were already renewed; buy more seats instead.", { reason: "SEAT_TERM_RENEWED" });
  const seats = term.seats - term.order.seatsRefunded;
  if (seats < 1) throw new AppError("CONFLICT", "Every seat of this order was refunded: there is nothing to renew.", { reason: "SEAT_TERM_EMPTY" });
  const pkg = await offeredPackage(db, term.order.packageId, "The package these seats came from is no longer offered; buy seats from the current catalog.");
  return checkoutPackage(db, payments, org, buyer, pkg, seats, term.id);
}
