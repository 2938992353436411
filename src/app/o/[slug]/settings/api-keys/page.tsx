import type { Metadata } from "next";
import { ApiKeysSection } from "@/features/api-keys/api-keys-section";
import { getOrgAccess } from "@/server/console/org-access";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "apikeys:manage")) {
    return (
      <RestrictedNotice
        title="Only owners and admins can manage API keys"
        description="API keys let your factory line and backend call Anima. Ask an owner or admin if you need one."
      />
    );
  }
  return <ApiKeysSection orgSlug={access.org.slug} />;
}
