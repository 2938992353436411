import type { Catalog, SkuSummary } from "../config-types";
import { agentAvailability, toolAvailability } from "./availability";
import type { DraftLineup } from "./lineup-draft";
import type { Wording } from "./rule-wording";

/** What is being dragged: a catalog agent or tool, or an agent already in the lineup. */
export type DragItem = { type: "catalog-agent"; agentId: string } | { type: "catalog-tool"; toolId: string } | { type: "lineup-agent"; key: string };

/** Where it can land: on a lineup agent, or in the zone after the last one. */
export type DropTarget = { type: "lineup-agent"; key: string } | { type: "lineup-end" };

export const LINEUP_END_ID = "lineup-end";

/** The dnd-kit id of a draggable (a lineup agent's id is also its drop target id). */
export function dragId(item: DragItem): string {
  if (item.type === "catalog-agent") return `catalog-agent:${item.agentId}`;
  if (item.type === "catalog-tool") return `catalog-tool:${item.toolId}`;
  return `lineup-agent:${item.key}`;
}

export function parseDragId(id: string | number): DragItem | null {
  const [type, value] = String(id).split(/:(.*)/s);
  if (!value) return null;
  if (type === "catalog-agent") return { type, agentId: value };
  if (type === "catalog-tool") return { type, toolId: value };
  if (type === "lineup-agent") return { type, key: value };
  return null;
}

export function parseDropId(id: string | number): DropTarget | null {
  if (id === LINEUP_END_ID) return { type: "lineup-end" };
  const item = parseDragId(id);
  return item?.type === "lineup-agent" ? item : null;
}

/** Whether a target takes the dragged item at all: tools land on agents, agents between agents. */
export function accepts(item: DragItem, target: DropTarget): boolean {
  if (item.type === "catalog-tool") return target.type === "lineup-agent";
  if (item.type === "lineup-agent") return target.type === "lineup-agent";
  return true;
}

export type DropOutcome =
  | { action: "insert-agent"; agentId: string; index: number }
  | { action: "move-agent"; from: number; to: number }
  | { action: "add-tool"; key: string; toolId: string }
  | { action: "refuse"; reason: string }
  | { action: "none" };

export type DropContext = { draft: DraftLineup; catalog: Catalog; sku: Pick<SkuSummary, "code" | "capabilities">; words: Wording };

/** What a drop does. A new agent goes above the agent it is dropped on, or last on the end zone. */
export function resolveDrop(item: DragItem, target: DropTarget | null, { draft, catalog, sku, words }: DropContext): DropOutcome {
  if (!target || !accepts(item, target)) return { action: "none" };
  const targetIndex = target.type === "lineup-end" ? draft.agents.length : draft.agents.findIndex((agent) => agent.key === target.key);
  if (targetIndex < 0) return { action: "none" };

  if (item.type === "lineup-agent") {
    const from = draft.agents.findIndex((agent) => agent.key === item.key);
    return from < 0 || from === targetIndex ? { action: "none" } : { action: "move-agent", from, to: targetIndex };
  }
  if (item.type === "catalog-agent") {
    const agent = catalog.agents.find((candidate) => candidate.id === item.agentId);
    if (!agent) return { action: "none" };
    const availability = agentAvailability(agent, sku, draft, words);
    if (!availability.ok) return { action: "refuse", reason: words.rule("agentRefused", { agent: agent.name, reason: availability.reason }) };
    return { action: "insert-agent", agentId: agent.id, index: targetIndex };
  }
  const entry = draft.agents[targetIndex];
  const tool = catalog.tools.find((candidate) => candidate.id === item.toolId);
  if (!entry || !tool) return { action: "none" };
  const availability = toolAvailability(tool, catalog.agents.find((candidate) => candidate.id === entry.agentId), entry, words);
  return availability.ok ? { action: "add-tool", key: entry.key, toolId: tool.id } : { action: "refuse", reason: availability.reason };
}
