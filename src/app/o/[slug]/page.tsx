import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { db } from "@/server/db";
import { getOrgAccess } from "@/server/console/org-access";
import { onboardingProgress } from "@/server/modules/organizations/onboarding";
import { GetStarted } from "@/features/dashboard/get-started";
import { KpiCards } from "@/features/dashboard/kpi-cards";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("metaTitle") };
}

export default async function DashboardPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const access = await getOrgAccess(slug);
  if (access.status !== "member") return null;
  const { org, user } = access;
  const firstName = user.name?.trim().split(/\s+/)[0];
  const progress = await onboardingProgress(db, org.id, org.role);
  const onboarding = progress.some((step) => !step.done);
  const fresh = progress.length > 0 && progress.every((step) => !step.done);
  const t = await getTranslations("dashboard");
  return (
    <>
      <PageHeader
        title={org.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            {firstName ? t("welcomeName", { name: firstName }) : t("welcome")}
            <Badge tone="brand">{t(`roles.${org.role}`)}</Badge>
          </span>
        }
      />
      <div className="space-y-8">
        {/* A brand-new organization's KPIs are all empty: its first steps come first. */}
        {fresh && <GetStarted orgSlug={org.slug} progress={progress} />}
        <KpiCards />
        {onboarding && !fresh && <GetStarted orgSlug={org.slug} progress={progress} />}
      </div>
    </>
  );
}
