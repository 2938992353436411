"use client";

import { useQuery } from "@tanstack/react-query";
import { Bot, History, SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { QueryStates } from "@/components/ui/query-states";
import { useTRPC } from "@/lib/trpc";
import { CatalogIcon } from "./catalog-icons";
import { PublishState } from "./composer/publish-state";
import { configPaths } from "./config-paths";

/** The SKU page's window on its agent configuration: what is published, the draft's agents, the way in. */
export function SkuConfigCard({ orgSlug, skuId, canEdit }: { orgSlug: string; skuId: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig.card");
  const state = useQuery(trpc.skuConfig.state.queryOptions({ orgSlug, skuId }));
  const catalog = useQuery(trpc.skuConfig.catalog.queryOptions({ orgSlug }));
  const paths = configPaths(orgSlug, skuId);
  const ready = state.data && catalog.data ? { state: state.data, catalog: catalog.data } : undefined;
  return (
    <Card aria-labelledby="sku-config-title">
      <CardHeader className="gap-3 sm:flex-row sm:items-center sm:justify-between">
        <div className="space-y-1">
          <CardTitle id="sku-config-title">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="secondary">
            <Link href={paths.versions}>
              <History aria-hidden />
              {t("versions")}
            </Link>
          </Button>
          <Button asChild>
            <Link href={paths.composer}>
              <SlidersHorizontal aria-hidden />
              {canEdit ? t("configure") : t("view")}
            </Link>
          </Button>
        </div>
      </CardHeader>
      <QueryStates query={{ data: ready, isError: state.isError || catalog.isError, error: state.error ?? catalog.error }} loadingLabel={t("loading")} rows={2}>
        {({ state: loaded, catalog: items }) => (
          <CardContent className="space-y-3">
            <PublishState current={loaded.current} unpublishedChanges={loaded.unpublishedChanges} />
            {loaded.draft.lineup.agents.length === 0 ? (
              <p className="flex items-center gap-2 text-sm text-slate-600">
                <Bot className="size-4 text-slate-400" aria-hidden />
                {canEdit ? t("noAgentsEdit") : t("noAgents")}
              </p>
            ) : (
              <ol aria-label={t("draftAgents")} className="flex flex-wrap gap-2">
                {loaded.draft.lineup.agents.map(({ agentId }, index) => {
                  const agent = items.agents.find((candidate) => candidate.id === agentId);
                  return (
                    <li key={`${agentId}-${index}`} className="inline-flex items-center gap-1.5 rounded-full bg-brand-50 px-2.5 py-1 text-xs font-medium text-brand-800 ring-1 ring-brand-100 ring-inset">
                      <span className="text-brand-500 tabular-nums">{index + 1}</span>
                      <CatalogIcon name={agent?.icon} className="size-3.5" />
                      {agent?.name ?? agentId}
                    </li>
                  );
                })}
              </ol>
            )}
          </CardContent>
        )}
      </QueryStates>
    </Card>
  );
}
