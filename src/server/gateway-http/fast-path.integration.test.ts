/**
 * The gateway's fast path must answer exactly as tRPC's adapter does: the same requests go
 * to a gateway with it and one without, and the answers (status, headers that matter,
 * body with the per-call values masked) must be equal — successes, every error class,
 * and the requests it declines (which the adapter then answers).
 */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { bootAssertion, deviceKeyPair } from "@/testing/device-keys";
import { callerFor, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";
import { DEFAULT_BODY_BYTES } from "./body-limits";
import { createGatewayServer } from "./server";

const withFastPath = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY });
const adapterOnly = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY }, { fastPath: false });
const bases: string[] = [];
beforeAll(async () => {
  for (const server of [withFastPath, adapterOnly]) {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  }
});
afterAll(() => Promise.all([withFastPath, adapterOnly].map((server) => new Promise((resolve) => server.close(resolve)))));

type Request = { method?: string; path: string; body?: string; headers?: Record<string, string> };

/** Values that differ on every call (tokens, times) are masked; everything else must match. */
const VOLATILE = /"(token|serverTime|expiresAt|activatedAt|refreshAfter)":("[^"]*"|\d+)/g;

async function answer(base: string, { method = "POST", path, body, headers = { "content-type": "application/json" } }: Request) {
  const response = await fetch(`${base}${path}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get("content-type"), vary: response.headers.get("vary"), retryAfter: response.headers.has("retry-after"), body: text.replace(VOLATILE, '"$1":"…"') };
}

/** `bodies`: one per gateway, for requests that must not repeat (a batch is stored once). */
async function sameAnswers(request: Request, bodies?: [string, string]) {
  const [fast, adapter] = await Promise.all(bases.map((base, i) => answer(base, { ...request, body: bodies?.[i] ?? request.body })));
  expect(fast, `${request.method ?? "POST"} ${request.path} ${request.body?.slice(0, 80) ?? ""}`).toEqual(adapter);
  return fast!;
}

async function fleet() {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: Array.from({ length: 3 }, (_, i) => ({ serial: `F-${i}` })) });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 3, reason: "fast path tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { caller, org, sku, devices };
}

describe("gateway fast path", () => {
  it("answers boots, refreshes and telemetry exactly as the tRPC adapter does", async () => {
    const { devices } = await fleet();
    const device = devices[0]!;
    const boot = (input: unknown) => ({ path: "/trpc/device.boot", body: JSON.stringify(input) });
    // The first boot activates; both gateways then answer the same steady boots.
    const first = await answer(bases[0]!, boot({ deviceId: device.id, secret: device.secret }));
    expect(first.status).toBe(200);
    const steady = await sameAnswers(boot({ deviceId: device.id, secret: device.secret, configVersion: 1, firmware: "1.0.0" }));
    expect(steady.body).toContain('"config":null');
    await sameAnswers(boot({ deviceId: device.id, secret: device.secret }));
    await sameAnswers({ ...boot({ deviceId: device.id, secret: device.secret }), headers: { "content-type": "application/json; charset=utf-8" } });
    await sameAnswers(boot({ deviceId: device.id, secret: device.secret, extra: { deep: [1, 2, 3] } }));

    const booted = await fetch(`${bases[0]}/trpc/device.boot`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ deviceId: device.id, secret: device.secret }) });
    const token = ((await booted.json()) as { result: { data: { session: { token: string } } } }).result.data.session.token;
    const bearer = { "content-type": "application/json", authorization: `Bearer ${token}` };
    await sameAnswers({ path: "/trpc/device.refresh", body: "{}", headers: bearer });
    const sample = { at: new Date().toISOString(), kind: "voice", e2eMs: 700, agentId: "story-teller" };
    const batch = (n: number) => JSON.stringify({ batchId: `00000000-0000-4000-8000-00000000000${n}`, samples: [sample] });
    const telemetry = await sameAnswers({ path: "/trpc/device.reportTelemetry", headers: bearer }, [batch(1), batch(2)]);
    expect(telemetry.body).toContain('"accepted":1');
    expect((await sameAnswers({ path: "/trpc/device.reportTelemetry", headers: bearer }, [batch(1), batch(2)])).body).toContain('"duplicate":true');
  });

  it("answers key-mode boots (signed assertions), replays and bad assertions as the adapter does", async () => {
    const { caller, org, sku } = await fleet();
    const keys = deviceKeyPair();
    const [device] = (await caller.device.registerWithKeys({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "FK-0", publicKey: keys.publicKey }] })).devices;
    const body = async () => JSON.stringify({ deviceId: device!.id, assertion: await bootAssertion(keys, device!.id), configVersion: 1 });
    // The first boot activates; then each gateway gets its own assertion (a jti is accepted once).
    expect((await answer(bases[0]!, { path: "/trpc/device.boot", body: await body() })).status).toBe(200);
    const steady = await sameAnswers({ path: "/trpc/device.boot" }, [await body(), await body()]);
    expect(steady.status).toBe(200);
    const used = await body();
    await answer(bases[0]!, { path: "/trpc/device.boot", body: used });
    expect((await sameAnswers({ path: "/trpc/device.boot", body: used })).body).toContain("ASSERTION_REPLAYED");
    expect((await sameAnswers({ path: "/trpc/device.boot", body: JSON.stringify({ deviceId: device!.id, assertion: "not.a.jwt" }) })).body).toContain("INVALID_CREDENTIALS");
    expect((await sameAnswers({ path: "/trpc/device.boot", body: JSON.stringify({ deviceId: device!.id, assertion: "a.b.c", secret: "s" }) })).status).toBe(400);
  });

  it("answers every error class as the adapter does", async () => {
    const { caller, org, devices } = await fleet();
    const cases: Request[] = [
      { path: "/trpc/device.boot", body: JSON.stringify({ deviceId: devices[0]!.id, secret: "wrong" }) },
      { path: "/trpc/device.boot", body: JSON.stringify({ deviceId: 42, secret: null }) },
      { path: "/trpc/device.boot", body: "[]" },
      { path: "/trpc/device.boot", body: '"just a string"' },
      { path: "/trpc/device.boot", body: "{not json" },
      { path: "/trpc/device.boot", body: JSON.stringify({ deviceId: "x".repeat(DEFAULT_BODY_BYTES), secret: "s" }) },
      { path: "/trpc/device.boot", body: "", headers: { "content-type": "application/json" } },
      { path: "/trpc/device.boot", body: JSON.stringify({ deviceId: "d", secret: "s" }), headers: { "content-type": "text/plain" } },
      { path: "/trpc/device.boot?batch=1", body: JSON.stringify({ 0: { deviceId: "d", secret: "s" } }) },
      { method: "GET", path: "/trpc/device.boot" },
      { path: "/trpc/device.nope", body: "{}" },
      { path: "/trpc/device.refresh", body: "{}" },
      { path: "/trpc/device.refresh", body: "{}", headers: { "content-type": "application/json", authorization: "Bearer not-a-jwt" } },
      { path: "/trpc/device.reportTelemetry", body: JSON.stringify({ batchId: "b", samples: "many" }), headers: { "content-type": "application/json", authorization: "Bearer x" } },
    ];
    for (const request of cases) {
      const { status } = await sameAnswers(request);
      expect(status, request.path).toBeGreaterThanOrEqual(400);
      expect(status, request.path).toBeLessThan(500);
    }
    // A suspended device (403): the module's error with its reason.
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [devices[1]!.id], action: "suspend" });
    expect((await sameAnswers({ path: "/trpc/device.boot", body: JSON.stringify({ deviceId: devices[1]!.id, secret: devices[1]!.secret }) })).body).toContain("DEVICE_SUSPENDED");
  });
});
