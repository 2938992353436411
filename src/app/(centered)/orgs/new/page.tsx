import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { AuthCard } from "@/features/auth/auth-card";
import { CreateOrgForm } from "@/features/organizations/create-org-form";
import { db } from "@/server/db";
import { getSessionUserId } from "@/server/auth";
import { listMyOrganizations } from "@/server/modules/organizations/organizations";

export const metadata: Metadata = { title: "Create organization" };

export default async function NewOrganizationPage() {
  const userId = await getSessionUserId();
  if (!userId) redirect("/sign-in?callbackUrl=/orgs/new");
  const [orgs, user] = await Promise.all([
    listMyOrganizations(db, userId),
    db.user.findUnique({ where: { id: userId }, select: { isOperator: true } }),
  ]);
  return (
    <AuthCard
      title="Create an organization"
      description="An organization holds your SKUs, devices, licenses and team. You will be its owner."
    >
      <CreateOrgForm />
      {orgs[0] ? (
        <p className="mt-6 text-center text-sm text-slate-600">
          <Link href={`/o/${orgs[0].slug}`} className="font-medium text-brand-700 hover:underline">
            Back to {orgs[0].name}
          </Link>
        </p>
      ) : null}
      {user?.isOperator ? (
        <p className="mt-3 text-center text-sm text-slate-600">
          <Link href="/operator" className="font-medium text-brand-700 hover:underline">
            Open the operator console
          </Link>
        </p>
      ) : null}
    </AuthCard>
  );
}
