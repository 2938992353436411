import type { Catalog, LineupIssue } from "./config-types";
import { findField } from "./settings/setting-fields";
import type { SettingField } from "./settings/setting-fields";

/** A message about one setting; `detail` is the rest of the path inside it (["0", "from"] of a row). */
export type FieldMessage = { message: string; detail: string[] };

/** Messages about one settings owner (the SKU, an agent, a tool): about it as a whole, and per field. */
export type ItemIssues = { general: string[]; fields: Record<string, FieldMessage[]> };
export type AgentIssues = ItemIssues & { tools: Record<string, ItemIssues> };

/** Every issue of a draft, filed where the composer shows it. Agents are filed by position. */
export type IssueIndex = { lineup: string[]; global: ItemIssues; agents: Record<number, AgentIssues> };

/** Where an issue path points: the lineup, the global settings, an agent or one of its tools. */
export type IssueTarget =
  | { scope: "lineup" }
  | { scope: "global"; field: string | null; detail: string[] }
  | { scope: "agent"; index: number; agentId: string; field: string | null; detail: string[] }
  | { scope: "tool"; index: number; agentId: string; toolId: string; field: string | null; detail: string[] };

const AGENT_PATH = /^agents\[(\d+)\] ([^.]+)(?:\.(.+))?$/;

/** The field and the rest of a "settings.<field>.<detail…>" path; field null for "settings" itself. */
function settingsPath(parts: string[]): { field: string | null; detail: string[] } {
  const [, field = null, ...detail] = parts;
  return { field, detail };
}

/**
 * Reads the server's issue paths: "settings.wakeWord", "agents", "agents[1] kids-companion",
 * "agents[1] kids-companion.settings.bedtime", "agents[1] kids-companion.tools.timer.settings.maxConcurrent".
 */
export function issueTarget(path: string): IssueTarget {
  const parts = path.split(".");
  if (parts[0] === "settings") return { scope: "global", ...settingsPath(parts) };
  const agent = AGENT_PATH.exec(path);
  if (!agent) return { scope: "lineup" };
  const index = Number(agent[1]);
  const agentId = agent[2]!;
  const rest = agent[3]?.split(".") ?? [];
  if (rest[0] === "tools" && rest[1]) {
    return { scope: "tool", index, agentId, toolId: rest[1], ...(rest[2] === "settings" ? settingsPath(rest.slice(2)) : { field: null, detail: [] }) };
  }
  if (rest[0] === "settings") return { scope: "agent", index, agentId, ...settingsPath(rest) };
  return { scope: "agent", index, agentId, field: null, detail: [] };
}

const emptyItem = (): ItemIssues => ({ general: [], fields: {} });

function file(item: ItemIssues, field: string | null, message: FieldMessage) {
  if (field === null) item.general.push(message.message);
  else (item.fields[field] ??= []).push(message);
}

/** Files each issue under its owner so cards and fields can show their own messages (worded by `wordIssues`). */
export function indexIssues(issues: readonly Pick<LineupIssue, "path" | "message">[]): IssueIndex {
  const index: IssueIndex = { lineup: [], global: emptyItem(), agents: {} };
  for (const { path, message } of issues) {
    const target = issueTarget(path);
    if (target.scope === "lineup") index.lineup.push(message);
    else if (target.scope === "global") file(index.global, target.field, { message, detail: target.detail });
    else {
      const agent = (index.agents[target.index] ??= { ...emptyItem(), tools: {} });
      const owner = target.scope === "tool" ? (agent.tools[target.toolId] ??= emptyItem()) : agent;
      file(owner, target.field, { message, detail: target.detail });
    }
  }
  return index;
}

export const NO_ISSUES: ItemIssues = { general: [], fields: {} };

/** True when a settings form of this owner has a message to show. */
export function hasFieldIssues(item: ItemIssues | undefined): boolean {
  return item !== undefined && Object.keys(item.fields).length > 0;
}

/**
 * Where an issue is, in words, for the summary near Publish: "Kids' companion › Bedtime",
 * "Kids' companion › Timer › Timers at once", "Global settings › Wake word", "Lineup".
 */
/** The words for the lineup and the global settings in an issue's location, and the global settings' fields (the catalog names the rest). */
export type LocationWords = { lineup: string; globalSettings: string; globalFields: readonly SettingField[] };

export function issueLocation(path: string, catalog: Catalog, words: LocationWords): string {
  const target = issueTarget(path);
  if (target.scope === "lineup") return words.lineup;
  if (target.scope === "global") {
    const field = words.globalFields.find((candidate) => candidate.key === target.field);
    return [words.globalSettings, field?.title ?? target.field].filter(Boolean).join(" › ");
  }
  const agent = catalog.agents.find((candidate) => candidate.id === target.agentId);
  const parts = [agent?.name ?? target.agentId];
  let schema = agent?.settingsSchema;
  if (target.scope === "tool") {
    const tool = catalog.tools.find((candidate) => candidate.id === target.toolId);
    parts.push(tool?.name ?? target.toolId);
    schema = tool?.settingsSchema;
  }
  if (target.field) parts.push((schema && findField(schema, target.field)?.title) ?? target.field);
  return parts.join(" › ");
}
