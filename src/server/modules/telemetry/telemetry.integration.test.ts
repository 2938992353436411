/** Telemetry: ingest (whole batch, once), rollups (exactly once, late samples), percentile accuracy. Retention: partitions.integration.test.ts. */
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
import { ingestTelemetry, type TelemetrySample } from "./ingest";
import { latencySeries, latencySummary, stageBreakdown } from "./latency";
import { rollUpAll } from "./rollup";
import { activeDevices, topDevices, usageSeries } from "./usage";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

async function bootedDevice(firmware = "2.0.0") {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "T-1" }, { serial: "T-2" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 2, reason: "telemetry tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  const booted = await bootDevice(db, { deviceId: devices[0]!.id, secret: devices[0]!.secret, firmware });
  const claims = await verifySessionToken(db, booted.session.token);
  return { org, caller, sku, device: devices[0]!, claims };
}

const sample = (at: Date, e2eMs: number, extra: Partial<TelemetrySample> = {}): TelemetrySample => ({ at: at.toISOString(), kind: "voice", e2eMs, ...extra });
const counts = async (orgId: string) => ({
  samples: await db.telemetrySample.count({ where: { orgId } }),
  batches: await db.telemetryBatch.count({ where: { orgId } }),
});

/** Deterministic log-normal-ish latencies with a slow tail. */
function latencies(n: number, seed = 7): number[] {
  let s = seed;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  return Array.from({ length: n }, () => {
    const normal = Math.sqrt(-2 * Math.log(rand())) * Math.cos(2 * Math.PI * rand());
    const tail = rand() < 0.03 ? 2.5 : 1;
    return Math.max(1, Math.round(700 * Math.exp(0.3 * normal) * tail));
  });
}
const exact = (sorted: number[], q: number) => sorted[Math.ceil(q * sorted.length) - 1]!;

