import { describe, expect, it } from "vitest";
import { actionLabel } from "./audit-labels";
import { describeMetadata } from "./describe-metadata";

describe("the audit log in words", () => {
  it("names known actions and spells out new ones", () => {
    expect(actionLabel("apikey.created")).toBe("API key created");
    expect(actionLabel("device.replaced")).toBe("Device replaced (RMA)");
    expect(actionLabel("rollout.rolled_back")).toBe("Rollout rolled back by its latency gate");
    expect(actionLabel("widget.spun_up")).toBe("Widget spun up");
  });

  it("labels metadata fields and shows roles by their label", () => {
    expect(describeMetadata({ before: { role: "DEVELOPER" }, after: { role: "VIEWER" } })).toEqual(["Role: Developer → Viewer"]);
    expect(describeMetadata({ overagePercent: 10, packageName: "Starter" })).toEqual(["Overage (%): 10", "Package name: Starter"]);
  });
});
