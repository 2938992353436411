"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import type { Catalog, SkuSummary } from "../config-types";
import { agentAvailability } from "./availability";
import { CatalogAgentItem } from "./catalog-agent-item";
import { CatalogToolItem } from "./catalog-tool-item";
import type { DraftLineup } from "./lineup-draft";
import { useWording } from "./rule-wording";

type CatalogPanelProps = { catalog: Catalog; sku: SkuSummary; draft: DraftLineup; onAddAgent: (agentId: string) => void };

/** The agents and tools Anima offers; agents this SKU cannot run are listed with the reason. */
export function CatalogPanel({ catalog, sku, draft, onAddAgent }: CatalogPanelProps) {
  const t = useTranslations("skuConfig.catalog");
  const words = useWording();
  const [showing, setShowing] = useState<"agents" | "tools">("agents");
  const agentName = (id: string) => catalog.agents.find((agent) => agent.id === id)?.name ?? id;
  return (
    // No inner scroll box: keyboard dragging scrolls the page to reach the lineup, and an
    // inner scroller would be scrolled instead (dnd-kit scrolls the item's nearest scroller).
    <Card aria-labelledby="catalog-title">
      <CardHeader className="gap-3">
        <div className="space-y-1">
          <CardTitle id="catalog-title">{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        <div role="group" aria-label={t("show")} className="grid grid-cols-2 gap-1 rounded-md bg-slate-100 p-1">
          {(["agents", "tools"] as const).map((list) => (
            <button
              key={list}
              type="button"
              aria-pressed={showing === list}
              onClick={() => setShowing(list)}
              className={cn(
                "rounded px-3 py-1.5 text-sm font-medium transition-colors",
                showing === list ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
              )}
            >
              {list === "agents" ? t("agentsTab", { count: catalog.agents.length }) : t("toolsTab", { count: catalog.tools.length })}
            </button>
          ))}
        </div>
      </CardHeader>
      <div className="p-3">
        {showing === "agents" ? (
          <ul aria-label={t("agents")} className="space-y-2">
            {catalog.agents.map((agent) => (
              <CatalogAgentItem
                key={agent.id}
                agent={agent}
                sku={sku}
                availability={agentAvailability(agent, sku, draft, words)}
                onAdd={() => onAddAgent(agent.id)}
              />
            ))}
          </ul>
        ) : (
          <ul aria-label={t("tools")} className="space-y-2">
            {catalog.tools.map((tool) => (
              <CatalogToolItem key={tool.id} tool={tool} agentNames={words.names(tool.agents.map(agentName))} />
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
