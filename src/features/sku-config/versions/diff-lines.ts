import type { Messages } from "@/messages";
import type { Catalog, ConfigChange, Settings } from "../config-types";
import { findField, formatSettingValue, type SettingField } from "../settings/setting-fields";
import type { SettingWording } from "../settings/setting-wording";

export type DiffLine = { kind: ConfigChange["kind"]; symbol: "+" | "−" | "~" | "↕"; text: string };

/** The diff's sentences ("Added {name}", …) from `skuConfig.versions`, the words for the global settings, and how values read. */
export type DiffWords = {
  text: (key: Extract<keyof Messages["skuConfig"]["versions"], `diff${string}`>, values: Record<string, string>) => string;
  globalSettings: string;
  values: SettingWording;
};

const SYMBOLS: Record<ConfigChange["kind"], DiffLine["symbol"]> = { added: "+", removed: "−", changed: "~", moved: "↕" };

function settingChange(owner: string, field: SettingField | undefined, key: string, change: ConfigChange, words: DiffWords): string {
  const value = (side: unknown) => formatSettingValue(side, words.values, field);
  return words.text("diffSetting", { owner, setting: field?.title ?? key, before: value(change.before), after: value(change.after) });
}

function describe(change: ConfigChange, catalog: Catalog, words: DiffWords): string {
  const [root, id = "", section, second, third, fourth] = change.path.split(".");
  if (root === "global") {
    const field = words.values.global.find((candidate) => candidate.key === id);
    return settingChange(words.globalSettings, field, id, change, words);
  }
  const agent = catalog.agents.find((candidate) => candidate.id === id);
  const agentName = agent?.name ?? id;
  if (section === "settings" && second) return settingChange(agentName, agent && findField(agent.settingsSchema, second), second, change, words);
  if (section === "tools" && second) {
    const tool = catalog.tools.find((candidate) => candidate.id === second);
    const toolName = tool?.name ?? second;
    if (third === "settings" && fourth) {
      const schema: Settings | undefined = tool?.settingsSchema;
      return settingChange(`${agentName} › ${toolName}`, schema && findField(schema, fourth), fourth, change, words);
    }
    return words.text(change.kind === "removed" ? "diffToolRemoved" : "diffToolAdded", { tool: toolName, agent: agentName });
  }
  if (change.kind === "moved") return words.text("diffMoved", { name: agentName, from: formatSettingValue(change.before, words.values), to: formatSettingValue(change.after, words.values) });
  return words.text(change.kind === "removed" ? "diffRemoved" : "diffAdded", { name: agentName });
}

/**
 * A change between two versions as a line people read: "Added Story teller",
 * "Kids' companion › Bedtime: 19:30 → 20:00", "Moved Story teller from 2 to 1".
 */
export function describeChange(change: ConfigChange, catalog: Catalog, words: DiffWords): DiffLine {
  return { kind: change.kind, symbol: SYMBOLS[change.kind], text: describe(change, catalog, words) };
}
