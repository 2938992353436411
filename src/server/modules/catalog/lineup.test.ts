import { describe, expect, it } from "vitest";
import { AGENTS } from "./agents";
import { validateLineup } from "./lineup";
import { describeCatalog } from "./registry";
import { TOOLS } from "./tools";

const TOY = { capabilities: { camera: false, mic: true, speaker: true, screen: false }, disabled: new Set<string>() };
const publish = { forPublish: true };

describe("the catalog", () => {
  it("ships at least 12 agents and 10 tools, each with defaults that satisfy its own schema", () => {
    expect(AGENTS.length).toBeGreaterThanOrEqual(12);
    expect(TOOLS.length).toBeGreaterThanOrEqual(10);
    for (const item of [...AGENTS, ...TOOLS]) expect(item.settings.safeParse(item.settings.parse({})).success, item.id).toBe(true);
    expect(new Set([...AGENTS, ...TOOLS].map((item) => item.id)).size).toBe(AGENTS.length + TOOLS.length);
  });

  it("every tool an agent names exists, and every tool is usable by some agent", () => {
    const toolIds = new Set<string>(TOOLS.map((t) => t.id));
    for (const agent of AGENTS) for (const tool of agent.tools) expect(toolIds.has(tool), `${agent.id} → ${tool}`).toBe(true);
    const { tools } = describeCatalog(new Set());
    for (const tool of tools) expect(tool.agents.length, tool.id).toBeGreaterThan(0);
  });

  it("describes settings as JSON Schema with titles and defaults, and marks disabled items", () => {
    const { agents } = describeCatalog(new Set(["music-dj"]));
    const kids = agents.find((a) => a.id === "kids-companion")!;
    expect(kids.settingsSchema).toMatchObject({ type: "object", properties: { ageRange: { enum: ["3-5", "6-8", "9-12"], default: "6-8", title: "Age range" } } });
    expect(kids.defaults).toMatchObject({ ageRange: "6-8", bedtimeMode: true, bedtime: "19:30" });
    expect(agents.find((a) => a.id === "music-dj")).toMatchObject({ available: false });
  });
});

describe("lineup validation", () => {
  it("fills in defaults for agents, tools and global settings", () => {
    const { lineup, issues } = validateLineup({ agents: [{ agentId: "kids-companion", settings: { ageRange: "3-5" }, tools: ["timer"] }] }, TOY, publish);
    expect(issues).toEqual([]);
    expect(lineup).toEqual({
      global: { wakeWord: "hey anima", defaultLanguage: "en", voice: "aria", realtimeRegion: "us-east" },
      agents: [
        {
          agentId: "kids-companion",
          settings: { ageRange: "3-5", persona: "friendly-bear", bedtimeMode: true, bedtime: "19:30" },
          tools: [{ toolId: "timer", settings: { maxConcurrent: 3 } }],
        },
      ],
    });
  });

  it("names every failing item: unknown ids, missing capabilities, tools not allowed, bad or unknown settings, duplicates", () => {
    const { lineup, issues } = validateLineup(
      {
        agents: [
          { agentId: "visual-qa" },
          { agentId: "kids-companion", settings: { bedtime: "late", volume: 11 }, tools: ["maps", "teleport", { toolId: "timer", settings: { maxConcurrent: 99 } }] },
          { agentId: "kids-companion" },
          { agentId: "time-machine" },
        ],
        settings: { wakeWord: "x" },
      },
      TOY,
      publish,
    );
    expect(lineup).toBeNull();
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: "settings.wakeWord", message: "The wake word needs at least 2 characters.", code: "setting" },
        {
          path: "agents[0] visual-qa",
          message: "What's ahead (visual Q&A) needs a camera, which this SKU lacks.",
          code: "agentNeedsHardware",
          params: { agentId: "visual-qa", missing: ["camera"] },
        },
        { path: "agents[1] kids-companion.settings", message: "unknown setting volume", code: "unknownSettings", params: { keys: ["volume"] } },
        { path: "agents[1] kids-companion.settings.bedtime", message: "Bedtime is a time like 19:30.", code: "setting" },
        {
          path: "agents[1] kids-companion.tools.maps",
          message: "Kids' companion cannot use Maps.",
          code: "toolNotAllowed",
          params: { agentId: "kids-companion", toolId: "maps" },
        },
        { path: "agents[1] kids-companion.tools.teleport", message: 'unknown tool "teleport".', code: "unknownTool", params: { toolId: "teleport" } },
        { path: "agents[1] kids-companion.tools.timer.settings.maxConcurrent", message: "Timers at once is at most 10.", code: "setting" },
        { path: "agents[2] kids-companion", message: "Kids' companion is already in the lineup.", code: "agentTwice", params: { agentId: "kids-companion" } },
        { path: "agents[3] time-machine", message: 'unknown agent "time-machine".', code: "unknownAgent", params: { agentId: "time-machine" } },
      ]),
    );
  });

  it("refuses items the operator disabled, and an empty lineup only when publishing", () => {
    const disabled = { ...TOY, disabled: new Set(["story-teller", "music"]) };
    const { issues } = validateLineup({ agents: [{ agentId: "story-teller", tools: ["music"] }] }, disabled, publish);
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ["agentDisabled", "Story teller has been disabled by Anima."],
      ["toolDisabled", "Music has been disabled by Anima."],
    ]);
    expect(validateLineup({ agents: [] }, TOY, publish).issues).toEqual([{ path: "agents", message: "Add at least one agent before publishing.", code: "noAgents" }]);
    expect(validateLineup({ agents: [] }, TOY, { forPublish: false }).issues).toEqual([]);
  });
});
