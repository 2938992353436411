import { describe, expect, it } from "vitest";
import { createDeviceCaller } from "@/server/api/device/root";
import { createInnerContext } from "@/server/api/trpc";
import { db } from "@/server/db";
import { settleOrder } from "@/server/modules/billing/settle-order";
import { charge, deliver, event, expectConsistent, LOCAL } from "@/testing/billing-fixtures";
import { activateDevice, callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";
import { startOrder } from "@/testing/stripe-stub";
import { addMonths } from "@/shared/seat-terms";
import { DAY_MS } from "@/shared/time";
import { grantSeats } from "./grant-seats";
import { reclaimAfterGrace } from "./reclaim-seats";
import { remindTerm, runSeatTerms } from "./seat-term-jobs";
import { expireDueTerm } from "./seat-terms";

const ANNUAL_USD = "pkg_annual_usd"; // 12 months; from 100 seats at 1.50 USD
const MINUTE = 60_000;
const OPERATOR = { type: "system", label: "test-operator" } as const;

type Org = Awaited<ReturnType<typeof createOrgWithMembers>>;

/** An organization with `count` registered devices. */
async function orgWithDevices(count: number) {
  const org = await createOrgWithMembers();
  const caller = callerFor(org.owner.id);
  const sku = await caller.sku.create({ orgSlug: org.org.slug, ...SKU_INPUT });
  const { devices } = await caller.device.register({ orgSlug: org.org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `T-${i}` })) });
  return { ...org, caller, deviceIds: devices.map((d) => d.id) };
}

/** An annual order paid at `paidAt`, and its term. */
async function paidTerm(org: Org, paidAt: Date, seats = 100) {
  const order = await startOrder(org, LOCAL, { packageId: ANNUAL_USD, seats });
  await db.$transaction((tx) => settleOrder(tx, order.id, { paidAt, paymentIntentId: `pi_${order.id}` }));
  return { order, term: await db.seatTerm.findUniqueOrThrow({ where: { orderId: order.id } }) };
}

const devicesOf = (orgId: string) => db.device.findMany({ where: { orgId }, orderBy: { serial: "asc" }, select: { serial: true, status: true, activatedAt: true, licensedAt: true, seatReclaimedAt: true, tokenVersion: true } });

