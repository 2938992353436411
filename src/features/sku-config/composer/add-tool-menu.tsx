"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { CatalogIcon } from "../catalog-icons";
import type { Catalog, CatalogAgent } from "../config-types";
import { toolAvailability } from "./availability";
import type { DraftAgent } from "./lineup-draft";
import { useWording } from "./rule-wording";

type AddToolMenuProps = { agent: CatalogAgent; entry: DraftAgent; catalog: Catalog; onAdd: (toolId: string) => void };

/** The tools this agent may use, to add one without dragging; tools it cannot take now say why. */
export function AddToolMenu({ agent, entry, catalog, onAdd }: AddToolMenuProps) {
  const t = useTranslations("skuConfig.lineup");
  const words = useWording();
  const tools = agent.tools.flatMap((toolId) => catalog.tools.filter((tool) => tool.id === toolId));
  if (tools.length === 0) return <span className="text-xs text-slate-500">{t("noTools", { name: agent.name })}</span>;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="h-7 px-2 text-brand-700" aria-label={t("addToolTo", { name: agent.name })}>
          <Plus aria-hidden />
          {t("addTool")}
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start">
        <DropdownMenuLabel>{t("toolsCanUse", { name: agent.name })}</DropdownMenuLabel>
        {tools.map((tool) => {
          const availability = toolAvailability(tool, agent, entry, words);
          return (
            <DropdownMenuItem key={tool.id} disabled={!availability.ok} onSelect={() => onAdd(tool.id)}>
              <CatalogIcon name={tool.icon} />
              <span className="flex-1">{tool.name}</span>
              {availability.ok ? null : <span className="text-xs text-slate-500">{availability.code === "present" ? t("added") : availability.code === "disabled" ? words.rule("disabled") : t("limitReached")}</span>}
            </DropdownMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
