import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { NewSku } from "@/features/skus/new-sku";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("skus"))("metaNew") };
}

export default async function NewSkuPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const t = await getTranslations("skus");
  if (!can(access.org.role, "skus:write")) {
    return (
      <RestrictedNotice
        title={t("restrictedTitle")}
        description={t("restrictedDescription")}
      />
    );
  }
  return (
    <>
      <PageHeader title={t("newSku")} description={t("newDescription")} />
      <NewSku orgSlug={access.org.slug} />
    </>
  );
}
