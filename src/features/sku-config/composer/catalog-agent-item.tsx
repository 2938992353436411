"use client";

import { useDraggable } from "@dnd-kit/core";
import { CircleCheck, GripVertical, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { CatalogIcon } from "../catalog-icons";
import type { CatalogAgent, SkuSummary } from "../config-types";
import type { Availability } from "./availability";
import { dragId } from "./drag-items";
import { RequirementBadges } from "./requirement-badges";

type CatalogAgentItemProps = { agent: CatalogAgent; sku: SkuSummary; availability: Availability; onAdd: () => void };

/** One catalog agent: drag it (or press Add) to put it in the lineup; otherwise it says why not. */
export function CatalogAgentItem({ agent, sku, availability, onAdd }: CatalogAgentItemProps) {
  const t = useTranslations("skuConfig.catalog");
  const reasonId = useId();
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({
    id: dragId({ type: "catalog-agent", agentId: agent.id }),
    disabled: !availability.ok,
  });
  const inLineup = !availability.ok && availability.code === "present";
  const blocked = !availability.ok && !inLineup;
  return (
    <li
      ref={setNodeRef}
      {...(availability.ok ? listeners : undefined)}
      className={cn(
        "space-y-2 rounded-lg border border-slate-200 bg-white p-3 transition-colors",
        availability.ok && "cursor-grab hover:border-brand-500",
        !availability.ok && "bg-slate-50",
        isDragging && "opacity-50",
      )}
    >
      <div className="flex items-center gap-2">
        {availability.ok ? (
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            aria-label={t("dragAgent", { name: agent.name })}
            className="-ml-1 rounded p-0.5 text-slate-400 hover:bg-slate-100 hover:text-slate-700"
          >
            <GripVertical className="size-4" aria-hidden />
          </button>
        ) : (
          <span className="-ml-1 w-5 shrink-0" aria-hidden />
        )}
        <span className={cn("flex size-7 shrink-0 items-center justify-center rounded-md", blocked ? "bg-slate-100 text-slate-400" : "bg-brand-50 text-brand-600")}>
          <CatalogIcon name={agent.icon} className="size-4" />
        </span>
        <p className={cn("min-w-0 flex-1 text-sm font-medium", blocked ? "text-slate-500" : "text-slate-900")}>{agent.name}</p>
        <Button
          variant="secondary"
          size="sm"
          className="h-7 px-2"
          disabled={!availability.ok}
          aria-label={t("addAgent", { name: agent.name })}
          aria-describedby={availability.ok ? undefined : reasonId}
          onClick={onAdd}
        >
          <Plus aria-hidden />
          {t("add")}
        </Button>
      </div>
      <p className="text-xs text-slate-600">{agent.description}</p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <RequirementBadges requires={agent.requires} capabilities={sku.capabilities} />
        {availability.ok ? null : inLineup ? (
          <p id={reasonId} className="flex items-center gap-1 text-xs text-emerald-700">
            <CircleCheck className="size-3.5" aria-hidden />
            {t("inLineup")}
          </p>
        ) : (
          <p id={reasonId} className="text-xs font-medium text-amber-800">
            {availability.reason}
          </p>
        )}
      </div>
    </li>
  );
}
