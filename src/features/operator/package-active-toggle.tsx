"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { OperatorPackage } from "./operator-meta";

/** Takes a package off sale (after confirmation) or puts it back on sale. */
export function PackageActiveToggle({ pkg }: { pkg: OperatorPackage }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.operator.updatePackage.mutationOptions());
  const setActive = async (active: boolean) => {
    await update.mutateAsync({ id: pkg.id, active });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.operator.packages.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.license.packages.pathKey() }),
    ]);
  };

  if (pkg.active) {
    return (
      <ConfirmDialog
        trigger={
          <Button variant="danger-ghost" size="sm" aria-label={`Deactivate ${pkg.name}`}>
            Deactivate
          </Button>
        }
        title={`Deactivate ${pkg.name}?`}
        description="Buyers no longer see it under Buy seats. Orders already placed keep their seats and price. You can activate it again at any time."
        confirmLabel="Deactivate package"
        onConfirm={() => setActive(false)}
      />
    );
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button variant="ghost" size="sm" aria-label={`Activate ${pkg.name}`} pending={update.isPending} onClick={() => void setActive(true).catch(() => undefined)}>
        Activate
      </Button>
      {update.isError ? (
        <span role="alert" className="text-xs text-red-700">
          {errorMessage(update.error)}
        </span>
      ) : null}
    </span>
  );
}
