import { Ban } from "lucide-react";
import Link from "next/link";
import { BackLink } from "@/components/ui/back-link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { licensesPath, orderPath } from "./order-meta";

/** The test-mode checkout page when the deployment is not in the local payments mode: no Pay button. */
export function CheckoutUnavailable({ orgSlug, orderId, mode }: { orgSlug: string; orderId: string; mode: "stripe" | "unavailable" }) {
  const description =
    mode === "stripe"
      ? "This deployment takes payments through Stripe Checkout; the test-mode checkout cannot complete a purchase."
      : "This deployment has no payment provider configured, so no purchase can be paid. Ask your Anima contact for seats.";
  return (
    <>
      <BackLink href={licensesPath(orgSlug)}>Licenses</BackLink>
      <PageHeader title="Checkout" />
      <Card>
        <EmptyState
          icon={Ban}
          title="The test-mode checkout is off"
          description={description}
          className="py-14"
          action={
            <Button asChild variant="secondary">
              <Link href={orderPath(orgSlug, orderId)}>View order</Link>
            </Button>
          }
        />
      </Card>
    </>
  );
}
