"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { FileText, RotateCcw, Upload } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FileDropZone } from "@/components/ui/file-drop-zone";
import { FormError } from "@/components/ui/form-error";
import { Progress } from "@/components/ui/progress";
import { errorDetailList, errorMessage } from "@/lib/errors";
import { plural } from "@/lib/format";
import { useTRPC } from "@/lib/trpc";
import type { ManifestDevice } from "../manifest-csv";
import { deviceInput, MAX_DEVICES_PER_FILE } from "../validate-device-rows";
import { CsvPreview } from "./csv-preview";
import { useCsvCheck } from "./use-csv-check";

type CsvUploadProps = { orgSlug: string; skuId: string; onRegistered: (devices: ManifestDevice[]) => void };

/** Upload, preview and validate a CSV of devices, then register them all in one request. */
export function CsvUpload({ orgSlug, skuId, onRegistered }: CsvUploadProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const csv = useCsvCheck(orgSlug);
  const register = useMutation(trpc.device.register.mutationOptions());
  const [error, setError] = useState<string | null>(null);
  const { state } = csv;
  const rows = "rows" in state ? state.rows : [];
  // Why Register is off (null: it is on); shown as its tooltip and description.
  const registerBlocked =
    skuId === ""
      ? "Choose a SKU above first."
      : state.phase !== "ready"
        ? "Wait until the file is read and its serials are checked."
        : state.invalidCount > 0
          ? "Fix the rows with errors before registering."
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
          label="Choose a CSV file or drop it here"
          hint={`Columns serial, label, batch, tags (header row optional; several tags separated by ; or |). Up to ${MAX_DEVICES_PER_FILE.toLocaleString("en")} devices per file.`}
          onFile={onFile}
          disabled={state.phase === "reading"}
        />
        {state.phase === "reading" ? <Progress key="reading" label={`Reading ${state.fileName}…`} /> : null}
        {state.phase === "invalid-file" ? <FormError message={`${state.fileName}: ${state.message}`} /> : null}
        <p className="text-xs text-slate-500">
          Example: <code className="rounded bg-slate-100 px-1 py-0.5">serial,label,batch</code> then one device per line, e.g.{" "}
          <code className="rounded bg-slate-100 px-1 py-0.5">GL2-000123,Demo unit,2026-W10</code>. Serials use letters, digits and . _ : / -
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
          Choose another file
        </Button>
      </div>
      {state.phase === "checking" ? (
        <Progress
          key="checking"
          label={`Checking serials… ${state.checked.toLocaleString("en")} / ${state.total.toLocaleString("en")}`}
          value={state.checked}
          max={Math.max(1, state.total)}
        />
      ) : null}
      {state.phase === "check-failed" ? (
        <div className="space-y-2">
          <FormError message={`Could not check which serials already exist: ${state.message}`} />
          <Button variant="secondary" size="sm" onClick={csv.retry}>
            <RotateCcw aria-hidden />
            Check again
          </Button>
        </div>
      ) : null}
      <CsvPreview rows={rows} hasHeader={state.hasHeader} checked={state.phase === "ready"} />
      <FormError message={error} />
      {register.isPending ? <Progress key="registering" label={`Registering ${plural(rows.length, "device")}…`} /> : null}
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center sm:justify-end">
        {skuId === "" ? <p className="text-sm text-slate-600 sm:mr-auto">Choose a SKU above first.</p> : null}
        {state.phase === "ready" && state.invalidCount > 0 ? (
          <p className="text-sm text-red-700 sm:mr-auto">Fix the rows with errors before registering.</p>
        ) : null}
        <Button onClick={onRegister} disabledReason={registerBlocked} pending={register.isPending}>
          Register {plural(rows.length, "device")}
        </Button>
      </div>
    </div>
  );
}
