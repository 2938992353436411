import { describe, expect, it } from "vitest";
import { addAgent, addTool, moveAgent, removeAgent, removeTool, setAgentSetting, setGlobalSetting, setToolSetting, toDraft, toLineupInput } from "./lineup-draft";

const stored = {
  settings: { defaultLanguage: "de" },
  agents: [{ agentId: "kids-companion", settings: { bedtime: "20:00" }, tools: ["timer", { toolId: "music", settings: { allowExplicit: false } }] }, { agentId: "story-teller" }],
};

describe("draft lineup", () => {
  it("reads a stored draft with bare tool ids and writes it back with tool objects", () => {
    const draft = toDraft(stored);
    expect(draft.agents.map((agent) => agent.key)).toEqual(["kids-companion", "story-teller"]);
    expect(toLineupInput(draft)).toEqual({
      settings: { defaultLanguage: "de" },
      agents: [
        {
          agentId: "kids-companion",
          settings: { bedtime: "20:00" },
          tools: [
            { toolId: "timer", settings: {} },
            { toolId: "music", settings: { allowExplicit: false } },
          ],
        },
        { agentId: "story-teller", settings: {}, tools: [] },
      ],
    });
  });

  it("keeps cards apart when a stored draft names an agent twice", () => {
    const draft = toDraft({ agents: [{ agentId: "story-teller" }, { agentId: "story-teller" }] });
    expect(draft.agents.map((agent) => agent.key)).toEqual(["story-teller", "story-teller~2"]);
    expect(addAgent(draft, "story-teller").agents.at(-1)?.key).toBe("story-teller~3");
  });

  it("inserts agents at a position or at the end, and removes them", () => {
    const draft = toDraft(stored);
    expect(addAgent(draft, "music-dj").agents.map((agent) => agent.agentId)).toEqual(["kids-companion", "story-teller", "music-dj"]);
    expect(addAgent(draft, "music-dj", 0).agents.map((agent) => agent.agentId)).toEqual(["music-dj", "kids-companion", "story-teller"]);
    expect(addAgent(draft, "music-dj", 99).agents.at(-1)?.agentId).toBe("music-dj");
    expect(removeAgent(draft, "kids-companion").agents.map((agent) => agent.agentId)).toEqual(["story-teller"]);
  });

  it("moves agents, clamping targets past either end", () => {
    const draft = addAgent(toDraft(stored), "music-dj");
    expect(moveAgent(draft, 2, 0).agents.map((agent) => agent.agentId)).toEqual(["music-dj", "kids-companion", "story-teller"]);
    expect(moveAgent(draft, 0, 1).agents.map((agent) => agent.agentId)).toEqual(["story-teller", "kids-companion", "music-dj"]);
    expect(moveAgent(draft, 0, -1)).toBe(draft);
    expect(moveAgent(draft, 1, 9).agents.map((agent) => agent.agentId)).toEqual(["kids-companion", "music-dj", "story-teller"]);
  });

  it("adds a tool once, removes it, and edits settings without touching the original", () => {
    const draft = toDraft(stored);
    const withWeather = addTool(draft, "kids-companion", "weather");
    expect(withWeather.agents[0]!.tools.map((tool) => tool.toolId)).toEqual(["timer", "music", "weather"]);
    expect(addTool(withWeather, "kids-companion", "weather")).toEqual(withWeather);
    expect(removeTool(withWeather, "kids-companion", "timer").agents[0]!.tools.map((tool) => tool.toolId)).toEqual(["music", "weather"]);
    expect(setAgentSetting(draft, "story-teller", "length", "long").agents[1]!.settings).toEqual({ length: "long" });
    expect(setToolSetting(draft, "kids-companion", "timer", "maxConcurrent", 5).agents[0]!.tools[0]!.settings).toEqual({ maxConcurrent: 5 });
    expect(setGlobalSetting(draft, "voice", "sage").settings).toEqual({ defaultLanguage: "de", voice: "sage" });
    expect(draft).toEqual(toDraft(stored));
  });
});
