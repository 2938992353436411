import { Plus, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { wholeNumberIn } from "./operator-meta";
import type { TierValues } from "./package-values";

const MAX_ROWS = 8;

type TierRowsFieldProps = { id: string; rows: TierValues[]; currency: string; error?: string; onChange: (rows: TierValues[]) => void };

/**
 * The package's volume tiers, one row each: from how many seats, at what per-seat price in minor
 * units (shown formatted beside it). The first row's count is the smallest order.
 */
export function TierRowsField({ id, rows, currency, error, onChange }: TierRowsFieldProps) {
  const t = useTranslations("operator.packageForm");
  const format = useLicenseFormat();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const edit = (index: number, patch: Partial<TierValues>) => onChange(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  const cell = (index: number, field: keyof TierValues, label: string) => (
    <Input
      aria-label={label}
      value={rows[index]![field]}
      inputMode="numeric"
      autoComplete="off"
      onChange={(event) => edit(index, { [field]: event.target.value })}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(hintId, error && errorId)}
    />
  );

  return (
    <fieldset className="space-y-2 sm:col-span-2">
      <legend className="text-sm font-medium text-slate-800">{t("tiers")}</legend>
      <p id={hintId} className="text-xs text-slate-500">
        {t("tiersHint")}
      </p>
      <div className="grid grid-cols-[1fr_1fr_auto_auto] items-center gap-2 text-xs text-slate-500" aria-hidden>
        <span>{t("fromSeats")}</span>
        <span>{t("perSeat")}</span>
      </div>
      {rows.map((row, index) => {
        const amount = wholeNumberIn(row.unitAmount, 1, 10_000_000);
        return (
          <div key={index} className="grid grid-cols-[1fr_1fr_auto_auto] items-center gap-2">
            {cell(index, "fromSeats", t("fromSeatsCell", { tier: index + 1 }))}
            {cell(index, "unitAmount", t("perSeatCell", { tier: index + 1 }))}
            <span className="w-20 text-right text-sm text-slate-600 tabular-nums">{amount === null ? "—" : format.money(amount, currency)}</span>
            <Button
              type="button"
              variant="ghost"
              size="icon"
              aria-label={t("removeTier", { tier: index + 1 })}
              disabled={rows.length === 1}
              onClick={() => onChange(rows.filter((_, at) => at !== index))}
            >
              <Trash2 aria-hidden />
            </Button>
          </div>
        );
      })}
      <Button type="button" variant="secondary" size="sm" disabled={rows.length >= MAX_ROWS} onClick={() => onChange([...rows, { fromSeats: "", unitAmount: "" }])}>
        <Plus aria-hidden />
        {t("addTier")}
      </Button>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
