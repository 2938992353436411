import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { ConfigRollouts } from "@/features/sku-config/rollouts/config-rollouts";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("skuConfig.meta"))("rollouts") };
}

// Every member watches rollouts; promoting, pausing and aborting need skus:write.
export default async function SkuRolloutsPage({ params }: { params: Promise<{ slug: string; skuId: string }> }) {
  const { slug, skuId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { role, slug: orgSlug } = access.org;
  return <ConfigRollouts orgSlug={orgSlug} skuId={skuId} canControl={can(role, "skus:write")} />;
}
