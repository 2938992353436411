"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";
import type { OperatorOrg } from "./operator-meta";

/**
 * When an organization's accepted quotes deliver their seats: on payment (the default), or at
 * acceptance, before the bank transfer — credit, so turning it on asks first. Audited in the
 * organization's log either way.
 */
export function SeatsBeforePaymentToggle({ org }: { org: OperatorOrg }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const set = useMutation(trpc.operator.setSeatsBeforePayment.mutationOptions());
  const change = async (enabled: boolean) => {
    await set.mutateAsync({ orgId: org.id, enabled });
    await queryClient.invalidateQueries({ queryKey: trpc.operator.organizations.pathKey() });
  };
  if (org.seatsBeforePayment) {
    return (
      <Button variant="ghost" size="sm" pending={set.isPending} aria-label={`Deliver ${org.name}'s quote seats on payment only`} onClick={() => change(false)}>
        Seats on payment
      </Button>
    );
  }
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Let ${org.name} use quote seats before payment`}>
          Seats before payment
        </Button>
      }
      destructive={false}
      title={`Let ${org.name} use seats before paying?`}
      description="From now on, an accepted quote's seats arrive at once, before its invoice is paid by bank transfer. Seats already activated are never taken back if the invoice goes unpaid."
      confirmLabel="Allow seats before payment"
      onConfirm={() => change(true)}
    />
  );
}
