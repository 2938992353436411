"use client";

import { Ban, Pause, Play, X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { StatusAction } from "@/shared/device-schemas";
import { BulkTagDialog } from "./bulk-tag-dialog";
import { useChangeStatus } from "./use-change-status";

const ICONS = { suspend: Pause, resume: Play, revoke: Ban } as const;

type BulkActionBarProps = {
  orgSlug: string;
  selectedIds: string[];
  onDone: (message: string) => void;
  onClear: () => void;
  /** the list's filter and its match count, for "all devices matching the filter"; omitted when unfiltered */
  matching?: ComponentProps<typeof BulkTagDialog>["matching"];
};

/** "N selected" with Add/Remove tag, and Suspend, Resume and Revoke (each confirmed first) for the selected devices. */
export function BulkActionBar({ orgSlug, selectedIds, onDone, onClear, matching }: BulkActionBarProps) {
  const changeStatus = useChangeStatus(orgSlug);
  const t = useTranslations("devices.actions");
  const tBulk = useTranslations("devices.bulk");
  const count = selectedIds.length;

  return (
    <div
      role="region"
      aria-label={tBulk("label")}
      className="flex flex-wrap items-center gap-2 border-b border-brand-100 bg-brand-50/60 px-5 py-2.5"
    >
      <p className="mr-auto text-sm font-medium text-slate-900">{tBulk("selected", { count })}</p>
      <BulkTagDialog orgSlug={orgSlug} mode="add" selectedIds={selectedIds} matching={matching} onDone={onDone} />
      <BulkTagDialog orgSlug={orgSlug} mode="remove" selectedIds={selectedIds} matching={matching} onDone={onDone} />
      {(["suspend", "resume", "revoke"] as const satisfies StatusAction[]).map((action) => {
        const Icon = ICONS[action];
        return (
          <ConfirmDialog
            key={action}
            trigger={
              <Button variant={action === "revoke" ? "danger-ghost" : "secondary"} size="sm">
                <Icon aria-hidden />
                {t(`${action}.verb`)}
              </Button>
            }
            title={t(`${action}.bulkTitle`, { count })}
            description={
              <>
                <p>{t(`${action}.description`)}</p>
                {action === "revoke" ? <p className="mt-2 font-medium text-red-700">{t("cannotUndo")}</p> : null}
                <p className="mt-2">{tBulk("leftUnchanged")}</p>
              </>
            }
            confirmLabel={t(`${action}.bulkConfirm`, { count })}
            destructive={action !== "resume"}
            onConfirm={async () => onDone(t(`${action}.summary`, await changeStatus(selectedIds, action)))}
          />
        );
      })}
      <Button variant="ghost" size="sm" onClick={onClear}>
        <X aria-hidden />
        {tBulk("clear")}
      </Button>
    </div>
  );
}
