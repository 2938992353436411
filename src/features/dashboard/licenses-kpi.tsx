"use client";

import { useQuery } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useParams } from "next/navigation";
import { Skeleton } from "@/components/ui/skeleton";
import { liveQuery } from "@/lib/live-data";
import { useTRPC } from "@/lib/trpc";

/** The Licenses tile: seats available out of the total, linking to the Licenses page. */
export function LicensesKpi() {
  const { slug } = useParams<{ slug: string }>();
  const trpc = useTRPC();
  const t = useTranslations("dashboard.seats");
  const locale = useLocale();
  const balance = useQuery(trpc.license.balance.queryOptions({ orgSlug: slug }, liveQuery));

  if (balance.isPending) return <Skeleton className="mt-3 h-6 w-32" />;
  if (balance.isError || balance.data.seatsTotal === 0) {
    return (
      <>
        <p className="mt-3 text-base font-semibold text-slate-900">{t("emptyTitle")}</p>
        <p className="mt-1 text-xs text-slate-500">{t("emptyHint")}</p>
      </>
    );
  }
  const { seatsAvailable, seatsTotal, seatsUsed } = balance.data;
  return (
    <>
      <p className="mt-3 text-2xl font-semibold text-slate-900 tabular-nums">
        <Link href={`/o/${slug}/licenses`} className="hover:underline">
          {seatsAvailable.toLocaleString(locale)}
        </Link>
      </p>
      <p className="mt-1 text-xs text-slate-500">
        {t("available", { used: seatsUsed.toLocaleString(locale), total: seatsTotal.toLocaleString(locale) })}
      </p>
    </>
  );
}
