/** The worker process's jobs on pg-boss: telemetry ingested through the gateway reaches the rollups by itself. */
import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { db } from "@/server/db";
import { ingestTelemetry } from "@/server/modules/telemetry/ingest";
import { createOrgWithMembers } from "@/testing/factories";
import { startWorker } from "./worker";

/** The rollup rows of an organization's series (none until its first rollup creates the series). */
async function rollupRows(orgId: string, resolution?: "minute") {
  const series = await db.telemetrySeries.findMany({ where: { orgId }, select: { id: true } });
  return db.telemetryRollup.count({ where: { seriesId: { in: series.map((s) => s.id) }, resolution } });
}

it("rolls up new telemetry within seconds, without anyone asking", { timeout: 60_000 }, async () => {
  const { org } = await createOrgWithMembers();
  const stop = await startWorker(db, { connectionString: process.env.DATABASE_URL!, rollupEverySeconds: 1, alertsEverySeconds: 5, retentionDays: 7 });
  try {
    await ingestTelemetry(db, { orgId: org.id, skuId: "sku-w", deviceId: "dev-w", firmware: "1.0.0", configVersion: 1 }, { batchId: randomUUID(), samples: [{ at: new Date().toISOString(), kind: "voice", e2eMs: 700 }] });
    const started = Date.now();
    while (Date.now() - started < 30_000) {
      if (await rollupRows(org.id, "minute")) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await rollupRows(org.id)).toBe(3); // minute, hour, day
    expect(Date.now() - started).toBeLessThan(15_000);
  } finally {
    await stop();
  }
});
