/*
 * The console's languages (contract: device-api.md "Languages"): English and Simplified
 * Chinese, chosen by the NEXT_LOCALE cookie, else the signed-in user's profile, else the
 * browser's Accept-Language on the first visit. URLs never carry the language.
 */

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const LOCALE_COOKIE = "NEXT_LOCALE";
/** A year: the choice outlives sessions. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Each language named in itself, as a switcher lists them. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);

/**
 * The best console language for an Accept-Language header: the first language by quality that
 * we speak. Any Chinese but Traditional-only tags (zh-TW, zh-HK, zh-Hant) reads Simplified;
 * nothing we speak reads English.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.toLowerCase(), quality: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.tag && entry.quality > 0 && Number.isFinite(entry.quality))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag === "en" || tag.startsWith("en-")) return "en";
    if (tag === "zh" || (tag.startsWith("zh-") && !/^zh-(tw|hk|mo|hant)/.test(tag))) return "zh-CN";
  }
  return DEFAULT_LOCALE;
}
