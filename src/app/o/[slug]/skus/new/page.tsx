import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { RestrictedNotice } from "@/features/settings/restricted-notice";
import { NewSku } from "@/features/skus/new-sku";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "New SKU" };

export default async function NewSkuPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  if (!can(access.org.role, "skus:write")) {
    return (
      <RestrictedNotice
        title="Only owners, admins and developers can create SKUs"
        description="Ask someone with one of those roles to create the SKU, or to change your role."
      />
    );
  }
  return (
    <>
      <PageHeader title="New SKU" description="Describe a device model. Devices are registered against it; you can edit it later." />
      <NewSku orgSlug={access.org.slug} />
    </>
  );
}
