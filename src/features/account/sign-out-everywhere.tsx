"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";

/** "Sign out everywhere": ends every console session of the account, this browser's too. */
export function SignOutEverywhere({ trigger, open, onOpenChange }: { trigger?: ReactNode; open?: boolean; onOpenChange?: (open: boolean) => void }) {
  const t = useTranslations("account.signOutEverywhere");
  const trpc = useTRPC();
  const endAll = useMutation(trpc.account.signOutEverywhere.mutationOptions());
  return (
    <ConfirmDialog
      trigger={trigger}
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("description")}
      confirmLabel={t("confirm")}
      onConfirm={async () => {
        await endAll.mutateAsync();
        await signOut({ callbackUrl: "/sign-in" });
      }}
    />
  );
}
