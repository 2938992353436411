import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/features/console/org-access";
import { SeatBalance } from "@/features/licenses/seat-balance";
import { SeatLedger } from "@/features/licenses/seat-ledger";

export const metadata: Metadata = { title: "Licenses" };

// Every role may read the balance and the ledger, so there is no restricted variant.
export default async function LicensesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  return (
    <>
      <PageHeader
        title="Licenses"
        description="One seat per device, consumed when the device first activates. Seats come from purchases and contract grants."
      />
      <div className="space-y-6">
        <SeatBalance orgSlug={org.slug} />
        <SeatLedger orgSlug={org.slug} />
      </div>
    </>
  );
}
