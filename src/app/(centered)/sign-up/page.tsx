import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/auth-card";
import { SignUpForm } from "@/features/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/callback-url";
import { enabledOAuthProviders, getSessionUserId } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signUp"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  const email = Array.isArray(params.email) ? params.email[0] : params.email;
  const t = await getTranslations("auth.signUp");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <SignUpForm callbackUrl={callbackUrl} providers={enabledOAuthProviders()} initialEmail={email ?? ""} />
    </AuthCard>
  );
}
