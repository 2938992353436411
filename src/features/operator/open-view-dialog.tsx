"use client";

import { useMutation } from "@tanstack/react-query";
import { Eye } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import type { OperatorOrg } from "./operator-meta";

/** Opens an organization's console read-only for support, after the operator says why (the tenant sees the reason). */
export function OpenViewDialog({ org }: { org: OperatorOrg }) {
  const t = useTranslations("operator.openView");
  const tc = useTranslations("operator.common");
  const tv = useTranslations("operator.validation");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const open = useMutation(trpc.operator.openOrgView.mutationOptions());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    if (reason.length < 5) return setError(tv("viewReason"));
    setError(undefined);
    open.mutate({ orgId: org.id, reason }, { onSuccess: (view) => router.push(`/o/${view.slug}`) });
  };

  return (
    <Dialog onOpenChange={() => open.reset()}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={t("triggerLabel", { org: org.name })}>
          <Eye aria-hidden />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("title", { org: org.name })}</DialogTitle>
        <DialogDescription>{t("description")}</DialogDescription>
        <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
          <Field label={tc("reason")} htmlFor={`${id}-reason`} hint={t("reasonHint")}>
            <Input
              id={`${id}-reason`}
              name="reason"
              maxLength={500}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(`${id}-reason-hint`, error && `${id}-reason-error`)}
            />
            <FieldError id={`${id}-reason-error`} message={error} />
          </Field>
          <FormError message={open.error ? errorMessage(open.error) : undefined} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">{tc("cancel")}</Button>
            </DialogClose>
            <Button type="submit" pending={open.isPending || open.isSuccess}>
              {t("submit")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
