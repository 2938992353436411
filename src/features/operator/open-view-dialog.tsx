"use client";

import { useMutation } from "@tanstack/react-query";
import { Eye } from "lucide-react";
import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { describedBy, FieldError } from "@/components/ui/field-error";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { errorMessage } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { OperatorOrg } from "./operator-meta";

/** Opens an organization's console read-only for support, after the operator says why (the tenant sees the reason). */
export function OpenViewDialog({ org }: { org: OperatorOrg }) {
  const trpc = useTRPC();
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | undefined>();
  const open = useMutation(trpc.operator.openOrgView.mutationOptions());

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get("reason") ?? "").trim();
    if (reason.length < 5) return setError("Give a reason of at least 5 characters, e.g. the support ticket.");
    setError(undefined);
    open.mutate({ orgId: org.id, reason }, { onSuccess: (view) => router.push(`/o/${view.slug}`) });
  };

  return (
    <Dialog onOpenChange={() => open.reset()}>
      <DialogTrigger asChild>
        <Button variant="secondary" size="sm" aria-label={`View ${org.name} read-only`}>
          <Eye aria-hidden />
          View
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>View {org.name} read-only</DialogTitle>
        <DialogDescription>
          You will see the organization&apos;s console as a viewer for 60 minutes and can change nothing. The visit and your reason are written to
          its audit log, which its owners and admins read.
        </DialogDescription>
        <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
          <Field label="Reason" htmlFor={`${id}-reason`} hint="The support ticket or the customer's request.">
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
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" pending={open.isPending || open.isSuccess}>
              Open read-only view
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
