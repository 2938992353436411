import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Logo } from "@/components/logo";
import { LanguageSwitcher } from "@/features/i18n/language-switcher";
import { getSessionUser } from "@/server/console/org-access";

/** Pages outside an organization (sign-in, invitations, first organization): one centered card, and the language picker. */
export default async function CenteredLayout({ children }: { children: ReactNode }) {
  const signedIn = (await getSessionUser()) !== null;
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-dvh flex-col items-center bg-gradient-to-b from-brand-50 to-slate-50 px-4 py-10 sm:py-16">
      <div className="mb-6 flex w-full max-w-md items-center justify-between gap-4 sm:mb-8">
        <Link href="/" className="rounded-md" aria-label={t("home")}>
          <Logo />
        </Link>
        <LanguageSwitcher signedIn={signedIn} />
      </div>
      <main className="w-full max-w-md">{children}</main>
    </div>
  );
}
