"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { CircleCheck, History } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import { configPaths } from "../config-paths";
import { VersionDiff } from "./version-diff";
import { toggleCompared } from "./versions-meta";
import { VersionsTable } from "./versions-table";

const PAGE_SIZE = 10;

type ConfigVersionsProps = { orgSlug: string; skuId: string; canRollBack: boolean };

/** A SKU's published versions: history, diff between two, device JSON, rollback. */
export function ConfigVersions({ orgSlug, skuId, canRollBack }: ConfigVersionsProps) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig.versions");
  const [page, setPage] = useState(1);
  const [compared, setCompared] = useState<number[]>([]);
  const [rolledBack, setRolledBack] = useState<number | null>(null);
  const versions = useQuery(trpc.skuConfig.versions.queryOptions({ orgSlug, skuId, page, pageSize: PAGE_SIZE }, { placeholderData: keepPreviousData, staleTime: 0 }));
  const catalog = useQuery(trpc.skuConfig.catalog.queryOptions({ orgSlug }));
  const sku = useQuery(trpc.sku.get.queryOptions({ orgSlug, skuId }));
  const ready = versions.data && catalog.data && sku.data ? { page: versions.data, catalog: catalog.data, skuCode: sku.data.code } : undefined;
  const [from, to] = [...compared].sort((a, b) => a - b);

  return (
    <div className="space-y-6">
      {rolledBack ? (
        <p role="status" className="flex items-center gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <CircleCheck className="size-4" aria-hidden />
          {t("rolledBack", { version: rolledBack })}
        </p>
      ) : null}
      <Card aria-labelledby="versions-title">
        <CardHeader>
          <CardTitle id="versions-title">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </CardHeader>
        <QueryStates
          query={{ data: ready, isError: versions.isError || catalog.isError || sku.isError, error: versions.error ?? catalog.error ?? sku.error }}
          loadingLabel={t("loading")}
          rows={4}
          empty={(data) =>
            data.page.total === 0 ? (
              <EmptyState
                icon={History}
                title={t("emptyTitle")}
                description={t("emptyDescription")}
                action={
                  <Button asChild variant="secondary">
                    <Link href={configPaths(orgSlug, skuId).composer}>{t("openComposer")}</Link>
                  </Button>
                }
              />
            ) : null
          }
        >
          {(data) => (
            <div aria-busy={versions.isPlaceholderData} className={cn("transition-opacity", versions.isPlaceholderData && "opacity-60")}>
              <VersionsTable
                orgSlug={orgSlug}
                skuId={skuId}
                skuCode={data.skuCode}
                versions={data.page.items}
                catalog={data.catalog}
                compared={compared}
                onToggleCompare={(version) => setCompared((current) => toggleCompared(current, version))}
                rollback={canRollBack ? { nextVersion: data.page.total + 1, onRolledBack: setRolledBack } : null}
              />
              <Pagination page={data.page.page} pageSize={data.page.pageSize} total={data.page.total} countLabel={t("count", { count: data.page.total })} onPageChange={setPage} />
            </div>
          )}
        </QueryStates>
      </Card>
      {from !== undefined && to !== undefined && catalog.data ? (
        <VersionDiff orgSlug={orgSlug} skuId={skuId} from={from} to={to} catalog={catalog.data} />
      ) : ready && ready.page.total > 1 ? (
        <p className="text-sm text-slate-500">{compared.length === 1 ? t("tickOneMore", { version: compared[0]! }) : t("tickTwo")}</p>
      ) : null}
    </div>
  );
}
