import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AlertHistory } from "@/features/alerts/alert-history";
import { getOrgAccess } from "@/server/console/org-access";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts.history"))("metaTitle") };
}

export default async function AlertHistoryPage({ params }: { params: Promise<{ slug: string; ruleId: string }> }) {
  const { slug, ruleId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  return <AlertHistory orgSlug={access.org.slug} ruleId={ruleId} />;
}
