import { describe, expect, it } from "vitest";
import { describeGate, describeGateCheck, describePlan, describeVersionLatency, expectedOnNew } from "./rollout-meta";

describe("rollout wording", () => {
  it("describes the plan and the gate as the panel shows them", () => {
    expect(describePlan({ steps: [0.5, 25, 100], stepMinutes: 1440 })).toBe("0.5 → 25 → 100 %, 1,440 min a step");
    expect(describeGate({ kind: "video", maxP95Ms: 1500, maxRegressionPct: 20, minInteractions: 50 })).toBe(
      "video p95 ≤ 1,500 ms, ≤ +20 % vs the old version, after 50 interactions",
    );
    expect(describeGate({ maxRegressionPct: 10 })).toBe("voice ≤ +10 % vs the old version, after 100 interactions");
    expect(describeGate(null)).toBe("No gate");
  });

  it("turns the share into devices, and the gate's verdict into a sentence", () => {
    expect(expectedOnNew({ percent: 5, cohorts: { onNew: 0, onOld: 0, seenSinceStart: 0, active: 2_410 } })).toBe("≈ 121 of 2,410 active devices");
    const figures = { kind: "voice" as const, candidate: { version: 2, interactions: 4, p95Ms: 700 }, baseline: { version: 1, interactions: 0, p95Ms: null } };
    expect(describeGateCheck({ ...figures, verdict: "wait", why: "4 of 100 voice interactions on version 2 so far" })).toBe("Waiting for data: 4 of 100 voice interactions on version 2 so far.");
    expect(describeGateCheck({ ...figures, verdict: "pass" })).toBe("Passing: the new version is within the gate's limits.");
    expect(describeVersionLatency(figures.candidate, "voice")).toBe("version 2: p95 700 ms over 4 voice interactions");
    expect(describeVersionLatency(figures.baseline, "voice")).toBe("version 1: no voice interactions yet");
  });
});
