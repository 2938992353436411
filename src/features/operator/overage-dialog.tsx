"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Percent } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { fieldErrors } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import { MAX_OVERAGE_PERCENT, wholeNumberIn, type OperatorOrg } from "./operator-meta";

/** How far past its seats an organization may keep activating devices (0 to 25 %). */
export function OverageDialog({ org }: { org: OperatorOrg }) {
  const t = useTranslations("operator.overage");
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label={t("triggerLabel", { org: org.name })}>
          <Percent aria-hidden />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("title", { org: org.name })}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        <OverageForm org={org} onSaved={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function OverageForm({ org, onSaved }: { org: OperatorOrg; onSaved: () => void }) {
  const t = useTranslations("operator.overage");
  const tc = useTranslations("operator.common");
  const tv = useTranslations("operator.validation");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const save = useMutation(trpc.operator.setOverage.mutationOptions());
  const [percent, setPercent] = useState(String(org.overagePercent));
  const [error, setError] = useState<{ field?: string; form?: string }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = wholeNumberIn(percent, 0, MAX_OVERAGE_PERCENT);
    if (value === null) {
      setError({ field: tv("overage", { max: MAX_OVERAGE_PERCENT }) });
      return;
    }
    setError({});
    save.mutate(
      { orgId: org.id, overagePercent: value },
      {
        onSuccess: async () => {
          await queryClient.invalidateQueries({ queryKey: trpc.operator.organizations.pathKey() });
          onSaved();
        },
        onError: (cause) => {
          const field = fieldErrors(cause).overagePercent;
          setError(field ? { field } : { form: errorMessage(cause) });
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
      <Field label={t("label")} htmlFor={`${id}-percent`} hint={t("hint", { max: MAX_OVERAGE_PERCENT })}>
        <Input
          id={`${id}-percent`}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_OVERAGE_PERCENT}
          step={1}
          value={percent}
          className="w-28"
          onChange={(event) => setPercent(event.target.value)}
          aria-invalid={error.field ? true : undefined}
          aria-describedby={describedBy(`${id}-percent-hint`, error.field && `${id}-percent-error`)}
        />
        <FieldError id={`${id}-percent-error`} message={error.field} />
      </Field>
      <FormError message={error.form} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary">{tc("cancel")}</Button>
        </DialogClose>
        <Button type="submit" pending={save.isPending}>
          {t("save")}
        </Button>
      </DialogFooter>
    </form>
  );
}
