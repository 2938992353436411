import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ConsoleShell } from "@/features/console/console-shell";
import { getOrgAccess } from "@/server/console/org-access";
import { RedirectToSignIn } from "@/features/console/redirect-to-sign-in";
import { db } from "@/server/db";
import { listMyOrganizations } from "@/server/modules/organizations/organizations";

type LayoutProps = { children: ReactNode; params: Promise<{ slug: string }> };

/**
 * The console of one organization. Non-members get the 404 page, so the existence of an
 * organization is not revealed. Pages below render in parallel with this layout, so each
 * page also reads `getOrgAccess` and renders nothing private without membership.
 */
export default async function OrgLayout({ children, params }: LayoutProps) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status === "signed-out") return <RedirectToSignIn />;
  if (access.status === "not-member") notFound();
  const orgs = await listMyOrganizations(db, access.user.id);
  return (
    <ConsoleShell org={access.org} orgs={orgs} user={access.user}>
      {children}
    </ConsoleShell>
  );
}
