"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Pencil, Plus } from "lucide-react";
import { useId, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FormError } from "@/components/ui/form-error";
import { TextField } from "@/components/ui/text-field";
import { errorMessage } from "@/lib/errors";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import { bpsToPercent, parseTaxRate, type TaxRateValues } from "./tax-rate-values";
import { useFormDialog } from "./use-form-dialog";

export type TaxRate = RouterOutputs["operator"]["taxRates"][number];

/** "Set a rate", or "Edit" for `rate`: a country's tax rate, for orders placed from now on. */
export function TaxRateDialog({ rate }: { rate?: TaxRate }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const save = useMutation(trpc.operator.setTaxRate.mutationOptions());
  const initial: TaxRateValues = rate ? { country: rate.country, label: rate.label, percent: bpsToPercent(rate.rateBps) } : { country: "", label: "VAT", percent: "" };
  const { open, setOpen, onOpenChange, values, setValue, errors, setErrors, formError, setFormError } = useFormDialog(() => initial);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseTaxRate(values);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    save.mutate(parsed.input, {
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.operator.taxRates.queryKey() });
        setOpen(false);
      },
      onError: (cause) => setFormError(errorMessage(cause)),
    });
  };
  const field = (name: keyof TaxRateValues, label: string, hint: string, disabled = false) => (
    <TextField id={`${id}-${name}`} label={label} hint={hint} value={values[name]} error={errors[name]} disabled={disabled} onChange={(value) => setValue(name, value)} />
  );

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        {rate ? (
          <Button variant="ghost" size="sm" aria-label={`Edit the ${rate.country} rate`}>
            <Pencil aria-hidden />
            Edit
          </Button>
        ) : (
          <Button>
            <Plus aria-hidden />
            Set a rate
          </Button>
        )}
      </DialogTrigger>
      <DialogContent className="max-w-md">
        <DialogTitle>{rate ? `Tax rate for ${rate.country}` : "Set a tax rate"}</DialogTitle>
        <DialogDescription>Applies to orders placed from now on; orders already placed and their invoices keep their rate.</DialogDescription>
        <form onSubmit={onSubmit} noValidate aria-label="Tax rate" className="mt-5 space-y-4">
          {field("country", "Country", "2-letter ISO code of the buyer's country.", Boolean(rate))}
          {field("label", "Tax name", "Printed on invoices, e.g. VAT or GST.")}
          {field("percent", "Rate (%)", "0 to 50, up to two decimals: 25.5 for 25.5 %.")}
          <FormError message={formError} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" pending={save.isPending}>
              Save rate
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
