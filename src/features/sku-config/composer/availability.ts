import { capabilityNoun, joinAnd } from "@/shared/capabilities";
import type { CatalogAgent, CatalogTool, SkuSummary } from "../config-types";
import { MAX_AGENTS, MAX_TOOLS_PER_AGENT, type DraftAgent, type DraftLineup } from "./lineup-draft";

/** Why an item cannot be added: Anima disabled it, the hardware lacks something, it is there already, or there is no room. */
export type RefusalCode = "disabled" | "hardware" | "not-allowed" | "present" | "full";

/** Whether an item can be added, and if not, the sentence that says why. */
export type Availability = { ok: true } | { ok: false; code: RefusalCode; reason: string };

const OK: Availability = { ok: true };
const refuse = (code: RefusalCode, reason: string): Availability => ({ ok: false, code, reason });


/** The hardware an agent needs that the SKU lacks, in the order the agent lists it. */
function missingCapabilities(agent: Pick<CatalogAgent, "requires">, sku: Pick<SkuSummary, "capabilities">): string[] {
  const has = sku.capabilities as Record<string, boolean>;
  return agent.requires.filter((capability) => !has[capability]);
}

/** "Needs a camera — PIP-2 has none"; "Needs a camera and a screen — PIP-2 has neither". */
export function capabilityReason(missing: readonly string[], skuCode: string): string {
  const list = joinAnd(missing.map(capabilityNoun));
  const lacks = missing.length === 1 ? "none" : missing.length === 2 ? "neither" : "none of them";
  return `Needs ${list} — ${skuCode} has ${lacks}`;
}

/** Whether a catalog agent can join this SKU's lineup. */
export function agentAvailability(agent: CatalogAgent, sku: Pick<SkuSummary, "code" | "capabilities">, draft: DraftLineup): Availability {
  if (!agent.available) return refuse("disabled", "Disabled by Anima");
  const missing = missingCapabilities(agent, sku);
  if (missing.length > 0) return refuse("hardware", capabilityReason(missing, sku.code));
  if (draft.agents.some((entry) => entry.agentId === agent.id)) return refuse("present", "Already in the lineup");
  if (draft.agents.length >= MAX_AGENTS) return refuse("full", `A lineup holds at most ${MAX_AGENTS} agents`);
  return OK;
}

/** Whether `tool` can be given to the lineup agent `entry` (of catalog agent `agent`). */
export function toolAvailability(tool: CatalogTool, agent: CatalogAgent | undefined, entry: DraftAgent): Availability {
  const agentName = agent?.name ?? entry.agentId;
  if (!tool.available) return refuse("disabled", `${tool.name} is disabled by Anima`);
  if (!agent || !agent.tools.includes(tool.id)) return refuse("not-allowed", `${agentName} can't use ${tool.name}`);
  if (entry.tools.some((existing) => existing.toolId === tool.id)) return refuse("present", `${agentName} already has ${tool.name}`);
  if (entry.tools.length >= MAX_TOOLS_PER_AGENT) return refuse("full", `${agentName} has the most tools an agent can have (${MAX_TOOLS_PER_AGENT})`);
  return OK;
}
