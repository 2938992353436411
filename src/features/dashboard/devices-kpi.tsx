"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Skeleton } from "@/components/ui/skeleton";
import { liveQuery } from "@/lib/live-data";
import { useTRPC } from "@/lib/trpc";

/**
 * The Devices tile's figures, summed from the SKU list's per-status counts (one query,
 * archived SKUs included since their devices still count).
 */
export function DevicesKpi() {
  const { slug } = useParams<{ slug: string }>();
  const trpc = useTRPC();
  const t = useTranslations("dashboard.devices");
  const locale = useLocale();
  const skus = useQuery(trpc.sku.list.queryOptions({ orgSlug: slug, includeArchived: true }, liveQuery));

  if (skus.isPending) return <Skeleton className="mt-3 h-6 w-32" />;
  const totals = (skus.data ?? []).reduce(
    (sum, sku) => ({ total: sum.total + sku.deviceCounts.total, active: sum.active + sku.deviceCounts.active }),
    { total: 0, active: 0 },
  );
  if (skus.isError || totals.total === 0) {
    return (
      <>
        <p className="mt-3 text-base font-semibold text-slate-900">{t("emptyTitle")}</p>
        <p className="mt-1 text-xs text-slate-500">{skus.data && skus.data.length > 0 ? t("skusReady", { count: skus.data.length }) : t("emptyHint")}</p>
      </>
    );
  }
  return (
    <>
      <p className="mt-3 text-2xl font-semibold text-slate-900 tabular-nums">
        <Link href={`/o/${slug}/devices`} className="hover:underline">
          {totals.total.toLocaleString(locale)}
        </Link>
      </p>
      <p className="mt-1 text-xs text-slate-500">
        {t("active", { active: totals.active.toLocaleString(locale), skus: skus.data.length })}
      </p>
    </>
  );
}
