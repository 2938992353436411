/**
 * Device key mode (extension of the contract) over HTTP against the real gateway server:
 * registration with an Ed25519 public key (console and /api/v1), boot with a signed
 * assertion, and every way an assertion must be refused — replays, wrong claims, wrong
 * algorithms, wrong keys — plus the secret path closed for key-mode devices.
 */
import { SignJWT } from "jose";
import { generateKeyPairSync, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as apiPost } from "@/app/api/v1/[trpc]/route";
import { db } from "@/server/db";
import { DEVICE_BOOT_AUDIENCE, pruneExpiredAssertions } from "@/server/modules/device-runtime/authenticate";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { bootAssertion, deviceKeyPair, type DeviceKeyPair } from "@/testing/device-keys";
import { callerFor, createKey, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";
import { createGatewayServer } from "./server";

const server = createGatewayServer(db, { maxLagMs: Number.POSITIVE_INFINITY });
let base = "";
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

type Reply = { status: number; body: { result?: { data: Record<string, unknown> }; error?: { message: string; data: { code: string; reason?: string; issues?: { path: (string | number)[]; message: string }[] } } } };

async function boot(input: Record<string, unknown>): Promise<Reply> {
  const response = await fetch(`${base}/trpc/device.boot`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(input) });
  return { status: response.status, body: (await response.json()) as Reply["body"] };
}

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** A fleet with a published config and seats: two key-mode devices and one with a secret. */
async function fleet() {
  const { org, owner } = await createOrgWithMembers();
  const caller = callerFor(owner.id);
  const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
  const keys = [deviceKeyPair(), deviceKeyPair()];
  const keyed = await caller.device.registerWithKeys({ orgSlug: org.slug, skuId: sku.id, devices: keys.map((k, i) => ({ serial: `K-${i}`, publicKey: k.publicKey })) });
  const secret = await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "S-0" }] });
  await grantSeats(db, org.id, { type: "system", label: "test" }, { seats: 5, reason: "key mode tests" });
  await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
  await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
  return { org, caller, sku, keys, keyed: keyed.devices, secretDevice: secret.devices[0]! };
}

function expectInvalidCredentials(reply: Reply, context: string) {
  expect(reply.status, `${context}: ${JSON.stringify(reply.body).slice(0, 300)}`).toBe(401);
  expect(reply.body.error?.data.reason, context).toBe("INVALID_CREDENTIALS");
}