describe("telemetry ingest", () => {
  it("stores a batch once, attributed to the device's org, SKU, firmware and config version; a replay stores nothing", async () => {
    const { org, sku, device, claims } = await bootedDevice("2.0.0");
    const now = new Date();
    const batch = { batchId: randomUUID(), samples: [sample(now, 800, { agentId: "story-teller", asrMs: 120, llmMs: 300, ttsMs: 140, inputTokens: 40, outputTokens: 90, durationMs: 5000 }), sample(now, 950)] };
    expect(await reportTelemetry(db, claims, batch)).toEqual({ accepted: 2, duplicate: false });
    expect(await reportTelemetry(db, claims, batch)).toEqual({ accepted: 0, duplicate: true });
    expect(await counts(org.id)).toEqual({ samples: 2, batches: 1 });
    const stored = await db.telemetrySample.findFirstOrThrow({ where: { orgId: org.id, e2eMs: 800 } });
    expect(stored).toMatchObject({ skuId: sku.id, deviceId: device.id, firmware: "2.0.0", configVersion: 1, agentId: "story-teller", kind: "voice", asrMs: 120, inputTokens: 40 });
    expect(stored.at.getTime()).toBe(now.getTime());
  });

  it("an invalid sample rejects the whole batch, naming every bad index; nothing is stored", async () => {
    const { org, claims } = await bootedDevice();
    const now = Date.now();
    const samples = [
      sample(new Date(now), 500),
      sample(new Date(now), 700_000), // over 600,000 ms
      sample(new Date(now - 8 * DAY), 500), // older than 7 days
      sample(new Date(now + 10 * 60_000), 500), // 10 minutes in the future
      { at: "yesterday", kind: "voice", e2eMs: 1 },
      { at: new Date(now).toISOString(), kind: "smell", e2eMs: 1 },
    ];
    const error = await reportTelemetry(db, claims, { batchId: randomUUID(), samples }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", reason: "INVALID_SAMPLES", details: { invalidIndexes: [1, 2, 3, 4, 5] } });
    expect((error as Error).message).toMatch(/indexes 1, 2, 3, 4, 5/);
    expect(await counts(org.id)).toEqual({ samples: 0, batches: 0 });
  });

  it("concurrent replays of one batch store it once", async () => {
    const { org, claims } = await bootedDevice();
    const batch = { batchId: randomUUID(), samples: Array.from({ length: 100 }, (_, i) => sample(new Date(), 500 + i)) };
    const results = await Promise.all(Array.from({ length: 6 }, () => reportTelemetry(db, claims, batch)));
    expect(results.filter((r) => !r.duplicate)).toEqual([{ accepted: 100, duplicate: false }]);
    expect(await counts(org.id)).toEqual({ samples: 100, batches: 1 });
  });

  it("batches reported together are stored together (one statement per group), each exactly once with its own samples", async () => {
    const { org, claims } = await bootedDevice();
    const batches = Array.from({ length: 20 }, (_, b) => ({ batchId: randomUUID(), samples: Array.from({ length: 1 + b }, (_, i) => sample(new Date(), 1_000 * (b + 1) + i)) }));
    // Every batch twice (a device retrying while its first attempt is in flight), interleaved.
    const results = await Promise.all([...batches, ...batches].map((batch) => reportTelemetry(db, claims, batch)));
    for (const [b, batch] of batches.entries()) {
      expect([results[b], results[b + 20]].filter((r) => !r!.duplicate)).toEqual([{ accepted: batch.samples.length, duplicate: false }]);
      const stored = await db.telemetrySample.findMany({ where: { orgId: org.id, batchId: batch.batchId }, select: { e2eMs: true }, orderBy: { e2eMs: "asc" } });
      expect(stored.map((r) => r.e2eMs)).toEqual(batch.samples.map((x) => x.e2eMs));
    }
    expect(await counts(org.id)).toEqual({ samples: (20 * 21) / 2, batches: 20 });
    // A group shares its receivedAt: far fewer groups than batches.
    const groups = await db.telemetryBatch.groupBy({ by: ["receivedAt"], where: { orgId: org.id } });
    expect(groups.length).toBeLessThan(10);
  });
});

describe("telemetry rollups", () => {
  it("percentiles merged from histograms match the exact ones within the documented error, at every resolution", async () => {
    const { org, claims } = await bootedDevice();
    const values = latencies(20_000);
    const start = Date.now() - 5 * HOUR;
    for (let i = 0; i < values.length; i += 500) {
      const samples = values.slice(i, i + 500).map((ms, j) => sample(new Date(start + ((i + j) / values.length) * 4 * HOUR), ms));
      await ingestTelemetry(db, { orgId: org.id, skuId: claims.sku, deviceId: claims.sub, firmware: "2.0.0", configVersion: 1 }, { batchId: randomUUID(), samples });
    }
    await rollUpAll(db);
    const sorted = [...values].sort((a, b) => a - b);
    const to = new Date();
    for (const span of [6 * HOUR, 2 * DAY, 20 * DAY]) {
      const summary = await latencySummary(db, org.id, "voice", { from: new Date(to.getTime() - span), to });
      expect(summary.count).toBe(values.length);
      for (const [q, got] of [[0.5, summary.p50], [0.95, summary.p95], [0.99, summary.p99]] as const) {
        const want = exact(sorted, q);
        expect(Math.abs(got! - want) / want).toBeLessThanOrEqual(MAX_RELATIVE_ERROR + 1 / want);
      }
      expect(summary.withinSlo).toBeCloseTo(sorted.filter((v) => v < 1000).length / values.length, 1);
    }
  });

  it("rolls each batch up exactly once, however often it runs; replays add nothing; late samples land in their own bucket", async () => {
    const { org, claims } = await bootedDevice();
    const now = Date.now();
    const batch = { batchId: randomUUID(), samples: [sample(new Date(now), 400, { inputTokens: 10, durationMs: 60_000 }), sample(new Date(now - 6 * DAY), 900, { inputTokens: 5 })] };
    await reportTelemetry(db, claims, batch);
    await Promise.all([rollUpAll(db), rollUpAll(db), rollUpAll(db)]);
    await reportTelemetry(db, claims, batch);
    await rollUpAll(db);

    const week = { from: new Date(now - 7 * DAY), to: new Date(now + 60_000) };
    const usage = await usageSeries(db, org.id, week, "none");
    expect(usage.totals).toMatchObject({ interactions: 2, inputTokens: 15, minutes: 1 });
    const late = usage.points.find((p) => Date.parse(p.t) <= now - 6 * DAY && Date.parse(p.t) > now - 6 * DAY - HOUR);
    expect(late).toMatchObject({ interactions: 1 });
    const series = await latencySeries(db, org.id, "voice", week);
    expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(2);
    expect((await activeDevices(db, org.id, week)).daily.map((d) => d.devices)).toEqual([1, 1]);
  });

  it("stage means and the 'other' remainder come from the rollup sums", async () => {
    const { org, claims } = await bootedDevice();
    await reportTelemetry(db, claims, { batchId: randomUUID(), samples: [sample(new Date(), 1000, { asrMs: 200, llmMs: 400, ttsMs: 100 }), sample(new Date(), 600, { asrMs: 100, llmMs: 200, ttsMs: 100 })] });
    await rollUpAll(db);
    const { points } = await stageBreakdown(db, org.id, "voice", { from: new Date(Date.now() - HOUR), to: new Date(Date.now() + 60_000) });
    expect(points).toHaveLength(1);
    expect(points[0]).toMatchObject({ count: 2, e2e: 800, asr: 150, llm: 300, tts: 100, other: 250 });
  });

  it("an organization's charts never include another's data, even filtered by the other's SKU", async () => {
    const a = await bootedDevice();
    const b = await bootedDevice();
    await reportTelemetry(db, b.claims, { batchId: randomUUID(), samples: [sample(new Date(), 500)] });
    await rollUpAll(db);
    const range = { from: new Date(Date.now() - HOUR), to: new Date(Date.now() + 60_000) };
    expect((await latencySummary(db, a.org.id, "voice", { ...range, skuId: b.sku.id })).count).toBe(0);
    expect((await topDevices(db, a.org.id, range, { page: 1, pageSize: 10 })).total).toBe(0);
    expect((await latencySummary(db, b.org.id, "voice", range)).count).toBe(1);
  });
});

describe("home dashboard", () => {
  it("shows today's active devices, interactions and p95 per kind against its SLO", async () => {
    const { org, claims } = await bootedDevice();
    await reportTelemetry(db, claims, { batchId: randomUUID(), samples: [sample(new Date(), 600), sample(new Date(), 800), sample(new Date(), 1200)] });
    await rollUpAll(db);
    const home = await homeKpis(db, org.id);
    expect(home).toMatchObject({ activeDevicesToday: 1, interactionsToday: 3, seatsTotal: 2, seatsAvailable: 1, voice: { sloMs: 1000, count: 3 }, video: { sloMs: 1500, count: 0, p95: null } });
    expect(Math.abs(home.voice.p95! - 1200) / 1200).toBeLessThanOrEqual(MAX_RELATIVE_ERROR);
  });
  it("spans the sparklines over the whole week, one point per bucket, null where nothing was reported", async () => {
    const { org, claims } = await bootedDevice();
    const now = new Date();
    const earlier = new Date(now.getTime() - 3 * HOUR);
    await reportTelemetry(db, claims, { batchId: randomUUID(), samples: [sample(earlier, 600), sample(now, 800)] });
    await rollUpAll(db);
    const home = await homeKpis(db, org.id, new Date(now.getTime() + 1));
    const hourOf = (date: Date) => new Date(Math.floor(date.getTime() / HOUR) * HOUR).toISOString();
    const spark = home.interactionsSparkline;
    // From the hour 7 days ago to the current hour: 169 buckets (168 when now is on the hour).
    expect(spark.length).toBeGreaterThanOrEqual(168);
    expect(spark[0]!.t).toBe(hourOf(new Date(now.getTime() - 7 * DAY)));
    expect(spark.at(-1)).toEqual({ t: hourOf(now), value: 1 });
    expect(spark.find((p) => p.t === hourOf(earlier))?.value).toBe(1);
    expect(spark.find((p) => p.t === hourOf(new Date(now.getTime() - HOUR)))?.value).toBeNull();
    expect(spark.filter((p) => p.value !== null)).toHaveLength(2);
    expect(home.voice.sparkline.map((p) => p.t)).toEqual(spark.map((p) => p.t));
    // Eight UTC days, the last one today; a day nobody reported on is null, not 0.
    const activeDays = new Set([earlier, now].map((date) => date.toISOString().slice(0, 10)));
    expect(home.activeDevicesSparkline).toHaveLength(8);
    expect(home.activeDevicesSparkline.at(-1)!.t).toBe(now.toISOString().slice(0, 10));
    for (const p of home.activeDevicesSparkline) expect(p.value).toBe(activeDays.has(p.t) ? 1 : null);
  });

  it("states the range of a series, from the start of its first bucket: charts span it all", async () => {
    const { org } = await bootedDevice();
    const filters = { from: new Date("2026-03-04T09:03:30Z"), to: new Date("2026-03-04T10:00:00Z") };
    const series = await latencySeries(db, org.id, "voice", filters);
    expect(series).toMatchObject({ resolution: "minute", range: { from: "2026-03-04T09:03:00.000Z", to: "2026-03-04T10:00:00.000Z" }, points: [] });
    expect((await stageBreakdown(db, org.id, "voice", filters)).range).toEqual(series.range);
    expect((await usageSeries(db, org.id, filters, "none")).range).toEqual(series.range);
  });
});
