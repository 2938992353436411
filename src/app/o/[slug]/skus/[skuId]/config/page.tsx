import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { SkuComposer } from "@/features/sku-config/composer/sku-composer";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("skuConfig.meta"))("composer") };
}

// Every member reads the configuration; editing and publishing need skus:write.
export default async function SkuConfigPage({ params }: { params: Promise<{ slug: string; skuId: string }> }) {
  const { slug, skuId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { role, slug: orgSlug } = access.org;
  return <SkuComposer orgSlug={orgSlug} skuId={skuId} canEdit={can(role, "skus:write")} />;
}
