import { createTranslator } from "use-intl/core";
import { CATALOGS } from "@/messages";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { formatDate, formatDateTime } from "@/lib/format";
import { UTC_ZONE } from "@/lib/time-zone";

/*
 * Mail is written in its recipient's language: the console language they chose (`User.locale`),
 * English until they choose. Texts come from the `mail` namespace of the catalogs; dates are
 * UTC, as the server keeps them.
 */

/** A saved console language as a mail language: English when unset or unknown. */
export const mailLocale = (saved: string | null | undefined): Locale => (isLocale(saved) ? saved : DEFAULT_LOCALE);

/** The `mail` messages of one language, usable outside a request. */
export const mailTranslator = (locale: Locale) => createTranslator({ locale, messages: CATALOGS[locale], namespace: "mail" });

export type MailTranslator = ReturnType<typeof mailTranslator>;

/** A link's expiry: English keeps the RFC 1123 form it always had ("Sat, 05 Dec 2026 17:00:00 GMT"). */
export const mailDateTime = (date: Date, locale: Locale) => (locale === "en" ? date.toUTCString() : `${formatDateTime(date, UTC_ZONE, locale)} UTC`);

/** A day in UTC: "Mar 4, 2026 (UTC)", "2026年3月4日 (UTC)". */
export const mailDay = (date: Date, locale: Locale) => `${formatDate(date, UTC_ZONE, locale)} (UTC)`;
