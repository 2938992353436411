"use client";

import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC } from "@/lib/trpc";
import type { FileProblem } from "../csv-issues";
import { parseDeviceCsv, type DeviceCsvRow } from "../parse-device-csv";
import { chunk, MAX_DEVICES_PER_FILE, serialsToCheck, validateDeviceRows } from "../validate-device-rows";

/** Serials per `checkSerials` call: small enough to show progress, few enough calls for 10,000. */
const CHECK_CHUNK = 2_000;
/** Generous for 10,000 rows of the longest serials, labels and batches (~2.5 MB). */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

type Loaded = { fileName: string; source: DeviceCsvRow[]; hasHeader: boolean };

export type CsvState =
  | { phase: "idle" }
  | { phase: "reading"; fileName: string }
  | { phase: "invalid-file"; fileName: string; problem: FileProblem }
  | (Loaded & { phase: "checking"; rows: DeviceCsvRow[]; checked: number; total: number })
  | (Loaded & { phase: "check-failed"; rows: DeviceCsvRow[]; message: string })
  | (Loaded & { phase: "ready"; rows: DeviceCsvRow[]; invalidCount: number });

const looksLikeCsv = (file: File) =>
  /\.(csv|txt)$/i.test(file.name) || ["text/csv", "text/plain", "application/vnd.ms-excel", ""].includes(file.type);

/**
 * Reads a chosen CSV, validates it as the server would, and asks the server which serials
 * already exist (in chunks, with progress). A newer file cancels an older run's updates.
 */
export function useCsvCheck(orgSlug: string) {
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const checkSerials = useMutation(trpc.device.checkSerials.mutationOptions());
  const [state, setState] = useState<CsvState>({ phase: "idle" });
  const run = useRef(0);

  const check = async (loaded: Loaded) => {
    const id = ++run.current;
    const local = validateDeviceRows(loaded.source);
    const serials = serialsToCheck(local.rows);
    setState({ ...loaded, phase: "checking", rows: local.rows, checked: 0, total: serials.length });
    const existing = new Set<string>();
    try {
      for (const part of chunk(serials, CHECK_CHUNK)) {
        const result = await checkSerials.mutateAsync({ orgSlug, serials: part });
        if (run.current !== id) return;
        for (const serial of result.existing) existing.add(serial);
        setState((current) => (current.phase === "checking" ? { ...current, checked: current.checked + part.length } : current));
      }
    } catch (cause) {
      if (run.current === id) setState({ ...loaded, phase: "check-failed", rows: local.rows, message: errorMessage(cause) });
      return;
    }
    const final = validateDeviceRows(loaded.source, existing);
    setState({ ...loaded, phase: "ready", rows: final.rows, invalidCount: final.invalidCount });
  };

  const load = async (file: File) => {
    const id = ++run.current;
    const fileName = file.name;
    const refuse = (problem: FileProblem) => setState({ phase: "invalid-file", fileName, problem });
    if (!looksLikeCsv(file)) return refuse({ code: "notCsv" });
    if (file.size > MAX_FILE_BYTES) return refuse({ code: "tooLarge" });
    setState({ phase: "reading", fileName });
    const parsed = parseDeviceCsv(await file.text());
    if (run.current !== id) return;
    if (!parsed.ok) return refuse(parsed.error);
    if (parsed.rows.length > MAX_DEVICES_PER_FILE) {
      return refuse({ code: "tooManyRows", params: { count: parsed.rows.length, max: MAX_DEVICES_PER_FILE } });
    }
    await check({ fileName, source: parsed.rows, hasHeader: parsed.hasHeader });
  };

  /** The server refused serials as already registered (registered meanwhile): flag those rows. */
  const markExisting = (serials: string[]) => {
    if (!("source" in state)) return;
    const final = validateDeviceRows(state.source, new Set(serials));
    setState({ fileName: state.fileName, source: state.source, hasHeader: state.hasHeader, phase: "ready", rows: final.rows, invalidCount: final.invalidCount });
  };

  const retry = () => {
    if (state.phase === "check-failed") void check({ fileName: state.fileName, source: state.source, hasHeader: state.hasHeader });
  };

  const reset = () => {
    run.current++;
    setState({ phase: "idle" });
  };

  return { state, load: (file: File) => void load(file), retry, reset, markExisting };
}
