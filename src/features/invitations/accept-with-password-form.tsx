"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { strong } from "@/features/auth/emphasis";
import { NewPasswordFields, useReadNewPassword } from "@/features/auth/new-password-fields";
import { signInWithPassword } from "@/features/auth/sign-in-with-password";
import { useSignInErrorText } from "@/features/auth/use-sign-in-error-text";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";

/**
 * Joins signed out by choosing a password for the invited address. The invite link proves
 * the address, so this creates its account or takes over one that never confirmed it.
 */
export function AcceptWithPasswordForm({ token, email, askName }: { token: string; email: string; askName: boolean }) {
  const t = useTranslations("invitations.withPassword");
  const errorMessage = useErrorMessage();
  const signInErrorText = useSignInErrorText();
  const readNewPassword = useReadNewPassword();
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invitation.acceptWithPassword.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = readNewPassword(form);
    if ("error" in chosen) return setError(chosen.error);
    setError(null);
    const name = String(form.get("name") ?? "").trim();
    let joined;
    try {
      joined = await accept.mutateAsync({ token, password: chosen.password, ...(name ? { name } : {}) });
    } catch (cause) {
      return setError(errorMessage(cause));
    }
    setSigningIn(true);
    const failure = await signInWithPassword(joined.email, chosen.password);
    if (failure) {
      setSigningIn(false);
      return setError(t("signInFailed", { reason: signInErrorText(failure) }));
    }
    router.push(`/o/${joined.orgSlug}`);
    router.refresh();
  };

  return (
    <form method="post" onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={t("formLabel")}>
      <p className="text-sm text-slate-600">{t.rich("prompt", { email, strong })}</p>
      {askName ? (
        <Field label={t("name")} htmlFor="name">
          <Input id="name" name="name" autoComplete="name" required maxLength={100} />
        </Field>
      ) : null}
      <NewPasswordFields label={t("password")} />
      <FormError message={error} />
      <Button type="submit" className="w-full" pending={accept.isPending || signingIn}>
        {t("submit")}
      </Button>
    </form>
  );
}
