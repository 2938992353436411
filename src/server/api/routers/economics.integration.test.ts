/**
 * Unit economics through the console router, on a real database: paid orders, refunds and
 * DeviceActivityDay rows of two organizations, the figures checked exactly against hand
 * arithmetic (written above each assertion), the organization's own pricing, and bad input.
 */
import { getErrorShape } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { settleOrder } from "@/server/modules/billing/settle-order";
import { grantSeats } from "@/server/modules/licenses/grant-seats";
import { activateDevice, BILLING_PROFILE, callerFor, createOrgWithMembers, expectTRPCError, SKU_INPUT } from "@/testing/factories";
import { DAY_MS } from "@/shared/time";
import { appRouter } from "../root";

type Org = Awaited<ReturnType<typeof createOrgWithMembers>>;
const today = () => Math.floor(Date.now() / DAY_MS) * DAY_MS;
const day = (daysAgo: number) => new Date(today() - daysAgo * DAY_MS);

/** Seats bought through the local checkout, paid; optionally part refunded. */
async function buy(org: Org, seats: number, refunded = 0) {
  const caller = callerFor(org.owner.id);
  const order = await caller.license.checkout({ orgSlug: org.org.slug, packageId: "pkg_seats_usd", seats });
  await caller.license.completeLocalCheckout({ orgSlug: org.org.slug, orderId: order.orderId, outcome: "paid" });
  if (refunded > 0) await db.$transaction((tx) => settleOrder(tx, order.orderId, { amountRefunded: refunded }));
}

/** A SKU with `count` devices, the first `activated` of them activated now. */
async function skuWithDevices(org: Org, code: string, count: number, activated: number) {
  const caller = callerFor(org.owner.id);
  const sku = await caller.sku.create({ orgSlug: org.org.slug, ...SKU_INPUT, name: `SKU ${code}`, code });
  const { devices } = await caller.device.register({ orgSlug: org.org.slug, skuId: sku.id, devices: Array.from({ length: count }, (_, i) => ({ serial: `${code}-${i}` })) });
  for (const device of devices.slice(0, activated)) await activateDevice(org.org.id, device.id);
  return { sku, deviceIds: devices.map((device) => device.id) };
}

type Activity = { deviceId: string; skuId: string; daysAgo: number; input: number; output: number };
const activity = (orgId: string, rows: Activity[]) =>
  db.deviceActivityDay.createMany({
    data: rows.map((r) => ({ orgId, deviceId: r.deviceId, skuId: r.skuId, day: day(r.daysAgo), interactions: 10, inputTokens: BigInt(r.input), outputTokens: BigInt(r.output), durationMs: 60_000n })),
  });

