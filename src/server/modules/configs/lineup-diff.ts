import type { Lineup } from "@/server/modules/catalog/lineup";

export type LineupChange = {
  kind: "added" | "removed" | "changed" | "moved";
  /** e.g. "global.voice", "agents.kids-companion", "agents.kids-companion.settings.bedtime", "agents.kids-companion.tools.timer" */
  path: string;
  before?: unknown;
  after?: unknown;
};

/** JSON with object keys sorted: jsonb does not keep key order, so plain JSON.stringify would differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonical(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

function settingChanges(path: string, before: Record<string, unknown>, after: Record<string, unknown>): LineupChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.flatMap((key) => (same(before[key], after[key]) ? [] : [{ kind: "changed" as const, path: `${path}.${key}`, before: before[key], after: after[key] }]));
}

/** What changed from one version's lineup to another's, item by item, for the diff view. */
export function diffLineups(from: Lineup, to: Lineup): LineupChange[] {
  const changes = settingChanges("global", from.global, to.global);
  const fromAgents = new Map(from.agents.map((agent, index) => [agent.agentId, { agent, index }]));
  const toAgents = new Map(to.agents.map((agent, index) => [agent.agentId, { agent, index }]));
  const kept = from.agents.filter((a) => toAgents.has(a.agentId)).map((a) => a.agentId);
  const keptInNewOrder = to.agents.filter((a) => fromAgents.has(a.agentId)).map((a) => a.agentId);

  for (const { agentId } of from.agents) if (!toAgents.has(agentId)) changes.push({ kind: "removed", path: `agents.${agentId}` });
  for (const { agentId } of to.agents) if (!fromAgents.has(agentId)) changes.push({ kind: "added", path: `agents.${agentId}` });
  kept.forEach((agentId, index) => {
    if (keptInNewOrder[index] !== agentId) {
      changes.push({ kind: "moved", path: `agents.${agentId}`, before: fromAgents.get(agentId)!.index + 1, after: toAgents.get(agentId)!.index + 1 });
    }
  });
  for (const agentId of kept) {
    const a = fromAgents.get(agentId)!.agent;
    const b = toAgents.get(agentId)!.agent;
    const path = `agents.${agentId}`;
    changes.push(...settingChanges(`${path}.settings`, a.settings, b.settings));
    const aTools = new Map(a.tools.map((t) => [t.toolId, t.settings]));
    const bTools = new Map(b.tools.map((t) => [t.toolId, t.settings]));
    for (const [toolId] of aTools) if (!bTools.has(toolId)) changes.push({ kind: "removed", path: `${path}.tools.${toolId}` });
    for (const [toolId] of bTools) if (!aTools.has(toolId)) changes.push({ kind: "added", path: `${path}.tools.${toolId}` });
    for (const [toolId, settings] of aTools) {
      const next = bTools.get(toolId);
      if (next) changes.push(...settingChanges(`${path}.tools.${toolId}.settings`, settings, next));
    }
  }
  return changes;
}
