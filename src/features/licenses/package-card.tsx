"use client";

import { useMutation } from "@tanstack/react-query";
import { ShoppingCart } from "lucide-react";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { formatMoney } from "./money";
import { parseQuantity, QUANTITY_MAX, QUANTITY_MIN, seatCount, type LicensePackage } from "./order-meta";

type PackageCardProps = {
  orgSlug: string;
  pkg: LicensePackage;
  /** the element saying why buying is off; set, Buy is disabled and described by it */
  unavailableReasonId?: string;
};

/** One package: its price per seat and in total, a quantity, and Buy (which leaves for the checkout). */
export function PackageCard({ orgSlug, pkg, unavailableReasonId }: PackageCardProps) {
  const trpc = useTRPC();
  const id = useId();
  const checkout = useMutation(trpc.license.checkout.mutationOptions());
  const [quantity, setQuantity] = useState("1");
  const [error, setError] = useState<string | null>(null);
  // Stays true while the browser leaves for the checkout, so the button cannot be clicked twice.
  const [leaving, setLeaving] = useState(false);
  const parsed = parseQuantity(quantity);
  const seats = parsed.ok ? pkg.seats * parsed.value : null;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!parsed.ok || unavailableReasonId) return;
    setError(null);
    checkout.mutate(
      { orgSlug, packageId: pkg.id, packages: parsed.value },
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
    <article aria-labelledby={`${id}-name`} className="flex flex-col rounded-lg border border-slate-200 p-4">
      <h3 id={`${id}-name`} className="text-base font-semibold text-slate-900">
        {pkg.name}
      </h3>
      <p className="text-sm text-slate-600">{seatCount(pkg.seats)} per package</p>
      <dl className="mt-3 grid grid-cols-2 gap-x-3 gap-y-2 text-sm">
        <Fact label="Per seat">{formatMoney(pkg.unitAmount, pkg.currency)}</Fact>
        <Fact label="Package">{formatMoney(pkg.packageAmount, pkg.currency)}</Fact>
        <Fact label="Term">{pkg.termMonths ? `${pkg.termMonths} months` : "Seats never expire"}</Fact>
      </dl>
      <form onSubmit={onSubmit} noValidate className="mt-4 flex flex-1 flex-col gap-3 border-t border-slate-100 pt-4">
        <Field label="Quantity" htmlFor={`${id}-quantity`} hint={`Packages, ${QUANTITY_MIN} to ${QUANTITY_MAX}`}>
          <Input
            id={`${id}-quantity`}
            type="number"
            inputMode="numeric"
            min={QUANTITY_MIN}
            max={QUANTITY_MAX}
            step={1}
            value={quantity}
            className="w-28"
            onChange={(event) => setQuantity(event.target.value)}
            aria-invalid={parsed.ok ? undefined : true}
            aria-describedby={parsed.ok ? `${id}-quantity-hint` : `${id}-quantity-hint ${id}-quantity-error`}
          />
          {parsed.ok ? null : (
            <p id={`${id}-quantity-error`} className="text-xs text-red-700">
              {parsed.message}
            </p>
          )}
        </Field>
        <p className="mt-auto text-sm text-slate-700" aria-live="polite">
          Total:{" "}
          <span className="font-semibold text-slate-900 tabular-nums">
            {seats === null ? "—" : `${seatCount(seats)} · ${formatMoney(seats * pkg.unitAmount, pkg.currency)}`}
          </span>
        </p>
        <FormError message={error} />
        <Button
          type="submit"
          pending={checkout.isPending || leaving}
          disabled={!parsed.ok || unavailableReasonId !== undefined}
          aria-describedby={unavailableReasonId}
          className="w-full"
        >
          <ShoppingCart aria-hidden />
          {seats === null ? "Buy" : `Buy ${seatCount(seats)}`}
        </Button>
      </form>
    </article>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="font-medium text-slate-900 tabular-nums">{children}</dd>
    </div>
  );
}
