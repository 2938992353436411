"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc";
import type { StatusAction } from "@/shared/device-schemas";
import { describeStatusChange } from "./device-meta";

/** Suspends, resumes or revokes devices and refreshes every device and SKU count on screen. */
export function useChangeStatus(orgSlug: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mutation = useMutation(trpc.device.changeStatus.mutationOptions());
  /** Resolves to a summary such as "3 suspended, 1 unchanged" and the number changed. */
  return async (deviceIds: string[], action: StatusAction): Promise<{ summary: string; changed: number }> => {
    const result = await mutation.mutateAsync({ orgSlug, deviceIds, action });
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.sku.pathKey() }),
    ]);
    return { summary: describeStatusChange(action, result), changed: result.changed.length };
  };
}
