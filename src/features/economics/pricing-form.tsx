"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { formatMoney } from "@/shared/money";
import type { Economics } from "./economics-meta";
import { parsePricing, pricingValues, type PricingErrors, type PricingValues } from "./pricing-values";

type Price = { inputPerMillion: number; outputPerMillion: number };
const sameFigures = (a: Price, b: Price | null) => b !== null && a.inputPerMillion === b.inputPerMillion && a.outputPerMillion === b.outputPerMillion;

/** Which token price is in force, and Anima's default beside the organization's own. */
function priceSource(data: Economics) {
  const fmt = (price: Price) =>
    `${formatMoney(price.inputPerMillion, data.currency)} in / ${formatMoney(price.outputPerMillion, data.currency)} out per million tokens`;
  if (!data.tokenPrice) return `Anima has no default token price in ${data.currency.toUpperCase()}: enter one.`;
  if (data.tokenPrice.source === "default") return `Anima's default price: ${fmt(data.tokenPrice)}.`;
  return `Your organization's own price. ${data.defaultTokenPrice ? `Anima's default: ${fmt(data.defaultTokenPrice)}.` : ""}`;
}

/**
 * The assumptions of the page: the token price the same usage is priced at (the organization's
 * own or Anima's default) and how long a device with a perpetual seat lives. Saving answers the
 * whole page anew.
 */
export function PricingForm({ orgSlug, data }: { orgSlug: string; data: Economics }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const save = useMutation(trpc.economics.setPricing.mutationOptions());
  const [values, setValues] = useState<PricingValues>(() => pricingValues(data.tokenPrice, data.deviceLifetimeMonths, data.currency));
  const [errors, setErrors] = useState<PricingErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

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
  const field = (name: keyof PricingValues, label: string, hint: string) => (
    <TextField
      id={`${id}-${name}`}
      label={label}
      hint={hint}
      value={values[name]}
      error={errors[name]}
      inputMode={name === "lifetime" ? "numeric" : "decimal"}
      className="min-w-0 flex-1"
      onChange={(value) => setValues((current) => ({ ...current, [name]: value }))}
    />
  );
  const currency = data.currency.toUpperCase();

  return (
    <Card aria-labelledby={`${id}-title`}>
      <CardHeader>
        <CardTitle id={`${id}-title`}>Assumptions</CardTitle>
        <CardDescription>{priceSource(data)}</CardDescription>
      </CardHeader>
      <form onSubmit={onSubmit} noValidate aria-label="Token price and device lifetime" className="space-y-4 px-5 py-4">
        <div className="flex flex-col gap-4 md:flex-row">
          {field("input", `Input tokens (${currency} per 1M)`, "What a cloud AI service charges per million tokens sent to the model.")}
          {field("output", `Output tokens (${currency} per 1M)`, "Per million tokens the model answers with.")}
          {field("lifetime", "Device lifetime (months)", "A perpetual seat is spread over it; seats with a term over their term.")}
        </div>
        <FormError message={formError} />
        <div className="flex flex-wrap justify-end gap-2">
          {data.tokenPrice?.source === "organization" ? (
            <Button
              variant="secondary"
              pending={save.isPending && save.variables?.tokenPrice === null}
              onClick={() => submit({ orgSlug, tokenPrice: null, deviceLifetimeMonths: data.deviceLifetimeMonths })}
            >
              Reset to Anima&apos;s default
            </Button>
          ) : null}
          <Button type="submit" pending={save.isPending && save.variables?.tokenPrice !== null}>
            Apply
          </Button>
        </div>
      </form>
    </Card>
  );
}
