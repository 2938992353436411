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
import { parseTokenPrice, tokenPriceValues, type TokenPriceValues } from "./token-price-values";
import { useFormDialog } from "./use-form-dialog";

export type TokenPrice = RouterOutputs["operator"]["tokenPrices"][number];

/** "Set a price", or "Edit" for `price`: Anima's default token price in a currency. */
export function TokenPriceDialog({ price }: { price?: TokenPrice }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const save = useMutation(trpc.operator.setTokenPrice.mutationOptions());
  const { open, setOpen, onOpenChange, values, setValue, errors, setErrors, formError, setFormError } = useFormDialog(() => tokenPriceValues(price));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = parseTokenPrice(values);
    setErrors(parsed.ok ? {} : parsed.errors);
    if (!parsed.ok) return;
    save.mutate(parsed.input, {
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.operator.tokenPrices.queryKey() });
        setOpen(false);
      },
      onError: (cause) => setFormError(errorMessage(cause)),
    });
  };
  const currency = (values.currency.trim() || "currency").toUpperCase();
  const fields: { name: keyof TokenPriceValues; label: string; hint: string }[] = [
    { name: "currency", label: "Currency", hint: "One the license catalog sells in: usd, eur, cny." },
    { name: "input", label: `Input tokens (${currency} per 1M)`, hint: "E.g. 2.50: at most the currency's decimals." },
    { name: "output", label: `Output tokens (${currency} per 1M)`, hint: "Output tokens usually cost several times the input." },
  ];

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant={price ? "ghost" : "primary"} size={price ? "sm" : "md"} aria-label={price ? `Edit the ${price.currency.toUpperCase()} token price` : undefined}>
          {price ? <Pencil aria-hidden /> : <Plus aria-hidden />}
          {price ? "Edit" : "Set a price"}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-md">
        <DialogTitle>{price ? `Token price in ${price.currency.toUpperCase()}` : "Set a token price"}</DialogTitle>
        <DialogDescription>Organizations without a price of their own see their unit economics at this price at once.</DialogDescription>
        <form onSubmit={onSubmit} noValidate aria-label="Token price" className="mt-5 space-y-4">
          {fields.map(({ name, label, hint }) => (
            <TextField
              key={name}
              id={`${id}-${name}`}
              label={label}
              hint={hint}
              value={values[name]}
              error={errors[name]}
              disabled={name === "currency" && Boolean(price)}
              onChange={(value) => setValue(name, value)}
            />
          ))}
          <FormError message={formError} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" pending={save.isPending}>
              Save price
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
