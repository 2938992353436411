import type { Metadata } from "next";
import { BillingProfileForm } from "@/features/billing/billing-profile-form";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { getOrgAccess } from "@/server/console/org-access";
import { countryOptions } from "@/server/modules/billing/billing-profile";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingSettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "licenses:buy")) {
    return (
      <RestrictedNotice
        title="Only owners, admins and sales see billing details"
        description="The billing profile — legal name, address, tax ID — is kept by the members who buy seats."
      />
    );
  }
  return <BillingProfileForm orgSlug={access.org.slug} countries={countryOptions()} />;
}
