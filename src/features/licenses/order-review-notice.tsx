import { DateTime } from "@/components/ui/date-time";
import { ShieldAlert } from "lucide-react";
import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Order } from "./order-meta";
import { useBillingWords } from "./use-billing-words";

/** An order a payment event did not match: what differed, and that nothing was granted from it. */
export function OrderReviewNotice({ order }: { order: Pick<Order, "reviewReason" | "reviewFlaggedAt"> }) {
  const t = useTranslations("licenses.order.review");
  const words = useBillingWords();
  if (!order.reviewReason) return null;
  return (
    <div role="note" aria-label={t("title")} className="flex items-start gap-2 rounded-md border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
      <ShieldAlert className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1 space-y-1">
        <p className="font-semibold">{t("title")}</p>
        <p>{t("body")}</p>
        <p className="break-words text-red-800">
          {words.reviewReason(order.reviewReason)}
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
  const t = useTranslations("licenses.orders");
  return <Badge tone="danger">{t("inReview")}</Badge>;
}
