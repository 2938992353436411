/**
 * Batch ids are UUIDs compared in canonical (lower-case) form: the column is text, so the API
 * lower-cases them, and a migration brought ids stored before that to the same form.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDeviceCaller } from "@/server/api/device/root";
import { createInnerContext } from "@/server/api/trpc";
import { db } from "@/server/db";
import { bootDevice } from "@/server/modules/device-runtime/boot";
import { bootableFleet } from "@/testing/gateway-fleet";

async function deviceApi() {
  const device = (await bootableFleet(1)).devices[0]!;
  const { session } = await bootDevice(db, { deviceId: device.id, secret: device.secret });
  return { deviceId: device.id, api: createDeviceCaller(createInnerContext({ db, authorization: `Bearer ${session.token}` })) };
}

const batch = (batchId: string) => ({ batchId, samples: [{ at: new Date().toISOString(), kind: "voice" as const, e2eMs: 700 }] });

describe("telemetry batch ids", () => {
  it("a retry spelling the same UUID in upper case (or mixed) is a duplicate, stored once, under the lower-case id", async () => {
    const { api, deviceId } = await deviceApi();
    const id = crypto.randomUUID();
    expect(await api.device.reportTelemetry(batch(id.toUpperCase()))).toEqual({ accepted: 1, duplicate: false });
    expect(await api.device.reportTelemetry(batch(id))).toEqual({ accepted: 0, duplicate: true });
    const mixed = id.replace(/[a-f]/, (c) => c.toUpperCase());
    expect(await api.device.reportTelemetry(batch(mixed))).toEqual({ accepted: 0, duplicate: true });

    expect(await db.telemetryBatch.findMany({ where: { deviceId }, select: { batchId: true } })).toEqual([{ batchId: id }]);
    expect(await db.telemetrySample.count({ where: { deviceId } })).toBe(1);
    expect(await db.telemetrySample.count({ where: { deviceId, batchId: id } })).toBe(1);
  });

  it("the migration lower-cases ids stored before, keeping the lower-case spelling where one already exists", async () => {
    const { deviceId, api } = await deviceApi();
    const [upper, both] = [crypto.randomUUID(), crypto.randomUUID()];
    // As stored by the old code: the spelling the device sent, byte for byte.
    const storeAsSent = async (batchId: string) => {
      await db.telemetryBatch.create({ data: { deviceId, batchId, orgId: "org-x", samples: 1 } });
      await db.telemetrySample.create({ data: { orgId: "org-x", skuId: "sku-x", deviceId, batchId, firmware: "1", configVersion: 1, agentId: "", kind: "voice", at: new Date(), e2eMs: 1 } });
    };
    await storeAsSent(upper.toUpperCase());
    await storeAsSent(both);
    await storeAsSent(both.toUpperCase());

    const migration = readFileSync(path.join("prisma", "migrations", "20261204052359_telemetry_batch_id_lower_case", "migration.sql"), "utf8");
    await db.$executeRawUnsafe(migration);

    const stored = await db.telemetryBatch.findMany({ where: { deviceId }, select: { batchId: true } });
    expect(stored.map((b) => b.batchId).sort()).toEqual([upper, both, both.toUpperCase()].sort());
    expect(await db.telemetrySample.count({ where: { deviceId, batchId: upper } })).toBe(1);
    // A retry of the batch stored in upper case before the change is now a duplicate.
    expect(await api.device.reportTelemetry(batch(upper.toUpperCase()))).toEqual({ accepted: 0, duplicate: true });
  });
});
