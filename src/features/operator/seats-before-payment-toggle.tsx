"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("operator.seatsBeforePayment");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const set = useMutation(trpc.operator.setSeatsBeforePayment.mutationOptions());
  const change = async (enabled: boolean) => {
    await set.mutateAsync({ orgId: org.id, enabled });
    await queryClient.invalidateQueries({ queryKey: trpc.operator.organizations.pathKey() });
  };
  if (org.seatsBeforePayment) {
    return (
      <Button variant="ghost" size="sm" pending={set.isPending} aria-label={t("onPaymentLabel", { org: org.name })} onClick={() => change(false)}>
        {t("onPayment")}
      </Button>
    );
  }
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("beforeLabel", { org: org.name })}>
          {t("before")}
        </Button>
      }
      destructive={false}
      title={t("confirmTitle", { org: org.name })}
      description={t("confirmDescription")}
      confirmLabel={t("confirm")}
      onConfirm={() => change(true)}
    />
  );
}
