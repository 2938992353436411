import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { SkuDetail } from "@/features/skus/sku-detail";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("skus"))("metaSku") };
}

export default async function SkuPage({ params }: { params: Promise<{ slug: string; skuId: string }> }) {
  const { slug, skuId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { role, slug: orgSlug } = access.org;
  return (
    <SkuDetail
      orgSlug={orgSlug}
      skuId={skuId}
      canWriteSkus={can(role, "skus:write")}
      canWriteDevices={can(role, "devices:write")}
    />
  );
}
