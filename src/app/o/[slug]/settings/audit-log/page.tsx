import { settingsMetadata } from "@/features/settings/settings-metadata";
import { AuditLog } from "@/features/audit/audit-log";
import { getOrgAccess } from "@/server/console/org-access";
import { RestrictedSettingsNotice } from "@/features/settings/restricted-settings-notice";
import { can } from "@/shared/permissions";

export const generateMetadata = settingsMetadata("auditLog");

export default async function AuditLogPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "audit:read")) {
    return (
      <RestrictedSettingsNotice section="auditLog" />
    );
  }
  return <AuditLog orgSlug={access.org.slug} />;
}
