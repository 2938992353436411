import { settingsMetadata } from "@/features/settings/settings-metadata";
import { WebhooksSection } from "@/features/webhooks/webhooks-section";
import { RestrictedSettingsNotice } from "@/features/settings/restricted-settings-notice";
import { getOrgAccess } from "@/server/console/org-access";
import { can } from "@/shared/permissions";

export const generateMetadata = settingsMetadata("webhooks");

export default async function WebhooksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "webhooks:manage")) {
    return (
      <RestrictedSettingsNotice section="webhooks" />
    );
  }
  return <WebhooksSection orgSlug={access.org.slug} />;
}
