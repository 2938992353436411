import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { ChangePasswordForm } from "@/features/account/change-password-form";
import { SignOutEverywhere } from "@/features/account/sign-out-everywhere";
import { AuthCard } from "@/features/auth/auth-card";
import { VerifyEmailNotice } from "@/features/auth/verify-email-notice";
import { getSessionUser } from "@/server/console/org-access";
import { db } from "@/server/db";
import { mailDelivery } from "@/server/modules/mail/send-mail";
import { env } from "@/server/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("metaTitle") };
}

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account");
  const t = await getTranslations("account");
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  return (
    <div className="space-y-6">
      <AuthCard title={t("title")} description={user.email}>
        <div className="space-y-6">
          {user.emailVerified ? null : <VerifyEmailNotice email={user.email} mailUnavailable={mailDelivery() === "none"} />}
          <section aria-labelledby="password-heading" className="space-y-3">
            <h2 id="password-heading" className="text-sm font-semibold text-slate-900">
              {t("password")}
            </h2>
            {passwordHash ? (
              <ChangePasswordForm email={user.email} />
            ) : (
              <p className="text-sm text-slate-600">
                {t.rich("noPassword", {
                  link: (chunks) => (
                    <Link href={`/forgot-password?email=${encodeURIComponent(user.email)}`} className="font-medium text-brand-700 hover:underline">
                      {chunks}
                    </Link>
                  ),
                })}
              </p>
            )}
          </section>
          <section aria-labelledby="sessions-heading" className="space-y-3 border-t border-slate-100 pt-5">
            <h2 id="sessions-heading" className="text-sm font-semibold text-slate-900">
              {t("sessions")}
            </h2>
            <p className="text-sm text-slate-600">{t("sessionPolicy", { hours: env.SESSION_IDLE_HOURS, days: env.SESSION_MAX_DAYS })}</p>
            <SignOutEverywhere trigger={<Button variant="secondary" className="w-full">{t("signOutEverywhere.button")}</Button>} />
          </section>
        </div>
      </AuthCard>
      <p className="text-center text-sm text-slate-600">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          {t("backToAnima")}
        </Link>
      </p>
    </div>
  );
}
