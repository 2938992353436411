/** The device API contract over HTTP with a plain client (fetch), against the real gateway server. */
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify } from "jose";
import { connect, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { publicUrl } from "@/server/env";
import { logger } from "@/server/logger";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { rotateSigningKey } from "@/server/modules/sessions/signing-keys";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { createGatewayServer } from "./server";

let base = "";
// Shedding on event-loop lag is tested on its own (overload.test.ts): here it would make
// the contract depend on how busy the test machine is.
const server = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY });
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Reply = { status: number; headers: Headers; body: { result?: { data: Record<string, unknown> }; error?: { message: string; code: number; data: { code: string; httpStatus: number; reason?: string } } } };

async function call(method: "GET" | "POST", procedure: string, input?: unknown, init: { token?: string; raw?: string; contentType?: string } = {}): Promise<Reply> {
  const headers: Record<string, string> = { "content-type": init.contentType ?? "application/json" };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  const url = `${base}/trpc/${procedure}${method === "GET" && input !== undefined ? `?input=${encodeURIComponent(JSON.stringify(input))}` : ""}`;
  const response = await fetch(url, { method, headers, body: method === "POST" ? (init.raw ?? JSON.stringify(input ?? {})) : undefined });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Reply["body"] };
}

async function fleet(seats: number, count = 2) {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `G-${i}` })) });
  if (seats) await grantSeats(db, org.id, { type: "system", label: "test" }, { seats, reason: "gateway tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, caller, sku, devices };
}

describe("device gateway over HTTP", () => {
  it("serves health, readiness and a cacheable JWKS", async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base}/readyz`)).json()).toEqual({ status: "ready" });
    const jwks = await fetch(`${base}/.well-known/jwks.json`);
    expect(jwks.headers.get("cache-control")).toMatch(/max-age=\d+/);
    const { keys } = (await jwks.json()) as { keys: Record<string, string>[] };
    expect(keys[0]).toMatchObject({ kty: "OKP", crv: "Ed25519", alg: "EdDSA", use: "sig", kid: expect.any(String), x: expect.any(String) });
    expect(keys.some((k) => "d" in k)).toBe(false);
  });

  it("boot → refresh → config, with tokens verifiable through createRemoteJWKSet, also across a key rotation", async () => {
    const { devices, org, sku } = await fleet(5);
    const device = devices[0]!;
    const boot = await call("POST", "device.boot", { deviceId: device.id, secret: device.secret, firmware: "2.1.0" });
    expect(boot.status).toBe(200);
    const data = boot.body.result!.data as { session: { token: string; expiresIn: number }; configVersion: number; config: { version: number } | null; serverTime: string; refreshAfter: number };
    expect(data).toMatchObject({ deviceId: device.id, orgId: org.id, skuId: sku.id, license: { status: "active" }, configVersion: 1, config: { version: 1 }, session: { tokenType: "Bearer", expiresIn: 900 } });
    expect(Date.parse(data.serverTime)).not.toBeNaN();

    const jwks = createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`));
    const { payload } = await jwtVerify(data.session.token, jwks, { issuer: publicUrl(), audience: "anima-realtime" });
    expect(payload).toMatchObject({ sub: device.id, org: org.id, sku: sku.id, cfg: 1, agents: ["story-teller"] });

    const refreshed = await call("POST", "device.refresh", {}, { token: data.session.token });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.result!.data).toMatchObject({ configVersion: 1, session: { tokenType: "Bearer" }, refreshAfter: expect.any(Number) });
    expect(refreshed.body.result!.data).not.toHaveProperty("config");

    expect((await call("GET", "device.config", { configVersion: 1 }, { token: data.session.token })).body.result!.data).toEqual({ configVersion: 1, config: null });
    expect((await call("GET", "device.config", {}, { token: data.session.token })).body.result!.data).toMatchObject({ configVersion: 1, config: { version: 1 } });

    const { kid } = await rotateSigningKey(db);
    const rebooted = (await call("POST", "device.boot", { deviceId: device.id, secret: device.secret, configVersion: 1 })).body.result!.data as { session: { token: string }; config: unknown };
    expect(rebooted.config).toBeNull();
    expect(decodeProtectedHeader(rebooted.session.token).kid).toBe(kid);
    const fresh = createRemoteJWKSet(new URL(`${base}/.well-known/jwks.json`));
    await expect(jwtVerify(data.session.token, fresh, { issuer: publicUrl(), audience: "anima-realtime" })).resolves.toBeTruthy();
    await expect(jwtVerify(rebooted.session.token, fresh, { issuer: publicUrl(), audience: "anima-realtime" })).resolves.toBeTruthy();
  });

  it("answers every error row of the contract with its status and reason", async () => {
    const { devices, caller, org } = await fleet(1, 3);
    const [a, b, c] = devices as [(typeof devices)[0], (typeof devices)[0], (typeof devices)[0]];
    const reason = (r: Reply) => [r.status, r.body.error?.data.code, r.body.error?.data.reason];

    expect(reason(await call("POST", "device.boot", { deviceId: a.id, secret: "wrong" }))).toEqual([401, "UNAUTHORIZED", "INVALID_CREDENTIALS"]);
    expect(reason(await call("POST", "device.boot", { deviceId: "dev_unknown", secret: "wrong" }))).toEqual([401, "UNAUTHORIZED", "INVALID_CREDENTIALS"]);
    const booted = await call("POST", "device.boot", { deviceId: a.id, secret: a.secret });
    expect(booted.status).toBe(200);
    expect(reason(await call("POST", "device.boot", { deviceId: b.id, secret: b.secret }))).toEqual([402, "PAYMENT_REQUIRED", "LICENSE_EXHAUSTED"]);

    const token = (booted.body.result!.data.session as { token: string }).token;
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [a.id], action: "revoke" });
    expect(reason(await call("POST", "device.boot", { deviceId: a.id, secret: a.secret }))).toEqual([403, "FORBIDDEN", "DEVICE_REVOKED"]);
    expect(reason(await call("POST", "device.refresh", {}, { token }))).toEqual([403, "FORBIDDEN", "DEVICE_REVOKED"]);
    expect(reason(await call("GET", "device.config", {}, { token }))).toEqual([403, "FORBIDDEN", "DEVICE_REVOKED"]);
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [c.id], action: "suspend" });
    expect(reason(await call("POST", "device.boot", { deviceId: c.id, secret: c.secret }))).toEqual([403, "FORBIDDEN", "DEVICE_SUSPENDED"]);

    const unpublished = await createOrgWithMembers();
    const sku = await callerFor(unpublished.owner.id).sku.create({ orgSlug: unpublished.org.slug, ...SKU_INPUT });
    const [d] = (await callerFor(unpublished.owner.id).device.register({ orgSlug: unpublished.org.slug, skuId: sku.id, devices: [{ serial: "NP-1" }] })).devices;
    expect(reason(await call("POST", "device.boot", { deviceId: d!.id, secret: d!.secret }))).toEqual([412, "PRECONDITION_FAILED", "NO_PUBLISHED_CONFIG"]);

    expect(reason(await call("POST", "device.refresh", {}))).toEqual([401, "UNAUTHORIZED", "MISSING_TOKEN"]);
    expect(reason(await call("POST", "device.refresh", {}, { token: "garbage" }))).toEqual([401, "UNAUTHORIZED", "INVALID_TOKEN"]);
  });

  it("a client gone mid-upload does not keep its place in flight (later requests are not shed) and is not logged as a failure", async () => {
    const { devices } = await fleet(1, 1);
    const errors = vi.spyOn(logger, "error");
    const guarded = createGatewayServer(db, { maxInFlight: 2, maxLagMs: Number.POSITIVE_INFINITY, targetLatencyMs: Number.POSITIVE_INFINITY });
    await new Promise<void>((resolve) => guarded.listen(0, "127.0.0.1", resolve));
    const { port } = guarded.address() as AddressInfo;
    for (let i = 0; i < 3; i++) {
      const socket = connect(port, "127.0.0.1");
      socket.write('POST /trpc/device.boot HTTP/1.1\r\nHost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"device');
      await new Promise((resolve) => setTimeout(resolve, 50));
      socket.destroy();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const response = await fetch(`http://127.0.0.1:${port}/trpc/device.boot`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceId: devices[0]!.id, secret: devices[0]!.secret }) });
    expect(response.status).toBe(200);
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    await new Promise<void>((resolve) => guarded.close(() => resolve()));
  });

  it("a device booting in a loop is rate limited: 429 with a Retry-After, reason RATE_LIMITED", async () => {
    const { devices } = await fleet(1, 1);
    const device = devices[0]!;
    const replies = [];
    for (let i = 0; i < 35; i++) replies.push(await call("POST", "device.boot", { deviceId: device.id, secret: device.secret }));
    const limited = replies.filter((r) => r.status === 429);
    expect(replies.filter((r) => r.status === 200).length).toBe(30);
    expect(limited.length).toBe(5);
    expect(limited[0]!.body.error?.data).toMatchObject({ code: "TOO_MANY_REQUESTS", reason: "RATE_LIMITED" });
    expect(Number(limited[0]!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("bad input is a 400 (or 413 for an oversized body), never a 500", async () => {
    const malformed = await call("POST", "device.boot", undefined, { raw: '{"deviceId": "x", ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.message).toBeTruthy();
    const wrongTypes = await call("POST", "device.boot", { deviceId: 42, secret: ["x"], configVersion: "seven" });
    expect(wrongTypes.status).toBe(400);
    expect(wrongTypes.body.error?.message).toMatch(/Invalid input: deviceId/);
    expect((await call("POST", "device.boot", { deviceId: "d", secret: "s", firmware: "x".repeat(65) })).status).toBe(400);
    expect((await call("POST", "device.boot", null)).status).toBe(400);
    const huge = await call("POST", "device.boot", undefined, { raw: JSON.stringify({ deviceId: "d", secret: "x".repeat(200_000) }) });
    expect(huge.status).toBe(413);
    expect((await fetch(`${base}/nowhere`)).status).toBe(404);
  });

  it("device.reportTelemetry: 200 with accepted, a replay is a duplicate, a bad sample is a 400 naming its index, no token is a 401", async () => {
    const { devices, org } = await fleet(1, 1);
    const boot = await call("POST", "device.boot", { deviceId: devices[0]!.id, secret: devices[0]!.secret });
    const token = (boot.body.result!.data as { session: { token: string } }).session.token;
    const batch = { batchId: crypto.randomUUID(), samples: [{ at: new Date().toISOString(), kind: "voice", e2eMs: 840, agentId: "story-teller", asrMs: 120, llmMs: 400, ttsMs: 150 }] };
    const first = await call("POST", "device.reportTelemetry", batch, { token });
    expect(first.status).toBe(200);
    expect(first.body.result!.data).toEqual({ accepted: 1, duplicate: false });
    expect((await call("POST", "device.reportTelemetry", batch, { token })).body.result!.data).toEqual({ accepted: 0, duplicate: true });

    const bad = await call("POST", "device.reportTelemetry", { batchId: crypto.randomUUID(), samples: [batch.samples[0], { ...batch.samples[0], e2eMs: -1 }] }, { token });
    expect(bad.status).toBe(400);
    expect(bad.body.error!.data).toMatchObject({ reason: "INVALID_SAMPLES" });
    expect(bad.body.error!.message).toMatch(/index 1/);
    expect((await call("POST", "device.reportTelemetry", { batchId: "not-a-uuid", samples: [] }, { token })).status).toBe(400);
    expect((await call("POST", "device.reportTelemetry", batch)).status).toBe(401);
    expect(await db.telemetrySample.count({ where: { orgId: org.id } })).toBe(1);
  });
});
