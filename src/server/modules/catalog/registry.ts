import { z } from "zod";
import { AGENTS, type Capability } from "./agents";
import { TOOLS } from "./tools";

export type AgentDefinition = (typeof AGENTS)[number];
export type ToolDefinition = (typeof TOOLS)[number];

const agentsById = new Map<string, AgentDefinition>(AGENTS.map((agent) => [agent.id, agent]));
const toolsById = new Map<string, ToolDefinition>(TOOLS.map((tool) => [tool.id, tool]));

export const findAgent = (id: string) => agentsById.get(id);
export const findTool = (id: string) => toolsById.get(id);

/** The agents that may use a tool (declared on the agents). */
function agentsUsingTool(toolId: string): string[] {
  return AGENTS.filter((agent) => (agent.tools as readonly string[]).includes(toolId)).map((agent) => agent.id);
}

export function missingCapabilities(agent: AgentDefinition, capabilities: Record<Capability, boolean>): Capability[] {
  return agent.requires.filter((capability) => !capabilities[capability]);
}

/** JSON Schema of a settings object (what forms are generated from and what the API documents). */
function settingsJsonSchema(settings: z.ZodObject) {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(settings, { io: "input" });
  return schema;
}

/**
 * The catalog as clients see it (catalog.list, the composer). `disabled` holds the ids the
 * operator switched off: they are listed as unavailable, never silently dropped.
 */
export function describeCatalog(disabled: ReadonlySet<string>) {
  return {
    agents: AGENTS.map((agent) => ({
      id: agent.id,
      name: agent.name,
      description: agent.description,
      icon: agent.icon,
      requires: [...agent.requires],
      tools: [...agent.tools],
      settingsSchema: settingsJsonSchema(agent.settings),
      defaults: agent.settings.parse({}) as Record<string, unknown>,
      available: !disabled.has(agent.id),
    })),
    tools: TOOLS.map((tool) => ({
      id: tool.id,
      name: tool.name,
      description: tool.description,
      icon: tool.icon,
      agents: agentsUsingTool(tool.id),
      settingsSchema: settingsJsonSchema(tool.settings),
      defaults: tool.settings.parse({}) as Record<string, unknown>,
      available: !disabled.has(tool.id),
    })),
  };
}
