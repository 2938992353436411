/** Staged rollouts in the database: publishing with a plan, changes under the row lock, races, tenant scoping, the hot path and the worker's gate. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { publishLineup } from "@/server/modules/configs/publish";
import { bootDevice } from "@/server/modules/device-runtime/boot";
import { currentConfig, refreshSession } from "@/server/modules/device-runtime/session";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { verifySessionToken } from "@/server/modules/sessions/session-token";
import { ingestTelemetry } from "@/server/modules/telemetry/ingest";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { inCohort } from "./cohort";
import { changeRollout, getRollout, listRollouts } from "./rollouts";
import { superviseRollouts } from "./supervise";

const actor = { type: "system", label: "test" } as const;
const PLAN = { steps: [5, 25, 100], stepMinutes: 60, gate: { kind: "voice" as const, maxP95Ms: 1000, maxRegressionPct: 20 } };
const lineup = (agentId: string) => ({ agents: [{ agentId }] });

/** An organization with a SKU whose version 1 is live. */
async function liveSku() {
  const { org, owner } = await createOrgWithMembers();
  const sku = await callerFor(owner.id).sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("story-teller") });
  return { org, sku };
}

const skuRow = (id: string) => db.sku.findUniqueOrThrow({ where: { id }, select: { currentConfigVersion: true, activeRolloutId: true } });
const audits = (targetId: string) => db.auditLog.findMany({ where: { targetId }, orderBy: { createdAt: "asc" }, select: { action: true, metadata: true } });

