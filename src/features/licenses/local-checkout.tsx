"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FlaskConical } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { PageHeader } from "@/components/ui/page-header";
import { QueryStates } from "@/components/ui/query-states";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { formatMoney } from "@/shared/money";
import { OrderSummary } from "./order-facts";
import { licensesPath, orderPath, type Order } from "./order-meta";
import { OrderStatusBadge } from "./order-status-badge";
import { TestModeBadge } from "./test-mode-badge";

type Outcome = "paid" | "cancelled";

/** The local payments mode's stand-in for Stripe Checkout: the order, then Pay or Cancel. */
export function LocalCheckout({ orgSlug, orderId }: { orgSlug: string; orderId: string }) {
  const trpc = useTRPC();
  const order = useQuery(trpc.license.order.queryOptions({ orgSlug, orderId }, { staleTime: 0 }));
  return (
    <>
      <BackLink href={licensesPath(orgSlug)}>Licenses</BackLink>
      <PageHeader title="Checkout" description="Review the order, then pay or cancel." actions={<TestModeBadge>Test mode</TestModeBadge>} />
      <div className="space-y-6">
        <TestModeBanner />
        <Card>
          <CardHeader>
            <CardTitle>Order summary</CardTitle>
          </CardHeader>
          <QueryStates query={order} loadingLabel="Loading order" rows={3}>
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
  return (
    <div role="note" aria-label="Test mode" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
      <p className="flex items-center gap-2 font-semibold">
        <FlaskConical className="size-4 shrink-0" aria-hidden />
        Test mode
      </p>
      <p className="mt-1 text-sm">
        Local payments mode — no card is charged. Pay sends a signed <code className="font-mono text-xs">checkout.session.completed</code>{" "}
        to Anima&apos;s Stripe webhook.
      </p>
    </div>
  );
}

/** Why a checkout shows no Pay button. */
function closedCheckoutNote(order: Order): string {
  if (order.provider !== "local") return "This order is paid through Stripe Checkout, not the test-mode checkout.";
  if (order.status === "expired" || order.status === "cancelled" || order.status === "failed") return "This checkout is closed; start a new purchase from Licenses.";
  return "Nothing left to pay on this order.";
}

/** Pay or Cancel while the order waits for payment; otherwise where it stands and a link to it. */
function CheckoutActions({ orgSlug, order }: { orgSlug: string; order: Order }) {
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
          {closedCheckoutNote(order)}
        </p>
        <Button asChild variant="secondary">
          <Link href={orderPath(orgSlug, order.id)}>View order</Link>
        </Button>
      </CardFooter>
    );
  }
  return (
    <CardFooter className="flex-col items-stretch sm:flex-row sm:items-center">
      <FormError message={error} className="sm:mr-auto" />
      <Button variant="secondary" pending={chosen === "cancelled"} disabled={chosen !== null} onClick={() => finish("cancelled")}>
        Cancel
      </Button>
      <Button pending={chosen === "paid"} disabled={chosen !== null} onClick={() => finish("paid")}>
        Pay {formatMoney(order.amountTotal, order.currency)}
      </Button>
    </CardFooter>
  );
}
