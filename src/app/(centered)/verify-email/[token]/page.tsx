import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/auth-card";
import { LinkProblem } from "@/features/auth/link-problem";
import { loadAccountLink } from "@/server/console/load-account-link";
import { VerifyEmailForm } from "@/features/auth/verify-email-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.verifyEmail"))("metaTitle") };
}

/** Opening the link changes nothing (mail scanners open links): the button confirms. */
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await loadAccountLink(token);
  if (link !== "invalid" && link.purpose !== "VERIFY_EMAIL") redirect(`/setup-password/${encodeURIComponent(token)}`);
  const t = await getTranslations("auth.verifyEmail");
  return (
    <AuthCard title={t("title")} description={t("description")}>
      {link === "invalid" ? (
        <LinkProblem problem="invalid" />
      ) : link.status === "valid" ? (
        <VerifyEmailForm token={token} email={link.email} />
      ) : (
        <LinkProblem problem={link.status} />
      )}
    </AuthCard>
  );
}
