"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { QueryStates } from "@/components/ui/query-states";
import { RequirementBadges } from "@/features/sku-config/composer/requirement-badges";
import { listNames } from "@/features/sku-config/settings/typed-values";
import { useTRPC } from "@/lib/trpc";
import { CatalogItemsTable } from "./catalog-items-table";

/** The agents and MCP tools every organization composes from; the operator switches them on and off. */
export function CatalogSection() {
  const t = useTranslations("operator.catalog");
  const trpc = useTRPC();
  const catalog = useQuery(trpc.operator.catalog.queryOptions());
  return (
    <Card aria-labelledby="catalog-title">
      <CardHeader>
        <CardTitle id="catalog-title">{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <QueryStates query={catalog} loadingLabel={t("loading")} rows={6}>
        {({ agents, tools }) => {
          const agentName = (id: string) => agents.find((agent) => agent.id === id)?.name ?? id;
          return (
            <div className="divide-y divide-slate-100">
              <section aria-labelledby="catalog-agents-title">
                <h3 id="catalog-agents-title" className="px-5 pt-4 pb-2 text-sm font-semibold text-slate-800">
                  {t("agents")}
                </h3>
                <CatalogItemsTable
                  label={t("agentsTable")}
                  kind="agent"
                  items={agents}
                  extra={{ header: t("needs"), cell: (agent) => <RequirementBadges requires={agent.requires} /> }}
                />
              </section>
              <section aria-labelledby="catalog-tools-title">
                <h3 id="catalog-tools-title" className="px-5 pt-4 pb-2 text-sm font-semibold text-slate-800">
                  {t("tools")}
                </h3>
                <CatalogItemsTable
                  label={t("toolsTable")}
                  kind="tool"
                  items={tools}
                  extra={{ header: t("usedBy"), cell: (tool) => <span className="text-xs">{listNames(tool.agents.map(agentName), 3)}</span> }}
                />
              </section>
            </div>
          );
        }}
      </QueryStates>
    </Card>
  );
}
