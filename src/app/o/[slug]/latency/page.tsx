import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { getOrgAccess } from "@/server/console/org-access";
import { LatencyView } from "@/features/fleet/latency/latency-view";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("fleet.pages.latency"))("title") };
}

// Every member reads the fleet's latency; each chart's SLO comes in its own response (the server's single definition).
export default async function LatencyPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const t = await getTranslations("fleet.pages.latency");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <LatencyView orgSlug={access.org.slug} />
    </>
  );
}