describe("economics router", () => {
  let acme: Org;
  let other: Org;

  beforeAll(async () => {
    acme = await createOrgWithMembers(["SALES", "DEVELOPER"]);
    other = await createOrgWithMembers();
    // A German business invoiced from Ireland: reverse charge, no tax on the orders.
    await callerFor(acme.owner.id).billing.saveProfile({ orgSlug: acme.org.slug, ...BILLING_PROFILE });
    await buy(acme, 200); // 200 × $4.00 = $800.00
    await buy(acme, 1_000, 60_000); // 1,000 × $3.00 = $3,000.00, $600.00 (20 %) refunded → 200 seats back
    // An order in another currency (before a currency change): left out, and counted as such.
    await db.order.create({
      data: { orgId: acme.org.id, packageName: "Legacy", seats: 100, unitAmount: 1, subtotal: 100, amountTotal: 100, currency: "eur", provider: "local", status: "paid", paidAt: day(200) },
    });
    const toy = await skuWithDevices(acme, "PIP", 4, 3);
    const glasses = await skuWithDevices(acme, "AUR", 2, 2);
    // One toy was activated long ago: not part of the 90-day trend.
    await db.device.update({ where: { id: toy.deviceIds[2] }, data: { activatedAt: day(100) } });
    const [t1, t2] = toy.deviceIds as [string, string];
    await activity(acme.org.id, [
      { deviceId: t1, skuId: toy.sku.id, daysAgo: 1, input: 1_000_000, output: 400_000 },
      { deviceId: t1, skuId: toy.sku.id, daysAgo: 30, input: 500_000, output: 100_000 }, // the window's first day
      { deviceId: t1, skuId: toy.sku.id, daysAgo: 0, input: 9_999_999, output: 9_999_999 }, // today: not over, left out
      { deviceId: t1, skuId: toy.sku.id, daysAgo: 31, input: 7_777_777, output: 7_777_777 }, // before the window
      { deviceId: t2, skuId: toy.sku.id, daysAgo: 10, input: 1_500_000, output: 500_000 },
      { deviceId: glasses.deviceIds[0]!, skuId: glasses.sku.id, daysAgo: 5, input: 200_000, output: 100_000 },
    ]);

    // The other organization: a contract grant (no order), its own SKU and telemetry.
    await grantSeats(db, other.org.id, { type: "system", label: "test" }, { seats: 1, reason: "economics tests" });
    const theirs = await skuWithDevices(other, "OTH", 1, 1);
    await activity(other.org.id, [{ deviceId: theirs.deviceIds[0]!, skuId: theirs.sku.id, daysAgo: 2, input: 90_000_000, output: 90_000_000 }]);
  });

  it("answers the hand-computed figures for each SKU, the fleet and the next 12 months", async () => {
    const page = await callerFor(acme.members.SALES!.id).economics.get({ orgSlug: acme.org.slug });
    expect(page.currency).toBe("usd");
    expect(page.window).toEqual({ from: day(30).toISOString().slice(0, 10), to: day(1).toISOString().slice(0, 10) });
    expect(page.tokenPrice).toEqual({ inputPerMillion: 250, outputPerMillion: 1_000, source: "default" });
    // Net subtotals: 80,000 + 300,000 × (300,000 − 60,000) / 300,000 = 80,000 + 240,000 = 320,000 cents
    // for 200 + (1,000 − 200) = 1,000 seats: $3.20 a seat; over 24 months 320,000 / 24 / 1,000 = 13.33 → 13.
    expect(page.license).toEqual({ source: "orders", orders: 2, otherCurrencyOrders: 1, perSeat: 320, seats: 1_000, termOrders: 0, packageName: null, termMonths: null, perDevice: 13 });

    // The toy: 3 activated, 2 of them in the last 90 days; 2 interacted in the window with
    // 3,000,000 tokens in and 1,000,000 out → 1,500,000 and 500,000 per device;
    // (3 × 250 + 1 × 1,000) / 2 = 875 cents a device a month.
    // Devices in month m: 3 + round(2m/3); Σ round(2m/3) over 12 months = 52 → 36 + 52 = 88 device-months;
    // licenses 88 × 13.33 = 1,173.33 → 1,173; tokens 88 × 875 = 77,000; month 12: 3 + 8 = 11 devices.
    const [aurora, pip] = page.skus;
    expect(pip).toMatchObject({
      code: "PIP", devices: 3, activeDevices: 2, activations: 2, activationsPerMonth: 0.7, inputTokensPerDevice: 1_500_000, outputTokensPerDevice: 500_000,
      licensePerDevice: 13, tokenPerDevice: 875, devicesIn12Months: 11, license12Months: 1_173, token12Months: 77_000,
    });
    // The glasses: 2 activated now (both in the trend), 1 interacted: 200,000 in, 100,000 out;
    // 0.2 × 250 + 0.1 × 1,000 = 150 cents. Device-months 24 + 52 = 76: licenses 1,013.33 → 1,013, tokens 11,400.
    expect(aurora).toMatchObject({
      code: "AUR", devices: 2, activeDevices: 1, activations: 2, inputTokensPerDevice: 200_000, outputTokensPerDevice: 100_000,
      licensePerDevice: 13, tokenPerDevice: 150, devicesIn12Months: 10, license12Months: 1_013, token12Months: 11_400,
    });
    // The fleet: 3,200,000 in and 1,100,000 out over 3 devices → 1,066,667 and 366,667;
    // (3.2 × 250 + 1.1 × 1,000) / 3 = 633.33 → 633; 164 device-months × 13.33 = 2,186.67 → 2,187.
    expect(page.totals).toEqual({
      devices: 5, activeDevices: 3, activations: 4, activationsPerMonth: 1.3, inputTokensPerDevice: 1_066_667, outputTokensPerDevice: 366_667,
      licensePerDevice: 13, tokenPerDevice: 633, devicesIn12Months: 21, license12Months: 2_187, token12Months: 88_400,
    });
    // Month 1: 4 toys + 3 glasses = 7; 7 × 13.33 = 93.33 → 93; 4 × 875 + 3 × 150 = 3,950.
    // Month 12: 11 + 10 = 21; 21 × 320,000 / 24,000 = 280; 11 × 875 + 10 × 150 = 11,125.
    expect(page.projection).toHaveLength(12);
    expect(page.projection[0]).toMatchObject({ devices: 7, licenseCost: 93, tokenCost: 3_950 });
    expect(page.projection[11]).toMatchObject({ devices: 21, licenseCost: 280, tokenCost: 11_125 });
  });

  it("never shows another organization's orders or telemetry", async () => {
    const page = await callerFor(other.owner.id).economics.get({ orgSlug: other.org.slug });
    expect(page.skus.map((sku) => sku.code)).toEqual(["OTH"]);
    // No billing profile and no order: USD at the list price of the smallest order's tier, $4.00 / 24 = 16.67 → 17.
    expect(page.currencyFromProfile).toBe(false);
    expect(page.license).toMatchObject({ source: "list_price", orders: 0, perSeat: 400, seats: 100, perDevice: 17 });
    // 90,000,000 in and out on its one device: (90 × 250 + 90 × 1,000) = 112,500 cents.
    expect(page.totals).toMatchObject({ devices: 1, activeDevices: 1, tokenPerDevice: 112_500 });
    const acmePage = await callerFor(acme.owner.id).economics.get({ orgSlug: acme.org.slug });
    expect(acmePage.skus.map((sku) => sku.code)).toEqual(["AUR", "PIP"]);
    await expectTRPCError(callerFor(other.owner.id).economics.get({ orgSlug: acme.org.slug }), "NOT_FOUND");
  });

  it("takes the organization's own token price and device lifetime, audited, and goes back to Anima's default", async () => {
    const sales = callerFor(acme.members.SALES!.id);
    // Own price 1,000 / 4,000 cents per million, 12 months: licenses 320,000 / 12 / 1,000 = 26.67 → 27;
    // the toy (3 × 1,000 + 1 × 4,000) / 2 = 3,500; the glasses 0.2 × 1,000 + 0.1 × 4,000 = 600.
    const own = await sales.economics.setPricing({ orgSlug: acme.org.slug, tokenPrice: { inputPerMillion: 1_000, outputPerMillion: 4_000 }, deviceLifetimeMonths: 12 });
    expect(own.tokenPrice).toEqual({ inputPerMillion: 1_000, outputPerMillion: 4_000, source: "organization" });
    expect(own.skus.map((sku) => [sku.code, sku.licensePerDevice, sku.tokenPerDevice])).toEqual([["AUR", 27, 600], ["PIP", 27, 3_500]]);
    expect((await callerFor(acme.owner.id).economics.get({ orgSlug: acme.org.slug })).tokenPrice?.source).toBe("organization");
    // The other organization still sees Anima's default.
    expect((await callerFor(other.owner.id).economics.get({ orgSlug: other.org.slug })).tokenPrice?.source).toBe("default");

    const reset = await sales.economics.setPricing({ orgSlug: acme.org.slug, tokenPrice: null, deviceLifetimeMonths: 24 });
    expect(reset.tokenPrice).toEqual({ inputPerMillion: 250, outputPerMillion: 1_000, source: "default" });
    expect(reset.skus.map((sku) => sku.tokenPerDevice)).toEqual([150, 875]);
    await sales.economics.setPricing({ orgSlug: acme.org.slug, tokenPrice: null, deviceLifetimeMonths: 24 }); // unchanged: no entry
    const entries = await db.auditLog.findMany({ where: { orgId: acme.org.id, action: "billing.economics_pricing_changed" }, orderBy: { createdAt: "asc" } });
    expect(entries.map((entry) => [entry.actorUserId, entry.metadata])).toEqual([
      [acme.members.SALES!.id, { currency: "usd", tokenPrice: "own", inputPerMillion: 1_000, outputPerMillion: 4_000, deviceLifetimeMonths: 12 }],
      [acme.members.SALES!.id, { currency: "usd", tokenPrice: "Anima default", deviceLifetimeMonths: 24 }],
    ]);
  });

  it("refuses fractional, negative and oversized prices with 400 INVALID_INPUT, and developers", async () => {
    const owner = callerFor(acme.owner.id);
    const settings = () => db.economicsSettings.findUnique({ where: { orgId: acme.org.id } });
    const before = await settings();
    const bad = [
      { tokenPrice: { inputPerMillion: 2.5, outputPerMillion: 1_000 }, deviceLifetimeMonths: 24 },
      { tokenPrice: { inputPerMillion: 250, outputPerMillion: -1 }, deviceLifetimeMonths: 24 },
      { tokenPrice: { inputPerMillion: 250, outputPerMillion: 1_000_001 }, deviceLifetimeMonths: 24 },
      { tokenPrice: null, deviceLifetimeMonths: 0 },
      { tokenPrice: null, deviceLifetimeMonths: 6.5 },
    ];
    for (const input of bad) {
      const error = await expectTRPCError(owner.economics.setPricing({ orgSlug: acme.org.slug, ...input }), "BAD_REQUEST");
      expect(getHTTPStatusCodeFromError(error)).toBe(400);
      const shape = getErrorShape({ config: appRouter._def._config, ctx: undefined, error, input, path: "economics.setPricing", type: "mutation" });
      expect(shape.data).toMatchObject({ reason: "INVALID_INPUT" });
    }
    await expectTRPCError(callerFor(acme.members.DEVELOPER!.id).economics.get({ orgSlug: acme.org.slug }), "FORBIDDEN");
    expect(await settings()).toEqual(before);
  });

  it("lets the operator set default prices in a currency the catalog sells in, as whole minor units", async () => {
    const operator = callerFor(acme.owner.id);
    await db.user.update({ where: { id: acme.owner.id }, data: { isOperator: true } });
    try {
      const set = await operator.operator.setTokenPrice({ currency: "CNY", inputPerMillion: 2_000, outputPerMillion: 8_000 });
      expect(set).toMatchObject({ currency: "cny", inputPerMillion: 2_000, outputPerMillion: 8_000 });
      expect((await operator.operator.tokenPrices()).map((price) => price.currency)).toEqual(["cny", "eur", "usd"]);
      const unsold = await expectTRPCError(operator.operator.setTokenPrice({ currency: "gbp", inputPerMillion: 200, outputPerMillion: 800 }), "BAD_REQUEST");
      expect(getErrorShape({ config: appRouter._def._config, ctx: undefined, error: unsold, input: {}, path: "operator.setTokenPrice", type: "mutation" }).data).toMatchObject({ reason: "CURRENCY_NOT_SOLD" });
      await expectTRPCError(operator.operator.setTokenPrice({ currency: "usd", inputPerMillion: 0.5, outputPerMillion: 800 }), "BAD_REQUEST");
    } finally {
      await db.tokenPrice.update({ where: { currency: "cny" }, data: { inputPerMillion: 1_800, outputPerMillion: 7_200 } });
      await db.user.update({ where: { id: acme.owner.id }, data: { isOperator: false } });
    }
  });
});
