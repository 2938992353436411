/**
 * 30 days of realistic fleet telemetry for the demo organization, so the dashboards mean
 * something on first start: a daily rhythm, the glasses' firmware 1.5.0 released ten days
 * ago running ~18 % slower for the half of the fleet that took it, and a few outliers.
 * Deterministic (seeded random numbers): every fresh demo looks the same. A device reports
 * only after its activation, and is last seen at its last interaction.
 */
import { randomUUID } from "node:crypto";
import { db } from "@/server/db";
import { rollUpAll } from "@/server/modules/telemetry/rollup";
import { DAY_MS } from "@/shared/time";

const DAYS = 30;
const SLOW_RELEASE_DAYS_AGO = 10;

/** mulberry32: small, fast, seeded. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Share of a day's interactions per UTC hour: quiet nights, a morning and an evening peak. */
const RHYTHM = [1, 0.5, 0.3, 0.3, 0.4, 0.8, 2, 4, 6, 6, 5, 5, 6, 5, 5, 5, 6, 7, 8, 8, 7, 5, 3, 2];
const RHYTHM_TOTAL = RHYTHM.reduce((a, b) => a + b, 0);

type Device = { id: string; skuId: string; serial: string; activatedAt: Date | null; agents: { id: string; kind: "voice" | "video" }[]; perDay: number; upgraded: boolean };

type Row = {
  deviceId: string; skuId: string; batchId: string; firmware: string; agentId: string; kind: string; at: string;
  e2e: number; firstAudio: number; asr: number; llm: number; tts: number; inTok: number; outTok: number; duration: number;
};

function sampleDay(device: Device, dayStart: number, now: number, rand: () => number, batchId: string): Row[] {
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const weekend = [0, 6].includes(new Date(dayStart).getUTCDay()) ? 1.3 : 1;
  const count = Math.round(device.perDay * weekend * (0.8 + 0.4 * rand()));
  const slow = device.upgraded && dayStart >= now - SLOW_RELEASE_DAYS_AGO * DAY_MS;
  const rows: Row[] = [];
  for (let i = 0; i < count; i++) {
    let hour = 0;
    for (let pick = rand() * RHYTHM_TOTAL; hour < 23 && pick > RHYTHM[hour]!; hour++) pick -= RHYTHM[hour]!;
    const at = dayStart + hour * 3_600_000 + Math.floor(rand() * 3_600_000);
    if (at > now || at < (device.activatedAt?.getTime() ?? now)) continue;
    const agent = device.agents[Math.floor(rand() * device.agents.length)]!;
    const median = (agent.kind === "video" ? 960 : 620) * (slow ? 1.18 : 1) * (1 + 0.08 * Math.sin((hour / 24) * 2 * Math.PI));
    const outlier = rand() < 0.005 ? 3 + 3 * rand() : 1;
    const e2e = Math.min(600_000, Math.round(median * Math.exp(0.24 * normal()) * outlier));
    const asr = Math.round(e2e * (0.17 + 0.03 * rand()));
    const llm = Math.round(e2e * (slow ? 0.5 : 0.4) * (0.9 + 0.2 * rand()));
    const tts = Math.round(e2e * (0.15 + 0.04 * rand()));
    rows.push({
      deviceId: device.id, skuId: device.skuId, batchId, firmware: slow ? "1.5.0" : "1.4.2", agentId: agent.id, kind: agent.kind,
      at: new Date(at).toISOString(), e2e, firstAudio: Math.min(e2e, asr + llm + Math.round(tts * 0.3)), asr, llm, tts,
      // A turn sends the conversation so far (system prompt, history) and gets a short spoken answer back.
      inTok: 600 + Math.floor(rand() * 2_400), outTok: 60 + Math.floor(rand() * 340), duration: (agent.kind === "video" ? 8_000 : 4_000) + Math.floor(rand() * 30_000),
    });
  }
  return rows;
}

async function insert(orgId: string, rows: Row[]) {
  const col = <K extends keyof Row>(key: K) => rows.map((r) => r[key]);
  await db.$executeRaw`
    INSERT INTO "TelemetrySample" ("orgId", "skuId", "deviceId", "batchId", firmware, "configVersion", "agentId", kind, at,
      "e2eMs", "firstAudioMs", "asrMs", "llmMs", "ttsMs", "inputTokens", "outputTokens", "durationMs")
    SELECT ${orgId}, s.sku, s.device, s.batch, s.firmware, 1, s.agent, s.kind::"InteractionKind", s.at AT TIME ZONE 'UTC',
      s.e2e, s.fa, s.asr, s.llm, s.tts, s.it, s.ot, s.dur
    FROM unnest(${col("skuId")}::text[], ${col("deviceId")}::text[], ${col("batchId")}::text[], ${col("firmware")}::text[], ${col("agentId")}::text[],
      ${col("kind")}::text[], ${col("at")}::timestamptz[], ${col("e2e")}::int[], ${col("firstAudio")}::int[], ${col("asr")}::int[], ${col("llm")}::int[],
      ${col("tts")}::int[], ${col("inTok")}::int[], ${col("outTok")}::int[], ${col("duration")}::int[])
      AS s(sku, device, batch, firmware, agent, kind, at, e2e, fa, asr, llm, tts, it, ot, dur)`;
}

