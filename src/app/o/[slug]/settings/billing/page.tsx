import { settingsMetadata } from "@/features/settings/settings-metadata";
import { BillingProfileForm } from "@/features/billing/billing-profile-form";
import { RestrictedSettingsNotice } from "@/features/settings/restricted-settings-notice";
import { getOrgAccess } from "@/server/console/org-access";
import { countryOptions } from "@/server/modules/billing/billing-profile";
import { can } from "@/shared/permissions";

export const generateMetadata = settingsMetadata("billing");

export default async function BillingSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "licenses:buy")) {
    return (
      <RestrictedSettingsNotice section="billing" />
    );
  }
  return <BillingProfileForm orgSlug={access.org.slug} countries={countryOptions()} />;
}
