import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { UsageView } from "@/features/fleet/usage/usage-view";
import { EconomicsLink } from "@/features/economics/economics-link";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("fleet.pages.usage"))("title") };
}

// Every member reads the fleet's usage: what devices do, not what it costs.
export default async function UsagePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const t = await getTranslations("fleet.pages.usage");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={can(access.org.role, "licenses:buy") ? <EconomicsLink orgSlug={access.org.slug} /> : undefined}
      />
      <UsageView orgSlug={access.org.slug} />
    </>
  );
}