describe("seat terms", () => {
  it("a term package's seats get a term from payment; reminders 30, 7 and 1 days before, once each", async () => {
    const org = await createOrgWithMembers();
    const paidAt = new Date("2027-01-31T10:00:00Z");
    const { order, term } = await paidTerm(org, paidAt);
    expect(order).toMatchObject({ termMonths: 12, unitAmount: 150 });
    // 31 January 2027 + 12 months, same instant (a month-end stays a month-end: see seat-terms.test.ts).
    expect(term).toMatchObject({ seats: 100, termMonths: 12, startsAt: paidAt, endsAt: new Date("2028-01-31T10:00:00Z"), expiredAt: null });

    const before = (days: number) => new Date(term.endsAt.getTime() - days * DAY_MS);
    expect(await remindTerm(db, term.id, before(31))).toBeNull();
    expect(await remindTerm(db, term.id, before(29))).toBe(30);
    expect(await remindTerm(db, term.id, before(20))).toBeNull(); // already reminded of 30
    expect(await remindTerm(db, term.id, before(6))).toBe(7);
    expect(await remindTerm(db, term.id, before(0.5))).toBe(1);
    expect(await remindTerm(db, term.id, before(0.25))).toBeNull();
    const events = await db.event.findMany({ where: { orgId: org.org.id, type: "seats.expiring" }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => (e.data as { days: number }).days)).toEqual([30, 7, 1]);
  });

  it("at the end the seats leave the pool: no new activation, active devices keep working through the 30-day grace; then the devices seen longest ago lose their seats", async () => {
    const org = await orgWithDevices(4);
    const [recent, older, oldest, spare] = org.deviceIds as [string, string, string, string];
    // Ended 10 days ago: the terms list reads it in its grace period.
    const { term } = await paidTerm(org, addMonths(new Date(Date.now() - 10 * DAY_MS), -12));
    await grantSeats(db, org.org.id, OPERATOR, { seats: 1, reason: "perpetual pilot seat" });
    for (const id of [recent, older, oldest]) await activateDevice(org.org.id, id);
    const seen = (id: string, daysAgo: number) => db.device.update({ where: { id }, data: { lastSeenAt: new Date(term.endsAt.getTime() + 29 * DAY_MS - daysAgo * DAY_MS) } });
    await seen(recent, 0);
    await seen(older, 3);
    await seen(oldest, 20);

    expect(await expireDueTerm(db, term.id, new Date(term.endsAt.getTime() - MINUTE))).toBe(false); // not yet
    expect(await expireDueTerm(db, term.id, new Date(term.endsAt.getTime() + MINUTE))).toBe(true);
    expect(await expireDueTerm(db, term.id, new Date(term.endsAt.getTime() + 2 * MINUTE))).toBe(false); // once
    await expectConsistent(org.org.id, 1);
    const balance = await org.caller.license.balance({ orgSlug: org.org.slug });
    expect(balance).toMatchObject({ seatsTotal: 1, seatsUsed: 3, seatsAvailable: 0, overLimit: true });
    await expect(activateDevice(org.org.id, spare)).rejects.toMatchObject({ reason: "LICENSE_EXHAUSTED" });
    const { entries } = await org.caller.license.ledger({ orgSlug: org.org.slug });
    expect(entries[0]).toMatchObject({ kind: "expiry", totalDelta: -100, actor: "seat-terms", reason: "Term of 12 months ended" });
    expect(await db.event.count({ where: { orgId: org.org.id, type: "seats.expired" } })).toBe(1);

    // 29 days into the grace period: nothing is taken back.
    expect(await reclaimAfterGrace(db, term.id, new Date(term.endsAt.getTime() + 29 * DAY_MS))).toBeNull();
    expect((await devicesOf(org.org.id)).filter((d) => d.status === "active")).toHaveLength(3);
    const { terms, seatsOverLimit } = await org.caller.license.terms({ orgSlug: org.org.slug });
    expect(seatsOverLimit).toBe(2);
    expect(terms).toMatchObject([{ id: term.id, state: "grace", seats: 100, seatsExpired: 100, graceEndsAt: new Date(term.endsAt.getTime() + 30 * DAY_MS) }]);

    // Grace over: 3 in use, 1 allowed → the 2 seen longest ago lose their seats; the pool is exact again.
    const reclaim = await reclaimAfterGrace(db, term.id, new Date(term.endsAt.getTime() + 30 * DAY_MS + MINUTE));
    expect(reclaim).toMatchObject({ seats: 2, serials: ["T-1", "T-2"] });
    expect(await reclaimAfterGrace(db, term.id, new Date(term.endsAt.getTime() + 31 * DAY_MS))).toBeNull(); // once
    const devices = await devicesOf(org.org.id);
    expect(devices.map((d) => [d.serial, d.status, d.licensedAt !== null, d.seatReclaimedAt !== null])).toEqual([
      ["T-0", "active", true, false],
      ["T-1", "provisioned", false, true],
      ["T-2", "provisioned", false, true],
      ["T-3", "provisioned", false, false],
    ]);
    // Their sessions are revoked (token version raised); their next boot is a first activation.
    expect(devices[1]!.tokenVersion).toBe(1);
    expect(devices[1]!.activatedAt).toBeNull();
    await expectConsistent(org.org.id, 1);
    expect(await org.caller.license.balance({ orgSlug: org.org.slug })).toMatchObject({ seatsTotal: 1, seatsUsed: 1, overLimit: false });
    expect(await db.licenseLedgerEntry.count({ where: { orgId: org.org.id, kind: "reclaim", usedDelta: -1 } })).toBe(2);
    expect(await db.auditLog.findFirst({ where: { orgId: org.org.id, action: "licenses.seats_reclaimed" } })).toMatchObject({ metadata: { seats: 2, serials: ["T-1", "T-2"] } });
  });

  it("at the gateway: a device keeps refreshing through the grace period; after it, its token is refused and its boot asks for a seat until one is free", async () => {
    const tenant = await createOrgWithMembers();
    const { org, owner } = tenant;
    const caller = callerFor(owner.id);
    const sku = await caller.sku.create({ orgSlug: org.slug, ...SKU_INPUT });
    const [device] = (await caller.device.register({ orgSlug: org.slug, skuId: sku.id, devices: [{ serial: "G-1" }] })).devices;
    await caller.skuConfig.saveDraft({ orgSlug: org.slug, skuId: sku.id, revision: 0, lineup: { agents: [{ agentId: "story-teller" }] } });
    await caller.skuConfig.publish({ orgSlug: org.slug, skuId: sku.id, revision: 1 });
    const { term } = await paidTerm(tenant, addMonths(new Date(Date.now() - DAY_MS), -12));
    const gateway = (token?: string) => createDeviceCaller(createInnerContext({ db, authorization: token ? `Bearer ${token}` : null }));
    const boot = () => gateway().device.boot({ deviceId: device!.id, secret: device!.secret });

    const { session } = await boot();
    await expireDueTerm(db, term.id, new Date());
    expect((await gateway(session.token).device.refresh({})).session.token).toBeTruthy(); // in grace: still served
    expect((await boot()).license.status).toBe("active");

    await reclaimAfterGrace(db, term.id, new Date(term.endsAt.getTime() + 30 * DAY_MS + MINUTE));
    const refused = await expectTRPCError(gateway(session.token).device.refresh({}), "UNAUTHORIZED");
    expect((refused.cause as { reason?: string }).reason).toBe("TOKEN_REVOKED");
    const exhausted = await expectTRPCError(boot(), "PAYMENT_REQUIRED");
    expect((exhausted.cause as { reason?: string }).reason).toBe("LICENSE_EXHAUSTED");

    await grantSeats(db, org.id, OPERATOR, { seats: 1, reason: "back in service" });
    expect((await boot()).license.status).toBe("active");
    await expectConsistent(org.id, 1);
  });

  it("renewing early keeps the pool level and carries the remaining time over; the old term never expires or reminds again", async () => {
    const org = await createOrgWithMembers(["SALES"]);
    const { term } = await paidTerm(org, new Date(Date.now() - 300 * DAY_MS));
    const sales = callerFor(org.members.SALES!.id);
    const { orderId } = await sales.license.renew({ orgSlug: org.org.slug, termId: term.id });
    expect(await sales.license.order({ orgSlug: org.org.slug, orderId })).toMatchObject({ seats: 100, amountTotal: 15_000, taxAmount: 0 }); // reverse charge: a German buyer with a VAT id
    await sales.license.completeLocalCheckout({ orgSlug: org.org.slug, orderId, outcome: "paid" });

    await expectConsistent(org.org.id, 100);
    const old = await db.seatTerm.findUniqueOrThrow({ where: { id: term.id } });
    expect(old).toMatchObject({ renewedByOrderId: orderId, seatsExpired: 100 });
    expect(await db.seatTerm.findUniqueOrThrow({ where: { orderId } })).toMatchObject({ seats: 100, endsAt: addMonths(term.endsAt, 12) });
    expect(await remindTerm(db, term.id, new Date(term.endsAt.getTime() - DAY_MS / 2))).toBeNull();
    expect(await reclaimAfterGrace(db, term.id, new Date(term.endsAt.getTime() + 40 * DAY_MS))).toBeNull();
    await expectTRPCError(sales.license.renew({ orgSlug: org.org.slug, termId: term.id }), "CONFLICT", /already renewed/);
    // Viewers read terms but cannot renew; another organization's term is not found.
    const outsider = await createOrgWithMembers();
    await expectTRPCError(callerFor(outsider.owner.id).license.renew({ orgSlug: outsider.org.slug, termId: term.id }), "NOT_FOUND");
  });

  it("renewing in the grace period saves the devices: nothing is taken back", async () => {
    const org = await orgWithDevices(2);
    const { term } = await paidTerm(org, new Date(Date.now() - 380 * DAY_MS)); // ended ~15 days ago
    for (const id of org.deviceIds) await activateDevice(org.org.id, id);
    expect((await runSeatTerms(db)).expired).toBeGreaterThanOrEqual(1);
    expect(await db.seatTerm.findUniqueOrThrow({ where: { id: term.id } })).toMatchObject({ seatsExpired: 100 });
    await expectConsistent(org.org.id, 0);

    const { orderId } = await org.caller.license.renew({ orgSlug: org.org.slug, termId: term.id });
    await org.caller.license.completeLocalCheckout({ orgSlug: org.org.slug, orderId, outcome: "paid" });
    await expectConsistent(org.org.id, 100);
    const renewal = await db.seatTerm.findUniqueOrThrow({ where: { orderId } });
    // The old term had ended: the new one runs 12 months from the renewal, not from the old end.
    expect(renewal.endsAt.getTime()).toBe(addMonths(renewal.startsAt, 12).getTime());
    expect(await reclaimAfterGrace(db, term.id, new Date(term.endsAt.getTime() + 31 * DAY_MS))).toBeNull();
    expect((await devicesOf(org.org.id)).every((d) => d.status === "active")).toBe(true);
  });

  it("a refund after the term ended takes no seat twice; one during the term shrinks what expires", async () => {
    const during = await createOrgWithMembers();
    const a = await paidTerm(during, new Date(Date.now() - 100 * DAY_MS));
    await deliver(event("charge.refunded", charge(a.order, 7_500))); // half of 150.00
    await expectConsistent(during.org.id, 50);
    expect(await expireDueTerm(db, a.term.id, new Date(a.term.endsAt.getTime() + MINUTE))).toBe(true);
    await expectConsistent(during.org.id, 0);

    const after = await createOrgWithMembers();
    const b = await paidTerm(after, new Date(Date.now() - 100 * DAY_MS));
    await expireDueTerm(db, b.term.id, new Date(b.term.endsAt.getTime() + MINUTE));
    await deliver(event("charge.refunded", charge(b.order, 15_000)));
    await expectConsistent(after.org.id, 0);
    expect(await db.order.findUniqueOrThrow({ where: { id: b.order.id } })).toMatchObject({ status: "refunded", seatsRefunded: 100 });
    expect(await db.auditLog.findFirst({ where: { orgId: after.org.id, action: "licenses.refunded" } })).toMatchObject({ metadata: { seats: 0, termExpired: true } });
  });
});
