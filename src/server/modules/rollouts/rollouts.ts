import "server-only";
import { invalidate } from "@/server/cache/invalidation";
import type { Db, DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { recordAudit, type Actor } from "@/server/modules/audit/record-audit";
import { emitEvent } from "@/server/modules/events/emit";
import type { EventType } from "@/shared/events";
import type { LockedSku } from "@/server/modules/configs/sku-context";
import { ZGateFailure, ZRolloutGate, type GateFailure, type RolloutGate, type RolloutPlan, type RolloutStatus } from "@/shared/rollouts";
import { applyRolloutEvent, currentPercent, stepEndsAt, type RolloutEvent, type RolloutProgress } from "./lifecycle";

/*
 * Staged rollouts in the database (docs/rollouts.md): started by a publish with a plan, moved by
 * hand (promote, pause, resume, abort) and by the worker (step timing, the gate). Every change
 * runs under the rollout's row lock, so racing changes resolve to one state; a finished
 * rollout frees its SKU (and, when completed, makes its version live).
 */

type RolloutRow = {
  id: string;
  orgId: string;
  skuId: string;
  fromVersion: number;
  toVersion: number;
  steps: number[];
  stepMinutes: number;
  stepIndex: number;
  stepStartedAt: Date;
  pausedAt: Date | null;
  status: RolloutStatus;
  gate: unknown;
  reason: string | null;
  gateFailure: unknown;
  finishedAt: Date | null;
  createdAt: Date;
};

/** A rollout as the console and `rollouts.get` show it (the contract's fields first). */
export type RolloutView = {
  rolloutId: string;
  skuId: string;
  fromVersion: number;
  toVersion: number;
  status: RolloutStatus;
  /** the share of the fleet on toVersion now */
  percent: number;
  reason: string | null;
  /** a gate's rollback as code and figures, which the console words (`reason` says it in English) */
  gateFailure: GateFailure | null;
  steps: number[];
  stepMinutes: number;
  stepIndex: number;
  /** when the current step moves on by itself (null unless running) */
  stepEndsAt: Date | null;
  gate: RolloutGate | null;
  createdAt: Date;
  finishedAt: Date | null;
};

const FINISHED: readonly RolloutStatus[] = ["completed", "rolled_back", "aborted"];

const progressOf = (row: RolloutRow): RolloutProgress => ({
  status: row.status,
  steps: row.steps,
  stepMinutes: row.stepMinutes,
  stepIndex: row.stepIndex,
  stepStartedAt: row.stepStartedAt,
  pausedAt: row.pausedAt,
});

/** A stored gate, read back through its schema (null when ungated or unreadable — never trusted blindly). */
export function gateOf(stored: unknown): RolloutGate | null {
  const parsed = ZRolloutGate.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/** A stored gate failure, read back through its schema (null for none, or one this build cannot read: `reason` still says it). */
function gateFailureOf(stored: unknown): GateFailure | null {
  const parsed = ZGateFailure.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export function toView(row: RolloutRow): RolloutView {
  const progress = progressOf(row);
  return {
    rolloutId: row.id,
    skuId: row.skuId,
    fromVersion: row.fromVersion,
    toVersion: row.toVersion,
    status: row.status,
    percent: currentPercent(progress),
    reason: row.reason,
    gateFailure: gateFailureOf(row.gateFailure),
    steps: row.steps,
    stepMinutes: row.stepMinutes,
    stepIndex: row.stepIndex,
    stepEndsAt: stepEndsAt(progress),
    gate: gateOf(row.gate),
    createdAt: row.createdAt,
    finishedAt: row.finishedAt,
  };
}

/** Refuses a publish while the SKU has a rollout running or paused: one plan at a time, and someone watching it. */
export function refuseWhileRolloutActive(sku: Pick<LockedSku, "code" | "activeRolloutId">): void {
  if (!sku.activeRolloutId) return;
  throw new AppError(
    "CONFLICT",
    `SKU ${sku.code} has a staged rollout in progress (${sku.activeRolloutId}): promote it to the end or abort it before publishing another version.`,
    { reason: "ROLLOUT_ACTIVE", details: { rolloutId: sku.activeRolloutId } },
  );
}

/**
 * Starts a rollout of the just-created `toVersion` from the SKU's live version, inside the
 * publish's transaction (the SKU row is locked): the live version stays current for every
 * device outside the first step's cohort.
 */
export async function startRolloutTx(
  tx: DbTx,
  orgId: string,
  actor: Actor,
  input: { sku: Pick<LockedSku, "id" | "code" | "currentConfigVersion">; toVersion: number; plan: RolloutPlan; now: Date },
): Promise<RolloutView> {
  const { sku, toVersion, plan, now } = input;
  if (sku.currentConfigVersion === null) {
    throw new AppError("BAD_REQUEST", "rollout: the first version of a SKU goes to every device at once — there is no live version to roll out from.", {
      reason: "ROLLOUT_NEEDS_LIVE_VERSION",
    });
  }
  const row = await tx.rollout.create({
    data: {
      orgId,
      skuId: sku.id,
      fromVersion: sku.currentConfigVersion,
      toVersion,
      steps: plan.steps,
      stepMinutes: plan.stepMinutes,
      stepStartedAt: now,
      gate: plan.gate ?? undefined,
      createdAt: now,
    },
  });
  await tx.sku.update({ where: { id: sku.id }, data: { activeRolloutId: row.id } });
  await recordAudit(tx, {
    orgId,
    actor,
    action: "rollout.started",
    targetType: "rollout",
    targetId: row.id,
    metadata: { sku: sku.code, fromVersion: row.fromVersion, toVersion, steps: plan.steps.join(" → "), stepMinutes: plan.stepMinutes, gated: plan.gate ? "yes" : "no" },
    at: now,
  });
  const view = toView(row);
  await emitEvent(tx, { orgId, type: "rollout.started", data: rolloutEventData(view, sku.code), at: now });
  return view;
}

/** What a rollout.* event carries: the rollout as `rollouts.get` answers it, and the SKU's code. */
function rolloutEventData(view: RolloutView, skuCode: string) {
  return { rolloutId: view.rolloutId, skuId: view.skuId, sku: skuCode, fromVersion: view.fromVersion, toVersion: view.toVersion, status: view.status, percent: view.percent, reason: view.reason };
}

/** The audit action, and event type, of each change. */
const EVENT_ACTIONS: Record<RolloutEvent["type"], EventType> = {
  promote: "rollout.promoted",
  pause: "rollout.paused",
  resume: "rollout.resumed",
  abort: "rollout.aborted",
  gate_failed: "rollout.rolled_back",
  tick: "rollout.advanced",
};

/**
 * Applies `event` to the organization's rollout under its row lock and stores the result: a
 * finished rollout frees its SKU (completed: its version becomes live), caches are told like
 * a publish, and the change is audited with the share before and after. `reason` (abort by
 * hand, the gate's figures) is kept on the rollout, and a gate's `failure` as code and figures. Refusals: 404 for another organization's
 * rollout, 409 for a finished one or an event its state does not allow.
 */
export async function changeRollout(
  db: Db,
  orgId: string,
  actor: Actor,
  rolloutId: string,
  event: RolloutEvent,
  options: { reason?: string; failure?: GateFailure; now?: Date } = {},
): Promise<RolloutView> {
  return db.$transaction(async (tx) => {
    // The SKU's code comes along for the event; only the rollout's row is locked.
    const [locked] = await tx.$queryRaw<(RolloutRow & { skuCode: string })[]>`
      SELECT r.id, r."orgId", r."skuId", r."fromVersion", r."toVersion", r.steps, r."stepMinutes", r."stepIndex", r."stepStartedAt", r."pausedAt", r.status, r.gate, r.reason,
        r."gateFailure", r."finishedAt", r."createdAt", s.code AS "skuCode"
      FROM "Rollout" r JOIN "Sku" s ON s.id = r."skuId" WHERE r.id = ${rolloutId} AND r."orgId" = ${orgId} FOR UPDATE OF r`;
    if (!locked) throw new AppError("NOT_FOUND", "Rollout not found.", { reason: "ROLLOUT_NOT_FOUND" });
    // Read once the lock is held: changes that waited for each other are dated in the order they applied.
    const now = options.now ?? new Date();
    const result = applyRolloutEvent(progressOf(locked), event, now);
    if (!result.ok) {
      throw new AppError("CONFLICT", result.message, { reason: FINISHED.includes(locked.status) ? "ROLLOUT_FINISHED" : "ROLLOUT_STATE" });
    }
    const { skuCode, ...row } = locked;
    if (!result.changed) return toView(row);

    const next = result.progress;
    const finished = FINISHED.includes(next.status);
    const reason = event.type === "abort" || event.type === "gate_failed" ? (options.reason ?? null) : row.reason;
    const gateFailure = event.type === "gate_failed" ? (options.failure ?? null) : row.gateFailure;
    const updated: RolloutRow = { ...row, ...next, reason, gateFailure, finishedAt: finished ? now : null };
    await tx.rollout.update({
      where: { id: row.id },
      data: {
        status: next.status,
        stepIndex: next.stepIndex,
        stepStartedAt: next.stepStartedAt,
        pausedAt: next.pausedAt,
        reason,
        ...(event.type === "gate_failed" && options.failure ? { gateFailure: options.failure } : {}),
        finishedAt: updated.finishedAt,
      },
    });
    if (finished) {
      await tx.sku.update({
        where: { id: row.skuId },
        data: { activeRolloutId: null, ...(next.status === "completed" ? { currentConfigVersion: row.toVersion } : {}) },
      });
    }
    await invalidate(tx, "sku", [row.skuId]);
    const action: EventType = next.status === "completed" ? "rollout.completed" : EVENT_ACTIONS[event.type];
    await recordAudit(tx, {
      orgId,
      actor,
      action,
      targetType: "rollout",
      targetId: row.id,
      metadata: { fromVersion: row.fromVersion, toVersion: row.toVersion, percentBefore: currentPercent(row), percentAfter: currentPercent(next), reason },
      at: now,
    });
    const view = toView(updated);
    await emitEvent(tx, { orgId, type: action, data: rolloutEventData(view, skuCode), at: now });
    return view;
  });
}

/** The columns a RolloutView is made of. */
export const ROLLOUT_SELECT = {
  id: true,
  orgId: true,
  skuId: true,
  fromVersion: true,
  toVersion: true,
  steps: true,
  stepMinutes: true,
  stepIndex: true,
  stepStartedAt: true,
  pausedAt: true,
  status: true,
  gate: true,
  reason: true,
  gateFailure: true,
  finishedAt: true,
  createdAt: true,
} as const;

/** One of the organization's rollouts (404 for anyone else's). */
export async function getRollout(db: Db, orgId: string, rolloutId: string): Promise<RolloutView> {
  const row = await db.rollout.findFirst({ where: { id: rolloutId, orgId }, select: ROLLOUT_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Rollout not found.", { reason: "ROLLOUT_NOT_FOUND" });
  return toView(row);
}

/** A SKU's rollouts, newest first, a page at a time (404 for a SKU that is not the organization's). */
export async function listRollouts(db: Db, orgId: string, input: { skuId: string; page: number; pageSize: number }) {
  const sku = await db.sku.findFirst({ where: { id: input.skuId, orgId }, select: { id: true } });
  if (!sku) throw new AppError("NOT_FOUND", "SKU not found.", { reason: "SKU_NOT_FOUND" });
  const where = { orgId, skuId: input.skuId };
  const [rows, total] = await Promise.all([
    db.rollout.findMany({ where, select: ROLLOUT_SELECT, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (input.page - 1) * input.pageSize, take: input.pageSize }),
    db.rollout.count({ where }),
  ]);
  return { rollouts: rows.map(toView), total, page: input.page, pageSize: input.pageSize };
}
