import type { Metadata } from "next";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { EconomicsView } from "@/features/economics/economics-view";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Unit economics" };

// It shows what the organization paid for its seats: for the members who buy them, as orders are.
export default async function UnitEconomicsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  return (
    <>
      <BackLink href={`/o/${org.slug}/usage`}>Usage</BackLink>
      <PageHeader
        title="Unit economics"
        description="What a device costs you per month on its license, against what the same usage would cost on per-token cloud billing, per SKU and for the fleet over the next 12 months."
      />
      {can(org.role, "licenses:buy") ? (
        <EconomicsView orgSlug={org.slug} />
      ) : (
        <RestrictedNotice
          title="Only owners, admins and sales can see unit economics"
          description="The figures include what your organization paid for its seats. Fleet usage is on the Usage page."
        />
      )}
    </>
  );
}
