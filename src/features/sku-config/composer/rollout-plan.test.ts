import { describe, expect, it } from "vitest";
import { defaultPlanForm, errorsAfterEdit, readPlanForm } from "./rollout-plan";

const form = defaultPlanForm({ mic: true });

describe("the publish dialog's staged plan", () => {
  it("starts from the default plan and reads it back as the server expects it", () => {
    expect(form).toMatchObject({ steps: "5, 25, 100", stepMinutes: "60", gated: true, kind: "voice", maxP95Ms: "1000" });
    expect(readPlanForm(form)).toEqual({ plan: { steps: [5, 25, 100], stepMinutes: 60, gate: { kind: "voice", maxP95Ms: 1000, maxRegressionPct: 20, minInteractions: 100 } } });
  });

  it("accepts steps written with arrows or percent signs, and a gate with an empty limit left out", () => {
    expect(readPlanForm({ ...form, steps: "1% → 10% → 100%", maxRegressionPct: "" })).toEqual({
      plan: { steps: [1, 10, 100], stepMinutes: 60, gate: { kind: "voice", maxP95Ms: 1000, minInteractions: 100 } },
    });
    expect(readPlanForm({ ...form, gated: false })).toEqual({ plan: { steps: [5, 25, 100], stepMinutes: 60 } });
  });

  it("names the field of each mistake", () => {
    expect(readPlanForm({ ...form, steps: "5, ten, 100" })).toEqual({ errors: { steps: "Enter percents separated by commas, e.g. 5, 25, 100." } });
    expect(readPlanForm({ ...form, steps: "50, 25, 100" })).toEqual({ errors: { steps: "Steps must be strictly ascending." } });
    expect(readPlanForm({ ...form, steps: "" })).toEqual({ errors: { steps: "Steps needs at least one percent (the last one 100)." } });
    expect(readPlanForm({ ...form, stepMinutes: "" })).toEqual({ errors: { stepMinutes: "Minutes per step must be a number." } });
    expect(readPlanForm({ ...form, maxP95Ms: "0", minInteractions: "2.5" })).toEqual({
      errors: { maxP95Ms: "The p95 limit must be at least 1.", minInteractions: "The interactions needed must be a whole number." },
    });
    expect(readPlanForm({ ...form, maxP95Ms: "", maxRegressionPct: "" })).toEqual({ errors: { gate: "A gate needs a p95 limit, a slowdown limit or both." } });
  });

  it("drops an edited field's message and keeps the others until the next submit", () => {
    const errors = { steps: "Steps must be strictly ascending.", stepMinutes: "Minutes per step must be a number.", gate: "A gate needs a p95 limit, a slowdown limit or both." };
    expect(errorsAfterEdit(errors, { steps: "75, 100" })).toEqual({ stepMinutes: errors.stepMinutes, gate: errors.gate });
    expect(errorsAfterEdit(errors, { maxP95Ms: "900" })).toEqual({ steps: errors.steps, stepMinutes: errors.stepMinutes });
    expect(errorsAfterEdit(errors, { gated: false })).toEqual({ steps: errors.steps, stepMinutes: errors.stepMinutes });
    expect(errorsAfterEdit(errors, { kind: "video" })).toEqual(errors);
  });
});
