import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { ConfigVersions } from "@/features/sku-config/versions/config-versions";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("skuConfig.meta"))("versions") };
}

// Every member reads versions, diffs and device JSON; rolling back needs skus:write.
export default async function SkuConfigVersionsPage({ params }: { params: Promise<{ slug: string; skuId: string }> }) {
  const { slug, skuId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { role, slug: orgSlug } = access.org;
  return <ConfigVersions orgSlug={orgSlug} skuId={skuId} canRollBack={can(role, "skus:write")} />;
}
