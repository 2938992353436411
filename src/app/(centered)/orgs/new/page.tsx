import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AuthCard } from "@/features/auth/auth-card";
import { VerifyEmailNotice } from "@/features/auth/verify-email-notice";
import { getSessionUser } from "@/server/console/org-access";
import { CreateOrgForm } from "@/features/organizations/create-org-form";
import { db } from "@/server/db";
import { mailDelivery } from "@/server/modules/mail/send-mail";
import { listMyOrganizations } from "@/server/modules/organizations/organizations";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("organizations.create"))("metaTitle") };
}

export default async function NewOrganizationPage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in?callbackUrl=/orgs/new");
  const orgs = await listMyOrganizations(db, user.id);
  const t = await getTranslations("organizations.create");
  return (
    <AuthCard
      title={t("title")}
      description={t("description")}
    >
      {user.emailVerified ? <CreateOrgForm /> : <VerifyEmailNotice email={user.email} mailUnavailable={mailDelivery() === "none"} />}
      {orgs[0] ? (
        <p className="mt-6 text-center text-sm text-slate-600">
          <Link href={`/o/${orgs[0].slug}`} className="font-medium text-brand-700 hover:underline">
            {t("back", { name: orgs[0].name })}
          </Link>
        </p>
      ) : null}
      {user.isOperator && user.emailVerified ? (
        <p className="mt-3 text-center text-sm text-slate-600">
          <Link href="/operator" className="font-medium text-brand-700 hover:underline">
            {t("operator")}
          </Link>
        </p>
      ) : null}
      <p className="mt-3 text-center text-sm text-slate-600">
        <Link href="/account" className="font-medium text-brand-700 hover:underline">
          {t("account")}
        </Link>
      </p>
    </AuthCard>
  );
}
