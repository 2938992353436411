import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { SkusList } from "@/features/skus/skus-list";
import { can } from "@/shared/permissions";

export const metadata: Metadata = { title: "SKUs" };

export default async function SkusPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  const canWrite = can(org.role, "skus:write");
  return (
    <>
      <PageHeader
        title="SKUs"
        description="Your device models: kind, capabilities and hardware revision. Devices are registered against a SKU."
        actions={
          canWrite ? (
            <Button asChild>
              <Link href={`/o/${org.slug}/skus/new`}>
                <Plus aria-hidden />
                New SKU
              </Link>
            </Button>
          ) : undefined
        }
      />
      <SkusList orgSlug={org.slug} canWrite={canWrite} />
    </>
  );
}
