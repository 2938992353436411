/**
 * Secrets never reach the logs. A realistic flow runs with every log line captured at debug
 * level — a member signs in (and once with a wrong password), creates an API key, the key
 * creates a SKU and registers devices over /api/v1 (and a revoked key is refused), devices
 * boot (and once with a wrong secret), refresh, fetch their config and report telemetry
 * through the gateway server, Stripe delivers a signed webhook (and a forged one) — then the
 * captured output is searched for each secret the flow handled.
 */
import type { AddressInfo } from "node:net";
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.hoisted(() => {
  process.env.LOG_LEVEL = "debug"; // before the logger module reads it
});

const { POST: apiV1 } = await import("@/app/api/v1/[trpc]/route");
const { POST: stripeWebhook } = await import("@/app/api/webhooks/stripe/route");
const { db } = await import("@/server/db");
const { createGatewayServer } = await import("@/server/gateway-http/server");
const { logger } = await import("@/server/logger");
const { authenticateWithPassword } = await import("@/server/modules/auth/users");
const { grantSeats } = await import("@/server/modules/licenses/grant-seats");
const { callerFor, createOrgWithMembers, SKU_INPUT } = await import("@/testing/factories");

const PASSWORD = "correct horse battery"; // what factories' createUser signs up with
const captured: string[] = [];
let server: ReturnType<typeof createGatewayServer>;
let gateway = "";

beforeAll(async () => {
  const keep = (...parts: unknown[]) => void captured.push(parts.map((p) => (typeof p === "string" ? p : JSON.stringify(p))).join(" "));
  for (const method of ["log", "info", "warn", "error", "debug"] as const) vi.spyOn(console, method).mockImplementation(keep);
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => (captured.push(String(chunk)), true));
  }
  server = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  gateway = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  vi.restoreAllMocks();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function v1(procedure: string, key: string, input: unknown) {
  const request = new Request(`http://console/api/v1/${procedure}`, { method: "POST", headers: { authorization: `Bearer ${key}`, "content-type": "application/json" }, body: JSON.stringify(input) });
  const response = await apiV1(request);
  return { status: response.status, body: (await response.json()) as { result?: { data: unknown } } };
}

async function device(procedure: string, input: unknown, token?: string, method: "GET" | "POST" = "POST") {
  const headers: Record<string, string> = { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) };
  const query = method === "GET" ? `?input=${encodeURIComponent(JSON.stringify(input))}` : "";
  const response = await fetch(`${gateway}/trpc/${procedure}${query}`, { method, headers, body: method === "POST" ? JSON.stringify(input) : undefined });
  return { status: response.status, body: (await response.json()) as { result?: { data: unknown } } };
}

async function deliverWebhook(payload: string, signature: string) {
  return stripeWebhook(new Request("http://console/api/webhooks/stripe", { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload }));
}

describe("logs at debug level", () => {
  it("hold no device secret, session token, API key, password or webhook signature", async () => {
    const secrets: Record<string, string> = {};
    const { org, owner } = await createOrgWithMembers();
    await authenticateWithPassword(db, owner.email, PASSWORD, "203.0.113.7");
    const wrongPassword = `${PASSWORD} but wrong`;
    await expect(authenticateWithPassword(db, owner.email, wrongPassword, "203.0.113.7")).rejects.toThrow();
    Object.assign(secrets, { password: PASSWORD, wrongPassword });

    const caller = callerFor(owner.id);
    const apiKey = await caller.apiKey.create({ orgSlug: org.slug, name: "factory", scopes: ["*"] });
    const revokedKey = await caller.apiKey.create({ orgSlug: org.slug, name: "old", scopes: ["*"] });
    await caller.apiKey.revoke({ orgSlug: org.slug, apiKeyId: revokedKey.id });
    Object.assign(secrets, { apiKey: apiKey.key, revokedKey: revokedKey.key });

    const sku = await v1("skus.create", apiKey.key, { ...SKU_INPUT });
    expect(sku.status).toBe(200);
    const skuId = (sku.body.result!.data as { id: string }).id;
    expect((await v1("skus.publishConfig", apiKey.key, { skuId, agents: [{ agentId: "story-teller", settings: { length: "short" }, tools: [] }] })).status).toBe(200);
    const registered = await v1("devices.register", apiKey.key, { skuId, serials: ["LOG-1", "LOG-2"] });
    expect(registered.status).toBe(200);
    expect((await v1("devices.register", revokedKey.key, { skuId, serials: ["LOG-3"] })).status).toBe(401);
    const devices = (registered.body.result!.data as { devices: { id: string; secret: string }[] }).devices;
    devices.forEach((d, i) => (secrets[`deviceSecret${i}`] = d.secret));
    await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 5, reason: "log scan" });

    expect((await device("device.boot", { deviceId: devices[0]!.id, secret: `${devices[0]!.secret}x` })).status).toBe(401);
    const booted = await device("device.boot", { deviceId: devices[0]!.id, secret: devices[0]!.secret });
    expect(booted.status).toBe(200);
    const token = (booted.body.result!.data as { session: { token: string } }).session.token;
    const refreshed = await device("device.refresh", {}, token);
    expect(refreshed.status).toBe(200);
    const refreshedToken = (refreshed.body.result!.data as { session: { token: string } }).session.token;
    expect((await device("device.config", {}, refreshedToken, "GET")).status).toBe(200);
    const telemetry = { batchId: crypto.randomUUID(), samples: [{ at: new Date().toISOString(), kind: "voice", e2eMs: 900 }] };
    expect((await device("device.reportTelemetry", telemetry, refreshedToken)).status).toBe(200);
    expect((await device("device.reportTelemetry", telemetry, `${token.slice(0, -4)}AAAA`)).status).toBe(401);
    Object.assign(secrets, { token, refreshedToken, tokenSignature: token.split(".")[2]! });

    const webhookSecret = process.env.STRIPE_WEBHOOK_SECRET!;
    const payload = JSON.stringify({ id: "evt_log_scan", object: "event", type: "checkout.session.completed", created: Math.floor(Date.now() / 1000), data: { object: { id: "cs_unknown", object: "checkout.session" } } });
    const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret });
    await deliverWebhook(payload, signature);
    const forged = Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_forged_0123456789abcdef" });
    expect((await deliverWebhook(payload, forged)).status).toBe(400);
    Object.assign(secrets, { webhookSignature: signature.split("v1=")[1]!, forgedSignature: forged.split("v1=")[1]!, webhookSecret });
    Object.assign(secrets, { deviceSecretKey: process.env.DEVICE_SECRET_KEY!, signingKeySecret: process.env.SIGNING_KEY_SECRET! });

    // The capture works: a debug line written through the logger is in it.
    logger.debug("log scan marker");
    const output = captured.join("\n");
    expect(output).toContain("log scan marker");
    const leaked = Object.entries(secrets).filter(([, value]) => output.includes(value)).map(([name]) => name);
    expect(leaked).toEqual([]);
  });
});
