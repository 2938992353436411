"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleCheck, Gift } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { formatCount } from "@/features/licenses/license-meta";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { wholeNumberIn, type OperatorOrg, type OrgBalance } from "./operator-meta";

/** Contract seats for one organization, without payment; shows the balance they lead to. */
export function GrantSeatsDialog({ org }: { org: OperatorOrg }) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={`Grant seats to ${org.name}`}>
          <Gift aria-hidden />
          Grant seats
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>Grant seats to {org.name}</DialogTitle>
        <DialogDescription>Contract seats, no payment. The grant is recorded in the organization&apos;s seat ledger and audit log.</DialogDescription>
        <GrantSeatsForm org={org} />
      </DialogContent>
    </Dialog>
  );
}

function GrantSeatsForm({ org }: { org: OperatorOrg }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const grant = useMutation(trpc.operator.grantSeats.mutationOptions());
  const [errors, setErrors] = useState<{ seats?: string; reason?: string; form?: string }>({});
  const [balance, setBalance] = useState<OrgBalance | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const seats = wholeNumberIn(String(data.get("seats") ?? ""), 1, 10_000_000);
    const reason = String(data.get("reason") ?? "").trim();
    const found = {
      seats: seats === null ? "Seats must be a whole number from 1 to 10,000,000." : undefined,
      reason: reason.length < 3 ? "Give a reason (at least 3 characters), e.g. the contract." : undefined,
    };
    setErrors(found);
    if (seats === null || found.reason) return;
    grant.mutate(
      { orgId: org.id, seats, reason },
      {
        onSuccess: (next) => {
          setBalance(next);
          void queryClient.invalidateQueries({ queryKey: trpc.operator.organizations.pathKey() });
        },
        onError: (cause) => setErrors({ form: errorMessage(cause) }),
      },
    );
  };

  if (balance) {
    return (
      <>
        <p role="status" className="mt-5 flex items-start gap-2 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          <CircleCheck className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span>
            Seats granted. New balance: <strong>{formatCount(balance.seatsTotal)} seats total</strong>, {formatCount(balance.seatsUsed)} used,{" "}
            {formatCount(balance.seatsAvailable)} available.
          </span>
        </p>
        <DialogFooter>
          <DialogClose asChild>
            <Button>Done</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
      <Field label="Seats" htmlFor={`${id}-seats`}>
        <Input id={`${id}-seats`} name="seats" inputMode="numeric" autoComplete="off" aria-invalid={errors.seats ? true : undefined} aria-describedby={describedBy(errors.seats && `${id}-seats-error`)} />
        <FieldError id={`${id}-seats-error`} message={errors.seats} />
      </Field>
      <Field label="Reason" htmlFor={`${id}-reason`} hint="The contract or ticket this grant comes from.">
        <Input
          id={`${id}-reason`}
          name="reason"
          maxLength={500}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describedBy(`${id}-reason-hint`, errors.reason && `${id}-reason-error`)}
        />
        <FieldError id={`${id}-reason-error`} message={errors.reason} />
      </Field>
      <FormError message={errors.form} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">Cancel</Button>
        </DialogClose>
        <Button type="submit" pending={grant.isPending}>
          Grant seats
        </Button>
      </DialogFooter>
    </form>
  );
}
