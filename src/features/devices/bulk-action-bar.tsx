"use client";

import { Ban, Pause, Play, X } from "lucide-react";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { plural } from "@/lib/format";
import type { StatusAction } from "@/shared/device-schemas";
import { ACTION_COPY } from "./device-meta";
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
  const count = selectedIds.length;
  const devices = plural(count, "device");

  return (
    <div
      role="region"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-2 border-b border-brand-100 bg-brand-50/60 px-5 py-2.5"
    >
      <p className="mr-auto text-sm font-medium text-slate-900">{count.toLocaleString("en")} selected</p>
      <BulkTagDialog orgSlug={orgSlug} mode="add" selectedIds={selectedIds} matching={matching} onDone={onDone} />
      <BulkTagDialog orgSlug={orgSlug} mode="remove" selectedIds={selectedIds} matching={matching} onDone={onDone} />
      {(["suspend", "resume", "revoke"] as const satisfies StatusAction[]).map((action) => {
        const Icon = ICONS[action];
        const copy = ACTION_COPY[action];
        return (
          <ConfirmDialog
            key={action}
            trigger={
              <Button variant={action === "revoke" ? "danger-ghost" : "secondary"} size="sm">
                <Icon aria-hidden />
                {copy.verb}
              </Button>
            }
            title={`${copy.verb} ${devices}?`}
            description={
              <>
                <p>{copy.description}</p>
                {action === "revoke" ? <p className="mt-2 font-medium text-red-700">This cannot be undone.</p> : null}
                <p className="mt-2">Devices this does not apply to (for example already revoked ones) are left unchanged.</p>
              </>
            }
            confirmLabel={`${copy.verb} ${devices}`}
            destructive={action !== "resume"}
            onConfirm={async () => onDone((await changeStatus(selectedIds, action)).summary)}
          />
        );
      })}
      <Button variant="ghost" size="sm" onClick={onClear}>
        <X aria-hidden />
        Clear selection
      </Button>
    </div>
  );
}
