"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { FilePlus2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { BillingProfileMissingNotice } from "@/features/billing/billing-profile-missing";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useBillingWords } from "@/features/licenses/use-billing-words";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { fieldErrors } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { formatRate, priceSeats, taxOn } from "@/shared/pricing";
import { quotePath } from "./quote-meta";

type Values = { packageId: string; seats: string; validDays: string; paymentTermsDays: string; terms: string };

/** Drafts a quote: package, seats (priced live at their tier, with tax), validity, payment terms and free terms. */
export function NewQuoteDialog({ orgSlug }: { orgSlug: string }) {
  const t = useTranslations("quotes.new");
  const { money } = useLicenseFormat();
  const words = useBillingWords();
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const id = useId();
  const packages = useQuery(trpc.license.packages.queryOptions({ orgSlug }));
  const profile = useQuery(trpc.billing.profile.queryOptions({ orgSlug }));
  const tax = useQuery(trpc.billing.tax.queryOptions({ orgSlug }));
  const create = useMutation(trpc.quote.create.mutationOptions());
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Values>({ packageId: "", seats: "10000", validDays: "30", paymentTermsDays: "30", terms: "" });
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const offered = (packages.data ?? []).filter((pkg) => pkg.currency === profile.data?.currency);
  const pkg = offered.find((candidate) => candidate.id === values.packageId) ?? offered[0];
  const seats = /^\d+$/.test(values.seats.trim()) ? Number(values.seats.trim()) : null;
  const price = pkg && seats !== null ? priceSeats(pkg.tiers, seats) : null;
  const taxAmount = price && tax.data ? taxOn(price.amountTotal, tax.data.rateBps) : 0;
  const set = (patch: Partial<Values>) => setValues((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!pkg) return;
    setFormError(null);
    setErrors({});
    create.mutate(
      { orgSlug, packageId: pkg.id, seats: values.seats.trim(), validDays: values.validDays.trim(), paymentTermsDays: values.paymentTermsDays.trim(), terms: values.terms },
      {
        onSuccess: async (quote) => {
          await queryClient.invalidateQueries({ queryKey: trpc.quote.list.pathKey() });
          router.push(quotePath(orgSlug, quote.id));
        },
        onError: (cause) => {
          const byField = fieldErrors(cause);
          setErrors(byField);
          setFormError(Object.keys(byField).length > 0 ? t("checkFields") : errorMessage(cause));
        },
      },
    );
  };
  const numberField = (name: "seats" | "validDays" | "paymentTermsDays", label: string, hint: string) => (
    <Field label={label} htmlFor={`${id}-${name}`} hint={hint}>
      <Input
        id={`${id}-${name}`}
        inputMode="numeric"
        value={values[name]}
        onChange={(event) => set({ [name]: event.target.value })}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${id}-${name}-hint ${id}-${name}-error` : `${id}-${name}-hint`}
      />
      {errors[name] ? (
        <p id={`${id}-${name}-error`} className="text-xs text-red-700">
          {errors[name]}
        </p>
      ) : null}
    </Field>
  );

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <FilePlus2 aria-hidden />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-lg">
        <DialogTitle>{t("title")}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        {profile.isSuccess && profile.data === null ? (
          <BillingProfileMissingNotice id={`${id}-profile`} orgSlug={orgSlug} />
        ) : (
          <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="mt-5 space-y-4">
            {offered.length > 1 ? (
              <Field label={t("package")} htmlFor={`${id}-package`}>
                <Select id={`${id}-package`} value={pkg?.id ?? ""} onChange={(event) => set({ packageId: event.target.value })}>
                  {offered.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name} ({candidate.currency.toUpperCase()})
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
            {numberField("seats", t("seats"), t("seatsHint"))}
            <div className="grid gap-4 sm:grid-cols-2">
              {numberField("validDays", t("validDays"), t("validDaysHint"))}
              {numberField("paymentTermsDays", t("paymentTermsDays"), t("paymentTermsDaysHint"))}
            </div>
            <Field label={t("terms")} htmlFor={`${id}-terms`} hint={t("termsHint")}>
              <Textarea id={`${id}-terms`} rows={3} maxLength={1_000} value={values.terms} onChange={(event) => set({ terms: event.target.value })} />
            </Field>
            <p className="text-sm text-slate-700 tabular-nums" aria-live="polite" data-testid="quote-price">
              {price && pkg
                ? taxAmount > 0 && tax.data
                  ? t("priceWithTax", {
                      count: price.seats,
                      unit: money(price.unitAmount, pkg.currency),
                      subtotal: money(price.amountTotal, pkg.currency),
                      taxLabel: words.taxLabel(tax.data),
                      rate: formatRate(tax.data.rateBps),
                      tax: money(taxAmount, pkg.currency),
                      total: money(price.amountTotal + taxAmount, pkg.currency),
                    })
                  : t("price", {
                      count: price.seats,
                      unit: money(price.unitAmount, pkg.currency),
                      subtotal: money(price.amountTotal, pkg.currency),
                      total: money(price.amountTotal + taxAmount, pkg.currency),
                    })
                : pkg
                  ? t("startsAt", { count: pkg.tiers[0]!.fromSeats })
                  : t("noPackage")}
            </p>
            <FormError message={formError} />
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary">{t("cancel")}</Button>
              </DialogClose>
              <Button type="submit" pending={create.isPending} disabled={!pkg}>
                {t("create")}
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
