import "server-only";
import type { Db } from "@/server/db";
import type { UserActor } from "@/server/modules/audit/record-audit";
import { packageTiers } from "@/server/modules/licenses/packages";
import { priceSeats } from "@/shared/pricing";
import { DAY_MS } from "@/shared/time";
import {
  activationsPerMonth,
  averageSeatPrice,
  devicesInMonth,
  licensePerDeviceMonth,
  listPricePerDeviceMonth,
  PROJECTION_MONTHS,
  projectFleet,
  roundedOrNull,
  tokenCostPerDevice,
  tokensPerDevice,
  twelveMonths,
  type PaidOrder,
  type SkuFacts,
  type TokenPrices,
} from "./economics-math";
import { listPackage, paidOrders, skuFacts, usageWindow } from "./economics-repository";
import { economicsSettings, saveEconomicsSettings, type TEconomicsPricingInput } from "./economics-settings";
import { roundHalfUp, sum, type Ratio } from "./rational";
import { defaultTokenPrice } from "./token-prices";

/** The currency figures are in: the billing profile's, or the catalog's first (USD) before there is one. */
async function billingCurrency(db: Db, orgId: string) {
  const profile = await db.billingProfile.findUnique({ where: { orgId }, select: { currency: true } });
  return { currency: profile?.currency ?? "usd", fromProfile: profile !== null };
}

/**
 * What a seat costs per month: from the paid orders in the billing currency, or — before the
 * first — at the list price of the tier the fleet's size falls into (the smallest order at least).
 */
async function licenseBasis(db: Db, orders: PaidOrder[], otherCurrencies: number, fleet: number, currency: string, lifetime: number) {
  const perDevice = licensePerDeviceMonth(orders, lifetime);
  const common = { orders: orders.length, otherCurrencyOrders: otherCurrencies };
  if (perDevice) {
    const seats = orders.reduce((total, order) => total + order.seats - order.seatsRefunded, 0);
    const termOrders = orders.filter((order) => order.termMonths !== null).length;
    return { perDevice, dto: { source: "orders" as const, ...common, perSeat: averageSeatPrice(orders), seats, termOrders, packageName: null, termMonths: null } };
  }
  const pkg = await listPackage(db, currency);
  if (!pkg) return { perDevice: null, dto: { source: "none" as const, ...common, perSeat: null, seats: null, termOrders: 0, packageName: null, termMonths: null } };
  const tiers = packageTiers(pkg.tiers);
  const price = priceSeats(tiers, Math.max(fleet, tiers[0]!.fromSeats))!;
  return {
    perDevice: listPricePerDeviceMonth(price.unitAmount, pkg.termMonths, lifetime),
    dto: { source: "list_price" as const, ...common, perSeat: price.unitAmount, seats: price.seats, termOrders: 0, packageName: pkg.name, termMonths: pkg.termMonths },
  };
}

type Facts = SkuFacts & { tokenCost: Ratio | null };

/** A row's figures per device and month, and over the next 12 months (12-month sums are passed in for the fleet). */
function figures(facts: Facts, license: Ratio | null, twelve: { license: Ratio | null; token: Ratio | null; devices: number }) {
  return {
    devices: facts.devices,
    activeDevices: facts.activeDevices,
    activations: facts.activations,
    activationsPerMonth: activationsPerMonth(facts.activations),
    inputTokensPerDevice: roundHalfUp(tokensPerDevice(facts.inputTokens, facts.activeDevices)),
    outputTokensPerDevice: roundHalfUp(tokensPerDevice(facts.outputTokens, facts.activeDevices)),
    licensePerDevice: roundedOrNull(license),
    tokenPerDevice: roundedOrNull(facts.tokenCost),
    devicesIn12Months: twelve.devices,
    license12Months: roundedOrNull(twelve.license),
    token12Months: roundedOrNull(twelve.token),
  };
}

/** The unit economics page: per SKU and for the fleet, a device's license against its token bill, and the next 12 months. */
export async function unitEconomics(db: Db, orgId: string, now = new Date()) {
  const { currency, fromProfile } = await billingCurrency(db, orgId);
  const [settings, defaults, paid, rows] = await Promise.all([economicsSettings(db, orgId, currency), defaultTokenPrice(db, currency), paidOrders(db, orgId, currency), skuFacts(db, orgId, now)]);
  const prices: TokenPrices | null = settings.tokenPrice ?? defaults;
  const shown = rows.filter((row) => !row.archived || row.devices > 0 || row.activeDevices > 0);
  const fleet = shown.reduce((total, row) => total + row.devices, 0);
  const license = await licenseBasis(db, paid.orders, paid.otherCurrencies, fleet, currency, settings.deviceLifetimeMonths);
  const L = license.perDevice;

  const skus = shown.map((row) => {
    const facts: Facts = { ...row, tokenCost: prices ? tokenCostPerDevice(row, prices) : null };
    const twelve = {
      license: L ? twelveMonths(row, L) : null,
      token: facts.tokenCost ? twelveMonths(row, facts.tokenCost) : null,
      devices: devicesInMonth(row, PROJECTION_MONTHS),
    };
    return { facts, twelve, dto: { skuId: row.skuId, code: row.code, name: row.name, ...figures(facts, L, twelve) } };
  });

  const total = <K extends "devices" | "activeDevices" | "activations">(key: K) => skus.reduce((acc, sku) => acc + sku.facts[key], 0);
  const fleetFacts: SkuFacts = {
    devices: total("devices"),
    activeDevices: total("activeDevices"),
    activations: total("activations"),
    inputTokens: skus.reduce((acc, sku) => acc + sku.facts.inputTokens, 0n),
    outputTokens: skus.reduce((acc, sku) => acc + sku.facts.outputTokens, 0n),
  };
  const sumOf = (pick: (sku: (typeof skus)[number]) => Ratio | null) => (skus.every((sku) => pick(sku) !== null) ? sum(skus.map((sku) => pick(sku)!)) : null);
  const totals = figures({ ...fleetFacts, tokenCost: prices ? tokenCostPerDevice(fleetFacts, prices) : null }, L, {
    license: sumOf((sku) => sku.twelve.license),
    token: sumOf((sku) => sku.twelve.token),
    devices: skus.reduce((acc, sku) => acc + sku.twelve.devices, 0),
  });

  const window = usageWindow(now);
  return {
    currency,
    currencyFromProfile: fromProfile,
    window: { from: window.from.toISOString().slice(0, 10), to: new Date(window.to.getTime() - DAY_MS).toISOString().slice(0, 10) },
    tokenPrice: prices ? { ...prices, source: settings.tokenPrice ? ("organization" as const) : ("default" as const) } : null,
    defaultTokenPrice: defaults,
    deviceLifetimeMonths: settings.deviceLifetimeMonths,
    license: { ...license.dto, perDevice: roundedOrNull(L) },
    skus: skus.map((sku) => sku.dto),
    totals,
    projection: prices ? projectFleet(skus.map((sku) => ({ facts: sku.facts, tokenCost: sku.facts.tokenCost! })), L, now) : [],
  };
}

/** Saves the organization's token price and device lifetime in its billing currency, then answers the page anew. */
export async function setEconomicsPricing(db: Db, orgId: string, actor: UserActor, input: TEconomicsPricingInput, now = new Date()) {
  const { currency } = await billingCurrency(db, orgId);
  await saveEconomicsSettings(db, orgId, actor, currency, input);
  return unitEconomics(db, orgId, now);
}
