"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { DraftAgent } from "./lineup-draft";
import type { LineupEditor } from "./use-lineup-editor";

type AgentCardActionsProps = { entry: DraftAgent; name: string; index: number; total: number; editor: LineupEditor };

// aria-disabled rather than disabled: the button keeps focus after moving its card to an end.
const edgeClasses = "aria-disabled:cursor-not-allowed aria-disabled:opacity-40 aria-disabled:hover:bg-transparent";

/** Move up, Move down and Remove: everything dragging does, as buttons. */
export function AgentCardActions({ entry, name, index, total, editor }: AgentCardActionsProps) {
  const t = useTranslations("skuConfig.lineup");
  const first = index === 0;
  const last = index === total - 1;
  const customised = Object.keys(entry.settings).length > 0 || entry.tools.length > 0;
  const remove = (
    <Button variant="danger-ghost" size="icon" className="size-8" aria-label={t("remove", { name })} onClick={customised ? undefined : () => editor.removeAgent(entry.key)}>
      <Trash2 aria-hidden />
    </Button>
  );
  return (
    <div className="flex items-center">
      <Button
        variant="ghost"
        size="icon"
        className={`size-8 ${edgeClasses}`}
        aria-label={t("moveUp", { name })}
        aria-disabled={first || undefined}
        onClick={() => !first && editor.moveAgent(index, index - 1)}
      >
        <ArrowUp aria-hidden />
      </Button>
      <Button
        variant="ghost"
        size="icon"
        className={`size-8 ${edgeClasses}`}
        aria-label={t("moveDown", { name })}
        aria-disabled={last || undefined}
        onClick={() => !last && editor.moveAgent(index, index + 1)}
      >
        <ArrowDown aria-hidden />
      </Button>
      {customised ? (
        <ConfirmDialog
          trigger={remove}
          title={t("removeTitle", { name })}
          description={entry.tools.length > 0 ? t("removeDescriptionTools", { count: entry.tools.length }) : t("removeDescription")}
          confirmLabel={t("removeConfirm")}
          onConfirm={async () => editor.removeAgent(entry.key)}
        />
      ) : (
        remove
      )}
    </div>
  );
}
