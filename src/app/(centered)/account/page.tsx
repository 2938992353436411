import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ChangePasswordForm } from "@/features/account/change-password-form";
import { SignOutEverywhere } from "@/features/account/sign-out-everywhere";
import { AuthCard } from "@/features/auth/auth-card";
import { VerifyEmailNotice } from "@/features/auth/verify-email-notice";
import { getSessionUser } from "@/server/console/org-access";
import { db } from "@/server/db";
import { mailDelivery } from "@/server/modules/mail/send-mail";
import { env } from "@/server/env";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/account");
  const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  return (
    <div className="space-y-6">
      <AuthCard title="Your account" description={user.email}>
        <div className="space-y-6">
          {user.emailVerified ? null : <VerifyEmailNotice email={user.email} mailUnavailable={mailDelivery() === "none"} />}
          <section aria-labelledby="password-heading" className="space-y-3">
            <h2 id="password-heading" className="text-sm font-semibold text-slate-900">
              Password
            </h2>
            {passwordHash ? (
              <ChangePasswordForm email={user.email} />
            ) : (
              <p className="text-sm text-slate-600">
                Your account has no password (you sign in with a provider).{" "}
                <Link href={`/forgot-password?email=${encodeURIComponent(user.email)}`} className="font-medium text-brand-700 hover:underline">
                  Choose one by email
                </Link>
                .
              </p>
            )}
          </section>
          <section aria-labelledby="sessions-heading" className="space-y-3 border-t border-slate-100 pt-5">
            <h2 id="sessions-heading" className="text-sm font-semibold text-slate-900">
              Sessions
            </h2>
            <p className="text-sm text-slate-600">
              A session ends after {env.SESSION_IDLE_HOURS} hours without activity and {env.SESSION_MAX_DAYS} days after signing in,
              whichever comes first.
            </p>
            <SignOutEverywhere trigger={<Button variant="secondary" className="w-full">Sign out everywhere</Button>} />
          </section>
        </div>
      </AuthCard>
      <p className="text-center text-sm text-slate-600">
        <Link href="/" className="font-medium text-brand-700 hover:underline">
          Back to Anima
        </Link>
      </p>
    </div>
  );
}
