"use client";

import { useQuery } from "@tanstack/react-query";
import { Boxes, FileSpreadsheet, Plus, SquarePen, type LucideIcon } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { FormError } from "@/components/ui/form-error";
import { Select } from "@/components/ui/select";
import { TableSkeleton } from "@/components/ui/skeleton";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import { cn } from "@/lib/utils";
import type { ManifestDevice } from "../manifest-csv";
import { CsvUpload } from "./csv-upload";
import { RegistrationResult } from "./registration-result";
import { SingleDeviceForm } from "./single-device-form";

type Mode = "single" | "csv";
/** `label` and `description` are keys under `devices.register`. */
const MODES: { value: Mode; label: "modeSingle" | "modeCsv"; description: "modeSingleDescription" | "modeCsvDescription"; icon: LucideIcon }[] = [
  { value: "single", label: "modeSingle", description: "modeSingleDescription", icon: SquarePen },
  { value: "csv", label: "modeCsv", description: "modeCsvDescription", icon: FileSpreadsheet },
];

/** Choose a SKU, then register one device or a CSV batch; ends on the manifest download. */
export function RegisterDevices({ orgSlug, initialSkuId }: { orgSlug: string; initialSkuId: string }) {
  const t = useTranslations("devices.register");
  const errorMessage = useErrorMessage();
  const trpc = useTRPC();
  const skus = useQuery(trpc.sku.list.queryOptions({ orgSlug, includeArchived: false }));
  const [chosenSkuId, setSkuId] = useState(initialSkuId);
  const [mode, setMode] = useState<Mode>("single");
  const [registered, setRegistered] = useState<{ devices: ManifestDevice[]; sku: { id: string; code: string; name: string } } | null>(null);
  // Remounting the forms after "Register more" clears them.
  const [round, setRound] = useState(0);

  if (skus.isPending) return <TableSkeleton rows={3} label={t("loadingSkus")} />;
  if (skus.isError) return <FormError message={errorMessage(skus.error)} />;
  if (skus.data.length === 0) {
    return (
      <Card>
        <EmptyState
          icon={Boxes}
          title={t("noSkuTitle")}
          description={t("noSkuDescription")}
          action={
            <Button asChild>
              <Link href={`/o/${orgSlug}/skus/new`}>
                <Plus aria-hidden />
                {t("createSku")}
              </Link>
            </Button>
          }
          className="py-14"
        />
      </Card>
    );
  }

  // A single SKU needs no choice; a stale or archived preselection counts as none.
  const skuId = skus.data.some((sku) => sku.id === chosenSkuId) ? chosenSkuId : skus.data.length === 1 ? (skus.data[0]?.id ?? "") : "";
  const sku = skus.data.find((candidate) => candidate.id === skuId);

  if (registered) {
    return (
      <RegistrationResult
        orgSlug={orgSlug}
        devices={registered.devices}
        sku={registered.sku}
        onRegisterMore={() => {
          setRegistered(null);
          setRound(round + 1);
        }}
      />
    );
  }
  const onRegistered = (devices: ManifestDevice[]) => {
    if (!sku) return;
    setRegistered({ devices, sku: { id: sku.id, code: sku.code, name: sku.name } });
    // The result replaces a long preview: bring its download button into view.
    window.scrollTo({ top: 0 });
  };

  return (
    <div className="space-y-6">
      <Card>
        <CardHeader>
          <CardTitle>{t("skuStep")}</CardTitle>
          <CardDescription>{t("skuStepDescription")}</CardDescription>
        </CardHeader>
        <CardContent>
          <Field label={t("sku")} htmlFor="register-sku" className="max-w-md">
            <Select id="register-sku" value={skuId} onChange={(event) => setSkuId(event.target.value)}>
              <option value="">{t("chooseSku")}</option>
              {skus.data.map((option) => (
                <option key={option.id} value={option.id}>
                  {t("skuOption", { name: option.name, code: option.code })}
                </option>
              ))}
            </Select>
          </Field>
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("devicesStep")}</CardTitle>
          <CardDescription>{t("devicesStepDescription")}</CardDescription>
        </CardHeader>
        <CardContent className="space-y-5">
          <fieldset>
            <legend className="sr-only">{t("howToRegister")}</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {MODES.map(({ value, label, description, icon: Icon }) => (
                <label
                  key={value}
                  className={cn(
                    "flex cursor-pointer items-start gap-3 rounded-md border px-3 py-2.5 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600",
                    mode === value ? "border-brand-500 bg-brand-50/50" : "border-slate-200 hover:bg-slate-50",
                  )}
                >
                  <input type="radio" name="register-mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="sr-only" />
                  <Icon className={cn("mt-0.5 size-4 shrink-0", mode === value ? "text-brand-600" : "text-slate-500")} aria-hidden />
                  <span>
                    <span className="block text-sm font-medium text-slate-900">{t(label)}</span>
                    <span className="block text-xs text-slate-600">{t(description)}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          {mode === "single" ? (
            <SingleDeviceForm key={round} orgSlug={orgSlug} skuId={skuId} onRegistered={onRegistered} />
          ) : (
            <CsvUpload key={round} orgSlug={orgSlug} skuId={skuId} onRegistered={onRegistered} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
