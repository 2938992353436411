import { useTranslations } from "next-intl";
import type { Catalog, CatalogAgent } from "../config-types";
import { NO_ISSUES, type AgentIssues } from "../issue-paths";
import { settingFields } from "../settings/setting-fields";
import { SettingsForm } from "../settings/settings-form";
import { SettingsSummary } from "../settings/settings-summary";
import type { DraftAgent } from "./lineup-draft";
import type { LineupEditor } from "./use-lineup-editor";

type AgentSettingsProps = {
  idPrefix: string;
  entry: DraftAgent;
  agent: CatalogAgent | undefined;
  agentName: string;
  catalog: Catalog;
  issues: AgentIssues | undefined;
  /** absent when read-only */
  editor?: LineupEditor;
};

/** The settings of a lineup agent and of each of its tools: forms when editing, a summary otherwise. */
export function AgentSettings({ idPrefix, entry, agent, agentName, catalog, issues, editor }: AgentSettingsProps) {
  const t = useTranslations("skuConfig.lineup");
  const agentFields = agent ? settingFields(agent.settingsSchema) : [];
  return (
    <div className="space-y-5">
      {editor ? (
        <SettingsForm
          idPrefix={idPrefix}
          fields={agentFields}
          values={entry.settings}
          issues={issues ?? NO_ISSUES}
          onChange={(field, value) => editor.setAgentSetting(entry.key, field, value)}
        />
      ) : (
        <SettingsSummary fields={agentFields} values={entry.settings} label={t("settingsOfAgent", { name: agentName })} />
      )}
      {entry.tools.map(({ toolId, settings }) => {
        const tool = catalog.tools.find((candidate) => candidate.id === toolId);
        if (!tool) return null;
        const fields = settingFields(tool.settingsSchema);
        return (
          <section key={toolId} aria-label={t("toolSettings", { tool: tool.name })} className="space-y-3 border-t border-slate-100 pt-4">
            <h4 className="text-sm font-semibold text-slate-800">{tool.name}</h4>
            {editor ? (
              <SettingsForm
                idPrefix={`${idPrefix}-${toolId}`}
                fields={fields}
                values={settings}
                issues={issues?.tools[toolId] ?? NO_ISSUES}
                onChange={(field, value) => editor.setToolSetting(entry.key, toolId, field, value)}
              />
            ) : (
              <SettingsSummary fields={fields} values={settings} label={t("toolSettingsOf", { tool: tool.name, agent: agentName })} />
            )}
          </section>
        );
      })}
    </div>
  );
}
