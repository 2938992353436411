import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertsList } from "@/features/alerts/alerts-list";
import { getOrgAccess } from "@/server/console/org-access";
import { can } from "@/shared/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts.list"))("metaTitle") };
}

export default async function AlertsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  return <AlertsList orgSlug={access.org.slug} canManage={can(access.org.role, "alerts:manage") && !access.org.operatorView} />;
}
