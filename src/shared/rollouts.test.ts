import { describe, expect, it } from "vitest";
import { defaultRolloutPlan, ZRolloutPlan } from "./rollouts";

const problem = (plan: unknown) => {
  const parsed = ZRolloutPlan.safeParse(plan);
  return parsed.success ? null : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)[0];
};

describe("a rollout plan", () => {
  it("accepts ascending percents ending at 100, with an optional gate", () => {
    expect(problem({ steps: [5, 25, 100], stepMinutes: 60 })).toBeNull();
    expect(problem({ steps: [0.5, 12.5, 100], stepMinutes: 1, gate: { kind: "voice", maxP95Ms: 1000, maxRegressionPct: 20, minInteractions: 100 } })).toBeNull();
    expect(problem({ steps: [100], stepMinutes: 10 })).toBeNull();
  });

  it("names the field of each mistake", () => {
    expect(problem({ steps: [25, 5, 100], stepMinutes: 60 })).toBe("steps: steps must be strictly ascending.");
    expect(problem({ steps: [5, 25, 25, 100], stepMinutes: 60 })).toBe("steps: steps must be strictly ascending.");
    expect(problem({ steps: [5, 25], stepMinutes: 60 })).toBe("steps: The last step must be 100.");
    expect(problem({ steps: [0, 100], stepMinutes: 60 })).toBe("steps.0: Each step is a percent above 0.");
    expect(problem({ steps: [5, 150], stepMinutes: 60 })).toBe("steps.1: Each step is a percent of at most 100.");
    expect(problem({ steps: [33.333, 100], stepMinutes: 60 })).toBe("steps.0: Steps have at most two decimals (0.01 % is the finest share).");
    expect(problem({ steps: [], stepMinutes: 60 })).toBe("steps: steps needs at least one percent (the last one 100).");
    expect(problem({ steps: [5, 100], stepMinutes: 0 })).toBe("stepMinutes: stepMinutes must be at least 1.");
    expect(problem({ steps: [5, 100], stepMinutes: 20_000 })).toBe("stepMinutes: stepMinutes must be at most 10,080.");
    expect(problem({ steps: [5, 100], stepMinutes: 1.5 })).toBe("stepMinutes: stepMinutes must be a whole number.");
    expect(problem({ steps: [5, 100], stepMinutes: 60, gate: { maxP95Ms: 0 } })).toBe("gate.maxP95Ms: maxP95Ms must be at least 1.");
    expect(problem({ steps: [5, 100], stepMinutes: 60, gate: { maxRegressionPct: 5000 } })).toBe("gate.maxRegressionPct: maxRegressionPct must be at most 1,000.");
    expect(problem({ steps: [5, 100], stepMinutes: 60, gate: { kind: "voice" } })).toBe("gate: A gate needs maxP95Ms, maxRegressionPct or both.");
    expect(problem({ steps: [5, 100], stepMinutes: 60, gate: { kind: "audio", maxP95Ms: 900 } })).toBe("gate.kind: kind must be voice or video.");
    expect(problem({ steps: [5, 100], stepMinutes: 60, extra: 1 })).toMatch(/^: Unrecognized key/);
  });

  it("defaults to 5 → 25 → 100 %, an hour a step, gated at the SLO of the SKU's main interaction", () => {
    expect(defaultRolloutPlan({ mic: true })).toEqual({ steps: [5, 25, 100], stepMinutes: 60, gate: { kind: "voice", maxP95Ms: 1000, maxRegressionPct: 20, minInteractions: 100 } });
    expect(defaultRolloutPlan({ mic: false }).gate).toMatchObject({ kind: "video", maxP95Ms: 1500 });
    expect(ZRolloutPlan.safeParse(defaultRolloutPlan({ mic: true })).success).toBe(true);
  });
});
