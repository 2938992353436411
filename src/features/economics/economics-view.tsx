"use client";

import { useQuery } from "@tanstack/react-query";
import { Boxes } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import type { Economics } from "./economics-meta";
import { EconomicsSummary } from "./economics-summary";
import { PricingForm } from "./pricing-form";
import { ProjectionChart } from "./projection-chart";
import { SkuEconomicsTable } from "./sku-economics-table";

function Loading() {
  const t = useTranslations("economics.view");
  return (
    <div role="status" aria-label={t("loading")} className="space-y-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-[104px]" />
        ))}
      </div>
      <Skeleton className="h-40" />
      <Skeleton className="h-80" />
    </div>
  );
}

/** Nothing to compute from yet: no SKU, or no device activated and no telemetry. */
function NothingYet({ orgSlug, data }: { orgSlug: string; data: Economics }) {
  const t = useTranslations("economics.view");
  const noSkus = data.skus.length === 0;
  return (
    <Card>
      <EmptyState
        icon={Boxes}
        title={noSkus ? t("noSkusTitle") : t("noDevicesTitle")}
        description={noSkus ? t("noSkusDescription") : t("noDevicesDescription")}
        action={
          <Button asChild variant="secondary">
            <Link href={noSkus ? `/o/${orgSlug}/skus` : `/o/${orgSlug}/devices`}>{noSkus ? t("goToSkus") : t("goToDevices")}</Link>
          </Button>
        }
        className="py-14"
      />
    </Card>
  );
}

/** The unit economics page: the headline per device, the assumptions, the 12-month projection and the table per SKU. */
export function EconomicsView({ orgSlug }: { orgSlug: string }) {
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const economics = useQuery(trpc.economics.get.queryOptions({ orgSlug }));
  if (economics.isError) return <FormError message={errorMessage(economics.error)} />;
  const data = economics.data;
  if (!data) return <Loading />;
  const empty = data.skus.length === 0 || (data.totals.devices === 0 && data.totals.activeDevices === 0);
  return (
    <div className="space-y-6">
      {empty ? <NothingYet orgSlug={orgSlug} data={data} /> : <EconomicsSummary data={data} />}
      <PricingForm orgSlug={orgSlug} data={data} />
      {empty ? null : (
        <>
          <ProjectionChart query={economics} />
          <SkuEconomicsTable data={data} />
        </>
      )}
    </div>
  );
}
