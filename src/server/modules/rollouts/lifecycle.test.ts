import { describe, expect, it } from "vitest";
import { applyRolloutEvent, currentPercent, type RolloutProgress } from "./lifecycle";

const t0 = new Date("2026-03-04T10:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const start: RolloutProgress = { status: "running", steps: [5, 25, 100], stepMinutes: 60, stepIndex: 0, stepStartedAt: t0, pausedAt: null };

function apply(progress: RolloutProgress, ...events: [Parameters<typeof applyRolloutEvent>[1], number][]) {
  let state = progress;
  for (const [event, minutes] of events) {
    const result = applyRolloutEvent(state, event, at(minutes));
    if (!result.ok) throw new Error(result.message);
    state = result.progress;
  }
  return state;
}

describe("a rollout's lifecycle", () => {
  it("moves on when a step has lasted its minutes, the 100 % step too, then completes", () => {
    expect(applyRolloutEvent(start, { type: "tick" }, at(59))).toEqual({ ok: true, progress: start, changed: false });
    const second = apply(start, [{ type: "tick" }, 60]);
    expect([second.stepIndex, currentPercent(second), second.stepStartedAt]).toEqual([1, 25, at(60)]);
    const last = apply(second, [{ type: "tick" }, 120]);
    expect(currentPercent(last)).toBe(100);
    expect(apply(last, [{ type: "tick" }, 180]).status).toBe("completed");
  });

  it("promotes by hand to the next step at once, and completes from the last", () => {
    const promoted = apply(start, [{ type: "promote" }, 10]);
    expect([promoted.stepIndex, promoted.stepStartedAt]).toEqual([1, at(10)]);
    expect(apply(promoted, [{ type: "promote" }, 11], [{ type: "promote" }, 12]).status).toBe("completed");
  });

  it("stops the step clock while paused and gives the step its time left on resume", () => {
    const paused = apply(start, [{ type: "pause" }, 20]);
    expect(applyRolloutEvent(paused, { type: "tick" }, at(500))).toMatchObject({ changed: false });
    const resumed = apply(paused, [{ type: "resume" }, 100]); // paused 80 minutes: the step now ends at 140
    expect(resumed.stepStartedAt).toEqual(at(80));
    expect(apply(resumed, [{ type: "tick" }, 139]).stepIndex).toBe(0);
    expect(apply(resumed, [{ type: "tick" }, 140]).stepIndex).toBe(1);
    expect(applyRolloutEvent(resumed, { type: "resume" }, at(141))).toEqual({ ok: false, message: "This rollout is not paused." });
    expect(applyRolloutEvent(paused, { type: "pause" }, at(21))).toEqual({ ok: false, message: "This rollout is already paused." });
  });

  it("sends everyone back on abort or a failed gate, paused or not, and refuses anything after", () => {
    const aborted = apply(start, [{ type: "abort" }, 5]);
    expect([aborted.status, currentPercent(aborted)]).toEqual(["aborted", 0]);
    const rolledBack = apply(start, [{ type: "pause" }, 5], [{ type: "gate_failed" }, 6]);
    expect([rolledBack.status, currentPercent(rolledBack)]).toEqual(["rolled_back", 0]);
    expect(applyRolloutEvent(rolledBack, { type: "promote" }, at(7))).toEqual({ ok: false, message: "This rollout has already been rolled back." });
    expect(applyRolloutEvent(aborted, { type: "gate_failed" }, at(7))).toEqual({ ok: false, message: "This rollout has already been aborted." });
    const completed = apply(start, [{ type: "promote" }, 1], [{ type: "promote" }, 2], [{ type: "promote" }, 3]);
    expect(applyRolloutEvent(completed, { type: "abort" }, at(4))).toEqual({ ok: false, message: "This rollout has already completed." });
  });
});
