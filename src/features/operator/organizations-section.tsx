"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Building2, Search } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { useDebouncedValue } from "@/components/ui/use-debounced-value";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { OrganizationsTable } from "./organizations-table";

const PAGE_SIZE = 20;

/** Every organization with its seats, searchable by name or slug. */
export function OrganizationsSection() {
  const t = useTranslations("operator.organizations");
  const trpc = useTRPC();
  const [search, setSearch] = useState("");
  const query = useDebouncedValue(search.trim());
  // A page belongs to the search it was chosen for: a new search starts on page 1.
  const [paging, setPaging] = useState({ query: "", page: 1 });
  const page = paging.query === query ? paging.page : 1;
  const orgs = useQuery(
    trpc.operator.organizations.queryOptions(
      { query: query || undefined, page, pageSize: PAGE_SIZE },
      { placeholderData: keepPreviousData, staleTime: 0 },
    ),
  );

  return (
    <Card aria-labelledby="organizations-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="organizations-title">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <div className="w-full sm:w-64">
          <Label htmlFor="org-search" className="sr-only">
            {t("search")}
          </Label>
          <div className="relative">
            <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-slate-400" aria-hidden />
            <Input
              id="org-search"
              type="search"
              value={search}
              placeholder={t("searchPlaceholder")}
              autoComplete="off"
              className="pl-9"
              onChange={(event) => setSearch(event.target.value)}
            />
          </div>
        </div>
      </CardHeader>
      <QueryStates
        query={orgs}
        loadingLabel={t("loading")}
        rows={5}
        empty={(data) =>
          data.total === 0 ? (
            <EmptyState icon={Building2} title={query ? t("noMatch", { query }) : t("empty")} />
          ) : null
        }
      >
        {(data) => (
          <div aria-busy={orgs.isPlaceholderData} className={cn("transition-opacity", orgs.isPlaceholderData && "opacity-60")}>
            <OrganizationsTable orgs={data.items} />
            <Pagination
              page={data.page}
              pageSize={data.pageSize}
              total={data.total}
              countLabel={t("count", { count: data.total })}
              onPageChange={(next) => setPaging({ query, page: next })}
            />
          </div>
        )}
      </QueryStates>
    </Card>
  );
}
