"use client";

import { useQuery } from "@tanstack/react-query";
import { Boxes, SlidersHorizontal } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { QueryStates } from "@/components/ui/query-states";
import { CapabilityBadges } from "@/features/skus/capability-badges";
import { useTRPC } from "@/lib/trpc";
import { CatalogIcon } from "./catalog-icons";
import { RequirementBadges } from "./composer/requirement-badges";
import { configPaths } from "./config-paths";
import { useWording } from "./composer/rule-wording";

/** The Agents section: which SKU to configure, and what the catalog offers. */
export function AgentsOverview({ orgSlug, canEdit }: { orgSlug: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig");
  const words = useWording();
  const skus = useQuery(trpc.sku.list.queryOptions({ orgSlug, includeArchived: false }));
  const catalog = useQuery(trpc.skuConfig.catalog.queryOptions({ orgSlug }));
  return (
    <div className="space-y-6">
      <Card aria-labelledby="configure-title">
        <CardHeader>
          <CardTitle id="configure-title">{t("overview.configureTitle")}</CardTitle>
          <CardDescription>{t("overview.configureDescription")}</CardDescription>
        </CardHeader>
        <QueryStates
          query={skus}
          loadingLabel={t("overview.loadingSkus")}
          rows={2}
          empty={(list) => (list.length === 0 ? <EmptyState icon={Boxes} title={t("overview.noSkusTitle")} description={t("overview.noSkusDescription")} /> : null)}
        >
          {(list) => (
            <ul className="divide-y divide-slate-100">
              {list.map((sku) => (
                <li key={sku.id} className="flex flex-col gap-2 px-5 py-3 sm:flex-row sm:items-center sm:justify-between">
                  <span className="flex flex-wrap items-center gap-2">
                    <span className="font-medium text-slate-900">{sku.name}</span>
                    <code className="text-xs text-slate-500">{sku.code}</code>
                    <CapabilityBadges capabilities={sku.capabilities} compact />
                  </span>
                  <Button asChild variant="secondary" size="sm">
                    <Link href={configPaths(orgSlug, sku.id).composer} aria-label={canEdit ? t("overview.configureOf", { name: sku.name }) : t("overview.viewOf", { name: sku.name })}>
                      <SlidersHorizontal aria-hidden />
                      {canEdit ? t("card.configure") : t("card.view")}
                    </Link>
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </QueryStates>
      </Card>
      <Card aria-labelledby="catalog-overview-title">
        <CardHeader>
          <CardTitle id="catalog-overview-title">{t("catalog.title")}</CardTitle>
          <CardDescription>{t("overview.catalogDescription")}</CardDescription>
        </CardHeader>
        <QueryStates query={catalog} loadingLabel={t("overview.loadingCatalog")} rows={4}>
          {({ agents, tools }) => (
            <div className="grid gap-6 p-5 md:grid-cols-2">
              <CatalogList title={t("overview.agents")} items={agents.map((agent) => ({ ...agent, detail: <RequirementBadges requires={agent.requires} /> }))} />
              <CatalogList
                title={t("overview.tools")}
                items={tools.map((tool) => ({ ...tool, detail: <span className="text-xs text-slate-500">{t("catalog.forAgents", { names: words.names(tool.agents.map((id) => agents.find((agent) => agent.id === id)?.name ?? id)) })}</span> }))}
              />
            </div>
          )}
        </QueryStates>
      </Card>
    </div>
  );
}

type CatalogListItem = { id: string; name: string; description: string; icon: string; available: boolean; detail: ReactNode };

function CatalogList({ title, items }: { title: string; items: CatalogListItem[] }) {
  const t = useTranslations("skuConfig.catalog");
  return (
    <section aria-label={title} className="space-y-2">
      <h3 className="text-sm font-semibold text-slate-800">{title}</h3>
      <ul className="space-y-3">
        {items.map((item) => (
          <li key={item.id} className="flex gap-3">
            <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-slate-100 text-slate-600">
              <CatalogIcon name={item.icon} className="size-4" />
            </span>
            <span className="min-w-0 space-y-0.5">
              <span className="block text-sm font-medium text-slate-900">
                {item.name}
                {item.available ? null : <span className="ml-2 text-xs font-normal text-amber-800">{t("disabled")}</span>}
              </span>
              <span className="block text-xs text-slate-600">{item.description}</span>
              {item.detail}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
