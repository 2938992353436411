"use client";

import { useMutation } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { errorStatus } from "@/lib/errors";
import { useErrorMessage } from "@/features/i18n/use-error-message";
import { useTRPC, type RouterOutputs } from "@/lib/trpc";
import type { LineupInput } from "../config-types";

export type SavedDraft = RouterOutputs["skuConfig"]["saveDraft"];

export type SaveStatus =
  | { state: "idle" }
  /** changed, waiting for a pause before saving */
  | { state: "pending" }
  | { state: "saving" }
  | { state: "saved"; at: Date }
  | { state: "error"; message: string }
  /** someone else saved in between: nothing more is saved until a reload */
  | { state: "conflict"; message: string };

type AutosaveOptions = {
  orgSlug: string;
  skuId: string;
  /** the draft revision the composer loaded (0 before the first save) */
  initialRevision: number;
  onSaved: (saved: SavedDraft) => void;
  delayMs?: number;
};

/**
 * Saves the draft a moment after each change (one request per pause, never two at once),
 * with the revision it was based on, so a teammate's save in between is a conflict and not
 * silently overwritten.
 */
export function useAutosave({ orgSlug, skuId, initialRevision, onSaved, delayMs = 800 }: AutosaveOptions) {
  const trpc = useTRPC();
  const errorMessage = useErrorMessage();
  const { mutateAsync } = useMutation(trpc.skuConfig.saveDraft.mutationOptions());
  const [status, setStatus] = useState<SaveStatus>({ state: "idle" });
  const revision = useRef(initialRevision);
  const queued = useRef<LineupInput | null>(null);
  const saving = useRef(false);
  const blocked = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSavedRef = useRef(onSaved);

  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  /** Saves what is queued now; changes queued meanwhile are saved right after. */
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (saving.current) return;
    saving.current = true;
    let savedAt: Date | null = null;
    while (queued.current && !blocked.current) {
      const lineup = queued.current;
      queued.current = null;
      setStatus({ state: "saving" });
      try {
        const saved = await mutateAsync({ orgSlug, skuId, revision: revision.current, lineup });
        revision.current = saved.revision;
        savedAt = saved.savedAt;
        onSavedRef.current(saved);
      } catch (error) {
        queued.current ??= lineup;
        saving.current = false;
        if (errorStatus(error) === 409) {
          blocked.current = true;
          setStatus({ state: "conflict", message: errorMessage(error) });
        } else {
          setStatus({ state: "error", message: errorMessage(error) });
        }
        return;
      }
    }
    saving.current = false;
    if (savedAt) setStatus({ state: "saved", at: savedAt });
  }, [mutateAsync, orgSlug, skuId, errorMessage]);

  /** Queues the latest lineup; it is saved once changes pause for `delayMs`. */
  const schedule = useCallback(
    (lineup: LineupInput) => {
      queued.current = lineup;
      if (blocked.current) return;
      setStatus({ state: "pending" });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  // Leaving the page within the pause still saves the last change.
  useEffect(
    () => () => {
      if (queued.current && !blocked.current) void flush();
      clearTimeout(timer.current);
    },
    [flush],
  );

  const retry = useCallback(() => void flush(), [flush]);
  /** The revision to publish: the last one this composer saved (or loaded). */
  const currentRevision = useCallback(() => revision.current, []);

  return { status, schedule, retry, currentRevision };
}
