import type { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ZodError } from "zod";
import { db } from "@/server/db";
import { verifyDeviceSecret } from "@/server/modules/devices/device-credentials";
import { callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";

async function orgWithSku(roles: Parameters<typeof createOrgWithMembers>[0] = []) {
  const base = await createOrgWithMembers(roles);
  const owner = callerFor(base.owner.id);
  const sku = await owner.sku.create({ orgSlug: base.org.slug, ...SKU_INPUT });
  return { ...base, sku, owner, orgSlug: base.org.slug };
}

/** [path, message] of each validation issue of a BAD_REQUEST. */
function issuesOf(error: TRPCError): [string, string][] {
  expect(error.cause).toBeInstanceOf(ZodError);
  return (error.cause as ZodError).issues.map((issue) => [issue.path.join("."), issue.message]);
}

const serials = (n: number, prefix = "SN") => Array.from({ length: n }, (_, i) => `${prefix}-${String(i).padStart(6, "0")}`);

describe("device registration", () => {
  afterEach(() => vi.restoreAllMocks());

  it("registers a batch: opaque ids, 256-bit secrets returned once, only keyed hashes stored, audited", async () => {
    const { owner, orgSlug, sku, org } = await orgWithSku();
    const { devices } = await owner.device.register({
      orgSlug,
      skuId: sku.id,
      devices: [{ serial: "A-1", label: "proto", batch: "B1" }, { serial: "A-2" }],
    });
    expect(devices.map((d) => [d.serial, d.label, d.batch])).toEqual([["A-1", "proto", "B1"], ["A-2", null, null]]);
    for (const device of devices) {
      expect(device.id).toMatch(/^dev_[a-z0-9]{20}$/);
      expect(Buffer.from(device.secret, "base64url")).toHaveLength(32);
      const row = await db.device.findUniqueOrThrow({ where: { id: device.id } });
      expect(row.status).toBe("provisioned");
      expect(JSON.stringify(row)).not.toContain(device.secret);
      expect(verifyDeviceSecret(device.secret, row.secretHash)).toBe(true);
      expect(verifyDeviceSecret(devices[0] === device ? devices[1]!.secret : devices[0]!.secret, row.secretHash)).toBe(false);
      // Reads never carry the secret or its hash.
      const detail = await owner.device.get({ orgSlug, deviceId: device.id });
      expect(JSON.stringify(detail)).not.toMatch(new RegExp(`${device.secret}|${row.secretHash}`));
    }
    const audit = await owner.audit.list({ orgSlug, action: "devices.registered" });
    expect(audit.entries[0]?.metadata).toMatchObject({ count: 2, skuCode: "AUR-1", firstSerial: "A-1", lastSerial: "A-2" });
    expect((await owner.sku.get({ orgSlug, skuId: sku.id })).deviceCounts).toMatchObject({ provisioned: 2, total: 2 });
    expect(await db.device.count({ where: { orgId: org.id } })).toBe(2);
  });

  it("registers 10,000 serials in one request, in one bulk insert", async () => {
    const { owner, orgSlug, sku, org } = await orgWithSku();
    const started = performance.now();
    const { devices } = await owner.device.register({ orgSlug, skuId: sku.id, devices: serials(10_000).map((serial) => ({ serial })) });
    const seconds = (performance.now() - started) / 1000;
    console.info(`registered 10,000 serials in ${seconds.toFixed(2)} s`);
    expect(devices).toHaveLength(10_000);
    expect(new Set(devices.map((d) => d.id)).size).toBe(10_000);
    expect(await db.device.count({ where: { orgId: org.id } })).toBe(10_000);
    expect(seconds).toBeLessThan(30); // a typical HTTP timeout; measured figures are in docs/performance.md
  }, 120_000);

  it("is all-or-nothing: a duplicate in the file, a bad serial or an existing serial stores nothing and names the rows", async () => {
    const { owner, orgSlug, sku, org } = await orgWithSku();
    const dup = await expectTRPCError(
      owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "X-1" }, { serial: "X-2" }, { serial: "X-1" }] }),
      "BAD_REQUEST",
    );
    expect(issuesOf(dup)).toEqual([["devices.2.serial", 'Duplicate serial "X-1" (same as row 1).']]);
    const bad = await expectTRPCError(
      owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "OK-1" }, { serial: "bad serial!" }, { serial: "x".repeat(65) }] }),
      "BAD_REQUEST",
    );
    expect(issuesOf(bad).map(([path]) => path)).toEqual(["devices.1.serial", "devices.2.serial"]);
    expect(issuesOf(bad)[1]?.[1]).toBe("Serials are at most 64 characters.");
    await owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "TAKEN-1" }] });
    const conflict = await expectTRPCError(
      owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "NEW-1" }, { serial: "TAKEN-1" }] }),
      "CONFLICT",
      /1 serial\(s\) are already registered in this organization: TAKEN-1\. Nothing was registered\./,
    );
    expect(conflict.cause).toMatchObject({ details: { serials: ["TAKEN-1"] } });
    expect(await db.device.findMany({ where: { orgId: org.id }, select: { serial: true } })).toEqual([{ serial: "TAKEN-1" }]);
    expect(await owner.device.checkSerials({ orgSlug, serials: ["NEW-1", "TAKEN-1"] })).toEqual({ existing: ["TAKEN-1"] });
  });

  it("refuses an archived SKU, more than 10,000 rows, and viewers", async () => {
    const { owner, orgSlug, sku, members } = await orgWithSku(["VIEWER", "SALES"]);
    await expectTRPCError(
      owner.device.register({ orgSlug, skuId: sku.id, devices: serials(10_001).map((serial) => ({ serial })) }),
      "BAD_REQUEST",
      /At most 10,000 devices/,
    );
    for (const role of ["VIEWER", "SALES"] as const) {
      const caller = callerFor(members[role]!.id);
      await expectTRPCError(caller.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "V-1" }] }), "FORBIDDEN");
      await expectTRPCError(caller.sku.create({ orgSlug, ...SKU_INPUT, code: "V" }), "FORBIDDEN");
      expect((await caller.device.list({ orgSlug })).total).toBe(0);
    }
    await owner.sku.setArchived({ orgSlug, skuId: sku.id, archived: true });
    await expectTRPCError(owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "V-1" }] }), "PRECONDITION_FAILED", /archived/);
  });

  it("never writes a secret to the logs", async () => {
    const lines: string[] = [];
    for (const method of ["log", "info", "warn", "error", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(" ")));
    }
    const { owner, orgSlug, sku } = await orgWithSku();
    const { devices } = await owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "LOG-1" }] });
    const rotated = await owner.device.rotateSecret({ orgSlug, deviceId: devices[0]!.id });
    await owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "LOG-1" }] }).catch(() => undefined);
    const output = lines.join("\n");
    expect(output).not.toContain(devices[0]!.secret);
    expect(output).not.toContain(rotated.secret);
  });
});

