import { describe, expect, it } from "vitest";
import { catalogWording } from "./catalog-wording";
import { publishBlocker as blocker } from "./publish-blocker";

const words = catalogWording();
const publishBlocker = (context: Parameters<typeof blocker>[0]) => blocker(context, words);

const current = { version: 3, publishedAt: new Date("2026-03-04T10:00:00Z") };
const ready = { save: "saved" as const, issueCount: 0, current, unpublishedChanges: true, rollout: null };

describe("publishBlocker", () => {
  it("allows publishing a saved, valid draft that differs from what devices run", () => {
    expect(publishBlocker(ready)).toBeNull();
    expect(publishBlocker({ ...ready, save: "idle", current: null })).toBeNull();
  });

  it("waits for autosave and asks for a reload after a conflict", () => {
    expect(publishBlocker({ ...ready, save: "pending" })).toBe("Saving your changes…");
    expect(publishBlocker({ ...ready, save: "saving" })).toBe("Saving your changes…");
    expect(publishBlocker({ ...ready, save: "error" })).toBe("Your latest changes are not saved yet.");
    expect(publishBlocker({ ...ready, save: "conflict", issueCount: 2 })).toBe("Reload to get the latest draft first.");
  });

  it("names how many issues to fix, and says when there is nothing new", () => {
    expect(publishBlocker({ ...ready, issueCount: 1 })).toBe("Fix the 1 issue below first.");
    expect(publishBlocker({ ...ready, issueCount: 3 })).toBe("Fix the 3 issues below first.");
    expect(publishBlocker({ ...ready, unpublishedChanges: false })).toBe("Nothing new to publish: the draft is version 3.");
  });

  it("waits for a staged rollout in progress to end", () => {
    expect(publishBlocker({ ...ready, rollout: { rolloutId: "r1", toVersion: 4, status: "paused" } })).toBe(
      "Version 4 is rolling out: promote it to the end or abort it (Rollouts tab) before publishing another.",
    );
  });
});
