"use client";

import { useMutation } from "@tanstack/react-query";
import { ShoppingCart } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { cheaperLargerOrder, formatRate, ORDER_MAX_SEATS, taxOn, type SeatPrice, type SeatsCheck } from "@/shared/pricing";
import { parseSeats, type LicensePackage } from "./order-meta";
import { TierTable } from "./tier-table";
import { useBillingWords } from "./use-billing-words";
import { useLicenseFormat } from "./use-license-format";

type PackageCardProps = {
  orgSlug: string;
  pkg: LicensePackage;
  /** the tax the organization's orders carry (null until its billing profile exists) */
  tax: OrderTax | null;
  /** the element saying why buying is off; set, Buy is disabled and described by it */
  unavailableReasonId?: string;
};

/**
 * One package: its volume tiers, a seat count priced live ("2,000 seats × $3.00 = $6,000.00, you
 * save …"), a hint when a larger order would cost no more, and Buy (which leaves for the checkout).
 */
export function PackageCard({ orgSlug, pkg, tax, unavailableReasonId }: PackageCardProps) {
  const t = useTranslations("licenses.package");
  const { money } = useLicenseFormat();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const id = useId();
  const checkout = useMutation(trpc.license.checkout.mutationOptions());
  const minimum = pkg.tiers[0]!.fromSeats;
  const [seatsText, setSeatsText] = useState(String(minimum));
  const [error, setError] = useState<string | null>(null);
  // Stays true while the browser leaves for the checkout, so the button cannot be clicked twice.
  const [leaving, setLeaving] = useState(false);
  const parsed = parseSeats(seatsText, pkg);
  const price = parsed.ok ? parsed.price : null;
  const larger = price ? cheaperLargerOrder(pkg.tiers, price.seats) : null;
  const seatsError = (check: Extract<SeatsCheck, { ok: false }>) =>
    check.problem === "aboveMaxAmount" ? t("seatsError.aboveMaxAmount", { amount: money(check.limit, pkg.currency) }) : t(`seatsError.${check.problem}`, { count: check.limit });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!price || unavailableReasonId) return;
    setError(null);
    checkout.mutate(
      { orgSlug, packageId: pkg.id, seats: price.seats },
      {
        onSuccess: ({ url }) => {
          setLeaving(true);
          window.location.assign(url);
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <article aria-labelledby={`${id}-name ${id}-currency`} className="flex flex-col rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`${id}-name`} className="text-base font-semibold text-slate-900">
          {pkg.name}
        </h3>
        <p className="text-xs text-slate-500">
          <span id={`${id}-currency`}>{pkg.currency.toUpperCase()}</span> · {pkg.termMonths ? t("lasts", { months: pkg.termMonths }) : t("neverExpire")}
        </p>
      </div>
      <TierTable tiers={pkg.tiers} currency={pkg.currency} activeIndex={price?.tierIndex ?? null} />
      <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-1 flex-col gap-3 border-t border-slate-100 pt-4">
        <Field label={t("seats")} htmlFor={`${id}-seats`} hint={t("seatsHint", { min: minimum, max: ORDER_MAX_SEATS })}>
          <Input
            id={`${id}-seats`}
            inputMode="numeric"
            value={seatsText}
            className="w-36"
            onChange={(event) => setSeatsText(event.target.value)}
            aria-invalid={parsed.ok ? undefined : true}
            aria-describedby={parsed.ok ? `${id}-seats-hint` : `${id}-seats-hint ${id}-seats-error`}
          />
          {parsed.ok ? null : (
            <p id={`${id}-seats-error`} className="text-xs text-red-700">
              {seatsError(parsed)}
            </p>
          )}
        </Field>
        <OrderPrice price={price} currency={pkg.currency} tax={tax} />
        {larger ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {t("larger", { count: larger.seats, amount: money(larger.amountTotal, pkg.currency) })}{" "}
            <button type="button" className="font-medium underline" onClick={() => setSeatsText(String(larger.seats))}>
              {t("buyInstead", { count: larger.seats })}
            </button>
          </p>
        ) : null}
        <FormError message={error} />
        <Button
          type="submit"
          pending={checkout.isPending || leaving}
          disabled={!price || unavailableReasonId !== undefined}
          aria-describedby={unavailableReasonId}
          className="mt-auto w-full"
        >
          <ShoppingCart aria-hidden />
          {price ? t("buySeats", { count: price.seats }) : t("buy")}
        </Button>
      </form>
    </article>
  );
}

/**
 * "2,000 seats × $3.00 = $6,000.00", what the tier saves against the first tier's price, and
 * the tax on top (or why there is none); read out as it changes.
 */
function OrderPrice({ price, currency, tax }: { price: SeatPrice | null; currency: string; tax: OrderTax | null }) {
  const t = useTranslations("licenses.package");
  const { money } = useLicenseFormat();
  return (
    <div className="text-sm text-slate-700" aria-live="polite" data-testid="order-price">
      {price ? (
        <>
          <p className="tabular-nums">
            {t.rich("price", {
              count: price.seats,
              unit: money(price.unitAmount, currency),
              total: money(price.amountTotal, currency),
              b: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
            })}
          </p>
          {price.savings > 0 ? (
            <p className="text-emerald-700 tabular-nums">
              {t("savings", {
                amount: money(price.savings, currency),
                percent: Math.round((price.savings / price.listAmount) * 100),
                list: money(price.listAmount / price.seats, currency),
              })}
            </p>
          ) : null}
          <TaxLine tax={tax} subtotal={price.amountTotal} currency={currency} />
        </>
      ) : (
        <p>{t("noTotal")}</p>
      )}
    </div>
  );
}

type OrderTax = { rateBps: number; label: string; note: string | null };

function TaxLine({ tax, subtotal, currency }: { tax: OrderTax | null; subtotal: number; currency: string }) {
  const t = useTranslations("licenses.package");
  const { money } = useLicenseFormat();
  const words = useBillingWords();
  if (!tax) return null;
  if (tax.note) return <p className="text-xs text-slate-500">{t("reverseCharge", { tax: words.taxLabel(tax) })}</p>;
  if (tax.rateBps === 0) return <p className="text-xs text-slate-500">{t("noTax")}</p>;
  const taxAmount = taxOn(subtotal, tax.rateBps);
  return (
    <p className="text-slate-600 tabular-nums">
      {t.rich("withTax", {
        tax: words.taxLabel(tax),
        rate: formatRate(tax.rateBps),
        amount: money(taxAmount, currency),
        total: money(subtotal + taxAmount, currency),
        b: (chunks) => <span className="font-semibold text-slate-900">{chunks}</span>,
      })}
    </p>
  );
}
