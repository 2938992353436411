/** Webhooks end to end against a real local receiver: endpoints by API key, fan-out, signed delivery, retries, rotation, deletion. */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { apiCallerFor, callerFor, createKey, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";
import { deliverDue, deliveryBody } from "./deliver";
import { dispatchAll } from "./dispatch";
import { MAX_ENDPOINTS } from "./endpoints";
import { verifySignature } from "./signature";

// The receiver is on this machine: allow private (and http) receivers, as the demo does. Set before the env module is read.
vi.hoisted(() => {
  process.env.WEBHOOK_ALLOW_PRIVATE_URLS = "1";
});

type Hit = { path: string; body: string; signature: string };
const hits: Hit[] = [];
/** Paths answered with a 500 while listed here. */
const failing = new Set<string>();
const server = createServer((req, res) => {
  let body = "";
  req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  req.on("end", () => {
    hits.push({ path: req.url ?? "", body, signature: String(req.headers["anima-signature"] ?? "") });
    if (failing.has(req.url ?? "")) res.writeHead(500).end("try later");
    else res.end("ok");
  });
});
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const LOCAL = { requireHttps: false, allowPrivate: true, timeoutMs: 2_000, maxResponseBytes: 4_096 };
/** The worker's round: fan out, then send what is due at `now`. */
const round = async (now = new Date()) => {
  await dispatchAll(db, now);
  return deliverDue(db, LOCAL, () => now);
};
const hitsOn = (path: string) => hits.filter((hit) => hit.path === path);

async function orgWithKey() {
  const { org, owner } = await createOrgWithMembers();
  const { key } = await createKey(org.id, ["*"]);
  const console = callerFor(owner.id);
  const sku = await console.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const { devices } = await console.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "WH-1" }, { serial: "WH-2" }] });
  return { org, api: apiCallerFor(key), console, devices };
}

