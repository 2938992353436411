import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { RegisterDevices } from "@/features/devices/register/register-devices";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devices.register"))("metaTitle") };
}

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ skuId?: string | string[] }> };

export default async function RegisterDevicesPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const { skuId } = await searchParams;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const t = await getTranslations("devices.register");
  if (!can(access.org.role, "devices:write")) {
    return (
      <RestrictedNotice
        title={t("restrictedTitle")}
        description={t("restrictedDescription")}
      />
    );
  }
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <RegisterDevices orgSlug={access.org.slug} initialSkuId={typeof skuId === "string" ? skuId : ""} />
    </>
  );
}
