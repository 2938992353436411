import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/auth-card";
import { describeSignInError } from "@/features/auth/sign-in-errors";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/callback-url";
import { enabledOAuthProviders, getSessionUserId } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  const t = await getTranslations("auth.signIn");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <SignInForm
        callbackUrl={callbackUrl}
        providers={enabledOAuthProviders()}
        initialEmail={first(params.email) ?? ""}
        // OAuth failures come back here as ?error= (next-auth's error page is this one).
        initialError={describeSignInError(first(params.error))}
      />
    </AuthCard>
  );
}
