"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { History } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";

type RollbackButtonProps = { orgSlug: string; skuId: string; version: number; nextVersion: number; onRolledBack: (published: number) => void };

/** Publishes a copy of an older version as the next one, after confirmation; the draft follows. */
export function RollbackButton({ orgSlug, skuId, version, nextVersion, onRolledBack }: RollbackButtonProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const rollback = useMutation(trpc.skuConfig.rollback.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Roll back to version ${version}`}>
          <History aria-hidden />
          Roll back
        </Button>
      }
      title={`Roll back to version ${version}?`}
      description={
        <>
          <p>
            Version {version} is published again as version {nextVersion}, and the draft is reset to it. Devices pick it up at their next boot or config
            refresh.
          </p>
          <p className="mt-2">Versions in between stay in the history.</p>
        </>
      }
      confirmLabel={`Roll back to version ${version}`}
      destructive={false}
      onConfirm={async () => {
        const { configVersion } = await rollback.mutateAsync({ orgSlug, skuId, version });
        await queryClient.invalidateQueries({ queryKey: trpc.skuConfig.pathKey() });
        onRolledBack(configVersion);
      }}
    />
  );
}
