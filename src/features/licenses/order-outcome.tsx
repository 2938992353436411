import { CircleAlert, CircleCheck, CreditCard, Info, Landmark, RefreshCw, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/utils";
import { licensesPath, type Order } from "./order-meta";
import { useLicenseFormat } from "./use-license-format";

type OrderOutcomeProps = {
  orgSlug: string;
  order: Order;
  /** still re-reading a pending order */
  waiting: boolean;
  /** stopped re-reading a pending order after a minute */
  timedOut: boolean;
  onRefresh: () => void;
};

/** What the order means for the buyer right now: seats added, still waiting, or nothing charged. */
export function OrderOutcome({ orgSlug, order, waiting, timedOut, onRefresh }: OrderOutcomeProps) {
  const t = useTranslations("licenses.order.outcome");
  const { money } = useLicenseFormat();
  const back = (
    <Link href={licensesPath(orgSlug)} className="font-medium underline underline-offset-2">
      {t("back")}
    </Link>
  );
  switch (order.status) {
    case "paid": {
      const endsAt = order.termEndsAt;
      const date = () => (endsAt ? <DateTime value={endsAt} show="date" /> : null);
      const key = order.renewsTermId ? (endsAt ? "renewedUntil" : "renewed") : endsAt ? "paidUntil" : "paid";
      return (
        <Panel tone="success" icon={CircleCheck}>
          <strong className="font-semibold">{t.rich(key, { count: order.seatsFulfilled, date })}</strong> {back}
        </Panel>
      );
    }
    case "partially_refunded":
    case "refunded":
      return (
        <Panel tone="info" icon={Info}>
          {t("refunded", { amount: money(order.amountRefunded, order.currency), count: order.seatsRefunded })} {back}
        </Panel>
      );
    case "failed":
      return (
        <Panel tone="danger" icon={CircleAlert}>
          {t("failed")} {back}
        </Panel>
      );
    case "cancelled":
      return (
        <Panel tone="info" icon={Info}>
          {t("cancelled")} {back}
        </Panel>
      );
    case "expired":
      return (
        <Panel tone="info" icon={Info}>
          {t("expired")} {back}
        </Panel>
      );
    case "pending":
      return order.provider === "invoice" ? (
        <AwaitingTransfer order={order} />
      ) : (
        <PendingPayment order={order} waiting={waiting} timedOut={timedOut} onRefresh={onRefresh} />
      );
  }
}

/** An accepted quote's order: what to transfer, by when, and when the seats come. */
function AwaitingTransfer({ order }: { order: Order }) {
  const t = useTranslations("licenses.order.outcome");
  const { money } = useLicenseFormat();
  const invoice = order.invoices.find((document) => document.kind === "invoice");
  const dueAt = order.paymentDueAt;
  return (
    <Panel tone="info" icon={Landmark}>
      <strong className="font-semibold">
        {t.rich("awaiting", {
          amount: money(order.amountTotal, order.currency),
          due: dueAt ? "yes" : "no",
          invoice: invoice?.number ?? "none",
          date: () => (dueAt ? <DateTime value={dueAt} /> : null),
        })}
      </strong>{" "}
      {t(order.seatsReleasedAt ? "seatsReleased" : "seatsOnPayment", { count: order.seats })}
      {order.testMode ? <> {t("testMode")}</> : null}
    </Panel>
  );
}

function PendingPayment({ order, waiting, timedOut, onRefresh }: Omit<OrderOutcomeProps, "orgSlug">) {
  const t = useTranslations("licenses");
  return (
    // Not a live region as a whole: the progress bar and the timeout message speak for themselves.
    <Panel tone="info" icon={Info} live={false}>
      <div className="space-y-3">
        {waiting ? <Progress label={t("order.outcome.waiting")} className="max-w-md" /> : null}
        {timedOut ? <p role="status">{t("order.outcome.stillWaiting")}</p> : null}
        <div className="flex flex-wrap gap-2">
          {timedOut ? (
            <Button variant="secondary" size="sm" onClick={onRefresh}>
              <RefreshCw aria-hidden />
              {t("order.outcome.refresh")}
            </Button>
          ) : null}
          {order.checkoutUrl ? (
            <Button asChild variant="secondary" size="sm">
              <a href={order.checkoutUrl}>
                <CreditCard aria-hidden />
                {t("links.completePayment")}
              </a>
            </Button>
          ) : null}
        </div>
      </div>
    </Panel>
  );
}

const PANEL_TONES = {
  success: "border-emerald-200 bg-emerald-50 text-emerald-900",
  info: "border-slate-200 bg-white text-slate-800",
  danger: "border-red-200 bg-red-50 text-red-800",
};

type PanelProps = { tone: keyof typeof PANEL_TONES; icon: LucideIcon; live?: boolean; children: ReactNode };

function Panel({ tone, icon: Icon, live = true, children }: PanelProps) {
  return (
    <div
      role={live ? (tone === "danger" ? "alert" : "status") : undefined}
      className={cn("flex items-start gap-2 rounded-md border px-4 py-3 text-sm", PANEL_TONES[tone])}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
