/**
 * More than one gateway, proven (docs/scaling.md): two gateway processes — `scripts/gateway.ts`,
 * as `npm start` and a deployment run it — on one PostgreSQL database and one Redis. A device
 * revoked through /api/v1 is refused by the other gateway within 2 s, the per-device rate limit
 * is one budget across both, and a publish reaches both. Requires PostgreSQL and the local
 * Redis, as CI has them.
 */
import { fork, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { POST } from "@/app/api/v1/[trpc]/route";
import { useInvalidationBus } from "@/server/cache/invalidation-bus";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { SERVER_CONDITIONS } from "../../../scripts/lib/run";

const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
/** Enough for the polls below (every 50 ms for up to 2 s), small enough to exhaust in a test. */
const RATE_PER_MINUTE = 60;
const gateways: { url: string; process: ChildProcess }[] = [];
let bus: Redis | undefined;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

async function startGateway(): Promise<{ url: string; process: ChildProcess }> {
  const port = await freePort();
  const env = { ...process.env, DATABASE_URL: inject("databaseUrl"), REDIS_URL, DEVICE_GATEWAY_PORT: String(port), GATEWAY_DEVICE_RATE_PER_MINUTE: String(RATE_PER_MINUTE), LOG_LEVEL: "error" };
  const child = fork("scripts/gateway.ts", [], { env, execArgv: ["--import", "tsx", SERVER_CONDITIONS], stdio: "inherit" });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok, () => false)) return { url, process: child };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error(`the gateway on ${url} did not come up`);
}

type Answer = { status: number; reason?: string; configVersion?: number };

async function boot(gateway: string, device: { id: string; secret: string }, configVersion?: number): Promise<Answer> {
  const response = await fetch(`${gateway}/trpc/device.boot`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ deviceId: device.id, secret: device.secret, firmware: "1.0.0", configVersion }),
  });
  const body = (await response.json()) as { result?: { data: { configVersion: number } }; error?: { data: { reason?: string } } };
  return { status: response.status, reason: body.error?.data.reason, configVersion: body.result?.data.configVersion };
}

async function api(path: string, key: string, input: unknown) {
  const response = await POST(new Request(`http://localhost/api/v1/${path}`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(input) }));
  expect(response.status, `${path} answered ${response.status}`).toBe(200);
  return ((await response.json()) as { result: { data: Record<string, unknown> } }).result.data;
}

/** An organization with a published SKU, seats, and `count` devices registered through /api/v1. */
async function fleet(count: number) {
  const { org } = await createOrgWithMembers();
  const { key } = await createKey(org.id, ["skus:write", "devices:write"]);
  const sku = await api("skus.create", key, SKU_INPUT);
  await api("skus.publishConfig", key, { skuId: sku.id, agents: [{ agentId: "story-teller" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: count, reason: "two-gateway test" });
  const serials = Array.from({ length: count }, (_, i) => `TWO-${i}`);
  const { devices } = (await api("devices.register", key, { skuId: sku.id, serials })) as { devices: { id: string; secret: string }[] };
  return { key, skuId: String(sku.id), devices };
}

/** Milliseconds until `check` holds, polled every 50 ms for at most 5 s. */
async function msUntil(check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > 5_000) throw new Error("not within 5 s");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - started;
}

describe.skipIf(inject("databaseKind") === "pglite")("two gateway processes on one database and one Redis", () => {
  beforeAll(async () => {
    gateways.push(...(await Promise.all([startGateway(), startGateway()])));
    // This process stands for the console: with REDIS_URL set, its changes are announced on the bus too.
    bus = new Redis(REDIS_URL, { maxRetriesPerRequest: 2 });
    useInvalidationBus({ client: bus, channel: "anima:cache-invalidation" });
  }, 60_000);

  afterAll(async () => {
    useInvalidationBus(null);
    await bus?.quit();
    await Promise.all(gateways.map(({ process: child }) => new Promise((resolve) => child.once("exit", resolve).kill("SIGTERM"))));
  });

  it("a device booted on one gateway and revoked through /api/v1 is refused by the other within 2 s", async () => {
    const [a, b] = gateways.map((g) => g.url) as [string, string];
    const { key, devices } = await fleet(1);
    const device = devices[0]!;
    expect((await boot(a, device)).status).toBe(200);
    expect((await boot(b, device)).status).toBe(200); // now cached by both
    await api("devices.setStatus", key, { deviceId: device.id, status: "revoked" });
    const refusedAfter = await msUntil(async () => (await boot(b, device)).reason === "DEVICE_REVOKED");
    expect(refusedAfter).toBeLessThan(2_000);
    expect(await boot(a, device)).toMatchObject({ status: 403, reason: "DEVICE_REVOKED" });
  });

  it("the per-device rate limit is one budget across both gateways", async () => {
    const [a, b] = gateways.map((g) => g.url) as [string, string];
    const { devices } = await fleet(1);
    const device = devices[0]!;
    // Alternating, each gateway sees half the boots: only a shared counter refuses the next one.
    for (let i = 0; i < RATE_PER_MINUTE; i++) expect((await boot(i % 2 === 0 ? a : b, device)).status).toBe(200);
    expect(await boot(a, device)).toMatchObject({ status: 429, reason: "RATE_LIMITED" });
    expect(await boot(b, device)).toMatchObject({ status: 429, reason: "RATE_LIMITED" });
  });

  it("a publish reaches both gateways within 2 s", async () => {
    const [a, b] = gateways.map((g) => g.url) as [string, string];
    const { key, skuId, devices } = await fleet(2);
    expect((await boot(a, devices[0]!)).configVersion).toBe(1);
    expect((await boot(b, devices[1]!)).configVersion).toBe(1);
    await api("skus.publishConfig", key, { skuId, agents: [{ agentId: "kids-companion" }] });
    const reached = await Promise.all([
      msUntil(async () => (await boot(a, devices[0]!, 1)).configVersion === 2),
      msUntil(async () => (await boot(b, devices[1]!, 1)).configVersion === 2),
    ]);
    expect(Math.max(...reached)).toBeLessThan(2_000);
  });
});
