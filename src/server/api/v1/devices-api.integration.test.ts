/** SKUs and devices through the manufacturer API over HTTP (the route handler with real Requests). */
import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/[trpc]/route";
import { db } from "@/server/db";
import { createKey, createOrgWithMembers, SKU_INPUT } from "@/testing/factories";

type Envelope = { result?: { data: Record<string, unknown> & { devices?: { id: string; serial: string; secret: string }[] } }; error?: { message: string; data: Record<string, unknown> } };

async function mutate(path: string, key: string, body: unknown) {
  const response = await POST(
    new Request(`http://localhost/api/v1/${path}`, {
      method: "POST",
      headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
  );
  return { status: response.status, body: (await response.json()) as Envelope };
}

async function query(path: string, key: string, input?: unknown) {
  const qs = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const response = await GET(new Request(`http://localhost/api/v1/${path}${qs}`, { headers: { authorization: `Bearer ${key}` } }));
  return { status: response.status, body: (await response.json()) as Envelope };
}

async function setup() {
  const { org } = await createOrgWithMembers();
  const key = (await createKey(org.id, ["skus:write", "devices:write"])).key;
  const sku = await mutate("skus.create", key, SKU_INPUT);
  expect(sku.status).toBe(200);
  return { org, key, skuId: String(sku.body.result!.data.id) };
}

describe("/api/v1 SKUs and devices", () => {
  it("skus.create answers the contract shape; a duplicate code is 409", async () => {
    const { key, skuId } = await setup();
    const list = await query("skus.list", key);
    expect(list.body.result?.data).toMatchObject({
      skus: [{ id: skuId, code: "AUR-1", kind: "glasses", capabilities: { camera: true, mic: true, speaker: true, screen: false }, deviceCounts: { total: 0 } }],
    });
    expect(typeof (list.body.result!.data.skus as { createdAt: unknown }[])[0]!.createdAt).toBe("string");
    const dup = await mutate("skus.create", key, SKU_INPUT);
    expect(dup.status).toBe(409);
    expect(dup.body.error?.data).toMatchObject({ code: "CONFLICT", reason: "SKU_CODE_TAKEN" });
    const bad = await mutate("skus.create", key, { ...SKU_INPUT, code: "B", kind: "robot", capabilities: { camera: "yes" } });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.data).toMatchObject({ code: "BAD_REQUEST", reason: "INVALID_INPUT" });
    expect(bad.body.error?.message).toMatch(/kind is one of/);
  });

  it("devices.register → list → setStatus, with the contract's shapes and errors", async () => {
    const { key, skuId, org } = await setup();
    const registered = await mutate("devices.register", key, { skuId, serials: ["F-1", "F-2", "F-3"] });
    expect(registered.status).toBe(200);
    const devices = registered.body.result!.data.devices!;
    expect(devices.map((d) => Object.keys(d).sort())).toEqual([["id", "secret", "serial"], ["id", "secret", "serial"], ["id", "secret", "serial"]]);

    const page1 = await query("devices.list", key, { limit: 2 });
    const data1 = page1.body.result!.data as { items: { serial: string }[]; nextCursor: string };
    expect(data1.items).toHaveLength(2);
    const page2 = await query("devices.list", key, { limit: 2, cursor: data1.nextCursor });
    const data2 = page2.body.result!.data as { items: { serial: string }[]; nextCursor: string | null };
    expect([...data1.items, ...data2.items].map((d) => d.serial).sort()).toEqual(["F-1", "F-2", "F-3"]);
    expect(data2.nextCursor).toBeNull();
    expect(JSON.stringify([data1, data2])).not.toContain(devices[0]!.secret);
    expect((await query("devices.list", key, { cursor: "garbage" })).status).toBe(400);

    const deviceId = devices[0]!.id;
    expect((await mutate("devices.setStatus", key, { deviceId, status: "suspended" })).body.result?.data).toEqual({ deviceId, status: "suspended", changed: true });
    expect((await mutate("devices.setStatus", key, { deviceId, status: "active" })).body.result?.data).toEqual({ deviceId, status: "provisioned", changed: true });
    expect((await mutate("devices.setStatus", key, { deviceId, status: "revoked" })).body.result?.data).toEqual({ deviceId, status: "revoked", changed: true });
    const back = await mutate("devices.setStatus", key, { deviceId, status: "active" });
    expect(back.status).toBe(412);
    expect(back.body.error?.data).toMatchObject({ reason: "DEVICE_REVOKED" });
    expect((await mutate("devices.setStatus", key, { deviceId: "dev_missing", status: "suspended" })).status).toBe(404);

    const audit = await db.auditLog.findMany({ where: { orgId: org.id, targetId: deviceId }, select: { action: true, actorApiKeyId: true } });
    expect(audit).toHaveLength(3);
    expect(audit.every((entry) => entry.actorApiKeyId !== null)).toBe(true);
  });

  it("a batch with one duplicate stores nothing and names the offending index", async () => {
    const { key, skuId, org } = await setup();
    const response = await mutate("devices.register", key, { skuId, serials: ["D-1", "D-2", "D-1"] });
    expect(response.status).toBe(400);
    expect(response.body.error?.data.issues).toEqual([{ path: ["serials", 2], message: 'Duplicate serial "D-1" (same as row 1).', code: "custom" }]);
    await mutate("devices.register", key, { skuId, serials: ["D-1"] });
    const conflict = await mutate("devices.register", key, { skuId, serials: ["D-9", "D-1"] });
    expect(conflict.status).toBe(409);
    expect(conflict.body.error?.data).toMatchObject({ reason: "SERIAL_EXISTS", details: { serials: ["D-1"] } });
    expect(await db.device.count({ where: { orgId: org.id } })).toBe(1);
  });

  it("licenses.balance answers the contract shape for the key's organization only", async () => {
    const { org } = await setup();
    const { grantSeats } = await import("@/server/modules/licenses/grant-seats");
    await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 25, reason: "test grant" });
    const reader = (await createKey(org.id, ["licenses:read"])).key;
    expect((await query("licenses.balance", reader)).body.result?.data).toEqual({ seatsTotal: 25, seatsUsed: 0, seatsAvailable: 25 });
    const writer = (await createKey(org.id, ["devices:write"])).key;
    expect((await query("licenses.balance", writer)).status).toBe(403);
    const { org: other } = await createOrgWithMembers();
    const outsider = (await createKey(other.id, ["licenses:read"])).key;
    expect((await query("licenses.balance", outsider)).body.result?.data).toEqual({ seatsTotal: 0, seatsUsed: 0, seatsAvailable: 0 });
  });

  it("scopes: a licenses:read key cannot write; another org's key cannot reach this org's SKU or devices", async () => {
    const { key, skuId } = await setup();
    const { devices } = (await mutate("devices.register", key, { skuId, serials: ["T-1"] })).body.result!.data;
    const { org: otherOrg } = await createOrgWithMembers();
    const readOnly = (await createKey(otherOrg.id, ["licenses:read"])).key;
    expect((await mutate("skus.create", readOnly, { ...SKU_INPUT, code: "R" })).status).toBe(403);
    expect((await mutate("devices.register", readOnly, { skuId, serials: ["X-1"] })).status).toBe(403);

    const intruder = (await createKey(otherOrg.id, ["*"])).key;
    expect((await mutate("devices.register", intruder, { skuId, serials: ["X-1"] })).status).toBe(404);
    expect((await mutate("devices.setStatus", intruder, { deviceId: devices![0]!.id, status: "revoked" })).status).toBe(404);
    expect((await query("devices.list", intruder)).body.result?.data).toEqual({ items: [], nextCursor: null });
    expect((await query("skus.list", intruder)).body.result?.data).toEqual({ skus: [] });
    expect(await db.device.findUniqueOrThrow({ where: { id: devices![0]!.id } })).toMatchObject({ status: "provisioned" });
  });
});
