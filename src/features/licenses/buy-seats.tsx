"use client";

import { useQuery } from "@tanstack/react-query";
import { PackageOpen } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { BillingProfileMissingNotice } from "@/features/billing/billing-profile-missing";
import { PackageCard } from "./package-card";
import { PaymentsUnavailableNotice } from "./payments-unavailable";
import { TestModeBadge } from "./test-mode-badge";

/**
 * The operator's packages, each with a quantity and a Buy button that opens the checkout.
 * Local payments are labelled test mode; without any payment provider, or before the billing
 * profile is filled in, the Buy buttons are disabled and say why.
 */
export function BuySeats({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("licenses.buy");
  const trpc = useTRPC();
  const unavailableId = useId();
  const profileMissingId = useId();
  const packages = useQuery(trpc.license.packages.queryOptions({ orgSlug }));
  const mode = useQuery(trpc.license.paymentsMode.queryOptions({ orgSlug }, { staleTime: Infinity }));
  const profile = useQuery(trpc.billing.profile.queryOptions({ orgSlug }));
  const tax = useQuery(trpc.billing.tax.queryOptions({ orgSlug }));
  const profileMissing = profile.isSuccess && profile.data === null;
  // One reason at a time: no payment provider outranks missing billing details.
  const blockedBy = mode.data === "unavailable" ? unavailableId : profileMissing ? profileMissingId : undefined;

  return (
    <Card aria-labelledby="buy-seats-title">
      <CardHeader className="gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="buy-seats-title">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        {mode.data === "local" ? <TestModeBadge /> : null}
      </CardHeader>
      {mode.data === "unavailable" ? <PaymentsUnavailableNotice id={unavailableId} /> : profileMissing ? <BillingProfileMissingNotice id={profileMissingId} orgSlug={orgSlug} /> : null}
      <QueryStates
        query={packages}
        loadingLabel={t("loading")}
        rows={3}
        empty={(list) =>
          list.length === 0 ? (
            <EmptyState icon={PackageOpen} title={t("emptyTitle")} description={t("emptyDescription")} />
          ) : null
        }
      >
        {(list) => (
          <div className="grid gap-4 p-5 md:grid-cols-2 xl:grid-cols-3">
            {/* Only what the organization can pay: packages in its billing currency. */}
            {list
              .filter((pkg) => !profile.data || pkg.currency === profile.data.currency)
              .map((pkg) => (
                <PackageCard key={pkg.id} orgSlug={orgSlug} pkg={pkg} tax={tax.data ?? null} unavailableReasonId={blockedBy} />
              ))}
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
