"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";

type CatalogItemToggleProps = { item: { id: string; name: string; available: boolean }; kind: "agent" | "tool" };

/** Takes an agent or tool out of new publishes (after confirmation), or offers it again. */
export function CatalogItemToggle({ item, kind }: CatalogItemToggleProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.operator.setCatalogItemDisabled.mutationOptions());
  const setDisabled = async (disabled: boolean) => {
    await update.mutateAsync({ itemId: item.id, disabled });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.operator.catalog.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.skuConfig.catalog.pathKey() }),
    ]);
  };

  if (item.available) {
    return (
      <ConfirmDialog
        trigger={
          <Button variant="danger-ghost" size="sm" aria-label={`Disable ${item.name}`}>
            Disable
          </Button>
        }
        title={`Disable ${item.name}?`}
        description={
          <>
            <p>New publishes can no longer use {item.name}; devices keep their current configs.</p>
            <p className="mt-2">Drafts that use it show a problem until it is removed from them or enabled again.</p>
          </>
        }
        confirmLabel={`Disable ${kind}`}
        onConfirm={() => setDisabled(true)}
      />
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="ghost" size="sm" aria-label={`Enable ${item.name}`} pending={update.isPending} onClick={() => void setDisabled(false).catch(() => undefined)}>
        Enable
      </Button>
      {update.isError ? (
        <span role="alert" className="text-xs text-red-700">
          {errorMessage(update.error)}
        </span>
      ) : null}
    </span>
  );
}