describe("device lifecycle", () => {
  it("suspends, resumes to the previous state, revokes permanently, and records history", async () => {
    const { owner, orgSlug, sku } = await orgWithSku();
    const { devices } = await owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "L-1" }, { serial: "L-2" }, { serial: "L-3" }] });
    const [a, b, c] = devices.map((d) => d.id) as [string, string, string];
    await db.device.update({ where: { id: b }, data: { status: "active", activatedAt: new Date() } });

    const suspended = await owner.device.changeStatus({ orgSlug, deviceIds: [a, b], action: "suspend" });
    expect(suspended.changed.map((x) => [x.id, x.from, x.to]).sort()).toEqual([[a, "provisioned", "suspended"], [b, "active", "suspended"]].sort());

    const resumed = await owner.device.changeStatus({ orgSlug, deviceIds: [a, b, c], action: "resume" });
    expect(Object.fromEntries(resumed.changed.map((x) => [x.id, x.to]))).toEqual({ [a]: "provisioned", [b]: "active" });
    expect(resumed.unchanged).toEqual([{ id: c, status: "provisioned" }]);

    await owner.device.changeStatus({ orgSlug, deviceIds: [c], action: "revoke" });
    const again = await owner.device.changeStatus({ orgSlug, deviceIds: [c], action: "resume" });
    expect(again).toEqual({ changed: [], unchanged: [{ id: c, status: "revoked" }] });
    await expectTRPCError(owner.device.rotateSecret({ orgSlug, deviceId: c }), "PRECONDITION_FAILED", /revoked/);

    const { items: history } = await owner.device.timeline({ orgSlug, deviceId: a });
    expect(history.map((h) => h.action)).toEqual(["device.resumed", "device.suspended", "device.registered"]);
    expect(history[1]?.metadata).toEqual({ from: "provisioned", to: "suspended" });
  });

  it("rotating a secret invalidates the old one", async () => {
    const { owner, orgSlug, sku } = await orgWithSku();
    const { devices } = await owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "R-1" }] });
    const rotated = await owner.device.rotateSecret({ orgSlug, deviceId: devices[0]!.id });
    const row = await db.device.findUniqueOrThrow({ where: { id: devices[0]!.id } });
    expect(verifyDeviceSecret(rotated.secret, row.secretHash)).toBe(true);
    expect(verifyDeviceSecret(devices[0]!.secret, row.secretHash)).toBe(false);
    expect(row.secretRotatedAt).toBeInstanceOf(Date);
  });
});

