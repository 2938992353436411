import { settingsMetadata } from "@/features/settings/settings-metadata";
import { getOrgAccess } from "@/server/console/org-access";
import { MembersSection } from "@/features/members/members-section";
import { can } from "@/shared/permissions";

export const generateMetadata = settingsMetadata("members");

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  return (
    <MembersSection
      orgSlug={access.org.slug}
      viewer={{ userId: access.user.id, role: access.org.role, canManage: can(access.org.role, "members:manage") }}
    />
  );
}
