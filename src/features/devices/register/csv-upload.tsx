"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileText, RotateCcw, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FileDropZone } from "@/components/ui/file-drop-zone";
import { FormError } from "@/components/ui/form-error";
import { Progress } from "@/components/ui/progress";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { errorDetailList } from "@/lib/errors";
import { useTRPC } from "@/lib/trpc";
import type { ManifestDevice } from "../manifest-csv";
import { deviceInput, MAX_DEVICES_PER_FILE } from "../validate-device-rows";
import { CsvPreview } from "./csv-preview";
import { useCsvCheck } from "./use-csv-check";
import { useCsvMessages } from "./use-csv-messages";

type CsvUploadProps = { orgSlug: string; skuId: string; onRegistered: (devices: ManifestDevice[]) => void };

/** Upload, preview and validate a CSV of devices, then register them all in one request. */
export function CsvUpload({ orgSlug, skuId, onRegistered }: CsvUploadProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const t = useTranslations("devices.csv.upload");
  const tRegister = useTranslations("devices.register");
  const errorMessage = useErrorMessage();
  const { problemText } = useCsvMessages();
  const csv = useCsvCheck(orgSlug);
  const register = useMutation(trpc.device.register.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const { state } = csv;
  const rows = "rows" in state ? state.rows : [];
  // Why Register is off (null: it is on); shown as its tooltip and description.
  const registerBlocked =
    skuId === ""
      ? tRegister("chooseSkuFirst")
      : state.phase !== "ready"
        ? t("waitForCheck")
        : state.invalidCount > 0
          ? t("fixErrors")
          : null;

  const onFile = (file: File) => {
    setError(null);
    register.reset();
    csv.load(file);
  };

  const onRegister = () => {
    setError(null);
    register.mutate(
      { orgSlug, skuId, devices: rows.map(deviceInput) },
      {
        onSuccess: ({ devices }) => {
          void queryClient.invalidateQueries({ queryKey: trpc.device.pathKey() });
          void queryClient.invalidateQueries({ queryKey: trpc.sku.pathKey() });
          onRegistered(devices);
        },
        onError: (cause) => {
          // Registered by someone else since the check: show which rows are now taken.
          const taken = errorDetailList(cause, "serials");
          if (taken.length > 0) csv.markExisting(taken);
          setError(errorMessage(cause));
        },
      },
    );
  };

  if (state.phase === "idle" || state.phase === "invalid-file" || state.phase === "reading") {
    return (
      <div className="space-y-4">
        <FileDropZone
          accept=".csv,text/csv"
          label={t("dropLabel")}
          hint={t("dropHint", { max: MAX_DEVICES_PER_FILE })}
          onFile={onFile}
          disabled={state.phase === "reading"}
        />
        {state.phase === "reading" ? <Progress key="reading" label={t("reading", { file: state.fileName })} /> : null}
        {state.phase === "invalid-file" ? <FormError message={t("invalidFile", { file: state.fileName, problem: problemText(state.problem) })} /> : null}
        <p className="text-xs text-slate-500">
          {t.rich("example", { code: (chunks) => <code className="rounded bg-slate-100 px-1 py-0.5">{chunks}</code> })}
        </p>
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <FileText className="size-5 text-slate-500" aria-hidden />
        <p className="mr-auto min-w-0 truncate text-sm font-medium text-slate-900">{state.fileName}</p>
        <Button variant="secondary" size="sm" onClick={csv.reset} disabled={register.isPending}>
          <Upload aria-hidden />
          {t("chooseAnother")}
        </Button>
      </div>
      {state.phase === "checking" ? (
        <Progress
          key="checking"
          label={t("checking", { checked: state.checked, total: state.total })}
          value={state.checked}
          max={Math.max(1, state.total)}
        />
      ) : null}
      {state.phase === "check-failed" ? (
        <div className="space-y-2">
          <FormError message={t("checkFailed", { message: state.message })} />
          <Button variant="secondary" size="sm" onClick={csv.retry}>
            <RotateCcw aria-hidden />
            {t("checkAgain")}
          </Button>
        </div>
      ) : null}
      <CsvPreview rows={rows} hasHeader={state.hasHeader} checked={state.phase === "ready"} />
      <FormError message={error} />
      {register.isPending ? <Progress key="registering" label={t("registering", { count: rows.length })} /> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end">
        {skuId === "" ? <p className="text-sm text-slate-600 sm:mr-auto">{tRegister("chooseSkuFirst")}</p> : null}
        {state.phase === "ready" && state.invalidCount > 0 ? (
          <p className="text-sm text-red-700 sm:mr-auto">{t("fixErrors")}</p>
        ) : null}
        <Button onClick={onRegister} disabledReason={registerBlocked} pending={register.isPending}>
          {t("register", { count: rows.length })}
        </Button>
      </div>
    </div>
  );
}
