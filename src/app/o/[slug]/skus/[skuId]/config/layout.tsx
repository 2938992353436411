import type { ReactNode } from "react";
import { ConfigHeader } from "@/features/sku-config/config-header";
import { ConfigNav } from "@/features/sku-config/config-nav";

type ConfigLayoutProps = { children: ReactNode; params: Promise<{ slug: string; skuId: string }> };

/** The header and tabs shared by a SKU's composer and its versions. */
export default async function ConfigLayout({ children, params }: ConfigLayoutProps) {
  const { slug, skuId } = await params;
  return (
    <>
      <ConfigHeader orgSlug={slug} skuId={skuId} />
      <ConfigNav orgSlug={slug} skuId={skuId} />
      {children}
    </>
  );
}
