import { CircleAlert, CircleCheck, CreditCard, Info, Landmark, RefreshCw, type LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { DateTime } from "@/components/ui/date-time";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/utils";
import { formatMoney } from "@/shared/money";
import { licensesPath, seatCount, type Order } from "./order-meta";

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
  const back = (
    <Link href={licensesPath(orgSlug)} className="font-medium underline underline-offset-2">
      Back to Licenses
    </Link>
  );
  switch (order.status) {
    case "paid":
      return (
        <Panel tone="success" icon={CircleCheck}>
          <strong className="font-semibold">
            {order.renewsTermId ? `Payment received: ${seatCount(order.seatsFulfilled)} renewed` : `Payment received: ${seatCount(order.seatsFulfilled)} added to your pool`}
            {order.termEndsAt ? (
              <>
                {" "}
                until <DateTime value={order.termEndsAt} show="date" />
              </>
            ) : null}
            .
          </strong>{" "}
          {back}
        </Panel>
      );
    case "partially_refunded":
    case "refunded":
      return (
        <Panel tone="info" icon={Info}>
          {formatMoney(order.amountRefunded, order.currency)} refunded; {seatCount(order.seatsRefunded)} went back out of your pool. {back}
        </Panel>
      );
    case "failed":
      return (
        <Panel tone="danger" icon={CircleAlert}>
          The payment failed, so no seats were added. You can start a new purchase from Licenses. {back}
        </Panel>
      );
    case "cancelled":
      return (
        <Panel tone="info" icon={Info}>
          You cancelled this checkout — no payment was taken. {back}
        </Panel>
      );
    case "expired":
      return (
        <Panel tone="info" icon={Info}>
          This checkout expired before it was paid — no payment was taken. {back}
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
  const invoice = order.invoices.find((document) => document.kind === "invoice");
  return (
    <Panel tone="info" icon={Landmark}>
      <strong className="font-semibold">
        Awaiting your bank transfer of {formatMoney(order.amountTotal, order.currency)}
        {order.paymentDueAt ? (
          <>
            {" "}
            by <DateTime value={order.paymentDueAt} />
          </>
        ) : null}
        {invoice ? `, quoting invoice ${invoice.number}` : null}.
      </strong>{" "}
      {order.seatsReleasedAt
        ? `Your ${seatCount(order.seats)} are available already.`
        : `Your ${seatCount(order.seats)} arrive when Anima records the payment.`}
      {order.testMode ? " Local test mode: no money moves; an operator marks the invoice paid." : null}
    </Panel>
  );
}

function PendingPayment({ order, waiting, timedOut, onRefresh }: Omit<OrderOutcomeProps, "orgSlug">) {
  return (
    // Not a live region as a whole: the progress bar and the timeout message speak for themselves.
    <Panel tone="info" icon={Info} live={false}>
      <div className="space-y-3">
        {waiting ? <Progress label="Waiting for the payment confirmation…" className="max-w-md" /> : null}
        {timedOut ? (
          <p role="status">Still waiting for the payment confirmation — it can take a minute; this page updates when it arrives.</p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          {timedOut ? (
            <Button variant="secondary" size="sm" onClick={onRefresh}>
              <RefreshCw aria-hidden />
              Refresh
            </Button>
          ) : null}
          {order.checkoutUrl ? (
            <Button asChild variant="secondary" size="sm">
              <a href={order.checkoutUrl}>
                <CreditCard aria-hidden />
                Complete payment
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
      role={live ? (tone === "danger" ? "alert" : "status") : undefined}       className={cn("flex items-start gap-2 rounded-md border px-4 py-3 text-sm", PANEL_TONES[tone])}
    >
      <Icon className="mt-0.5 size-4 shrink-0" aria-hidden />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
