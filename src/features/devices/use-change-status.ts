"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import type { StatusAction } from "@/shared/device-schemas";

/** Suspends, resumes or revokes devices and refreshes every device and SKU count on screen. */
export function useChangeStatus(orgSlug: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.device.changeStatus.mutationOptions());
  /** Resolves to how many devices changed and how many were already in the target state. */
  return async (deviceIds: string[], action: StatusAction): Promise<{ changed: number; unchanged: number }> => {
    const result = await mutation.mutateAsync({ orgSlug, deviceIds, action });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sku.pathKey() }),
    ]);
    return { changed: result.changed.length, unchanged: result.unchanged.length };
  };
}
