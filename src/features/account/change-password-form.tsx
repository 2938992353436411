"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { NewPasswordFields, useReadNewPassword } from "@/features/auth/new-password-fields";
import { signInWithPassword } from "@/features/auth/sign-in-with-password";
import { useSignInErrorText } from "@/features/auth/use-sign-in-error-text";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";

/**
 * Changes the password. The server ends every session of the account (this one too), so the
 * form signs in again with the new password to keep this browser signed in.
 */
export function ChangePasswordForm({ email }: { email: string }) {
  const t = useTranslations("account.changePassword");
  const errorMessage = useErrorMessage();
  const signInErrorText = useSignInErrorText();
  const readNewPassword = useReadNewPassword();
  const trpc = useTRPC();
  const change = useMutation(trpc.account.changePassword.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [renewing, setRenewing] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const chosen = readNewPassword(form);
    if ("error" in chosen) return setError(chosen.error);
    setError(null);
    setDone(false);
    try {
      await change.mutateAsync({ currentPassword: String(form.get("current") ?? ""), newPassword: chosen.password });
    } catch (cause) {
      return setError(errorMessage(cause));
    }
    setRenewing(true);
    const failure = await signInWithPassword(email, chosen.password);
    setRenewing(false);
    if (failure) return setError(t("signInAgainFailed", { reason: signInErrorText(failure) }));
    formElement.reset();
    setDone(true);
  };

  return (
    <form method="post" onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={t("formLabel")}>
      <Field label={t("current")} htmlFor="current">
        <Input id="current" name="current" type="password" autoComplete="current-password" required maxLength={200} />
      </Field>
      <NewPasswordFields />
      <FormError message={error} />
      {done ? (
        <p role="status" className="rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("done")}
        </p>
      ) : null}
      <Button type="submit" className="w-full" pending={change.isPending || renewing}>
        {t("submit")}
      </Button>
    </form>
  );
}
