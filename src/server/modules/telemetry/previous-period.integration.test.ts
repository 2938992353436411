/** Previous-period comparison: the usage totals and the home KPIs over the same-length window just before. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { bootDevice } from "@/server/modules/device-runtime/boot";
import { reportTelemetry } from "@/server/modules/device-runtime/session";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { verifySessionToken } from "@/server/modules/sessions/session-token";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { MAX_RELATIVE_ERROR } from "./histogram";
import { homeKpis } from "./home";
import type { TelemetrySample } from "./ingest";
import { rollUpAll } from "./rollup";
import { previousUsageTotals, usageWithPrevious } from "./usage";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

async function bootedDevice() {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "P-1" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 1, reason: "previous-period tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  const booted = await bootDevice(db, { deviceId: devices[0]!.id, secret: devices[0]!.secret, firmware: "2.0.0" });
  return { org, caller, sku, claims: await verifySessionToken(db, booted.session.token) };
}

const sample = (ms: number, e2eMs: number, extra: Partial<TelemetrySample> = {}): TelemetrySample => ({ at: new Date(ms).toISOString(), kind: "voice", e2eMs, ...extra });
const report = async (claims: Awaited<ReturnType<typeof bootedDevice>>["claims"], samples: TelemetrySample[]) => {
  await reportTelemetry(db, claims, { batchId: randomUUID(), samples });
  await rollUpAll(db);
};

describe("previous-period totals", () => {
  it("sums the same-length window just before the range, with the range's filters, and names it as asked", async () => {
    const { org, sku, claims } = await bootedDevice();
    const now = Date.now();
    await report(claims, [
      // Current 24 hours: 2 interactions, 3 minutes.
      sample(now - HOUR, 700, { durationMs: 2 * MINUTE, inputTokens: 10, outputTokens: 20 }),
      sample(now - 2 * HOUR, 900, { durationMs: MINUTE, inputTokens: 10, outputTokens: 20 }),
      // Previous 24 hours: 4 interactions, 8 minutes.
      ...[26, 30, 34, 40].map((h) => sample(now - h * HOUR, 1_100, { durationMs: 2 * MINUTE, inputTokens: 5, outputTokens: 5 })),
      // Before both windows: counts in neither.
      sample(now - 3 * DAY, 500, { durationMs: 5 * MINUTE }),
    ]);
    const filters = { from: new Date(now - DAY), to: new Date(now) };
    const usage = await usageWithPrevious(db, org.id, filters, "none");
    expect(usage.totals).toMatchObject({ interactions: 2, minutes: 3, inputTokens: 20, outputTokens: 40 });
    expect(usage.previous).toEqual({
      range: { from: new Date(now - 2 * DAY).toISOString(), to: new Date(now - DAY).toISOString() },
      totals: { interactions: 4, minutes: 8, inputTokens: 20, outputTokens: 20 },
    });
    // The range's filters apply to the previous window too.
    expect((await previousUsageTotals(db, org.id, { ...filters, skuId: sku.id })).totals?.interactions).toBe(4);
    expect((await previousUsageTotals(db, org.id, { ...filters, firmware: "9.9.9" })).totals).toBeNull();
  });

  it("is null when nothing was reported in the previous window, and never counts another organization's data", async () => {
    const a = await bootedDevice();
    const b = await bootedDevice();
    const now = Date.now();
    await report(a.claims, [sample(now - HOUR, 700)]);
    await report(b.claims, [sample(now - 30 * HOUR, 700), sample(now - 31 * HOUR, 700)]);
    const filters = { from: new Date(now - DAY), to: new Date(now) };
    expect((await usageWithPrevious(db, a.org.id, filters, "none")).previous.totals).toBeNull();
    // Not even when filtered by the other organization's SKU.
    expect((await previousUsageTotals(db, a.org.id, { ...filters, skuId: b.sku.id })).totals).toBeNull();
    expect((await previousUsageTotals(db, b.org.id, filters)).totals?.interactions).toBe(2);
  });
});

describe("home KPIs against the previous 24 hours", () => {
  it("compares interactions and p95 per kind with the 24 hours before, and active devices with yesterday", async () => {
    const { org, claims } = await bootedDevice();
    const now = Date.now();
    await report(claims, [
      sample(now - 2 * HOUR, 600),
      sample(now - 3 * HOUR, 800),
      ...[28, 30, 32].map((h, i) => sample(now - h * HOUR, 1_500 + 100 * i)),
      sample(now - 30 * HOUR, 2_000, { kind: "video" }),
    ]);
    const home = await homeKpis(db, org.id, new Date(now + 1));
    expect(home.interactionsToday).toBe(2);
    expect(home.previous.interactions).toBe(4);
    expect(Math.abs(home.previous.voiceP95! - 1_700) / 1_700).toBeLessThanOrEqual(MAX_RELATIVE_ERROR);
    expect(Math.abs(home.previous.videoP95! - 2_000) / 2_000).toBeLessThanOrEqual(MAX_RELATIVE_ERROR);
    // Yesterday is the UTC day before today: active when one of the previous samples fell on it.
    const yesterday = new Date(now - DAY).toISOString().slice(0, 10);
    // (Before 03:00 UTC, the samples of 2 and 3 hours ago fall on yesterday too.)
    const activeYesterday = [2, 3, 28, 30, 32].some((h) => new Date(now - h * HOUR).toISOString().slice(0, 10) === yesterday);
    expect(home.previous.activeDevices).toBe(activeYesterday ? 1 : null);
  });

  it("has no previous figures when nothing was reported the day before", async () => {
    const { org, claims } = await bootedDevice();
    const now = Date.now();
    // An hour ago, but never before today's UTC midnight: an earlier sample would make the device active yesterday.
    const startOfToday = Date.parse(new Date(now).toISOString().slice(0, 10));
    await report(claims, [sample(Math.max(now - HOUR, startOfToday), 600)]);
    const home = await homeKpis(db, org.id, new Date(now + 1));
    expect(home.previous).toEqual({ activeDevices: null, interactions: null, voiceP95: null, videoP95: null });
  });
});
