"use client";

import { useMutation } from "@tanstack/react-query";
import { signOut } from "next-auth/react";
import type { ReactNode } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { useTRPC } from "@/lib/trpc";

/** "Sign out everywhere": ends every console session of the account, this browser's too. */
export function SignOutEverywhere({ trigger, open, onOpenChange }: { trigger?: ReactNode; open?: boolean; onOpenChange?: (open: boolean) => void }) {
  const trpc = useTRPC();
  const endAll = useMutation(trpc.account.signOutEverywhere.mutationOptions());
  return (
    <ConfirmDialog
      trigger={trigger}
      open={open}
      onOpenChange={onOpenChange}
      title="Sign out everywhere?"
      description="Every browser signed in to your account — this one included — is signed out at once. Use it if you signed in on a shared computer or think someone else has your session."
      confirmLabel="Sign out everywhere"
      onConfirm={async () => {
        await endAll.mutateAsync();
        await signOut({ callbackUrl: "/sign-in" });
      }}
    />
  );
}
