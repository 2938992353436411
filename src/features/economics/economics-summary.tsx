import { useTranslations } from "next-intl";
import { StatCard } from "@/components/ui/stat-card";
import { multiple, type Economics } from "./economics-meta";
import { useEconomicsFormat, type EconomicsFormat } from "./use-economics-format";

type SummaryT = ReturnType<typeof useTranslations<"economics.summary">>;

/** Where the license figure comes from, in one sentence. */
function licenseBasis(data: Economics, t: SummaryT, format: EconomicsFormat): string {
  const { license, currency, deviceLifetimeMonths: months } = data;
  const perSeat = format.money(license.perSeat, currency);
  const seats = license.seats ?? 0;
  if (license.source === "orders") {
    const values = { perSeat, orders: license.orders, seats, months };
    return license.termOrders === 0 ? t("basisOrdersLifetime", values) : t("basisOrdersTerms", values);
  }
  if (license.source === "list_price") {
    const values = { perSeat, packageName: license.packageName ?? "", seats };
    return license.termMonths ? t("basisListTerm", { ...values, term: license.termMonths }) : t("basisListLifetime", { ...values, months });
  }
  return t("basisNone", { currency: currency.toUpperCase() });
}

/** The notes under the headline: the currency, orders left out, and what "tokens per device per month" means. */
function notes(data: Economics, t: SummaryT, format: EconomicsFormat): string[] {
  const otherOrders = data.license.otherCurrencyOrders;
  return [
    licenseBasis(data, t, format),
    ...(otherOrders > 0 ? [t("otherCurrency", { count: otherOrders, currency: data.currency.toUpperCase() })] : []),
    ...(data.currencyFromProfile ? [] : [t("noProfile")]),
    t("tokensMeaning", { from: data.window.from, to: data.window.to }),
  ];
}

/** "What does a device cost us": the fleet's figures per device and month, and over the next 12 months. */
export function EconomicsSummary({ data }: { data: Economics }) {
  const t = useTranslations("economics.summary");
  const format = useEconomicsFormat();
  const { totals, currency } = data;
  const times = multiple(totals.tokenPerDevice, totals.licensePerDevice);
  const price = data.tokenPrice;
  return (
    <section aria-label={t("label")} className="space-y-4">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <StatCard label={t("license")} value={format.money(totals.licensePerDevice, currency)} hint={t("licenseHint")} />
        <StatCard
          label={t("token")}
          value={format.money(totals.tokenPerDevice, currency)}
          hint={
            price
              ? t("tokenHint", {
                  tokens: format.compact(totals.inputTokensPerDevice + totals.outputTokensPerDevice),
                  input: format.money(price.inputPerMillion, currency),
                  output: format.money(price.outputPerMillion, currency),
                })
              : t("noTokenPrice")
          }
        />
        <StatCard label={t("ratio")} value={times ?? "—"} hint={t("ratioHint")} />
        <StatCard
          label={t("next12")}
          value={format.money(totals.license12Months, currency)}
          hint={t("next12Hint", { token: format.money(totals.token12Months, currency), devices: totals.devicesIn12Months })}
        />
      </div>
      <ul className="list-disc space-y-1 pl-5 text-sm text-slate-600">
        {notes(data, t, format).map((note) => (
          <li key={note}>{note}</li>
        ))}
      </ul>
    </section>
  );
}
