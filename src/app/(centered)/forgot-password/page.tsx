import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/auth-card";
import { ForgotPasswordForm } from "@/features/auth/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.forgotPassword"))("metaTitle") };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ForgotPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { email } = await searchParams;
  const t = await getTranslations("auth.forgotPassword");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      <ForgotPasswordForm initialEmail={typeof email === "string" ? email : ""} />
    </AuthCard>
  );
}
