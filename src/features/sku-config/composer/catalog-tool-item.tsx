"use client";

import { useDraggable } from "@dnd-kit/core";
import { GripVertical } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { CatalogIcon } from "../catalog-icons";
import type { CatalogTool } from "../config-types";
import { dragId } from "./drag-items";

/** One catalog tool: drag it onto a lineup agent (the agent's Add tool menu does the same). `agentNames` is the list of agents that may use it, in words. */
export function CatalogToolItem({ tool, agentNames }: { tool: CatalogTool; agentNames: string }) {
  const t = useTranslations("skuConfig.catalog");
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: dragId({ type: "catalog-tool", toolId: tool.id }),
    disabled: !tool.available,
  });
  return (
    <li
      ref={setNodeRef}
      {...(tool.available ? listeners : undefined)}
      className={cn(
        "space-y-1.5 rounded-lg border border-slate-200 bg-white p-3 transition-colors",
        tool.available ? "cursor-grab hover:border-brand-500" : "bg-slate-50",
        isDragging && "opacity-50",
      )}
    >
      <div className="flex items-center gap-2">
        {tool.available ? (
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            aria-label={t("dragTool", { name: tool.name })}
            className="-ml-1 rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
          >
            <GripVertical className="size-4" aria-hidden />
          </button>
        ) : (
          <span className="-ml-1 w-5 shrink-0" aria-hidden />
        )}
        <span className={cn("flex size-7 shrink-0 items-center justify-center rounded-md", tool.available ? "bg-violet-50 text-violet-600" : "bg-slate-100 text-slate-400")}>
          <CatalogIcon name={tool.icon} className="size-4" />
        </span>
        <p className={cn("min-w-0 flex-1 text-sm font-medium", tool.available ? "text-slate-900" : "text-slate-500")}>{tool.name}</p>
        {tool.available ? null : <span className="text-xs font-medium text-amber-800">{t("disabled")}</span>}
      </div>
      <p className="text-xs text-slate-600">{tool.description}</p>
      <p className="text-xs text-slate-500">{t("forAgents", { names: agentNames })}</p>
    </li>
  );
}
