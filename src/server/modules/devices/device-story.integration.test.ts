/** The device page's story: config given/reported, sampled boots, the merged timeline, the per-device rollup and retention. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { bootDevice } from "@/server/modules/device-runtime/boot";
import { flushLastSeen } from "@/server/modules/device-runtime/last-seen";
import { refreshSession, reportTelemetry } from "@/server/modules/device-runtime/session";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { verifySessionToken } from "@/server/modules/sessions/session-token";
import { pruneTelemetry } from "@/server/modules/telemetry/prune";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";

const HOUR = 3_600_000;

async function fleetOfTwo() {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "S-1" }, { serial: "S-2" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 2, reason: "device page tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, caller, sku, devices: devices as [(typeof devices)[number], (typeof devices)[number]] };
}

describe("device page", () => {
  it("records the config given and reported and a sampled boot through the write-behind, and the timeline merges them with the audit log, a page at a time", async () => {
    const { org, caller, devices } = await fleetOfTwo();
    const [a] = devices;
    const booted = await bootDevice(db, { deviceId: a.id, secret: a.secret, firmware: "3.1.0", configVersion: 0 });
    expect(booted.configVersion).toBe(1);
    await flushLastSeen(db);
    const detail = await caller.device.get({ orgSlug: org.slug, deviceId: a.id });
    expect(detail).toMatchObject({ configGiven: 1, configReported: 0, configPublished: 1, firmware: "3.1.0" });
    expect(detail.lastSeenAt).toBeInstanceOf(Date);

    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [a.id], action: "suspend" });
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [a.id], action: "resume" });
    await caller.device.rotateSecret({ orgSlug: org.slug, deviceId: a.id });
    await caller.device.revokeSessions({ orgSlug: org.slug, deviceId: a.id });

    const all = await caller.device.timeline({ orgSlug: org.slug, deviceId: a.id, limit: 100 });
    expect(all.nextCursor).toBeNull();
    expect(all.items.map((e) => e.action)).toEqual([
      "device.sessions_revoked",
      "device.secret_rotated",
      "device.resumed",
      "device.suspended",
      "device.booted",
      "device.activated",
      "device.registered",
    ]);
    expect(all.items.find((e) => e.action === "device.booted")?.metadata).toEqual({ firmware: "3.1.0", configVersion: 0 });

    // Pages of 2 walk the same list, without repeats or gaps.
    const walked: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await caller.device.timeline({ orgSlug: org.slug, deviceId: a.id, limit: 2, cursor });
      walked.push(...page.items.map((e) => e.id));
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    expect(walked).toEqual(all.items.map((e) => e.id));
    await expectTRPCError(caller.device.timeline({ orgSlug: org.slug, deviceId: a.id, cursor: "not a cursor" }), "BAD_REQUEST", /cursor/);
  });

  it("a refresh records the newly published config as given; a refresh is not a boot", async () => {
    const { org, caller, sku, devices } = await fleetOfTwo();
    const [, b] = devices;
    const booted = await bootDevice(db, { deviceId: b.id, secret: b.secret, configVersion: 1 });
    await flushLastSeen(db);
    expect(await caller.device.get({ orgSlug: org.slug, deviceId: b.id })).toMatchObject({ configGiven: 1, configReported: 1, configPublished: 1 });
    await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 1, lineup: { agents: [{ agentId: "story-teller" }, { agentId: "interpreter" }] } });
    await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 2 });
    expect(await caller.device.get({ orgSlug: org.slug, deviceId: b.id })).toMatchObject({ configGiven: 1, configPublished: 2 });
    await refreshSession(db, await verifySessionToken(db, booted.session.token));
    await flushLastSeen(db);
    expect(await caller.device.get({ orgSlug: org.slug, deviceId: b.id })).toMatchObject({ configGiven: 2, configReported: 1 });
    expect(await db.deviceBoot.count({ where: { deviceId: b.id } })).toBe(1);
  });

  it("the per-device rollup matches the raw samples, per hour and kind, and holds only that device's samples", async () => {
    const { org, caller, devices } = await fleetOfTwo();
    const [a, b] = devices;
    const claimsFor = async (d: typeof a) => verifySessionToken(db, (await bootDevice(db, { deviceId: d.id, secret: d.secret })).session.token);
    const [ca, cb] = [await claimsFor(a), await claimsFor(b)];
    const hourStart = Math.floor(Date.now() / HOUR) * HOUR;
    const at = (hoursAgo: number, minute: number) => new Date(hourStart - hoursAgo * HOUR + minute * 60_000).toISOString();
    const samples = [
      { at: at(2, 5), kind: "voice" as const, e2eMs: 700, inputTokens: 10, outputTokens: 20, durationMs: 60_000 },
      { at: at(2, 40), kind: "voice" as const, e2eMs: 1_300, inputTokens: 5, outputTokens: 5, durationMs: 30_000 },
      { at: at(2, 41), kind: "video" as const, e2eMs: 1_900 },
      { at: at(1, 1), kind: "voice" as const, e2eMs: 500, durationMs: 6_000 },
    ];
    // Two batches (rolled up in two runs: the second adds into the same hour), and another device's.
    await reportTelemetry(db, ca, { batchId: randomUUID(), samples: samples.slice(0, 2) });
    await rollUpAll(db);
    await reportTelemetry(db, ca, { batchId: randomUUID(), samples: samples.slice(2) });
    await reportTelemetry(db, cb, { batchId: randomUUID(), samples: [{ at: at(2, 10), kind: "voice", e2eMs: 9_000 }] });
    await rollUpAll(db);

    const day = await caller.device.telemetry({ orgSlug: org.slug, deviceId: a.id, window: "24h" });
    expect(day.resolution).toBe("hour");
    const hour = (h: number) => new Date(hourStart - h * HOUR).toISOString();
    expect(day.latency).toEqual([
      { t: hour(2), kind: "voice", interactions: 2, meanMs: 1_000, maxMs: 1_300 },
      { t: hour(2), kind: "video", interactions: 1, meanMs: 1_900, maxMs: 1_900 },
      { t: hour(1), kind: "voice", interactions: 1, meanMs: 500, maxMs: 500 },
    ]);
    expect(day.usage).toEqual([
      { t: hour(2), interactions: 3, minutes: 1.5, inputTokens: 15, outputTokens: 25 },
      { t: hour(1), interactions: 1, minutes: 0.1, inputTokens: 0, outputTokens: 0 },
    ]);
    expect(day.totals).toEqual({ interactions: 4, minutes: 1.6, inputTokens: 15, outputTokens: 25, meanMs: 1_100, maxMs: 1_900 });
    expect(day.slos).toEqual([{ kind: "video", sloMs: 1_500 }, { kind: "voice", sloMs: 1_000 }]);

    const month = await caller.device.telemetry({ orgSlug: org.slug, deviceId: a.id, window: "30d" });
    expect(month.resolution).toBe("day");
    expect(month.totals.interactions).toBe(4);
    expect(month.latency.reduce((n, p) => n + p.interactions, 0)).toBe(4);
  });

  it("another organization sees neither the timeline nor the charts of a device", async () => {
    const { devices } = await fleetOfTwo();
    const { org: other, owner } = await createOrgWithMembers();
    const intruder = callerFor(owner.id);
    await expectTRPCError(intruder.device.timeline({ orgSlug: other.slug, deviceId: devices[0].id }), "NOT_FOUND");
    await expectTRPCError(intruder.device.telemetry({ orgSlug: other.slug, deviceId: devices[0].id, window: "7d" }), "NOT_FOUND");
  });

  it("retention drops per-device hours and boot samples older than 90 days", async () => {
    const { org, devices } = await fleetOfTwo();
    const old = new Date(Date.now() - 91 * 24 * HOUR);
    const recent = new Date(Math.floor(Date.now() / HOUR) * HOUR);
    const row = { orgId: org.id, deviceId: devices[0].id, kind: "voice" as const, interactions: 1, e2eSumMs: 1n, e2eMaxMs: 1, inputTokens: 0n, outputTokens: 0n, durationMs: 0n };
    await db.deviceHour.createMany({ data: [{ ...row, hour: old }, { ...row, hour: recent }] });
    await db.deviceBoot.createMany({ data: [{ orgId: org.id, deviceId: devices[0].id, hour: old, at: old }, { orgId: org.id, deviceId: devices[0].id, hour: recent, at: recent }] });
    await pruneTelemetry(db, 7);
    expect((await db.deviceHour.findMany({ where: { orgId: org.id } })).map((r) => r.hour)).toEqual([recent]);
    expect((await db.deviceBoot.findMany({ where: { orgId: org.id } })).map((r) => r.hour)).toEqual([recent]);
  });
});
