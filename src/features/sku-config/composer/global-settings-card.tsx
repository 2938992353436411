import { useTranslations } from "next-intl";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Settings } from "../config-types";
import type { ItemIssues } from "../issue-paths";
import { SettingsForm } from "../settings/settings-form";
import { SettingsSummary } from "../settings/settings-summary";
import { useSettingWording } from "../settings/setting-wording";

type GlobalSettingsCardProps = {
  values: Settings;
  issues: ItemIssues;
  /** absent when read-only */
  onChange?: (field: string, value: unknown) => void;
};

/** Wake word, language, voice and realtime region: settings of the whole configuration. */
export function GlobalSettingsCard({ values, issues, onChange }: GlobalSettingsCardProps) {
  const t = useTranslations("skuConfig.lineup");
  const fields = useSettingWording().global;
  return (
    <Card aria-labelledby="global-settings-title">
      <CardHeader>
        <CardTitle id="global-settings-title">{t("globalTitle")}</CardTitle>
        <CardDescription>{t("globalDescription")}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-3">
        {issues.general.map((message) => (
          <p key={message} className="text-xs font-medium text-red-700">
            {message}
          </p>
        ))}
        {onChange ? (
          <SettingsForm idPrefix="global" fields={fields} values={values} issues={issues} onChange={onChange} />
        ) : (
          <SettingsSummary fields={fields} values={values} label={t("globalTitle")} />
        )}
      </CardContent>
    </Card>
  );
}
