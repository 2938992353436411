import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BackLink } from "@/components/ui/back-link";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { EconomicsView } from "@/features/economics/economics-view";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("economics.page");
  return { title: t("metaTitle") };
}

// It shows what the organization paid for its seats: for the members who buy them, as orders are.
export default async function UnitEconomicsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  const t = await getTranslations("economics.page");
  return (
    <>
      <BackLink href={`/o/${org.slug}/usage`}>{t("back")}</BackLink>
      <PageHeader title={t("title")} description={t("description")} />
      {can(org.role, "licenses:buy") ? (
        <EconomicsView orgSlug={org.slug} />
      ) : (
        <RestrictedNotice title={t("restrictedTitle")} description={t("restrictedDescription")} />
      )}
    </>
  );
}
