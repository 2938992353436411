"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Input } from "@/components/ui/input";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import type { ManifestDevice } from "../manifest-csv";
import { validateDeviceRows } from "../validate-device-rows";

type SingleDeviceFormProps = { orgSlug: string; skuId: string; onRegistered: (devices: ManifestDevice[]) => void };

/** Registers one device by serial, with an optional label and batch. */
export function SingleDeviceForm({ orgSlug, skuId, onRegistered }: SingleDeviceFormProps) {
  const t = useTranslations("devices.register");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const register = useMutation(trpc.device.register.mutationOptions());
  const [values, setValues] = useState({ serial: "", label: "", batch: "" });
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const row = { row: 1, serial: values.serial.trim(), label: values.label.trim(), batch: values.batch.trim(), tags: "", issues: [] };
    // The same rules as the CSV preview, so a typo is explained before the request.
    const issues = validateDeviceRows([row]).rows[0]?.issues ?? [];
    if (issues.length > 0) {
      setError(issues.join(" "));
      return;
    }
    setError(null);
    register.mutate(
      { orgSlug, skuId, devices: [{ serial: row.serial, label: row.label || undefined, batch: row.batch || undefined }] },
      {
        onSuccess: ({ devices }) => {
          void queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.sku.pathKey() });
          onRegistered(devices);
        },
        onError: (cause) => setError(errorMessage(cause)),
      },
    );
  };

  return (
    <form onSubmit={onSubmit} className="space-y-4" aria-label={t("singleFormLabel")} noValidate>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label={t("serial")} htmlFor="device-serial" hint={t("serialHint")}>
          <Input
            id="device-serial"
            value={values.serial}
            maxLength={64}
            required
            spellCheck={false}
            autoCapitalize="none"
            autoComplete="off"
            className="font-mono"
            aria-describedby="device-serial-hint"
            aria-invalid={error ? true : undefined}
            onChange={(event) => setValues({ ...values, serial: event.target.value })}
          />
        </Field>
        <Field label={t("label")} htmlFor="device-label" hint={t("labelHint")}>
          <Input id="device-label" value={values.label} maxLength={100} aria-describedby="device-label-hint" onChange={(event) => setValues({ ...values, label: event.target.value })} />
        </Field>
        <Field label={t("batch")} htmlFor="device-batch" hint={t("batchHint")}>
          <Input id="device-batch" value={values.batch} maxLength={64} aria-describedby="device-batch-hint" onChange={(event) => setValues({ ...values, batch: event.target.value })} />
        </Field>
      </div>
      <FormError message={error} />
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end">
        {skuId === "" ? <p className="text-sm text-slate-600 sm:mr-auto">{t("chooseSkuFirst")}</p> : null}
        <Button type="submit" pending={register.isPending} disabledReason={skuId === "" ? t("chooseSkuFirst") : null}>
          <Plus aria-hidden />
          {t("registerDevice")}
        </Button>
      </div>
    </form>
  );
}
