import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { UsageView } from "@/features/fleet/usage/usage-view";
import { EconomicsLink } from "@/features/economics/economics-link";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Usage" };

// Every member reads the fleet's usage: what devices do, not what it costs.
export default async function UsagePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  return (
    <>
      <PageHeader
        title="Usage"
        description="Interactions, minutes and tokens across your fleet, active devices, seat utilization and the busiest devices. Times are in your time zone or UTC, as you choose under the filters; days are UTC days."
        actions={can(access.org.role, "licenses:buy") ? <EconomicsLink orgSlug={access.org.slug} /> : undefined}
      />
      <UsageView orgSlug={access.org.slug} />
    </>
  );
}
