"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { ConfirmToggle } from "@/components/ui/confirm-toggle";
import { useTRPC } from "@/lib/trpc";

type CatalogItemToggleProps = { item: { id: string; name: string; available: boolean }; kind: "agent" | "tool" };

/** Takes an agent or tool out of new publishes (after confirmation), or offers it again. */
export function CatalogItemToggle({ item, kind }: CatalogItemToggleProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.operator.setCatalogItemDisabled.mutationOptions());
  const setAvailable = async (available: boolean) => {
    await update.mutateAsync({ itemId: item.id, disabled: !available });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.operator.catalog.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.skuConfig.catalog.pathKey() }),
    ]);
  };
  return (
    <ConfirmToggle
      name={item.name}
      on={item.available}
      turnOff="Disable"
      turnOn="Enable"
      confirmTitle={`Disable ${item.name}?`}
      confirmDescription={
        <>
          <p>New publishes can no longer use {item.name}; devices keep their current configs.</p>
          <p className="mt-2">Drafts that use it show a problem until it is removed from them or enabled again.</p>
        </>
      }
      confirmLabel={`Disable ${kind}`}
      pending={update.isPending}
      error={update.error}
      onChange={setAvailable}
    />
  );
}
