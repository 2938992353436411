"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import type { Economics } from "./economics-meta";
import { parsePricing, pricingValues, type PricingErrors, type PricingValues } from "./pricing-values";
import { useEconomicsFormat } from "./use-economics-format";

type Price = { inputPerMillion: number; outputPerMillion: number };
const sameFigures = (a: Price, b: Price | null) => b !== null && a.inputPerMillion === b.inputPerMillion && a.outputPerMillion === b.outputPerMillion;

/** Which token price is in force, and Anima's default beside the organization's own. */
function usePriceSource(data: Economics): string {
  const t = useTranslations("economics.pricing");
  const format = useEconomicsFormat();
  const price = (figures: Price) => t("price", { input: format.money(figures.inputPerMillion, data.currency), output: format.money(figures.outputPerMillion, data.currency) });
  if (!data.tokenPrice) return t("noDefault", { currency: data.currency.toUpperCase() });
  if (data.tokenPrice.source === "default") return t("default", { price: price(data.tokenPrice) });
  return data.defaultTokenPrice ? t("ownWithDefault", { price: price(data.defaultTokenPrice) }) : t("own");
}

/**
 * The assumptions of the page: the token price the same usage is priced at (the organization's
 * own or Anima's default) and how long a device with a perpetual seat lives. Saving answers the
 * whole page anew.
 */
export function PricingForm({ orgSlug, data }: { orgSlug: string; data: Economics }) {
  const t = useTranslations("economics.pricing");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const priceSource = usePriceSource(data);
  const save = useMutation(trpc.economics.setPricing.mutationOptions());
  const [values, setValues] = useState<PricingValues>(() => pricingValues(data.tokenPrice, data.deviceLifetimeMonths, data.currency));
  const [errors, setErrors] = useState<PricingErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const currency = data.currency.toUpperCase();

  const submit = (input: Parameters<typeof save.mutate>[0]) => {
    setFormError(null);
    save.mutate(input, {
      onSuccess: (answer) => {
        queryClient.setQueryData(trpc.economics.get.queryKey({ orgSlug }), answer);
        setValues(pricingValues(answer.tokenPrice, answer.deviceLifetimeMonths, answer.currency));
      },
      onError: (cause) => setFormError(errorMessage(cause)),
    });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parsePricing(values, data.currency);
    setErrors(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    // Anima's default left as it was stays the default (it follows the operator's later changes).
    const typed = parsed.input.tokenPrice;
    const keepsDefault = data.tokenPrice?.source !== "organization" && sameFigures(typed, data.defaultTokenPrice);
    submit({ orgSlug, ...parsed.input, tokenPrice: keepsDefault ? null : typed });
  };
  const field = (name: keyof PricingValues, label: string, hint: string) => {
    const problem = errors[name];
    return (
      <TextField
        id={`${id}-${name}`}
        label={label}
        hint={hint}
        value={values[name]}
        error={problem ? t(problem, { currency }) : undefined}
        inputMode={name === "lifetime" ? "numeric" : "decimal"}
        className="min-w-0 flex-1"
        onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
      />
    );
  };

  return (
    <Card aria-labelledby={`${id}-title`}>
      <CardHeader>
        <CardTitle id={`${id}-title`}>{t("title")}</CardTitle>
        <CardDescription>{priceSource}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-label={t("form")} className="space-y-4 px-5 py-4">
        <div className="flex flex-col gap-4 md:flex-row">
          {field("input", t("input", { currency }), t("inputHint"))}
          {field("output", t("output", { currency }), t("outputHint"))}
          {field("lifetime", t("lifetime"), t("lifetimeHint"))}
        </div>
        <FormError message={formError} />
        <div className="flex flex-wrap justify-end gap-2">
          {data.tokenPrice?.source === "organization" ? (
            <Button
              variant="secondary"
              pending={save.isPending && save.variables?.tokenPrice === null}
              onClick={() => submit({ orgSlug, tokenPrice: null, deviceLifetimeMonths: data.deviceLifetimeMonths })}
            >
              {t("reset")}
            </Button>
          ) : null}
          <Button type="submit" pending={save.isPending && save.variables?.tokenPrice !== null}>
            {t("apply")}
          </Button>
        </div>
      </form>
    </Card>
  );
}
