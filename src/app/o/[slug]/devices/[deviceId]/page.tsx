import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getOrgAccess } from "@/server/console/org-access";
import { DeviceDetailView } from "@/features/devices/device-detail";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devices.page"))("deviceMetaTitle") };
}

export default async function DevicePage({ params }: { params: Promise<{ slug: string; deviceId: string }> }) {
  const { slug, deviceId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  return <DeviceDetailView orgSlug={access.org.slug} deviceId={deviceId} canWrite={can(access.org.role, "devices:write")} />;
}
