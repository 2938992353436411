/**
 * Fault injection: the gateway's database goes away and comes back under a running gateway.
 * The gateway's own Prisma client (built like the app's, see createPrismaClient) reaches the
 * test database through a TCP proxy that the test takes down and brings back on the same port.
 * Device calls used while the database is down are ones that must read it (a device this
 * gateway has not seen yet, /readyz), so the test does not depend on what the gateway caches.
 * An uncaught exception or unhandled rejection anywhere fails the run (vitest reports them).
 */
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/server/db";
import { getBalance } from "@/server/modules/licenses/balance";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { createGatewayServer } from "./server";

/** Between the gateway and the database: `down()` drops every connection and refuses new ones,
 * `silence()` accepts connections but never answers, `up()` serves again on the same port. */
class DatabaseProxy {
  port = 0;
  /** statements cut off by downOn */
  cuts = 0;
  /** connections accepted while silent, left unanswered */
  stalled = 0;
  private listener: net.Server | null = null;
  private silent = false;
  private cutOn: string | null = null;
  private readonly sockets = new Set<net.Socket>();

  constructor(private readonly target: { host: string; port: number }) {}

  async up(): Promise<void> {
    this.silent = false;
    this.dropAll();
    if (this.listener) return;
    const listener = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      listener.once("error", reject);
      listener.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.port = (listener.address() as AddressInfo).port;
    this.listener = listener;
  }

  async down(): Promise<void> {
    const listener = this.listener;
    this.listener = null;
    this.dropAll();
    if (listener) await new Promise<void>((resolve) => listener.close(() => resolve()));
  }

  silence(): void {
    this.silent = true;
    this.dropAll();
  }

  /** Goes down as soon as the gateway sends a statement containing `sql`, before the database sees it. */
  downOn(sql: string): void {
    this.cutOn = sql;
  }

  private dropAll() {
    for (const socket of this.sockets) socket.destroy();
  }

  private track(socket: net.Socket, peer?: net.Socket) {
    this.sockets.add(socket);
    socket.on("error", () => peer?.destroy());
    socket.on("close", () => {
      this.sockets.delete(socket);
      peer?.destroy();
    });
  }

  private accept(client: net.Socket) {
    if (!this.listener) return void client.destroy();
    if (this.silent) {
      this.stalled++;
      return this.track(client);
    }
    const upstream = net.connect(this.target);
    this.track(client, upstream);
    this.track(upstream, client);
    client.on("data", (chunk: Buffer) => {
      if (this.cutOn && chunk.includes(this.cutOn)) {
        this.cutOn = null;
        this.cuts++;
        void this.down();
        return;
      }
      upstream.write(chunk);
    });
    upstream.pipe(client);
  }
}

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
async function request(path: string, body?: unknown): Promise<Reply> {
  const started = Date.now();
  const init = body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) };
  const response = await fetch(`${base}${path}`, { ...init, signal: AbortSignal.timeout(10_000) });
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
