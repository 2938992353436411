import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/messages";
import { actionLabel, messageLookup } from "./audit-labels";
import { describeMetadata } from "./describe-metadata";

const english = messageLookup(CATALOGS.en);
const chinese = messageLookup(CATALOGS["zh-CN"]);

describe("the audit log in words", () => {
  it("names known actions and spells out new ones", () => {
    expect(actionLabel("apikey.created", english)).toBe("API key created");
    expect(actionLabel("device.replaced", english)).toBe("Device replaced (RMA)");
    expect(actionLabel("rollout.rolled_back", english)).toBe("Rollout rolled back by its latency gate");
    expect(actionLabel("widget.spun_up", english)).toBe("Widget spun up");
  });

  it("names actions in the console's language", () => {
    expect(actionLabel("apikey.created", chinese)).toBe("API 密钥已创建");
    expect(actionLabel("invitation.created", chinese)).toBe("邀请已发送");
  });

  it("labels metadata fields and shows roles by their label", () => {
    expect(describeMetadata({ before: { role: "DEVELOPER" }, after: { role: "VIEWER" } }, english)).toEqual(["Role: Developer → Viewer"]);
    expect(describeMetadata({ overagePercent: 10, packageName: "Starter" }, english)).toEqual(["Overage (%): 10", "Package name: Starter"]);
    expect(describeMetadata({ before: { role: "DEVELOPER" }, after: { role: "VIEWER" } }, chinese)).toEqual(["角色：开发者 → 查看者"]);
  });
});
