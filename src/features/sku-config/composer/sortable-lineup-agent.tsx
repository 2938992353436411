"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { GripVertical } from "lucide-react";
import { cn } from "@/lib/utils";
import { useTranslations } from "next-intl";
import { toolAvailability } from "./availability";
import { dragId, parseDragId } from "./drag-items";
import { LineupAgentCard, type LineupAgentCardProps } from "./lineup-agent-card";
import { useWording } from "./rule-wording";

type SortableLineupAgentProps = Omit<LineupAgentCardProps, "handle" | "dropHint">;

/** A lineup card that can be dragged to a new position and takes tools dropped on it. */
export function SortableLineupAgent(props: SortableLineupAgentProps) {
  const { entry, catalog } = props;
  const t = useTranslations("skuConfig.lineup");
  const words = useWording();
  const { setNodeRef, setActivatorNodeRef, attributes, listeners, transform, transition, isDragging, isOver, active } = useSortable({
    id: dragId({ type: "lineup-agent", key: entry.key }),
  });
  const agent = catalog.agents.find((candidate) => candidate.id === entry.agentId);
  const name = agent?.name ?? entry.agentId;
  const dragged = active ? parseDragId(active.id) : null;

  let dropHint: LineupAgentCardProps["dropHint"] = null;
  let insertAbove = false;
  if (dragged?.type === "catalog-tool") {
    const tool = catalog.tools.find((candidate) => candidate.id === dragged.toolId);
    const availability = tool ? toolAvailability(tool, agent, entry, words) : null;
    // Every card shows whether it takes the tool; the one under the pointer says it in words.
    if (availability) dropHint = { ok: availability.ok, text: !isOver ? "" : availability.ok ? t("dropGive", { tool: tool!.name, agent: name }) : availability.reason };
  } else if (dragged?.type === "catalog-agent") {
    insertAbove = isOver;
  }

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      className={cn("relative", isDragging && "z-10 opacity-80 shadow-lg")}
    >
      {insertAbove ? <span aria-hidden className="absolute -top-2 right-0 left-0 h-1 rounded-full bg-brand-600" /> : null}
      <LineupAgentCard
        {...props}
        dropHint={dropHint}
        handle={
          <button
            ref={setActivatorNodeRef}
            type="button"
            {...attributes}
            {...listeners}
            aria-label={t("reorder", { name })}
            className="-ml-1 cursor-grab touch-none rounded p-1 text-slate-400 hover:bg-slate-100 hover:text-slate-700 active:cursor-grabbing"
          >
            <GripVertical className="size-4" aria-hidden />
          </button>
        }
      />
    </li>
  );
}
