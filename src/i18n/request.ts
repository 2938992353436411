import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getSessionUser } from "@/server/console/org-access";
import { CATALOGS } from "@/messages";
import { isLocale, LOCALE_COOKIE, negotiateLocale, type Locale } from "./locales";

/**
 * The language of this request: the NEXT_LOCALE cookie (set by the switcher), else the signed-in
 * user's saved choice (a new browser), else Accept-Language. Only the cookie-less case reads the
 * session, and getSessionUser is memoised per request (the console layout reads it anyway).
 */
async function requestLocale(): Promise<Locale> {
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookie)) return cookie;
  const saved = (await getSessionUser())?.locale;
  if (isLocale(saved)) return saved;
  return negotiateLocale((await headers()).get("accept-language"));
}

export default getRequestConfig(async () => {
  const locale = await requestLocale();
  // Server-rendered dates and numbers; the console's own zone choice (local or UTC) applies in the browser.
  return { locale, messages: CATALOGS[locale], timeZone: "UTC" };
});
