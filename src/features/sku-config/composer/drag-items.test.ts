import { describe, expect, it } from "vitest";
import { describeCatalog } from "@/server/modules/catalog/registry";
import { describeDropPreview, describeDropResult } from "./drag-announcements";
import { dragId, parseDragId, parseDropId, resolveDrop, type DragItem } from "./drag-items";
import { catalogWording } from "./catalog-wording";
import { addTool, toDraft } from "./lineup-draft";

const catalog = describeCatalog(new Set(["music-dj"]));
const sku = { code: "PIP-2", capabilities: { camera: false, mic: true, speaker: true, screen: false } };
const draft = addTool(toDraft({ agents: [{ agentId: "kids-companion" }, { agentId: "story-teller" }] }), "kids-companion", "timer");
const context = { draft, catalog, sku, words: catalogWording() };
const onAgent = (key: string) => ({ type: "lineup-agent" as const, key });

describe("drag ids", () => {
  it("round-trip every kind of item, and name drop targets", () => {
    const items: DragItem[] = [{ type: "catalog-agent", agentId: "story-teller" }, { type: "catalog-tool", toolId: "timer" }, { type: "lineup-agent", key: "story-teller~2" }];
    for (const item of items) expect(parseDragId(dragId(item))).toEqual(item);
    expect(parseDropId("lineup-end")).toEqual({ type: "lineup-end" });
    expect(parseDropId("lineup-agent:kids-companion")).toEqual(onAgent("kids-companion"));
    expect(parseDropId("catalog-agent:kids-companion")).toBeNull();
    expect(parseDragId("nonsense")).toBeNull();
  });
});

describe("resolveDrop", () => {
  it("inserts a catalog agent above the agent it lands on, or last on the end zone", () => {
    expect(resolveDrop({ type: "catalog-agent", agentId: "baby-journal" }, onAgent("story-teller"), context)).toEqual({ action: "insert-agent", agentId: "baby-journal", index: 1 });
    expect(resolveDrop({ type: "catalog-agent", agentId: "baby-journal" }, { type: "lineup-end" }, context)).toEqual({ action: "insert-agent", agentId: "baby-journal", index: 2 });
  });

  it("refuses agents the SKU cannot run, naming why", () => {
    expect(resolveDrop({ type: "catalog-agent", agentId: "visual-qa" }, { type: "lineup-end" }, context)).toEqual({
      action: "refuse",
      reason: "What's ahead (visual Q&A): Needs a camera — PIP-2 has none",
    });
    expect(resolveDrop({ type: "catalog-agent", agentId: "story-teller" }, { type: "lineup-end" }, context)).toEqual({ action: "refuse", reason: "Story teller: Already in the lineup" });
  });

  it("reorders lineup agents, and ignores a drop in place or outside the lineup", () => {
    expect(resolveDrop(onAgent("story-teller"), onAgent("kids-companion"), context)).toEqual({ action: "move-agent", from: 1, to: 0 });
    expect(resolveDrop(onAgent("story-teller"), onAgent("story-teller"), context)).toEqual({ action: "none" });
    expect(resolveDrop(onAgent("story-teller"), { type: "lineup-end" }, context)).toEqual({ action: "none" });
    expect(resolveDrop({ type: "catalog-agent", agentId: "baby-journal" }, null, context)).toEqual({ action: "none" });
  });

  it("gives a tool to an agent that may use it, and explains when it may not", () => {
    expect(resolveDrop({ type: "catalog-tool", toolId: "music" }, onAgent("story-teller"), context)).toEqual({ action: "add-tool", key: "story-teller", toolId: "music" });
    expect(resolveDrop({ type: "catalog-tool", toolId: "timer" }, onAgent("story-teller"), context)).toEqual({ action: "refuse", reason: "Story teller can't use Timer" });
    expect(resolveDrop({ type: "catalog-tool", toolId: "timer" }, onAgent("kids-companion"), context)).toEqual({ action: "refuse", reason: "Kids' companion already has Timer" });
    expect(resolveDrop({ type: "catalog-tool", toolId: "timer" }, { type: "lineup-end" }, context)).toEqual({ action: "none" });
  });
});

describe("drag announcements", () => {
  it("say where a dragged item would go and what happened, by name", () => {
    expect(describeDropPreview(onAgent("story-teller"), onAgent("kids-companion"), context)).toBe("Story teller is over position 1 of 2.");
    expect(describeDropPreview(onAgent("story-teller"), onAgent("story-teller"), context)).toBe("Story teller is at position 2 of 2.");
    expect(describeDropResult(onAgent("story-teller"), onAgent("kids-companion"), context)).toBe("Story teller was moved to position 1 of 2.");
    expect(describeDropPreview({ type: "catalog-agent", agentId: "baby-journal" }, { type: "lineup-end" }, context)).toBe("Baby journal will be added at the end of the lineup.");
    expect(describeDropPreview({ type: "catalog-tool", toolId: "music" }, onAgent("story-teller"), context)).toBe("Drop to give Music to Story teller.");
    expect(describeDropResult({ type: "catalog-tool", toolId: "timer" }, onAgent("story-teller"), context)).toBe("Story teller can't use Timer. Nothing changed.");
    expect(describeDropPreview({ type: "catalog-agent", agentId: "baby-journal" }, null, context)).toBe("Baby journal is not over the lineup.");
  });
});
