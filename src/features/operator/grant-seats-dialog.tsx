"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { CircleCheck, Gift } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useLicenseFormat } from "@/features/licenses/use-license-format";
import { useTRPC } from "@/lib/trpc";
import { wholeNumberIn, type OperatorOrg, type OrgBalance } from "./operator-meta";

/** Contract seats for one organization, without payment; shows the balance they lead to. */
export function GrantSeatsDialog({ org }: { org: OperatorOrg }) {
  const t = useTranslations("operator.grant");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={t("triggerLabel", { org: org.name })}>
          <Gift aria-hidden />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("title", { org: org.name })}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        <GrantSeatsForm org={org} />
      </DialogContent>
    </Dialog>
  );
}

function GrantSeatsForm({ org }: { org: OperatorOrg }) {
  const t = useTranslations("operator.grant");
  const tc = useTranslations("operator.common");
  const tv = useTranslations("operator.validation");
  const errorMessage = useErrorMessage();
  const format = useLicenseFormat();
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
      seats: seats === null ? tv("grantSeats") : undefined,
      reason: reason.length < 3 ? tv("grantReason") : undefined,
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
            {t.rich("granted", {
              strong: (chunks) => <strong>{chunks}</strong>,
              total: format.count(balance.seatsTotal),
              used: format.count(balance.seatsUsed),
              available: format.count(balance.seatsAvailable),
            })}
          </span>
        </p>
        <DialogFooter>
          <DialogClose asChild>
            <Button>{t("done")}</Button>
          </DialogClose>
        </DialogFooter>
      </>
    );
  }
  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
      <Field label={t("seats")} htmlFor={`${id}-seats`}>
        <Input id={`${id}-seats`} name="seats" inputMode="numeric" autoComplete="off" aria-invalid={errors.seats ? true : undefined} aria-describedby={describedBy(errors.seats && `${id}-seats-error`)} />
        <FieldError id={`${id}-seats-error`} message={errors.seats} />
      </Field>
      <Field label={tc("reason")} htmlFor={`${id}-reason`} hint={t("reasonHint")}>
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
          <Button variant="secondary">{tc("cancel")}</Button>
        </DialogClose>
        <Button type="submit" pending={grant.isPending}>
          {t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
