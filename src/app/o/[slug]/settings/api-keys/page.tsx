import { settingsMetadata } from "@/features/settings/settings-metadata";
import { ApiKeysSection } from "@/features/api-keys/api-keys-section";
import { getOrgAccess } from "@/server/console/org-access";
import { RestrictedSettingsNotice } from "@/features/settings/restricted-settings-notice";
import { can } from "@/shared/permissions";

export const generateMetadata = settingsMetadata("apiKeys");

export default async function ApiKeysPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "apikeys:manage")) {
    return (
      <RestrictedSettingsNotice section="apiKeys" />
    );
  }
  return <ApiKeysSection orgSlug={access.org.slug} />;
}
