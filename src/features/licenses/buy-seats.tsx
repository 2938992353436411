"use client";

import { useQuery } from "@tanstack/react-query";
import { PackageOpen } from "lucide-react";
import { useId } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { PackageCard } from "./package-card";
import { PaymentsUnavailableNotice } from "./payments-unavailable";
import { TestModeBadge } from "./test-mode-badge";

/**
 * The operator's packages, each with a quantity and a Buy button that opens the checkout.
 * Local payments are labelled test mode; without any payment provider the Buy buttons are
 * disabled and say why.
 */
export function BuySeats({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const unavailableId = useId();
  const packages = useQuery(trpc.license.packages.queryOptions({ orgSlug }));
  const mode = useQuery(trpc.license.paymentsMode.queryOptions({ orgSlug }, { staleTime: Infinity }));

  return (
    <Card aria-labelledby="buy-seats-title">
      <CardHeader className="gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="buy-seats-title">Buy seats</CardTitle>
          <CardDescription>
            Seats are added to your pool once the payment is confirmed. Larger packages cost less per seat.
          </CardDescription>
        </div>
        {mode.data === "local" ? <TestModeBadge /> : null}
      </CardHeader>
      {mode.data === "unavailable" ? <PaymentsUnavailableNotice id={unavailableId} /> : null}
      <QueryStates
        query={packages}
        loadingLabel="Loading packages"
        rows={3}
        empty={(list) =>
          list.length === 0 ? (
            <EmptyState icon={PackageOpen} title="No packages on offer" description="Anima has no license packages for sale right now. Ask your Anima contact." />
          ) : null
        }
      >
        {(list) => (
          <div className="grid gap-4 p-5 md:grid-cols-2 xl:grid-cols-3">
            {list.map((pkg) => (
              <PackageCard key={pkg.id} orgSlug={orgSlug} pkg={pkg} unavailableReasonId={mode.data === "unavailable" ? unavailableId : undefined} />
            ))}
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
