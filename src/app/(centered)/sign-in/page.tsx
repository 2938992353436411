import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/features/auth/auth-card";
import { describeSignInError } from "@/features/auth/sign-in-errors";
import { SignInForm } from "@/features/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/callback-url";
import { enabledOAuthProviders, getSessionUserId } from "@/server/auth";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackUrl(params.callbackUrl);
  if (await getSessionUserId()) redirect(callbackUrl);
  return (
    <AuthCard title="Sign in to Anima" description="Manage your devices, licenses and team.">
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