describe("webhooks", () => {
  it("delivers each subscribed event once, signed over the raw body, and nothing an endpoint did not ask for", async () => {
    const { org, api, console, devices } = await orgWithKey();
    const path = `/a-${org.id}`;
    const created = await api.webhooks.create({ url: `${base}${path}`, events: ["device.revoked", "device.revoked"] });
    expect(created).toMatchObject({ id: expect.any(String), secret: expect.stringMatching(/^whsec_/), events: ["device.revoked"], enabled: true });
    expect(JSON.stringify(await api.webhooks.list())).not.toContain(created.secret);

    await console.device.changeStatus({ orgSlug: org.slug, deviceIds: [devices[0]!.id], action: "suspend" });
    await console.device.changeStatus({ orgSlug: org.slug, deviceIds: [devices[1]!.id], action: "revoke" });
    await round();
    await round();

    // Other test files share the database: only this endpoint's traffic is counted.
    expect(hitsOn(path)).toHaveLength(1);
    const [hit] = hitsOn(path);
    const payload = JSON.parse(hit!.body) as { id: string; type: string; orgId: string; data: { deviceId: string } };
    expect(payload).toMatchObject({ id: expect.stringMatching(/^evt_/), type: "device.revoked", orgId: org.id, data: { deviceId: devices[1]!.id, serial: "WH-2" } });
    expect(verifySignature(hit!.signature, created.secret, hit!.body)).toBe(true);
    const event = await db.event.findUniqueOrThrow({ where: { id: payload.id } });
    expect(hit!.body).toBe(deliveryBody(event));
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: created.id } })).toMatchObject({ status: "delivered", attempts: 1, responseStatus: 200, responseSnippet: "ok" });
  });

  it("retries after a 500 with backoff, then delivers the same event id; deleting the endpoint stops everything", async () => {
    const { org, api, console, devices } = await orgWithKey();
    const path = `/b-${org.id}`;
    const { id } = await api.webhooks.create({ url: `${base}${path}`, events: ["device.suspended"] });
    failing.add(path);
    await console.device.changeStatus({ orgSlug: org.slug, deviceIds: [devices[0]!.id], action: "suspend" });
    const start = new Date();
    await round(start);
    expect(hitsOn(path)).toHaveLength(1);
    const pending = await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id } });
    expect(pending).toMatchObject({ status: "pending", attempts: 1, responseStatus: 500, responseSnippet: "try later" });
    const retryIn = pending.nextAttemptAt!.getTime() - start.getTime();
    expect(retryIn).toBeGreaterThanOrEqual(24_000);
    expect(retryIn).toBeLessThanOrEqual(60_000);
    await round(new Date(start.getTime() + 10_000));
    expect(hitsOn(path)).toHaveLength(1); // not due yet

    failing.delete(path);
    await round(new Date(start.getTime() + 61_000));
    expect(await db.webhookDelivery.findFirstOrThrow({ where: { endpointId: id } })).toMatchObject({ status: "delivered", attempts: 2 });
    const [first, second] = hitsOn(path).map((hit) => JSON.parse(hit.body) as { id: string });
    expect(second!.id).toBe(first!.id);

    await console.device.changeStatus({ orgSlug: org.slug, deviceIds: [devices[1]!.id], action: "suspend" });
    await dispatchAll(db);
    expect(await api.webhooks.delete({ id })).toEqual({ id, deleted: true });
    await round(new Date(start.getTime() + 120_000));
    expect(hitsOn(path)).toHaveLength(2);
    await expectTRPCError(api.webhooks.delete({ id }), "NOT_FOUND");
  });

  it("signs with both secrets for a day after a rotation, and sends a test event to one endpoint only", async () => {
    const { org, api } = await orgWithKey();
    const path = `/c-${org.id}`;
    const { id, secret: old } = await api.webhooks.create({ url: `${base}${path}`, events: ["config.published"] });
    await api.webhooks.create({ url: `${base}/other-${org.id}`, events: ["config.published"] });
    const { secret: fresh } = await api.webhooks.rotateSecret({ id });
    expect(fresh).not.toBe(old);
    await api.webhooks.sendTest({ id });
    await round();
    const [hit] = hitsOn(path);
    expect(JSON.parse(hit!.body)).toMatchObject({ type: "webhook.test", data: { endpointId: id } });
    expect(verifySignature(hit!.signature, fresh, hit!.body)).toBe(true);
    expect(verifySignature(hit!.signature, old, hit!.body)).toBe(true);
    expect(hitsOn(`/other-${org.id}`)).toHaveLength(0);
  });

  it("refuses a bad URL, an unknown event type and a 21st endpoint with a 400, storing nothing", async () => {
    const { org, api } = await orgWithKey();
    await expectTRPCError(api.webhooks.create({ url: "ftp://example.com/x", events: ["device.revoked"] }), "BAD_REQUEST", /must use https/);
    await expectTRPCError(api.webhooks.create({ url: "not a url", events: ["device.revoked"] }), "BAD_REQUEST", /not a valid absolute URL/);
    await expectTRPCError(api.webhooks.create({ url: "https://example.com/x", events: ["device.exploded"] }), "BAD_REQUEST", /Unknown event type/);
    await expectTRPCError(api.webhooks.create({ url: "https://example.com/x", events: [] }), "BAD_REQUEST", /at least one event type/);
    expect(await db.webhookEndpoint.count({ where: { orgId: org.id } })).toBe(0);
    for (let i = 0; i < MAX_ENDPOINTS; i++) await api.webhooks.create({ url: `https://example.com/${i}`, events: ["order.paid"] });
    await expectTRPCError(api.webhooks.create({ url: "https://example.com/21", events: ["order.paid"] }), "BAD_REQUEST", /at most 20 webhook endpoints/);
    expect(await db.webhookEndpoint.count({ where: { orgId: org.id } })).toBe(MAX_ENDPOINTS);
  });

  it("keeps each organization to its own endpoints", async () => {
    const victim = await orgWithKey();
    const { id } = await victim.api.webhooks.create({ url: `${base}/victim`, events: ["order.paid"] });
    const intruder = await orgWithKey();
    expect((await intruder.api.webhooks.list()).webhooks).toEqual([]);
    await expectTRPCError(intruder.api.webhooks.delete({ id }), "NOT_FOUND");
    await expectTRPCError(intruder.api.webhooks.rotateSecret({ id }), "NOT_FOUND");
    await expectTRPCError(intruder.api.webhooks.sendTest({ id }), "NOT_FOUND");
    expect(await db.webhookEndpoint.count({ where: { id } })).toBe(1);
    const { key: narrow } = await createKey(intruder.org.id, ["licenses:read"]);
    await expectTRPCError(apiCallerFor(narrow).webhooks.list(), "FORBIDDEN");
  });

  it("in the console: the delivery log shows each attempt, redelivery sends the event again, and a disabled endpoint gets nothing", async () => {
    const { org, console } = await orgWithKey();
    const orgSlug = org.slug;
    const path = `/d-${org.id}`;
    const endpoint = await console.webhook.create({ orgSlug, url: `${base}${path}`, events: ["device.revoked"], description: "support desk" });
    const { eventId } = await console.webhook.sendTest({ orgSlug, id: endpoint.id });
    await round();
    const log = await console.webhook.deliveries({ orgSlug, endpointId: endpoint.id });
    expect(log).toMatchObject({ total: 1, items: [{ eventId, eventType: "webhook.test", status: "delivered", attempts: 1, responseStatus: 200, responseSnippet: "ok" }] });

    expect(await console.webhook.redeliver({ orgSlug, id: log.items[0]!.id })).toMatchObject({ status: "pending" });
    await round();
    expect(hitsOn(path).map((hit) => (JSON.parse(hit.body) as { id: string }).id)).toEqual([eventId, eventId]);

    expect(await console.webhook.setEnabled({ orgSlug, id: endpoint.id, enabled: false })).toMatchObject({ enabled: false, disabledReason: "Disabled by hand." });
    await console.webhook.sendTest({ orgSlug, id: endpoint.id });
    await round();
    expect(hitsOn(path)).toHaveLength(2);
    expect((await console.webhook.deliveries({ orgSlug, endpointId: endpoint.id })).items[0]).toMatchObject({ status: "failed", responseSnippet: "Not sent: the endpoint is disabled." });
    expect(await console.webhook.setEnabled({ orgSlug, id: endpoint.id, enabled: true })).toMatchObject({ enabled: true, disabledReason: null });
    const actions = await db.auditLog.findMany({ where: { targetId: endpoint.id }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["webhook.created", "webhook.redelivered", "webhook.disabled", "webhook.enabled"]);
  });
});
