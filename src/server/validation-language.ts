import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { z } from "zod";
import { en, zhCN } from "zod/v4/locales";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";
import zhCNMessages from "@/messages/validation/zh-CN.json";
import { wordSchemaMessagesWith } from "@/shared/schema-message";

/**
 * Validation messages in the language of the request being validated: the console's procedures
 * validate inside `validateInLanguage(locale, …)`; everything else (the manufacturer API, the
 * device gateway, scripts) is validated in English, the API's language. Our schemas' own messages
 * are translated from `src/messages/validation/<locale>.json`; zod's built-in ones (a check
 * without a message of ours) come from zod's locales.
 */
const language = new AsyncLocalStorage<Locale>();

/** English message → its translation, per language (English is the message itself). */
export const SCHEMA_TRANSLATIONS: Record<Exclude<Locale, "en">, Readonly<Record<string, string>>> = { "zh-CN": zhCNMessages };
const ZOD_MESSAGES = { en: en().localeError, "zh-CN": zhCN().localeError } satisfies Record<Locale, unknown>;

function validationLocale(): Locale {
  return language.getStore() ?? DEFAULT_LOCALE;
}

z.config({ localeError: (issue) => ZOD_MESSAGES[validationLocale()](issue) });
wordSchemaMessagesWith((english) => {
  const locale = validationLocale();
  return locale === "en" ? english : (SCHEMA_TRANSLATIONS[locale][english] ?? english);
});

export function validateInLanguage<T>(locale: Locale, run: () => T): T {
  return language.run(locale, run);
}
