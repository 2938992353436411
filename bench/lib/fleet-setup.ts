/** A benchmark fleet: an organization with a published config, seats, and N registered devices (activated or not). */
import { benchApp } from "./harness";

export type BenchDevice = { id: string; secret: string };

/**
 * Registers `count` devices (10,000 a call) with exactly `count` seats granted. `activated`:
 * every device already booted once (seat taken, seen an hour ago), so boots are the steady
 * state; otherwise each device's first boot activates it and consumes a seat.
 */
export async function benchFleet(count: number, { activated }: { activated: boolean }) {
  const app = await benchApp();
  const { db, actor } = app;
  const { org, sku } = await app.orgWithSku("Fleet Bench", "FLEET-1");
  const { registerDevices } = await import("@/server/modules/devices/register-devices");
  const { grantSeats } = await import("@/server/modules/licenses/grant-seats");
  const { publishLineup } = await import("@/server/modules/configs/publish");
  await publishLineup(db, org.id, actor, { skuId: sku.id, lineup: { agents: [{ agentId: "kids-companion", tools: ["timer"] }, { agentId: "story-teller" }] } });
  await grantSeats(db, org.id, actor, { seats: count, reason: "bench" });
  const devices: BenchDevice[] = [];
  for (let offset = 0; offset < count; offset += 10_000) {
    const rows = Array.from({ length: Math.min(10_000, count - offset) }, (_, i) => ({ serial: `FB-${offset + i}` }));
    devices.push(...(await registerDevices(db, org.id, actor, { skuId: sku.id, devices: rows })).map(({ id, secret }) => ({ id, secret })));
  }
  if (activated) {
    await db.$executeRaw`UPDATE "Device" SET status = 'active', "activatedAt" = now(), "licensedAt" = now(), "lastSeenAt" = now() - interval '1 hour' WHERE "orgId" = ${org.id}`;
    await db.licensePool.update({ where: { orgId: org.id }, data: { seatsUsed: count } });
  }
  /** Seats used and devices active, read after the run (a first boot must consume exactly one). */
  const seatsAndActive = async () => ({
    seatsUsed: (await db.licensePool.findUniqueOrThrow({ where: { orgId: org.id } })).seatsUsed,
    active: await db.device.count({ where: { orgId: org.id, status: "active" } }),
  });
  return { app, devices, seatsAndActive };
}
