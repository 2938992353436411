"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { withCallbackUrl } from "@/lib/callback-url";
import { useTRPC } from "@/lib/trpc";
import { OAuthButtons, type OAuthProvider } from "./oauth-buttons";
import { NewPasswordField } from "./new-password-fields";
import { signInWithPassword } from "./sign-in-with-password";

type SignUpFormProps = { callbackUrl: string; providers: OAuthProvider[]; initialEmail?: string };

export function SignUpForm({ callbackUrl, providers, initialEmail = "" }: SignUpFormProps) {
  const t = useTranslations("auth.signUp");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const signUp = useMutation(trpc.account.signUp.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const [signingIn, setSigningIn] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "");
    const password = String(form.get("password") ?? "");
    setError(null);
    try {
      await signUp.mutateAsync({ name: String(form.get("name") ?? ""), email, password });
    } catch (cause) {
      setError(errorMessage(cause));
      return;
    }
    setSigningIn(true);
    if (await signInWithPassword(email, password)) {
      // The account exists now; only the automatic sign-in failed, so send them to sign in.
      router.replace(withCallbackUrl("/sign-in", callbackUrl, { email }));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  };

  return (
    <div className="space-y-6">
      {/* POST so that a submit before hydration never puts the password in the URL. */}
      <form method="post" onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={t("formLabel")}>
        <Field label={t("name")} htmlFor="name">
          <Input id="name" name="name" autoComplete="name" required maxLength={100} />
        </Field>
        <Field label={t("email")} htmlFor="email">
          <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={initialEmail} />
        </Field>
        <NewPasswordField label={t("password")} />
        <FormError message={error} />
        <Button type="submit" className="w-full" pending={signUp.isPending || signingIn}>
          {t("submit")}
        </Button>
      </form>
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      <p className="text-center text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href={withCallbackUrl("/sign-in", callbackUrl)} className="font-medium text-brand-700 hover:underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
