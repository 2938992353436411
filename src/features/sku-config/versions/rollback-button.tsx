"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { History } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";

type RollbackButtonProps = { orgSlug: string; skuId: string; version: number; nextVersion: number; onRolledBack: (published: number) => void };

/** Publishes a copy of an older version as the next one, after confirmation; the draft follows. */
export function RollbackButton({ orgSlug, skuId, version, nextVersion, onRolledBack }: RollbackButtonProps) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig.versions");
  const queryClient = useQueryClient();
  const rollback = useMutation(trpc.skuConfig.rollback.mutationOptions());
  return (
    <ConfirmDialog
      trigger={
        <Button variant="ghost" size="sm" aria-label={t("rollBackTo", { version })}>
          <History aria-hidden />
          {t("rollBack")}
        </Button>
      }
      title={t("rollBackTitle", { version })}
      description={
        <>
          <p>{t("rollBackDescription", { version, next: nextVersion })}</p>
          <p className="mt-2">{t("rollBackHistory")}</p>
        </>
      }
      confirmLabel={t("rollBackTo", { version })}
      destructive={false}
      onConfirm={async () => {
        const { configVersion } = await rollback.mutateAsync({ orgSlug, skuId, version });
        await queryClient.invalidateQueries({ queryKey: trpc.skuConfig.pathKey() });
        onRolledBack(configVersion);
      }}
    />
  );
}
