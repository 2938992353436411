"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { RecordFormDialog } from "./record-form-dialog";
import { parseTokenPrice, tokenPriceValues } from "./token-price-values";

export type TokenPrice = RouterOutputs["operator"]["tokenPrices"][number];

/** "Set a price", or "Edit" for `price`: Anima's default token price in a currency. */
export function TokenPriceDialog({ price }: { price?: TokenPrice }) {
  const t = useTranslations("operator.tokenPrices");
  const tc = useTranslations("operator.common");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.operator.setTokenPrice.mutationOptions());
  const code = price?.currency.toUpperCase();
  return (
    <RecordFormDialog
      editLabel={code ? t("editLabel", { currency: code }) : undefined}
      newLabel={t("new")}
      title={code ? t("editTitle", { currency: code }) : t("newTitle")}
      description={t("dialogDescription")}
      formLabel={t("form")}
      saveLabel={t("save")}
      initial={() => tokenPriceValues(price)}
      fields={(values) => {
        const currency = (values.currency.trim() || t("currencyPlaceholder")).toUpperCase();
        return [
          { name: "currency", label: tc("currency"), hint: t("currencyHint"), disabled: Boolean(price) },
          { name: "input", label: t("input", { currency }), hint: t("inputHint") },
          { name: "output", label: t("output", { currency }), hint: t("outputHint") },
        ];
      }}
      parse={parseTokenPrice}
      save={save}
      onSaved={() => queryClient.invalidateQueries({ queryKey: trpc.operator.tokenPrices.queryKey() })}
    />
  );
}
