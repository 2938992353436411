import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { DeviceList } from "@/features/devices/device-list";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "Devices" };

export default async function DevicesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  const canWrite = can(org.role, "devices:write");
  return (
    <>
      <PageHeader
        title="Devices"
        description="Every registered device with its serial, SKU, firmware and lifecycle status."
        actions={
          canWrite ? (
            <Button asChild>
              <Link href={`/o/${org.slug}/devices/register`}>
                <Plus aria-hidden />
                Register devices
              </Link>
            </Button>
          ) : undefined
        }
      />
      <DeviceList orgSlug={org.slug} canWrite={canWrite} />
    </>
  );
}
