import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AuthCard } from "@/features/auth/auth-card";
import { LinkProblem } from "@/features/auth/link-problem";
import { loadAccountLink } from "@/server/console/load-account-link";
import { SetupPasswordForm } from "@/features/auth/setup-password-form";

export const metadata: Metadata = { title: "Choose a password" };

export default async function SetupPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await loadAccountLink(token);
  if (link !== "invalid" && link.purpose === "VERIFY_EMAIL") redirect(`/verify-email/${encodeURIComponent(token)}`);
  const title = link !== "invalid" && link.purpose === "RESET" ? "Choose a new password" : "Choose a password";
  return (
    <AuthCard title={title} description="You will use it with your email address to sign in.">
      {link === "invalid" ? (
        <LinkProblem problem="invalid" />
      ) : link.status === "valid" ? (
        <SetupPasswordForm token={token} email={link.email} />
      ) : (
        <LinkProblem problem={link.status} />
      )}
    </AuthCard>
  );
}
