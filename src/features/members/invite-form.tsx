"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MailCheck, UserPlus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { Role } from "@/generated/prisma/enums";
import { errorMessage } from "@/lib/errors";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { ROLE_LABELS, ROLES } from "@/shared/permissions";
import { assignableRoles } from "./types";

type CreatedInvitation = RouterOutputs["invitation"]["create"];

function InviteResult({ invitation }: { invitation: CreatedInvitation }) {
  return (
    <div role="status" className="space-y-3 rounded-md border border-emerald-200 bg-emerald-50/60 p-4">
      <p className="flex items-center gap-2 text-sm font-medium text-emerald-900">
        <MailCheck className="size-4 shrink-0" aria-hidden />
        Invitation created for {invitation.email} ({ROLE_LABELS[invitation.role].toLowerCase()}).
      </p>
      <CopyField label="Invite link" value={invitation.link} />
      <p className="text-sm text-slate-700">
        {invitation.emailed
          ? `We also emailed this link to ${invitation.email}.`
          : "Email is not configured on this server, so nothing was sent: share this link with them yourself."}{" "}
        It works once and expires in 7 days.
      </p>
    </div>
  );
}

/** Invites someone by email; the link is shown so it can be shared even without email. */
export function InviteForm({ orgSlug, viewerRole }: { orgSlug: string; viewerRole: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invite = useMutation(trpc.invitation.create.mutationOptions());
  const [role, setRole] = useState<Role>("DEVELOPER");
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const email = String(new FormData(form).get("email") ?? "");
    setError(null);
    invite.mutate(
      { orgSlug, email, role },
      {
        onSuccess: () => {
          form.reset();
          void queryClient.invalidateQueries({ queryKey: trpc.invitation.list.queryKey() });
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <Card>
      <CardHeader>
        <CardTitle>Invite a member</CardTitle>
        <CardDescription>They get a link to join this organization with the role you choose.</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label="Invite a member">
          <Field label="Email" htmlFor="invite-email" className="flex-1">
            <Input id="invite-email" name="email" type="email" required autoComplete="off" placeholder="teammate@company.com" />
          </Field>
          <Field label="Role" htmlFor="invite-role" className="sm:w-40">
            <Select
              id="invite-role"
              value={role}
              onChange={(event) => setRole(ROLES.find((candidate) => candidate === event.target.value) ?? "DEVELOPER")}
            >
              {assignableRoles(ROLES, viewerRole).map((option) => (
                <option key={option} value={option}>
                  {ROLE_LABELS[option]}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" pending={invite.isPending}>
            <UserPlus aria-hidden />
            Send invite
          </Button>
        </form>
        <FormError message={error} />
        {invite.data && !invite.isPending ? <InviteResult invitation={invite.data} /> : null}
      </CardContent>
    </Card>
  );
}
