"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Pencil, Trash2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import { SkuForm } from "./sku-form";
import type { Sku } from "./sku-meta";

/** Edit, archive or restore, and delete (only while no device references the SKU). */
export function SkuActions({ orgSlug, sku }: { orgSlug: string; sku: Sku }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const setArchived = useMutation(trpc.sku.setArchived.mutationOptions());
  const remove = useMutation(trpc.sku.delete.mutationOptions());
  const archived = sku.archivedAt !== null;
  const deviceCount = sku.deviceCounts.total;
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.sku.pathKey() });

  return (
    <>
      <Button variant="secondary" onClick={() => setEditing(true)}>
        <Pencil aria-hidden />
        Edit
      </Button>
      <Dialog open={editing} onOpenChange={setEditing}>
        <DialogContent className="max-w-2xl">
          <DialogTitle>Edit {sku.name}</DialogTitle>
          <DialogDescription className="mb-4">Changes apply to the SKU; its devices keep their serials and secrets.</DialogDescription>
          <SkuForm orgSlug={orgSlug} sku={sku} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        trigger={
          <Button variant="secondary">
            {archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
            {archived ? "Restore" : "Archive"}
          </Button>
        }
        title={archived ? `Restore ${sku.name}?` : `Archive ${sku.name}?`}
        description={
          archived
            ? "The SKU will accept new devices again and show in the SKU list."
            : "Archived SKUs accept no new devices and are hidden from the SKU list. Existing devices keep working. You can restore it later."
        }
        confirmLabel={archived ? "Restore SKU" : "Archive SKU"}
        destructive={false}
        onConfirm={async () => {
          await setArchived.mutateAsync({ orgSlug, skuId: sku.id, archived: !archived });
          await refresh();
        }}
      />
      {deviceCount > 0 ? (
        <Button variant="danger-ghost" disabledReason={`Delete is unavailable while the SKU has ${plural(deviceCount, "device")}. Archive it instead.`}>
          <Trash2 aria-hidden />
          Delete
        </Button>
      ) : (
        <ConfirmDialog
          trigger={
            <Button variant="danger-ghost">
              <Trash2 aria-hidden />
              Delete
            </Button>
          }
          title={`Delete ${sku.name}?`}
          description={`The SKU ${sku.code} is removed for good. It has no devices, so nothing else changes.`}
          confirmLabel="Delete SKU"
          onConfirm={async () => {
            await remove.mutateAsync({ orgSlug, skuId: sku.id });
            // Leave before any refetch: this page's SKU no longer exists.
            router.push(`/o/${orgSlug}/skus`);
            void queryClient.invalidateQueries({ queryKey: trpc.sku.list.queryKey() });
          }}
        />
      )}
    </>
  );
}