describe("device key mode", () => {
  it("registers key-mode devices without a secret; invalid keys are a clear 400", async () => {
    const { org, caller, sku, keys, keyed } = await fleet();
    expect(keyed.map((d) => Object.keys(d).sort())).toEqual([["batch", "id", "label", "publicKey", "serial"], ["batch", "id", "label", "publicKey", "serial"]]);
    const row = await db.device.findUniqueOrThrow({ where: { id: keyed[0]!.id }, select: { secretHash: true, publicKey: true } });
    expect(row).toEqual({ secretHash: null, publicKey: keys[0]!.publicKey });
    expect(await caller.device.get({ orgSlug: org.slug, deviceId: keyed[0]!.id })).toMatchObject({ publicKey: keys[0]!.publicKey });

    const notAKey = { serial: "BAD-1", publicKey: "not a key" };
    await expectTRPCError(caller.device.registerWithKeys({ orgSlug: org.slug, skuId: sku.id, devices: [notAKey] }), "BAD_REQUEST", /expected format: base64url of the 32-byte Ed25519/);
    const pem = generateKeyPairSync("ed25519").publicKey.export({ format: "pem", type: "spki" }).toString();
    await expectTRPCError(caller.device.registerWithKeys({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "BAD-2", publicKey: pem }] }), "BAD_REQUEST", /expected format/);
    const identity = Buffer.from("01".padEnd(64, "0"), "hex").toString("base64url"); // the neutral point: small order
    await expectTRPCError(caller.device.registerWithKeys({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "BAD-3", publicKey: identity }] }), "BAD_REQUEST", /not a valid Ed25519 public key/);
    expect(await db.device.count({ where: { orgId: org.id, serial: { startsWith: "BAD-" } } })).toBe(0);
  });

  it("/api/v1 devices.register takes publicKeys by serial: those devices get no secret, the others keep the contract's shape", async () => {
    const { org } = await createOrgWithMembers();
    const apiKey = (await createKey(org.id, ["skus:write", "devices:write"])).key;
    const post = async (path: string, body: unknown) => {
      const response = await apiPost(new Request(`http://localhost/api/v1/${path}`, { method: "POST", headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" }, body: JSON.stringify(body) }));
      return { status: response.status, body: (await response.json()) as Reply["body"] };
    };
    const skuId = String((await post("skus.create", SKU_INPUT)).body.result!.data.id);
    const key = deviceKeyPair();
    const registered = await post("devices.register", { skuId, serials: ["V-1", "V-2"], publicKeys: { "V-2": key.publicKey } });
    expect(registered.status).toBe(200);
    expect(registered.body.result!.data.devices).toEqual([
      { id: expect.any(String), serial: "V-1", secret: expect.any(String) },
      { id: expect.any(String), serial: "V-2", publicKey: key.publicKey },
    ]);
    const invalid = await post("devices.register", { skuId, serials: ["V-3"], publicKeys: { "V-3": "AAAA", "V-9": key.publicKey } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error!.data.issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: ["publicKeys", "V-3"], message: expect.stringMatching(/expected format/) }),
        expect.objectContaining({ path: ["publicKeys", "V-9"], message: 'publicKeys names "V-9", which is not in serials.' }),
      ]),
    );
  });

  it("boots with a valid assertion (activation, config, token as with a secret); a replay is refused", async () => {
    const { keys, keyed, org } = await fleet();
    const assertion = await bootAssertion(keys[0]!, keyed[0]!.id);
    const first = await boot({ deviceId: keyed[0]!.id, assertion, firmware: "3.0.0" });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.result!.data).toMatchObject({ deviceId: keyed[0]!.id, orgId: org.id, license: { status: "active" }, configVersion: 1, session: { tokenType: "Bearer" } });

    const replay = await boot({ deviceId: keyed[0]!.id, assertion, configVersion: 1 });
    expect(replay.status).toBe(401);
    expect(replay.body.error!.data.reason).toBe("ASSERTION_REPLAYED");
    const again = await boot({ deviceId: keyed[0]!.id, assertion: await bootAssertion(keys[0]!, keyed[0]!.id), configVersion: 1 });
    expect(again.status).toBe(200);
    expect(again.body.result!.data.config).toBeNull();
  });

  it("refuses wrong aud, iss, expired, exp too far, missing claims, alg none, HS256, another key — all as unknown device", async () => {
    const { keys, keyed, secretDevice } = await fleet();
    const [device, other] = [keyed[0]!.id, keyed[1]!.id];
    const now = Math.floor(Date.now() / 1000);
    const claims = { iss: device, aud: DEVICE_BOOT_AUDIENCE, iat: now, exp: now + 60, jti: randomUUID() };
    const cases: Record<string, string> = {
      "wrong aud": await bootAssertion(keys[0]!, device, { aud: "anima-realtime" }),
      "wrong iss": await bootAssertion(keys[0]!, device, { iss: other }),
      expired: await bootAssertion(keys[0]!, device, { iat: now - 400, exp: now - 100 }),
      "exp too far": await bootAssertion(keys[0]!, device, { exp: now + 3600 }),
      "iat in the future": await bootAssertion(keys[0]!, device, { iat: now + 600, exp: now + 660 }),
      "no exp": await bootAssertion(keys[0]!, device, { omit: ["exp"] }),
      "no iat": await bootAssertion(keys[0]!, device, { omit: ["iat"] }),
      "no jti": await bootAssertion(keys[0]!, device, { omit: ["jti"] }),
      "another device's key": await bootAssertion(keys[1]!, device),
      "alg none": `${b64({ alg: "none", typ: "JWT" })}.${b64(claims)}.`,
      HS256: await new SignJWT(claims).setProtectedHeader({ alg: "HS256" }).sign(Buffer.from(keys[0]!.publicKey, "base64url")),
      "tampered payload": (await bootAssertion(keys[0]!, device)).replace(/\.[^.]+\./, `.${b64({ ...claims, jti: "tampered" })}.`),
      "not a JWT": "garbage",
    };
    for (const [name, assertion] of Object.entries(cases)) expectInvalidCredentials(await boot({ deviceId: device, assertion }), name);

    // The same answers as an unknown device, or an assertion for a device that has a secret.
    const unknown = await boot({ deviceId: "dev_doesnotexist000000", assertion: await bootAssertion(keys[0]!, "dev_doesnotexist000000") });
    expectInvalidCredentials(unknown, "unknown device");
    const secretMode = await boot({ deviceId: secretDevice.id, assertion: await bootAssertion(keys[0]!, secretDevice.id) });
    expectInvalidCredentials(secretMode, "secret-mode device");
    expect(secretMode.body.error!.message).toBe(unknown.body.error!.message);
    expect((await boot({ deviceId: device, assertion: await bootAssertion(keys[0]!, device) })).status).toBe(200);
  });

  it("a key-mode device cannot boot with a secret; secret and assertion together, or neither, are a clear 400", async () => {
    const { keys, keyed, secretDevice } = await fleet();
    const device = keyed[0]!.id;
    expectInvalidCredentials(await boot({ deviceId: device, secret: "x".repeat(43) }), "secret for a key-mode device");
    const both = await boot({ deviceId: secretDevice.id, secret: secretDevice.secret, assertion: await bootAssertion(keys[0]!, secretDevice.id) });
    expect(both.status).toBe(400);
    expect(both.body.error!.data.issues).toEqual([expect.objectContaining({ path: ["assertion"], message: 'Give either "secret" or "assertion", not both.' })]);
    const neither = await boot({ deviceId: device });
    expect(neither.status).toBe(400);
    expect(neither.body.error!.data.issues![0]!.message).toMatch(/secret, or \(key mode\) a signed boot assertion/);
    expect((await boot({ deviceId: secretDevice.id, secret: secretDevice.secret })).status).toBe(200);
  });

  it("two parallel boots with the same jti: exactly one succeeds", async () => {
    const { keys, keyed } = await fleet();
    const assertion = await bootAssertion(keys[1]!, keyed[1]!.id);
    const replies = await Promise.all(Array.from({ length: 6 }, () => boot({ deviceId: keyed[1]!.id, assertion })));
    expect(replies.filter((r) => r.status === 200)).toHaveLength(1);
    expect(replies.filter((r) => r.status === 401).map((r) => r.body.error!.data.reason)).toEqual(Array(5).fill("ASSERTION_REPLAYED"));
    expect(await db.licenseLedgerEntry.count({ where: { kind: "activation", deviceId: keyed[1]!.id } })).toBe(1);
  });

  it("setPublicKey switches a device to key mode (its secret stops working) and replaces keys; rotateSecret switches back; both audited", async () => {
    const { org, caller, secretDevice, keyed } = await fleet();
    const fresh: DeviceKeyPair = deviceKeyPair();
    expect((await boot({ deviceId: secretDevice.id, secret: secretDevice.secret })).status).toBe(200);
    const set = await caller.device.setPublicKey({ orgSlug: org.slug, deviceId: secretDevice.id, publicKey: fresh.publicKey });
    expect(set).toEqual({ deviceId: secretDevice.id, publicKey: fresh.publicKey, fingerprint: expect.stringMatching(/^SHA256:[\w-]{16}$/) });
    expectInvalidCredentials(await boot({ deviceId: secretDevice.id, secret: secretDevice.secret }), "old secret after switching to key mode");
    expect((await boot({ deviceId: secretDevice.id, assertion: await bootAssertion(fresh, secretDevice.id) })).status).toBe(200);

    const { secret } = await caller.device.rotateSecret({ orgSlug: org.slug, deviceId: secretDevice.id });
    expectInvalidCredentials(await boot({ deviceId: secretDevice.id, assertion: await bootAssertion(fresh, secretDevice.id) }), "key after rotating the secret");
    expect((await boot({ deviceId: secretDevice.id, secret })).status).toBe(200);
    expect(await db.device.findUniqueOrThrow({ where: { id: secretDevice.id }, select: { publicKey: true } })).toEqual({ publicKey: null });

    const audit = await db.auditLog.findMany({ where: { orgId: org.id, targetId: secretDevice.id }, orderBy: { createdAt: "asc" }, select: { action: true, metadata: true } });
    expect(audit.map((entry) => entry.action)).toEqual(["device.public_key_set", "device.secret_rotated"]);
    expect(audit[0]!.metadata).toMatchObject({ fingerprint: set.fingerprint, previously: "secret" });

    await expectTRPCError(caller.device.setPublicKey({ orgSlug: org.slug, deviceId: keyed[0]!.id, publicKey: "AAAA" }), "BAD_REQUEST", /expected format/);
    await caller.device.changeStatus({ orgSlug: org.slug, deviceIds: [keyed[0]!.id], action: "revoke" });
    await expectTRPCError(caller.device.setPublicKey({ orgSlug: org.slug, deviceId: keyed[0]!.id, publicKey: fresh.publicKey }), "PRECONDITION_FAILED");
  });

  it("used assertions are pruned once they could no longer pass their expiry check", async () => {
    const { keys, keyed } = await fleet();
    expect((await boot({ deviceId: keyed[0]!.id, assertion: await bootAssertion(keys[0]!, keyed[0]!.id) })).status).toBe(200);
    expect(await db.deviceAssertion.count({ where: { deviceId: keyed[0]!.id } })).toBe(1);
    await pruneExpiredAssertions(db, new Date(Date.now() + 10 * 60_000));
    expect(await db.deviceAssertion.count({ where: { deviceId: keyed[0]!.id } })).toBe(0);
  });
});
