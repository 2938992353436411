import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { CATALOGS } from "@/messages";
import { createWording, type Wording } from "./rule-wording";

/** The composer's wording from the catalogs, for unit tests of the pure rules (English unless told). */
export function catalogWording(locale: Locale = "en"): Wording {
  const messages = CATALOGS[locale];
  const rule = createTranslator({ locale, messages, namespace: "skuConfig.rules" });
  const drag = createTranslator({ locale, messages, namespace: "skuConfig.drag" });
  const issue = createTranslator({ locale, messages, namespace: "skuConfig.issues" });
  return createWording({
    locale,
    rule: (key, values) => rule(key, values),
    drag: (key, values) => drag(key, values),
    issue: (key, values) => issue(key, values),
    capabilityLabels: messages.skus.capabilities,
  });
}
