import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { AgentsOverview } from "@/features/sku-config/agents-overview";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Agents" };

export default async function AgentsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  return (
    <>
      <PageHeader title="Agents" description="Prebuilt agents and MCP tools, composed per SKU and published as versioned configurations that devices pick up at boot." />
      <AgentsOverview orgSlug={org.slug} canEdit={can(org.role, "skus:write")} />
    </>
  );
}
