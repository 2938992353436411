import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Logo } from "@/components/logo";
import { Button } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("common.notFound"))("metaTitle") };
}

/** Also what non-members see for an organization: its existence is not revealed. */
export default async function NotFound() {
  const t = await getTranslations("common.notFound");
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 text-center">
      <Logo />
      <div>
        <p className="text-sm font-semibold text-brand-700">{404}</p>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-2 max-w-sm text-sm text-slate-600">{t("body")}</p>
      </div>
      <Button asChild>
        <Link href="/">{t("home")}</Link>
      </Button>
    </main>
  );
}
