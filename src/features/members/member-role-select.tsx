"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/select";
import type { Role } from "@/generated/prisma/enums";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useRoleLabel } from "@/features/i18n/use-role-label";
import { useTRPC } from "@/lib/trpc";
import { ROLES } from "@/shared/permissions";
import { assignableRoles, type Member, type Viewer } from "./types";

type MemberRoleSelectProps = { orgSlug: string; member: Member; viewer: Viewer; onError: (message: string | null) => void };

/** Changes a member's role in place; changing your own role asks first, since you may lose access. */
export function MemberRoleSelect({ orgSlug, member, viewer, onError }: MemberRoleSelectProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const changeRole = useMutation(trpc.member.changeRole.mutationOptions());
  const t = useTranslations("members.roleSelect");
  const roleLabel = useRoleLabel();
  const errorMessage = useErrorMessage();
  // The role being saved, shown until the refreshed list arrives (or reset on failure).
  const [pendingRole, setPendingRole] = useState<Role | null>(null);
  const [confirmRole, setConfirmRole] = useState<Role | null>(null);
  const isSelf = member.userId === viewer.userId;
  const label = member.name ?? member.email;

  const save = async (role: Role) => {
    onError(null);
    setPendingRole(role);
    try {
      await changeRole.mutateAsync({ orgSlug, membershipId: member.id, role });
      await queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
      // Your own permissions changed: the server-rendered shell and pages must follow.
      if (isSelf) router.refresh();
    } catch (cause) {
      onError(t("failed", { name: label, message: errorMessage(cause) }));
    } finally {
      setPendingRole(null);
    }
  };

  const options = assignableRoles(ROLES, viewer.role);
  return (
    <>
      <Select
        aria-label={t("label", { name: label })}
        className="w-36"
        value={pendingRole ?? member.role}
        disabled={changeRole.isPending}
        onChange={(event) => {
          const role = ROLES.find((candidate) => candidate === event.target.value);
          if (!role) return;
          if (isSelf) setConfirmRole(role);
          else void save(role);
        }}
      >
        {options.map((role) => (
          <option key={role} value={role}>
            {roleLabel(role)}
          </option>
        ))}
      </Select>
      <ConfirmDialog
        // A fresh dialog per attempt, so an earlier refusal is not shown again.
        key={confirmRole ?? "closed"}
        open={confirmRole !== null}
        onOpenChange={(open) => {
          if (!open) setConfirmRole(null);
        }}
        title={t("confirmTitle")}
        description={confirmRole ? t("confirmDescription", { role: roleLabel(confirmRole, "inSentence") }) : ""}
        confirmLabel={t("confirm")}
        onConfirm={async () => {
          if (!confirmRole) return;
          await changeRole.mutateAsync({ orgSlug, membershipId: member.id, role: confirmRole });
          await queryClient.invalidateQueries({ queryKey: trpc.member.list.queryKey() });
          router.refresh();
        }}
      />
    </>
  );
}
