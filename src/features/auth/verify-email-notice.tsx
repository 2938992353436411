"use client";

import { useMutation } from "@tanstack/react-query";
import { MailWarning } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { strong } from "./emphasis";
import { MailOutcomeMessage } from "./mail-outcome";

/**
 * Shown to an account whose email is not confirmed yet: what it cannot do, and a new link —
 * unless this deployment cannot send mail (`mailUnavailable`), which it says at once.
 */
export function VerifyEmailNotice({ email, mailUnavailable }: { email: string; mailUnavailable: boolean }) {
  const t = useTranslations("auth.verifyNotice");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const noMail = t("noMail");
  const resend = useMutation(trpc.account.resendVerification.mutationOptions());
  return (
    <div className="space-y-4">
      <p className="flex items-start gap-2 text-sm text-slate-700">
        <MailWarning className="mt-0.5 size-4 shrink-0 text-amber-600" aria-hidden />
        <span>{t.rich(mailUnavailable ? "firstNoMail" : "firstWithLink", { email, strong })}</span>
      </p>
      {mailUnavailable ? <MailOutcomeMessage outcome={{ delivery: "unavailable" }} email={email} noMail={noMail} /> : null}
      {resend.data ? <MailOutcomeMessage outcome={resend.data} email={email} noMail={noMail} /> : null}
      <FormError message={resend.error ? errorMessage(resend.error) : null} />
      {mailUnavailable ? null : (
        <Button variant="secondary" className="w-full" onClick={() => resend.mutate()} pending={resend.isPending}>
          {t("resend")}
        </Button>
      )}
    </div>
  );
}
