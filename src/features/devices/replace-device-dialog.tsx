"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Replace } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import type { Device, DeviceDetail } from "./device-meta";
import { ReplacementPicker } from "./replacement-picker";

type ReplaceDeviceProps = { orgSlug: string; device: DeviceDetail; onReplaced: (message: string) => void };

/** RMA: moves this device's seat to a replacement that has not activated, and revokes this one. */
export function ReplaceDeviceDialog({ orgSlug, device, onReplaced }: ReplaceDeviceProps) {
  const t = useTranslations("devices.replace");
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  return (
    <Dialog open={open} onOpenChange={(next) => (busy ? undefined : setOpen(next))}>
      <DialogTrigger asChild>
        <Button variant="secondary">
          <Replace aria-hidden />
          {t("trigger")}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogTitle>{t("title", { serial: device.serial })}</DialogTitle>
        <DialogDescription>{t("description", { serial: device.serial })}</DialogDescription>
        <ReplaceDeviceForm
          orgSlug={orgSlug}
          device={device}
          onBusy={setBusy}
          onDone={(message) => {
            setOpen(false);
            onReplaced(message);
          }}
        />
      </DialogContent>
    </Dialog>
  );
}

type FormProps = { orgSlug: string; device: DeviceDetail; onBusy: (busy: boolean) => void; onDone: (message: string) => void };

// Rendered only while the dialog is open, so closing it starts the next replacement afresh.
function ReplaceDeviceForm({ orgSlug, device, onBusy, onDone }: FormProps) {
  const trpc = useTRPC();
  const t = useTranslations("devices.replace");
  const tCommon = useTranslations("common.actions");
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const id = useId();
  const transfer = useMutation(trpc.license.transferSeat.mutationOptions());
  const [replacement, setReplacement] = useState<Device | null>(null);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<{ replacement?: string; reason?: string; form?: string }>({});

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      replacement: replacement ? undefined : t("chooseReplacement"),
      reason: reason.trim().length >= 3 ? undefined : t("reasonTooShort"),
    };
    setErrors(found);
    if (!replacement || found.reason) return;
    onBusy(true);
    transfer.mutate(
      { orgSlug, fromDeviceId: device.id, toDeviceId: replacement.id, reason: reason.trim() },
      {
        onSuccess: async ({ from, to }) => {
          await Promise.all([
            queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() }),
            queryClient.invalidateQueries({ queryKey: trpc.license.pathKey() }),
          ]);
          onBusy(false);
          onDone(t("done", { to: to.serial, from: from.serial }));
        },
        onError: (cause) => {
          onBusy(false);
          setErrors({ form: errorMessage(cause) });
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="mt-5 space-y-4">
      <ReplacementPicker orgSlug={orgSlug} excludeId={device.id} selected={replacement} onSelect={setReplacement} error={errors.replacement} />
      <Field label={t("reason")} htmlFor={`${id}-reason`} hint={t("reasonHint")}>
        <Input
          id={`${id}-reason`}
          value={reason}
          maxLength={500}
          placeholder="RMA-2026-0142"
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={errors.reason ? `${id}-reason-hint ${id}-reason-error` : `${id}-reason-hint`}
        />
        {errors.reason ? (
          <p id={`${id}-reason-error`} className="text-xs text-red-700">
            {errors.reason}
          </p>
        ) : null}
      </Field>
      <FormError message={errors.form} />
      <DialogFooter>
        <DialogClose asChild>
          <Button variant="secondary" disabled={transfer.isPending}>
            {tCommon("cancel")}
          </Button>
        </DialogClose>
        <Button type="submit" variant="danger" pending={transfer.isPending}>
          {replacement ? t("moveSeat", { serial: replacement.serial }) : t("submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}
