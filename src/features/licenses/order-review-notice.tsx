import { DateTime } from "@/components/ui/date-time";
import { ShieldAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { Order } from "./order-meta";

/** An order a payment event did not match: what differed, and that nothing was granted from it. */
export function OrderReviewNotice({ order }: { order: Pick<Order, "reviewReason" | "reviewFlaggedAt"> }) {
  if (!order.reviewReason) return null;
  return (
    <div role="note" aria-label="Held for review" className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-semibold">Held for review</p>
        <p>
          A payment event did not match this order, so nothing was granted from it. Anima&apos;s operators have been alerted; the event is in
          your organization&apos;s audit log.
        </p>
        <p className="break-words text-red-800">
          {order.reviewReason}
          {order.reviewFlaggedAt ? (
            <>
              {" ("}
              <DateTime value={order.reviewFlaggedAt} />)
            </>
          ) : null}
        </p>
      </div>
    </div>
  );
}

/** The orders table's marker beside the status. */
export function ReviewBadge() {
  return <Badge tone="danger">In review</Badge>;
}
