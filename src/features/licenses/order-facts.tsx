import { DateTime } from "@/components/ui/date-time";
import type { ReactNode } from "react";
import { formatMoney } from "@/shared/money";
import { formatRate } from "@/shared/pricing";
import { OrderLinks } from "./order-links";
import { seatCount, type Order } from "./order-meta";
import { OrderStatusBadge } from "./order-status-badge";

/** What is being bought: package, seats, the per-seat price of their volume tier, tax and total. */
export function OrderSummary({ order }: { order: Order }) {
  return (
    <FactList>
      <Fact label="Package">{order.packageName}</Fact>
      <Fact label="Seats">{seatCount(order.seats)}</Fact>
      <Fact label="Per seat">{formatMoney(order.unitAmount, order.currency)}</Fact>
      <Fact label="Subtotal">{formatMoney(order.subtotal, order.currency)}</Fact>
      <Fact label={`${order.taxLabel} ${formatRate(order.taxRateBps)}`}>
        {formatMoney(order.taxAmount, order.currency)}
        {order.taxNote ? <span className="block text-xs text-slate-500">{order.taxNote}</span> : null}
      </Fact>
      <Fact label="Total">
        <span className="font-semibold">{formatMoney(order.amountTotal, order.currency)}</span>
      </Fact>
    </FactList>
  );
}

/** Where the payment stands: status, dates, buyer, refunds and the provider's documents. */
export function OrderPaymentFacts({ orgSlug, order }: { orgSlug: string; order: Order }) {
  return (
    <FactList>
      <Fact label="Status">
        <OrderStatusBadge status={order.status} />
      </Fact>
      <Fact label="Seats added">{seatCount(order.seatsFulfilled)}</Fact>
      {order.amountRefunded > 0 || order.seatsRefunded > 0 ? (
        <Fact label="Refunded">
          {formatMoney(order.amountRefunded, order.currency)} · {seatCount(order.seatsRefunded)} removed
        </Fact>
      ) : null}
      <Fact label="Ordered">
        <DateTime value={order.createdAt} />
      </Fact>
      <Fact label="Paid">{order.paidAt ? <DateTime value={order.paidAt} /> : "Not yet"}</Fact>
      <Fact label="Buyer">{order.createdBy ?? "—"}</Fact>
      <Fact label="Payment">
        <PaymentMethod order={order} />
      </Fact>
      <Fact label="Documents">
        <OrderLinks orgSlug={orgSlug} order={order} />
      </Fact>
      <Fact label="Order ID">
        <code className="font-mono text-xs break-all">{order.id}</code>
      </Fact>
    </FactList>
  );
}

export function FactList({ children }: { children: ReactNode }) {
  return <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-2 lg:grid-cols-3">{children}</dl>;
}

export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-slate-500">{label}</dt>
      <dd className="mt-0.5 break-words text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}

function PaymentMethod({ order }: { order: Order }) {
  if (order.provider === "stripe") return <>Stripe Checkout</>;
  if (order.provider === "local") return <>Local test mode (no charge)</>;
  return (
    <>
      Bank transfer against the invoice
      {order.paymentDueAt ? (
        <span className="block text-xs text-slate-500">
          Due <DateTime value={order.paymentDueAt} />
          {order.testMode ? " · local test mode" : null}
        </span>
      ) : null}
    </>
  );
}