describe("device list", () => {
  it("searches by serial prefix or deviceId, filters, sorts and paginates on the server", async () => {
    const { owner, orgSlug, sku } = await orgWithSku();
    const other = await owner.sku.create({ orgSlug, ...SKU_INPUT, code: "OTHER" });
    await owner.device.register({ orgSlug, skuId: sku.id, devices: serials(30, "AA").map((serial) => ({ serial })) });
    const { devices } = await owner.device.register({ orgSlug, skuId: other.id, devices: [{ serial: "BB-1" }, { serial: "BB-2" }] });
    await db.device.update({ where: { id: devices[0]!.id }, data: { firmware: "2.1.0", lastSeenAt: new Date(), status: "active" } });

    const page2 = await owner.device.list({ orgSlug, search: "AA-", sort: "serial", direction: "asc", page: 2, pageSize: 10 });
    expect(page2).toMatchObject({ total: 30, page: 2, pageSize: 10 });
    expect(page2.items.map((d) => d.serial)).toEqual(serials(30, "AA").slice(10, 20));
    expect((await owner.device.list({ orgSlug, search: devices[1]!.id })).items.map((d) => d.serial)).toEqual(["BB-2"]);
    expect((await owner.device.list({ orgSlug, skuId: other.id })).total).toBe(2);
    expect((await owner.device.list({ orgSlug, status: "active" })).items.map((d) => d.serial)).toEqual(["BB-1"]);
    expect((await owner.device.list({ orgSlug, firmware: "2.1.0" })).total).toBe(1);
    expect((await owner.device.list({ orgSlug, lastSeen: "1h" })).total).toBe(1);
    expect((await owner.device.list({ orgSlug, lastSeen: "never" })).total).toBe(31);
    expect(await owner.device.firmwareVersions({ orgSlug })).toEqual(["2.1.0"]);
    const bySeen = await owner.device.list({ orgSlug, sort: "lastSeenAt", direction: "desc", pageSize: 1 });
    expect(bySeen.items[0]?.serial).toBe("BB-1");
  });
});

describe("SKUs", () => {
  it("creates, edits, archives, restores; deletes only without devices; unique codes", async () => {
    const { owner, orgSlug, sku } = await orgWithSku();
    await expectTRPCError(owner.sku.create({ orgSlug, ...SKU_INPUT }), "CONFLICT", /code "AUR-1" already exists/);
    // @ts-expect-error unknown kind on purpose
    await expectTRPCError(owner.sku.create({ orgSlug, ...SKU_INPUT, code: "K", kind: "robot" }), "BAD_REQUEST", /kind is one of/);
    await expectTRPCError(owner.sku.create({ orgSlug, ...SKU_INPUT, code: "L", defaultLanguage: "english!" }), "BAD_REQUEST", /language tag/);

    const edited = await owner.sku.update({ orgSlug, skuId: sku.id, name: "Aurora 2", capabilities: { camera: false, mic: true, speaker: true, screen: true } });
    expect(edited).toMatchObject({ name: "Aurora 2", capabilities: { camera: false, screen: true } });

    await owner.device.register({ orgSlug, skuId: sku.id, devices: [{ serial: "S-1" }] });
    await expectTRPCError(owner.sku.delete({ orgSlug, skuId: sku.id }), "PRECONDITION_FAILED", /Archive it instead/);
    await owner.sku.setArchived({ orgSlug, skuId: sku.id, archived: true });
    expect(await owner.sku.list({ orgSlug })).toEqual([]);
    expect((await owner.sku.list({ orgSlug, includeArchived: true }))[0]).toMatchObject({ id: sku.id, deviceCounts: { provisioned: 1, total: 1 } });
    await owner.sku.setArchived({ orgSlug, skuId: sku.id, archived: false });

    const empty = await owner.sku.create({ orgSlug, ...SKU_INPUT, code: "EMPTY" });
    await owner.sku.delete({ orgSlug, skuId: empty.id });
    expect((await owner.sku.list({ orgSlug })).map((s) => s.code)).toEqual(["AUR-1"]);
  });
});
