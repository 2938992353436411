"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { MailCheck, UserPlus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { CopyField } from "@/components/ui/copy-field";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { Role } from "@/generated/prisma/enums";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useRoleLabel } from "@/features/i18n/use-role-label";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { ROLES } from "@/shared/permissions";
import { assignableRoles } from "./types";

type CreatedInvitation = RouterOutputs["invitation"]["create"];

function InviteResult({ invitation }: { invitation: CreatedInvitation }) {
  const t = useTranslations("members.invite");
  const roleLabel = useRoleLabel();
  return (
    <div role="status" className="space-y-3 rounded-md border border-emerald-200 bg-emerald-50/60 p-4">
      <p className="flex items-center gap-2 text-sm font-medium text-emerald-900">
        <MailCheck className="size-4 shrink-0" aria-hidden />
        {t("created", { email: invitation.email, role: roleLabel(invitation.role, "inSentence") })}
      </p>
      <CopyField label={t("link")} value={invitation.link} />
      <p className="text-sm text-slate-700">
        {invitation.emailed ? t("emailed", { email: invitation.email }) : t("notEmailed")}
      </p>
    </div>
  );
}

/** Invites someone by email; the link is shown so it can be shared even without email. */
export function InviteForm({ orgSlug, viewerRole }: { orgSlug: string; viewerRole: Role }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invite = useMutation(trpc.invitation.create.mutationOptions());
  const t = useTranslations("members.invite");
  const roleLabel = useRoleLabel();
  const errorMessage = useErrorMessage();
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
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        <form onSubmit={onSubmit} className="flex flex-col gap-3 sm:flex-row sm:items-end" aria-label={t("title")}>
          <Field label={t("email")} htmlFor="invite-email" className="flex-1">
            <Input id="invite-email" name="email" type="email" required autoComplete="off" placeholder="teammate@company.com" />
          </Field>
          <Field label={t("role")} htmlFor="invite-role" className="sm:w-40">
            <Select
              id="invite-role"
              value={role}
              onChange={(event) => setRole(ROLES.find((candidate) => candidate === event.target.value) ?? "DEVELOPER")}
            >
              {assignableRoles(ROLES, viewerRole).map((option) => (
                <option key={option} value={option}>
                  {roleLabel(option)}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" pending={invite.isPending}>
            <UserPlus aria-hidden />
            {t("submit")}
          </Button>
        </form>
        <FormError message={error} />
        {invite.data && !invite.isPending ? <InviteResult invitation={invite.data} /> : null}
      </CardContent>
    </Card>
  );
}
