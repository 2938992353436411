import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { DeviceList } from "@/features/devices/device-list";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devices.page"))("metaTitle") };
}

export default async function DevicesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  const canWrite = can(org.role, "devices:write");
  const t = await getTranslations("devices.page");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canWrite ? (
            <Button asChild>
              <Link href={`/o/${org.slug}/devices/register`}>
                <Plus aria-hidden />
                {t("register")}
              </Link>
            </Button>
          ) : undefined
        }
      />
      <DeviceList orgSlug={org.slug} canWrite={canWrite} />
    </>
  );
}
