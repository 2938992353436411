import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { AgentsOverview } from "@/features/sku-config/agents-overview";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("skuConfig.meta"))("agents") };
}

export default async function AgentsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  const t = await getTranslations("skuConfig");
  return (
    <>
      <PageHeader title={t("meta.agents")} description={t("overview.description")} />
      <AgentsOverview orgSlug={org.slug} canEdit={can(org.role, "skus:write")} />
    </>
  );
}
