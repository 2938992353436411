import type { CsvColumn } from "@/lib/csv";
import type { RouterOutputs } from "@/lib/trpc";
import { formatMoney, moneyInputValue } from "@/shared/money";

export type Economics = RouterOutputs["economics"]["get"];
export type SkuEconomics = Economics["skus"][number];
export type EconomicsFigures = Economics["totals"];
export type ProjectionMonth = Economics["projection"][number];

/** A money figure of the page, or an em dash where there is no price to compute it from. */
export const money = (minorUnits: number | null, currency: string, locale = "en") => (minorUnits === null ? "—" : formatMoney(minorUnits, currency, locale));

/** "Jan 2027" (Chinese "2027年1月") from "2027-01". */
export const monthName = (month: string, locale = "en") =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString(locale, { month: "short", year: "numeric", timeZone: "UTC" });

/** How many times `a` is `b`: "26×", or null when it says nothing (no price, nothing to compare). */
export function multiple(a: number | null, b: number | null): string | null {
  if (a === null || b === null || b <= 0 || a <= 0) return null;
  const times = a / b;
  return `${times >= 10 ? Math.round(times) : Math.round(times * 10) / 10}×`;
}

/** A CSV money cell: decimal major units ("0.13"), empty when unknown; the currency is a column of its own. */
const csvMoney = (minorUnits: number | null, currency: string) => (minorUnits === null ? null : moneyInputValue(minorUnits, currency));

type TableRow = EconomicsFigures & { row: "sku" | "fleet"; code: string; name: string; currency: string };

/** The table's rows for the CSV: one per SKU, then the fleet's totals. */
export function tableRows(data: Economics): TableRow[] {
  return [
    ...data.skus.map((sku) => ({ ...sku, row: "sku" as const, currency: data.currency })),
    { ...data.totals, row: "fleet" as const, code: "", name: "All SKUs", currency: data.currency },
  ];
}

/** Stable, machine-readable headers: a spreadsheet or script may rely on them. */
export const TABLE_COLUMNS: CsvColumn<TableRow>[] = [
  { header: "row", value: (r) => r.row },
  { header: "sku_code", value: (r) => r.code },
  { header: "sku_name", value: (r) => r.name },
  { header: "devices", value: (r) => r.devices },
  { header: "active_devices_30d", value: (r) => r.activeDevices },
  { header: "activations_90d", value: (r) => r.activations },
  { header: "input_tokens_per_device_month", value: (r) => r.inputTokensPerDevice },
  { header: "output_tokens_per_device_month", value: (r) => r.outputTokensPerDevice },
  { header: "license_cost_per_device_month", value: (r) => csvMoney(r.licensePerDevice, r.currency) },
  { header: "token_cost_per_device_month", value: (r) => csvMoney(r.tokenPerDevice, r.currency) },
  { header: "devices_in_12_months", value: (r) => r.devicesIn12Months },
  { header: "license_cost_12_months", value: (r) => csvMoney(r.license12Months, r.currency) },
  { header: "token_cost_12_months", value: (r) => csvMoney(r.token12Months, r.currency) },
  { header: "currency", value: (r) => r.currency.toUpperCase() },
];

type ProjectionRow = ProjectionMonth & { currency: string };

export const projectionRows = (data: Economics): ProjectionRow[] => data.projection.map((month) => ({ ...month, currency: data.currency }));

export const PROJECTION_COLUMNS: CsvColumn<ProjectionRow>[] = [
  { header: "month", value: (r) => r.month },
  { header: "devices", value: (r) => r.devices },
  { header: "license_cost", value: (r) => csvMoney(r.licenseCost, r.currency) },
  { header: "token_cost", value: (r) => csvMoney(r.tokenCost, r.currency) },
  { header: "currency", value: (r) => r.currency.toUpperCase() },
];
