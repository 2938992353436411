/**
 * Fault injection: the gateway's database goes away and comes back under a running gateway.
 * The gateway's own Prisma client (built like the app's, see createPrismaClient) reaches the
 * test database through a TCP proxy that the test takes down and brings back on the same port.
 * Device calls used while the database is down are ones that must read it (a device this
 * gateway has not seen yet, /readyz), so the test does not depend on what the gateway caches.
 * An uncaught exception or unhandled rejection anywhere fails the run (vitest reports them).
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/server/db";
import { getBalance } from "@/server/modules/licenses/balance";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { DatabaseProxy } from "@/testing/database-proxy";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { createGatewayServer } from "./server";

const databaseUrl = new URL(process.env.DATABASE_URL!);
const proxy = new DatabaseProxy({ host: databaseUrl.hostname, port: Number(databaseUrl.port || 5432) });
/** A small pool, so a leaked connection would exhaust it within the test. */
const POOL_SIZE = 2;
let gatewayDb: ReturnType<typeof createPrismaClient>;
let server: ReturnType<typeof createGatewayServer>;
let base = "";

beforeAll(async () => {
  await proxy.up();
  const proxied = new URL(databaseUrl);
  proxied.host = `127.0.0.1:${proxy.port}`;
  gatewayDb = createPrismaClient(proxied.toString(), { max: POOL_SIZE, connectTimeoutMs: 2_000 });
  server = createGatewayServer(gatewayDb, { maxLagMs: Number.POSITIVE_INFINITY });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await gatewayDb.$disconnect();
  await proxy.down();
});

type Reply = { status: number; ms: number; retryAfter: number; body: { result?: { data: Record<string, unknown> }; error?: { data: { code: string; httpStatus: number } } } };

/** One HTTP request, timed; a gateway that hangs fails here (aborted after 10 s) rather than at the test timeout. */
async function request(path: string, body?: unknown, { token, timeoutMs = 10_000 }: { token?: string; timeoutMs?: number } = {}): Promise<Reply> {
  const started = Date.now();
  const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const init = body === undefined ? {} : { method: "POST", headers, body: JSON.stringify(body) };
  const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(timeoutMs) });
  return { status: response.status, ms: Date.now() - started, retryAfter: Number(response.headers.get("retry-after")), body: (await response.json()) as Reply["body"] };
}
const boot = (device: { id: string; secret: string }) => request("/trpc/device.boot", { deviceId: device.id, secret: device.secret });

/** An unavailable answer, given quickly: 503, Retry-After, and (for a device call) the contract's error code. */
function expectUnavailable(reply: Reply) {
  expect(reply.status).toBe(503);
  expect(reply.retryAfter).toBeGreaterThanOrEqual(1);
  expect(reply.ms).toBeLessThan(8_000);
  if (reply.body.error) expect(reply.body.error.data).toMatchObject({ code: "SERVICE_UNAVAILABLE", httpStatus: 503 });
}

async function fleet(seats: number, count: number) {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `F-${i}` })) });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats, reason: "gateway fault tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, devices };
}

/** What a boot may have written, read through the app's own (un-proxied) client. */
async function activationState(orgId: string, deviceId: string) {
  const device = await db.device.findUniqueOrThrow({ where: { id: deviceId }, select: { activatedAt: true, licensedAt: true } });
  const activations = await db.licenseLedgerEntry.count({ where: { deviceId, kind: "activation" } });
  return { activated: device.activatedAt !== null, licensed: device.licensedAt !== null, seatsUsed: (await getBalance(db, orgId)).seatsUsed, activations };
}

describe("device gateway when its database goes away", () => {
  it("answers 503 with Retry-After at once while the database is down, and 200 again once it is back (same server)", async () => {
    const { devices } = await fleet(5, 2);
    const [before, during] = devices as [(typeof devices)[0], (typeof devices)[0]];
    expect((await boot(before)).status).toBe(200);
    expect((await request("/readyz")).status).toBe(200);

    await proxy.down();
    expectUnavailable(await boot(during));
    expectUnavailable(await request("/readyz"));
    expectUnavailable(await boot(during)); // and again: a failure leaves nothing behind that hangs the next call
    expect((await request("/healthz")).status).toBe(200);

    await proxy.up();
    const recovered = await boot(during);
    expect(recovered.status).toBe(200);
    expect(recovered.body.result?.data).toMatchObject({ deviceId: during.id, license: { status: "active" } });
    expect((await request("/readyz")).status).toBe(200);
  });

  it("a database that accepts connections but never answers: 503 after the connect timeout, not a hang", async () => {
    const { devices } = await fleet(5, 1);
    proxy.silence();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the pool notices its dropped connections: the calls need new ones
    const [booted, ready] = await Promise.all([boot(devices[0]!), request("/readyz")]);
    expectUnavailable(booted);
    expectUnavailable(ready);
    expect(proxy.stalled).toBeGreaterThan(0);

    await proxy.up();
    expect((await boot(devices[0]!)).status).toBe(200);
    expect((await request("/readyz")).status).toBe(200);
  });

  it("a first boot cut off by the outage, even inside its activation transaction, takes no seat; the next boot activates exactly once", async () => {
    const { org, devices } = await fleet(2, 1);
    const device = devices[0]!;
    const untouched = { activated: false, licensed: false, seatsUsed: 0, activations: 0 };

    await proxy.down();
    expectUnavailable(await boot(device));
    await proxy.up();
    expect(await activationState(org.id, device.id)).toEqual(untouched);

    // The device is claimed (UPDATE "Device" … "licensedAt") and the database goes away just as
    // the seat is taken: the transaction must roll back whole. More cuts than the pool has
    // connections: a connection lost inside a transaction must not stay checked out.
    for (let cut = 1; cut <= POOL_SIZE + 1; cut++) {
      proxy.downOn('UPDATE "LicensePool"');
      expectUnavailable(await boot(device));
      expect(proxy.cuts).toBe(cut);
      await proxy.up();
      expect(await activationState(org.id, device.id)).toEqual(untouched);
    }

    const activated = await boot(device);
    expect(activated.status).toBe(200);
    expect(activated.body.result?.data).toMatchObject({ deviceId: device.id, license: { status: "active" } });
    expect((await boot(device)).status).toBe(200);
    expect(await activationState(org.id, device.id)).toEqual({ activated: true, licensed: true, seatsUsed: 1, activations: 1 });
  });
});

