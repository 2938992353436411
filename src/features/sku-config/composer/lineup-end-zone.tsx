"use client";

import { useDndContext, useDroppable } from "@dnd-kit/core";
import { Bot } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";
import { LINEUP_END_ID, parseDragId } from "./drag-items";

/**
 * Where a catalog agent lands after the last one. With an empty lineup it is the whole
 * empty state, so the first agent has somewhere to go.
 */
export function LineupEndZone({ empty }: { empty: boolean }) {
  const t = useTranslations("skuConfig.lineup");
  const { active } = useDndContext();
  const carryingAgent = active ? parseDragId(active.id)?.type === "catalog-agent" : false;
  const { setNodeRef, isOver } = useDroppable({ id: LINEUP_END_ID, disabled: active !== null && !carryingAgent });
  return (
    <div
      ref={setNodeRef}
      className={cn(
        "flex flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed text-center text-sm transition-colors",
        empty ? "px-6 py-12" : "mt-3 px-4 py-3",
        isOver ? "border-brand-600 bg-brand-50 text-brand-800" : carryingAgent ? "border-brand-300 bg-brand-50/40 text-slate-600" : "border-slate-200 text-slate-500",
      )}
    >
      {empty ? (
        <>
          <Bot className="mb-1 size-6 text-slate-400" aria-hidden />
          <p className="font-medium text-slate-800">{t("emptyTitle")}</p>
          <p>{t("emptyHint")}</p>
        </>
      ) : (
        <p>{isOver ? t("dropEnd") : t("dragEnd")}</p>
      )}
    </div>
  );
}
