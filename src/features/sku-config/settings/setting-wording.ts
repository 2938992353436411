import { createTranslator, useLocale, useMessages } from "next-intl";
import { useMemo } from "react";
import type { Locale } from "@/i18n/locales";
import type { Messages } from "@/messages";
import { globalSettingFields } from "./global-setting-fields";
import type { SettingField } from "./setting-fields";
import { rowNoun } from "./typed-values";

export type SettingTextKey = keyof Messages["skuConfig"]["settings"];

/**
 * The words of the generated settings controls and of setting values (hints, summaries, version
 * diffs) in one language. The pure helpers take it as an argument, so their unit tests run in
 * either language without React. Setting titles and descriptions are catalog data and stay as
 * they are (docs/i18n.md).
 */
export type SettingWording = {
  locale: string;
  text: (key: SettingTextKey, values?: Record<string, string | number>) => string;
  /** what one row of a repeatable field is called: "language pair" in English, the field's title elsewhere */
  rowNoun: (title: string) => string;
  /** the settings of the whole configuration (wake word, voice, …), titled in this language */
  global: SettingField[];
};

export function settingWording(locale: Locale, messages: Messages): SettingWording {
  const t = createTranslator({ locale, messages, namespace: "skuConfig.settings" });
  // English grammar (singular, lower case) only fits English sentences; the title is the data's own name.
  return {
    locale,
    text: (key, values) => t(key, values),
    rowNoun: (title) => (locale === "en" ? rowNoun(title) : title),
    global: globalSettingFields(messages.skuConfig.globalSettings),
  };
}

/** settingWording in the console's language. */
export function useSettingWording(): SettingWording {
  const locale = useLocale();
  const messages = useMessages();
  return useMemo(() => settingWording(locale, messages), [locale, messages]);
}
