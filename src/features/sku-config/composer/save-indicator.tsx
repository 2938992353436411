import { DateTime } from "@/components/ui/date-time";
import { CircleAlert, CircleCheck, LoaderCircle, RotateCw } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { SaveStatus } from "./use-autosave";

const timeFormat = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** "12:03": when a save happened, on the viewer's clock. */
function formatSaveTime(at: Date | string): string {
  return timeFormat.format(new Date(at));
}

type SaveIndicatorProps = {
  status: SaveStatus;
  /** the draft as loaded: when and by whom it was last saved */
  lastSaved: { at: Date | null; by: string | null };
  onRetry: () => void;
};

/** Where autosave stands, read out politely as it changes: Saving…, Saved 12:03, Couldn't save — Retry. */
export function SaveIndicator({ status, lastSaved, onRetry }: SaveIndicatorProps) {
  return (
    <div className="flex min-h-8 items-center gap-2 text-sm">
      <p role="status" aria-live="polite" className="flex items-center gap-1.5 text-slate-600">
        <StatusText status={status} lastSaved={lastSaved} />
      </p>
      {status.state === "error" ? (
        <Button variant="secondary" size="sm" onClick={onRetry}>
          <RotateCw aria-hidden />
          Retry
        </Button>
      ) : null}
    </div>
  );
}

function StatusText({ status, lastSaved }: Omit<SaveIndicatorProps, "onRetry">) {
  switch (status.state) {
    case "pending":
      return <>Unsaved changes…</>;
    case "saving":
      return (
        <>
          <LoaderCircle className="size-4 animate-spin" aria-hidden />
          Saving…
        </>
      );
    case "saved":
      return (
        <>
          <CircleCheck className="size-4 text-emerald-600" aria-hidden />
          Saved {formatSaveTime(status.at)}
        </>
      );
    case "error":
      return (
        <span className="flex items-center gap-1.5 text-red-700">
          <CircleAlert className="size-4" aria-hidden />
          Couldn&apos;t save — {status.message}
        </span>
      );
    case "conflict":
      return (
        <span className="flex items-center gap-1.5 text-red-700">
          <CircleAlert className="size-4" aria-hidden />
          Not saved: changed elsewhere
        </span>
      );
    default:
      return lastSaved.at ? (
        <>
          Draft saved <DateTime value={lastSaved.at} />
          {lastSaved.by ? ` by ${lastSaved.by}` : ""}
        </>
      ) : (
        <>Changes save automatically.</>
      );
  }
}
