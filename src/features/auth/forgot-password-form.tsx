"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { MailOutcomeMessage } from "./mail-outcome";

/** "Forgot password?": mails a reset link. The answer does not say whether the address has an account. */
export function ForgotPasswordForm({ initialEmail = "" }: { initialEmail?: string }) {
  const t = useTranslations("auth.forgotPassword");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const request = useMutation(trpc.account.requestPasswordReset.mutationOptions());
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    request.mutate({ email: String(new FormData(event.currentTarget).get("email") ?? "") });
  };

  return (
    <div className="space-y-5">
      <form method="post" onSubmit={onSubmit} className="space-y-4" aria-label={t("formLabel")}>
        <Field label={t("email")} htmlFor="email" hint={t("emailHint")}>
          <Input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={initialEmail}
            aria-describedby="email-hint"
          />
        </Field>
        <FormError message={request.error ? errorMessage(request.error) : null} />
        {request.data ? <MailOutcomeMessage outcome={request.data} email={request.variables.email} noMail={t("noMail", { email: request.variables.email })} /> : null}
        <Button type="submit" className="w-full" pending={request.isPending}>
          {request.data ? t("sendAgain") : t("send")}
        </Button>
      </form>
      <p className="text-center text-sm text-slate-600">
        <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">
          {t("backToSignIn")}
        </Link>
      </p>
    </div>
  );
}
