import { describe, expect, it } from "vitest";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { agentAvailability, capabilityReason, toolAvailability } from "./availability";
import { catalogWording } from "./catalog-wording";
import { addAgent, addTool, toDraft } from "./lineup-draft";

const words = catalogWording();

const catalog = describeCatalog(new Set(["music-dj", "news"]));
const agent = (id: string) => catalog.agents.find((item) => item.id === id)!;
const tool = (id: string) => catalog.tools.find((item) => item.id === id)!;
const PIP = { code: "PIP-2", capabilities: { camera: false, mic: true, speaker: true, screen: false } };
const empty = toDraft({ agents: [] });

describe("agentAvailability", () => {
  it("refuses agents that need hardware the SKU lacks, naming it", () => {
    expect(agentAvailability(agent("visual-qa"), PIP, empty, words)).toEqual({ ok: false, code: "hardware", reason: "Needs a camera — PIP-2 has none" });
    expect(agentAvailability(agent("kids-companion"), PIP, empty, words)).toEqual({ ok: true });
  });

  it("refuses agents disabled by Anima, and agents already in the lineup", () => {
    expect(agentAvailability(agent("music-dj"), PIP, empty, words)).toEqual({ ok: false, code: "disabled", reason: "Disabled by Anima" });
    expect(agentAvailability(agent("story-teller"), PIP, addAgent(empty, "story-teller"), words)).toEqual({ ok: false, code: "present", reason: "Already in the lineup" });
  });

  it("refuses a thirteenth agent", () => {
    const full = toDraft({ agents: Array.from({ length: 12 }, (_, i) => ({ agentId: `agent-${i}` })) });
    expect(agentAvailability(agent("story-teller"), PIP, full, words)).toEqual({ ok: false, code: "full", reason: "A lineup holds at most 12 agents" });
  });

  it("names several missing capabilities", () => {
    expect(capabilityReason(["camera", "screen"], "PIP-2", words)).toBe("Needs a camera and a screen — PIP-2 has neither");
    expect(capabilityReason(["camera", "mic", "screen"], "X", words)).toBe("Needs a camera, a microphone and a screen — X has none of them");
  });

  it("words the refusal in Chinese with the console's capability names", () => {
    const chinese = catalogWording("zh-CN");
    expect(capabilityReason(["camera"], "PIP-2", chinese)).toBe("需要摄像头，而 PIP-2 没有");
    expect(capabilityReason(["camera", "screen"], "PIP-2", chinese)).toBe("需要摄像头和屏幕，而 PIP-2 都没有");
    expect(agentAvailability(agent("story-teller"), PIP, addAgent(empty, "story-teller"), chinese)).toEqual({ ok: false, code: "present", reason: "已在列表中" });
  });
});

describe("toolAvailability", () => {
  const draft = addTool(addAgent(empty, "kids-companion"), "kids-companion", "timer");
  const kids = draft.agents[0]!;
  it("allows the tools an agent may use, once", () => {
    expect(toolAvailability(tool("weather"), agent("kids-companion"), kids, words)).toEqual({ ok: true });
    expect(toolAvailability(tool("timer"), agent("kids-companion"), kids, words)).toEqual({ ok: false, code: "present", reason: "Kids' companion already has Timer" });
  });

  it("explains tools the agent cannot use or that Anima disabled", () => {
    expect(toolAvailability(tool("maps"), agent("kids-companion"), kids, words)).toEqual({ ok: false, code: "not-allowed", reason: "Kids' companion can't use Maps" });
    expect(toolAvailability(tool("news"), agent("kids-companion"), kids, words)).toEqual({ ok: false, code: "disabled", reason: "News is disabled by Anima" });
  });
});