/** The ingest statement (the batch row and its samples go in together, see ingest.ts). */
const INGEST_SQL = '"TelemetryBatch"';
const SAMPLES_PER_BATCH = 50;

function telemetryBatch() {
  const at = new Date().toISOString();
  return { batchId: crypto.randomUUID(), samples: Array.from({ length: SAMPLES_PER_BATCH }, (_, i) => ({ at, kind: "voice", e2eMs: 500 + i })) };
}

/** A booted device and its session token, through the gateway while the database is up. */
async function bootedDevice() {
  const { org, devices } = await fleet(1, 1);
  const booted = await boot(devices[0]!);
  expect(booted.status).toBe(200);
  const token = (booted.body.result!.data as { session: { token: string } }).session.token;
  const report = (batch: ReturnType<typeof telemetryBatch>, timeoutMs?: number) => request("/trpc/device.reportTelemetry", batch, { token, timeoutMs });
  return { org, report };
}

/** Every batch row of the organization with the samples it declares and the samples stored under it; samples with no batch row. */
async function storedTelemetry(orgId: string) {
  const batches = await db.telemetryBatch.findMany({ where: { orgId }, select: { batchId: true, samples: true } });
  const stored = await db.telemetrySample.groupBy({ by: ["batchId"], where: { orgId }, _count: { _all: true } });
  const storedOf = (batchId: string) => stored.find((s) => s.batchId === batchId)?._count._all ?? 0;
  return {
    batches: batches.map((b) => ({ batchId: b.batchId, declared: b.samples, stored: storedOf(b.batchId) })),
    orphanSamples: stored.filter((s) => !batches.some((b) => b.batchId === s.batchId)).length,
  };
}

describe("device telemetry when the database goes away mid-ingest", () => {
  it("a batch cut off on its way to the database: 503 + Retry-After, nothing stored; the same batch after recovery is stored once (same server)", async () => {
    const { org, report } = await bootedDevice();
    const batch = telemetryBatch();
    const cutsBefore = proxy.cuts;

    proxy.downOn(INGEST_SQL);
    expectUnavailable(await report(batch));
    expect(proxy.cuts).toBe(cutsBefore + 1);
    expectUnavailable(await report(batch)); // still down: the retry is refused too, quickly
    expect(await storedTelemetry(org.id)).toEqual({ batches: [], orphanSamples: 0 });

    await proxy.up();
    const stored = await report(batch);
    expect(stored.status).toBe(200);
    expect(stored.body.result?.data).toEqual({ accepted: SAMPLES_PER_BATCH, duplicate: false });
    expect((await report(batch)).body.result?.data).toEqual({ accepted: 0, duplicate: true });
    expect(await storedTelemetry(org.id)).toEqual({ batches: [{ batchId: batch.batchId, declared: SAMPLES_PER_BATCH, stored: SAMPLES_PER_BATCH }], orphanSamples: 0 });
  });

  it("a batch the database stored but whose answer was lost: 503, whole in the database; the device's retry is a duplicate, stored exactly once", async () => {
    const { org, report } = await bootedDevice();
    const batch = telemetryBatch();

    proxy.cutReplyTo(INGEST_SQL);
    expectUnavailable(await report(batch));
    await proxy.up();
    expect(await storedTelemetry(org.id)).toEqual({ batches: [{ batchId: batch.batchId, declared: SAMPLES_PER_BATCH, stored: SAMPLES_PER_BATCH }], orphanSamples: 0 });

    const retried = await report(batch);
    expect(retried.status).toBe(200);
    expect(retried.body.result?.data).toEqual({ accepted: 0, duplicate: true });
    expect(await db.telemetrySample.count({ where: { orgId: org.id } })).toBe(SAMPLES_PER_BATCH);
  });

  it("a device that times out waiting (slow database) and retries the batch: stored once, the retry answers duplicate", async () => {
    const { org, report } = await bootedDevice();
    const batch = telemetryBatch();

    proxy.delayReplyTo(INGEST_SQL, 1_500);
    await expect(report(batch, 300)).rejects.toThrow(/abort|timeout/i); // the device gives up; the gateway carries on
    await expect.poll(() => db.telemetryBatch.count({ where: { orgId: org.id } }), { timeout: 5_000 }).toBe(1);

    const retried = await report(batch);
    expect(retried.status).toBe(200);
    expect(retried.body.result?.data).toEqual({ accepted: 0, duplicate: true });
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the first call's answer comes back to nobody
    expect(await storedTelemetry(org.id)).toEqual({ batches: [{ batchId: batch.batchId, declared: SAMPLES_PER_BATCH, stored: SAMPLES_PER_BATCH }], orphanSamples: 0 });
    expect((await request("/readyz")).status).toBe(200);
  });
});
