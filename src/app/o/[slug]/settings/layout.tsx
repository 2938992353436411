import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { SettingsNav } from "@/features/settings/settings-nav";

export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <>
      <PageHeader title="Settings" description="Your organization, its members, API keys, webhooks, billing details and audit log." />
      <SettingsNav orgSlug={slug} />
      {children}
    </>
  );
}
