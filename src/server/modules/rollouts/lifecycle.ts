import "server-only";
import type { RolloutStatus } from "@/shared/rollouts";

/** What decides a rollout's next state: its steps, where it is, and since when. */
export type RolloutProgress = {
  status: RolloutStatus;
  steps: number[];
  stepMinutes: number;
  /** index into `steps` of the current step */
  stepIndex: number;
  /** when the current step started (moved forward by the time spent paused) */
  stepStartedAt: Date;
  /** set while paused */
  pausedAt: Date | null;
};

export type RolloutEvent =
  | { type: "promote" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "abort" }
  | { type: "gate_failed" }
  /** the worker's clock: moves to the next step (or completes) once the step has lasted stepMinutes */
  | { type: "tick" };

export type Transition = { ok: true; progress: RolloutProgress; changed: boolean } | { ok: false; message: string };

const FINISHED: Record<string, string> = { completed: "completed", rolled_back: "been rolled back", aborted: "been aborted" };

/** The share of the fleet on the new version: the current step's percent; 100 once completed, 0 once rolled back or aborted. */
export function currentPercent(progress: Pick<RolloutProgress, "status" | "steps" | "stepIndex">): number {
  if (progress.status === "completed") return 100;
  if (progress.status === "rolled_back" || progress.status === "aborted") return 0;
  return progress.steps[progress.stepIndex] ?? 100;
}

/** When the current step ends by itself (null while paused or finished). */
export function stepEndsAt(progress: RolloutProgress): Date | null {
  if (progress.status !== "running") return null;
  return new Date(progress.stepStartedAt.getTime() + progress.stepMinutes * 60_000);
}

/**
 * The rollout after `event` at `now`, or why the event cannot apply. Pure: the caller stores
 * the result under a row lock, so a promote and a gate rollback that race resolve to one state.
 *
 * - promote: the next step now (from a pause too: promoting is a decision to go on); after the
 *   last step, completed.
 * - pause / resume: a paused rollout keeps its cohort and its gate, and its step clock stops;
 *   resuming gives the step the time it had left.
 * - abort (by hand) and gate_failed (the worker): every device back on the old version.
 * - tick: a running step that has lasted stepMinutes moves on — the 100 % step too, during
 *   which the gate still watches; after it the rollout is completed.
 */
export function applyRolloutEvent(progress: RolloutProgress, event: RolloutEvent, now: Date): Transition {
  const finished = FINISHED[progress.status];
  if (finished) return { ok: false, message: `This rollout has already ${finished}.` };
  const to = (changes: Partial<RolloutProgress>): Transition => ({ ok: true, progress: { ...progress, ...changes }, changed: true });
  const nextStep = () =>
    progress.stepIndex + 1 >= progress.steps.length
      ? to({ status: "completed", pausedAt: null })
      : to({ status: "running", stepIndex: progress.stepIndex + 1, stepStartedAt: now, pausedAt: null });

  switch (event.type) {
    case "promote":
      return nextStep();
    case "pause":
      if (progress.status === "paused") return { ok: false, message: "This rollout is already paused." };
      return to({ status: "paused", pausedAt: now });
    case "resume": {
      if (progress.status !== "paused" || !progress.pausedAt) return { ok: false, message: "This rollout is not paused." };
      const paused = now.getTime() - progress.pausedAt.getTime();
      return to({ status: "running", pausedAt: null, stepStartedAt: new Date(progress.stepStartedAt.getTime() + paused) });
    }
    case "abort":
      return to({ status: "aborted", pausedAt: null });
    case "gate_failed":
      return to({ status: "rolled_back", pausedAt: null });
    case "tick": {
      const endsAt = stepEndsAt(progress);
      return endsAt && now >= endsAt ? nextStep() : { ok: true, progress, changed: false };
    }
  }
}
