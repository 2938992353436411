"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FlaskConical } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { QueryStates } from "@/components/ui/query-states";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { OrderSummary } from "./order-facts";
import { licensesPath, orderPath, type Order } from "./order-meta";
import { OrderStatusBadge } from "./order-status-badge";
import { TestModeBadge } from "./test-mode-badge";
import { useLicenseFormat } from "./use-license-format";

type Outcome = "paid" | "cancelled";

/** The local payments mode's stand-in for Stripe Checkout: the order, then Pay or Cancel. */
export function LocalCheckout({ orgSlug, orderId }: { orgSlug: string; orderId: string }) {
  const t = useTranslations("licenses");
  const trpc = useTRPC();
  const order = useQuery(trpc.license.order.queryOptions({ orgSlug, orderId }, { staleTime: 0 }));
  return (
    <>
      <BackLink href={licensesPath(orgSlug)}>{t("order.back")}</BackLink>
      <PageHeader
        title={t("checkout.title")}
        description={t("checkout.description")}
        actions={<TestModeBadge>{t("checkout.testMode")}</TestModeBadge>}
      />
      <div className="space-y-6">
        <TestModeBanner />
        <Card>
          <CardHeader>
            <CardTitle>{t("checkout.summary")}</CardTitle>
          </CardHeader>
          <QueryStates query={order} loadingLabel={t("order.loading")} rows={3}>
            {(data) => (
              <>
                <CardContent>
                  <OrderSummary order={data} />
                </CardContent>
                <CheckoutActions orgSlug={orgSlug} order={data} />
              </>
            )}
          </QueryStates>
        </Card>
      </div>
    </>
  );
}

function TestModeBanner() {
  const t = useTranslations("licenses.checkout");
  return (
    <div role="note" aria-label={t("testMode")} className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="flex items-center gap-2 font-semibold">
        <FlaskConical className="size-4 shrink-0" aria-hidden />
        {t("testMode")}
      </p>
      <p className="mt-1 text-sm">{t.rich("testModeBody", { code: (chunks) => <code className="font-mono text-xs">{chunks}</code> })}</p>
    </div>
  );
}

/** Why a checkout shows no Pay button: a message of `licenses.checkout`. */
function closedCheckoutNote(order: Order): "paidThroughStripe" | "closed" | "nothingToPay" {
  if (order.provider !== "local") return "paidThroughStripe";
  if (order.status === "expired" || order.status === "cancelled" || order.status === "failed") return "closed";
  return "nothingToPay";
}

/** Pay or Cancel while the order waits for payment; otherwise where it stands and a link to it. */
function CheckoutActions({ orgSlug, order }: { orgSlug: string; order: Order }) {
  const t = useTranslations("licenses.checkout");
  const { money } = useLicenseFormat();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const complete = useMutation(trpc.license.completeLocalCheckout.mutationOptions());
  // The button that was pressed; it stays busy until the next page has loaded.
  const [chosen, setChosen] = useState<Outcome | null>(null);
  const [error, setError] = useState<string | null>(null);

  const finish = (outcome: Outcome) => {
    setChosen(outcome);
    setError(null);
    complete.mutate(
      { orgSlug, orderId: order.id, outcome },
      {
        onSuccess: async () => {
          // Stale, not refetched here: the next page reads the fresh order, balance and ledger.
          await queryClient.invalidateQueries({ queryKey: trpc.license.pathKey(), refetchType: "none" });
          router.push(outcome === "paid" ? orderPath(orgSlug, order.id) : `${licensesPath(orgSlug)}?checkout=cancelled`);
        },
        onError: (cause) => {
          setChosen(null);
          setError(errorMessage(cause));
          // Refused because the order is no longer pending (paid or cancelled in another tab): show where it stands.
          void queryClient.invalidateQueries({ queryKey: trpc.license.order.queryKey({ orgSlug, orderId: order.id }) });
        },
      },
    );
  };

  if (order.status !== "pending" || order.provider !== "local") {
    return (
      <CardFooter className="justify-between">
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
          <OrderStatusBadge status={order.status} />
          {t(closedCheckoutNote(order))}
        </p>
        <Button asChild variant="secondary">
          <Link href={orderPath(orgSlug, order.id)}>{t("viewOrder")}</Link>
        </Button>
      </CardFooter>
    );
  }
  return (
    <CardFooter className="flex-col items-stretch sm:flex-row sm:items-center">
      <FormError message={error} className="sm:mr-auto" />
      <Button variant="secondary" pending={chosen === "cancelled"} disabled={chosen !== null} onClick={() => finish("cancelled")}>
        {t("cancel")}
      </Button>
      <Button pending={chosen === "paid"} disabled={chosen !== null} onClick={() => finish("paid")}>
        {t("pay", { amount: money(order.amountTotal, order.currency) })}
      </Button>
    </CardFooter>
  );
}
