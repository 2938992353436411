"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/select";
import type { Role } from "@/generated/prisma/enums";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { ROLE_LABELS, ROLES } from "@/shared/permissions";
import { assignableRoles, type Member, type Viewer } from "./types";

type MemberRoleSelectProps = { orgSlug: string; member: Member; viewer: Viewer; onError: (message: string | null) => void };

/** Changes a member's role in place; changing your own role asks first, since you may lose access. */
export function MemberRoleSelect({ orgSlug, member, viewer, onError }: MemberRoleSelectProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const changeRole = useMutation(trpc.member.changeRole.mutationOptions());
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
      onError(`${label}: ${errorMessage(cause)}`);
    } finally {
      setPendingRole(null);
    }
  };

  const options = assignableRoles(ROLES, viewer.role);
  return (
    <>
      <Select
        aria-label={`Role for ${label}`}
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
            {ROLE_LABELS[role]}
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
        title="Change your own role?"
        description={
          confirmRole
            ? `You will become ${ROLE_LABELS[confirmRole].toLowerCase()} and may lose access to settings you can use now.`
            : ""
        }
        confirmLabel="Change my role"
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
