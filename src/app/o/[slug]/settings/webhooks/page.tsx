import type { Metadata } from "next";
import { WebhooksSection } from "@/features/webhooks/webhooks-section";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { getOrgAccess } from "@/server/console/org-access";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "webhooks:manage")) {
    return (
      <RestrictedNotice
        title="Only owners, admins and developers manage webhooks"
        description="Webhooks send your organization's events to your own systems. Ask an owner, admin or developer to set one up."
      />
    );
  }
  return <WebhooksSection orgSlug={access.org.slug} />;
}
