"use client";

import { useQuery } from "@tanstack/react-query";
import { Boxes, SlidersHorizontal } from "lucide-react";
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
import { listNames } from "./settings/typed-values";

/** The Agents section: which SKU to configure, and what the catalog offers. */
export function AgentsOverview({ orgSlug, canEdit }: { orgSlug: string; canEdit: boolean }) {
  const trpc = useTRPC();
  const skus = useQuery(trpc.sku.list.queryOptions({ orgSlug, includeArchived: false }));
  const catalog = useQuery(trpc.skuConfig.catalog.queryOptions({ orgSlug }));
  return (
    <div className="space-y-6">
      <Card aria-labelledby="configure-title">
        <CardHeader>
          <CardTitle id="configure-title">Configure a SKU</CardTitle>
          <CardDescription>Each SKU has its own lineup of agents and tools, published as versions its devices fetch at boot.</CardDescription>
        </CardHeader>
        <QueryStates
          query={skus}
          loadingLabel="Loading SKUs"
          rows={2}
          empty={(list) => (list.length === 0 ? <EmptyState icon={Boxes} title="No SKUs yet" description="Create a SKU first; then compose its agents here." /> : null)}
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
                    <Link href={configPaths(orgSlug, sku.id).composer} aria-label={`${canEdit ? "Configure agents of" : "View configuration of"} ${sku.name}`}>
                      <SlidersHorizontal aria-hidden />
                      {canEdit ? "Configure agents" : "View configuration"}
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
          <CardTitle id="catalog-overview-title">Catalog</CardTitle>
          <CardDescription>Ready-made agents and the MCP tools they can use.</CardDescription>
        </CardHeader>
        <QueryStates query={catalog} loadingLabel="Loading the catalog" rows={4}>
          {({ agents, tools }) => (
            <div className="grid gap-6 p-5 md:grid-cols-2">
              <CatalogList title="Agents" items={agents.map((agent) => ({ ...agent, detail: <RequirementBadges requires={agent.requires} /> }))} />
              <CatalogList
                title="Tools"
                items={tools.map((tool) => ({ ...tool, detail: <span className="text-xs text-slate-500">For {listNames(tool.agents.map((id) => agents.find((agent) => agent.id === id)?.name ?? id))}</span> }))}
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
                {item.available ? null : <span className="ml-2 text-xs font-normal text-amber-800">Disabled by Anima</span>}
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
