"use client";

import { useTranslations } from "next-intl";
import { BackLink } from "@/components/ui/back-link";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { QueryStates } from "@/components/ui/query-states";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { OrderPaymentFacts, OrderSummary } from "./order-facts";
import { licensesPath } from "./order-meta";
import { OrderOutcome } from "./order-outcome";
import { OrderReviewNotice } from "./order-review-notice";
import { OrderStatusBadge } from "./order-status-badge";
import { useConfirmedOrder } from "./use-confirmed-order";

/** One order: where its payment stands (updating while it is pending), what it bought, its documents. */
export function OrderDetailView({ orgSlug, orderId }: { orgSlug: string; orderId: string }) {
  const t = useTranslations("licenses");
  const errorMessage = useErrorMessage();
  const { order, confirmError, waiting, timedOut, refresh } = useConfirmedOrder(orgSlug, orderId);
  return (
    <>
      <BackLink href={licensesPath(orgSlug)}>{t("order.back")}</BackLink>
      <QueryStates query={order} loadingLabel={t("order.loading")} rows={4}>
        {(data) => (
          <>
            <PageHeader
              title={t("orders.packageLine", { name: data.packageName, count: data.seats })}
              description={
                <span className="flex flex-wrap items-center gap-2">
                  <OrderStatusBadge status={data.status} />
                  <span>{t("order.kind")}</span>
                </span>
              }
            />
            <div className="space-y-6">
              <OrderReviewNotice order={data} />
              <OrderOutcome orgSlug={orgSlug} order={data} waiting={waiting} timedOut={timedOut} onRefresh={refresh} />
              {/* The provider could not be asked right now; the order as recorded is still shown. */}
              {confirmError && data.status === "pending" ? <FormError message={errorMessage(confirmError)} /> : null}
              <Card>
                <CardHeader>
                  <CardTitle>{t("order.orderCard")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <OrderSummary order={data} />
                </CardContent>
              </Card>
              <Card>
                <CardHeader>
                  <CardTitle>{t("order.paymentCard")}</CardTitle>
                </CardHeader>
                <CardContent>
                  <OrderPaymentFacts orgSlug={orgSlug} order={data} />
                </CardContent>
              </Card>
            </div>
          </>
        )}
      </QueryStates>
    </>
  );
}
