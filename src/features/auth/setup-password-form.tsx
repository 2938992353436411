"use client";

import { useMutation } from "@tanstack/react-query";
import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/form-error";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { strong } from "./emphasis";
import { NewPasswordFields, useReadNewPassword } from "./new-password-fields";

/** Chooses a password through a set-up or reset link (which also confirms the email). */
export function SetupPasswordForm({ token, email }: { token: string; email: string }) {
  const t = useTranslations("auth.setupPassword");
  const errorMessage = useErrorMessage();
  const readNewPassword = useReadNewPassword();
  const trpc = useTRPC();
  const complete = useMutation(trpc.account.completePasswordSetup.mutationOptions());
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const chosen = readNewPassword(new FormData(event.currentTarget));
    if ("error" in chosen) return setError(chosen.error);
    setError(null);
    complete.mutate({ token, password: chosen.password }, { onError: (cause) => setError(errorMessage(cause)) });
  };

  if (complete.data) {
    return (
      <div className="space-y-4 text-center" role="status">
        <CircleCheck className="mx-auto size-10 text-emerald-600" aria-hidden />
        <p className="text-sm text-slate-700">{t.rich("done", { email: complete.data.email, strong })}</p>
        <Button asChild className="w-full">
          <Link href={`/sign-in?email=${encodeURIComponent(complete.data.email)}`}>{t("signIn")}</Link>
        </Button>
      </div>
    );
  }

  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4" aria-label={t("formLabel")}>
      <p className="text-sm text-slate-600">{t.rich("forEmail", { email, strong })}</p>
      <NewPasswordFields />
      <FormError message={error} />
      <Button type="submit" className="w-full" pending={complete.isPending}>
        {t("submit")}
      </Button>
    </form>
  );
}
