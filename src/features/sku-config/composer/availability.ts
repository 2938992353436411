import type { CatalogAgent, CatalogTool, SkuSummary } from "../config-types";
import { MAX_AGENTS, MAX_TOOLS_PER_AGENT, type DraftAgent, type DraftLineup } from "./lineup-draft";
import type { Wording } from "./rule-wording";

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
export function capabilityReason(missing: readonly string[], skuCode: string, words: Wording): string {
  return words.rule("needsHardware", { list: words.capabilities(missing), code: skuCode, count: missing.length });
}

/** Whether a catalog agent can join this SKU's lineup. */
export function agentAvailability(agent: CatalogAgent, sku: Pick<SkuSummary, "code" | "capabilities">, draft: DraftLineup, words: Wording): Availability {
  if (!agent.available) return refuse("disabled", words.rule("disabled"));
  const missing = missingCapabilities(agent, sku);
  if (missing.length > 0) return refuse("hardware", capabilityReason(missing, sku.code, words));
  if (draft.agents.some((entry) => entry.agentId === agent.id)) return refuse("present", words.rule("present"));
  if (draft.agents.length >= MAX_AGENTS) return refuse("full", words.rule("full", { max: MAX_AGENTS }));
  return OK;
}

/** Whether `tool` can be given to the lineup agent `entry` (of catalog agent `agent`). */
export function toolAvailability(tool: CatalogTool, agent: CatalogAgent | undefined, entry: DraftAgent, words: Wording): Availability {
  const names = { agent: agent?.name ?? entry.agentId, tool: tool.name };
  if (!tool.available) return refuse("disabled", words.rule("toolDisabled", names));
  if (!agent || !agent.tools.includes(tool.id)) return refuse("not-allowed", words.rule("notAllowed", names));
  if (entry.tools.some((existing) => existing.toolId === tool.id)) return refuse("present", words.rule("toolPresent", names));
  if (entry.tools.length >= MAX_TOOLS_PER_AGENT) return refuse("full", words.rule("toolFull", { ...names, max: MAX_TOOLS_PER_AGENT }));
  return OK;
}
