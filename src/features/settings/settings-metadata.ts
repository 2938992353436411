import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";

type SettingsPage = "general" | "members" | "apiKeys" | "webhooks" | "billing" | "auditLog";

/** A settings page's `generateMetadata`: its title in the console's language. */
export function settingsMetadata(page: SettingsPage): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations("settings.meta"))(page) });
}
