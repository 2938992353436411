/**
 * `npm run simulate -- [--devices N] [--org slug] [--sku CODE] [--gateway URL] [--duration s] [--concurrency n]`
 * Registers N virtual devices on a SKU with a published config (demo organization by
 * default), boots them against the gateway, keeps them refreshing on refreshAfter for
 * --duration seconds, and prints a JSON summary (booted, failures by reason, latencies).
 */
import { parseArgs } from "node:util";
import { connectCliDatabase } from "./lib/cli-database";
import { bootWithRetry, percentile, pool, refresh, type VirtualDevice } from "./lib/virtual-fleet";

const { values } = parseArgs({
  options: {
    devices: { type: "string", default: "50" },
    org: { type: "string", default: "acme" },
    sku: { type: "string" },
    gateway: { type: "string", default: `http://localhost:${process.env.DEVICE_GATEWAY_PORT ?? "3001"}` },
    duration: { type: "string", default: "0" },
    concurrency: { type: "string", default: "64" },
  },
});
const count = Number(values.devices);
const durationMs = Number(values.duration) * 1000;
if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error("--devices must be a whole number from 1 to 100,000");

async function registerFleet(): Promise<VirtualDevice[]> {
  const { db } = await import("@/server/db");
  const { registerDevices } = await import("@/server/modules/devices/register-devices");
  const org = await db.organization.findUnique({ where: { slug: values.org }, select: { id: true } });
  if (!org) throw new Error(`No organization with slug "${values.org}".`);
  const sku = await db.sku.findFirst({
    where: { orgId: org.id, archivedAt: null, currentConfigVersion: { not: null }, ...(values.sku ? { code: values.sku } : {}) },
    select: { id: true, code: true },
  });
  if (!sku) throw new Error(values.sku ? `SKU ${values.sku} not found or has no published config.` : "No SKU with a published config in this organization.");
  const batch = `simulator-${new Date().toISOString().slice(0, 19)}`;
  const devices: VirtualDevice[] = [];
  for (let offset = 0; offset < count; offset += 10_000) {
    const rows = Array.from({ length: Math.min(10_000, count - offset) }, (_, i) => ({ serial: `SIM-${Date.now().toString(36)}-${offset + i}`, batch }));
    const registered = await registerDevices(db, org.id, { type: "system", label: "simulator" }, { skuId: sku.id, devices: rows });
    devices.push(...registered.map((d) => ({ id: d.id, secret: d.secret })));
  }
  console.error(`▸ registered ${devices.length} virtual devices on ${sku.code} (batch ${batch})`);
  await db.$disconnect();
  return devices;
}

async function main() {
  const embedded = await connectCliDatabase();
  const devices = await registerFleet();
  await embedded?.stop();
  const started = performance.now();
  const outcomes = await pool(devices, Number(values.concurrency), (device) => bootWithRetry(values.gateway, device));
  const convergedMs = performance.now() - started;
  const latencies = outcomes.flatMap((o) => (o.ok ? [o.latencyMs] : [])).sort((a, b) => a - b);
  const failures: Record<string, number> = {};
  for (const o of outcomes) if (!o.ok) failures[o.reason] = (failures[o.reason] ?? 0) + 1;

  let refreshes = 0;
  if (durationMs > 0) {
    const deadline = Date.now() + durationMs;
    await Promise.all(
      outcomes.map(async (outcome) => {
        if (!outcome.ok) return;
        let { token, refreshAfter } = outcome;
        while (Date.now() + refreshAfter * 1000 < deadline) {
          await new Promise((resolve) => setTimeout(resolve, refreshAfter * 1000));
          const next = await refresh(values.gateway, token);
          if (!next.ok) return;
          refreshes++;
          ({ token, refreshAfter } = { token: next.token!, refreshAfter: next.refreshAfter! });
        }
      }),
    );
  }
  const summary = {
    devices: devices.length,
    booted: latencies.length,
    failures,
    retries: outcomes.reduce((sum, o) => sum + o.attempts - 1, 0),
    convergedSeconds: Number((convergedMs / 1000).toFixed(2)),
    bootLatencyMs: { p50: Math.round(percentile(latencies, 50)), p95: Math.round(percentile(latencies, 95)), p99: Math.round(percentile(latencies, 99)) },
    refreshes,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
