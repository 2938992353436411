"use client";

import { DateTime } from "@/components/ui/date-time";
import { useMutation, useQuery } from "@tanstack/react-query";
import { CircleAlert, MailCheck } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { Skeleton } from "@/components/ui/skeleton";
import { AuthCard } from "@/features/auth/auth-card";
import { strong } from "@/features/auth/emphasis";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useRoleLabel } from "@/features/i18n/use-role-label";
import { AcceptWithPasswordForm } from "./accept-with-password-form";
import { withCallbackUrl } from "@/lib/callback-url";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";

type Preview = RouterOutputs["invitation"]["preview"];

function Details({ preview }: { preview: Preview }) {
  const t = useTranslations("invitations.details");
  const roleLabel = useRoleLabel();
  const rows: [string, ReactNode][] = [
    [t("organization"), preview.orgName],
    [t("role"), roleLabel(preview.role)],
    [t("invitedBy"), preview.invitedBy],
    [t("sentTo"), preview.email],
    [t("expires"), <DateTime key="expires" value={preview.expiresAt} show="date" />],
  ];
  return (
    <dl className="divide-y divide-slate-100 rounded-md border border-slate-200 text-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="flex justify-between gap-4 px-3 py-2">
          <dt className="shrink-0 text-slate-500">{term}</dt>
          <dd className="truncate text-right font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The page an invite link opens: what is offered, then sign in / sign up / accept. */
export function InviteView({ token, signedInEmail }: { token: string; signedInEmail: string | null }) {
  const t = useTranslations("invitations");
  const roleLabel = useRoleLabel();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const preview = useQuery(trpc.invitation.preview.queryOptions({ token }));
  const accept = useMutation(trpc.invitation.accept.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const here = `/invite/${token}`;

  if (preview.isPending) {
    return (
      <AuthCard title={t("title")}>
        <div className="space-y-3" role="status" aria-label={t("loading")}>
          <Skeleton className="h-5 w-2/3" />
          <Skeleton className="h-32 w-full" />
        </div>
      </AuthCard>
    );
  }
  if (preview.isError) {
    return (
      <AuthCard title={t("notFound")}>
        <FormError message={errorMessage(preview.error)} />
        <Button asChild variant="secondary" className="mt-6 w-full">
          <Link href="/">{t("goToAnima")}</Link>
        </Button>
      </AuthCard>
    );
  }

  const invite = preview.data;
  if (invite.status !== "pending") {
    return (
      <AuthCard title={t("invitationTo", { org: invite.orgName })}>
        <p role="status" className="flex items-start gap-2 text-sm text-slate-700">
          <CircleAlert className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
          {t(`notPending.${invite.status}`)}
        </p>
        <Button asChild variant="secondary" className="mt-6 w-full">
          <Link href="/">{t("goToAnima")}</Link>
        </Button>
      </AuthCard>
    );
  }

  const onAccept = () => {
    setError(null);
    accept.mutate(
      { token },
      {
        onSuccess: ({ orgSlug }) => {
          router.push(`/o/${orgSlug}`);
          router.refresh();
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };
  const mismatch = signedInEmail !== null && signedInEmail !== invite.email;

  return (
    <AuthCard
      title={t("join", { org: invite.orgName })}
      description={t("invitedAs", { inviter: invite.invitedBy, role: roleLabel(invite.role, "inSentence") })}
    >
      <div className="space-y-5">
        <Details preview={invite} />
        {signedInEmail === null ? (
          invite.account === "verified" ? (
            <div className="space-y-3">
              <p className="text-sm text-slate-600">{t("hasAccount", { email: invite.email })}</p>
              <Button asChild className="w-full">
                <Link href={withCallbackUrl("/sign-in", here, { email: invite.email })}>{t("signIn")}</Link>
              </Button>
            </div>
          ) : (
            <div className="space-y-4">
              <AcceptWithPasswordForm token={token} email={invite.email} askName={invite.account === "none"} />
              {invite.account === "unverified" ? (
                <p className="text-center text-sm text-slate-600">
                  {t("alreadyChose")}{" "}
                  <Link href={withCallbackUrl("/sign-in", here, { email: invite.email })} className="font-medium text-brand-700 hover:underline">
                    {t("signIn")}
                  </Link>
                </p>
              ) : null}
            </div>
          )
        ) : (
          <div className="space-y-3">
            <p className="flex items-center gap-2 text-sm text-slate-600">
              <MailCheck className="size-4 text-slate-400" aria-hidden />
              <span>{t.rich("signedInAs", { email: signedInEmail, strong })}</span>
            </p>
            {mismatch && !error ? (
              <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                {t("mismatch", { email: invite.email })}
              </p>
            ) : null}
            <FormError message={error} />
            <Button className="w-full" onClick={onAccept} pending={accept.isPending || accept.isSuccess}>
              {t("accept")}
            </Button>
            {mismatch ? (
              <Button
                variant="secondary"
                className="w-full"
                onClick={() => void signOut({ callbackUrl: withCallbackUrl("/sign-in", here, { email: invite.email }) })}
              >
                {t("switchAccount")}
              </Button>
            ) : null}
          </div>
        )}
      </div>
    </AuthCard>
  );
}
