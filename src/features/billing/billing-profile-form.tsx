"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useId, useMemo, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { QueryStates } from "@/components/ui/query-states";
import { Select } from "@/components/ui/select";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { errorReason, fieldErrors } from "@/lib/errors";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";

type Country = { code: string; name: string };
type Profile = NonNullable<RouterOutputs["billing"]["profile"]>;
type Values = Record<"legalName" | "addressLine1" | "addressLine2" | "city" | "postalCode" | "region" | "country" | "taxId" | "billingEmail" | "currency", string>;

const valuesOf = (profile: Profile | null, currencies: string[]): Values => ({
  legalName: profile?.legalName ?? "",
  addressLine1: profile?.addressLine1 ?? "",
  addressLine2: profile?.addressLine2 ?? "",
  city: profile?.city ?? "",
  postalCode: profile?.postalCode ?? "",
  region: profile?.region ?? "",
  country: profile?.country ?? "",
  taxId: profile?.taxId ?? "",
  billingEmail: profile?.billingEmail ?? "",
  // US dollars when sold (the catalog's reference prices), else the first currency on offer.
  currency: profile?.currency ?? (currencies.includes("usd") ? "usd" : (currencies[0] ?? "usd")),
});

/** The organization's billing details: who invoices are issued to (required before buying seats). */
export function BillingProfileForm({ orgSlug, countries }: { orgSlug: string; countries: Country[] }) {
  const t = useTranslations("billing.profile");
  const trpc = useTRPC();
  const profile = useQuery(trpc.billing.profile.queryOptions({ orgSlug }));
  const currencies = useQuery(trpc.billing.currencies.queryOptions({ orgSlug }));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <QueryStates query={profile} loadingLabel={t("loading")}>
          {(saved) => (
            <QueryStates query={currencies} loadingLabel={t("loadingCurrencies")}>
              {(sold) => <ProfileFields orgSlug={orgSlug} saved={saved} countries={countries} currencies={sold} />}
            </QueryStates>
          )}
        </QueryStates>
      </CardContent>
    </Card>
  );
}

/**
 * Countries named in the console's language (the server's list is English), in that language's
 * order; English keeps the server's names as they are.
 */
function useCountryNames(countries: Country[]): Country[] {
  const locale = useLocale();
  return useMemo(() => {
    if (locale === "en") return countries;
    const names = new Intl.DisplayNames([locale], { type: "region" });
    const named = countries.map((country) => ({ code: country.code, name: names.of(country.code) ?? country.name }));
    const collator = new Intl.Collator(locale);
    return named.sort((a, b) => collator.compare(a.name, b.name));
  }, [countries, locale]);
}

function ProfileFields({ orgSlug, saved, countries: serverCountries, currencies }: { orgSlug: string; saved: Profile | null; countries: Country[]; currencies: string[] }) {
  const t = useTranslations("billing.profile");
  const errorMessage = useErrorMessage();
  const countries = useCountryNames(serverCountries);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const save = useMutation(trpc.billing.saveProfile.mutationOptions());
  const id = useId();
  const [values, setValues] = useState<Values>(() => valuesOf(saved, currencies));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const set = (patch: Partial<Values>) => {
    setValues((current) => ({ ...current, ...patch }));
    setDone(null);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setErrors({});
    setFormError(null);
    save.mutate(
      { orgSlug, ...values },
      {
        onSuccess: (profile) => {
          // The server's form of what was typed (a tax ID compacted, with its country prefix).
          setValues(valuesOf(profile, currencies));
          setDone(saved ? t("saved") : t("savedFirst"));
          void queryClient.invalidateQueries({ queryKey: trpc.billing.profile.queryKey({ orgSlug }) });
        },
        onError: (cause) => {
          const byField = fieldErrors(cause);
          if (errorReason(cause) === "CURRENCY_NOT_SOLD" || errorReason(cause) === "CURRENCY_LOCKED") byField.currency = errorMessage(cause);
          setErrors(byField);
          setFormError(Object.keys(byField).length > 0 ? t("checkFields") : errorMessage(cause));
        },
      },
    );
  };

  const control = (field: keyof Values, hint = false) => ({
    id: `${id}-${field}`,
    value: values[field],
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": [hint && `${id}-${field}-hint`, errors[field] && `${id}-${field}-error`].filter(Boolean).join(" ") || undefined,
  });
  const fieldError = (field: keyof Values) =>
    errors[field] ? (
      <p id={`${id}-${field}-error`} className="text-xs text-red-700">
        {errors[field]}
      </p>
    ) : null;
  const text = (field: keyof Values, label: string, options: { hint?: string; maxLength: number; autoComplete?: string; type?: string; className?: string }) => (
    <Field label={label} htmlFor={`${id}-${field}`} hint={options.hint} className={options.className}>
      <Input {...control(field, Boolean(options.hint))} type={options.type} maxLength={options.maxLength} autoComplete={options.autoComplete} onChange={(e) => set({ [field]: e.target.value })} />
      {fieldError(field)}
    </Field>
  );

  return (
    <form onSubmit={onSubmit} aria-label={t("formLabel")} noValidate className="space-y-5">
      <div className="grid gap-4 sm:grid-cols-2">
        {text("legalName", t("legalName"), { maxLength: 200, autoComplete: "organization", hint: t("legalNameHint"), className: "sm:col-span-2" })}
        {text("addressLine1", t("address"), { maxLength: 200, autoComplete: "address-line1", className: "sm:col-span-2" })}
        {text("addressLine2", t("address2"), { maxLength: 200, autoComplete: "address-line2", hint: t("optional"), className: "sm:col-span-2" })}
        {text("city", t("city"), { maxLength: 100, autoComplete: "address-level2" })}
        {text("postalCode", t("postalCode"), { maxLength: 20, autoComplete: "postal-code", hint: t("postalCodeHint") })}
        {text("region", t("region"), { maxLength: 100, autoComplete: "address-level1", hint: t("optional") })}
        <Field label={t("country")} htmlFor={`${id}-country`}>
          <Select {...control("country")} autoComplete="country" onChange={(e) => set({ country: e.target.value })}>
            <option value="">{t("choose")}</option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name}
              </option>
            ))}
          </Select>
          {fieldError("country")}
        </Field>
        {text("taxId", t("taxId"), { maxLength: 40, hint: t("taxIdHint") })}
        {text("billingEmail", t("billingEmail"), { maxLength: 254, type: "email", autoComplete: "email", hint: t("billingEmailHint") })}
        <Field label={t("currency")} htmlFor={`${id}-currency`} hint={t("currencyHint")}>
          <Select {...control("currency", true)} onChange={(e) => set({ currency: e.target.value })}>
            {currencies.map((currency) => (
              <option key={currency} value={currency}>
                {currency.toUpperCase()}
              </option>
            ))}
          </Select>
          {fieldError("currency")}
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" pending={save.isPending}>
          {t("save")}
        </Button>
        {done ? (
          <p role="status" className="text-sm text-emerald-700">
            {done}
          </p>
        ) : null}
      </div>
      <FormError message={formError} />
    </form>
  );
}
