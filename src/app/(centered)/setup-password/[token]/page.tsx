import type { Metadata } from "next";
import { AuthCard } from "@/features/auth/auth-card";
import { SetupPasswordForm } from "@/features/auth/setup-password-form";

export const metadata: Metadata = { title: "Choose a password" };

export default async function SetupPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <AuthCard title="Choose a password" description="You will use it with your email address to sign in.">
      <SetupPasswordForm token={token} />
    </AuthCard>
  );
}
