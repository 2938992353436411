import type { Metadata } from "next";
import { AlertHistory } from "@/features/alerts/alert-history";
import { getOrgAccess } from "@/server/console/org-access";

export const metadata: Metadata = { title: "Alert history" };

export default async function AlertHistoryPage({ params }: { params: Promise<{ slug: string; ruleId: string }> }) {
  const { slug, ruleId } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  return <AlertHistory orgSlug={access.org.slug} ruleId={ruleId} />;
}
