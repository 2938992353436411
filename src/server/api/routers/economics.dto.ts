import { z } from "zod";

const int = z.number().int();
const money = int.nullable();

/** A row of the unit economics table: a SKU or the fleet. Money in minor units of `currency`, per device per month unless named otherwise. */
const ZEconomicsFiguresDto = z.object({
  /** activated devices now */
  devices: int,
  /** devices with an interaction in the usage window */
  activeDevices: int,
  /** first activations in the last 90 days, and per month (÷ 3, one decimal) */
  activations: int,
  activationsPerMonth: z.number(),
  inputTokensPerDevice: int,
  outputTokensPerDevice: int,
  /** null: no price to compute it from */
  licensePerDevice: money,
  tokenPerDevice: money,
  devicesIn12Months: int,
  /** the next 12 months of the row's devices */
  license12Months: money,
  token12Months: money,
});

export const ZUnitEconomicsDto = z.object({
  currency: z.string(),
  /** false: no billing profile yet, figures in USD */
  currencyFromProfile: z.boolean(),
  /** the usage window, UTC days, both included */
  window: z.object({ from: z.string(), to: z.string() }),
  tokenPrice: z.object({ inputPerMillion: int, outputPerMillion: int, source: z.enum(["organization", "default"]) }).nullable(),
  defaultTokenPrice: z.object({ inputPerMillion: int, outputPerMillion: int }).nullable(),
  deviceLifetimeMonths: int,
  license: z.object({
    /** paid orders, the catalog's list price (no paid order yet), or neither */
    source: z.enum(["orders", "list_price", "none"]),
    orders: int,
    /** paid orders in other currencies than the billing currency, left out */
    otherCurrencyOrders: int,
    /** average price paid per seat (orders), or the tier's price (list price) */
    perSeat: money,
    /** net seats bought (orders), or the seats the tier was priced for (list price) */
    seats: int.nullable(),
    /** orders whose seats have a term (amortized over it instead of the device lifetime) */
    termOrders: int,
    packageName: z.string().nullable(),
    termMonths: int.nullable(),
    perDevice: money,
  }),
  skus: z.array(ZEconomicsFiguresDto.extend({ skuId: z.string(), code: z.string(), name: z.string() })),
  totals: ZEconomicsFiguresDto,
  projection: z.array(z.object({ month: z.string(), devices: int, licenseCost: money, tokenCost: int })),
});

/** Anima's default token price in a currency, minor units per million tokens. */
export const ZTokenPriceDto = z.object({ currency: z.string(), inputPerMillion: int, outputPerMillion: int, updatedAt: z.date() });
