import { describe, expect, it } from "vitest";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { CATALOGS } from "@/messages";
import { indexIssues, issueLocation as locate, issueTarget } from "./issue-paths";
import { settingWording } from "./settings/setting-wording";

const catalog = describeCatalog(new Set());
const english = { lineup: "Lineup", globalSettings: "Global settings", globalFields: settingWording("en", CATALOGS.en).global };
const issueLocation = (path: string, words = english) => locate(path, catalog, words);

describe("issueTarget", () => {
  it("reads global, lineup, agent, agent setting, tool and tool setting paths", () => {
    expect(issueTarget("settings.wakeWord")).toEqual({ scope: "global", field: "wakeWord", detail: [] });
    expect(issueTarget("settings")).toEqual({ scope: "global", field: null, detail: [] });
    expect(issueTarget("agents")).toEqual({ scope: "lineup" });
    expect(issueTarget("agents[0] visual-qa")).toEqual({ scope: "agent", index: 0, agentId: "visual-qa", field: null, detail: [] });
    expect(issueTarget("agents[1] kids-companion.settings")).toEqual({ scope: "agent", index: 1, agentId: "kids-companion", field: null, detail: [] });
    expect(issueTarget("agents[1] kids-companion.settings.bedtime")).toEqual({ scope: "agent", index: 1, agentId: "kids-companion", field: "bedtime", detail: [] });
    expect(issueTarget("agents[2] interpreter.settings.languagePairs.0.from")).toEqual({
      scope: "agent",
      index: 2,
      agentId: "interpreter",
      field: "languagePairs",
      detail: ["0", "from"],
    });
    expect(issueTarget("agents[1] kids-companion.tools.maps")).toEqual({ scope: "tool", index: 1, agentId: "kids-companion", toolId: "maps", field: null, detail: [] });
    expect(issueTarget("agents[1] kids-companion.tools.timer.settings.maxConcurrent")).toEqual({
      scope: "tool",
      index: 1,
      agentId: "kids-companion",
      toolId: "timer",
      field: "maxConcurrent",
      detail: [],
    });
  });

  it("files anything it does not recognise under the lineup, so no message is lost", () => {
    expect(issueTarget("something.else")).toEqual({ scope: "lineup" });
  });
});

describe("indexIssues", () => {
  it("files each message where its control is", () => {
    const index = indexIssues([
      { path: "agents", message: "Add at least one agent before publishing." },
      { path: "settings.wakeWord", message: "The wake word needs at least 2 characters." },
      { path: "agents[0] visual-qa", message: "needs camera" },
      { path: "agents[1] kids-companion.settings.bedtime", message: "Bedtime is a time like 19:30." },
      { path: "agents[1] kids-companion.settings", message: "unknown setting volume" },
      { path: "agents[1] kids-companion.tools.timer.settings.maxConcurrent", message: "Timers at once is at most 10." },
      { path: "agents[1] kids-companion.tools.maps", message: "Kids' companion cannot use Maps." },
    ]);
    expect(index.lineup).toEqual(["Add at least one agent before publishing."]);
    expect(index.global.fields.wakeWord).toEqual([{ message: "The wake word needs at least 2 characters.", detail: [] }]);
    expect(index.agents[0]?.general).toEqual(["needs camera"]);
    expect(index.agents[1]).toEqual({
      general: ["unknown setting volume"],
      fields: { bedtime: [{ message: "Bedtime is a time like 19:30.", detail: [] }] },
      tools: {
        timer: { general: [], fields: { maxConcurrent: [{ message: "Timers at once is at most 10.", detail: [] }] } },
        maps: { general: ["Kids' companion cannot use Maps."], fields: {} },
      },
    });
  });
});

describe("issueLocation", () => {
  it("names the agent, tool and setting by their titles", () => {
    expect(issueLocation("agents[1] kids-companion.settings.bedtime")).toBe("Kids' companion › Bedtime");
    expect(issueLocation("agents[1] kids-companion.tools.timer.settings.maxConcurrent")).toBe("Kids' companion › Timer › Timers at once");
    expect(issueLocation("agents[0] visual-qa")).toBe("What's ahead (visual Q&A)");
    expect(issueLocation("settings.wakeWord")).toBe("Global settings › Wake word");
    expect(issueLocation("agents")).toBe("Lineup");
    expect(issueLocation("agents[3] time-machine")).toBe("time-machine");
    const chinese = { lineup: "智能体列表", globalSettings: "全局设置", globalFields: settingWording("zh-CN", CATALOGS["zh-CN"]).global };
    expect(issueLocation("settings.wakeWord", chinese)).toBe("全局设置 › 唤醒词");
  });
});
