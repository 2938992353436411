"use client";

import { useQuery } from "@tanstack/react-query";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { QueryStates } from "@/components/ui/query-states";
import { RequirementBadges } from "@/features/sku-config/composer/requirement-badges";
import { listNames } from "@/features/sku-config/settings/typed-values";
import { useTRPC } from "@/lib/trpc";
import { CatalogItemsTable } from "./catalog-items-table";

/** The agents and MCP tools every organization composes from; the operator switches them on and off. */
export function CatalogSection() {
  const trpc = useTRPC();
  const catalog = useQuery(trpc.operator.catalog.queryOptions());
  return (
    <Card aria-labelledby="catalog-title">
      <CardHeader>
        <CardTitle id="catalog-title">Catalog</CardTitle>
        <CardDescription>
          Agents and tools organizations put in their SKU configurations. A disabled item cannot be published any more; devices keep the configs they have.
        </CardDescription>
      </CardHeader>
      <QueryStates query={catalog} loadingLabel="Loading the catalog" rows={6}>
        {({ agents, tools }) => {
          const agentName = (id: string) => agents.find((agent) => agent.id === id)?.name ?? id;
          return (
            <div className="divide-y divide-slate-100">
              <section aria-labelledby="catalog-agents-title">
                <h3 id="catalog-agents-title" className="px-5 pt-4 pb-2 text-sm font-semibold text-slate-800">
                  Agents
                </h3>
                <CatalogItemsTable
                  label="Catalog agents"
                  kind="agent"
                  items={agents}
                  extra={{ header: "Needs", cell: (agent) => <RequirementBadges requires={agent.requires} /> }}
                />
              </section>
              <section aria-labelledby="catalog-tools-title">
                <h3 id="catalog-tools-title" className="px-5 pt-4 pb-2 text-sm font-semibold text-slate-800">
                  Tools
                </h3>
                <CatalogItemsTable
                  label="Catalog tools"
                  kind="tool"
                  items={tools}
                  extra={{ header: "Used by", cell: (tool) => <span className="text-xs">{listNames(tool.agents.map(agentName), 3)}</span> }}
                />
              </section>
            </div>
          );
        }}
      </QueryStates>
    </Card>
  );
}
