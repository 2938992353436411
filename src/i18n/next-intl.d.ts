import type { Messages } from "@/messages";
import type { Locale } from "./locales";

// Message keys and locales are checked at compile time: t("licenses.nope") fails to build.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
