/**
 * The demo seed: never on a real database unless asked; then a loud warning and an operator
 * password nobody could read in the README. The embedded demo stays as the README says.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/server/db";
import { verifyPassword } from "@/server/modules/auth/password";
import { DEMO, DEMO_OPERATOR, DEMO_TEAM, seedDemo } from "../../prisma/seed";
import { announceDemo } from "./demo-banner";

const EMAILS = [DEMO.email, ...DEMO_TEAM.map((member) => member.email), DEMO_OPERATOR.email];

async function operatorHash() {
  return (await db.user.findUniqueOrThrow({ where: { email: DEMO_OPERATOR.email }, select: { passwordHash: true } })).passwordHash!;
}

function capture() {
  const out = { log: vi.fn(), error: vi.fn() };
  return { out, printed: () => [...out.log.mock.calls, ...out.error.mock.calls].flat().join("\n") };
}

// The organization and its members are seeded once (slow: a month of telemetry); each test
// then starts without the operator account.
beforeAll(async () => {
  await seedDemo({ embedded: true });
});
beforeEach(async () => {
  await db.user.deleteMany({ where: { email: DEMO_OPERATOR.email } });
});

describe("demo seed on a real database", () => {
  it("does nothing without ANIMA_SEED_DEMO=1", async () => {
    const before = await db.user.findMany({ where: { email: { in: EMAILS } }, select: { id: true, passwordHash: true, emailVerified: true } });
    expect(await seedDemo({ embedded: false, onRealDatabase: false })).toBeNull();
    expect(await db.user.findMany({ where: { email: { in: EMAILS } }, select: { id: true, passwordHash: true, emailVerified: true } })).toEqual(before);
    expect(await db.user.count({ where: { email: DEMO_OPERATOR.email } })).toBe(0);
  });

  it("with it: the operator gets a random password, returned and printed once in a boxed WARNING on stderr", async () => {
    const demo = await seedDemo({ embedded: false, onRealDatabase: true });
    expect(demo).toMatchObject({ realDatabase: true, operatorPasswordSource: "generated" });
    const password = demo!.operatorPassword!;
    expect(password).not.toBe(DEMO.password);
    expect(password.length).toBeGreaterThanOrEqual(20);
    expect(await verifyPassword(password, await operatorHash())).toBe(true);
    expect(await verifyPassword(DEMO.password, await operatorHash())).toBe(false);

    const first = capture();
    announceDemo(demo!, first.out);
    expect(first.out.log).not.toHaveBeenCalled();
    expect(first.out.error).toHaveBeenCalledOnce();
    const banner = String(first.out.error.mock.calls[0]![0]);
    expect(banner).toContain("WARNING: demo accounts seeded on a real database");
    expect(banner.split(password)).toHaveLength(2);
    const boxLines = banner.trim().split("\n");
    expect(boxLines.length).toBeGreaterThan(5);
    expect(boxLines.every((line) => line.startsWith("#") && line.endsWith("#") && line.length === boxLines[0]!.length)).toBe(true);

    // The next start keeps that password and shows it no more; the warning stays.
    const again = await seedDemo({ embedded: false, onRealDatabase: true });
    expect(again).toMatchObject({ operatorPassword: null, operatorPasswordSource: "unchanged" });
    expect(await verifyPassword(password, await operatorHash())).toBe(true);
    const second = capture();
    announceDemo(again!, second.out);
    expect(second.out.error).toHaveBeenCalledOnce();
    expect(second.printed()).not.toContain(password);
  });

  it("an operator an earlier seed left with the README password gets a random one", async () => {
    await seedDemo({ embedded: true });
    expect(await verifyPassword(DEMO.password, await operatorHash())).toBe(true);
    const demo = await seedDemo({ embedded: false, onRealDatabase: true });
    expect(demo?.operatorPasswordSource).toBe("generated");
    expect(await verifyPassword(DEMO.password, await operatorHash())).toBe(false);
    expect(await verifyPassword(demo!.operatorPassword!, await operatorHash())).toBe(true);
  });

  it("ANIMA_DEMO_OPERATOR_PASSWORD sets the operator's password explicitly, on every start", async () => {
    const demo = await seedDemo({ embedded: false, onRealDatabase: true, operatorPassword: "explicit password one" });
    expect(demo).toMatchObject({ operatorPassword: null, operatorPasswordSource: "env" });
    expect(await verifyPassword("explicit password one", await operatorHash())).toBe(true);
    await seedDemo({ embedded: false, onRealDatabase: true, operatorPassword: "explicit password two" });
    expect(await verifyPassword("explicit password two", await operatorHash())).toBe(true);
    const { out, printed } = capture();
    announceDemo(demo!, out);
    expect(printed()).not.toContain("explicit password");
  });
});

describe("demo seed on the embedded database", () => {
  it("keeps the README: every demo account, the operator included, has the README password; one line on stdout", async () => {
    const demo = await seedDemo({ embedded: true });
    expect(demo).toMatchObject({ realDatabase: false, operatorPassword: null, operatorPasswordSource: "readme" });
    const users = await db.user.findMany({ where: { email: { in: EMAILS } }, select: { passwordHash: true, isOperator: true, email: true } });
    expect(users).toHaveLength(EMAILS.length);
    for (const user of users) expect(await verifyPassword(DEMO.password, user.passwordHash!), user.email).toBe(true);
    expect(users.find((user) => user.email === DEMO_OPERATOR.email)?.isOperator).toBe(true);

    const { out } = capture();
    announceDemo(demo!, out);
    expect(out.error).not.toHaveBeenCalled();
    expect(out.log).toHaveBeenCalledWith(`▸ demo organization "${DEMO.orgName}" — sign in as ${DEMO.email} / ${DEMO.password}`);
  });
});

describe("demo accounts", () => {
  it("count as verified, so they keep their memberships once unverified accounts get none", async () => {
    await seedDemo({ embedded: true });
    const users = await db.user.findMany({ where: { email: { in: EMAILS } }, select: { emailVerified: true } });
    expect(users).toHaveLength(EMAILS.length);
    for (const user of users) expect(user.emailVerified).toBeInstanceOf(Date);

    // Accounts seeded before the rule are marked on the next start.
    await db.user.updateMany({ where: { email: { in: EMAILS } }, data: { emailVerified: null } });
    await seedDemo({ embedded: true });
    expect(await db.user.count({ where: { email: { in: EMAILS }, emailVerified: null } })).toBe(0);
  });
});

describe("the demo's history", () => {
  it("agrees with itself: registered, then seats, then boots, then telemetry; no interaction minute beyond a device minute", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO.orgSlug }, select: { id: true, createdAt: true } });
    const devices = await db.device.findMany({ where: { orgId: org.id }, select: { id: true, createdAt: true, activatedAt: true, lastSeenAt: true } });
    const [grant] = await db.licenseLedgerEntry.findMany({ where: { orgId: org.id, kind: "grant" }, orderBy: { createdAt: "asc" }, take: 1 });
    const versions = await db.skuConfigVersion.findMany({ where: { orgId: org.id }, select: { createdAt: true } });
    const activated = devices.filter((d) => d.activatedAt);
    expect(activated.length).toBeGreaterThan(0);

    for (const device of devices) expect(device.createdAt.getTime()).toBeGreaterThan(org.createdAt.getTime());
    for (const version of versions) expect(version.createdAt.getTime()).toBeLessThan(grant!.createdAt.getTime());
    const firstSample = await db.$queryRaw<{ deviceId: string; first: Date; last: Date }[]>`
      SELECT "deviceId", min(at) AS first, max(at) AS last FROM "TelemetrySample" WHERE "orgId" = ${org.id} GROUP BY 1`;
    const samples = new Map(firstSample.map((row) => [row.deviceId, row]));
    for (const device of activated) {
      // Registered, then the seat existed, then the device booted and took it, then it talked.
      expect(device.createdAt.getTime()).toBeLessThan(grant!.createdAt.getTime());
      expect(grant!.createdAt.getTime()).toBeLessThan(device.activatedAt!.getTime());
      const seen = samples.get(device.id);
      expect(seen, "every active device has telemetry").toBeDefined();
      expect(seen!.first.getTime()).toBeGreaterThanOrEqual(device.activatedAt!.getTime());
      expect(device.lastSeenAt).toEqual(seen!.last);
    }
    expect(await db.telemetrySample.count({ where: { orgId: org.id, deviceId: { in: devices.filter((d) => !d.activatedAt).map((d) => d.id) } } })).toBe(0);

    // Sampled boots: the first at activation, none before it.
    const [early] = await db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "DeviceBoot" b JOIN "Device" d ON d.id = b."deviceId" WHERE b."orgId" = ${org.id} AND b.at < d."activatedAt"`;
    expect(Number(early!.n)).toBe(0);
    expect(await db.deviceBoot.count({ where: { orgId: org.id } })).toBeGreaterThan(activated.length * 30);

    // Each seat's ledger entry is dated at its device's first boot.
    const seats = await db.licenseLedgerEntry.findMany({ where: { orgId: org.id, kind: "activation" }, select: { deviceId: true, createdAt: true } });
    expect(seats).toHaveLength(activated.length);
    for (const seat of seats) expect(seat.createdAt).toEqual(activated.find((d) => d.id === seat.deviceId)!.activatedAt);

    const [busiest] = await db.$queryRaw<{ minutes: number }[]>`
      SELECT max(ms) / 60000.0 AS minutes FROM (SELECT sum("durationMs") AS ms FROM "TelemetrySample" WHERE "orgId" = ${org.id} GROUP BY "deviceId", date_trunc('hour', at)) d`;
    // The busiest device-hour: a device talks a few minutes an hour, never more than the hour.
    expect(Number(busiest!.minutes)).toBeLessThan(60);
  });
});

describe("the demo's orders", () => {
  // A reused test database keeps the orders an earlier seed wrote (seeding skips an organization
  // that has orders): the history is checked by its invariants, not by this version's figures.
  it("are paid orders bought by sales since the pilot, each with its invoice dated at payment, one partly refunded by a credit note; seeding again adds none", async () => {
    const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO.orgSlug }, select: { id: true } });
    const seededOrders = () => db.order.findMany({ where: { orgId: org.id, createdAt: { lt: new Date(Date.now() - 86_400_000) } }, orderBy: { createdAt: "asc" }, include: { invoices: true } });
    const before = await seededOrders();
    await seedDemo({ embedded: true });
    const seeded = await seededOrders();
    expect(seeded.map((order) => order.id)).toEqual(before.map((order) => order.id));
    expect(seeded.length).toBeGreaterThanOrEqual(3);
    expect(seeded.map((order) => order.status)).toEqual(["paid", "paid", "partially_refunded"]);
    for (const order of seeded) {
      const invoice = order.invoices.find((document) => document.kind === "invoice")!;
      expect(invoice.issuedAt).toEqual(order.paidAt);
      expect(invoice.total).toBe(order.amountTotal);
      const credited = order.invoices.filter((document) => document.kind === "credit_note").reduce((sum, note) => sum + note.total, 0);
      expect(credited).toBe(order.amountRefunded);
    }
    const [grant] = await db.licenseLedgerEntry.findMany({ where: { orgId: org.id, kind: "grant" }, orderBy: { createdAt: "asc" }, take: 1 });
    const purchases = await db.licenseLedgerEntry.findMany({ where: { orgId: org.id, kind: "purchase", orderId: { in: seeded.map((order) => order.id) } } });
    expect(purchases).toHaveLength(seeded.length);
    for (const purchase of purchases) expect(purchase.createdAt.getTime()).toBeGreaterThan(grant!.createdAt.getTime());
    expect(await db.quote.count({ where: { orgId: org.id, status: "open" } })).toBeGreaterThanOrEqual(1);
  });
});
