"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ScrollText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { Pagination } from "@/components/ui/pagination";
import { TimeZoneToggle } from "@/components/ui/time-zone-toggle";
import { useTRPC } from "@/lib/trpc";
import { useTimeZone } from "@/lib/use-time-zone";
import { cn } from "@/lib/utils";
import { AuditFilters, dayBoundary, NO_FILTERS, SECURITY_EVENTS, type AuditFilterValues } from "./audit-filters";
import { AuditTable } from "./audit-table";

const PAGE_SIZE = 25;

/** The audit log settings page: filters, one page of entries, paging. */
export function AuditLog({ orgSlug }: { orgSlug: string }) {
  const trpc = useTRPC();
  const { zone } = useTimeZone();
  const [filters, setFilters] = useState<AuditFilterValues>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const t = useTranslations("audit.log");
  const facets = useQuery(trpc.audit.facets.queryOptions({ orgSlug }, { staleTime: 0 }));
  const list = useQuery(
    trpc.audit.list.queryOptions(
      {
        orgSlug,
        page,
        pageSize: PAGE_SIZE,
        ...(filters.action === SECURITY_EVENTS ? { category: "security" as const } : { action: filters.action || undefined }),
        actorId: filters.actorId || undefined,
        from: dayBoundary(filters.from, "start", zone),
        to: dayBoundary(filters.to, "end", zone),
      },
      // The log changes with every action elsewhere in the console: always re-read it.
      { placeholderData: keepPreviousData, staleTime: 0 },
    ),
  );
  const filtered = Object.values(filters).some(Boolean);

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <AuditFilters
        value={filters}
        onChange={(next) => {
          setFilters(next);
          setPage(1);
        }}
        actions={facets.data?.actions ?? []}
        actors={facets.data?.actors ?? []}
      />
      <TimeZoneToggle className="border-b border-slate-100 px-5 py-3" />
      <QueryStates
        query={list}
        loadingLabel={t("loading")}
        rows={6}
        empty={(data) => (data.total === 0 ? (
          <EmptyState
            icon={ScrollText}
            title={filtered ? t("noMatchTitle") : t("emptyTitle")}
            description={filtered ? t("noMatchDescription") : t("emptyDescription")}
          />
        ) : null)}
      >
        {(data) => (
          <div aria-busy={list.isPlaceholderData} className={cn("transition-opacity", list.isPlaceholderData && "opacity-60")}>
            <AuditTable entries={data.entries} orgSlug={orgSlug} />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              countLabel={t("count", { count: data.total })}
              onPageChange={setPage}
            />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
