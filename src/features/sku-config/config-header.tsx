"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { CapabilityBadges } from "@/features/skus/capability-badges";
import { useTRPC } from "@/lib/trpc";
import { configPaths } from "./config-paths";

/** "← Pip Talking Bear", the page title and what the SKU is; shared by the composer and the versions page. */
export function ConfigHeader({ orgSlug, skuId }: { orgSlug: string; skuId: string }) {
  const trpc = useTRPC();
  const t = useTranslations("skuConfig.header");
  const sku = useQuery(trpc.sku.get.queryOptions({ orgSlug, skuId }));
  const paths = configPaths(orgSlug, skuId);
  return (
    <>
      <BackLink href={paths.sku}>{sku.data?.name ?? t("back")}</BackLink>
      <PageHeader
        title={t("title")}
        className="mb-4"
        description={
          sku.data ? (
            <span className="flex flex-wrap items-center gap-2">
              <span>{t("description", { name: sku.data.name })}</span>
              <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800">{sku.data.code}</code>
              <CapabilityBadges capabilities={sku.data.capabilities} />
            </span>
          ) : (
            t("descriptionFallback")
          )
        }
      />
    </>
  );
}
