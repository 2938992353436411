"use client";

import { useMutation } from "@tanstack/react-query";
import { Languages } from "lucide-react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useId, useTransition } from "react";
import { Select } from "@/components/ui/select";
import { isLocale, LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALE_NAMES, LOCALES, type Locale } from "@/i18n/locales";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";

/** Remembers the choice in this browser (the server reads the cookie on every request). */
function rememberLocale(locale: Locale) {
  document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; samesite=lax`;
}

/**
 * Changing the console's language keeps the page and its filters (the URL does not change): the
 * cookie is set and the page re-rendered in place. Signed in, the choice is also saved on the
 * profile, so a new browser starts in it.
 */
export function useLocaleChange(signedIn: boolean) {
  const locale = useLocale();
  const router = useRouter();
  const trpc = useTRPC();
  const save = useMutation(trpc.account.setLocale.mutationOptions());
  const [pending, startTransition] = useTransition();
  const change = (value: string) => {
    if (!isLocale(value) || value === locale) return;
    rememberLocale(value);
    if (signedIn) save.mutate({ locale: value });
    startTransition(() => router.refresh());
  };
  return { locale, change, pending, saveFailed: save.isError };
}

/** The language picker of pages without the user menu (sign-in and the other centered pages). */
export function LanguageSwitcher({ signedIn, className }: { signedIn: boolean; className?: string }) {
  const t = useTranslations("common.language");
  const id = useId();
  const { locale, change: onChange, pending, saveFailed } = useLocaleChange(signedIn);

  return (
    <div className={cn("flex items-center gap-2", className)}>
      <Languages className="size-4 shrink-0 text-slate-500" aria-hidden />
      <label htmlFor={id} className="sr-only">
        {t("label")}
      </label>
      <Select id={id} value={locale} onChange={(event) => onChange(event.target.value)} aria-busy={pending} className="min-w-32">
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
      </Select>
      {saveFailed ? <p className="text-xs text-amber-700">{t("changeFailed")}</p> : null}
    </div>
  );
}
