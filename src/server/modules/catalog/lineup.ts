import { z } from "zod";
import type { Capability } from "./agents";
import { ZGlobalSettings, type GlobalSettings } from "./global-settings";
import { findAgent, findTool, missingCapabilities } from "./registry";
import { capabilityNoun, joinAnd } from "@/shared/capabilities";
import { schemaMessage } from "@/shared/schema-message";
import type { LineupIssue } from "@/shared/lineup-issues";

const ZSettingsInput = z.record(z.string(), z.unknown());
const ZItemId = z.string().trim().min(1, schemaMessage("An id is required.")).max(64);

/** A SKU's lineup as the composer and the API send it; tools may be bare ids (defaults) or carry settings. */
export const ZLineupInput = z.object({
  agents: z
    .array(
      z.object({
        agentId: ZItemId,
        settings: ZSettingsInput.optional(),
        tools: z.array(z.union([ZItemId, z.object({ toolId: ZItemId, settings: ZSettingsInput.optional() })])).max(10, schemaMessage("At most 10 tools per agent.")).optional(),
      }),
    )
    .max(12, schemaMessage("At most 12 agents per SKU.")),
  settings: ZSettingsInput.optional(),
});
export type LineupInput = z.infer<typeof ZLineupInput>;

/** A validated lineup with every default filled in: what a version stores. */
export type Lineup = {
  global: GlobalSettings;
  agents: { agentId: string; settings: Record<string, unknown>; tools: { toolId: string; settings: Record<string, unknown> }[] }[];
};

export type { LineupIssue } from "@/shared/lineup-issues";

type Context = { capabilities: Record<Capability, boolean>; disabled: ReadonlySet<string> };

function settingsIssues(path: string, schema: z.ZodObject, input: Record<string, unknown> | undefined) {
  const parsed = schema.strict().safeParse(input ?? {});
  if (parsed.success) return { value: parsed.data as Record<string, unknown>, issues: [] };
  const issues = parsed.error.issues.map((issue): LineupIssue => {
    const at = [path, ...issue.path.map(String)].join(".");
    if (issue.code !== "unrecognized_keys") return { path: at, message: issue.message, code: "setting" };
    const message = `unknown setting${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
    return { path: at, message, code: "unknownSettings", params: { keys: issue.keys } };
  });
  return { value: null, issues };
}

/**
 * Checks a whole lineup against the catalog and the SKU, naming every failing item
 * (`agents[1] visual-qa: needs a camera…`), and fills in defaults. Nothing is published
 * unless this returns no issues.
 */
export function validateLineup(input: LineupInput, context: Context, { forPublish }: { forPublish: boolean }): { lineup: Lineup | null; issues: LineupIssue[] } {
  const issues: LineupIssue[] = [];
  const global = settingsIssues("settings", ZGlobalSettings, input.settings);
  issues.push(...global.issues);
  if (forPublish && input.agents.length === 0) issues.push({ path: "agents", message: "Add at least one agent before publishing.", code: "noAgents" });

  const seenAgents = new Set<string>();
  const agents: Lineup["agents"] = [];
  input.agents.forEach((entry, index) => {
    const at = `agents[${index}] ${entry.agentId}`;
    const agent = findAgent(entry.agentId);
    const ofAgent = { agentId: entry.agentId };
    if (!agent) return issues.push({ path: at, message: `unknown agent "${entry.agentId}".`, code: "unknownAgent", params: ofAgent });
    if (context.disabled.has(agent.id)) issues.push({ path: at, message: `${agent.name} has been disabled by Anima.`, code: "agentDisabled", params: ofAgent });
    if (seenAgents.has(agent.id)) issues.push({ path: at, message: `${agent.name} is already in the lineup.`, code: "agentTwice", params: ofAgent });
    seenAgents.add(agent.id);
    const missing = missingCapabilities(agent, context.capabilities);
    if (missing.length) {
      const message = `${agent.name} needs ${joinAnd(missing.map(capabilityNoun))}, which this SKU lacks.`;
      issues.push({ path: at, message, code: "agentNeedsHardware", params: { ...ofAgent, missing } });
    }
    const settings = settingsIssues(`${at}.settings`, agent.settings, entry.settings);
    issues.push(...settings.issues);

    const seenTools = new Set<string>();
    const tools: Lineup["agents"][number]["tools"] = [];
    for (const raw of entry.tools ?? []) {
      const { toolId, settings: toolInput } = typeof raw === "string" ? { toolId: raw, settings: undefined } : raw;
      const toolAt = `${at}.tools.${toolId}`;
      const tool = findTool(toolId);
      const ofTool = { toolId };
      if (!tool) {
        issues.push({ path: toolAt, message: `unknown tool "${toolId}".`, code: "unknownTool", params: ofTool });
        continue;
      }
      if (!(agent.tools as readonly string[]).includes(tool.id)) {
        issues.push({ path: toolAt, message: `${agent.name} cannot use ${tool.name}.`, code: "toolNotAllowed", params: { ...ofAgent, ...ofTool } });
      }
      if (context.disabled.has(tool.id)) issues.push({ path: toolAt, message: `${tool.name} has been disabled by Anima.`, code: "toolDisabled", params: ofTool });
      if (seenTools.has(tool.id)) issues.push({ path: toolAt, message: `${tool.name} is added twice.`, code: "toolTwice", params: ofTool });
      seenTools.add(tool.id);
      const toolSettings = settingsIssues(`${toolAt}.settings`, tool.settings, toolInput);
      issues.push(...toolSettings.issues);
      if (toolSettings.value) tools.push({ toolId: tool.id, settings: toolSettings.value });
    }
    if (settings.value) agents.push({ agentId: agent.id, settings: settings.value, tools });
  });

  if (issues.length || !global.value) return { lineup: null, issues };
  return { lineup: { global: global.value as GlobalSettings, agents }, issues };
}
