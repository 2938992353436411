"use client";

import { useMutation } from "@tanstack/react-query";
import { MailWarning } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { MailOutcomeMessage } from "./mail-outcome";

const NO_MAIL =
  "This deployment does not send email, so the address cannot be confirmed by mail. Join through an invitation link from your team, or ask your Anima operator for a set-up link.";

/**
 * Shown to an account whose email is not confirmed yet: what it cannot do, and a new link —
 * unless this deployment cannot send mail (`mailUnavailable`), which it says at once.
 */
export function VerifyEmailNotice({ email, mailUnavailable }: { email: string; mailUnavailable: boolean }) {
  const trpc = useTRPC();
  const resend = useMutation(trpc.account.resendVerification.mutationOptions());
  return (
    <div className="space-y-4">
      <p className="flex items-start gap-2 text-sm text-slate-700">
        <MailWarning className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
        <span>
          Confirm <span className="font-medium text-slate-900">{email}</span> first: until the address is proven, this account cannot
          create or join an organization.{mailUnavailable ? null : " Open the link we sent when you signed up, or ask for a new one."}
        </span>
      </p>
      {mailUnavailable ? <MailOutcomeMessage outcome={{ delivery: "unavailable" }} email={email} noMail={NO_MAIL} /> : null}
      {resend.data ? <MailOutcomeMessage outcome={resend.data} email={email} noMail={NO_MAIL} /> : null}
      <FormError message={resend.error ? errorMessage(resend.error) : null} />
      {mailUnavailable ? null : (
        <Button variant="secondary" className="w-full" onClick={() => resend.mutate()} pending={resend.isPending}>
          Send a new confirmation link
        </Button>
      )}
    </div>
  );
}
