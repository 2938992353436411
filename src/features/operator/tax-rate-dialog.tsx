"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { RecordFormDialog } from "./record-form-dialog";
import { bpsToPercent, parseTaxRate, type TaxRateValues } from "./tax-rate-values";

export type TaxRate = RouterOutputs["operator"]["taxRates"][number];

/** "Set a rate", or "Edit" for `rate`: a country's tax rate, for orders placed from now on. */
export function TaxRateDialog({ rate }: { rate?: TaxRate }) {
  const t = useTranslations("operator.taxRates");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.operator.setTaxRate.mutationOptions());
  const initial = (): TaxRateValues => (rate ? { country: rate.country, label: rate.label, percent: bpsToPercent(rate.rateBps) } : { country: "", label: "VAT", percent: "" });
  return (
    <RecordFormDialog
      editLabel={rate ? t("editLabel", { country: rate.country }) : undefined}
      newLabel={t("new")}
      title={rate ? t("editTitle", { country: rate.country }) : t("newTitle")}
      description={t("dialogDescription")}
      formLabel={t("form")}
      saveLabel={t("save")}
      initial={initial}
      fields={() => [
        { name: "country", label: t("country"), hint: t("countryHint"), disabled: Boolean(rate) },
        { name: "label", label: t("label"), hint: t("labelHint") },
        { name: "percent", label: t("percent"), hint: t("percentHint") },
      ]}
      parse={parseTaxRate}
      save={save}
      onSaved={() => queryClient.invalidateQueries({ queryKey: trpc.operator.taxRates.queryKey() })}
    />
  );
}
