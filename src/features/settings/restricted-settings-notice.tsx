import { getTranslations } from "next-intl/server";
import { RestrictedNotice } from "./restricted-notice";

type RestrictedSection = "apiKeys" | "auditLog" | "billing" | "webhooks";

/** A settings section's restricted notice in the console's language (a server component). */
export async function RestrictedSettingsNotice({ section }: { section: RestrictedSection }) {
  const t = await getTranslations(`settings.restricted.${section}`);
  return <RestrictedNotice title={t("title")} description={t("description")} />;
}
