/** The fleet router's output schemas pass every field the telemetry module answers: the charts read them all. */
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { filterOptions } from "@/server/modules/telemetry/filters";
import { homeKpis } from "@/server/modules/telemetry/home";
import { ingestTelemetry } from "@/server/modules/telemetry/ingest";
import { latencyDistribution, latencySeries, latencyWithPrevious, stageBreakdown } from "@/server/modules/telemetry/latency";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { activeDevices, topDevices, usageWithPrevious, utilizationSeries } from "@/server/modules/telemetry/usage";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";

const HOUR = 3_600_000;

/** An organization with a day of voice and video telemetry on two firmware versions, rolled up. */
async function fleetWithTelemetry() {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "F-1" }, { serial: "F-2" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 2, reason: "fleet router tests" });
  const at = new Date(Date.now() - 2 * HOUR).toISOString();
  for (const [index, device] of devices.entries()) {
    const firmware = `2.${index}.0`;
    const samples = [
      { at, kind: "voice", e2eMs: 700 + index * 300, agentId: "story-teller", firstAudioMs: 300, asrMs: 120, llmMs: 300, ttsMs: 140, inputTokens: 40, outputTokens: 90, durationMs: 45_000 },
      { at, kind: "video", e2eMs: 1_300, agentId: "kids-companion", durationMs: 20_000 },
      { at, kind: "voice", e2eMs: 5_000 },
    ];
    await ingestTelemetry(db, { orgId: org.id, skuId: sku.id, deviceId: device.id, firmware, configVersion: 1 }, { batchId: randomUUID(), samples });
  }
  await rollUpAll(db);
  const filters = { from: new Date(Date.now() - 24 * HOUR), to: new Date(Date.now() + 60_000) };
  return { org, caller, orgSlug: org.slug, filters };
}

describe("fleet router", () => {
  it("answers exactly what the telemetry module computes, for every chart", async () => {
    const { org, caller, orgSlug, filters } = await fleetWithTelemetry();
    const kind = "voice" as const;
    expect(await caller.fleet.filterOptions({ orgSlug })).toStrictEqual(await filterOptions(db, org.id));
    expect(await caller.fleet.latency({ orgSlug, kind, filters })).toStrictEqual(await latencyWithPrevious(db, org.id, kind, filters));
    expect(await caller.fleet.stages({ orgSlug, kind, filters })).toStrictEqual(await stageBreakdown(db, org.id, kind, filters));
    expect(await caller.fleet.distribution({ orgSlug, kind, filters })).toStrictEqual(await latencyDistribution(db, org.id, kind, filters));
    expect(await caller.fleet.usage({ orgSlug, filters, split: "agent" })).toStrictEqual(await usageWithPrevious(db, org.id, filters, "agent"));
    expect(await caller.fleet.activeDevices({ orgSlug, filters })).toStrictEqual(await activeDevices(db, org.id, filters));
    expect(await caller.fleet.utilization({ orgSlug, filters })).toStrictEqual(await utilizationSeries(db, org.id, filters));
    const page = { page: 1, pageSize: 5 };
    expect(await caller.fleet.topDevices({ orgSlug, filters, ...page })).toStrictEqual(await topDevices(db, org.id, filters, page));
    const home = await caller.fleet.home({ orgSlug });
    expect(home).toStrictEqual(await homeKpis(db, org.id));
    expect(home.voice.count).toBe(4);
  });

  it("compares two firmware versions side by side, each with its full latency series", async () => {
    const { org, caller, orgSlug, filters } = await fleetWithTelemetry();
    const compared = await caller.fleet.compare({ orgSlug, kind: "voice", filters, dimension: "firmware", a: "2.0.0", b: "2.1.0" });
    const side = async (firmware: string) => ({ value: firmware, ...(await latencySeries(db, org.id, "voice", { ...filters, firmware })) });
    expect(compared).toStrictEqual({ dimension: "firmware", a: await side("2.0.0"), b: await side("2.1.0") });
    expect(compared.a.summary.count).toBe(2);
  });
});
