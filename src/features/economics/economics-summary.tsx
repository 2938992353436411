import { StatCard } from "@/components/ui/stat-card";
import { formatCompact, formatCount } from "@/features/fleet/fleet-format";
import { formatMoney } from "@/shared/money";
import { money, multiple, type Economics } from "./economics-meta";

/** Where the license figure comes from, in one sentence. */
function licenseBasis(data: Economics): string {
  const { license, currency, deviceLifetimeMonths } = data;
  const lifetime = `a device lifetime of ${deviceLifetimeMonths} months`;
  if (license.source === "orders") {
    const orders = `${formatCount(license.orders)} paid ${license.orders === 1 ? "order" : "orders"}`;
    const spread = license.termOrders === 0 ? `spread over ${lifetime}` : `spread over their seats' terms (perpetual seats over ${lifetime})`;
    return `${money(license.perSeat, currency)} per seat on average, paid on ${orders} (${formatCount(license.seats ?? 0)} seats net of refunds, before tax), ${spread}.`;
  }
  if (license.source === "list_price") {
    const spread = license.termMonths ? `over its ${license.termMonths}-month term` : `over ${lifetime}`;
    return `No paid order yet, so at list price: ${money(license.perSeat, currency)} per seat (${license.packageName}, the tier for ${formatCount(license.seats ?? 0)} seats), spread ${spread}.`;
  }
  return `No paid order and no package in ${currency.toUpperCase()}: there is no license price to compare with.`;
}

/** The notes under the headline: the currency, orders left out, and what "tokens per device per month" means. */
function notes(data: Economics): string[] {
  return [
    licenseBasis(data),
    ...(data.license.otherCurrencyOrders > 0
      ? [`${formatCount(data.license.otherCurrencyOrders)} paid ${data.license.otherCurrencyOrders === 1 ? "order" : "orders"} in another currency than ${data.currency.toUpperCase()} ${data.license.otherCurrencyOrders === 1 ? "is" : "are"} left out.`]
      : []),
    ...(data.currencyFromProfile ? [] : ["No billing profile yet: amounts are in USD, the currency of the first purchase decides later."]),
    `Tokens per device per month: input and output tokens of a SKU's devices over the last 30 full UTC days (${data.window.from} to ${data.window.to}), divided by its devices that interacted in those days. The fleet grows by the last 90 days' activations, a third of them each month.`,
  ];
}

/** "What does a device cost us": the fleet's figures per device and month, and over the next 12 months. */
export function EconomicsSummary({ data }: { data: Economics }) {
  const { totals, currency } = data;
  const times = multiple(totals.tokenPerDevice, totals.licensePerDevice);
  const price = data.tokenPrice;
  return (
    <section aria-label="What a device costs" className="space-y-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard label="License per device / month" value={money(totals.licensePerDevice, currency)} hint="Predictable: the seat, spread over its life" />
        <StatCard
          label="Token billing per device / month"
          value={money(totals.tokenPerDevice, currency)}
          hint={
            price
              ? `${formatCompact(totals.inputTokensPerDevice + totals.outputTokensPerDevice)} tokens at ${formatMoney(price.inputPerMillion, currency)} / ${formatMoney(price.outputPerMillion, currency)} per 1M`
              : "No token price set"
          }
        />
        <StatCard label="Token billing ÷ license" value={times ?? "—"} hint="How many times the license the same usage would cost" />
        <StatCard
          label="Next 12 months, fleet"
          value={money(totals.license12Months, currency)}
          hint={`on licenses, vs ${money(totals.token12Months, currency)} on token billing (${formatCount(totals.devicesIn12Months)} devices by then)`}
        />
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-600">
        {notes(data).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
