/**
 * `npm run simulate -- [--devices N] [--org slug] [--sku CODE] [--gateway URL] [--duration s] [--concurrency n] [--report-every s] [--talk-share f] [--slow-version N --slow-ms M]`
 * Registers N virtual devices on a SKU with a published config (demo organization by
 * default), boots them against the gateway, and for --duration seconds keeps them
 * refreshing on refreshAfter and reporting interactions (telemetry batches every
 * --report-every seconds; each device talks about --talk-share of the time, one
 * conversation at a time). With --slow-version N --slow-ms M, devices given config version N
 * (their token's `cfg`) report M ms slower interactions: a bad version for a staged rollout's
 * gate to roll back (docs/rollouts.md). All devices boot at once, with at most --concurrency requests in
 * flight (the fleet's connections), retrying as the gateway's Retry-After says. Prints a JSON
 * summary (booted, failures by reason, retries, latencies). With --console URL --api-key KEY it
 * registers the devices as a factory would, through the manufacturer API (clients/ts), instead
 * of writing to the database (the key's organization; --sku is then required).
 */
import { parseArgs } from "node:util";
import { connectCliDatabase } from "./lib/cli-database";
import { bootFleet, refresh, reportTelemetry, SIMULATED_TALK_SHARE, slowedDown, talker, tokenAgents, tokenConfigVersion, type VirtualDevice } from "./lib/virtual-fleet";
import { errorText } from "@/server/errors";
import { createAnimaClient } from "../clients/ts";

const { values } = parseArgs({
  options: {
    devices: { type: "string", default: "50" },
    org: { type: "string", default: "acme" },
    sku: { type: "string" },
    gateway: { type: "string", default: `http://localhost:${process.env.DEVICE_GATEWAY_PORT ?? "3001"}` },
    duration: { type: "string", default: "0" },
    concurrency: { type: "string", default: "64" },
    "report-every": { type: "string", default: "10" },
    "talk-share": { type: "string", default: String(SIMULATED_TALK_SHARE) },
    "slow-version": { type: "string" },
    "slow-ms": { type: "string", default: "700" },
    console: { type: "string" },
    "api-key": { type: "string" },
  },
});
const count = Number(values.devices);
const durationMs = Number(values.duration) * 1000;
const reportEveryMs = Number(values["report-every"]) * 1000;
if (!(reportEveryMs >= 1000)) throw new Error("--report-every must be at least 1 second");
const talkShare = Number(values["talk-share"]);
if (!(talkShare > 0 && talkShare <= 1)) throw new Error("--talk-share must be a fraction above 0 and at most 1");
if (!Number.isInteger(count) || count < 1 || count > 100_000) throw new Error("--devices must be a whole number from 1 to 100,000");
const slowVersion = values["slow-version"] === undefined ? null : Number(values["slow-version"]);
if (slowVersion !== null && !(Number.isInteger(slowVersion) && slowVersion >= 1)) throw new Error("--slow-version must be a config version number (1 or more)");
const slowMs = Number(values["slow-ms"]);
if (!(Number.isInteger(slowMs) && slowMs >= 0 && slowMs <= 60_000)) throw new Error("--slow-ms must be a whole number of milliseconds from 0 to 60,000");

const REGISTER_BATCH = 10_000;
const simulatedSerials = (offset: number, size: number) => Array.from({ length: size }, (_, i) => `SIM-${Date.now().toString(36)}-${offset + i}`);

/** The factory's way: `devices.register` through the typed client, 10,000 serials per call. */
async function registerFleetByApi(consoleUrl: string, apiKey: string): Promise<VirtualDevice[]> {
  if (!values.sku) throw new Error("--api-key needs --sku: the code of a SKU with a published config.");
  const anima = createAnimaClient({ baseUrl: consoleUrl, apiKey });
  const { skus } = await anima.skus.list.query({ includeArchived: false });
  const sku = skus.find((candidate) => candidate.code === values.sku);
  if (!sku) throw new Error(`SKU ${values.sku} not found in the key's organization.`);
  const devices: VirtualDevice[] = [];
  for (let offset = 0; offset < count; offset += REGISTER_BATCH) {
    const registered = await anima.devices.register.mutate({ skuId: sku.id, serials: simulatedSerials(offset, Math.min(REGISTER_BATCH, count - offset)), tags: ["simulator"] });
    for (const device of registered.devices) if ("secret" in device) devices.push({ id: device.id, secret: device.secret });
  }
  console.error(`▸ registered ${devices.length} virtual devices on ${sku.code} through ${consoleUrl}/api/v1`);
  return devices;
}

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
  for (let offset = 0; offset < count; offset += REGISTER_BATCH) {
    const rows = simulatedSerials(offset, Math.min(REGISTER_BATCH, count - offset)).map((serial) => ({ serial, batch }));
    const registered = await registerDevices(db, org.id, { type: "system", label: "simulator" }, { skuId: sku.id, devices: rows });
    devices.push(...registered.map((d) => ({ id: d.id, secret: d.secret })));
  }
  console.error(`▸ registered ${devices.length} virtual devices on ${sku.code} (batch ${batch})`);
  await db.$disconnect();
  return devices;
}

async function main() {
  if (Boolean(values.console) !== Boolean(values["api-key"])) throw new Error("--console and --api-key go together.");
  let devices: VirtualDevice[];
  if (values.console && values["api-key"]) devices = await registerFleetByApi(values.console, values["api-key"]);
  else {
    const embedded = await connectCliDatabase();
    devices = await registerFleet();
    await embedded?.stop();
  }
  const { outcomes, summary: boots } = await bootFleet(values.gateway, devices, { connections: Number(values.concurrency) });

  let refreshes = 0;
  let reported = 0;
  if (durationMs > 0) {
    const deadline = Date.now() + durationMs;
    await Promise.all(
      outcomes.map(async (outcome) => {
        if (!outcome.ok) return;
        let { token } = outcome;
        let refreshAt = Date.now() + outcome.refreshAfter * 1000;
        const conversations = talker(tokenAgents(token), talkShare);
        // Spread the fleet's reports over the interval, as real devices would be.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * reportEveryMs));
        while (Date.now() < deadline) {
          if (Date.now() >= refreshAt) {
            const next = await refresh(values.gateway, token);
            if (!next.ok) return;
            refreshes++;
            token = next.token!;
            refreshAt = Date.now() + next.refreshAfter! * 1000;
          }
          // What the device did since its last report (nothing to send after a quiet interval).
          const interactions = conversations.until();
          const batch = slowVersion !== null && tokenConfigVersion(token) === slowVersion ? slowedDown(interactions, slowMs) : interactions;
          if (batch.length > 0 && (await reportTelemetry(values.gateway, token, batch))) reported += batch.length;
          await new Promise((resolve) => setTimeout(resolve, Math.min(reportEveryMs, Math.max(0, deadline - Date.now()))));
        }
      }),
    );
  }
  const summary = {
    ...boots,
    refreshes,
    interactionsReported: reported,
  };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`error: ${errorText(error)}`);
    process.exit(1);
  },
);
