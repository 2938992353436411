import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/features/auth/auth-card";
import { SignUpForm } from "@/features/auth/sign-up-form";
import { safeCallbackUrl } from "@/lib/callback-url";
import { enabledOAuthProviders, getSessionUserId } from "@/server/auth";

export const metadata: Metadata = { title: "Create account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  const email = Array.isArray(params.email) ? params.email[0] : params.email;
  return (
    <AuthCard title="Create your account" description="Start shipping AI hardware with per-device licenses.">
      <SignUpForm callbackUrl={callbackUrl} providers={enabledOAuthProviders()} initialEmail={email ?? ""} />
    </AuthCard>
  );
}