describe("staged rollouts", () => {
  it("a publish with a plan keeps the live version and starts a rollout at its first step", async () => {
    const { org, sku } = await liveSku();
    const published = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: PLAN });
    expect(published).toEqual({ configVersion: 2, rolloutId: expect.any(String) });
    expect(await skuRow(sku.id)).toEqual({ currentConfigVersion: 1, activeRolloutId: published.rolloutId });
    expect(await getRollout(db, org.id, published.rolloutId!)).toMatchObject({
      skuId: sku.id,
      fromVersion: 1,
      toVersion: 2,
      status: "running",
      percent: 5,
      steps: [5, 25, 100],
      gate: PLAN.gate,
      reason: null,
    });
    expect((await audits(published.rolloutId!)).map((a) => a.action)).toEqual(["rollout.started"]);
  });

  it("refuses another publish while a rollout is in progress, and a rollout of a SKU's first version, storing nothing", async () => {
    const { org, sku } = await liveSku();
    const { rolloutId } = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: PLAN });
    await expect(publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("story-teller") })).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "ROLLOUT_ACTIVE",
      message: expect.stringContaining("promote it to the end or abort it"),
    });
    expect(await db.skuConfigVersion.count({ where: { skuId: sku.id } })).toBe(2);

    await changeRollout(db, org.id, actor, rolloutId!, { type: "pause" });
    await expect(publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("story-teller") })).rejects.toMatchObject({ reason: "ROLLOUT_ACTIVE" });

    const { org: other, owner: otherOwner } = await createOrgWithMembers();
    const fresh = await callerFor(otherOwner.id).sku.create({ orgSlug: other.slug, ...SKU_INPUT });
    await expect(publishLineup(db, other.id, actor, { skuId: fresh.id, lineup: lineup("story-teller"), rollout: PLAN })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      reason: "ROLLOUT_NEEDS_LIVE_VERSION",
    });
    expect(await db.skuConfigVersion.count({ where: { skuId: fresh.id } })).toBe(0);
    expect(await db.rollout.count({ where: { skuId: fresh.id } })).toBe(0);
  });

  it("promoted to the end, completes: the new version goes live, the SKU is free, and nothing more can change", async () => {
    const { org, sku } = await liveSku();
    const { rolloutId } = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: PLAN });
    expect(await changeRollout(db, org.id, actor, rolloutId!, { type: "promote" })).toMatchObject({ status: "running", percent: 25, stepIndex: 1 });
    expect(await changeRollout(db, org.id, actor, rolloutId!, { type: "promote" })).toMatchObject({ status: "running", percent: 100 });
    expect(await changeRollout(db, org.id, actor, rolloutId!, { type: "promote" })).toMatchObject({ status: "completed", percent: 100, finishedAt: expect.any(Date) });
    expect(await skuRow(sku.id)).toEqual({ currentConfigVersion: 2, activeRolloutId: null });
    await expect(changeRollout(db, org.id, actor, rolloutId!, { type: "abort" })).rejects.toMatchObject({
      code: "CONFLICT",
      reason: "ROLLOUT_FINISHED",
      message: "This rollout has already completed.",
    });
    const trail = await audits(rolloutId!);
    expect(trail.map((a) => a.action)).toEqual(["rollout.started", "rollout.promoted", "rollout.promoted", "rollout.completed"]);
    expect(trail[1]!.metadata).toMatchObject({ percentBefore: 5, percentAfter: 25 });
    // The SKU publishes normally again.
    expect(await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("story-teller") })).toEqual({ configVersion: 3 });
  });

  it("aborted, keeps the old version live with the reason, and frees the SKU", async () => {
    const { org, sku } = await liveSku();
    const { rolloutId } = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: PLAN });
    const aborted = await changeRollout(db, org.id, actor, rolloutId!, { type: "abort" }, { reason: "Support saw wrong answers in German." });
    expect(aborted).toMatchObject({ status: "aborted", percent: 0, reason: "Support saw wrong answers in German." });
    expect(await skuRow(sku.id)).toEqual({ currentConfigVersion: 1, activeRolloutId: null });
    await expect(changeRollout(db, org.id, actor, rolloutId!, { type: "resume" })).rejects.toMatchObject({ reason: "ROLLOUT_FINISHED" });
  });

  it("moves on by the clock: a step that has lasted its minutes advances, and the last one completes", async () => {
    const { org, sku } = await liveSku();
    const { rolloutId } = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: { steps: [50, 100], stepMinutes: 10 } });
    const started = (await db.rollout.findUniqueOrThrow({ where: { id: rolloutId! } })).stepStartedAt.getTime();
    const later = (minutes: number) => ({ now: new Date(started + minutes * 60_000) });
    expect(await changeRollout(db, org.id, actor, rolloutId!, { type: "tick" }, later(9))).toMatchObject({ percent: 50 });
    expect((await audits(rolloutId!)).length).toBe(1); // nothing happened, nothing audited
    expect(await changeRollout(db, org.id, actor, rolloutId!, { type: "tick" }, later(10))).toMatchObject({ percent: 100, status: "running" });
    expect(await changeRollout(db, org.id, actor, rolloutId!, { type: "tick" }, later(20))).toMatchObject({ status: "completed" });
    expect((await audits(rolloutId!)).map((a) => a.action)).toEqual(["rollout.started", "rollout.advanced", "rollout.completed"]);
  });

  it("resolves a promote and a gate rollback that race to one state, each audited only if it happened", async () => {
    for (let round = 0; round < 5; round++) {
      const { org, sku } = await liveSku();
      const { rolloutId } = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: PLAN });
      const results = await Promise.allSettled([
        changeRollout(db, org.id, actor, rolloutId!, { type: "promote" }),
        changeRollout(db, org.id, { type: "system", label: "rollout gate" }, rolloutId!, { type: "gate_failed" }, { reason: "p95 1,420 ms" }),
      ]);
      const view = await getRollout(db, org.id, rolloutId!);
      expect(view.status).toBe("rolled_back");
      expect(await skuRow(sku.id)).toEqual({ currentConfigVersion: 1, activeRolloutId: null });
      const happened = results.filter((r) => r.status === "fulfilled").length;
      const trail = await audits(rolloutId!);
      expect(trail.length).toBe(1 + happened);
      // Each change saw the state the one before it left: a rollback after the promote started from 25 %.
      if (happened === 2) expect(trail.map((a) => [a.action, (a.metadata as { percentBefore?: number }).percentBefore])).toEqual([["rollout.started", undefined], ["rollout.promoted", 5], ["rollout.rolled_back", 25]]);
      for (const refused of results.filter((r) => r.status === "rejected")) expect(refused.reason).toMatchObject({ reason: "ROLLOUT_FINISHED" });
    }
  });

  it("keeps each organization to its own rollouts", async () => {
    const a = await liveSku();
    const b = await liveSku();
    const { rolloutId } = await publishLineup(db, a.org.id, actor, { skuId: a.sku.id, lineup: lineup("kids-companion"), rollout: PLAN });
    await expect(getRollout(db, b.org.id, rolloutId!)).rejects.toMatchObject({ code: "NOT_FOUND", reason: "ROLLOUT_NOT_FOUND" });
    await expect(changeRollout(db, b.org.id, actor, rolloutId!, { type: "abort" })).rejects.toMatchObject({ code: "NOT_FOUND", reason: "ROLLOUT_NOT_FOUND" });
    await expect(listRollouts(db, b.org.id, { skuId: a.sku.id, page: 1, pageSize: 10 })).rejects.toMatchObject({ code: "NOT_FOUND", reason: "SKU_NOT_FOUND" });
    expect((await getRollout(db, a.org.id, rolloutId!)).status).toBe("running");
    expect(await listRollouts(db, a.org.id, { skuId: a.sku.id, page: 1, pageSize: 10 })).toMatchObject({ total: 1, rollouts: [{ rolloutId }] });
  });

  it("devices get the version of their cohort at boot, refresh and device.config, token and answer agreeing, and follow each change at once", async () => {
    const { org, owner } = await createOrgWithMembers();
    const caller = callerFor(owner.id);
    const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
    await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("story-teller") });
    const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: 40 }, (_, i) => ({ serial: `RO-${i}` })) });
    await grantSeats(db, org.id, actor, { seats: 40, reason: "rollout tests" });
    for (const device of devices) await bootDevice(db, { deviceId: device.id, secret: device.secret });

    const { rolloutId } = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: { steps: [50, 100], stepMinutes: 60 } });
    /** What each device is answered now: boot, the token's cfg, refresh and device.config. */
    const answers = () =>
      Promise.all(
        devices.map(async (device) => {
          const boot = await bootDevice(db, { deviceId: device.id, secret: device.secret, configVersion: 1 });
          const claims = await verifySessionToken(db, boot.session.token);
          const refreshed = await refreshSession(db, claims);
          const config = await currentConfig(db, claims, { configVersion: 1 });
          expect([claims.cfg, refreshed.configVersion, config.configVersion]).toEqual([boot.configVersion, boot.configVersion, boot.configVersion]);
          expect(boot.config === null).toBe(boot.configVersion === 1); // the new version's config comes with the answer
          return boot.configVersion;
        }),
      );

    const half = await answers();
    expect(half).toEqual(devices.map((device) => (inCohort(rolloutId!, device.id, 50) ? 2 : 1)));
    expect(new Set(half)).toEqual(new Set([1, 2])); // 40 devices at 50 %: both versions (all on one side: odds 2 in 10^12)

    await changeRollout(db, org.id, actor, rolloutId!, { type: "promote" });
    expect(new Set(await answers())).toEqual(new Set([2]));
    await changeRollout(db, org.id, actor, rolloutId!, { type: "abort" });
    expect(new Set(await answers())).toEqual(new Set([1]));
  });

  it("the worker rolls a version back once enough of its real telemetry breaks the gate, and records why", async () => {
    const { org, sku } = await liveSku();
    const gate = { kind: "voice" as const, maxP95Ms: 1000, maxRegressionPct: 20, minInteractions: 100 };
    const { rolloutId } = await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: lineup("kids-companion"), rollout: { steps: [5, 100], stepMinutes: 60, gate } });
    const report = (version: number, e2eMs: number, count: number) =>
      ingestTelemetry(db, { orgId: org.id, skuId: sku.id, deviceId: `dev-v${version}`, firmware: "1.0.0", configVersion: version }, {
        batchId: randomUUID(),
        samples: Array.from({ length: count }, (_, i) => ({ at: new Date().toISOString(), kind: "voice" as const, e2eMs: e2eMs + i })),
      });
    const supervise = async () => {
      await rollUpAll(db);
      await superviseRollouts(db);
      return (await getRollout(db, org.id, rolloutId!)).status;
    };

    await report(1, 600, 300);
    await report(2, 1500, 99);
    expect(await supervise()).toBe("running"); // 99 of 100 interactions: the gate waits
    await report(2, 1500, 1);
    // Another test file's rollup may hold these batches for a moment: poll, as the worker would.
    await expect.poll(supervise, { timeout: 15_000, interval: 200 }).toBe("rolled_back");

    const view = await getRollout(db, org.id, rolloutId!);
    expect(view).toMatchObject({ percent: 0, finishedAt: expect.any(Date) });
    expect(view.reason).toMatch(/^version 2's voice p95 was 1,\d{3} ms over 100 interactions, above the gate's 1,000 ms\.$/);
    // The same figures as a code, which the console and the email word in their reader's language.
    expect(view.gateFailure).toMatchObject({ code: "p95Above", params: { version: 2, kind: "voice", interactions: 100, maxP95Ms: 1000 } });
    expect(await skuRow(sku.id)).toEqual({ currentConfigVersion: 1, activeRolloutId: null });
    const last = await db.auditLog.findFirstOrThrow({ where: { targetId: rolloutId! }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ action: "rollout.rolled_back", actorLabel: "rollout gate", metadata: expect.objectContaining({ reason: view.reason }) });
  });

  it("the worker widens a rollout whose gate passes once its step has lasted its minutes", async () => {
    const { org, sku } = await liveSku();
    const { rolloutId } = await publishLineup(db, org.id, actor, {
      skuId: sku.id,
      lineup: lineup("kids-companion"),
      rollout: { steps: [10, 100], stepMinutes: 30, gate: { maxP95Ms: 1000, minInteractions: 10 } },
    });
    await ingestTelemetry(db, { orgId: org.id, skuId: sku.id, deviceId: "dev-fast", firmware: "1.0.0", configVersion: 2 }, {
      batchId: randomUUID(),
      samples: Array.from({ length: 20 }, () => ({ at: new Date().toISOString(), kind: "voice" as const, e2eMs: 400 })),
    });
    await rollUpAll(db);
    await superviseRollouts(db);
    expect((await getRollout(db, org.id, rolloutId!)).percent).toBe(10);
    await superviseRollouts(db, new Date(Date.now() + 31 * 60_000));
    expect(await getRollout(db, org.id, rolloutId!)).toMatchObject({ status: "running", percent: 100 });
    const last = await db.auditLog.findFirstOrThrow({ where: { targetId: rolloutId! }, orderBy: { createdAt: "desc" } });
    expect(last).toMatchObject({ action: "rollout.advanced", actorLabel: "rollout schedule" });
  });
});
