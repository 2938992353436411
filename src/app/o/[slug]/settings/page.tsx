import { settingsMetadata } from "@/features/settings/settings-metadata";
import { getOrgAccess } from "@/server/console/org-access";
import { GeneralSettingsForm } from "@/features/organizations/general-settings-form";
import { LeaveOrgCard } from "@/features/organizations/leave-org-card";
import { SessionPolicyForm } from "@/features/organizations/session-policy-form";
import { can } from "@/shared/permissions";

export const generateMetadata = settingsMetadata("general");

export default async function GeneralSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  return (
    <div className="space-y-6">
      <GeneralSettingsForm org={{ name: org.name, slug: org.slug }} canManage={can(org.role, "org:manage")} />
      <SessionPolicyForm orgSlug={org.slug} canManage={can(org.role, "org:manage")} />
      <LeaveOrgCard orgSlug={org.slug} orgName={org.name} />
    </div>
  );
}
