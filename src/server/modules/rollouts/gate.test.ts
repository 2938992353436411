import { describe, expect, it } from "vitest";
import { evaluateGate } from "./gate";

const v = (version: number, interactions: number, p95Ms: number | null) => ({ version, interactions, p95Ms });

describe("the rollout gate", () => {
  it("waits for the new version's minimum interactions", () => {
    expect(evaluateGate({ maxP95Ms: 1000, minInteractions: 200 }, "voice", v(2, 199, 5000), v(1, 5000, 700))).toEqual({
      verdict: "wait",
      why: "199 of 200 voice interactions on version 2 so far",
      needed: 200,
    });
    expect(evaluateGate({ maxP95Ms: 1000 }, "voice", v(2, 99, 5000), v(1, 0, null)).verdict).toBe("wait"); // default minimum 100
  });

  it("fails above the absolute p95 limit, with the figures", () => {
    expect(evaluateGate({ maxP95Ms: 1000 }, "voice", v(2, 312, 1420), v(1, 4000, 690))).toEqual({
      verdict: "fail",
      reason: "version 2's voice p95 was 1,420 ms over 312 interactions, above the gate's 1,000 ms.",
      failure: { code: "p95Above", params: { version: 2, kind: "voice", p95Ms: 1420, interactions: 312, maxP95Ms: 1000 } },
    });
    expect(evaluateGate({ maxP95Ms: 1000 }, "voice", v(2, 312, 1000), v(1, 4000, 690))).toEqual({ verdict: "pass" });
  });

  it("fails on a regression against the old version over the same window", () => {
    const verdict = evaluateGate({ maxRegressionPct: 20 }, "voice", v(2, 500, 952), v(1, 9000, 690));
    expect(verdict).toEqual({
      verdict: "fail",
      reason: "version 2's voice p95 was 952 ms over 500 interactions, 38 % above version 1's 690 ms over the same window (9,000 interactions; the gate allows +20 %).",
      failure: {
        code: "slowerThanBefore",
        params: { version: 2, kind: "voice", p95Ms: 952, interactions: 500, regressionPct: expect.closeTo(37.97, 2), maxRegressionPct: 20, baseline: { version: 1, p95Ms: 690, interactions: 9000 } },
      },
    });
    expect(evaluateGate({ maxRegressionPct: 20 }, "voice", v(2, 500, 828), v(1, 9000, 690))).toEqual({ verdict: "pass" }); // exactly +20 %
  });

  it("does not compare against an old version with too few interactions (at 100 % there are none)", () => {
    expect(evaluateGate({ maxRegressionPct: 20 }, "voice", v(2, 500, 2000), v(1, 10, 500))).toEqual({ verdict: "pass" });
    expect(evaluateGate({ maxRegressionPct: 20, maxP95Ms: 1500 }, "voice", v(2, 500, 2000), v(1, 0, null)).verdict).toBe("fail");
  });
});
