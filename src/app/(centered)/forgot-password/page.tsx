import type { Metadata } from "next";
import { AuthCard } from "@/features/auth/auth-card";
import { ForgotPasswordForm } from "@/features/auth/forgot-password-form";

export const metadata: Metadata = { title: "Reset your password" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { email } = await searchParams;
  return (
    <AuthCard title="Reset your password" description="Choosing a new password signs you out everywhere.">
      <ForgotPasswordForm initialEmail={typeof email === "string" ? email : ""} />
    </AuthCard>
  );
}
