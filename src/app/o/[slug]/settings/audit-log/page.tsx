import type { Metadata } from "next";
import { AuditLog } from "@/features/audit/audit-log";
import { getOrgAccess } from "@/server/console/org-access";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "audit:read")) {
    return (
      <RestrictedNotice
        title="Only owners and admins can see the audit log"
        description="The audit log records every change made in this organization. Ask an owner or admin if you need to review it."
      />
    );
  }
  return <AuditLog orgSlug={access.org.slug} />;
}
