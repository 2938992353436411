"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Cpu } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Card, CardDescription, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { toCsv } from "@/lib/csv";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { CsvButton, csvFilename } from "../csv-button";
import type { FleetFilters } from "../fleet-params";
import { TopDevicesTable } from "./top-devices-table";
import type { TopDevices as TopDevicesData } from "./usage-meta";

const PAGE_SIZE = 10;
type Item = TopDevicesData["items"][number];
const COLUMNS = [
  { header: "serial", value: (d: Item) => d.serial },
  { header: "device_id", value: (d: Item) => d.deviceId },
  { header: "sku", value: (d: Item) => d.skuName },
  { header: "interactions", value: (d: Item) => d.interactions },
  { header: "minutes", value: (d: Item) => d.minutes },
  { header: "tokens", value: (d: Item) => d.tokens },
];

/** The devices with the most interactions over the range, one server page at a time. */
export function TopDevices({ orgSlug, filters }: { orgSlug: string; filters: FleetFilters }) {
  const trpc = useTRPC();
  const t = useTranslations("fleet.topDevices");
  const titleId = useId();
  // A page belongs to the filters it was chosen for: other filters start on page 1.
  const viewKey = JSON.stringify(filters);
  const [paging, setPaging] = useState({ key: viewKey, page: 1 });
  const page = paging.key === viewKey ? paging.page : 1;
  const top = useQuery(trpc.fleet.topDevices.queryOptions({ orgSlug, filters, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData }));

  return (
    <Card aria-labelledby={titleId}>
      <div className="flex flex-col items-start gap-3 border-b border-slate-100 px-5 py-4 sm:flex-row sm:justify-between">
        <div className="min-w-0 flex-1 space-y-1">
          <CardTitle id={titleId}>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <CsvButton
          what={t("title")}
          disabled={!top.data?.items.length}
          file={() => (top.data ? { filename: csvFilename(`usage-top-devices-page-${top.data.page}`), text: toCsv(COLUMNS, top.data.items) } : null)}
        />
      </div>
      <QueryStates
        query={top}
        loadingLabel={t("loading")}
        rows={5}
        empty={(data) => (data.total === 0 ? <EmptyState icon={Cpu} title={t("empty")} /> : null)}
      >
        {(data) => (
          <div aria-busy={top.isPlaceholderData} className={cn("transition-opacity", top.isPlaceholderData && "opacity-60")}>
            <TopDevicesTable orgSlug={orgSlug} items={data.items} offset={(data.page - 1) * data.pageSize} />
            <Pagination page={data.page} pageSize={data.pageSize} total={data.total} countLabel={t("count", { count: data.total })} onPageChange={(next) => setPaging({ key: viewKey, page: next })} />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
