import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { RegisterDevices } from "@/features/devices/register/register-devices";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Register devices" };

type PageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ skuId?: string | string[] }> };

export default async function RegisterDevicesPage({ params, searchParams }: PageProps) {
  const { slug } = await params;
  const { skuId } = await searchParams;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "devices:write")) {
    return (
      <RestrictedNotice
        title="Only owners, admins and developers can register devices"
        description="Ask someone with one of those roles to register the devices, or to change your role."
      />
    );
  }
  return (
    <>
      <PageHeader
        title="Register devices"
        description="Add devices by serial, one at a time or from a CSV. Secrets are generated here and shown once, in the factory manifest."
      />
      <RegisterDevices orgSlug={access.org.slug} initialSkuId={typeof skuId === "string" ? skuId : ""} />
    </>
  );
}
