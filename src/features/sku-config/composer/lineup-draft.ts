import type { LineupInput, Settings, StoredLineup } from "../config-types";

export type DraftTool = { toolId: string; settings: Settings };
/** `key` tells cards apart for React and drag and drop, even if a stored draft names an agent twice. */
export type DraftAgent = { key: string; agentId: string; settings: Settings; tools: DraftTool[] };
export type DraftLineup = { settings: Settings; agents: DraftAgent[] };

/** Limits the server enforces on a lineup, checked here to explain a disabled control. */
export const MAX_AGENTS = 12;
export const MAX_TOOLS_PER_AGENT = 10;

function uniqueKey(agents: readonly { key: string }[], agentId: string): string {
  const taken = new Set(agents.map((agent) => agent.key));
  if (!taken.has(agentId)) return agentId;
  let n = 2;
  while (taken.has(`${agentId}~${n}`)) n += 1;
  return `${agentId}~${n}`;
}

/** The editable form of a stored draft: tools as objects, settings always present. */
export function toDraft(lineup: StoredLineup): DraftLineup {
  const agents: DraftAgent[] = [];
  for (const agent of lineup.agents) {
    agents.push({
      key: uniqueKey(agents, agent.agentId),
      agentId: agent.agentId,
      settings: { ...agent.settings },
      tools: (agent.tools ?? []).map((tool) => (typeof tool === "string" ? { toolId: tool, settings: {} } : { toolId: tool.toolId, settings: { ...tool.settings } })),
    });
  }
  return { settings: { ...lineup.settings }, agents };
}

/** What `saveDraft` receives. */
export function toLineupInput(draft: DraftLineup): LineupInput {
  return {
    settings: draft.settings,
    agents: draft.agents.map(({ agentId, settings, tools }) => ({ agentId, settings, tools: tools.map(({ toolId, settings: toolSettings }) => ({ toolId, settings: toolSettings })) })),
  };
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** Inserts an agent (default settings, no tools) at `index`, or at the end. */
export function addAgent(draft: DraftLineup, agentId: string, index = draft.agents.length): DraftLineup {
  const agents = [...draft.agents];
  agents.splice(clamp(index, 0, agents.length), 0, { key: uniqueKey(agents, agentId), agentId, settings: {}, tools: [] });
  return { ...draft, agents };
}

export function removeAgent(draft: DraftLineup, key: string): DraftLineup {
  return { ...draft, agents: draft.agents.filter((agent) => agent.key !== key) };
}

/** Moves the agent at `from` to `to`; out-of-range targets are clamped. */
export function moveAgent(draft: DraftLineup, from: number, to: number): DraftLineup {
  if (from < 0 || from >= draft.agents.length) return draft;
  const target = clamp(to, 0, draft.agents.length - 1);
  if (target === from) return draft;
  const agents = [...draft.agents];
  const [moved] = agents.splice(from, 1);
  agents.splice(target, 0, moved!);
  return { ...draft, agents };
}

function updateAgent(draft: DraftLineup, key: string, update: (agent: DraftAgent) => DraftAgent): DraftLineup {
  return { ...draft, agents: draft.agents.map((agent) => (agent.key === key ? update(agent) : agent)) };
}

/** Gives an agent a tool (with default settings) unless it already has it. */
export function addTool(draft: DraftLineup, key: string, toolId: string): DraftLineup {
  return updateAgent(draft, key, (agent) => (agent.tools.some((tool) => tool.toolId === toolId) ? agent : { ...agent, tools: [...agent.tools, { toolId, settings: {} }] }));
}

export function removeTool(draft: DraftLineup, key: string, toolId: string): DraftLineup {
  return updateAgent(draft, key, (agent) => ({ ...agent, tools: agent.tools.filter((tool) => tool.toolId !== toolId) }));
}

export function setAgentSetting(draft: DraftLineup, key: string, field: string, value: unknown): DraftLineup {
  return updateAgent(draft, key, (agent) => ({ ...agent, settings: { ...agent.settings, [field]: value } }));
}

export function setToolSetting(draft: DraftLineup, key: string, toolId: string, field: string, value: unknown): DraftLineup {
  return updateAgent(draft, key, (agent) => ({
    ...agent,
    tools: agent.tools.map((tool) => (tool.toolId === toolId ? { ...tool, settings: { ...tool.settings, [field]: value } } : tool)),
  }));
}

export function setGlobalSetting(draft: DraftLineup, field: string, value: unknown): DraftLineup {
  return { ...draft, settings: { ...draft.settings, [field]: value } };
}
