import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsNav } from "@/features/settings/settings-nav";

export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const t = await getTranslations("settings.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <SettingsNav orgSlug={slug} />
      {children}
    </>
  );
}
