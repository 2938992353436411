import { Plus } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { SkusList } from "@/features/skus/skus-list";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("skus"))("metaTitle") };
}

export default async function SkusPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org } = access;
  const canWrite = can(org.role, "skus:write");
  const t = await getTranslations("skus");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          canWrite ? (
            <Button asChild>
              <Link href={`/o/${org.slug}/skus/new`}>
                <Plus aria-hidden />
                {t("newSku")}
              </Link>
            </Button>
          ) : undefined
        }
      />
      <SkusList orgSlug={org.slug} canWrite={canWrite} />
    </>
  );
}
