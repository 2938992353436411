import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { LatencyView } from "@/features/fleet/latency/latency-view";

export const metadata: Metadata = { title: "Latency" };

// Every member reads the fleet's latency; each chart's SLO comes in its own response (the server's single definition).
export default async function LatencyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  return (
    <>
      <PageHeader
        title="Latency"
        description="End-to-end latency of your fleet's interactions against the voice and video SLOs, where the time goes, and how releases compare. Times are in your time zone or UTC, as you choose under the filters; days are UTC days."
      />
      <LatencyView orgSlug={access.org.slug} />
    </>
  );
}