/**
 * The device page's sampled boots: each pilot device booted at activation (holding no config
 * yet), then is switched on once a morning, holding the launch lineup (v1) it was given.
 */
async function seedDemoBoots(orgId: string, fleet: Device[], now: number) {
  const rows = fleet.flatMap((device, index) => {
    if (!device.activatedAt) return [];
    const firstBoot = device.activatedAt.getTime();
    const firmware = (day: number) => (device.upgraded && day >= now - SLOW_RELEASE_DAYS_AGO * DAY_MS ? "1.5.0" : "1.4.2");
    const boots = [{ at: firstBoot, firmware: "1.4.2", configVersion: null as number | null }];
    // Mornings between 07:00 and 09:00 UTC, each device at its own minute.
    for (let day = Math.floor(firstBoot / DAY_MS) * DAY_MS + DAY_MS; day <= now; day += DAY_MS) {
      const at = day + 7 * 3_600_000 + ((index * 17) % 120) * 60_000;
      if (at <= now) boots.push({ at, firmware: firmware(day), configVersion: 1 });
    }
    return boots.map((boot) => ({ deviceId: device.id, orgId, hour: new Date(Math.floor(boot.at / 3_600_000) * 3_600_000), at: new Date(boot.at), firmware: boot.firmware, configVersion: boot.configVersion }));
  });
  await db.deviceBoot.createMany({ data: rows, skipDuplicates: true });
  await db.device.updateMany({ where: { orgId, activatedAt: { not: null } }, data: { configGiven: 1, configReported: 1 } });
}

export async function seedDemoTelemetry(orgId: string, now = Date.now()) {
  const devices = await db.device.findMany({
    where: { orgId, activatedAt: { not: null } },
    orderBy: { serial: "asc" },
    select: { id: true, skuId: true, serial: true, activatedAt: true, sku: { select: { code: true } } },
  });
  const fleet: Device[] = devices.map((d, index) =>
    d.sku.code === "AUR-1"
      ? { ...d, perDay: 28, upgraded: index % 2 === 0, agents: [{ id: "visual-qa", kind: "video" }, { id: "interpreter", kind: "voice" }, { id: "meeting-minutes", kind: "voice" }] }
      : { ...d, perDay: 40, upgraded: false, agents: [{ id: "kids-companion", kind: "voice" }, { id: "story-teller", kind: "voice" }] },
  );
  const rand = random(2026);
  const firstDay = Math.floor(now / DAY_MS) * DAY_MS - (DAYS - 1) * DAY_MS;
  let samples = 0;
  for (let day = firstDay; day <= now; day += DAY_MS) {
    const rows: Row[] = [];
    const batches: { deviceId: string; batchId: string; samples: number; firstSampleAt: Date; lastSampleAt: Date }[] = [];
    for (const device of fleet) {
      const batchId = randomUUID();
      const deviceRows = sampleDay(device, day, now, rand, batchId);
      if (deviceRows.length === 0) continue;
      rows.push(...deviceRows);
      const times = deviceRows.map((r) => Date.parse(r.at));
      batches.push({ deviceId: device.id, batchId, samples: deviceRows.length, firstSampleAt: new Date(Math.min(...times)), lastSampleAt: new Date(Math.max(...times)) });
    }
    if (rows.length === 0) continue;
    await db.telemetryBatch.createMany({ data: batches.map((b) => ({ ...b, orgId, receivedAt: new Date(Math.min(now, day + DAY_MS)) })) });
    await insert(orgId, rows);
    samples += rows.length;
  }
  // The glasses that took the slow release report it as their firmware now.
  await db.device.updateMany({ where: { id: { in: fleet.filter((d) => d.upgraded).map((d) => d.id) } }, data: { firmware: "1.5.0" } });
  await seedDemoBoots(orgId, fleet, now);
  await db.$executeRaw`
    UPDATE "Device" d SET "lastSeenAt" = s.last FROM (SELECT "deviceId", max(at) AS last FROM "TelemetrySample" WHERE "orgId" = ${orgId} GROUP BY 1) s
    WHERE d.id = s."deviceId"`;
  await rollUpAll(db);
  return samples;
}
