"use client";

import { useQuery } from "@tanstack/react-query";
import { Boxes } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { Economics } from "./economics-meta";
import { EconomicsSummary } from "./economics-summary";
import { PricingForm } from "./pricing-form";
import { ProjectionChart } from "./projection-chart";
import { SkuEconomicsTable } from "./sku-economics-table";

function Loading() {
  return (
    <div role="status" aria-label="Loading unit economics" className="space-y-4">
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
  const noSkus = data.skus.length === 0;
  return (
    <Card>
      <EmptyState
        icon={Boxes}
        title={noSkus ? "No SKUs yet" : "No activated devices yet"}
        description={
          noSkus
            ? "Unit economics compare what each device of a SKU costs on its license with what its usage would cost on token billing. Register a SKU and its devices first."
            : "The figures come from activated devices and their telemetry: they appear once devices boot and report interactions."
        }
        action={
          <Button asChild variant="secondary">
            <Link href={noSkus ? `/o/${orgSlug}/skus` : `/o/${orgSlug}/devices`}>{noSkus ? "Go to SKUs" : "Go to devices"}</Link>
          </Button>
        }
        className="py-14"
      />
    </Card>
  );
}

/** The unit economics page: the headline per device, the assumptions, the 12-month projection and the table per SKU. */
export function EconomicsView({ orgSlug }: { orgSlug: string }) {
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
