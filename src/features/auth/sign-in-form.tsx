"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { withCallbackUrl } from "@/lib/callback-url";
import { OAuthButtons, type OAuthProvider } from "./oauth-buttons";
import type { SignInError } from "./sign-in-errors";
import { signInWithPassword } from "./sign-in-with-password";
import { useSignInErrorText } from "./use-sign-in-error-text";

type SignInFormProps = {
  callbackUrl: string;
  providers: OAuthProvider[];
  initialEmail?: string;
  initialError?: SignInError | null;
};

export function SignInForm({ callbackUrl, providers, initialEmail = "", initialError = null }: SignInFormProps) {
  const t = useTranslations("auth");
  const errorText = useSignInErrorText();
  const router = useRouter();
  const [error, setError] = useState<SignInError | null>(initialError);
  const [pending, setPending] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const failure = await signInWithPassword(String(form.get("email") ?? ""), String(form.get("password") ?? ""));
    if (failure) {
      setError(failure);
      setPending(false);
      return;
    }
    // Stay pending while the destination loads, so the form cannot be sent twice.
    router.replace(callbackUrl);
    router.refresh();
  };

  return (
    <div className="space-y-6">
      {/* POST so that a submit before hydration never puts the password in the URL. */}
      <form method="post" onSubmit={(event) => void onSubmit(event)} className="space-y-4" aria-label={t("signIn.formLabel")}>
        <Field label={t("signIn.email")} htmlFor="email">
          <Input id="email" name="email" type="email" autoComplete="email" required defaultValue={initialEmail} />
        </Field>
        <Field label={t("signIn.password")} htmlFor="password">
          <Input id="password" name="password" type="password" autoComplete="current-password" required />
        </Field>
        <p className="-mt-2 text-right text-sm">
          <Link href="/forgot-password" className="text-brand-700 hover:underline">
            {t("signIn.forgotPassword")}
          </Link>
        </p>
        <FormError message={error === null ? null : errorText(error)} />
        <Button type="submit" className="w-full" pending={pending}>
          {t("signIn.submit")}
        </Button>
      </form>
      <OAuthButtons providers={providers} callbackUrl={callbackUrl} />
      <p className="text-center text-sm text-slate-600">
        {t("signIn.newToAnima")}{" "}
        <Link href={withCallbackUrl("/sign-up", callbackUrl)} className="font-medium text-brand-700 hover:underline">
          {t("signIn.createAccount")}
        </Link>
      </p>
    </div>
  );
}
