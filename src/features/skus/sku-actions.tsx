"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Archive, ArchiveRestore, Pencil, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { useTRPC } from "@/lib/trpc";
import { SkuForm } from "./sku-form";
import type { Sku } from "./sku-meta";

/** Edit, archive or restore, and delete (only while no device references the SKU). */
export function SkuActions({ orgSlug, sku }: { orgSlug: string; sku: Sku }) {
  const trpc = useTRPC();
  const router = useRouter();
  const t = useTranslations("skus.actions");
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
        {t("edit")}
      </Button>
      <Dialog open={editing} onOpenChange={setEditing}>
        <DialogContent className="max-w-2xl">
          <DialogTitle>{t("editTitle", { name: sku.name })}</DialogTitle>
          <DialogDescription className="mb-4">{t("editDescription")}</DialogDescription>
          <SkuForm orgSlug={orgSlug} sku={sku} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
        </DialogContent>
      </Dialog>
      <ConfirmDialog
        trigger={
          <Button variant="secondary">
            {archived ? <ArchiveRestore aria-hidden /> : <Archive aria-hidden />}
            {archived ? t("restore") : t("archive")}
          </Button>
        }
        title={archived ? t("restoreTitle", { name: sku.name }) : t("archiveTitle", { name: sku.name })}
        description={archived ? t("restoreDescription") : t("archiveDescription")}
        confirmLabel={archived ? t("restoreConfirm") : t("archiveConfirm")}
        destructive={false}
        onConfirm={async () => {
          await setArchived.mutateAsync({ orgSlug, skuId: sku.id, archived: !archived });
          await refresh();
        }}
      />
      {deviceCount > 0 ? (
        <Button variant="danger-ghost" disabledReason={t("deleteUnavailable", { count: deviceCount })}>
          <Trash2 aria-hidden />
          {t("delete")}
        </Button>
      ) : (
        <ConfirmDialog
          trigger={
            <Button variant="danger-ghost">
              <Trash2 aria-hidden />
              {t("delete")}
            </Button>
          }
          title={t("deleteTitle", { name: sku.name })}
          description={t("deleteDescription", { code: sku.code })}
          confirmLabel={t("deleteConfirm")}
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
