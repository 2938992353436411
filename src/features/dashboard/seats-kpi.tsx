"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useParams } from "next/navigation";
import { useSlidingNow } from "@/lib/live-data";
import { useTRPC } from "@/lib/trpc";
import { LicensesKpi } from "./licenses-kpi";
import { Sparkline } from "./sparkline";

const WEEK_MS = 7 * 86_400_000;

/** Seats available (the Licenses tile) with seats in use over the last week. */
export function SeatsKpi() {
  const { slug } = useParams<{ slug: string }>();
  const trpc = useTRPC();
  const t = useTranslations("dashboard.seats");
  const [now] = useSlidingNow(true);
  const filters = { from: new Date(now - WEEK_MS).toISOString(), to: new Date(now).toISOString() };
  const utilization = useQuery(trpc.fleet.utilization.queryOptions({ orgSlug: slug, filters }));
  return (
    <>
      <LicensesKpi />
      {utilization.data ? (
        <Sparkline points={utilization.data.map((d) => ({ t: d.day, value: d.seatsUsed }))} label={t("sparkline")} />
      ) : null}
    </>
  );
}
