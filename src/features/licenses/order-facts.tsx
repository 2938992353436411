import { DateTime } from "@/components/ui/date-time";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { OrderLinks } from "./order-links";
import type { Order } from "./order-meta";
import { OrderStatusBadge } from "./order-status-badge";
import { useBillingWords } from "./use-billing-words";
import { useLicenseFormat } from "./use-license-format";

/** What is being bought: package, seats, the per-seat price of their volume tier, tax and total. */
export function OrderSummary({ order }: { order: Order }) {
  const t = useTranslations("licenses");
  const { money } = useLicenseFormat();
  const words = useBillingWords();
  return (
    <FactList>
      <Fact label={t("order.facts.package")}>{order.packageName}</Fact>
      <Fact label={t("order.facts.seats")}>{t("seats", { count: order.seats })}</Fact>
      <Fact label={t("order.facts.perSeat")}>{money(order.unitAmount, order.currency)}</Fact>
      <Fact label={t("order.facts.subtotal")}>{money(order.subtotal, order.currency)}</Fact>
      <Fact label={words.taxLine({ label: order.taxLabel, rateBps: order.taxRateBps, note: order.taxNote })}>
        {money(order.taxAmount, order.currency)}
        {order.taxNote ? <span className="block text-xs text-slate-500">{words.taxNote(order.taxNote)}</span> : null}
      </Fact>
      <Fact label={t("order.facts.total")}>
        <span className="font-semibold">{money(order.amountTotal, order.currency)}</span>
      </Fact>
    </FactList>
  );
}

/** Where the payment stands: status, dates, buyer, refunds and the provider's documents. */
export function OrderPaymentFacts({ orgSlug, order }: { orgSlug: string; order: Order }) {
  const t = useTranslations("licenses");
  const { money } = useLicenseFormat();
  return (
    <FactList>
      <Fact label={t("order.facts.status")}>
        <OrderStatusBadge status={order.status} />
      </Fact>
      <Fact label={t("order.facts.seatsAdded")}>{t("seats", { count: order.seatsFulfilled })}</Fact>
      {order.amountRefunded > 0 || order.seatsRefunded > 0 ? (
        <Fact label={t("order.facts.refunded")}>
          {t("order.facts.refundedValue", { amount: money(order.amountRefunded, order.currency), count: order.seatsRefunded })}
        </Fact>
      ) : null}
      <Fact label={t("order.facts.ordered")}>
        <DateTime value={order.createdAt} />
      </Fact>
      <Fact label={t("order.facts.paid")}>{order.paidAt ? <DateTime value={order.paidAt} /> : t("order.facts.notYet")}</Fact>
      <Fact label={t("order.facts.buyer")}>{order.createdBy ?? "—"}</Fact>
      <Fact label={t("order.facts.payment")}>
        <PaymentMethod order={order} />
      </Fact>
      <Fact label={t("order.facts.documents")}>
        <OrderLinks orgSlug={orgSlug} order={order} />
      </Fact>
      <Fact label={t("order.facts.orderId")}>
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
  const t = useTranslations("licenses.order.method");
  if (order.provider === "stripe") return <>{t("stripe")}</>;
  if (order.provider === "local") return <>{t("local")}</>;
  const dueAt = order.paymentDueAt;
  return (
    <>
      {t("transfer")}
      {dueAt ? (
        <span className="block text-xs text-slate-500">{t.rich(order.testMode ? "dueTestMode" : "due", { date: () => <DateTime value={dueAt} /> })}</span>
      ) : null}
    </>
  );
}
