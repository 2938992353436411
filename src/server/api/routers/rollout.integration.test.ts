/** The console's rollout panel: publishing with a plan, the rollout in progress (cohorts, gate), the controls and the history. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { ingestTelemetry } from "@/server/modules/telemetry/ingest";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import type { RolloutPlan } from "@/shared/rollouts";
import { callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";

const GATE = { kind: "voice" as const, maxP95Ms: 1000, maxRegressionPct: 20, minInteractions: 10 };

/** An organization whose SKU runs version 1, with version 2 saved as the draft (revision 2). */
async function skuWithDraft() {
  const { org, owner, members } = await createOrgWithMembers(["VIEWER"]);
  const console = callerFor(owner.id);
  const orgSlug = org.slug;
  const sku = await console.sku.create({ orgSlug, ...SKU_INPUT });
  await console.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 1 });
  await console.skuConfig.saveDraft({ orgSlug, skuId: sku.id, revision: 1, lineup: { agents: [{ agentId: "kids-companion" }] } });
  return { org, orgSlug, sku, console, viewer: callerFor(members.VIEWER!.id) };
}

/** Active devices of the SKU, as the gateway's write-behind leaves them: seen now, given `version`. */
async function devicesOn(orgId: string, skuId: string, versions: (number | null)[]) {
  await db.device.createMany({
    data: versions.map((version, i) => ({
      id: `dev_${randomUUID()}`,
      orgId,
      skuId,
      serial: `R-${randomUUID().slice(0, 8)}-${i}`,
      secretHash: "x",
      status: "active" as const,
      lastSeenAt: version === null ? null : new Date(),
      configGiven: version,
    })),
  });
}

describe("the console's rollout panel", () => {
  it("publishes with a plan and shows the rollout in progress: cohorts from what devices were given, and the gate's reading", async () => {
    const { org, orgSlug, sku, console } = await skuWithDraft();
    const published = await console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2, note: "new lineup", rollout: { steps: [10, 50, 100], stepMinutes: 30, gate: GATE } });
    expect(published).toEqual({ configVersion: 2, rolloutId: expect.any(String) });
    expect((await console.skuConfig.state({ orgSlug, skuId: sku.id })).rollout).toEqual({ rolloutId: published.rolloutId, toVersion: 2, status: "running" });

    await devicesOn(org.id, sku.id, [2, 1, 1, 1, null]);
    await ingestTelemetry(db, { orgId: org.id, skuId: sku.id, deviceId: "d2", firmware: "1.0.0", configVersion: 2 }, {
      batchId: randomUUID(),
      samples: Array.from({ length: 4 }, () => ({ at: new Date().toISOString(), kind: "voice" as const, e2eMs: 700 })),
    });
    await rollUpAll(db);

    const active = await console.rollout.active({ orgSlug, skuId: sku.id });
    expect(active).toMatchObject({ rolloutId: published.rolloutId, fromVersion: 1, toVersion: 2, status: "running", percent: 10, steps: [10, 50, 100], gate: GATE });
    expect(active?.cohorts).toEqual({ onNew: 1, onOld: 3, seenSinceStart: 4, active: 5 });
    expect(active?.gateCheck).toMatchObject({
      kind: "voice",
      verdict: "wait",
      why: "4 of 10 voice interactions on version 2 so far",
      candidate: { version: 2, interactions: 4, p95Ms: expect.any(Number) },
      baseline: { version: 1, interactions: 0, p95Ms: null },
    });
  });

  it("pause, resume and promote to the end: the version goes live, the panel empties and the history keeps the rollout", async () => {
    const { orgSlug, sku, console, viewer } = await skuWithDraft();
    const { rolloutId } = await console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2, rollout: { steps: [5, 100], stepMinutes: 60 } });
    const id = { orgSlug, rolloutId: rolloutId! };

    // Viewers watch; only skus:write moves a rollout.
    expect((await viewer.rollout.active({ orgSlug, skuId: sku.id }))?.gateCheck).toBeNull();
    await expectTRPCError(viewer.rollout.promote(id), "FORBIDDEN");

    expect(await console.rollout.pause(id)).toMatchObject({ status: "paused", percent: 5, stepEndsAt: null });
    await expectTRPCError(console.rollout.pause(id), "CONFLICT");
    expect(await console.rollout.resume(id)).toMatchObject({ status: "running", stepEndsAt: expect.any(Date) });
    expect(await console.rollout.promote(id)).toMatchObject({ status: "running", percent: 100 });
    expect(await console.rollout.promote(id)).toMatchObject({ status: "completed", finishedAt: expect.any(Date) });
    await expectTRPCError(console.rollout.abort(id), "CONFLICT", /finished|completed/i);

    expect(await console.rollout.active({ orgSlug, skuId: sku.id })).toBeNull();
    expect((await console.skuConfig.state({ orgSlug, skuId: sku.id })).current?.version).toBe(2);
    const history = await console.rollout.list({ orgSlug, skuId: sku.id });
    expect(history).toMatchObject({ total: 1, page: 1, items: [{ rolloutId, status: "completed", percent: 100 }] });
    const actions = await db.auditLog.findMany({ where: { targetId: rolloutId! }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["rollout.started", "rollout.paused", "rollout.resumed", "rollout.promoted", "rollout.completed"]);
  });

  it("abort keeps the live version and the reason; the next publish may go to everyone", async () => {
    const { orgSlug, sku, console } = await skuWithDraft();
    const { rolloutId } = await console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2, rollout: { steps: [5, 100], stepMinutes: 60 } });
    await expectTRPCError(console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2 }), "CONFLICT", /staged rollout in progress/);
    expect(await console.rollout.abort({ orgSlug, rolloutId: rolloutId!, reason: "  wrong voice  " })).toMatchObject({ status: "aborted", percent: 0, reason: "wrong voice" });
    expect((await console.rollout.list({ orgSlug, skuId: sku.id })).items[0]).toMatchObject({ status: "aborted", reason: "wrong voice" });
    expect(await console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2 })).toEqual({ configVersion: 3 });
  });

  it("refuses a bad plan with the field named and stores nothing", async () => {
    const { orgSlug, sku, console } = await skuWithDraft();
    const bad: [RolloutPlan, RegExp][] = [
      [{ steps: [25, 5, 100], stepMinutes: 60 }, /steps must be strictly ascending/],
      [{ steps: [5, 50], stepMinutes: 60 }, /The last step must be 100/],
      [{ steps: [5, 100], stepMinutes: 0 }, /stepMinutes must be at least 1/],
      [{ steps: [5, 100], stepMinutes: 60, gate: { maxP95Ms: 100_000 } }, /maxP95Ms must be at most 60,000/],
    ];
    for (const [rollout, message] of bad) {
      await expectTRPCError(console.skuConfig.publish({ orgSlug, skuId: sku.id, revision: 2, rollout }), "BAD_REQUEST", message);
    }
    expect(await db.skuConfigVersion.count({ where: { skuId: sku.id } })).toBe(1);
    expect(await db.rollout.count({ where: { skuId: sku.id } })).toBe(0);
  });
});
