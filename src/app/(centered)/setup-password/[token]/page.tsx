import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/auth-card";
import { LinkProblem } from "@/features/auth/link-problem";
import { loadAccountLink } from "@/server/console/load-account-link";
import { SetupPasswordForm } from "@/features/auth/setup-password-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.setupPassword"))("metaTitle") };
}

export default async function SetupPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await loadAccountLink(token);
  if (link !== "invalid" && link.purpose === "VERIFY_EMAIL") redirect(`/verify-email/${encodeURIComponent(token)}`);
  const t = await getTranslations("auth.setupPassword");
  const title = link !== "invalid" && link.purpose === "RESET" ? t("titleReset") : t("title");
  return (
    <AuthCard title={title} description={t("description")}>
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
