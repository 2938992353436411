import { describe, expect, it } from "vitest";
import { validateLineup } from "@/server/modules/catalog/lineup";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { catalogWording } from "./catalog-wording";
import { issueText } from "./issue-wording";

const catalog = describeCatalog(new Set());
const TOY = { capabilities: { camera: false, mic: true, speaker: true, screen: false }, disabled: new Set(["music", "music-dj"]) };
/** A lineup with every kind of issue the check finds. */
const { issues } = validateLineup(
  {
    agents: [
      { agentId: "visual-qa" },
      { agentId: "kids-companion", settings: { bedtime: "late", volume: 11, speed: 2 }, tools: ["maps", "teleport", "timer", "timer"] },
      { agentId: "kids-companion" },
      { agentId: "time-machine" },
      { agentId: "music-dj", tools: ["music"] },
    ],
  },
  TOY,
  { forPublish: true },
);
const byCode = (code: string) => issues.find((issue) => issue.code === code)!;

describe("issueText", () => {
  it("says in English exactly what the server says, for every issue", () => {
    const english = catalogWording("en");
    const codes = new Set(issues.map((issue) => issue.code));
    expect(codes).toEqual(new Set(["agentNeedsHardware", "setting", "unknownSettings", "toolNotAllowed", "unknownTool", "toolTwice", "agentTwice", "unknownAgent", "agentDisabled", "toolDisabled"]));
    for (const issue of issues) expect(issueText(issue, catalog, english), issue.code).toBe(issue.message);
    const empty = validateLineup({ agents: [] }, TOY, { forPublish: true }).issues[0]!;
    expect(issueText(empty, catalog, english)).toBe("Add at least one agent before publishing.");
  });

  it("words each issue in Chinese, naming agents and tools from the catalog", () => {
    const zh = catalogWording("zh-CN");
    const text = (code: string) => issueText(byCode(code), catalog, zh);
    expect(text("agentNeedsHardware")).toBe("What's ahead (visual Q&A) 需要摄像头，但此 SKU 没有。");
    expect(text("unknownSettings")).toBe("未知的设置项（2 个）：volume和speed");
    expect(text("toolNotAllowed")).toBe("Kids' companion 无法使用 Maps。");
    expect(text("unknownTool")).toBe("未知的工具“teleport”。");
    expect(text("toolTwice")).toBe("Timer 被添加了两次。");
    expect(text("agentTwice")).toBe("Kids' companion 已在智能体列表中。");
    expect(text("unknownAgent")).toBe("未知的智能体“time-machine”。");
    expect(text("agentDisabled")).toBe("Music DJ 已被 Anima 停用。");
    expect(text("toolDisabled")).toBe("Music 已被 Anima 停用。");
    expect(issueText({ path: "agents", message: "Add at least one agent before publishing.", code: "noAgents" }, catalog, zh)).toBe("发布前请至少添加一个智能体。");
    // A settings schema's own sentence is shown as the server wrote it.
    expect(text("setting")).toBe("Bedtime is a time like 19:30.");
  });
});
